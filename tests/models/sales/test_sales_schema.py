"""Schema v11 as the database's own backstop: closed months read-only for sales, their lines,
stock, refunds, day ends and payouts (by the day paid); prices, discounts, cash and reasons
checked by the tables; the indexes the ten-year bench needs (v14: the monthly report's checks
over the whole sales history read indexes only where they can)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.sales import sales, sales_checks, stock
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import TODAY, member, product, sales_db

__all__ = ["sales_db"]


def _write(db: Database, sql: str, params: tuple[object, ...] = ()) -> None:
    with db.transaction():
        db.execute(sql, params)


def test_a_closed_months_sales_records_are_read_only_in_the_database(sales_db: Database) -> None:
    maker = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, keyring, 5, TODAY.replace(day=1), actor=STAFF)
    sale = sales.record_sale(sales_db, SaleInput([LineInput(keyring)], "微信"), actor=STAFF)
    assert isinstance(sales_db.clock, FixedClock)
    sales_db.clock.set(TODAY.replace(month=7, day=2))
    submit_month(sales_db, "2024-06", today=TODAY.replace(month=7, day=2))
    closed = "closed month is read-only"
    for sql in ("UPDATE sales_sale SET voided_at = 'x', void_reason = 'y'",
                "DELETE FROM sales_line",
                "UPDATE sales_stock_movement SET quantity = 99",
                "DELETE FROM sales_stock_movement"):
        with pytest.raises(sqlite3.IntegrityError, match=closed):
            _write(sales_db, sql)
    with pytest.raises(sqlite3.IntegrityError, match=closed):
        _write(sales_db, "INSERT INTO sales_line (sale_id, product_id, maker_set_id, quantity,"
                         " unit_price_fen, unit_material_cost_fen) VALUES (?, ?, 1, 1, 100, 0)",
               (sale.id, keyring))
    with pytest.raises(sqlite3.IntegrityError, match=closed):
        _write(sales_db, "INSERT INTO sales_day_end (day, expected_cash_fen, counted_fen,"
                         " difference_fen, recorded_by, created_at)"
                         " VALUES ('2024-06-30', 0, 0, 0, 'x', 'x')")
    with pytest.raises(sqlite3.IntegrityError, match=closed):
        _write(sales_db, "INSERT INTO sales_payout (month, person_id, items, revenue_fen,"
                         " material_cost_fen, share_fen, paid_on, paid_by, created_at)"
                         " VALUES ('2024-05', ?, 1, 1, 0, 1, '2024-06-10', 'x', 'x')", (maker,))
    # A payout for June made in July, an open month, is allowed.
    _write(sales_db, "INSERT INTO sales_payout (month, person_id, items, revenue_fen,"
                     " material_cost_fen, share_fen, paid_on, paid_by, created_at)"
                     " VALUES ('2024-06', ?, 1, 1, 0, 1, '2024-07-02', 'x', 'x')", (maker,))
    assert sales_db.scalar("SELECT count(*) FROM sales_line") == 1


@pytest.mark.parametrize("sql", [
    "UPDATE sales_product SET price_fen = 0",
    "UPDATE sales_product SET material_cost_fen = -1",
    "UPDATE sales_line SET discount_fen = 100, discount_reason = ''",
    "UPDATE sales_line SET discount_fen = 999999, discount_reason = 'x'",
    "UPDATE sales_sale SET change_fen = 1",
    "UPDATE sales_sale SET voided_at = 'x'",
    "UPDATE sales_stock_movement SET quantity = -1 WHERE kind = 'production'",
    "INSERT INTO sales_maker_share (set_id, person_id, share_percent) VALUES (1, 1, 0)",
])
def test_the_tables_refuse_what_the_models_refuse(sales_db: Database, sql: str) -> None:
    maker = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, keyring, 5, TODAY, actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(keyring)], "现金", cash_given_fen=5_000),
                      actor=STAFF)
    with pytest.raises(sqlite3.IntegrityError):
        _write(sales_db, sql)


def test_the_bench_queries_have_their_indexes(sales_db: Database) -> None:
    indexes = {r[0] for r in sales_db.query(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'sales_%'")}
    assert {"sales_sale_by_day", "sales_line_by_sale", "sales_line_by_product",
            "sales_line_by_maker_set", "sales_maker_share_by_person", "sales_stock_by_product",
            "sales_refund_by_day", "sales_payout_by_person"} <= indexes
    plan = " ".join(r[3] for r in sales_db.query(
        "EXPLAIN QUERY PLAN SELECT * FROM sales_sale WHERE day BETWEEN ? AND ?",
        ("2024-06-01", "2024-06-30")))
    assert "sales_sale_by_day" in plan


def _plan(db: Database, sql: str, params: tuple[object, ...] = ()) -> list[str]:
    return [str(r[3]) for r in db.query("EXPLAIN QUERY PLAN " + sql, params)]


def test_the_stock_check_adds_up_the_movements_from_their_index(sales_db: Database) -> None:
    plan = _plan(sales_db, sales_checks.NEGATIVE_STOCK_SQL)
    # The index holds the product and the quantity: the table itself is not read.
    assert any("COVERING INDEX sales_stock_on_hand" in line for line in plan), plan
    assert not any(line.startswith("SCAN sales_stock_movement") and "INDEX" not in line
                   for line in plan), plan


def test_the_unpaid_makers_check_reads_the_valid_sales_and_their_sets_by_index(
        sales_db: Database) -> None:
    plan = _plan(sales_db, sales_checks.UNPAID_MONTHS_SQL, ("2024-07-01",))
    assert any("INDEX sales_sale_valid_by_day" in line for line in plan), plan
    assert any("COVERING INDEX sales_line_by_sale_set" in line for line in plan), plan
