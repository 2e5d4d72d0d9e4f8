"""Daily care (日间照料) on the reference data set with its ten years of care logs.

The reference data set is made by the demo generator, whose care step
(``desktop.models.care.demo_care``) gives every 日间照料 member profiles, plans and a care log,
doses and a hand-over for each day they signed in, plus incidents and purchased services.
Measured:

- the month's care statistics (``care_stats.month_stats``: members, care days, meals, doses,
  rehab minutes, incidents, purchased services and fulfilment, entries per service) for each
  of the twelve months before the reference "today" (target ≤ 200 ms, the median and the
  slowest month);
- the day's care log (``care_log.day_sheet``) opened for 60 members present (target ≤ 100 ms):
  the reference centre has fewer day-care members, so the working copy puts enough of the
  members who signed in that day into the programme, with a care profile;
- one tick saved (``care_log.tick``, its audit entry included; target ≤ 20 ms), and taking it
  back (``untick``);
- informative: 日间照料's part of the monthly report (its rows for this month, last month and
  the year to date, and its three checks), and the 日间照料 sheet written on its own.

The monthly workbook as a whole, care sheet included, against bare openpyxl is
``bench_workbook``'s figure.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from bench.bench_attendance import months_before
from bench.common import Figure, median
from bench.reference import TODAY
from desktop.excel.care.month_sheet import write_care
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.care import care_log, care_stats
from desktop.models.care.day_care import PROGRAMME
from desktop.models.care.indicator_provider import PROVIDER
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.reporting.indicators import (
    Span,
    compute,
    month_span,
    previous_month,
    year_to_date_span,
)

STATS_TARGET_MS = 200.0
OPEN_TARGET_MS = 100.0
TICK_TARGET_MS = 20.0
LOG_MEMBERS = 60
# The log's day: the last weekday with sign-ins before the reference "today" (a Sunday).
LOG_DAY = "2026-11-27"


def care_sizes(path: Path) -> dict[str, int]:
    """Rows of the daily-care tables that grow every day."""
    with open_database(path) as db:
        return {table: int(db.scalar(f"SELECT count(*) FROM {table}"))
                for table in ("care_entry", "care_log", "care_dose", "care_handover",
                              "care_incident", "care_provider_session")}


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def run_care(path: Path, rounds: int) -> list[Figure]:
    """Median and slowest of the month's care statistics over twelve months, ``rounds`` times
    each; the report's care part and the care sheet, for the busiest of those months."""
    sizes = care_sizes(path)
    if not sizes["care_entry"]:
        return [Figure("the month's care statistics", None, "ms", STATS_TARGET_MS,
                       skipped="the reference data set has no care logs")]
    months = months_before(TODAY, 12)
    stats_ms: list[float] = []
    report_ms: list[float] = []
    sheet_ms: list[float] = []
    with open_database(path) as db:
        busiest = max(months, key=lambda m: care_stats.month_stats(db, m).care_days)
        care_days = care_stats.month_stats(db, busiest).care_days
        for _ in range(rounds):
            for month in months:
                started = time.perf_counter()
                care_stats.month_stats(db, month)
                stats_ms.append(_ms(started))
            # The three periods and the checks, as indicators.compute runs them for care only.
            started = time.perf_counter()
            report = compute(db, busiest, TODAY, extra=())
            whole_report = _ms(started)
            started = time.perf_counter()
            for span in _spans(busiest):
                PROVIDER.compute(db, span)
            assert PROVIDER.validate is not None
            PROVIDER.validate(db, busiest, TODAY)
            report_ms.append(_ms(started))
            sheet = Workbook().create_sheet("日间照料")
            started = time.perf_counter()
            rows = write_care(db, busiest, sheet, TODAY)
            sheet_ms.append(_ms(started))
    assert any(r.indicator.key == "care.care_days" for r in report.rows)
    note = (f"{sizes['care_entry']:,} entries, {sizes['care_dose']:,} doses,"
            f" {sizes['care_log']:,} notes over ten years")
    return [
        Figure("the month's care statistics, median of 12 months", median(stats_ms), "ms",
               STATS_TARGET_MS, note=note),
        Figure("  the slowest month", max(stats_ms), "ms", STATS_TARGET_MS),
        Figure(f"  汇总's care rows and checks, {busiest} ({care_days:,} care days)",
               median(report_ms), "ms",
               note=f"3 periods + 3 checks; the whole report took {whole_report:.0f} ms"),
        Figure("  the 日间照料 sheet alone", median(sheet_ms), "ms",
               note=f"{rows} member rows and the purchased services"),
    ]


def _spans(month: str) -> list[Span]:
    """This month, last month and the year to date, as 汇总 computes them."""
    until = TODAY.isoformat()
    return [replace(month_span(month), until=until),
            replace(month_span(previous_month(month)), until=until),
            replace(year_to_date_span(month), until=until)]


def _sixty_present(db: Database, day: str) -> list[int]:
    """Make ``LOG_MEMBERS`` day-care members present on ``day``: members who signed in that
    day join the programme (with a care profile) until there are enough; their ids."""
    present = care_log.day_sheet(db, day, actor=DEMO_ACTOR).rows
    missing = LOG_MEMBERS - len(present)
    if missing > 0:
        others = [r[0] for r in db.query(
            "SELECT s.person_id FROM sign_in s WHERE s.day = ? AND s.voided_at IS NULL"
            " AND s.person_id NOT IN (SELECT person_id FROM member_programme"
            " WHERE programme = ?) ORDER BY s.person_id LIMIT ?", (day, PROGRAMME, missing))]
        stamp = f"{day}T08:00:00"
        with db.transaction():
            db.executemany("INSERT INTO member_programme (person_id, programme) VALUES (?, ?)",
                           [(pid, PROGRAMME) for pid in others])
            db.executemany("INSERT OR IGNORE INTO care_profile (person_id, created_at,"
                           " updated_at) VALUES (?, ?, ?)",
                           [(pid, stamp, stamp) for pid in others])
    return [row.person_id for row in care_log.day_sheet(db, day, actor=DEMO_ACTOR).rows]


def run_care_log(path: Path, rounds: int) -> list[Figure]:
    """The day's care log opened for 60 members present, and one tick saved and taken back,
    on a working copy of the reference data set."""
    with open_database(path, clock=FixedClock(TODAY)) as db:
        members = _sixty_present(db, LOG_DAY)
        if len(members) < LOG_MEMBERS:
            return [Figure("open the day's care log (60 members)", None, "ms", OPEN_TARGET_MS,
                           skipped=f"only {len(members)} members signed in on {LOG_DAY}")]
        open_ms = []
        for _ in range(rounds * 10):
            started = time.perf_counter()
            sheet = care_log.day_sheet(db, LOG_DAY, actor=DEMO_ACTOR)
            open_ms.append(_ms(started))
        # Personal care is ticked for few members in the demo: tick it and take it back for
        # every member, each a user action of its own (one transaction with its audit entry).
        tick_ms, untick_ms = [], []
        recorded = {row.person_id for row in sheet.rows
                    if row.cells["personal_care"].recorded}
        for _ in range(rounds):
            for person_id in members:
                if person_id in recorded:
                    continue
                started = time.perf_counter()
                care_log.tick(db, person_id, LOG_DAY, "personal_care", actor=DEMO_ACTOR)
                tick_ms.append(_ms(started))
                started = time.perf_counter()
                care_log.untick(db, person_id, LOG_DAY, "personal_care", actor=DEMO_ACTOR)
                untick_ms.append(_ms(started))
    columns = len(sheet.services) + len(sheet.dose_times)
    return [
        Figure(f"open the day's care log ({len(sheet.rows)} members × {columns} columns)",
               median(open_ms), "ms", OPEN_TARGET_MS, note=f"{LOG_DAY}, ten years of logs"),
        Figure("  one tick saved (with its audit entry)", median(tick_ms), "ms",
               TICK_TARGET_MS, note=f"slowest of {len(tick_ms)}: {max(tick_ms):.1f} ms"),
        Figure("  one tick taken back", median(untick_ms), "ms", TICK_TARGET_MS,
               note=f"slowest: {max(untick_ms):.1f} ms"),
    ]
