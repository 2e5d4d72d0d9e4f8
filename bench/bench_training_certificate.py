"""The completion certificate (结业证书) as a PDF, on the reference data set.

Measured (target ≤ 300 ms each, the median): a certificate issued — numbered, put in the
register and audited — and written as an A4 PDF through the shared printed form, as the
结业 tab and ``warmhome training certificate`` do; and a reprint (补打) written again.

The certificates need trainees who completed a course. When the data set has none without a
certificate (before the training demo step, or every one certified), the bench first makes
one course in the reference month, through the models: 30 members enrolled, two sessions a
week, the roll call of each, everyone completed.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta
from datetime import time as day_time
from pathlib import Path

from bench.common import Figure, median
from bench.reference import TODAY
from desktop.models.admin.permissions import DEMO_ACTOR
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database

CERTIFICATE_TARGET_MS = 300.0
TRAINEES = 30


def _uncertified(db: Database) -> list[int]:
    """Completed enrolments without a certificate, oldest first."""
    return [int(r[0]) for r in db.query(
        "SELECT e.id FROM training_enrolment e WHERE e.completed_on IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM training_certificate t WHERE t.enrolment_id = e.id) ORDER BY e.id")]


def make_completions(db: Database, *, first_day: date, last_day: date) -> list[int]:
    """One 西点 course between the two days with :data:`TRAINEES` members enrolled, its
    Monday and Wednesday sessions called and every trainee completed; their enrolments."""
    from desktop.models.training import completion, courses, enrolment, roll_call, sessions
    from desktop.models.training.courses import CourseInput
    from desktop.models.training.sessions import Schedule

    clock = db.clock
    assert isinstance(clock, FixedClock)
    at = clock.now()
    clock.set(datetime.combine(first_day, day_time(9, 0)))
    course_id = courses.create_course(db, CourseInput(
        name="西点烘焙（基准）", kind="西点", first_day=first_day.isoformat(),
        last_day=last_day.isoformat(), minutes_per_session=120, capacity=TRAINEES,
        teacher_org="西城区职康中心", place="活动室", subsidy_kind="per_completion",
        subsidy_fen=80_000), actor=DEMO_ACTOR)
    session_ids = sessions.add_sessions(db, course_id, Schedule("14:00", "16:00",
                                                                weekdays=(1, 3)),
                                        actor=DEMO_ACTOR)
    people = [int(r[0]) for r in db.query(
        "SELECT id FROM person WHERE archived_at IS NULL ORDER BY id LIMIT ?", (TRAINEES,))]
    enrolled = [enrolment.enrol(db, course_id, p, actor=DEMO_ACTOR) for p in people]
    for session_id in session_ids:
        day = sessions.load_session(db, session_id).day
        clock.set(datetime.fromisoformat(f"{day}T18:00:00"))
        roll_call.save_roll_call(db, session_id, dict.fromkeys(enrolled, "present"),
                                 actor=DEMO_ACTOR)
    clock.set(datetime.combine(last_day + timedelta(days=1), day_time(9, 0)))
    for enrolment_id in enrolled:
        completion.complete(db, enrolment_id, actor=DEMO_ACTOR)
    clock.set(at)
    return enrolled


def run_training_certificate(path: Path, rounds: int) -> list[Figure]:
    """A certificate issued and written as a PDF, and a reprint, ``rounds`` × 5 of each, on a
    working copy."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_app
    from desktop.models.admin import centre
    from desktop.models.training import certificates
    from desktop.ui.training.certificate_print import write_certificate_pdf

    create_app([])
    out = path.parent / "training-certificates"
    out.mkdir(exist_ok=True)
    count = rounds * 5
    with open_database(path, clock=FixedClock(datetime.combine(TODAY, day_time(10, 0)))) as db:
        if not centre.load_profile(db).code.strip():
            return [Figure("a certificate issued and written as a PDF", None, "ms",
                           CERTIFICATE_TARGET_MS,
                           skipped="the reference data set's centre has no code")]
        made = ""
        if len(_uncertified(db)) < count:
            make_completions(db, first_day=TODAY.replace(day=1),
                             last_day=TODAY - timedelta(days=1))
            made = " (course made by the bench)"
        enrolments = _uncertified(db)[:count]
        issue_ms, reprint_ms = [], []
        issued = []
        for number, enrolment_id in enumerate(enrolments):
            started = time.perf_counter()
            data = certificates.issue_certificate(db, enrolment_id, actor=DEMO_ACTOR)
            write_certificate_pdf(data, out / f"issue-{number}.pdf")
            issue_ms.append((time.perf_counter() - started) * 1000)
            issued.append(data.id)
        for number, certificate_id in enumerate(issued):
            started = time.perf_counter()
            data = certificates.reprint_certificate(db, certificate_id, actor=DEMO_ACTOR)
            write_certificate_pdf(data, out / f"reprint-{number}.pdf")
            reprint_ms.append((time.perf_counter() - started) * 1000)
    return [
        Figure("a completion certificate issued and written as a PDF", median(issue_ms), "ms",
               CERTIFICATE_TARGET_MS,
               note=f"median of {len(issue_ms)}; slowest {max(issue_ms):.0f} ms{made}"),
        Figure("  a certificate reprinted (补打) as a PDF", median(reprint_ms), "ms",
               CERTIFICATE_TARGET_MS, note=f"median of {len(reprint_ms)}"),
    ]
