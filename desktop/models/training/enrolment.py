"""Enrolment (报名): a trainee on a course or on its waiting list, promoted when a place is
free, withdrawn with a reason (Qt-free).

Anyone on the register who is not archived may enrol, member or not. A course holds
``capacity`` enrolled trainees; enrolling one more is refused with :class:`CourseFull`, whose
message offers the waiting list, and staff then enrol them with ``waiting=True``. The waiting
list is served in the order people joined it (:func:`waiting_list`); :func:`promote` gives a
waiting person a place when one is free. A cancelled course or one that has ended takes no one.
Nothing is deleted: a withdrawal keeps the row with its day and reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.training import rules
from desktop.models.training.courses import Course, load_course
from desktop.models.training.rules import CourseFull, TrainingRefused


@dataclass(frozen=True)
class Enrolment:
    """A row of ``training_enrolment`` with the trainee's name. ``attended_sessions``,
    ``counted_sessions`` and ``attended_minutes`` are those at completion (None before)."""

    id: int
    course_id: int
    person_id: int
    name: str
    status: str
    applied_on: str
    enrolled_on: str | None
    withdrawn_on: str | None
    withdraw_reason: str | None
    assessment: str | None
    assessment_score: int | None
    completed_on: str | None
    attended_sessions: int | None
    counted_sessions: int | None
    attended_minutes: int | None

    @property
    def completed(self) -> bool:
        """Whether the trainee completed the course (结业)."""
        return self.completed_on is not None


_SELECT = ("SELECT e.*, p.name FROM training_enrolment e JOIN person p ON p.id = e.person_id")


def load_enrolment(db: Database, enrolment_id: int) -> Enrolment:
    """The enrolment; NotFoundError when there is none with that id."""
    row = db.query_one(_SELECT + " WHERE e.id = ?", (enrolment_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的报名记录"),
                                    id=enrolment_id))
    return row_as(Enrolment, row)


def enrolments_of(db: Database, course_id: int, *,
                  statuses: tuple[str, ...] = ("enrolled", "waiting", "withdrawn")
                  ) -> list[Enrolment]:
    """The course's enrolments with the given statuses: enrolled first (by name order), then
    the waiting list in its order, then the withdrawn."""
    marks = ", ".join("?" * len(statuses))
    return [row_as(Enrolment, r) for r in db.query(
        _SELECT + f" WHERE e.course_id = ? AND e.status IN ({marks})"
        " ORDER BY CASE e.status WHEN 'enrolled' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END,"
        " CASE e.status WHEN 'waiting' THEN e.applied_on || printf('%012d', e.id)"
        " ELSE p.name_sort END, e.id", (course_id, *statuses))]


def waiting_list(db: Database, course_id: int) -> list[Enrolment]:
    """The course's waiting list, first come first."""
    return enrolments_of(db, course_id, statuses=("waiting",))


def enrolments_of_person(db: Database, person_id: int) -> list[Enrolment]:
    """A person's enrolments, newest first (the person's training history)."""
    return [row_as(Enrolment, r) for r in db.query(
        _SELECT + " WHERE e.person_id = ? ORDER BY e.applied_on DESC, e.id DESC", (person_id,))]


def places_taken(db: Database, course_id: int) -> int:
    """How many trainees are enrolled (the waiting list and the withdrawn not counted)."""
    return int(db.scalar("SELECT count(*) FROM training_enrolment WHERE course_id = ?"
                         " AND status = 'enrolled'", (course_id,)))


def _open_course(db: Database, course_id: int, today: str) -> Course:
    course = load_course(db, course_id)
    if course.cancelled:
        raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "课程“{name}”已取消，不能报名"), name=course.name))
    if course.last_day < today:
        raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "课程“{name}”已于 {last} 结束，不能再报名"), name=course.name,
            last=course.last_day))
    return course


def enrol(db: Database, course_id: int, person_id: int, *, actor: Actor,
          waiting: bool = False) -> int:
    """Enrol the person today (or put them on the waiting list with ``waiting=True``) in one
    audited transaction; returns the enrolment's id.

    Refused, nothing written: the course is full (CourseFull, offering the waiting list), the
    person is archived or unknown (NotFoundError), already enrolled or waiting, the course
    cancelled or ended (TrainingRefused)."""
    rules.require_manage(actor)
    today = db.clock.today().isoformat()
    now = now_iso(db.clock)
    with db.transaction():
        name = rules.ensure_trainee(db, person_id)
        course = _open_course(db, course_id, today)
        current = db.scalar("SELECT status FROM training_enrolment WHERE course_id = ?"
                            " AND person_id = ? AND status <> 'withdrawn'", (course_id, person_id))
        if current is not None:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 已经在课程“{course}”的{where}上了"), name=name,
                course=course.name, where=Message(QT_TRANSLATE_NOOP("Messages", "报名名单"))
                if current == "enrolled" else Message(QT_TRANSLATE_NOOP("Messages", "候补名单"))))
        taken = places_taken(db, course_id)
        if not waiting and taken >= course.capacity:
            raise CourseFull(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{course}”已满（{capacity}人），{name} 没有报上：可以把 {name}"
                " 登记到候补名单，有人退出时按先后递补"), course=course.name,
                capacity=course.capacity, name=name))
        status = "waiting" if waiting else "enrolled"
        enrolment_id = int(db.execute(
            "INSERT INTO training_enrolment (course_id, person_id, status, applied_on,"
            " enrolled_on, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (course_id, person_id, status, today, None if waiting else today, actor.username,
             now, now)).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_enrolment",
                     record_id=enrolment_id,
                     after={"course_id": course_id, "person_id": person_id, "status": status})
    return enrolment_id


def promote(db: Database, enrolment_id: int, *, actor: Actor) -> None:
    """Give a person on the waiting list a place (enrolled from today), audited. Refused
    when they are not waiting, when the course is full, cancelled or ended; someone ahead of
    them on the list does not stop it (staff may have reasons), but the list's order is
    :func:`waiting_list`'s."""
    rules.require_manage(actor)
    today = db.clock.today().isoformat()
    with db.transaction():
        enrolment = load_enrolment(db, enrolment_id)
        course = _open_course(db, enrolment.course_id, today)
        if enrolment.status != "waiting":
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 不在候补名单上"), name=enrolment.name))
        if places_taken(db, course.id) >= course.capacity:
            raise CourseFull(Message(QT_TRANSLATE_NOOP(
                "Messages", "课程“{course}”仍然满员（{capacity}人）：有人退出后才能递补"),
                course=course.name, capacity=course.capacity))
        db.execute("UPDATE training_enrolment SET status = 'enrolled', enrolled_on = ?,"
                   " updated_at = ? WHERE id = ?", (today, now_iso(db.clock), enrolment_id))
        audit.record(db, actor=actor.username, action="update", table="training_enrolment",
                     record_id=enrolment_id, before={"status": "waiting"},
                     after={"status": "enrolled", "enrolled_on": today})


def withdraw(db: Database, enrolment_id: int, reason: str, *, actor: Actor,
             day: str | None = None) -> None:
    """Withdraw a trainee (or take them off the waiting list) on ``day`` (today by
    default) with a reason, audited. Sessions from that day on no longer count for them.
    Refused for a trainee already withdrawn or completed, and for a day before they applied
    or after today."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    on = rules.parse_day(day or db.clock.today(), "day")
    with db.transaction():
        enrolment = load_enrolment(db, enrolment_id)
        if enrolment.status == "withdrawn":
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 已于 {day} 退出"), name=enrolment.name,
                day=enrolment.withdrawn_on))
        if enrolment.completed:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 已于 {day} 结业，不能再退出"), name=enrolment.name,
                day=enrolment.completed_on))
        if on < enrolment.applied_on or on > db.clock.today().isoformat():
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "退出日期 {day} 应在报名日期 {applied} 和今天之间：请核对日期"),
                day=on, applied=enrolment.applied_on))
        db.execute("UPDATE training_enrolment SET status = 'withdrawn', withdrawn_on = ?,"
                   " withdraw_reason = ?, updated_at = ? WHERE id = ?",
                   (on, reason, now_iso(db.clock), enrolment_id))
        audit.record(db, actor=actor.username, action="update", table="training_enrolment",
                     record_id=enrolment_id, before={"status": enrolment.status},
                     after={"status": "withdrawn", "withdrawn_on": on}, reason=reason)
