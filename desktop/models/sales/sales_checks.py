"""The checks the monthly report will run on handicraft sales (Qt-free): the queries behind
its findings, for the indicator provider to come.

- products whose stock on the books is below zero (sold beyond stock with a reason, and the
  missing production or stock-take never entered);
- lines of valid sales paid below their material cost (a discount too deep, a price set
  below cost);
- makers with income in a past month who were not paid it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.db import Database
from desktop.models.sales.makers_income import MakerIncome, month_income
from desktop.models.sales.rules import month_bounds

# The stock on the books of every product below zero (schema v14's sales_stock_on_hand holds
# just the product and the quantity of every movement).
NEGATIVE_STOCK_SQL = (
    "SELECT p.id, p.name, t.on_hand FROM (SELECT product_id, sum(quantity) AS on_hand"
    " FROM sales_stock_movement GROUP BY product_id) t"
    " JOIN sales_product p ON p.id = t.product_id WHERE t.on_hand < 0"
    " ORDER BY p.name, p.id")
# The months before ? (its first day) in which a maker of a set sold has no payout.
UNPAID_MONTHS_SQL = (
    "WITH sold AS MATERIALIZED (SELECT DISTINCT substr(s.day, 1, 7) AS month,"
    " l.maker_set_id AS set_id FROM sales_line l JOIN sales_sale s ON s.id = l.sale_id"
    " WHERE s.day < ? AND s.voided_at IS NULL)"
    " SELECT DISTINCT sold.month FROM sold"
    " JOIN sales_maker_share ms ON ms.set_id = sold.set_id"
    " WHERE NOT EXISTS (SELECT 1 FROM sales_payout p"
    " WHERE p.month = sold.month AND p.person_id = ms.person_id)"
    " ORDER BY sold.month")


@dataclass(frozen=True)
class BelowCost:
    """A line sold for less than its material cost."""

    day: str
    product: str
    paid_fen: int
    material_cost_fen: int


def negative_stock(db: Database) -> list[tuple[int, str, int]]:
    """(product id, name, on hand) of every product whose stock is below zero, by name."""
    # Every movement of ten years is added up (the monthly report runs this check): read
    # from the index holding just the product and the quantity (schema v14), not the table.
    return [(int(r[0]), r[1], int(r[2])) for r in db.query(NEGATIVE_STOCK_SQL)]


def sales_below_cost(db: Database, month: str) -> list[BelowCost]:
    """Lines of the month's valid sales paid below their material cost."""
    first, last = month_bounds(month)
    return [BelowCost(r["day"], r["name"], int(r["paid"]), int(r["cost"])) for r in db.query(
        "SELECT s.day, p.name, l.quantity * l.unit_price_fen - l.discount_fen AS paid,"
        " l.quantity * l.unit_material_cost_fen AS cost FROM sales_line l"
        " JOIN sales_sale s ON s.id = l.sale_id JOIN sales_product p ON p.id = l.product_id"
        " WHERE s.day BETWEEN ? AND ? AND s.voided_at IS NULL"
        " AND l.quantity * l.unit_price_fen - l.discount_fen"
        " < l.quantity * l.unit_material_cost_fen ORDER BY s.day, l.id", (first, last))]


def unpaid_makers(db: Database, month: str) -> list[MakerIncome]:
    """The makers with a share of ``month`` who have not been paid it."""
    return [maker for maker in month_income(db, month).makers
            if maker.share_fen > 0 and maker.payout is None]


def months_with_unpaid_makers(db: Database, before: str) -> list[str]:
    """Months before ``before`` (YYYY-MM) with sales whose makers were not all paid, oldest
    first."""
    # Only months where some maker of a product sold has no payout can be unpaid (their
    # share may still be 0); the rest need no month_income.
    # The months' maker sets first (a few thousand pairs out of every line sold), then their
    # makers' payouts looked up once per pair rather than once per line and maker.
    # Through the indexes of schema v14: the valid sales by day, their lines' maker sets.
    candidates = [r[0] for r in db.query(UNPAID_MONTHS_SQL, (f"{before}-01",))]
    return [month for month in candidates if unpaid_makers(db, month)]
