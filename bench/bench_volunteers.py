"""Volunteer service (志愿服务) on the reference data set with its ten years of shifts.

The reference data set is made by the demo generator, whose volunteer step
(``desktop.models.volunteers.demo_volunteers``) gives its 80 volunteers weekly patterns per
post, the shifts, sign-ups, sign-ins and service hours of ten years. Measured:

- the month's volunteer statistics (``volunteer_stats.month_stats``: active and new volunteers,
  shifts, places, sign-ups, hours, no-shows, per volunteer with cumulative hours and star, per
  post) for each of the twelve months before the reference "today" (target ≤ 100 ms, the
  median and the slowest month);
- informative: 志愿服务's part of the monthly report (its rows for this month, last month and
  the year to date, and its three checks), and the 志愿服务 sheet written on its own.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from bench.bench_attendance import months_before
from bench.common import Figure, median
from bench.reference import TODAY
from desktop.excel.volunteers.month_sheet import write_volunteers
from desktop.models.db import open_database
from desktop.models.reporting.indicators import (
    Span,
    month_span,
    previous_month,
    year_to_date_span,
)
from desktop.models.volunteers import volunteer_stats
from desktop.models.volunteers.indicator_provider import PROVIDER

STATS_TARGET_MS = 100.0
TABLES = ("volunteer_shift", "volunteer_signup", "volunteer_sign_in", "volunteer_service")


def volunteer_sizes(path: Path) -> dict[str, int]:
    """Rows of the volunteer tables that grow every day."""
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


def run_volunteers(path: Path, rounds: int) -> list[Figure]:
    """Median and slowest of the month's volunteer statistics over twelve months, ``rounds``
    times each; the report's volunteer part and the 志愿服务 sheet, for the busiest month."""
    sizes = volunteer_sizes(path)
    if not sizes["volunteer_service"]:
        return [Figure("the month's volunteer statistics", None, "ms", STATS_TARGET_MS,
                       skipped="the reference data set has no volunteer service")]
    months = months_before(TODAY, 12)
    stats_ms: list[float] = []
    report_ms: list[float] = []
    sheet_ms: list[float] = []
    with open_database(path) as db:
        busiest = max(months, key=lambda m: volunteer_stats.month_stats(db, m).minutes)
        hours = volunteer_stats.month_stats(db, busiest).hours
        for _ in range(rounds):
            for month in months:
                started = time.perf_counter()
                volunteer_stats.month_stats(db, month)
                stats_ms.append(_ms(started))
            started = time.perf_counter()
            for span in _spans(busiest):
                PROVIDER.compute(db, span)
            assert PROVIDER.validate is not None
            PROVIDER.validate(db, busiest, TODAY)
            report_ms.append(_ms(started))
            sheet = Workbook().create_sheet("志愿服务")
            started = time.perf_counter()
            rows = write_volunteers(db, busiest, sheet, TODAY)
            sheet_ms.append(_ms(started))
    note = (f"{sizes['volunteer_service']:,} service rows, {sizes['volunteer_signup']:,}"
            f" sign-ups, {sizes['volunteer_shift']:,} shifts over ten years")
    return [
        Figure("the month's volunteer statistics, median of 12 months", median(stats_ms), "ms",
               STATS_TARGET_MS, note=note),
        Figure("  the slowest month", max(stats_ms), "ms", STATS_TARGET_MS),
        Figure(f"  汇总's volunteer rows and checks, {busiest} ({hours:g} h)",
               median(report_ms), "ms", note="3 periods + 3 checks"),
        Figure("  the 志愿服务 sheet alone", median(sheet_ms), "ms",
               note=f"{rows} volunteer rows and the posts"),
    ]
