"""What the training tests share: a database whose clock stands at 10:00 on TODAY (Monday
3 June 2024), trainees made through the people register, a course with a weekly schedule, a
roll-call helper and counts of the rows a refused write must leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.people import people
from desktop.models.training import courses, enrolment, roll_call, sessions
from desktop.models.training.courses import CourseInput
from desktop.models.training.sessions import Schedule
from tests.conftest import STAFF, make_id_number, make_person_input

TODAY = date(2024, 6, 3)
NOW = datetime(2024, 6, 3, 10, 0)
KIOSK = Actor("kiosk", Role.KIOSK)
TRAINING_TABLES = ("training_course", "training_session", "training_enrolment",
                   "training_attendance", "training_certificate", "training_placement",
                   "training_follow_up", "training_competition", "training_claim", "setting",
                   "audit_log")
# The course's Mondays and Wednesdays from 6 May to 26 June 2024: 16 sessions, 8 of them in
# May, the rest from today on (today's at 14:00 included).
MAY_SESSIONS = ("2024-05-06", "2024-05-08", "2024-05-13", "2024-05-15", "2024-05-20",
                "2024-05-22", "2024-05-27", "2024-05-29")


@pytest.fixture
def training_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database whose clock stands at 10:00 on TODAY."""
    database = open_database(tmp_path / "training.db", clock=FixedClock(NOW))
    try:
        yield database
    finally:
        database.close()


def clock(db: Database) -> FixedClock:
    """The database's fixed clock, to move."""
    assert isinstance(db.clock, FixedClock)
    return db.clock


def trainee(db: Database, name: str, seq: int, *, member: bool = True) -> int:
    """A person on the register (a member of 温馨家园; a volunteer who is not a member when
    ``member`` is False); their id."""
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}" if member
        else "", is_member=member, programmes=["温馨家园"] if member else [],
        joined_on="2020-01-01" if member else "", is_volunteer=not member),
        actor=STAFF, today=TODAY)


def course_input(**overrides: object) -> CourseInput:
    """A 西点 course from 6 May to 28 June 2024, two hours a session, 3 places, 80 %."""
    values: dict[str, object] = {
        "name": "西点烘焙初级班", "kind": "西点", "first_day": "2024-05-06",
        "last_day": "2024-06-28", "minutes_per_session": 120, "capacity": 3,
        "teacher_org": "西城区职康中心", "place": "活动室", "subsidy_kind": "per_completion",
        "subsidy_fen": 80_000}
    values.update(overrides)
    return CourseInput(**values)  # type: ignore[arg-type]


def weekly_course(db: Database, **overrides: object) -> int:
    """The course of :func:`course_input` with its Monday and Wednesday sessions, 14:00–16:00,
    made while May was open (the clock goes back to 6 May for it); returns its id."""
    at = clock(db).now()
    clock(db).set(datetime(2024, 5, 6, 9, 0))
    course_id = courses.create_course(db, course_input(**overrides), actor=STAFF)
    sessions.add_sessions(db, course_id, Schedule("14:00", "16:00", weekdays=(1, 3)),
                          actor=STAFF)
    clock(db).set(at)
    return course_id


@dataclass
class Course:
    """A course with three trainees enrolled on 6 May: ids of everything."""

    db: Database
    id: int
    people: list[int]
    enrolments: list[int]

    def session_on(self, day: str) -> int:
        """The course's session on ``day``."""
        return int(self.db.scalar("SELECT id FROM training_session WHERE course_id = ?"
                                  " AND day = ?", (self.id, day)))


def course_with_trainees(db: Database, **overrides: object) -> Course:
    """:func:`weekly_course` with 张三, 李四 and 王五 enrolled on its first day."""
    course_id = weekly_course(db, **overrides)
    people_ids = [trainee(db, name, seq) for seq, name in ((1, "张三"), (2, "李四"), (3, "王五"))]
    at = clock(db).now()
    clock(db).set(datetime(2024, 5, 6, 9, 0))
    enrolments = [enrolment.enrol(db, course_id, p, actor=STAFF) for p in people_ids]
    clock(db).set(at)
    return Course(db, course_id, people_ids, enrolments)


def call_roll(course: Course, day: str, marks: list[str]) -> None:
    """Save the roll call of the course's session on ``day``: one mark per trainee, in the
    order of ``course.enrolments`` (the clock set to that evening, then back)."""
    db = course.db
    at = clock(db).now()
    clock(db).set(datetime.fromisoformat(f"{day}T18:00:00"))
    roll_call.save_roll_call(db, course.session_on(day), dict(zip(course.enrolments, marks,
                                                                  strict=True)), actor=STAFF)
    clock(db).set(at)


def rows(db: Database) -> dict[str, int]:
    """Rows per training table (and the settings and audit log)."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in TRAINING_TABLES}


# The marks teach_to_end gives: 张三 comes every time; 李四 misses four sessions (75 %); 王五 is
# excused twice and misses two (12 of 14: 85.7 %).
ABSENT_LI = {"2024-05-08", "2024-05-15", "2024-06-05", "2024-06-26"}
EXCUSED_WANG = {"2024-05-13", "2024-06-10"}
ABSENT_WANG = {"2024-05-20", "2024-06-17"}


def teach_to_end(course: Course) -> None:
    """Take the roll call of every session of the course not cancelled (marks above), then
    set the clock to 1 July 2024, after the course."""
    for session in sessions.sessions_of(course.db, course.id, include_cancelled=False):
        day = session.day
        call_roll(course, day, [
            "present", "absent" if day in ABSENT_LI else "late",
            "excused" if day in EXCUSED_WANG else "absent" if day in ABSENT_WANG
            else "left_early"])
    clock(course.db).set(datetime(2024, 7, 1, 9, 0))
