"""What the bazaar tests share: a centre with a code, two products with stock, and a laptop
database opened from the centre's package (both real database files)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.models.admin.centre import set_setting
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.sales import bazaar_laptop, bazaar_package, stock
from desktop.models.sales.sales import LineInput, SaleInput, record_sale
from tests.conftest import STAFF
from tests.models.sales.sales_support import NOW, TODAY, member, product

CENTRE_CODE = "XC-YT-09"
PLACE = "什刹海庙会"


@dataclass
class Bazaar:
    """A centre and its laptop: databases, the products (key chain 20 元 × 10 on hand, bag
    50 元 × 4) and the package file."""

    centre: Database
    laptop: Database
    chain: int
    bag: int
    package: Path
    folder: Path


def centre_with_stock(path: Path, code: str = CENTRE_CODE) -> tuple[Database, int, int]:
    """A centre database with its code and two products in stock: (db, chain, bag)."""
    db = open_database(path, clock=FixedClock(NOW))
    with db.transaction():
        set_setting(db, "centre.code", code)
        set_setting(db, "centre.name", "月坛温馨家园")
    maker = member(db, "王芳", 11)
    other = member(db, "李华", 12)
    chain = product(db, [(maker, 100)], name="软陶钥匙扣", price_fen=2_000)
    bag = product(db, [(maker, 60), (other, 40)], name="编织包", price_fen=5_000,
                  material_cost_fen=1_200)
    stock.record_production(db, chain, 10, TODAY, maker_id=maker, actor=STAFF)
    stock.record_production(db, bag, 4, TODAY, maker_id=maker, actor=STAFF)
    return db, chain, bag


def make_bazaar(folder: Path, take: dict[str, int] | None = None) -> Bazaar:
    """The centre exports a package taking 6 key chains and 3 bags; a laptop opens it."""
    centre, chain, bag = centre_with_stock(folder / "centre.db")
    amounts = {chain: 6, bag: 3} if take is None else {
        {"chain": chain, "bag": bag}[k]: v for k, v in take.items()}
    package = folder / "package.json"
    bazaar_package.export_package(centre, package, PLACE, TODAY, amounts, actor=STAFF)
    laptop = open_database(folder / "laptop.db", clock=FixedClock(NOW))
    bazaar_laptop.open_package(laptop, package, actor=STAFF)
    return Bazaar(centre, laptop, chain, bag, package, folder)


def sell(db: Database, product_id: int, quantity: int = 1, *, payment: str = "现金",
         time: str = "10:30", short_reason: str = "", day: date = TODAY) -> int:
    """One bazaar sale on the laptop; returns its id."""
    return record_sale(db, SaleInput(lines=[LineInput(product_id, quantity)], payment=payment,
                                     channel="bazaar", time=time, short_reason=short_reason,
                                     day=day), actor=STAFF).id
