"""A maker's month in plain figures, product by product, for their large-print statement
(Qt-free).

Each product the maker made that sold (or came back) in the month: the items, the money it
brought and its material cost (all its makers together), the maker's percentage, and the
maker's share of it. The shares per product are the maker's share of the month
(:func:`desktop.models.sales.makers_income.month_income`) split in proportion to what each
product contributed, by the largest remainder, so they add up exactly to what the maker
receives.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.db import Database
from desktop.models.sales.makers_income import MakerIncome, MonthIncome, split_fen
from desktop.models.sales.rules import month_bounds

# The month's lines sold and refunds given, per product and maker set, for one maker.
_PRODUCTS_SQL = """
SELECT t.product_id, p.name, ms.share_percent AS percent, sum(t.items) AS items,
       sum(t.revenue) AS revenue, sum(t.cost) AS cost
  FROM (SELECT l.product_id, l.maker_set_id AS set_id, l.quantity AS items,
               l.quantity * l.unit_price_fen - l.discount_fen AS revenue,
               l.quantity * l.unit_material_cost_fen AS cost
          FROM sales_line l JOIN sales_sale s ON s.id = l.sale_id
         WHERE s.day BETWEEN :first AND :last AND s.voided_at IS NULL
        UNION ALL
        SELECT l.product_id, l.maker_set_id, -r.quantity, -r.amount_fen,
               CASE WHEN r.restocked THEN -r.quantity * l.unit_material_cost_fen ELSE 0 END
          FROM sales_refund r JOIN sales_line l ON l.id = r.line_id
          JOIN sales_sale s ON s.id = l.sale_id
         WHERE r.day BETWEEN :first AND :last AND s.voided_at IS NULL) t
  JOIN sales_maker_share ms ON ms.set_id = t.set_id AND ms.person_id = :person
  JOIN sales_product p ON p.id = t.product_id
 GROUP BY t.product_id, ms.share_percent
 ORDER BY p.name, t.product_id, ms.share_percent"""


@dataclass(frozen=True)
class ProductPart:
    """One product in a maker's month (money in fen; revenue and cost of all its makers)."""

    product: str
    share_percent: int
    items: int
    revenue_fen: int
    material_cost_fen: int
    share_fen: int

    @property
    def alone(self) -> bool:
        """Whether the maker made it alone."""
        return self.share_percent == 100


@dataclass(frozen=True)
class MakerMonth:
    """A maker's statement: the month, the maker's income and each product's part."""

    month: str
    income: MonthIncome
    maker: MakerIncome
    products: tuple[ProductPart, ...]


def maker_month(db: Database, income: MonthIncome, maker: MakerIncome) -> MakerMonth:
    """``maker``'s products in ``income``'s month, their shares adding up to the maker's."""
    first, last = month_bounds(income.month)
    rows = db.query(_PRODUCTS_SQL, {"first": first, "last": last, "person": maker.person_id})
    margin = income.rule.basis == "margin"
    weights = {n: max(0, (int(r["revenue"]) - (int(r["cost"]) if margin else 0))
                      * int(r["percent"])) for n, r in enumerate(rows)}
    shares = split_fen(maker.share_fen, weights)
    parts = tuple(ProductPart(r["name"], int(r["percent"]), int(r["items"]), int(r["revenue"]),
                              int(r["cost"]), shares[n]) for n, r in enumerate(rows))
    return MakerMonth(income.month, income, maker, parts)


def makers_months(db: Database, income: MonthIncome) -> list[MakerMonth]:
    """Every maker's statement of the month with items or income, by name."""
    return [maker_month(db, income, maker) for maker in income.makers
            if maker.items or maker.share_fen]
