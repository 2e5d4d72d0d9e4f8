"""What the training page lists (Qt-free): courses with their counts, and a course's
sessions with their roll-call counts, each in one query."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.db import Database, row_as
from desktop.models.training.courses import Course
from desktop.models.training.sessions import Session


@dataclass(frozen=True)
class CourseSummary:
    """A course with its counts: trainees enrolled (withdrawn not counted), on the waiting
    list, completed; sessions not cancelled, of them held (dated on or before today) and
    roll-called; the next session's day from today (None when none is left)."""

    course: Course
    enrolled: int
    waiting: int
    completed: int
    sessions: int
    held: int
    roll_called: int
    next_day: str | None


@dataclass(frozen=True)
class SessionSummary:
    """A session with its marks: how many trainees are marked, and how many of them
    attended (present, late, left early)."""

    session: Session
    marked: int
    attended: int


def course_summaries(db: Database, *, year: int | None = None,
                     include_cancelled: bool = False) -> list[CourseSummary]:
    """Courses newest first with their counts (those running in ``year`` when given)."""
    today = db.clock.today().isoformat()
    where, params = ["1 = 1"], {"today": today}
    if year is not None:
        where.append("c.first_day <= :last AND c.last_day >= :first")
        params.update(first=f"{year}-01-01", last=f"{year}-12-31")
    if not include_cancelled:
        where.append("c.cancelled_at IS NULL")
    found = []
    for r in db.query(
            "SELECT c.*,"
            " (SELECT count(*) FROM training_enrolment e WHERE e.course_id = c.id"
            "  AND e.status = 'enrolled') AS n_enrolled,"
            " (SELECT count(*) FROM training_enrolment e WHERE e.course_id = c.id"
            "  AND e.status = 'waiting') AS n_waiting,"
            " (SELECT count(*) FROM training_enrolment e WHERE e.course_id = c.id"
            "  AND e.completed_on IS NOT NULL) AS n_completed,"
            " (SELECT count(*) FROM training_session s WHERE s.course_id = c.id"
            "  AND s.cancelled_at IS NULL) AS n_sessions,"
            " (SELECT count(*) FROM training_session s WHERE s.course_id = c.id"
            "  AND s.cancelled_at IS NULL AND s.day <= :today) AS n_held,"
            " (SELECT count(*) FROM training_session s WHERE s.course_id = c.id"
            "  AND s.cancelled_at IS NULL AND s.roll_called_at IS NOT NULL) AS n_called,"
            " (SELECT min(s.day) FROM training_session s WHERE s.course_id = c.id"
            "  AND s.cancelled_at IS NULL AND s.day >= :today) AS next_day"
            f" FROM training_course c WHERE {' AND '.join(where)}"
            " ORDER BY c.first_day DESC, c.id DESC", params):
        found.append(CourseSummary(
            course=row_as(Course, r), enrolled=int(r["n_enrolled"]),
            waiting=int(r["n_waiting"]), completed=int(r["n_completed"]),
            sessions=int(r["n_sessions"]), held=int(r["n_held"]),
            roll_called=int(r["n_called"]), next_day=r["next_day"]))
    return found


def session_summaries(db: Database, course_id: int) -> list[SessionSummary]:
    """The course's sessions (cancelled ones included) by day and time, with their marks."""
    return [SessionSummary(row_as(Session, r), int(r["marked"]), int(r["attended"]))
            for r in db.query(
                "SELECT s.*, count(a.id) AS marked,"
                " coalesce(sum(a.mark IN ('present', 'late', 'left_early')), 0) AS attended"
                " FROM training_session s LEFT JOIN training_attendance a ON a.session_id = s.id"
                " WHERE s.course_id = ? GROUP BY s.id ORDER BY s.day, s.starts_at",
                (course_id,))]
