"""A month of handicraft sales in one object (Qt-free): what ``warmhome sales summary`` prints
and the makers' income tab shows above its table.

The figures are those of the monthly report (:mod:`.indicator_provider`, the makers' income):
valid (not voided) sales dated in the month, less the refunds dated in it. ``by_payment``
gives each method's sales less the refunds of sales paid that way, so the methods add up to
the revenue.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.db import Database
from desktop.models.sales.makers_income import MakerIncome, month_income
from desktop.models.sales.rules import PAYMENT_METHODS, SplitRule, month_bounds


@dataclass(frozen=True)
class MonthSummary:
    """A month's sales, by payment method, and each maker's income (money in fen)."""

    month: str
    sales: int
    items: int
    revenue_fen: int
    refunds_fen: int
    material_cost_fen: int
    maker_income_fen: int
    by_payment: dict[str, int]
    rule: SplitRule
    makers: tuple[MakerIncome, ...]

    def as_json(self) -> dict[str, object]:
        """The stable keys of ``warmhome sales summary --json``."""
        return {
            "month": self.month, "sales": self.sales, "items": self.items,
            "revenue_fen": self.revenue_fen, "refunds_fen": self.refunds_fen,
            "material_cost_fen": self.material_cost_fen,
            "maker_income_fen": self.maker_income_fen,
            "by_payment": dict(self.by_payment),
            "split_rule": {"basis": self.rule.basis, "makers_percent": self.rule.makers_percent},
            "makers": [{"person_id": m.person_id, "name": m.name, "items": m.items,
                        "revenue_fen": m.revenue_fen, "material_cost_fen": m.material_cost_fen,
                        "share_fen": m.share_fen,
                        "paid_on": m.payout.paid_on if m.payout else None}
                       for m in self.makers]}


def month_summary(db: Database, month: str) -> MonthSummary:
    """The summary of ``month`` (YYYY-MM); ValidationError for a malformed month."""
    first, last = month_bounds(month)
    income = month_income(db, month)
    by_payment = dict.fromkeys(PAYMENT_METHODS, 0)
    sales = 0
    for row in db.query("SELECT payment, count(*) AS n, sum(total_fen) AS fen FROM sales_sale"
                        " WHERE day BETWEEN ? AND ? AND voided_at IS NULL GROUP BY payment",
                        (first, last)):
        by_payment[row["payment"]] += int(row["fen"])
        sales += int(row["n"])
    refunds = 0
    for row in db.query("SELECT s.payment, sum(r.amount_fen) AS fen FROM sales_refund r"
                        " JOIN sales_line l ON l.id = r.line_id JOIN sales_sale s"
                        " ON s.id = l.sale_id WHERE r.day BETWEEN ? AND ?"
                        " AND s.voided_at IS NULL GROUP BY s.payment", (first, last)):
        by_payment[row["payment"]] -= int(row["fen"])
        refunds += int(row["fen"])
    # A maker whose sale and its return fell in the month has nothing in it: left out.
    makers = tuple(m for m in income.makers if m.items or m.revenue_fen or m.material_cost_fen
                   or m.share_fen or m.payout is not None)
    return MonthSummary(month, sales, income.items, income.revenue_fen, refunds,
                        income.material_cost_fen, income.share_fen, by_payment, income.rule,
                        makers)
