"""Handicraft sales (希联圆梦): the makers' income on the reference data set with its ten years
of sales (about 50,000, made by ``desktop.models.sales.demo_sales``).

Measured:

- a month's makers' statements: the month's income (``makers_income.month_income``), each
  maker's products and every maker's large-print statement written into one PDF, as the
  制作者收入 tab's 全部对账单 does, for each of the twelve months before the reference "today"
  (target ≤ 500 ms: the median and the slowest month);
- informative: 希联圆梦's part of the monthly report (its rows for this month, last month and
  the year to date, and its checks), the 希联圆梦 sheet and the payout sheet (发放表) alone.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from bench.bench_attendance import months_before
from bench.common import Figure, median
from bench.reference import TODAY
from desktop.models.db import open_database
from desktop.models.reporting.indicators import (
    Span,
    month_span,
    previous_month,
    year_to_date_span,
)

STATEMENTS_TARGET_MS = 500.0
TABLES = ("sales_sale", "sales_line", "sales_stock_movement", "sales_refund", "sales_payout")


def sales_sizes(path: Path) -> dict[str, int]:
    """Rows of the sales tables that grow every day."""
    with open_database(path) as db:
        return {table: int(db.scalar(f"SELECT count(*) FROM {table}")) for table in TABLES}


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _spans(month: str) -> list[Span]:
    """This month, last month and the year to date, as 汇总 computes them."""
    until = TODAY.isoformat()
    return [replace(month_span(month), until=until),
            replace(month_span(previous_month(month)), until=until),
            replace(year_to_date_span(month), until=until)]


def run_sales_income(path: Path, rounds: int) -> list[Figure]:
    """Median and slowest of a month's statements for every maker (one PDF) over twelve
    months, ``rounds`` times each; the report's sales part and the two sheets for the
    busiest month."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_app
    from desktop.excel.sales.month_sheet import write_sales
    from desktop.excel.sales.payout_sheet import build_payout_sheet
    from desktop.models.sales.indicator_provider import PROVIDER
    from desktop.models.sales.makers_income import month_income
    from desktop.ui.sales.income_statement_print import write_statements

    sizes = sales_sizes(path)
    if not sizes["sales_sale"]:
        return [Figure("a month's makers' statements", None, "ms", STATEMENTS_TARGET_MS,
                       skipped="the reference data set has no sales")]
    create_app([])
    months = months_before(TODAY, 12)
    out = path.parent / "statements"
    out.mkdir(exist_ok=True)
    statements_ms: list[float] = []
    report_ms: list[float] = []
    sheet_ms: list[float] = []
    payout_ms: list[float] = []
    with open_database(path) as db:
        busiest = max(months, key=lambda m: month_income(db, m).revenue_fen)
        makers = len(month_income(db, busiest).makers)
        for _ in range(rounds):
            for month in months:
                started = time.perf_counter()
                write_statements(db, month, out / f"{month}.pdf")
                statements_ms.append(_ms(started))
            started = time.perf_counter()
            for span in _spans(busiest):
                PROVIDER.compute(db, span)
            assert PROVIDER.validate is not None
            PROVIDER.validate(db, busiest, TODAY)
            report_ms.append(_ms(started))
            sheet = Workbook().create_sheet("希联圆梦")
            started = time.perf_counter()
            write_sales(db, busiest, sheet, TODAY)
            sheet_ms.append(_ms(started))
            started = time.perf_counter()
            build_payout_sheet(db, busiest)
            payout_ms.append(_ms(started))
    note = (f"{sizes['sales_sale']:,} sales, {sizes['sales_line']:,} lines,"
            f" {sizes['sales_payout']:,} payouts over ten years")
    return [
        Figure("a month's makers' statements (one PDF), median of 12 months",
               median(statements_ms), "ms", STATEMENTS_TARGET_MS, note=note),
        Figure("  the slowest month", max(statements_ms), "ms", STATEMENTS_TARGET_MS),
        Figure(f"  汇总's 希联圆梦 rows and checks, {busiest}", median(report_ms), "ms",
               note="3 periods + 4 checks"),
        Figure("  the 希联圆梦 sheet alone", median(sheet_ms), "ms",
               note=f"{makers} maker rows and the channels"),
        Figure("  the payout sheet (发放表) alone", median(payout_ms), "ms"),
    ]
