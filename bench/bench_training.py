"""职业培训 on ten years of courses: a session's roll call opened for 30 trainees, and the
completion of all courses of a year.

When the data set has no training courses yet, the bench's own setup makes them through the
models, in one transaction, with the clock set
to each step's day: seven courses a year (one of each type) over the ten years before the
reference "today", each eight weeks of Tuesday and Thursday sessions with 30 trainees from the
register and 2 on the waiting list, every session held so far roll-called (mostly present,
some late, left early, excused or absent) and those who met the rule completed (结业) after the
course. When it has courses (the demo's, of 20 places at most) but no held session with 30
trainees, the setup adds, in the bench's working copy only, one such course: 30 trainees on
Tuesdays and Thursdays over the eight weeks up to today (after the last closed month), every
session roll-called. Both figures are always measured. Measured:

- the roll call of a held session of 30 trainees opened on the real 点名 tab: the session
  chosen until its tick list is filled (target ≤ 50 ms, the median; the models' part alone is
  informative);
- the completion of all courses of a year (``completion.year_completion``: every trainee's
  counted and attended sessions, % and rule) for each of the ten years (target ≤ 200 ms, the
  median and the slowest year).
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.common import Figure, median
from bench.reference import TODAY, YEARS
from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.training import completion, courses, enrolment, roll_call, sessions
from desktop.models.training.courses import CourseInput
from desktop.models.training.rules import COURSE_KINDS
from desktop.models.training.sessions import Schedule

ROLL_CALL_TARGET_MS = 50.0
COMPLETION_TARGET_MS = 200.0
TRAINEES = 30
WAITING = 2
WEEKS = 8
SEED = 17
BENCH_ACTOR = Actor("bench", Role.STAFF)
# The months the year's seven courses start in (one of each type).
_START_MONTHS = (2, 3, 4, 5, 9, 10, 11)
_MARKS = ("present",) * 16 + ("late", "left_early", "excused", "absent")


def training_sizes(db: Database) -> dict[str, int]:
    """Courses, sessions, enrolments and marks in the data set."""
    return {table: int(db.scalar(f"SELECT count(*) FROM {table}"))
            for table in ("training_course", "training_session", "training_enrolment",
                          "training_attendance")}


def _at(clock: FixedClock, day: date, hour: int) -> None:
    clock.set(datetime.combine(day, datetime.min.time()) + timedelta(hours=hour))


def _course(db: Database, clock: FixedClock, rng: random.Random, trainees: list[int],
            kind: str, first: date) -> None:
    """One course from ``first``: its sessions, trainees, roll calls and completions."""
    last = first + timedelta(weeks=WEEKS) - timedelta(days=1)
    _at(clock, first, 8)
    course_id = courses.create_course(db, CourseInput(
        name=f"{kind}培训班（{first:%Y年%m月}）", kind=kind, first_day=first.isoformat(),
        last_day=last.isoformat(), minutes_per_session=120, capacity=TRAINEES,
        teacher_org="西城区职业康复中心", place="培训教室", subsidy_kind="per_completion",
        subsidy_fen=80_000), actor=BENCH_ACTOR)
    sessions.add_sessions(db, course_id, Schedule("14:00", "16:00", weekdays=(2, 4)),
                          actor=BENCH_ACTOR)
    chosen = rng.sample(trainees, TRAINEES + WAITING)
    enrolled = [enrolment.enrol(db, course_id, p, actor=BENCH_ACTOR)
                for p in chosen[:TRAINEES]]
    for person in chosen[TRAINEES:]:
        enrolment.enrol(db, course_id, person, actor=BENCH_ACTOR, waiting=True)
    for session in sessions.sessions_of(db, course_id):
        day = date.fromisoformat(session.day)
        if day > TODAY:
            break
        _at(clock, day, 18)
        roll_call.save_roll_call(db, session.id, {e: rng.choice(_MARKS) for e in enrolled},
                                 actor=BENCH_ACTOR)
    if last < TODAY:
        _at(clock, last, 18)
        for enrolment_id in enrolled:
            if completion.attendance(db, enrolment_id).meets_rule:
                completion.complete(db, enrolment_id, actor=BENCH_ACTOR)


def _full_course_start(db: Database) -> date:
    """The first day of the added course of 30: eight weeks before today, or the first day
    after the last closed month when that is later (a closed month takes no roll call)."""
    start = TODAY - timedelta(weeks=WEEKS) + timedelta(days=1)
    closed = db.scalar("SELECT max(month) FROM month_state WHERE closed")
    if closed:
        year, month = (int(part) for part in str(closed).split("-"))
        after = date(year + month // 12, month % 12 + 1, 1)
        start = max(start, after)
    if start > TODAY:
        raise SystemExit(f"{TODAY:%Y-%m} is closed: the training bench needs an open month")
    return start


def make_training(db: Database) -> int:
    """Ten years of courses with their sessions, trainees, roll calls and completions, in one
    transaction, through the models; when the data set has courses already, one course of 30
    trainees with its sessions held up to today if no held session has 30 (else nothing).
    Returns the number of courses made."""
    has_courses = bool(db.scalar("SELECT count(*) FROM training_course"))
    if has_courses and _full_sessions(db):
        return 0
    assert isinstance(db.clock, FixedClock)
    clock = db.clock
    at = clock.now()
    rng = random.Random(SEED)
    trainees = [int(r[0]) for r in db.query(
        "SELECT id FROM person WHERE archived_at IS NULL ORDER BY id")]
    if len(trainees) < TRAINEES + WAITING:
        raise SystemExit(f"the data set has {len(trainees)} people: at least"
                         f" {TRAINEES + WAITING} are needed for the training bench")
    if has_courses:
        with db.transaction():
            _course(db, clock, rng, trainees, COURSE_KINDS[0], _full_course_start(db))
        clock.set(at)
        return 1
    made = 0
    with db.transaction():
        for year in range(TODAY.year - YEARS + 1, TODAY.year + 1):
            for kind, month in zip(COURSE_KINDS, _START_MONTHS, strict=True):
                first = date(year, month, 1)
                if first > TODAY:
                    continue
                _course(db, clock, rng, trainees, kind, first)
                made += 1
    clock.set(at)
    return made


def _full_sessions(db: Database) -> list[int]:
    """Held sessions (not cancelled, on or before today) whose roll call lists 30 trainees or
    more, or failing that the fullest ones: up to 40, spread over the years."""
    found = [int(r[0]) for r in db.query(
        "SELECT s.id FROM training_session s JOIN training_course c ON c.id = s.course_id"
        " WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL AND s.day <= ?"
        " AND (SELECT count(*) FROM training_enrolment e WHERE e.course_id = s.course_id"
        "      AND e.enrolled_on IS NOT NULL AND e.enrolled_on <= s.day"
        "      AND (e.withdrawn_on IS NULL OR e.withdrawn_on > s.day)) >= ?"
        " ORDER BY s.day", (TODAY.isoformat(), TRAINEES))]
    step = max(1, len(found) // 40)
    return found[::step][:40]


def run_training(path: Path, rounds: int) -> list[Figure]:
    """The roll call opened on the 点名 tab and the year's completion, ``rounds`` sets."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QDate, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.pages import PageContext, ShellSignals
    from desktop.ui.shell.ui_settings import UiSettings
    from desktop.ui.training.roll_call_tab import RollCallTab

    app = QApplication.instance() or QApplication([])
    clock = FixedClock(datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=10))
    open_ms: list[float] = []
    model_ms: list[float] = []
    year_ms: list[float] = []
    with open_database(path, clock=clock) as db, tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        made = make_training(db)
        setup_s = time.perf_counter() - started
        sizes = training_sizes(db)
        chosen = _full_sessions(db)
        assert chosen, "make_training leaves a held session of 30 trainees"
        days = {sid: str(db.scalar("SELECT day FROM training_session WHERE id = ?", (sid,)))
                for sid in chosen}
        settings = UiSettings(QSettings(str(Path(folder) / "ui.ini"),
                                        QSettings.Format.IniFormat))
        tab = RollCallTab(PageContext(db, BENCH_ACTOR, settings, ShellSignals()))
        tab.resize(1200, 760)
        tab.show()
        app.processEvents()
        lines = 0
        for _ in range(rounds):
            for session_id in chosen:
                day = date.fromisoformat(days[session_id])
                tab.day_edit.setDate(QDate(day.year, day.month, day.day))
                index = tab.session_combo.findData(session_id)
                tab.session_combo.blockSignals(True)
                tab.session_combo.setCurrentIndex(index)
                tab.session_combo.blockSignals(False)
                app.processEvents()
                started = time.perf_counter()
                tab.show_session()
                app.processEvents()
                open_ms.append((time.perf_counter() - started) * 1000)
                lines = tab.model.rowCount()
                assert lines >= TRAINEES
                started = time.perf_counter()
                roll_call.roll_call(db, session_id)
                model_ms.append((time.perf_counter() - started) * 1000)
            for year in range(TODAY.year - YEARS + 1, TODAY.year + 1):
                started = time.perf_counter()
                completion.year_completion(db, year)
                year_ms.append((time.perf_counter() - started) * 1000)
        tab.close()
        rows_per_year = len(completion.year_completion(db, TODAY.year - 1))
    note = (f"{sizes['training_course']} courses, {sizes['training_session']:,} sessions,"
            f" {sizes['training_attendance']:,} marks"
            + (f" ({made} made by the bench in {setup_s:.0f} s)" if made else ""))
    return [
        Figure(f"training: a roll call of {lines} opened on the 点名 tab (median)",
               median(open_ms), "ms", ROLL_CALL_TARGET_MS, note=note),
        Figure("  the models' roll call alone (median)", median(model_ms), "ms",
               note=f"slowest opening {max(open_ms):.1f} ms"),
        Figure("training: completion of all courses of a year (median of 10 years)",
               median(year_ms), "ms", COMPLETION_TARGET_MS,
               note=f"{rows_per_year} trainees in {TODAY.year - 1}"),
        Figure("  the slowest year", max(year_ms), "ms", COMPLETION_TARGET_MS),
    ]


def main() -> None:
    """Run on a copy of the reference data set (made or reused as ``make bench`` does)."""
    from bench.common import working_copy
    from bench.reference import reference_db

    reference = reference_db()
    started = time.perf_counter()
    figures = run_training(working_copy(reference.path, "training.db"), 1)
    print(f"setup and run took {time.perf_counter() - started:.0f} s")
    for figure in figures:
        value = "skipped" if figure.value is None else f"{figure.value:.1f} {figure.unit}"
        print(f"{figure.name}: {value} (target {figure.target}) — {figure.note}")


if __name__ == "__main__":
    main()
