"""What the monthly workbook's 职业培训 sheet lists (Qt-free): the month's courses with their
sessions, attendance and completions, and the named rows of the trainees who completed or
started work in the month (identity numbers masked).

The definitions are :mod:`.figures`' (``month_figures``), course by course: a course is listed
when it runs in the month (not cancelled, overlapping it) or has completions dated in it, so
the courses' totals equal the month's figures — sessions (not cancelled, in the month, up to
today), attendance 人次 and minutes (present, late or left early, the whole session's minutes),
completions. The distinct trainees are counted over all the courses, as ``month_figures`` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.db import Database
from desktop.models.people.identity import mask_id
from desktop.models.training import rules


@dataclass(frozen=True)
class CourseMonth:
    """One course's month."""

    course_id: int
    name: str
    kind: str
    form: str
    employer: str
    first_day: str
    last_day: str
    running: bool  # overlaps the month (else listed for its completions only)
    sessions: int
    attendances: int  # 人次: marks present, late or left early
    minutes: int
    completions: int


@dataclass(frozen=True)
class PersonEvent:
    """A trainee's completion or placement in the month (ID masked)."""

    day: str
    name: str
    masked_id: str
    course: str
    what: str  # "completion" or "placement"
    detail: str  # the attendance % of a completion; the employer and job of a placement
    employment_form: int | None


@dataclass(frozen=True)
class MonthDetail:
    """The month's courses and named events."""

    month: str
    courses: tuple[CourseMonth, ...]
    trainees: int
    events: tuple[PersonEvent, ...]


def month_detail(db: Database, month: str, today: date | None = None) -> MonthDetail:
    """The month's detail (ValidationError for a malformed month); sessions after ``today``
    (the clock's by default) have not been held yet."""
    first, last = rules.month_bounds(month)
    held_until = min(last, (today or db.clock.today()).isoformat())
    params = {"first": first, "last": last, "held": held_until}
    with db.read_snapshot():
        courses = tuple(CourseMonth(
            int(r["id"]), r["name"], r["kind"], r["form"], r["employer"], r["first_day"],
            r["last_day"], bool(r["running"]), int(r["sessions"]), int(r["attendances"]),
            int(r["minutes"]), int(r["completions"])) for r in db.query(_COURSES, params))
        trainees = int(db.scalar(
            "SELECT count(DISTINCT e.person_id) FROM training_session s"
            " JOIN training_course c ON c.id = s.course_id"
            " JOIN training_attendance a ON a.session_id = s.id"
            " JOIN training_enrolment e ON e.id = a.enrolment_id"
            " WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL"
            " AND s.day BETWEEN :first AND :held"
            " AND a.mark IN ('present', 'late', 'left_early')", params))
        events = [PersonEvent(r["completed_on"], r["name"], mask_id(r["id_number"]),
                              r["course"], "completion",
                              rules.percent_text(int(r["attended_sessions"]),
                                                 int(r["counted_sessions"])), None)
                  for r in db.query(
                      "SELECT e.completed_on, e.attended_sessions, e.counted_sessions, p.name,"
                      " p.id_number, c.name AS course FROM training_enrolment e"
                      " JOIN person p ON p.id = e.person_id"
                      " JOIN training_course c ON c.id = e.course_id"
                      " WHERE e.completed_on BETWEEN :first AND :last", params)]
        events += [PersonEvent(r["started_on"], r["name"], mask_id(r["id_number"]),
                               r["course"], "placement", f"{r['employer']}，{r['job']}",
                               int(r["employment_form"]))
                   for r in db.query(
                       "SELECT pl.started_on, pl.employer, pl.job, pl.employment_form, p.name,"
                       " p.id_number, c.name AS course FROM training_placement pl"
                       " JOIN training_enrolment e ON e.id = pl.enrolment_id"
                       " JOIN person p ON p.id = e.person_id"
                       " JOIN training_course c ON c.id = e.course_id"
                       " WHERE pl.voided_at IS NULL AND pl.started_on BETWEEN :first AND :last",
                       params)]
    # By day, completions before placements, then by name (a public-money list: named).
    events.sort(key=lambda e: (e.day, e.what != "completion", e.name, e.course))
    return MonthDetail(month, courses, trainees, tuple(events))


_COURSES = """
SELECT c.id, c.name, c.kind, c.form, c.employer, c.first_day, c.last_day,
       (c.cancelled_at IS NULL AND c.first_day <= :last AND c.last_day >= :first) AS running,
       (SELECT count(*) FROM training_session s WHERE s.course_id = c.id
            AND s.cancelled_at IS NULL AND c.cancelled_at IS NULL
            AND s.day BETWEEN :first AND :held) AS sessions,
       (SELECT count(*) FROM training_session s
            JOIN training_attendance a ON a.session_id = s.id
            WHERE s.course_id = c.id AND s.cancelled_at IS NULL AND c.cancelled_at IS NULL
            AND s.day BETWEEN :first AND :held
            AND a.mark IN ('present', 'late', 'left_early')) AS attendances,
       (SELECT coalesce(sum(s.minutes), 0) FROM training_session s
            JOIN training_attendance a ON a.session_id = s.id
            WHERE s.course_id = c.id AND s.cancelled_at IS NULL AND c.cancelled_at IS NULL
            AND s.day BETWEEN :first AND :held
            AND a.mark IN ('present', 'late', 'left_early')) AS minutes,
       (SELECT count(*) FROM training_enrolment e WHERE e.course_id = c.id
            AND e.completed_on BETWEEN :first AND :last) AS completions
FROM training_course c
WHERE (c.cancelled_at IS NULL AND c.first_day <= :last AND c.last_day >= :first)
   OR EXISTS (SELECT 1 FROM training_enrolment e WHERE e.course_id = c.id
              AND e.completed_on BETWEEN :first AND :last)
   OR EXISTS (SELECT 1 FROM training_session s WHERE s.course_id = c.id
              AND s.cancelled_at IS NULL AND c.cancelled_at IS NULL
              AND s.day BETWEEN :first AND :held)
ORDER BY c.first_day, c.id
"""
