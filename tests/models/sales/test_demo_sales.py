"""Demo handicraft sales: the same seed gives the same records; the stock never goes below
zero and no sale is short; sale totals, day ends and payouts agree with what the models
compute; the makers' shares add up; refunds, voids, bazaars and orders are there; the past
months are paid and the running month is not."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.sales import (
    catalogue,
    day_end,
    makers_income,
    sales_checks,
    stock,
    stock_views,
)

TODAY = date(2024, 6, 12)
OPTIONS = demo.DemoOptions(seed=7, members=60, years=2, today=TODAY)
TABLES = ("sales_product", "sales_maker_set", "sales_maker_share", "sales_sale", "sales_line",
          "sales_stock_movement", "sales_refund", "sales_day_end", "sales_order",
          "sales_order_line", "sales_payout")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, OPTIONS)
    return path


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    # created_at/updated_at of the products are the demo's own dates, not the clock's.
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def test_the_same_seed_gives_the_same_sales(demo_db: Path, tmp_path: Path) -> None:
    with open_database(tmp_path / "again.db") as db:
        demo.generate(db, OPTIONS)
        again = _dump(db)
    with open_database(demo_db) as db:
        first = _dump(db)
        assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'sales_sale'") == 1
    assert first == again
    assert all(first[t] for t in TABLES)
    with open_database(tmp_path / "other.db") as db:
        demo.generate(db, demo.DemoOptions(seed=8, members=60, years=2, today=TODAY))
        assert _dump(db)["sales_sale"] != first["sales_sale"]


def test_catalogue_of_sixty_products_by_member_makers(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        assert db.scalar("SELECT count(*) FROM sales_product") == 60
        makers = db.query("SELECT DISTINCT s.person_id, m.active FROM sales_maker_share s"
                          " JOIN member m ON m.person_id = s.person_id")
        assert 30 <= len(makers) <= 40 and all(r["active"] == 1 for r in makers)
        sums = [int(r[0]) for r in db.query(
            "SELECT sum(share_percent) FROM sales_maker_share GROUP BY set_id")]
        assert set(sums) == {100}
        sizes = Counter(int(r[0]) for r in db.query(
            "SELECT count(*) FROM sales_maker_share GROUP BY set_id"))
        assert sizes[1] > 0 and sizes[2] + sizes[3] > 0
        # Every product findable by its pinyin initials and its code, as the till looks them up.
        assert [p.name for p in catalogue.find_products(db, "rtysk")] == ["软陶钥匙扣"]
        code = str(db.scalar("SELECT code FROM sales_product WHERE name = '手工曲奇'"))
        assert catalogue.find_by_code(db, code) is not None
        assert code[:1] == "2" and catalogue.ean8_check_digit(code[:7]) == code[7]
        assert all(p > m for p, m in db.query(
            "SELECT price_fen, material_cost_fen FROM sales_product"))


def test_stock_never_below_zero_and_nothing_short(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        assert sales_checks.negative_stock(db) == []
        assert db.scalar("SELECT count(*) FROM sales_line WHERE short_quantity > 0") == 0
        # At no day's end was a product below zero either.
        running = db.scalar(
            "SELECT min(total) FROM (SELECT sum(quantity) OVER (PARTITION BY product_id"
            " ORDER BY day ROWS UNBOUNDED PRECEDING) AS total FROM (SELECT product_id, day,"
            " sum(quantity) AS quantity FROM sales_stock_movement GROUP BY product_id, day))")
        assert running >= 0
        # Every line has its sale movement, every voided line its void.
        assert db.scalar("SELECT count(*) FROM sales_line l WHERE NOT EXISTS (SELECT 1 FROM"
                         " sales_stock_movement m WHERE m.sale_line_id = l.id"
                         " AND m.kind = 'sale' AND m.quantity = -l.quantity)") == 0
        assert db.scalar(
            "SELECT count(*) FROM sales_line l JOIN sales_sale s ON s.id = l.sale_id"
            " WHERE s.voided_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sales_stock_movement"
            " m WHERE m.sale_line_id = l.id AND m.kind = 'void')") == 0


def test_totals_channels_and_payments(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        assert db.scalar(
            "SELECT count(*) FROM sales_sale s WHERE total_fen <> (SELECT sum(quantity *"
            " unit_price_fen - discount_fen) FROM sales_line WHERE sale_id = s.id)") == 0
        channels = {r[0]: int(r[1]) for r in db.query(
            "SELECT channel, count(*) FROM sales_sale GROUP BY channel")}
        assert channels["counter"] > 5_000 and channels["bazaar"] > 300
        assert 4 <= channels["order"] <= 10
        assert {r[0] for r in db.query("SELECT DISTINCT payment FROM sales_sale")} == {
            "现金", "微信", "支付宝", "银行卡", "其他"}
        assert db.scalar("SELECT count(*) FROM sales_sale WHERE voided_at IS NOT NULL") > 0
        assert db.scalar("SELECT count(*) FROM sales_refund") > 0
        assert db.scalar("SELECT count(*) FROM sales_line WHERE discount_fen > 0"
                         " AND discount_reason = ''") == 0
        # Orders: the delivered ones paid once, at delivery, but the one left unpaid.
        assert db.scalar("SELECT count(*) FROM sales_order o WHERE delivered_on IS NOT NULL"
                         " AND (SELECT count(*) FROM sales_sale s WHERE s.order_id = o.id"
                         " AND s.day = o.delivered_on) <> 1") == 1
        # Everything up to yesterday, nothing after "today".
        assert db.scalar("SELECT max(day) FROM sales_sale") <= TODAY.isoformat()


def test_recent_orders_are_left_open_for_the_orders_tab(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        open_orders = stock_views.order_rows(db, include_closed=False)
        assert len(open_orders) >= 3
        waiting = [o for o in open_orders if o.delivered_on is None]
        unpaid = [o for o in open_orders if o.delivered_on and o.paid_on is None]
        invoice = [o for o in open_orders if o.paid_on and o.invoice_status == "requested"]
        assert waiting and len(unpaid) == 1 and invoice
        recent = (TODAY - timedelta(days=30)).isoformat()
        assert all(o.day >= recent for o in (waiting[-1], *unpaid, *invoice))
        # The order delivered and not paid has its items out at the customer; the paid ones
        # took theirs back when they were sold.
        [order] = unpaid
        assert stock.out_at(db, stock.order_place(order.id, order.customer)) == dict(
            (product, quantity) for product, quantity in db.query(
                "SELECT product_id, quantity FROM sales_order_line WHERE order_id = ?",
                (order.id,)))
        assert db.scalar(
            "SELECT count(*) FROM (SELECT place, sum(quantity) AS q FROM sales_stock_movement"
            " WHERE place LIKE '订单 %' GROUP BY place, product_id HAVING q <> 0)") == len(
            order.items)


def test_day_ends_agree_with_the_till(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        ends = db.query("SELECT day, expected_cash_fen FROM sales_day_end ORDER BY day")
        assert len(ends) > 350  # every weekday of the counter
        for row in ends[::25]:
            assert row["expected_cash_fen"] == day_end.expected_cash(
                db, date.fromisoformat(row["day"]))
        assert db.scalar("SELECT count(*) FROM sales_day_end WHERE difference_fen <> 0") > 0


def test_past_months_paid_at_their_income(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        paid = [r[0] for r in db.query("SELECT DISTINCT month FROM sales_payout ORDER BY 1")]
        assert paid[0] == "2023-01" and paid[-1] == "2024-05"  # May paid on 10 June
        assert sales_checks.months_with_unpaid_makers(db, "2024-06") == []
        assert sales_checks.unpaid_makers(db, "2024-06")  # the running month
        income = makers_income.month_income(db, "2024-03")
        by_person = {p.person_id: p.share_fen for p in makers_income.payouts(db, "2024-03")}
        assert by_person == {m.person_id: m.share_fen for m in income.makers if m.share_fen}
        # The parts add up exactly to the whole.
        assert sum(m.revenue_fen for m in income.makers) == income.revenue_fen
        assert sum(m.material_cost_fen for m in income.makers) == income.material_cost_fen


def test_a_small_centre_has_every_craft(tmp_path: Path) -> None:
    with open_database(tmp_path / "small.db") as db:
        counts = demo.generate(db, demo.DemoOptions(seed=3, members=5, years=1, today=TODAY))
        assert counts["sales_products"] == 60 and counts["sales"] > 1_000
        assert sales_checks.negative_stock(db) == []
        assert db.scalar("SELECT count(DISTINCT person_id) FROM sales_maker_share") <= 5


def test_modest_prices_and_income_spread_over_the_makers(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        low, high = db.query("SELECT min(price_fen), max(price_fen) FROM sales_product")[0]
        assert low >= 200 and high <= 20_000  # a few 元 to under 200 元
        months = [r[0] for r in db.query("SELECT DISTINCT substr(day, 1, 7) FROM sales_sale")]
        assert len(months) == 18
        for month in months:
            income = makers_income.month_income(db, month)
            shares = [m.share_fen for m in income.makers if m.share_fen > 0]
            # Most makers earn something each month, none more than a few hundred 元, and
            # no one maker takes a big part of the month.
            assert len(shares) >= 30, month
            assert max(shares) <= 80_000, month
            assert max(shares) <= sum(shares) // 8, month
