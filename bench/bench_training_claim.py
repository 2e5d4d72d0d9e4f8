"""Vocational training (职业培训): the subsidy claim and the monthly report's training part on
the reference data set with its ten years of courses (made by
``desktop.models.training.demo_training``), and the demo step itself.

Measured:

- a course's claim workbook (培训补贴申请表, ``export_claim_workbook``: the claim computed from
  the roll calls, the sheet with its sign-off block, written to disk) for every course of the
  last two years that has ended and has a subsidy standard (target ≤ 1 s: the median and the
  slowest course);
- informative: the printed claim form as a PDF, 职业培训's part of the monthly report (its
  rows for this month, last month and the year to date, and its checks) and the 职业培训 sheet
  for the month before the reference "today";
- the demo's training step over ten years (all courses, sessions, roll calls, completions,
  placements and follow-ups written again on a copy; target ≤ 3 s: it runs inside every demo
  and every reference data set build).
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook

from bench.common import Figure, median
from bench.reference import TODAY, YEARS
from desktop.models.db import open_database
from desktop.models.reporting.indicators import month_span, previous_month, year_to_date_span

CLAIM_TARGET_MS = 1000.0
DEMO_TARGET_MS = 3000.0
# Children first: what the demo step writes, emptied before it runs again.
TABLES = ("training_competition", "training_follow_up", "training_placement", "training_claim",
          "training_certificate", "training_attendance", "training_enrolment",
          "training_session", "training_course")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def claim_courses(path: Path) -> list[int]:
    """Courses of the two years before the reference today that ended, with a standard."""
    with open_database(path) as db:
        return [int(r[0]) for r in db.query(
            "SELECT id FROM training_course WHERE cancelled_at IS NULL AND subsidy_kind <> 'none'"
            " AND last_day < ? AND last_day >= ? ORDER BY last_day",
            (TODAY.isoformat(), f"{TODAY.year - 1}-01-01"))]


def run_training_claim(path: Path, rounds: int) -> list[Figure]:
    """Median and slowest claim workbook over the courses of two years, ``rounds`` times
    each; the claim form PDF, the report's training part and the sheet; the demo step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_app
    from desktop.excel.training.claim_sheet import export_claim_workbook
    from desktop.excel.training.month_sheet import write_training
    from desktop.models.admin.permissions import Actor, Role
    from desktop.models.training.indicator_provider import PROVIDER
    from desktop.ui.training.claim_print import write_claim_pdf

    courses = claim_courses(path)
    if not courses:
        return [Figure("a course's claim workbook", None, "ms", CLAIM_TARGET_MS,
                       skipped="the reference data set has no training courses")]
    create_app([])
    staff = Actor("bench", Role.STAFF)
    out = path.parent / "claims"
    out.mkdir(exist_ok=True)
    claim_ms: list[float] = []
    pdf_ms: list[float] = []
    report_ms: list[float] = []
    sheet_ms: list[float] = []
    month = previous_month(f"{TODAY:%Y-%m}")
    until = TODAY.isoformat()
    spans = [replace(month_span(month), until=until),
             replace(month_span(previous_month(month)), until=until),
             replace(year_to_date_span(month), until=until)]
    with open_database(path) as db:
        trainees = max(int(db.scalar("SELECT count(*) FROM training_enrolment WHERE course_id = ?"
                                     " AND enrolled_on IS NOT NULL", (c,))) for c in courses)
        for _ in range(rounds):
            for course_id in courses:
                started = time.perf_counter()
                export_claim_workbook(db, staff, course_id, out / f"{course_id}.xlsx")
                claim_ms.append(_ms(started))
            started = time.perf_counter()
            write_claim_pdf(db, courses[-1], out / "claim.pdf")
            pdf_ms.append(_ms(started))
            started = time.perf_counter()
            for span in spans:
                PROVIDER.compute(db, span)
            assert PROVIDER.validate is not None
            PROVIDER.validate(db, month, TODAY)
            report_ms.append(_ms(started))
            sheet = Workbook().create_sheet("职业培训")
            started = time.perf_counter()
            write_training(db, month, sheet, TODAY)
            sheet_ms.append(_ms(started))
        counts = {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}
    note = (f"{counts['training_course']} courses, {counts['training_session']:,} sessions,"
            f" {counts['training_attendance']:,} marks over ten years")
    return [
        Figure(f"a course's claim workbook, median of {len(courses)} courses",
               median(claim_ms), "ms", CLAIM_TARGET_MS, note=note),
        Figure("  the slowest course", max(claim_ms), "ms", CLAIM_TARGET_MS,
               note=f"up to {trainees} trainees"),
        Figure("  the printed claim form as PDF", median(pdf_ms), "ms"),
        Figure(f"  汇总's 职业培训 rows and checks, {month}", median(report_ms), "ms",
               note="3 periods + 3 checks"),
        Figure("  the 职业培训 sheet alone", median(sheet_ms), "ms"),
        _demo_step(path),
    ]


def _demo_step(path: Path) -> Figure:
    """The demo's training step over the reference years, on this copy (its training tables
    emptied first; the other tables are the reference's)."""
    from desktop.models.training.demo_training import generate_training

    with open_database(path) as db, db.transaction():
        for table in TABLES:
            db.execute(f"DELETE FROM {table}")  # our own names
        started = time.perf_counter()
        counts = generate_training(db, random.Random(1), TODAY, YEARS)
        elapsed = _ms(started)
    return Figure("demo data: ten years of training (the demo step)", elapsed, "ms",
                  DEMO_TARGET_MS, note=f"{counts['training_courses']} courses,"
                  f" {counts['training_marks']:,} marks, {counts['training_follow_ups']:,}"
                  " follow-ups")
