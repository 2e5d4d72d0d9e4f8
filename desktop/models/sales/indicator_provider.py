"""希联圆梦's rows of 汇总 and its checks in 校验 (declared as ``INDICATORS`` by
``desktop.models.sales``).

The figures are the makers' income's (:func:`desktop.models.sales.makers_income.month_income`),
so 汇总, the 希联圆梦 sheet, the makers' income tab and ``warmhome sales summary`` say the same:
valid (not voided) sales dated in the period, less the refunds dated in it. Money is computed
in fen and shown in 元. Every figure adds up over months except the makers with income
(distinct over the year) and the average income, which is the total ÷ those makers, to the
fen, half up (0 without makers), recomputed for each period and never added. Paid out is
what was paid to makers on days in the period, whichever month it paid for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan
from desktop.models.reporting.indicators import (
    Finding,
    Indicator,
    Number,
    Provider,
    Severity,
    Span,
)
from desktop.models.sales import sales_checks
from desktop.models.sales.makers_income import month_income
from desktop.models.sales.rules import month_bounds
from desktop.models.sales.sales import short_lines

FEN = "分"  # computed in fen, shown in 元 (docs/workbook.md)

INDICATORS = (
    Indicator("sales.sales", QT_TRANSLATE_NOOP("Messages", "希联圆梦销售笔数"),
              QT_TRANSLATE_NOOP("Messages", "笔"), cumulative=True),
    Indicator("sales.items", QT_TRANSLATE_NOOP("Messages", "希联圆梦售出件数"),
              QT_TRANSLATE_NOOP("Messages", "件"), cumulative=True),
    Indicator("sales.revenue_fen", QT_TRANSLATE_NOOP("Messages", "希联圆梦销售收入"), FEN,
              cumulative=True),
    Indicator("sales.makers_with_income", QT_TRANSLATE_NOOP("Messages", "有收入的制作者"),
              QT_TRANSLATE_NOOP("Messages", "人"), cumulative=True),
    Indicator("sales.maker_income_fen", QT_TRANSLATE_NOOP("Messages", "制作者收入合计"), FEN,
              cumulative=True),
    Indicator("sales.average_maker_income_fen", QT_TRANSLATE_NOOP("Messages", "制作者人均收入"),
              FEN, cumulative=True),
    Indicator("sales.paid_out_fen", QT_TRANSLATE_NOOP("Messages", "已发放制作者收入"), FEN,
              cumulative=True),
)


@dataclass(frozen=True)
class SalesFigures:
    """A period's sales figures (money in fen)."""

    sales: int
    items: int
    revenue_fen: int
    makers_with_income: int
    maker_income_fen: int
    paid_out_fen: int

    @property
    def average_maker_income_fen(self) -> int:
        """The makers' income ÷ the makers with income, to the fen, half up."""
        if not self.makers_with_income:
            return 0
        return (2 * self.maker_income_fen + self.makers_with_income) // (
            2 * self.makers_with_income)


def period_figures(db: Database, months: tuple[str, ...], until: str = "9999-12-31",
                   ) -> SalesFigures:
    """The figures of whole ``months`` (YYYY-MM, consecutive), records up to ``until``."""
    first, last = month_bounds(months[0])[0], min(month_bounds(months[-1])[1], until)
    sales = int(db.scalar("SELECT count(*) FROM sales_sale WHERE day BETWEEN ? AND ?"
                          " AND voided_at IS NULL", (first, last)))
    items = revenue = income = 0
    makers: set[int] = set()
    for month in months:
        month_figures = month_income(db, month)
        items += month_figures.items
        revenue += month_figures.revenue_fen
        income += month_figures.share_fen
        makers |= {m.person_id for m in month_figures.makers if m.share_fen > 0}
    paid = int(db.scalar("SELECT coalesce(sum(share_fen), 0) FROM sales_payout"
                         " WHERE paid_on BETWEEN ? AND ?", (first, last)))
    return SalesFigures(sales, items, revenue, len(makers), income, paid)


def figures(values: SalesFigures) -> dict[str, Number]:
    """The indicators' values from a period's figures."""
    return {"sales.sales": values.sales, "sales.items": values.items,
            "sales.revenue_fen": values.revenue_fen,
            "sales.makers_with_income": values.makers_with_income,
            "sales.maker_income_fen": values.maker_income_fen,
            "sales.average_maker_income_fen": values.average_maker_income_fen,
            "sales.paid_out_fen": values.paid_out_fen}


def compute(db: Database, span: Span) -> dict[str, Number]:
    """The figures of the span up to the day of export."""
    return figures(period_figures(db, span.months, span.happened_by))


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Warnings, none blocks the export: makers of earlier months not paid yet, products
    whose stock on the books is below zero, lines of the month sold beyond the stock (with
    their reason) and lines sold below their material cost."""
    del today  # the month's own payout is due after it ends: only earlier months are late
    first, last = month_bounds(month)
    findings: list[Finding] = []
    unpaid = sales_checks.months_with_unpaid_makers(db, month)
    if unpaid:
        findings.append(Finding("sales.unpaid_makers", Severity.WARNING, len(unpaid), Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 个月的制作者收入还没有全部发放（最早是 "
                                          "{first}）：请在“希联圆梦”的制作者收入中发放并登记"),
            count=len(unpaid), first=unpaid[0])))
    negative = sales_checks.negative_stock(db)
    if negative:
        findings.append(Finding("sales.negative_stock", Severity.WARNING, len(negative),
                                Message(QT_TRANSLATE_NOOP(
                                    "Messages", "{count} 种手工品账面库存小于0，如“{name}”：{have}"
                                                " 件：请登记入库或盘点"),
                                    count=len(negative), name=negative[0][1],
                                    have=negative[0][2])))
    short = short_lines(db, first, last)
    if short:
        findings.append(Finding("sales.sold_beyond_stock", Severity.WARNING, len(short),
                                Message(QT_TRANSLATE_NOOP(
                                    "Messages", "本月有 {count} 笔销售明细超出账面库存，如 {day}"
                                                "“{name}”少 {missing} 件，原因：{reason}"),
                                    count=len(short), day=short[0][0], name=short[0][1],
                                    missing=short[0][2], reason=short[0][3])))
    below = sales_checks.sales_below_cost(db, month)
    if below:
        findings.append(Finding("sales.below_cost", Severity.WARNING, len(below), Message(
            QT_TRANSLATE_NOOP("Messages", "本月有 {count} 笔销售明细的实收低于材料成本，如 {day}"
                                          "“{name}”：实收 {paid} 元，材料成本 {cost} 元"),
            count=len(below), day=below[0].day, name=below[0].product,
            paid=format_yuan(below[0].paid_fen), cost=format_yuan(below[0].material_cost_fen))))
    return findings


# Declared by desktop/models/sales/__init__.py (INDICATORS); its findings are fixed on the
# 希联圆梦 page. After the subsidy (40).
PROVIDER = Provider("sales", 45, INDICATORS, compute, validate, page="sales")
