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


LEDGER_TARGET_MS = 100.0
KIOSK_TARGET_MS = 30.0
CERTIFICATE_TARGET_MS = 300.0
YEAR_TARGET_MS = 10_000.0


def run_volunteer_work(path: Path, rounds: int) -> list[Figure]:
    """The month's hours ledger for every volunteer, a volunteer's card sign-in at the kiosk
    (the models' part: lookup, sign-in, audit, commit), one certificate of service as a PDF,
    and a year's certificates for every volunteer in one PDF, on a working copy."""
    import os
    from datetime import datetime, timedelta

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_app
    from desktop.models.admin.permissions import DEMO_ACTOR, Actor, Role
    from desktop.models.attendance import kiosk_people
    from desktop.models.clock import FixedClock
    from desktop.models.volunteers import certificates, ledger
    from desktop.ui.volunteers.certificate_print import (
        write_certificate_pdf,
        write_certificates_pdf,
    )

    create_app([])
    kiosk = Actor("kiosk", Role.KIOSK)
    month = months_before(TODAY, 1)[0]
    out = path.parent / "certificates"
    out.mkdir(exist_ok=True)
    with open_database(path, clock=FixedClock(TODAY)) as db:
        ledger_ms = []
        for _ in range(rounds * 5):
            started = time.perf_counter()
            rows = ledger.month_ledger(db, month, actor=DEMO_ACTOR)
            ledger_ms.append(_ms(started))
        cards = [str(r[0]) for r in db.query(
            "SELECT card_number FROM volunteer_detail WHERE card_number IS NOT NULL"
            " ORDER BY person_id")]
        # A fresh working day after the data set's last: each card signs in once.
        day = datetime.combine(TODAY + timedelta(days=1), datetime.min.time())
        kiosk_ms = []
        for number, card in enumerate(cards):
            db.clock = FixedClock(day + timedelta(hours=8, seconds=20 * number))
            started = time.perf_counter()
            kiosk_people.sign_by_card(db, card, actor=kiosk)
            kiosk_ms.append(_ms(started))
        db.clock = FixedClock(TODAY)
        year = TODAY.year
        busiest = db.scalar("SELECT person_id FROM volunteer_service WHERE voided_at IS NULL"
                            " AND day >= ? GROUP BY person_id ORDER BY sum(minutes) DESC"
                            " LIMIT 1", (f"{year}-01-01",))
        one_ms = []
        for number in range(rounds * 3):
            started = time.perf_counter()
            # A period already certified is refused: each round ends a day earlier.
            issued = certificates.issue(db, int(busiest), f"{year}-01-01",
                                        (TODAY - timedelta(days=number)).isoformat(),
                                        actor=DEMO_ACTOR)
            write_certificate_pdf(issued, out / f"one-{number}.pdf")
            one_ms.append(_ms(started))
        started = time.perf_counter()
        everyone = certificates.year_certificates(db, year, actor=DEMO_ACTOR)
        write_certificates_pdf(everyone, out / "year.pdf")
        year_ms = _ms(started)
    return [
        Figure(f"the month's hours ledger, {len(rows)} volunteers ({month})", median(ledger_ms),
               "ms", LEDGER_TARGET_MS, note=f"median of {len(ledger_ms)}"),
        Figure("a volunteer's card sign-in at the kiosk (models: lookup, sign-in, audit)",
               median(kiosk_ms), "ms", KIOSK_TARGET_MS,
               note=f"{len(kiosk_ms)} cards; slowest {max(kiosk_ms):.1f} ms; the kiosk's"
                    " paint as for members"),
        Figure("one certificate of service issued and written as a PDF", median(one_ms), "ms",
               CERTIFICATE_TARGET_MS, note=f"median of {len(one_ms)}"),
        Figure(f"a year's certificates for {len(everyone)} volunteers in one PDF", year_ms, "ms",
               YEAR_TARGET_MS),
    ]
