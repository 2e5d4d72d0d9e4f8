"""Shifts (班次) of volunteer service: one-off, or made from a weekly pattern, cancelled with a
reason, and the week as the schedule shows it (Qt-free).

A pattern (每周排班: post, weekdays, times, capacity, first..last day, at most a year) is kept,
and each of its days becomes a shift of its own, so that one day can be cancelled alone; the
days the caller names as exceptions (holidays) are skipped. A shift lasts at most
MAX_SHIFT_MINUTES and has at least one place. Cancelling a shift cancels its sign-ups with the
same reason; it is refused while a volunteer is signed in to it and not yet signed out (their
sign-out would credit hours to a cancelled shift): staff sign them out first. Every write is
one transaction with its audit entry; a closed month is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line, compact
from desktop.models.times import parse_time
from desktop.models.volunteers.posts import get_post
from desktop.models.volunteers.rules import MAX_SHIFT_MINUTES, require_manage

MAX_CAPACITY = 99
NOTE_MAX = 100
REASON_MAX = 200


@dataclass(frozen=True)
class ShiftInput:
    """A one-off shift as typed: day YYYY-MM-DD, times HH:MM, places."""

    post_id: int
    day: str
    starts_at: str
    ends_at: str
    capacity: int
    note: str = ""


@dataclass(frozen=True)
class PatternInput:
    """A weekly pattern as typed: ``weekdays`` as digits 1 (Monday) … 7 (Sunday), e.g. "135"."""

    post_id: int
    weekdays: str
    starts_at: str
    ends_at: str
    capacity: int
    first_day: str
    last_day: str
    note: str = ""


@dataclass(frozen=True)
class PatternResult:
    """What a pattern made: its id, the shifts (day order) and the exception days skipped."""

    pattern_id: int
    shift_ids: tuple[int, ...]
    skipped: tuple[str, ...]


@dataclass(frozen=True)
class SignedUp:
    """A volunteer signed up for a shift (not cancelled)."""

    signup_id: int
    person_id: int
    name: str
    status: str
    method: str


@dataclass(frozen=True)
class Shift:
    """A stored shift with its post's name and the volunteers signed up (name order)."""

    id: int
    post_id: int
    post_name: str
    pattern_id: int | None
    day: str
    starts_at: str
    ends_at: str
    capacity: int
    note: str
    cancelled_at: str | None
    cancel_reason: str | None
    volunteers: tuple[SignedUp, ...] = ()

    @property
    def cancelled(self) -> bool:
        """Whether the shift was cancelled."""
        return self.cancelled_at is not None

    @property
    def taken(self) -> int:
        """How many places are taken (non-cancelled sign-ups)."""
        return len(self.volunteers)

    @property
    def open_places(self) -> int:
        """How many places are still open (0 for a cancelled shift)."""
        return 0 if self.cancelled else max(self.capacity - self.taken, 0)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _minutes(time_text: str) -> int:
    return int(time_text[:2]) * 60 + int(time_text[3:])


def _times_and_places(starts_at: str, ends_at: str, capacity: int) -> tuple[str, str]:
    """The times as HH:MM after checking the length and the places (ValidationError)."""
    errors: dict[str, str] = {}
    start = end = ""
    try:
        start = parse_time(starts_at, "starts_at")
    except ValidationError as error:
        errors.update(error.fields)
    try:
        end = parse_time(ends_at, "ends_at")
    except ValidationError as error:
        errors.update(error.fields)
    if start and end:
        length = _minutes(end) - _minutes(start)
        if length <= 0:
            errors["ends_at"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "结束时间 {end} 不晚于开始时间 {start}：请检查班次时间"),
                start=start, end=end)
        elif length > MAX_SHIFT_MINUTES:
            errors["ends_at"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "一个班次最长 {hours} 小时：请分成两个班次"),
                hours=MAX_SHIFT_MINUTES // 60)
    if not 1 <= capacity <= MAX_CAPACITY:
        errors["capacity"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "需要人数应在 1 到 {limit} 之间"), limit=MAX_CAPACITY)
    if errors:
        raise ValidationError(errors)
    return start, end


def _note(text: str) -> str:
    note = clean_line(text)
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": Message(QT_TRANSLATE_NOOP(
            "Messages", "备注最多 {limit} 个字"), limit=NOTE_MAX)})
    return note


def _active_post(db: Database, post_id: int) -> None:
    post = get_post(db, post_id)
    if not post.active:
        raise ValidationError({"post_id": Message(QT_TRANSLATE_NOOP(
            "Messages", "岗位“{name}”已停用：请选择其他岗位"), name=post.name)})


def _invalid_day(field: str, text: str) -> ValidationError:
    return ValidationError({field: Message(QT_TRANSLATE_NOOP(
        "Messages", "日期“{value}”不正确：请写成 年-月-日，例如 2024-06-03"), value=text)})


def create_shift(db: Database, data: ShiftInput, *, actor: Actor) -> int:
    """Store a one-off shift in one transaction with its audit entry; returns its id.

    Refused (ValidationError) for a day that is not a date, times out of order or longer than
    MAX_SHIFT_MINUTES, places outside 1..MAX_CAPACITY, an inactive post; MonthClosedError for a
    day in a closed month.
    """
    require_manage(actor)
    clean = replace(data, day=compact(data.day), note=_note(data.note))
    if _day(clean.day) is None:
        raise _invalid_day("day", data.day)
    start, end = _times_and_places(clean.starts_at, clean.ends_at, clean.capacity)
    with db.transaction():
        _active_post(db, clean.post_id)
        ensure_month_open(db, clean.day)
        shift_id = int(db.execute(
            "INSERT INTO volunteer_shift (post_id, day, starts_at, ends_at, capacity, note,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (clean.post_id, clean.day, start, end, clean.capacity, clean.note,
             actor.username, now_iso(db.clock))).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="volunteer_shift",
                     record_id=shift_id, after={
                         "post_id": clean.post_id, "day": clean.day, "starts_at": start,
                         "ends_at": end, "capacity": clean.capacity, "note": clean.note})
    return shift_id


def last_allowed_day(first: date) -> date:
    """The last day a weekly pattern starting on ``first`` may cover: a year less a day."""
    try:
        return first.replace(year=first.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return date(first.year + 1, 2, 28)


def pattern_days(weekdays: str, first: date, last: date,
                 holidays: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """The days from ``first`` to ``last`` on the ``weekdays`` (1 = Monday … 7 = Sunday): those
    kept and those skipped because they are in ``holidays``."""
    kept: list[str] = []
    skipped: list[str] = []
    skip = {compact(h) for h in holidays}
    day = first
    while day <= last:
        if str(day.isoweekday()) in weekdays:
            (skipped if day.isoformat() in skip else kept).append(day.isoformat())
        day += timedelta(days=1)
    return kept, skipped


def check_holidays(holidays: tuple[str, ...], weekdays: str, first: date, last: date) -> None:
    """ValidationError (field ``holidays``) naming the first exception day that is not a real
    date, lies outside ``first``..``last`` or falls on a weekday not in ``weekdays``: a day
    to skip that would not be made anyway is a typing mistake, not something to drop."""
    for text in holidays:
        value = compact(text)
        day = _day(value)
        if day is None:
            raise ValidationError({"holidays": Message(QT_TRANSLATE_NOOP(
                "Messages", "跳过的日子“{value}”不是有效日期：请写成 年-月-日，例如 2024-06-10"),
                value=text)})
        if not first <= day <= last:
            raise ValidationError({"holidays": Message(QT_TRANSLATE_NOOP(
                "Messages", "跳过的日子 {day} 不在排班期间 {first} 至 {last} 之内：请检查"),
                day=value, first=first.isoformat(), last=last.isoformat())})
        if str(day.isoweekday()) not in weekdays:
            raise ValidationError({"holidays": Message(QT_TRANSLATE_NOOP(
                "Messages", "跳过的日子 {day} 不是所选的星期几，本来就不排班：请检查日期"),
                day=value)})


def create_pattern(db: Database, data: PatternInput, *, actor: Actor,
                   holidays: tuple[str, ...] = ()) -> PatternResult:
    """Store a weekly pattern and one shift for each of its days (except ``holidays``), all in
    one transaction with the audit entries.

    Refused (ValidationError) for no weekday, a period out of order or longer than a year, an
    exception day that is no date, outside the period or on a weekday not chosen
    (:func:`check_holidays`), no day left to make, bad times or places, an inactive post;
    MonthClosedError when a day to make lies in a closed month (nothing is made then).
    """
    require_manage(actor)
    weekdays = "".join(sorted(set(compact(data.weekdays))))
    note = _note(data.note)
    if not weekdays or any(c not in "1234567" for c in weekdays):
        raise ValidationError({"weekdays": Message(QT_TRANSLATE_NOOP(
            "Messages", "请至少选择星期几中的一天"))})
    first, last = _day(compact(data.first_day)), _day(compact(data.last_day))
    if first is None:
        raise _invalid_day("first_day", data.first_day)
    if last is None:
        raise _invalid_day("last_day", data.last_day)
    if last < first:
        raise ValidationError({"last_day": Message(QT_TRANSLATE_NOOP(
            "Messages", "结束日期 {last} 早于开始日期 {first}：请检查"),
            first=first.isoformat(), last=last.isoformat())})
    limit = last_allowed_day(first)
    if last > limit:
        raise ValidationError({"last_day": Message(QT_TRANSLATE_NOOP(
            "Messages", "每周排班最长一年：请把结束日期改到 {limit} 或更早"),
            limit=limit.isoformat())})
    start, end = _times_and_places(data.starts_at, data.ends_at, data.capacity)
    check_holidays(holidays, weekdays, first, last)
    days, skipped = pattern_days(weekdays, first, last, holidays)
    if not days:
        raise ValidationError({"weekdays": Message(QT_TRANSLATE_NOOP(
            "Messages", "{first} 至 {last} 之间没有要排班的日子：请检查星期几和日期"),
            first=first.isoformat(), last=last.isoformat())})
    with db.transaction():
        _active_post(db, data.post_id)
        for month in sorted({d[:7] for d in days}):
            ensure_month_open(db, month)
        at = now_iso(db.clock)
        pattern_id = int(db.execute(
            "INSERT INTO volunteer_pattern (post_id, weekdays, starts_at, ends_at, capacity,"
            " first_day, last_day, note, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (data.post_id, weekdays, start, end, data.capacity, first.isoformat(),
             last.isoformat(), note, actor.username, at)).lastrowid or 0)
        shift_ids = []
        for day in days:
            shift_ids.append(int(db.execute(
                "INSERT INTO volunteer_shift (post_id, pattern_id, day, starts_at, ends_at,"
                " capacity, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (data.post_id, pattern_id, day, start, end, data.capacity, note,
                 actor.username, at)).lastrowid or 0))
        audit.record(db, actor=actor.username, action="create", table="volunteer_pattern",
                     record_id=pattern_id, after={
                         "post_id": data.post_id, "weekdays": weekdays, "starts_at": start,
                         "ends_at": end, "capacity": data.capacity,
                         "first_day": first.isoformat(), "last_day": last.isoformat(),
                         "note": note, "shifts": len(shift_ids), "skipped": skipped})
    return PatternResult(pattern_id, tuple(shift_ids), tuple(skipped))


def clean_reason(reason: str, label: str) -> str:
    """A reason as stored (ValidationError when it is missing or too long); ``label`` is the
    Message naming what it is the reason for."""
    why = clean_line(reason)
    if not why:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写{label}"), label=label)})
    if len(why) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "{label}最多 {limit} 个字"), label=label, limit=REASON_MAX)})
    return why


def cancel_shift(db: Database, shift_id: int, reason: str, *, actor: Actor) -> int:
    """Cancel one shift and, with the same reason, its sign-ups, in one transaction with the
    audit entries; returns how many sign-ups were cancelled."""
    require_manage(actor)
    why = clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "取消原因")))
    with db.transaction():
        shift = get_shift(db, shift_id)
        if shift.cancelled:
            raise WarmHomeError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{day} {start} 的班次已经取消过了"),
                day=shift.day, start=shift.starts_at))
        ensure_month_open(db, shift.day)
        present = [str(r["name"]) for r in db.query(
            "SELECT p.name FROM volunteer_sign_in s JOIN person p ON p.id = s.person_id"
            " WHERE s.shift_id = ? AND s.signed_out_at IS NULL AND s.voided_at IS NULL"
            " ORDER BY s.signed_in_at, s.id", (shift_id,))]
        if present:
            # Their sign-out would credit hours to a shift that no longer takes place.
            raise WarmHomeError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{names} 已签到这个班次，还没有签退：请先在“签到记录”里为 TA 签退"
                            "（或按班次结束计），再取消班次"), names="、".join(present)))
        at = now_iso(db.clock)
        db.execute("UPDATE volunteer_shift SET cancelled_at = ?, cancel_reason = ? WHERE id = ?",
                   (at, why, shift_id))
        audit.record(db, actor=actor.username, action="cancel", table="volunteer_shift",
                     record_id=shift_id, before={"cancelled_at": None},
                     after={"cancelled_at": at, "cancel_reason": why}, reason=why)
        for signed in shift.volunteers:
            db.execute("UPDATE volunteer_signup SET status = 'cancelled', reason = ?,"
                       " updated_at = ? WHERE id = ?", (why, at, signed.signup_id))
            audit.record(db, actor=actor.username, action="cancel", table="volunteer_signup",
                         record_id=signed.signup_id, before={"status": signed.status},
                         after={"status": "cancelled", "reason": why}, reason=why)
    return len(shift.volunteers)


_SHIFT_SQL = (
    "SELECT s.id, s.post_id, p.name AS post_name, s.pattern_id, s.day, s.starts_at, s.ends_at,"
    " s.capacity, s.note, s.cancelled_at, s.cancel_reason FROM volunteer_shift s"
    " JOIN volunteer_post p ON p.id = s.post_id")


def _shifts(db: Database, where: str, params: tuple[object, ...]) -> list[Shift]:
    rows = db.query(f"{_SHIFT_SQL} WHERE {where} ORDER BY s.day, s.starts_at, p.sort, s.id",
                    params)
    if not rows:
        return []
    ids = [int(r["id"]) for r in rows]
    marks = ",".join("?" * len(ids))
    signed: dict[int, list[SignedUp]] = {}
    for r in db.query(
            "SELECT u.id, u.shift_id, u.person_id, p.name, u.status, u.method"
            " FROM volunteer_signup u JOIN person p ON p.id = u.person_id"
            f" WHERE u.shift_id IN ({marks}) AND u.status <> 'cancelled'"
            " ORDER BY p.name_sort, p.id", ids):
        signed.setdefault(int(r["shift_id"]), []).append(SignedUp(
            int(r["id"]), int(r["person_id"]), r["name"], r["status"], r["method"]))
    return [Shift(int(r["id"]), int(r["post_id"]), r["post_name"], r["pattern_id"], r["day"],
                  r["starts_at"], r["ends_at"], int(r["capacity"]), r["note"],
                  r["cancelled_at"], r["cancel_reason"], tuple(signed.get(int(r["id"]), ())))
            for r in rows]


def get_shift(db: Database, shift_id: int) -> Shift:
    """The shift with ``shift_id`` and who is signed up (NotFoundError otherwise)."""
    found = _shifts(db, "s.id = ?", (shift_id,))
    if not found:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的班次"),
                                    id=shift_id))
    return found[0]


def week(db: Database, monday: date, *, actor: Actor) -> list[Shift]:
    """The shifts of the seven days from ``monday`` (day, time order; cancelled ones too, so the
    schedule can say so), each with its post, places and the volunteers signed up."""
    require_manage(actor)
    last = monday + timedelta(days=6)
    return _shifts(db, "s.day BETWEEN ? AND ?", (monday.isoformat(), last.isoformat()))


def set_capacity(db: Database, shift_id: int, capacity: int, *, reason: str,
                 actor: Actor) -> None:
    """Change how many volunteers a shift needs, with a reason, in one transaction with its
    audit entry.

    Refused (ValidationError) for places outside 1..MAX_CAPACITY or fewer than the volunteers
    already signed up (cancel a sign-up first), a missing reason; WarmHomeError for a cancelled
    shift; MonthClosedError for a shift in a closed month.
    """
    require_manage(actor)
    why = clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "修改名额的原因")))
    if not 1 <= capacity <= MAX_CAPACITY:
        raise ValidationError({"capacity": Message(QT_TRANSLATE_NOOP(
            "Messages", "需要人数应在 1 到 {limit} 之间"), limit=MAX_CAPACITY)})
    with db.transaction():
        shift = get_shift(db, shift_id)
        if shift.cancelled:
            raise WarmHomeError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{day} {start} 的班次已经取消：不能修改名额"),
                day=shift.day, start=shift.starts_at))
        ensure_month_open(db, shift.day)
        if capacity < shift.taken:
            raise ValidationError({"capacity": Message(QT_TRANSLATE_NOOP(
                "Messages", "已有 {taken} 人报名：名额不能少于 {taken}，请先取消报名"),
                taken=shift.taken)})
        if capacity == shift.capacity:
            return
        db.execute("UPDATE volunteer_shift SET capacity = ? WHERE id = ?", (capacity, shift_id))
        audit.record(db, actor=actor.username, action="update", table="volunteer_shift",
                     record_id=shift_id, before={"capacity": shift.capacity},
                     after={"capacity": capacity}, reason=why)
