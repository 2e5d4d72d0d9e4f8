"""Completion (结业): a trainee's attendance, the course's rule, the assessment (Qt-free).

The attendance rule, written down once:

- A trainee's **counted sessions** are the course's sessions that are not cancelled, dated
  from the day they were enrolled (a trainee promoted from the waiting list is not held to
  sessions before that), before the day they withdrew if they did, and on or before the
  *reference day* — the course's last day, or today while the course runs — less the sessions
  where they are marked **excused** (请假: counted out of the denominator).
- Their **attended sessions** are those marked present, late or left early (出勤、迟到、早退).
  Absent, and a held session without a mark, count against them.
- **Attendance %** = attended ÷ counted × 100, shown with one decimal rounded down
  (:func:`rules.percent_text`); the rule is met when attended × 100 ≥ min % × counted, in
  whole numbers, so 79.96 % never passes an 80 % rule.
- **Attended minutes** are the minutes of the attended sessions (a late or early-leaving
  trainee is counted the whole session: no times are recorded).

:func:`complete` records 结业 only when: the course has no session left after the completion
day, every counted session has had its roll call, the rule is met (refused otherwise with the %
and the rule), and, if the course requires it, the assessment was passed. The counts at that
moment are kept on the enrolment. :func:`year_completion` computes every enrolment of a year's
courses in one grouped query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import month_close
from desktop.models.training import rules
from desktop.models.training.courses import load_course
from desktop.models.training.enrolment import load_enrolment
from desktop.models.training.rules import TrainingRefused


@dataclass(frozen=True)
class Attendance:
    """One trainee's attendance on a course up to the reference day (module docstring).

    ``held`` are the sessions counted before excused ones are taken out; ``unmarked`` the
    held sessions without a mark (no roll call for them yet)."""

    enrolment_id: int
    held: int
    attended: int
    excused: int
    unmarked: int
    attended_minutes: int
    min_pct: int

    @property
    def counted(self) -> int:
        """The denominator: held sessions less excused ones."""
        return self.held - self.excused

    @property
    def percent(self) -> str:
        """Attendance % with one decimal, rounded down (``—`` with nothing counted)."""
        return rules.percent_text(self.attended, self.counted)

    @property
    def meets_rule(self) -> bool:
        """Whether the course's minimum attendance is reached."""
        return rules.meets_rule(self.attended, self.counted, self.min_pct)


@dataclass(frozen=True)
class CompletionRow:
    """An enrolment of a year's course with its attendance and completion (a row of
    :func:`year_completion`)."""

    course_id: int
    course_name: str
    enrolment_id: int
    person_id: int
    name: str
    attendance: Attendance
    assessment_required: bool
    assessment: str | None
    completed_on: str | None


# Per enrolment: its counted sessions up to the reference day and its marks (module docstring).
_COUNTS = """
SELECT e.id AS enrolment_id, e.course_id, e.person_id, e.assessment, e.completed_on,
       c.name AS course_name, c.min_attendance_pct, c.assessment_required, p.name,
       count(s.id) AS held,
       coalesce(sum(a.mark IN ('present', 'late', 'left_early')), 0) AS attended,
       coalesce(sum(a.mark = 'excused'), 0) AS excused,
       coalesce(sum(s.id IS NOT NULL AND a.id IS NULL), 0) AS unmarked,
       coalesce(sum(CASE WHEN a.mark IN ('present', 'late', 'left_early')
                    THEN s.minutes ELSE 0 END), 0) AS minutes
FROM training_enrolment e
JOIN training_course c ON c.id = e.course_id
JOIN person p ON p.id = e.person_id
LEFT JOIN training_session s ON s.course_id = e.course_id AND s.cancelled_at IS NULL
     AND s.day >= e.enrolled_on AND s.day <= min(c.last_day, :today)
     AND (e.withdrawn_on IS NULL OR s.day < e.withdrawn_on)
LEFT JOIN training_attendance a ON a.session_id = s.id AND a.enrolment_id = e.id
WHERE e.enrolled_on IS NOT NULL AND {where}
GROUP BY e.id
"""


def _attendance(r: sqlite3.Row) -> Attendance:
    return Attendance(enrolment_id=int(r["enrolment_id"]), held=int(r["held"]),
                      attended=int(r["attended"]), excused=int(r["excused"]),
                      unmarked=int(r["unmarked"]), attended_minutes=int(r["minutes"]),
                      min_pct=int(r["min_attendance_pct"]))


def attendance(db: Database, enrolment_id: int, *, today: str | None = None) -> Attendance:
    """The trainee's attendance up to the reference day (the course's last day, or ``today``
    — the clock's by default — while it runs). A waiting-list entry has nothing counted."""
    day = today or db.clock.today().isoformat()
    row = db.query_one(_COUNTS.format(where="e.id = :id"), {"id": enrolment_id, "today": day})
    if row is None:
        load_enrolment(db, enrolment_id)  # NotFoundError for an unknown id
        course_pct = db.scalar("SELECT c.min_attendance_pct FROM training_enrolment e JOIN"
                               " training_course c ON c.id = e.course_id WHERE e.id = ?",
                               (enrolment_id,))
        return Attendance(enrolment_id, 0, 0, 0, 0, 0, int(course_pct))
    return _attendance(row)


def course_attendance(db: Database, course_id: int, *,
                      today: str | None = None) -> list[CompletionRow]:
    """Every enrolled (or withdrawn after enrolling) trainee of the course with their
    attendance, by name."""
    day = today or db.clock.today().isoformat()
    return _rows(db, "e.course_id = :course", "p.name_sort, e.id",
                 {"course": course_id, "today": day})


def completion_row(db: Database, enrolment_id: int, *,
                   today: str | None = None) -> CompletionRow | None:
    """One enrolment's row as :func:`year_completion` gives it, counted up to ``today``
    (None for a waiting-list entry, which has nothing counted)."""
    day = today or db.clock.today().isoformat()
    found = _rows(db, "e.id = :id", "e.id", {"id": enrolment_id, "today": day})
    return found[0] if found else None


def year_completion(db: Database, year: int, *, today: str | None = None) -> list[CompletionRow]:
    """Attendance and completion of every trainee of every course running in ``year`` (not
    cancelled), in one query pass: by course start, course, then name."""
    day = today or db.clock.today().isoformat()
    return _rows(db, "c.cancelled_at IS NULL AND c.first_day <= :last AND c.last_day >= :first",
                 "c.first_day, c.id, p.name_sort, e.id",
                 {"first": f"{year}-01-01", "last": f"{year}-12-31", "today": day})


def _rows(db: Database, where: str, order: str,
          params: dict[str, object]) -> list[CompletionRow]:
    sql = _COUNTS.format(where=where) + " ORDER BY " + order
    return [CompletionRow(
        course_id=int(r["course_id"]), course_name=r["course_name"],
        enrolment_id=int(r["enrolment_id"]), person_id=int(r["person_id"]), name=r["name"],
        attendance=_attendance(r), assessment_required=bool(r["assessment_required"]),
        assessment=r["assessment"], completed_on=r["completed_on"])
        for r in db.query(sql, params)]


def record_assessment(db: Database, enrolment_id: int, result: str | None, *, actor: Actor,
                      score: int | None = None) -> None:
    """Record the assessment (考核): ``passed``, ``failed`` or None (not assessed), with an
    optional score 0–100, audited. Refused for a withdrawn trainee or one already completed
    (the completion rests on it)."""
    rules.require_manage(actor)
    errors: dict[str, str] = {}
    if result not in (None, "passed", "failed"):
        errors["assessment"] = Message(QT_TRANSLATE_NOOP("Messages", "考核结果应为合格或不合格"))
    if score is not None and not 0 <= score <= 100:
        errors["assessment_score"] = Message(QT_TRANSLATE_NOOP("Messages", "考核分数应为0–100"))
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        enrolment = load_enrolment(db, enrolment_id)
        if enrolment.status != "enrolled":
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 不在报名名单上（已退出或在候补），不能记录考核"),
                name=enrolment.name))
        if enrolment.completed:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 已于 {day} 结业，考核结果不能再改"), name=enrolment.name,
                day=enrolment.completed_on))
        db.execute("UPDATE training_enrolment SET assessment = ?, assessment_score = ?,"
                   " updated_at = ? WHERE id = ?",
                   (result, score, now_iso(db.clock), enrolment_id))
        audit.record(db, actor=actor.username, action="update", table="training_enrolment",
                     record_id=enrolment_id,
                     before={"assessment": enrolment.assessment,
                             "assessment_score": enrolment.assessment_score},
                     after={"assessment": result, "assessment_score": score})


def complete(db: Database, enrolment_id: int, *, actor: Actor,
             day: str | None = None) -> Attendance:
    """Record the trainee's completion (结业) on ``day`` (today by default), keeping the
    counts; returns the attendance it rests on. Refused, nothing written (TrainingRefused):
    not enrolled, already completed, sessions still to come after ``day``, held sessions
    without a roll call, attendance below the rule (the message gives the % and the rule),
    the required assessment not passed; a day in a closed month (MonthClosedError)."""
    rules.require_manage(actor)
    on = rules.parse_day(day or db.clock.today(), "day")
    with db.transaction():
        enrolment = load_enrolment(db, enrolment_id)
        course = load_course(db, enrolment.course_id)
        if enrolment.status != "enrolled":
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 不在报名名单上（已退出或在候补），不能结业"),
                name=enrolment.name))
        if enrolment.completed:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 已于 {day} 结业"), name=enrolment.name,
                day=enrolment.completed_on))
        month_close.ensure_month_open(db, on)
        later = int(db.scalar("SELECT count(*) FROM training_session WHERE course_id = ?"
                              " AND cancelled_at IS NULL AND day > ?", (course.id, on)))
        if later:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{course}”在 {day} 之后还有 {count} 次课：课程上完后再办理结业"),
                course=course.name, day=on, count=later))
        figures = attendance(db, enrolment_id, today=on)
        if figures.unmarked:
            first = db.scalar(
                "SELECT min(s.day) FROM training_session s WHERE s.course_id = ?"
                " AND s.cancelled_at IS NULL AND s.day >= ? AND s.day <= ?"
                " AND NOT EXISTS (SELECT 1 FROM training_attendance a WHERE a.session_id = s.id"
                " AND a.enrolment_id = ?)", (course.id, enrolment.enrolled_on, on, enrolment_id))
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 还有 {count} 次课没有点名（最早 {day}）："
                "请先补点名，再办理结业"),
                name=enrolment.name, count=figures.unmarked, day=first))
        if not figures.meets_rule:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 出勤率 {percent}（{attended}/{counted} 次），低于课程要求的"
                " {rule}%，不能结业"), name=enrolment.name, percent=figures.percent,
                attended=figures.attended, counted=figures.counted, rule=course.min_attendance_pct))
        if course.assessment_required and enrolment.assessment != "passed":
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{course}”要求考核合格才能结业，{name} 的考核{state}"),
                course=course.name, name=enrolment.name,
                state=Message(QT_TRANSLATE_NOOP("Messages", "不合格"))
                if enrolment.assessment == "failed"
                else Message(QT_TRANSLATE_NOOP("Messages", "还没有记录"))))
        db.execute("UPDATE training_enrolment SET completed_on = ?, attended_sessions = ?,"
                   " counted_sessions = ?, attended_minutes = ?, completed_by = ?,"
                   " updated_at = ? WHERE id = ?",
                   (on, figures.attended, figures.counted, figures.attended_minutes,
                    actor.username, now_iso(db.clock), enrolment_id))
        audit.record(db, actor=actor.username, action="update", table="training_enrolment",
                     record_id=enrolment_id,
                     after={"completed_on": on, "attended_sessions": figures.attended,
                            "counted_sessions": figures.counted,
                            "attended_minutes": figures.attended_minutes})
    return figures
