"""What the sales tests share: a database whose clock stands at 10:00 on TODAY, members made
through the people register as makers, a product helper and counts of the rows a refused
write must leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.people import people
from desktop.models.sales import catalogue
from desktop.models.sales.catalogue import ProductInput
from tests.conftest import STAFF, make_id_number, make_person_input

TODAY = date(2024, 6, 3)
NOW = datetime(2024, 6, 3, 10, 0)
KIOSK = Actor("kiosk", Role.KIOSK)
SALES_TABLES = ("sales_product", "sales_product_photo", "sales_maker_set", "sales_maker_share",
                "sales_sale", "sales_line", "sales_refund", "sales_stock_movement",
                "sales_stock_take", "sales_stock_count", "sales_day_end", "sales_payout",
                "sales_order", "sales_order_line", "setting", "audit_log")


@pytest.fixture
def sales_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database whose clock stands at 10:00 on TODAY."""
    database = open_database(tmp_path / "sales.db", clock=FixedClock(NOW))
    try:
        yield database
    finally:
        database.close()


def member(db: Database, name: str, seq: int) -> int:
    """A member on the register (温馨家园); returns the person's id."""
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}"),
        actor=STAFF, today=TODAY)


def product(db: Database, makers: list[tuple[int, int]], name: str = "软陶钥匙扣",
            price_fen: int = 2_000, material_cost_fen: int = 500, code: str = "") -> int:
    """A product on sale; returns its id."""
    return catalogue.create_product(db, ProductInput(
        name=name, price_fen=price_fen, makers=makers, material_cost_fen=material_cost_fen,
        category="软陶", code=code), actor=STAFF)


def rows(db: Database) -> dict[str, int]:
    """Rows per sales table (and the settings and audit log)."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in SALES_TABLES}
