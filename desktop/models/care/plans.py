"""Individual service plans (个别化服务计划): what the centre means to achieve with a member and
the services that serve it, on which weekdays and for how long, reviewed every few months and
signed by the guardian.

Rules kept here:

- A member has at most one plan on any day. A new plan ends the one before it on the day
  before it starts; it may not start on or before the start of an existing plan (change that
  plan instead), and an edited plan may not overlap another.
- The review date defaults to the start plus the review interval (setting
  ``care.review_months``, :func:`~desktop.models.care.day_care.review_months`) and is never
  before the start. Recording a review moves it on by the interval from the review's day.
- The guardian's signature (name and date) is filled in when the signed paper comes back;
  both or neither.
- Each service is one of the centre's care services (``care_service``), on weekdays written
  as ISO digits (``12345`` Monday to Friday), with minutes where the service counts them.
- Every change is one transaction with its audit entry (the plan with its services).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.centre import set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.care.day_care import (
    REVIEW_MONTHS_KEY,
    CareService,
    add_months,
    ensure_day_care_member,
    require_care,
    review_months,
    services,
)
from desktop.models.care.profile import ensure_profile, parse_day
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_name, clean_text, compact

GOALS_MAX = 2000
GOAL_MAX = 200
NOTES_MAX = 1000
SIGNER_MAX = 50
MINUTES_MAX = 720
REVIEW_MONTHS_RANGE = (1, 24)
WEEKDAYS = "1234567"


@dataclass(frozen=True)
class PlanServiceInput:
    """One service of the plan as the form holds it: the service's key, the ISO weekday
    digits it is given on, the minutes (services that count minutes; None: the service's
    default) and the goal it serves."""

    service: str
    weekdays: str = "12345"
    minutes: int | None = None
    goal: str = ""


@dataclass(frozen=True)
class PlanInput:
    """What the plan form holds, dates as YYYY-MM-DD; ``review_on`` empty: the start plus
    the review interval."""

    goals: str
    starts_on: str
    review_on: str = ""
    services: tuple[PlanServiceInput, ...] = ()
    guardian_signed_by: str = ""
    guardian_signed_on: str = ""


@dataclass(frozen=True)
class PlanService:
    """A stored service of a plan, with the service's name."""

    service: str
    name: str
    weekdays: str
    minutes: int | None
    goal: str

    def applies_on(self, day: date) -> bool:
        """Whether the plan gives this service on ``day`` (by its ISO weekday)."""
        return str(day.isoweekday()) in self.weekdays


@dataclass(frozen=True)
class Plan:
    """A stored plan with its services (in the services' column order)."""

    id: int
    person_id: int
    starts_on: str
    review_on: str
    goals: str
    guardian_signed_by: str
    guardian_signed_on: str | None
    reviewed_on: str | None
    review_notes: str
    ended_on: str | None
    services: tuple[PlanService, ...]

    def active_on(self, day: str) -> bool:
        """Whether the plan is in force on ``day`` (YYYY-MM-DD)."""
        return self.starts_on <= day and (self.ended_on is None or self.ended_on >= day)

    @property
    def signed(self) -> bool:
        """Whether the signed paper has come back."""
        return bool(self.guardian_signed_by)

    def as_input(self) -> PlanInput:
        """The plan as form input (for editing)."""
        return PlanInput(self.goals, self.starts_on, self.review_on, tuple(
            PlanServiceInput(s.service, s.weekdays, s.minutes, s.goal) for s in self.services),
            self.guardian_signed_by, self.guardian_signed_on or "")


# -- checking input -----------------------------------------------------------------------------
def _review_before_start(review: date, start: date) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "评估日期 {review_on} 早于计划开始日期 {starts_on}：评估日期应在计划开始之后"),
        review_on=review.isoformat(), starts_on=start.isoformat())


def _service_values(db: Database, items: tuple[PlanServiceInput, ...],
                    errors: dict[str, str]) -> list[dict[str, Any]]:
    known: dict[str, CareService] = {s.key: s for s in services(db, include_inactive=True)}
    rows: list[dict[str, Any]] = []
    problems: list[Message] = []
    seen: set[str] = set()
    for item in items:
        key = (item.service or "").strip()
        found = known.get(key)
        if found is None:
            problems.append(Message(QT_TRANSLATE_NOOP("Messages", "没有“{key}”这项照料服务"),
                                    key=key))
            continue
        if key in seen:
            problems.append(Message(QT_TRANSLATE_NOOP("Messages", "服务“{name}”列了两次"),
                                    name=found.name))
            continue
        seen.add(key)
        days = compact(item.weekdays)
        if not days or any(c not in WEEKDAYS for c in days):
            problems.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "服务“{name}”的每周安排应为1–7的数字（1是星期一，7是星期日），"
                            "如 12345，现在是“{weekdays}”"), name=found.name,
                weekdays=item.weekdays))
            continue
        minutes = item.minutes if item.minutes is not None else found.default_minutes
        if not found.counts_minutes:
            minutes = None
        elif minutes is None or not 1 <= minutes <= MINUTES_MAX:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "服务“{name}”的时长应为1–{limit}分钟"), name=found.name,
                limit=MINUTES_MAX))
            continue
        goal = clean_text(item.goal)
        if len(goal) > GOAL_MAX:
            problems.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "服务“{name}”的目标最多{limit}个字"), name=found.name,
                limit=GOAL_MAX))
            continue
        rows.append({"service": key, "weekdays": "".join(sorted(set(days))),
                     "minutes": minutes, "goal": goal, "sort": found.sort})
    if problems:
        errors["services"] = problems[0]
    elif not rows:
        errors["services"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请至少安排一项服务（勾选星期几提供）"))
    return sorted(rows, key=lambda r: (r["sort"], r["service"]))


def _values(db: Database, data: PlanInput) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The plan's columns and its services as stored; ValidationError (field → message)."""
    errors: dict[str, str] = {}
    goals = clean_text(data.goals)
    if not goals:
        errors["goals"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写服务目标"))
    elif len(goals) > GOALS_MAX:
        errors["goals"] = Message(QT_TRANSLATE_NOOP("Messages", "服务目标最多{limit}个字"),
                                  limit=GOALS_MAX)
    start = review = signed_on = None
    try:
        start = parse_day(data.starts_on, "starts_on",
                          Message(QT_TRANSLATE_NOOP("Messages", "计划开始日期")))
    except ValidationError as exc:
        errors.update(exc.fields)
    try:
        if (data.review_on or "").strip():
            review = parse_day(data.review_on, "review_on",
                               Message(QT_TRANSLATE_NOOP("Messages", "评估日期")))
        elif start is not None:
            review = add_months(start, review_months(db))
    except ValidationError as exc:
        errors.update(exc.fields)
    if start is not None and review is not None and review < start:
        errors["review_on"] = _review_before_start(review, start)
    signer = clean_name(data.guardian_signed_by)
    if (data.guardian_signed_on or "").strip():
        try:
            signed_on = parse_day(data.guardian_signed_on, "guardian_signed_on",
                                  Message(QT_TRANSLATE_NOOP("Messages", "监护人签字日期")))
        except ValidationError as exc:
            errors.update(exc.fields)
        if signed_on is not None and signed_on > db.clock.today():
            errors["guardian_signed_on"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "监护人签字日期不能晚于今天"))
    if len(signer) > SIGNER_MAX:
        errors["guardian_signed_by"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "签字人姓名最多{limit}个字"), limit=SIGNER_MAX)
    elif signer and signed_on is None and "guardian_signed_on" not in errors:
        errors["guardian_signed_on"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写监护人签字的日期"))
    elif not signer and signed_on is not None:
        errors["guardian_signed_by"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写签字的监护人姓名"))
    rows = _service_values(db, data.services, errors)
    if errors:
        raise ValidationError(errors)
    assert start is not None and review is not None
    return ({"starts_on": start.isoformat(), "review_on": review.isoformat(), "goals": goals,
             "guardian_signed_by": signer,
             "guardian_signed_on": signed_on.isoformat() if signed_on else None}, rows)


# -- reading ------------------------------------------------------------------------------------
_PLAN_COLUMNS = ("person_id", "starts_on", "review_on", "goals", "guardian_signed_by",
                 "guardian_signed_on", "reviewed_on", "review_notes", "ended_on")


def _plan_services(db: Database, plan_id: int) -> tuple[PlanService, ...]:
    return tuple(PlanService(r["service"], r["name"], r["weekdays"], r["minutes"], r["goal"])
                 for r in db.query(
                     "SELECT ps.service, s.name, ps.weekdays, ps.minutes, ps.goal"
                     " FROM care_plan_service ps JOIN care_service s ON s.key = ps.service"
                     " WHERE ps.plan_id = ? ORDER BY s.sort, s.key", (plan_id,)))


def _plan(db: Database, row: Any) -> Plan:
    return Plan(row["id"], row["person_id"], row["starts_on"], row["review_on"], row["goals"],
                row["guardian_signed_by"], row["guardian_signed_on"], row["reviewed_on"],
                row["review_notes"], row["ended_on"], _plan_services(db, row["id"]))


def _row(db: Database, plan_id: int) -> dict[str, Any]:
    row = db.query_one("SELECT * FROM care_plan WHERE id = ?", (plan_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的服务计划"), id=plan_id))
    return dict(row)


def _logged(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """The plan as its audit entry shows it: its columns and its services."""
    values = {key: row[key] for key in _PLAN_COLUMNS}
    values["services"] = [{"service": s.service, "weekdays": s.weekdays, "minutes": s.minutes,
                           "goal": s.goal} for s in _plan_services(db, row["id"])]
    return values


def load_plan(db: Database, plan_id: int, *, actor: Actor) -> Plan:
    """One plan with its services."""
    require_care(actor)
    return _plan(db, _row(db, plan_id))


def plans(db: Database, person_id: int, *, actor: Actor) -> list[Plan]:
    """The member's plans, the latest first."""
    require_care(actor)
    return [_plan(db, r) for r in db.query(
        "SELECT * FROM care_plan WHERE person_id = ? ORDER BY starts_on DESC, id DESC",
        (person_id,))]


def active_plan(db: Database, person_id: int, day: date | str, *,
                actor: Actor) -> Plan | None:
    """The plan in force on ``day``: started on or before it and not ended before it (the
    latest start wins); None when there is none."""
    require_care(actor)
    on = day.isoformat() if isinstance(day, date) else day
    row = db.query_one(
        "SELECT * FROM care_plan WHERE person_id = ? AND starts_on <= ?"
        " AND (ended_on IS NULL OR ended_on >= ?) ORDER BY starts_on DESC, id DESC LIMIT 1",
        (person_id, on, on))
    return None if row is None else _plan(db, row)


# -- writing ------------------------------------------------------------------------------------
def _write_services(db: Database, plan_id: int, rows: list[dict[str, Any]]) -> None:
    """Make the plan's services these rows (a service taken out of the plan is removed; the
    audit entry keeps the plan's services as they were)."""
    keep = [r["service"] for r in rows]
    db.execute(f"DELETE FROM care_plan_service WHERE plan_id = ? AND service NOT IN"
               f" ({','.join('?' * len(keep))})", (plan_id, *keep))
    db.executemany(
        "INSERT INTO care_plan_service (plan_id, service, weekdays, minutes, goal)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (plan_id, service) DO UPDATE SET"
        " weekdays = excluded.weekdays, minutes = excluded.minutes, goal = excluded.goal",
        [(plan_id, r["service"], r["weekdays"], r["minutes"], r["goal"]) for r in rows])


def _overlapping(db: Database, person_id: int, starts_on: str, ended_on: str | None,
                 plan_id: int | None) -> str | None:
    """The start of another plan of the member in force on some day of this one, if any."""
    value = db.scalar(
        "SELECT starts_on FROM care_plan WHERE person_id = ? AND id IS NOT ?"
        " AND (ended_on IS NULL OR ended_on >= ?) AND (? IS NULL OR starts_on <= ?)"
        " ORDER BY starts_on LIMIT 1",
        (person_id, plan_id, starts_on, ended_on, ended_on))
    return None if value is None else str(value)


def create_plan(db: Database, person_id: int, data: PlanInput, *, actor: Actor) -> int:
    """Store a new plan for the member (who must have a care profile) and end the plan
    before it on the day before it starts; returns its id. ValidationError (nothing
    written) for bad input."""
    require_care(actor)
    ensure_day_care_member(db, person_id)
    ensure_profile(db, person_id)
    values, rows = _values(db, data)
    with db.transaction():
        later = db.scalar("SELECT max(starts_on) FROM care_plan WHERE person_id = ?"
                          " AND starts_on >= ?", (person_id, values["starts_on"]))
        if later is not None:
            raise ValidationError({"starts_on": Message(QT_TRANSLATE_NOOP(
                "Messages", "已有 {day} 开始的服务计划：新计划应在它之后开始；要改那份计划，"
                            "请选中它再修改"), day=later)})
        day_before = (date.fromisoformat(values["starts_on"]) - timedelta(days=1)).isoformat()
        now = now_iso(db.clock)
        for previous in db.query("SELECT * FROM care_plan WHERE person_id = ?"
                                 " AND (ended_on IS NULL OR ended_on > ?)",
                                 (person_id, day_before)):
            before = _logged(db, dict(previous))
            db.execute("UPDATE care_plan SET ended_on = ?, updated_at = ? WHERE id = ?",
                       (day_before, now, previous["id"]))
            audit.record(db, actor=actor.username, action="update", table="care_plan",
                         record_id=previous["id"], before=before,
                         after={**before, "ended_on": day_before})
        plan_id = db.execute(
            "INSERT INTO care_plan (person_id, starts_on, review_on, goals, guardian_signed_by,"
            " guardian_signed_on, created_at, updated_at) VALUES (:person_id, :starts_on,"
            " :review_on, :goals, :guardian_signed_by, :guardian_signed_on, :now, :now)",
            {**values, "person_id": person_id, "now": now}).lastrowid or 0
        _write_services(db, plan_id, rows)
        audit.record(db, actor=actor.username, action="create", table="care_plan",
                     record_id=plan_id, after=_logged(db, _row(db, plan_id)))
    return plan_id


def update_plan(db: Database, plan_id: int, data: PlanInput, *, actor: Actor) -> None:
    """Change a plan's goals, dates, services or signature."""
    require_care(actor)
    values, rows = _values(db, data)
    with db.transaction():
        row = _row(db, plan_id)
        if row["ended_on"] is not None and row["ended_on"] < values["starts_on"]:
            raise ValidationError({"starts_on": Message(QT_TRANSLATE_NOOP(
                "Messages", "这份计划已于 {ended_on} 结束，开始日期不能晚于结束日期"),
                ended_on=row["ended_on"])})
        other = _overlapping(db, row["person_id"], values["starts_on"], row["ended_on"], plan_id)
        if other is not None:
            raise ValidationError({"starts_on": Message(QT_TRANSLATE_NOOP(
                "Messages", "与 {day} 开始的另一份服务计划时间重叠：同一天只能有一份计划"),
                day=other)})
        before = _logged(db, row)
        db.execute(
            "UPDATE care_plan SET starts_on = :starts_on, review_on = :review_on,"
            " goals = :goals, guardian_signed_by = :guardian_signed_by,"
            " guardian_signed_on = :guardian_signed_on, updated_at = :now WHERE id = :id",
            {**values, "id": plan_id, "now": now_iso(db.clock)})
        _write_services(db, plan_id, rows)
        after = _logged(db, _row(db, plan_id))
        if after != before:
            audit.record(db, actor=actor.username, action="update", table="care_plan",
                         record_id=plan_id, before=before, after=after)


def record_review(db: Database, plan_id: int, reviewed_on: str, notes: str, *,
                  actor: Actor) -> str:
    """Record the plan's review on ``reviewed_on`` with its notes; the next review is due
    ``review_months`` later. Returns the next review date (YYYY-MM-DD)."""
    require_care(actor)
    day = parse_day(reviewed_on, "reviewed_on", Message(QT_TRANSLATE_NOOP("Messages", "评估日期")))
    text = clean_text(notes)
    if not text:
        raise ValidationError({"review_notes": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写评估意见：目标达成情况和下一步安排"))})
    if len(text) > NOTES_MAX:
        raise ValidationError({"review_notes": Message(QT_TRANSLATE_NOOP(
            "Messages", "评估意见最多{limit}个字"), limit=NOTES_MAX)})
    if day > db.clock.today():
        raise ValidationError({"reviewed_on": Message(QT_TRANSLATE_NOOP(
            "Messages", "评估日期不能晚于今天"))})
    with db.transaction():
        row = _row(db, plan_id)
        start = date.fromisoformat(row["starts_on"])
        if day < start:
            raise ValidationError({"reviewed_on": _review_before_start(day, start)})
        if row["ended_on"] is not None and row["ended_on"] < day.isoformat():
            raise ValidationError({"reviewed_on": Message(QT_TRANSLATE_NOOP(
                "Messages", "这份计划已于 {ended_on} 结束，不能在之后记录评估"),
                ended_on=row["ended_on"])})
        following = add_months(day, review_months(db)).isoformat()
        before = _logged(db, row)
        db.execute("UPDATE care_plan SET reviewed_on = ?, review_notes = ?, review_on = ?,"
                   " updated_at = ? WHERE id = ?",
                   (day.isoformat(), text, following, now_iso(db.clock), plan_id))
        audit.record(db, actor=actor.username, action="update", table="care_plan",
                     record_id=plan_id, before=before,
                     after={**before, "reviewed_on": day.isoformat(), "review_notes": text,
                            "review_on": following})
    return following


def end_plan(db: Database, plan_id: int, ended_on: str, *, actor: Actor) -> None:
    """End the plan: ``ended_on`` is its last day (the plan stays on record)."""
    require_care(actor)
    day = parse_day(ended_on, "ended_on", Message(QT_TRANSLATE_NOOP("Messages", "计划结束日期")))
    with db.transaction():
        row = _row(db, plan_id)
        if day.isoformat() < row["starts_on"]:
            raise ValidationError({"ended_on": Message(QT_TRANSLATE_NOOP(
                "Messages", "结束日期 {ended_on} 早于计划开始日期 {starts_on}"),
                ended_on=day.isoformat(), starts_on=row["starts_on"])})
        if row["ended_on"] == day.isoformat():
            return
        before = _logged(db, row)
        db.execute("UPDATE care_plan SET ended_on = ?, updated_at = ? WHERE id = ?",
                   (day.isoformat(), now_iso(db.clock), plan_id))
        audit.record(db, actor=actor.username, action="update", table="care_plan",
                     record_id=plan_id, before=before,
                     after={**before, "ended_on": day.isoformat()})


# -- the setting --------------------------------------------------------------------------------
def set_review_months(db: Database, months: int, *, actor: Actor) -> None:
    """Change how many months pass between a plan's start (or review) and its next review;
    audited like the centre's other settings."""
    actor.require(Permission.EDIT_SETTINGS)
    low, high = REVIEW_MONTHS_RANGE
    if not low <= months <= high:
        raise ValidationError({"review_months": Message(QT_TRANSLATE_NOOP(
            "Messages", "服务计划评估间隔应为{low}–{high}个月"), low=low, high=high)})
    with db.transaction():
        before = review_months(db)
        if before == months:
            return
        set_setting(db, REVIEW_MONTHS_KEY, str(months))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before={REVIEW_MONTHS_KEY: before},
                     after={REVIEW_MONTHS_KEY: months})
