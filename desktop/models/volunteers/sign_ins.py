"""Volunteers' own sign-ins and sign-outs (kiosk or staff) and the hours they give (Qt-free).

A sign-in is linked to the volunteer's shift of that day (from the sign-ups); without one it is
unplanned service that staff confirm (post and content chosen) before it gives hours. Signing
out of a shift records the service row (the ledger of hours) in the same transaction: the
overlap of the time signed in with the shift, rounded (``rules.service_minutes``), never taking
the day's valid service over ``rules.max_daily_minutes``; content = the post's name.

Staff may confirm an unplanned sign-in, credit a volunteer who never signed out with the
shift's end (only on that confirmation), correct the times (with a reason: the sign-in's
service row is voided and made again) and void a sign-in (its service row too). Nothing is
deleted; every change is audited in its transaction; a closed month is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line
from desktop.models.volunteers import rules

METHODS = ("card", "search", "keypad", "staff")
REASON_MAX = 200
CONTENT_MAX = 200
# A shift starting within this long of the sign-in is the one the volunteer came for.
EARLY_WINDOW = timedelta(hours=1)


class VolunteerSignInError(WarmHomeError):
    """A sign-in change refused for a reason that is no single field's."""


class SignInState(StrEnum):
    """Where a sign-in stands, as the staff page shows it."""

    OPEN = "open"  # 未签退
    PENDING = "pending"  # 待确认: unplanned (or never signed out) and not yet confirmed
    CONFIRMED = "confirmed"  # 已确认: signed out of a shift, or confirmed by staff
    VOID = "void"


@dataclass(frozen=True)
class VolunteerSignIn:
    """One volunteer sign-in with its shift (if any) and the minutes its valid service row
    credits (None when it has none)."""

    id: int
    person_id: int
    name: str
    day: str
    shift_id: int | None
    post_name: str
    starts_at: str
    ends_at: str
    signed_in_at: str
    signed_out_at: str | None
    method: str
    confirmed_by: str | None
    voided: bool
    void_reason: str | None
    minutes: int | None

    @property
    def time_in(self) -> str:
        """HH:MM of the sign-in."""
        return self.signed_in_at[11:16]

    @property
    def time_out(self) -> str:
        """HH:MM of the sign-out, or ''."""
        return self.signed_out_at[11:16] if self.signed_out_at else ""

    @property
    def state(self) -> SignInState:
        """Open, waiting for staff, confirmed or void."""
        if self.voided:
            return SignInState.VOID
        if self.confirmed_by or (self.shift_id is not None and self.signed_out_at):
            return SignInState.CONFIRMED
        if self.signed_out_at is None:
            return SignInState.OPEN
        return SignInState.PENDING


class SignInOutcome(StrEnum):
    """What a sign-in did."""

    SIGNED_IN = "signed_in"
    ALREADY = "already"  # still signed in from earlier today: nothing recorded


@dataclass(frozen=True)
class SignInResult:
    """What a volunteer's sign-in answers."""

    status: SignInOutcome
    sign_in: VolunteerSignIn


_SQL = """
SELECT s.id, s.person_id, p.name, s.day, s.shift_id, coalesce(vp.name, '') AS post_name,
       coalesce(sh.starts_at, '') AS starts_at, coalesce(sh.ends_at, '') AS ends_at,
       s.signed_in_at, s.signed_out_at, s.method, s.confirmed_by,
       s.voided_at IS NOT NULL AS voided, s.void_reason,
       (SELECT sv.minutes FROM volunteer_service sv WHERE sv.sign_in_id = s.id
        AND sv.voided_at IS NULL) AS minutes
FROM volunteer_sign_in s JOIN person p ON p.id = s.person_id
LEFT JOIN volunteer_shift sh ON sh.id = s.shift_id
LEFT JOIN volunteer_post vp ON vp.id = sh.post_id
"""


def _stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def _require_sign(actor: Actor, method: str) -> None:
    """The kiosk signs volunteers in and out by its own methods; staff by hand."""
    if method != "staff" and actor.can(Permission.RUN_KIOSK):
        return
    rules.require_manage(actor)


def get_sign_in(db: Database, sign_in_id: int) -> VolunteerSignIn:
    """One volunteer sign-in by id (voided ones too)."""
    row = db.query_one(_SQL + " WHERE s.id = ?", (sign_in_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的志愿者签到记录"), id=sign_in_id))
    return row_as(VolunteerSignIn, row, voided=bool)


def day_sign_ins(db: Database, day: str | date, *, actor: Actor,
                 include_voided: bool = True) -> list[VolunteerSignIn]:
    """The volunteers' sign-ins of a day, by time of sign-in."""
    rules.require_manage(actor)
    text = day.isoformat() if isinstance(day, date) else day
    voided = "" if include_voided else " AND s.voided_at IS NULL"
    return [row_as(VolunteerSignIn, r, voided=bool) for r in db.query(
        _SQL + f" WHERE s.day = ?{voided} ORDER BY s.signed_in_at, s.id", (text,))]


def open_sign_in(db: Database, person_id: int, day: str) -> VolunteerSignIn | None:
    """The volunteer's valid sign-in of ``day`` not yet signed out, if any."""
    row = db.query_one(_SQL + " WHERE s.person_id = ? AND s.day = ? AND s.voided_at IS NULL"
                       " AND s.signed_out_at IS NULL ORDER BY s.id DESC LIMIT 1",
                       (person_id, day))
    return row_as(VolunteerSignIn, row, voided=bool) if row else None


def shift_for(db: Database, person_id: int, moment: datetime) -> int | None:
    """The volunteer's signed-up shift of that day the sign-in at ``moment`` belongs to: the
    one under way, else one starting within the hour, else the earliest not yet ended (a
    shift already linked to a valid sign-in of theirs is skipped); None without one."""
    day = moment.date().isoformat()
    at = moment.strftime("%H:%M")
    soon = min(moment + EARLY_WINDOW, datetime.combine(moment.date(), datetime.max.time()))
    rows = db.query(
        "SELECT sh.id, sh.starts_at, sh.ends_at FROM volunteer_signup su"
        " JOIN volunteer_shift sh ON sh.id = su.shift_id"
        " WHERE su.person_id = ? AND su.status = 'signed_up' AND sh.day = ?"
        " AND sh.cancelled_at IS NULL AND sh.ends_at > ?"
        " AND NOT EXISTS (SELECT 1 FROM volunteer_sign_in s WHERE s.shift_id = sh.id"
        "  AND s.person_id = su.person_id AND s.voided_at IS NULL)"
        " ORDER BY sh.starts_at, sh.id", (person_id, day, at))
    for row in rows:
        if row["starts_at"] <= at:
            return int(row["id"])
    for row in rows:
        if row["starts_at"] <= soon.strftime("%H:%M"):
            return int(row["id"])
    return int(rows[0]["id"]) if rows else None


def link_open_sign_in(db: Database, person_id: int, shift_id: int, *,
                      actor: Actor) -> int | None:
    """Inside the caller's transaction, right after the volunteer was signed up for the
    shift: their valid unplanned sign-in of the shift's day not yet signed out, made before
    the shift ends (so it overlaps it), is linked to the shift, audited; returns its id (None
    without one). A walk-in staff then sign up is thus on the shift, not marked 未到."""
    shift = db.query_one("SELECT day, ends_at FROM volunteer_shift WHERE id = ?", (shift_id,))
    if shift is None:
        return None
    row = db.query_one(
        "SELECT id FROM volunteer_sign_in WHERE person_id = ? AND day = ? AND shift_id IS NULL"
        " AND signed_out_at IS NULL AND voided_at IS NULL AND signed_in_at < ?"
        " ORDER BY signed_in_at DESC, id DESC LIMIT 1",
        (person_id, shift["day"], f"{shift['day']}T{shift['ends_at']}:00"))
    if row is None:
        return None
    sign_in_id = int(row["id"])
    db.execute("UPDATE volunteer_sign_in SET shift_id = ? WHERE id = ?", (shift_id, sign_in_id))
    audit.record(db, actor=actor.username, action="update", table="volunteer_sign_in",
                 record_id=sign_in_id, before={"shift_id": None}, after={"shift_id": shift_id})
    return sign_in_id


def volunteer_sign_in(db: Database, person_id: int, *, method: str, actor: Actor,
                      now: datetime | None = None,
                      shift_id: int | None = None) -> SignInResult:
    """Sign a volunteer in (kiosk: card/search/keypad; staff: 'staff', ``now`` the time they
    came). Linked to ``shift_id`` when staff chose it (checked by the caller), else to their
    shift of the day (:func:`shift_for`), else unplanned. Still signed in from earlier that
    day: ALREADY, nothing recorded."""
    if method not in METHODS:
        raise ValueError(f"volunteer sign-in method must be one of {METHODS}")
    _require_sign(actor, method)
    moment = (now or db.clock.now()).replace(microsecond=0)
    if moment > db.clock.now():
        raise ValidationError({"signed_in_at": Message(QT_TRANSLATE_NOOP(
            "Messages", "签到时间不能晚于现在"))})
    day = moment.date().isoformat()
    with db.transaction():
        rules.ensure_volunteer(db, person_id)
        existing = open_sign_in(db, person_id, day)
        if existing is not None:
            return SignInResult(SignInOutcome.ALREADY, existing)
        ensure_month_open(db, day)
        values = {"person_id": person_id, "day": day,
                  "shift_id": shift_id if shift_id is not None
                  else shift_for(db, person_id, moment),
                  "signed_in_at": _stamp(moment), "method": method,
                  "recorded_by": actor.username, "created_at": now_iso(db.clock)}
        sign_in_id = int(db.execute(
            "INSERT INTO volunteer_sign_in (person_id, day, shift_id, signed_in_at, method,"
            " recorded_by, created_at) VALUES (:person_id, :day, :shift_id, :signed_in_at,"
            " :method, :recorded_by, :created_at)", values).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="volunteer_sign_in",
                     record_id=sign_in_id, after=values)
    return SignInResult(SignInOutcome.SIGNED_IN, get_sign_in(db, sign_in_id))


def _clean_reason(reason: str) -> str:
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP("Messages", "请填写原因"))})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多{limit}个字"), limit=REASON_MAX)})
    return text


def _open_record(db: Database, sign_in_id: int) -> VolunteerSignIn:
    """The sign-in, refused when its month is closed or it is void (inside a transaction)."""
    record = get_sign_in(db, sign_in_id)
    ensure_month_open(db, record.day)
    if record.voided:
        raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
            "Messages", "这条志愿者签到已作废，不能再修改")))
    return record


def _day_minutes(db: Database, person_id: int, day: str) -> int:
    return int(db.scalar("SELECT coalesce(sum(minutes), 0) FROM volunteer_service"
                         " WHERE person_id = ? AND day = ? AND voided_at IS NULL",
                         (person_id, day)))


def _capped(db: Database, person_id: int, day: str, minutes: int) -> int:
    """``minutes`` cut so the day's valid service stays within the daily maximum."""
    room = rules.max_daily_minutes(db) - _day_minutes(db, person_id, day)
    return max(0, min(minutes, room))


def _shift_minutes(db: Database, record: VolunteerSignIn, signed_out_at: str) -> int:
    return rules.service_minutes(record.day, record.starts_at, record.ends_at,
                                 record.signed_in_at, signed_out_at, rules.rounding_minutes(db))


def _signed_minutes(db: Database, signed_in_at: str, signed_out_at: str) -> int:
    served = datetime.fromisoformat(signed_out_at) - datetime.fromisoformat(signed_in_at)
    return rules.round_minutes(int(served.total_seconds() // 60), rules.rounding_minutes(db))


def _add_service(db: Database, record: VolunteerSignIn, post_id: int, minutes: int,
                 content: str, actor: Actor, reason: str | None = None) -> int | None:
    """The sign-in's service row (capped); None when nothing is left to credit. Refused when
    the sign-in already has a valid service row (its hours are never credited twice)."""
    already = db.scalar("SELECT minutes FROM volunteer_service WHERE sign_in_id = ?"
                        " AND voided_at IS NULL", (record.id,))
    if already is not None:
        raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} {day} 的这次签到已经计了 {hours} 小时服务时长，不能再计一次："
                        "时间有误请用“更正时间”"),
            name=record.name, day=record.day, hours=rules.hours_text(int(already))))
    credited = _capped(db, record.person_id, record.day, minutes)
    if credited <= 0:
        return None
    values = {"person_id": record.person_id, "day": record.day, "post_id": post_id,
              "shift_id": record.shift_id, "sign_in_id": record.id, "minutes": credited,
              "content": content, "recorded_by": actor.username,
              "created_at": now_iso(db.clock)}
    service_id = int(db.execute(
        "INSERT INTO volunteer_service (person_id, day, post_id, shift_id, sign_in_id, minutes,"
        " content, recorded_by, created_at) VALUES (:person_id, :day, :post_id, :shift_id,"
        " :sign_in_id, :minutes, :content, :recorded_by, :created_at)", values).lastrowid or 0)
    audit.record(db, actor=actor.username, action="create", table="volunteer_service",
                 record_id=service_id, after=values, reason=reason)
    return service_id


def _shift_service(db: Database, record: VolunteerSignIn, signed_out_at: str, actor: Actor,
                   reason: str | None = None) -> int | None:
    post = db.query_one("SELECT sh.post_id, vp.name FROM volunteer_shift sh"
                        " JOIN volunteer_post vp ON vp.id = sh.post_id WHERE sh.id = ?",
                        (record.shift_id,))
    assert post is not None
    return _add_service(db, record, int(post["post_id"]),
                        _shift_minutes(db, record, signed_out_at), str(post["name"]), actor,
                        reason)


def volunteer_sign_out(db: Database, sign_in_id: int, *, actor: Actor,
                       now: datetime | None = None, method: str = "card") -> VolunteerSignIn:
    """Record the sign-out (kiosk, or staff with ``method='staff'``) and, for a shift, its
    service row in the same transaction (no row when the minutes come to 0)."""
    _require_sign(actor, method)
    moment = (now or db.clock.now()).replace(microsecond=0)
    stamp = _stamp(moment)
    with db.transaction():
        record = _open_record(db, sign_in_id)
        if record.signed_out_at:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "已于 {time} 签退"), time=record.time_out))
        if stamp < record.signed_in_at:
            raise ValidationError({"signed_out_at": Message(QT_TRANSLATE_NOOP(
                "Messages", "签退时间 {out} 早于签到时间 {in_}：请核对时间"),
                out=stamp[11:16], in_=record.time_in)})
        if moment.date().isoformat() != record.day:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "只能签退当天的签到；以前的日期请由工作人员更正时间")))
        if moment > db.clock.now():
            raise ValidationError({"signed_out_at": Message(QT_TRANSLATE_NOOP(
                "Messages", "签退时间不能晚于现在"))})
        write_sign_out(db, record, stamp, actor)
    return get_sign_in(db, sign_in_id)


def write_sign_out(db: Database, record: VolunteerSignIn, stamp: str, actor: Actor) -> None:
    """Inside the caller's transaction, the checks done: the sign-out at ``stamp``, audited,
    and for a shift its service row."""
    db.execute("UPDATE volunteer_sign_in SET signed_out_at = ? WHERE id = ?",
               (stamp, record.id))
    audit.record(db, actor=actor.username, action="update", table="volunteer_sign_in",
                 record_id=record.id, before={"signed_out_at": None},
                 after={"signed_out_at": stamp})
    if record.shift_id is not None:
        _shift_service(db, record, stamp, actor)


def _confirm(db: Database, sign_in_id: int, actor: Actor, extra: dict[str, str],
             reason: str | None) -> None:
    stamp = now_iso(db.clock)
    changes = {**extra, "confirmed_by": actor.username, "confirmed_at": stamp}
    sets = ", ".join(f"{key} = :{key}" for key in changes)
    db.execute(f"UPDATE volunteer_sign_in SET {sets} WHERE id = :id",
               {**changes, "id": sign_in_id})
    audit.record(db, actor=actor.username, action="update", table="volunteer_sign_in",
                 record_id=sign_in_id, before=dict.fromkeys(changes), after=changes,
                 reason=reason)


def _clean_content(content: str) -> str:
    text = clean_line(content)
    if not text:
        raise ValidationError({"content": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写服务内容（做了什么），例如：协助午餐分餐"))})
    if len(text) > CONTENT_MAX:
        raise ValidationError({"content": Message(QT_TRANSLATE_NOOP(
            "Messages", "服务内容最多{limit}个字"), limit=CONTENT_MAX)})
    return text


def _nothing_to_credit(db: Database, record: VolunteerSignIn, minutes: int) -> Message:
    if minutes <= 0:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 签到 {in_} 到签退 {out} 的时间取整后为 0 小时，不能计服务时长："
                        "时间有误请先更正时间，否则请作废这次签到"),
            name=record.name, in_=record.time_in, out=record.time_out)
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "{name} 在 {day} 的服务时长已达每日上限 {hours} 小时，不能再计时长"),
        name=record.name, day=record.day, hours=rules.hours_text(rules.max_daily_minutes(db)))


def confirm_unplanned(db: Database, sign_in_id: int, post_id: int, content: str, *,
                      actor: Actor) -> int:
    """Staff confirm an unplanned sign-in (signed out) as service at ``post_id`` doing
    ``content``: its service row from the signed time, rounded and capped; returns its id."""
    rules.require_manage(actor)
    text = _clean_content(content)
    with db.transaction():
        record = _open_record(db, sign_in_id)
        if record.shift_id is not None or record.confirmed_by:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条签到不是待确认的临时服务：无需确认")))
        if not record.signed_out_at:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 还没有签退：请先签退（或更正时间写上签退时间）再确认"),
                name=record.name))
        if db.scalar("SELECT 1 FROM volunteer_post WHERE id = ?", (post_id,)) is None:
            raise ValidationError({"post_id": Message(QT_TRANSLATE_NOOP(
                "Messages", "请选择服务岗位"))})
        minutes = _signed_minutes(db, record.signed_in_at, record.signed_out_at)
        service_id = _add_service(db, record, post_id, minutes, text, actor)
        if service_id is None:
            raise VolunteerSignInError(_nothing_to_credit(db, record, minutes))
        _confirm(db, sign_in_id, actor, {}, None)
    return service_id


def confirm_shift_end(db: Database, sign_in_id: int, *, actor: Actor, reason: str) -> int | None:
    """Staff confirm that a volunteer who never signed out served to the shift's end: the
    sign-out is set to the shift's end and the service row made (returns its id, None when the
    daily maximum left nothing)."""
    rules.require_manage(actor)
    text = _clean_reason(reason)
    with db.transaction():
        record = _open_record(db, sign_in_id)
        if record.shift_id is None:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条签到没有班次：请用“确认临时服务”")))
        if record.signed_out_at:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "已于 {time} 签退"), time=record.time_out))
        end = f"{record.day}T{record.ends_at}:00"
        if datetime.fromisoformat(end) > db.clock.now():
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "班次 {time} 才结束：请在班次结束后再按班次结束计"),
                time=record.ends_at))
        if end < record.signed_in_at:
            raise VolunteerSignInError(Message(QT_TRANSLATE_NOOP(
                "Messages", "签到时间晚于班次结束：请更正时间")))
        _confirm(db, sign_in_id, actor, {"signed_out_at": end}, text)
        return _shift_service(db, record, end, actor, text)


def _void_service(db: Database, sign_in_id: int, reason: str, actor: Actor) -> None:
    stamp = now_iso(db.clock)
    for row in db.query("SELECT id FROM volunteer_service WHERE sign_in_id = ?"
                        " AND voided_at IS NULL", (sign_in_id,)):
        db.execute("UPDATE volunteer_service SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (stamp, reason, row["id"]))
        audit.record(db, actor=actor.username, action="void", table="volunteer_service",
                     record_id=int(row["id"]), before={"voided_at": None},
                     after={"voided_at": stamp}, reason=reason)


def correct_times(db: Database, sign_in_id: int, signed_in_at: datetime,
                  signed_out_at: datetime | None, *, reason: str, actor: Actor) -> None:
    """Correct a sign-in's times (same day; a reason required): its service row is voided
    and made again from the corrected times (a shift's rule, or a confirmed unplanned
    service's post and content)."""
    rules.require_manage(actor)
    text = _clean_reason(reason)
    new_in = _stamp(signed_in_at)
    new_out = _stamp(signed_out_at) if signed_out_at else None
    with db.transaction():
        record = _open_record(db, sign_in_id)
        errors: dict[str, str] = {}
        if new_in[:10] != record.day or (new_out and new_out[:10] != record.day):
            errors["signed_in_at"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "更正的时间必须在签到当天 {day}"), day=record.day)
        elif new_out is not None and new_out < new_in:
            errors["signed_out_at"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "签退时间 {out} 早于签到时间 {in_}：请核对时间"),
                out=new_out[11:16], in_=new_in[11:16])
        elif max(new_in, new_out or "") > now_iso(db.clock):
            errors["signed_out_at"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "时间不能晚于现在"))
        if errors:
            raise ValidationError(errors)
        old = db.query_one("SELECT post_id, content FROM volunteer_service WHERE sign_in_id = ?"
                           " AND voided_at IS NULL", (sign_in_id,))
        db.execute("UPDATE volunteer_sign_in SET signed_in_at = ?, signed_out_at = ?"
                   " WHERE id = ?", (new_in, new_out, sign_in_id))
        audit.record(db, actor=actor.username, action="update", table="volunteer_sign_in",
                     record_id=sign_in_id,
                     before={"signed_in_at": record.signed_in_at,
                             "signed_out_at": record.signed_out_at},
                     after={"signed_in_at": new_in, "signed_out_at": new_out}, reason=text)
        _void_service(db, sign_in_id, text, actor)
        if new_out is None:
            return
        fresh = get_sign_in(db, sign_in_id)
        if record.shift_id is not None:
            _shift_service(db, fresh, new_out, actor, text)
        elif old is not None:
            _add_service(db, fresh, int(old["post_id"]), _signed_minutes(db, new_in, new_out),
                         str(old["content"]), actor, text)


def void_sign_in(db: Database, sign_in_id: int, *, reason: str, actor: Actor) -> None:
    """Void a wrong sign-in with a reason; its service row is voided too."""
    rules.require_manage(actor)
    text = _clean_reason(reason)
    with db.transaction():
        _open_record(db, sign_in_id)
        stamp = now_iso(db.clock)
        db.execute("UPDATE volunteer_sign_in SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (stamp, text, sign_in_id))
        audit.record(db, actor=actor.username, action="void", table="volunteer_sign_in",
                     record_id=sign_in_id, before={"voided_at": None},
                     after={"voided_at": stamp}, reason=text)
        _void_service(db, sign_in_id, text, actor)


def posts_to_choose(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the active posts, in their order, for staff confirming service."""
    return [(int(r["id"]), str(r["name"])) for r in db.query(
        "SELECT id, name FROM volunteer_post WHERE active = 1 ORDER BY sort, id")]


def volunteers_to_sign(db: Database, *, actor: Actor) -> list[tuple[int, str]]:
    """(person id, name) of the active, not archived volunteers, by name, for staff signing
    one in by hand."""
    rules.require_manage(actor)
    return [(int(r["id"]), str(r["name"])) for r in db.query(
        "SELECT p.id, p.name FROM person p JOIN volunteer v ON v.person_id = p.id"
        " WHERE v.active = 1 AND p.archived_at IS NULL ORDER BY p.name, p.id")]
