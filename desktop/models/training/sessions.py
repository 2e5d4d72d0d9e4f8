"""A course's sessions (课次): the schedule that makes them, one added by hand, a session
cancelled with a reason (Qt-free).

A schedule is either weekly (on the given weekdays, 1 = Monday … 7 = Sunday, every week
between two days) or a list of days; either way exception days (holidays) are skipped, and
a day that already has a session at that time is left as it is. Every session lies within the
course's first and last day, or the whole schedule is refused and nothing written; so is a
session in a closed month. A cancelled session does not count against anyone's attendance
(:mod:`.completion`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import month_close
from desktop.models.times import parse_time
from desktop.models.training import rules
from desktop.models.training.courses import Course, load_course
from desktop.models.training.rules import TrainingRefused


@dataclass(frozen=True)
class Session:
    """A stored session (a row of ``training_session``)."""

    id: int
    course_id: int
    day: str
    starts_at: str
    ends_at: str
    minutes: int
    created_by: str
    created_at: str
    roll_called_at: str | None
    roll_called_by: str | None
    cancelled_at: str | None
    cancel_reason: str | None

    @property
    def cancelled(self) -> bool:
        """Whether the session was cancelled."""
        return self.cancelled_at is not None


@dataclass
class Schedule:
    """How to make sessions: ``weekdays`` (1–7) between ``first_day`` and ``last_day`` (the
    course's own dates when empty), or the listed ``days``; ``except_days`` skipped. Each
    session runs ``starts_at``–``ends_at`` (HH:MM) and counts the course's minutes per session
    unless ``minutes`` is given."""

    starts_at: str
    ends_at: str
    weekdays: Sequence[int] = ()
    first_day: str = ""
    last_day: str = ""
    days: Sequence[str] = ()
    except_days: Sequence[str] = field(default_factory=tuple)
    minutes: int | None = None


def load_session(db: Database, session_id: int) -> Session:
    """The session; NotFoundError when there is none with that id."""
    row = db.query_one("SELECT * FROM training_session WHERE id = ?", (session_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的培训课次"),
                                    id=session_id))
    return row_as(Session, row)


def sessions_of(db: Database, course_id: int, *, include_cancelled: bool = True) -> list[Session]:
    """The course's sessions by day and time."""
    where = "" if include_cancelled else " AND cancelled_at IS NULL"
    return [row_as(Session, r) for r in db.query(
        "SELECT * FROM training_session WHERE course_id = ?" + where + " ORDER BY day, starts_at",
        (course_id,))]


def sessions_on(db: Database, day: str) -> list[Session]:
    """Every session on ``day`` of a course not cancelled (cancelled sessions included), by
    time: the day's roll calls."""
    return [row_as(Session, r) for r in db.query(
        "SELECT s.* FROM training_session s JOIN training_course c ON c.id = s.course_id"
        " WHERE s.day = ? AND c.cancelled_at IS NULL ORDER BY s.starts_at, s.id",
        (rules.parse_day(day),))]


def schedule_days(course: Course, schedule: Schedule) -> list[str]:
    """The days ``schedule`` gives for ``course``, sorted, without the exception days;
    ValidationError for a malformed day or weekday, or for neither weekdays nor days."""
    skip = {rules.parse_day(d, "except_days") for d in schedule.except_days}
    if schedule.days:
        days = {rules.parse_day(d, "days") for d in schedule.days}
    elif schedule.weekdays:
        if any(w not in range(1, 8) for w in schedule.weekdays):
            raise ValidationError({"weekdays": Message(QT_TRANSLATE_NOOP(
                "Messages", "星期应为1–7（星期一到星期日）"))})
        first = date.fromisoformat(rules.parse_day(schedule.first_day or course.first_day,
                                                   "first_day"))
        last = date.fromisoformat(rules.parse_day(schedule.last_day or course.last_day,
                                                  "last_day"))
        days = {(first + timedelta(n)).isoformat() for n in range((last - first).days + 1)
                if (first + timedelta(n)).isoweekday() in schedule.weekdays}
    else:
        raise ValidationError({"weekdays": Message(QT_TRANSLATE_NOOP(
            "Messages", "请选择每周上课的星期，或列出上课日期"))})
    return sorted(days - skip)


def _times(schedule: Schedule, course: Course) -> tuple[str, str, int]:
    starts, ends = parse_time(schedule.starts_at, "starts_at"), parse_time(schedule.ends_at,
                                                                          "ends_at")
    if ends <= starts:
        raise ValidationError({"ends_at": Message(QT_TRANSLATE_NOOP(
            "Messages", "下课时间 {ends} 应晚于上课时间 {starts}"), ends=ends, starts=starts)})
    minutes = course.minutes_per_session if schedule.minutes is None else schedule.minutes
    if not 1 <= minutes <= 1440:
        raise ValidationError({"minutes": Message(QT_TRANSLATE_NOOP(
            "Messages", "每次课时长应为1–1440分钟"))})
    return starts, ends, minutes


def add_sessions(db: Database, course_id: int, schedule: Schedule, *, actor: Actor) -> list[int]:
    """Make the schedule's sessions in one audited transaction; returns the new ids (days
    that already have a session at that time are skipped). Refused, nothing written: a day
    outside the course's dates (TrainingRefused naming it), a cancelled course, a day in a
    closed month (MonthClosedError), bad input (ValidationError)."""
    rules.require_manage(actor)
    course = load_course(db, course_id)
    days = schedule_days(course, schedule)
    starts, ends, minutes = _times(schedule, course)
    if not days:
        raise ValidationError({"days": Message(QT_TRANSLATE_NOOP(
            "Messages", "按这个安排没有上课日期：请检查星期和日期"))})
    now = now_iso(db.clock)
    with db.transaction():
        course = load_course(db, course_id)
        if course.cancelled:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{name}”已取消，不能再排课"), name=course.name))
        for day in days:
            if not course.first_day <= day <= course.last_day:
                raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                    "Messages", "上课日期 {day} 不在课程“{name}”的起止日期（{first}至{last}）内："
                    "请改日期，或先修改课程的起止日期"), day=day, name=course.name,
                    first=course.first_day, last=course.last_day))
        for day in days:
            month_close.ensure_month_open(db, day)
        existing = {r[0] for r in db.query(
            "SELECT day FROM training_session WHERE course_id = ? AND starts_at = ?"
            " AND cancelled_at IS NULL", (course_id, starts))}
        new_ids = []
        for day in days:
            if day in existing:
                continue
            new_ids.append(int(db.execute(
                "INSERT INTO training_session (course_id, day, starts_at, ends_at, minutes,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (course_id, day, starts, ends, minutes, actor.username, now)).lastrowid or 0))
        if new_ids:
            audit.record(db, actor=actor.username, action="create", table="training_session",
                         record_id=new_ids[0],
                         after={"course_id": course_id, "days": [d for d in days
                                                                 if d not in existing],
                                "starts_at": starts, "ends_at": ends, "minutes": minutes})
    return new_ids


def add_session(db: Database, course_id: int, day: str, starts_at: str, ends_at: str, *,
                actor: Actor, minutes: int | None = None) -> int:
    """Add one session (a make-up class); returns its id. The same refusals as
    :func:`add_sessions`, and TrainingRefused when that day already has a session then."""
    made = add_sessions(db, course_id, Schedule(starts_at, ends_at, days=[day], minutes=minutes),
                        actor=actor)
    if not made:
        raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "{day} {starts} 已经有这门课了"), day=rules.parse_day(day),
            starts=parse_time(starts_at, "starts_at")))
    return made[0]


def cancel_session(db: Database, session_id: int, reason: str, *, actor: Actor) -> None:
    """Cancel a session with a reason in one audited transaction; its marks stay but no
    longer count. Refused for a session already cancelled or in a closed month."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    now = now_iso(db.clock)
    with db.transaction():
        session = load_session(db, session_id)
        if session.cancelled:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{day} 的课已经取消过了"), day=session.day))
        month_close.ensure_month_open(db, session.day)
        db.execute("UPDATE training_session SET cancelled_at = ?, cancel_reason = ? WHERE id = ?",
                   (now, reason, session_id))
        audit.record(db, actor=actor.username, action="cancel", table="training_session",
                     record_id=session_id, after={"day": session.day, "cancelled_at": now},
                     reason=reason)
