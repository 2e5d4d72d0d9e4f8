"""Employment after a course: job placements and their follow-ups at 1, 3, 6 and 12 months
(就业推荐与跟踪回访), and the follow-ups that are due (Qt-free).

A placement belongs to a trainee's enrolment (the course that led to the job): employer, job,
the day work started and the employment form by its national code (2 集中就业, 3 个体就业,
5 辅助性就业, 6 农村种养加, 7 灵活就业). Its follow-up *n* is due ``n`` calendar months after
the start (:func:`rules.add_months`) and is overdue :data:`rules.OVERDUE_AFTER_DAYS` days
after that. A follow-up records the day it was done, whether the person is still employed and
the income band; it cannot be dated before its due day (a 6-month follow-up done the day
after the start would count the person as still employed at 6 months), nor after today, and
each of the four is recorded once (a wrong one is voided with a reason, then entered again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import month_close
from desktop.models.text_input import clean_line
from desktop.models.training import rules
from desktop.models.training.enrolment import load_enrolment
from desktop.models.training.rules import TrainingRefused


@dataclass
class PlacementInput:
    """What staff type for a placement."""

    employer: str
    job: str
    started_on: str
    employment_form: int


@dataclass(frozen=True)
class Placement:
    """A stored placement with the trainee's name and the course."""

    id: int
    enrolment_id: int
    person_id: int
    name: str
    course_name: str
    employer: str
    job: str
    started_on: str
    employment_form: int
    ended_on: str | None
    end_reason: str
    voided_at: str | None


@dataclass(frozen=True)
class FollowUp:
    """A stored follow-up."""

    id: int
    placement_id: int
    due_month: int
    done_on: str
    still_employed: int
    income_band: str
    note: str
    voided_at: str | None


@dataclass(frozen=True)
class FollowUpDue:
    """A follow-up not yet done whose day has come (``overdue``: more than
    :data:`rules.OVERDUE_AFTER_DAYS` days ago)."""

    placement_id: int
    person_id: int
    name: str
    employer: str
    due_month: int
    due_on: str
    overdue: bool


_PLACEMENT = ("SELECT pl.*, e.person_id, p.name, c.name AS course_name FROM training_placement pl"
              " JOIN training_enrolment e ON e.id = pl.enrolment_id"
              " JOIN person p ON p.id = e.person_id JOIN training_course c ON c.id = e.course_id")


def load_placement(db: Database, placement_id: int) -> Placement:
    """The placement; NotFoundError when there is none with that id."""
    row = db.query_one(_PLACEMENT + " WHERE pl.id = ?", (placement_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的就业记录"),
                                    id=placement_id))
    return row_as(Placement, row)


def placements(db: Database, *, person_id: int | None = None,
               include_voided: bool = False) -> list[Placement]:
    """Placements newest first (a person's when given)."""
    where = ["1 = 1"] + ([] if include_voided else ["pl.voided_at IS NULL"])
    params: list[object] = []
    if person_id is not None:
        where.append("e.person_id = ?")
        params.append(person_id)
    return [row_as(Placement, r) for r in db.query(
        _PLACEMENT + f" WHERE {' AND '.join(where)} ORDER BY pl.started_on DESC, pl.id DESC",
        params)]


def follow_ups(db: Database, placement_id: int) -> list[FollowUp]:
    """The placement's valid follow-ups by month."""
    return [row_as(FollowUp, r) for r in db.query(
        "SELECT * FROM training_follow_up WHERE placement_id = ? AND voided_at IS NULL"
        " ORDER BY due_month", (placement_id,))]


def add_placement(db: Database, enrolment_id: int, data: PlacementInput, *,
                  actor: Actor) -> int:
    """Record a job placement after the trainee's course, audited; returns its id. Refused,
    nothing written: bad input (ValidationError), a trainee on the waiting list, a start
    before the course began or after today (TrainingRefused), a start in a closed month."""
    rules.require_manage(actor)
    errors: dict[str, str] = {}
    employer, job = clean_line(data.employer), clean_line(data.job)
    if not employer or len(employer) > 60:
        errors["employer"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写就业单位（最多60个字）"))
    if not job or len(job) > 40:
        errors["job"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写岗位（最多40个字）"))
    if data.employment_form not in rules.EMPLOYMENT_FORMS:
        errors["employment_form"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "就业形式应为：2 集中就业、3 个体就业、5 辅助性就业、"
            "6 农村种养加、7 灵活就业"))
    try:
        started = rules.parse_day(data.started_on, "started_on")
    except ValidationError as error:
        errors.update(error.fields)
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        enrolment = load_enrolment(db, enrolment_id)
        course_first = str(db.scalar("SELECT first_day FROM training_course WHERE id = ?",
                                     (enrolment.course_id,)))
        if enrolment.enrolled_on is None:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 只在候补名单上，没有参加培训，不能登记培训后就业"),
                name=enrolment.name))
        if started < course_first:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "上岗日期 {day} 早于课程开始日期 {first}：请核对日期"), day=started,
                first=course_first))
        if started > db.clock.today().isoformat():
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "上岗日期 {day} 还没到：上岗后再登记"), day=started))
        month_close.ensure_month_open(db, started)
        values = {"enrolment_id": enrolment_id, "employer": employer, "job": job,
                  "started_on": started, "employment_form": data.employment_form}
        placement_id = int(db.execute(
            "INSERT INTO training_placement (enrolment_id, employer, job, started_on,"
            " employment_form, recorded_by, created_at) VALUES (:enrolment_id, :employer,"
            " :job, :started_on, :employment_form, :by, :at)",
            {**values, "by": actor.username, "at": now_iso(db.clock)}).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_placement",
                     record_id=placement_id, after=values)
    return placement_id


def end_placement(db: Database, placement_id: int, ended_on: str, reason: str, *,
                  actor: Actor) -> None:
    """Record that the job ended on ``ended_on`` (not before it started), with a reason,
    audited."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    ended = rules.parse_day(ended_on, "ended_on")
    with db.transaction():
        placement = load_placement(db, placement_id)
        if placement.voided_at or placement.ended_on:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条就业记录已作废或已离岗，不能再登记离岗")))
        if ended < placement.started_on:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "离岗日期 {day} 早于上岗日期 {start}：请核对日期"), day=ended,
                start=placement.started_on))
        db.execute("UPDATE training_placement SET ended_on = ?, end_reason = ? WHERE id = ?",
                   (ended, reason, placement_id))
        audit.record(db, actor=actor.username, action="update", table="training_placement",
                     record_id=placement_id, after={"ended_on": ended}, reason=reason)


def void_placement(db: Database, placement_id: int, reason: str, *, actor: Actor) -> None:
    """Void a placement entered by mistake (and so its follow-ups' count), audited."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    now = now_iso(db.clock)
    with db.transaction():
        placement = load_placement(db, placement_id)
        if placement.voided_at:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条就业记录已经作废了")))
        month_close.ensure_month_open(db, placement.started_on)
        db.execute("UPDATE training_placement SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (now, reason, placement_id))
        audit.record(db, actor=actor.username, action="void", table="training_placement",
                     record_id=placement_id, after={"voided_at": now}, reason=reason)


def add_follow_up(db: Database, placement_id: int, due_month: int, done_on: str, *,
                  still_employed: bool, actor: Actor, income_band: str = "",
                  note: str = "") -> int:
    """Record follow-up ``due_month`` (1, 3, 6 or 12) of a placement, done on ``done_on``,
    audited; returns its id. Refused, nothing written: a day before the follow-up is due
    (the start plus ``due_month`` months, :func:`rules.add_months`) or after today, that
    follow-up already recorded, a voided placement (TrainingRefused);
    bad input (ValidationError); a day in a closed month (MonthClosedError)."""
    rules.require_manage(actor)
    errors: dict[str, str] = {}
    if due_month not in rules.FOLLOW_UP_MONTHS:
        errors["due_month"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "回访应为上岗后第1、3、6或12个月"))
    if income_band not in rules.INCOME_BANDS:
        errors["income_band"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "月收入应为：{bands}"), bands="、".join(b for b in rules.INCOME_BANDS if b))
    try:
        done = rules.parse_day(done_on, "done_on")
    except ValidationError as error:
        errors.update(error.fields)
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        placement = load_placement(db, placement_id)
        if placement.voided_at:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条就业记录已经作废了，不能回访")))
        if done < placement.started_on:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "回访日期 {day} 早于上岗日期 {start}：请核对日期"), day=done,
                start=placement.started_on))
        due_on = rules.add_months(placement.started_on, due_month)
        if done < due_on:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "第 {months} 个月回访应在 {due} 以后（含当天）做：{name} {start} 上岗，"
                "回访日期 {day} 还没满 {months} 个月。请核对日期，到期后再登记"),
                months=due_month, due=due_on, name=placement.name, start=placement.started_on,
                day=done))
        if done > db.clock.today().isoformat():
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "回访日期 {day} 还没到：回访后再登记"), day=done))
        if db.scalar("SELECT 1 FROM training_follow_up WHERE placement_id = ? AND due_month = ?"
                     " AND voided_at IS NULL", (placement_id, due_month)):
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 上岗后第{months}个月的回访已经登记过了"),
                name=placement.name, months=due_month))
        month_close.ensure_month_open(db, done)
        values = {"placement_id": placement_id, "due_month": due_month, "done_on": done,
                  "still_employed": 1 if still_employed else 0, "income_band": income_band,
                  "note": clean_line(note)}
        follow_up_id = int(db.execute(
            "INSERT INTO training_follow_up (placement_id, due_month, done_on, still_employed,"
            " income_band, note, recorded_by, created_at) VALUES (:placement_id, :due_month,"
            " :done_on, :still_employed, :income_band, :note, :by, :at)",
            {**values, "by": actor.username, "at": now_iso(db.clock)}).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_follow_up",
                     record_id=follow_up_id, after=values)
    return follow_up_id


def void_follow_up(db: Database, follow_up_id: int, reason: str, *, actor: Actor) -> None:
    """Void a follow-up entered by mistake with a reason, audited."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    now = now_iso(db.clock)
    with db.transaction():
        row = db.query_one("SELECT done_on FROM training_follow_up WHERE id = ?"
                           " AND voided_at IS NULL", (follow_up_id,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的有效回访记录"), id=follow_up_id))
        month_close.ensure_month_open(db, row["done_on"])
        db.execute("UPDATE training_follow_up SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (now, reason, follow_up_id))
        audit.record(db, actor=actor.username, action="void", table="training_follow_up",
                     record_id=follow_up_id, after={"voided_at": now}, reason=reason)


def follow_ups_due(db: Database, today: date | None = None) -> list[FollowUpDue]:
    """The follow-ups whose day has come (on or before ``today``) and that were not recorded
    as done by then, of placements not voided, oldest first: the home page's list, and as of
    a past day the month's check. A placement that ended is still followed up (the
    follow-up records that the person is no longer employed)."""
    day = today or db.clock.today()
    overdue_before = (day - timedelta(days=rules.OVERDUE_AFTER_DAYS)).isoformat()
    done = {(int(r[0]), int(r[1])) for r in db.query(
        "SELECT placement_id, due_month FROM training_follow_up WHERE voided_at IS NULL"
        " AND done_on <= ?", (day.isoformat(),))}
    found = []
    for placement in db.query(
            _PLACEMENT + " WHERE pl.voided_at IS NULL AND pl.started_on <= ?",
            (day.isoformat(),)):
        for months in rules.FOLLOW_UP_MONTHS:
            due_on = rules.add_months(placement["started_on"], months)
            if due_on > day.isoformat() or (int(placement["id"]), months) in done:
                continue
            found.append(FollowUpDue(
                placement_id=int(placement["id"]), person_id=int(placement["person_id"]),
                name=placement["name"], employer=placement["employer"], due_month=months,
                due_on=due_on, overdue=due_on < overdue_before))
    return sorted(found, key=lambda f: (f.due_on, f.placement_id, f.due_month))
