"""Bazaar sales merged back by file (义卖展销): importing a laptop's file of 1,000 sales.

On a working copy of the reference data set (its members as makers), 30 products are made and
stocked, a package taking 2,000 items along is exported, a laptop database is opened from it
and 1,000 sales of one to three lines (cash, WeChat, Alipay; a few voided, a few refunded at
the bazaar) are recorded there through the till's own ``record_sale``; the laptop's signed
file is written once. Measured: ``bazaar_import.import_return`` of that file into a fresh copy
of the centre's database, each round (target ≤ 2 s: verifying the HMAC, checking every sale,
adding them with their lines, stock movements and issues, all in one transaction); and,
informative, importing the same file again (every sale skipped as already imported).

``python -m bench.bench_sales_bazaar [REFERENCE.db]`` runs it alone (without a reference
database it starts from an empty one with 40 members).
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from bench.common import Figure, format_table, median
from desktop.models.admin.centre import centre_code, set_setting
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.sales import bazaar_import, bazaar_laptop, bazaar_package, catalogue, stock
from desktop.models.sales.catalogue import ProductInput
from desktop.models.sales.refunds import refund_line, void_sale
from desktop.models.sales.sales import LineInput, SaleInput, record_sale

IMPORT_TARGET_MS = 2_000.0
SALES = 1_000
PRODUCTS = 30
DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 9, 0)


def _makers(db: Database) -> list[int]:
    found = [int(r[0]) for r in db.query(
        "SELECT m.person_id FROM member m JOIN person p ON p.id = m.person_id"
        " WHERE m.active = 1 AND p.archived_at IS NULL ORDER BY m.person_id LIMIT 40")]
    if found:
        return found
    # An empty database (run alone): members as bare rows, enough to be makers.
    with db.transaction():
        for n in range(1, 41):
            person = db.execute("INSERT INTO person (name, created_at, updated_at)"
                                " VALUES (?, ?, ?)", (f"制作者{n:02d}", NOW.isoformat(),
                                                      NOW.isoformat())).lastrowid
            db.execute("INSERT INTO member (person_id) VALUES (?)", (person,))
            found.append(int(person or 0))
    return found


def prepare(centre_path: Path, folder: Path) -> Path:
    """Stock the centre, export a package, sell 1,000 sales on a laptop; the sales file."""
    rng = random.Random(16)
    db = open_database(centre_path, clock=FixedClock(NOW))
    try:
        if not centre_code(db):
            with db.transaction():
                set_setting(db, "centre.code", "XC-BENCH")
                set_setting(db, "centre.name", "基准测试中心")
        makers = _makers(db)
        take: dict[int, int] = {}
        for n in range(PRODUCTS):
            first, second = rng.sample(makers, 2)
            product_id = catalogue.create_product(db, ProductInput(
                name=f"义卖手工品{n:02d}", price_fen=rng.choice((1_000, 2_000, 3_500, 5_000)),
                makers=[(first, 60), (second, 40)], material_cost_fen=300,
                category="基准"), actor=DEMO_ACTOR)
            stock.record_production(db, product_id, 100, DAY, maker_id=first,
                                    actor=DEMO_ACTOR)
            take[product_id] = 67
        package = folder / "package.json"
        bazaar_package.export_package(db, package, "基准庙会", DAY, take, actor=DEMO_ACTOR)
    finally:
        db.close()
    laptop = open_database(folder / "laptop.db", clock=FixedClock(NOW))
    try:
        bazaar_laptop.open_package(laptop, package, actor=DEMO_ACTOR)
        products = sorted(take)
        for n in range(SALES):
            lines = [LineInput(product_id, rng.randint(1, 2))
                     for product_id in rng.sample(products, rng.randint(1, 3))]
            payment = rng.choice(("现金", "微信", "支付宝"))
            minute = 9 * 60 + n * 480 // SALES
            sale = record_sale(laptop, SaleInput(
                lines=lines, payment=payment, channel="bazaar", day=DAY,
                time=f"{minute // 60:02d}:{minute % 60:02d}", short_reason="现场补货"),
                actor=DEMO_ACTOR)
            if n % 97 == 0:
                void_sale(laptop, sale.id, "录错了", actor=DEMO_ACTOR)
            elif n % 89 == 0:
                refund_line(laptop, sale.lines[0].id, 1, sale.lines[0].unit_price_fen,
                            "顾客退货", restock=True, actor=DEMO_ACTOR, day=DAY)
        return bazaar_laptop.write_return(laptop, folder / "sales.json", actor=DEMO_ACTOR).path
    finally:
        laptop.close()


def run_bazaar_import(reference: Path | None, rounds: int) -> list[Figure]:
    """Median of ``rounds`` imports of a 1,000-sale file into a fresh copy of the centre."""
    with tempfile.TemporaryDirectory(prefix="bench-bazaar-") as scratch:
        folder = Path(scratch)
        centre = folder / "centre.db"
        if reference is not None:
            shutil.copyfile(reference, centre)
        sales_file = prepare(centre, folder)
        first_ms: list[float] = []
        again_ms: list[float] = []
        added = 0
        for n in range(rounds):
            copy = folder / f"centre-{n}.db"
            shutil.copyfile(centre, copy)
            db = open_database(copy, clock=FixedClock(NOW))
            try:
                started = time.perf_counter()
                report = bazaar_import.import_return(db, sales_file, actor=DEMO_ACTOR)
                first_ms.append((time.perf_counter() - started) * 1000)
                added = report.added
                started = time.perf_counter()
                bazaar_import.import_return(db, sales_file, actor=DEMO_ACTOR)
                again_ms.append((time.perf_counter() - started) * 1000)
            finally:
                db.close()
        size_kb = sales_file.stat().st_size // 1024
    return [
        Figure(f"import a bazaar file of {added:,} sales ({size_kb} KB)", median(first_ms),
               "ms", IMPORT_TARGET_MS),
        Figure("the same file again (every sale skipped)", median(again_ms), "ms"),
    ]


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print(format_table(run_bazaar_import(source, 3)))
