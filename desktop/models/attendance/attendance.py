"""Sign-ins: the kiosk (card, search, keypad), staff corrections, paper sheets, day and month views.

A member has at most one valid sign-in a day; nothing is deleted — a wrong entry is voided
with a reason. Times are local ISO text (``YYYY-MM-DDTHH:MM:SS``); every change is audited.
Sign-ins of a closed (submitted) month cannot be added, changed or voided
(``month_close.ensure_month_open``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance import kiosk_people
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line, compact

METHODS = ("card", "search", "keypad", "staff", "paper")
KIOSK_METHODS = ("card", "search", "keypad")
MAX_SCAN_LENGTH = 64
REASON_MAX = 200
# Shown for unknown and archived cards alike: the kiosk must not reveal who is archived.
NOT_FOUND_MESSAGE = Message(QT_TRANSLATE_NOOP("Messages", "未找到此卡，请找工作人员"))
UNREADABLE_MESSAGE = Message(QT_TRANSLATE_NOOP("Messages", "无法识别，请重新刷卡或找工作人员"))
_SCAN = re.compile(r"^[0-9A-Za-z\-]+$")


class KioskRefusal(WarmHomeError):
    """The kiosk could not sign this in; the message is neutral and shown to the member."""


class AttendanceError(WarmHomeError):
    """A staff correction that cannot be made (the message says why)."""


@dataclass(frozen=True)
class SignIn:
    """One sign-in row."""

    id: int
    person_id: int
    name: str
    day: str
    signed_in_at: str
    signed_out_at: str | None
    method: str
    recorded_by: str
    voided: bool
    void_reason: str | None

    @property
    def time_in(self) -> str:
        """HH:MM of the sign-in."""
        return self.signed_in_at[11:16]

    @property
    def time_out(self) -> str:
        """HH:MM of the sign-out, or ''."""
        return self.signed_out_at[11:16] if self.signed_out_at else ""

    def minutes_present(self) -> int | None:
        """Whole minutes between sign-in and sign-out (None while still signed in)."""
        if not self.signed_out_at:
            return None
        start = datetime.fromisoformat(self.signed_in_at)
        end = datetime.fromisoformat(self.signed_out_at)
        return int((end - start).total_seconds() // 60)


class KioskOutcome(StrEnum):
    """What a kiosk scan or tap did."""

    SIGNED_IN = "signed_in"  # a new sign-in
    ALREADY = "already"  # signed in earlier today: nothing recorded


@dataclass(frozen=True)
class KioskResult:
    """What the kiosk shows after a scan or a tap."""

    status: KioskOutcome
    sign_in: SignIn


def _stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def _now(db: Database, now: datetime | None) -> datetime:
    """The caller's moment (staff entering a time), else the time by ``db``'s clock."""
    return (now or db.clock.now()).replace(microsecond=0)


_ROW_SQL = """
SELECT s.id, s.person_id, p.name, s.day, s.signed_in_at, s.signed_out_at, s.method,
       s.recorded_by, s.voided_at IS NOT NULL AS voided, s.void_reason
FROM sign_in s JOIN person p ON p.id = s.person_id
"""


def _row(r: sqlite3.Row) -> SignIn:
    return row_as(SignIn, r, voided=bool)


def get_sign_in(db: Database, sign_in_id: int) -> SignIn:
    """One sign-in by id."""
    row = db.query_one(_ROW_SQL + " WHERE s.id = ?", (sign_in_id,))
    if row is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "没有编号为 {sign_in_id} 的签到记录"),
                sign_in_id=sign_in_id,
            )
        )
    return _row(row)


def todays_sign_in(db: Database, person_id: int, day: str) -> SignIn | None:
    """The member's valid sign-in on that day, if any."""
    row = db.query_one(_ROW_SQL + " WHERE s.person_id = ? AND s.day = ? AND s.voided_at IS NULL",
                       (person_id, day))
    return _row(row) if row else None


def _log_event(db: Database, kind: str, detail: str, person_id: int | None,
               now: datetime) -> None:
    with db.transaction():
        db.execute("INSERT INTO kiosk_event (at, kind, detail, person_id) VALUES (?, ?, ?, ?)",
                   (_stamp(now), kind, detail[:MAX_SCAN_LENGTH], person_id))


def eligibility_problem(db: Database, person_id: int, day: str) -> str | None:
    """Why this person cannot sign in on that day ('archived_member', 'left_member'), or None.

    Only active members who joined by that day and have not left before it may sign in.
    """
    row = db.query_one(
        "SELECT p.archived_at, m.active, m.joined_on, m.left_on FROM person p"
        " JOIN member m ON m.person_id = p.id WHERE p.id = ?", (person_id,))
    if row is None:
        return "not_member"
    if row["archived_at"] is not None:
        return "archived_member"
    # "left_member" means "not on the register that day": left before it, or joined after it.
    if not row["active"] or (row["left_on"] and row["left_on"] < day) \
            or (row["joined_on"] and row["joined_on"] > day):
        return "left_member"
    return None


def member_for_card(db: Database, card: str) -> int | None:
    """The member holding this card number (case-insensitive), or None."""
    value = db.scalar("SELECT person_id FROM member WHERE card_number = ?",
                      (compact(card).upper(),))
    return int(value) if value is not None else None


def kiosk_scan(db: Database, scanned: str, *, actor: Actor,
               now: datetime | None = None) -> KioskResult:
    """A card or QR scan at the kiosk: sign the holder in (or report an earlier sign-in).

    Unknown and archived cards get the same neutral refusal; staff see which in the log.
    """
    actor.require(Permission.RUN_KIOSK)
    moment = _now(db, now)
    # A reader typing through an input method in full-width mode gives ＡＢ１２: the card AB12.
    text = compact(scanned)
    if not text or len(text) > MAX_SCAN_LENGTH or not _SCAN.match(text):
        printable = "".join(c if c.isprintable() else "?" for c in text)
        _log_event(db, "malformed_scan", printable, None, moment)
        raise KioskRefusal(UNREADABLE_MESSAGE)
    person_id = member_for_card(db, text)
    if person_id is None:
        # A card another capability gave out (a volunteer's) is not unknown: the kiosk
        # asks that capability next (kiosk_people.sign_by_card), so it is not logged here.
        if kiosk_people.card_holder(db, text) is None:
            _log_event(db, "unknown_card", text.upper(), None, moment)
        raise KioskRefusal(NOT_FOUND_MESSAGE)
    return kiosk_sign_in(db, person_id, method="card", actor=actor, now=moment,
                         card=text.upper())


def kiosk_sign_in(db: Database, person_id: int, *, method: str, actor: Actor,
                  now: datetime | None = None, card: str | None = None) -> KioskResult:
    """Sign a member in from the kiosk (card, search tile, keypad tile). ``card`` is the
    number scanned, kept in the refusal log so staff see which card was used."""
    actor.require(Permission.RUN_KIOSK)
    if method not in KIOSK_METHODS:
        raise ValueError(f"kiosk method must be one of {KIOSK_METHODS}")
    moment = _now(db, now)
    day = moment.date().isoformat()
    problem = eligibility_problem(db, person_id, day)
    if problem is not None:
        _log_event(db, problem if problem != "not_member" else "unknown_card",
                   card or str(person_id), person_id if problem != "not_member" else None,
                   moment)
        raise KioskRefusal(NOT_FOUND_MESSAGE)
    with db.transaction():
        existing = todays_sign_in(db, person_id, day)
        if existing is not None:
            return KioskResult(KioskOutcome.ALREADY, existing)
        ensure_month_open(db, day)
        sign_in_id = _insert(db, person_id, moment, None, method, actor)
    return KioskResult(KioskOutcome.SIGNED_IN, get_sign_in(db, sign_in_id))


def _insert(db: Database, person_id: int, signed_in: datetime, signed_out: datetime | None,
            method: str, actor: Actor, reason: str | None = None) -> int:
    values = {
        "person_id": person_id, "day": signed_in.date().isoformat(),
        "signed_in_at": _stamp(signed_in),
        "signed_out_at": _stamp(signed_out) if signed_out else None,
        "method": method, "recorded_by": actor.username, "created_at": now_iso(db.clock),
    }
    cursor = db.execute(
        "INSERT INTO sign_in (person_id, day, signed_in_at, signed_out_at, method, recorded_by,"
        " created_at) VALUES (:person_id, :day, :signed_in_at, :signed_out_at, :method,"
        " :recorded_by, :created_at)", values)
    sign_in_id = int(cursor.lastrowid or 0)
    audit.record(db, actor=actor.username, action="create", table="sign_in",
                 record_id=sign_in_id, after=values, reason=reason)
    return sign_in_id


def sign_out(db: Database, sign_in_id: int, *, actor: Actor,
             now: datetime | None = None) -> SignIn:
    """Record the sign-out time of today's sign-in (kiosk or staff)."""
    if not (actor.can(Permission.RUN_KIOSK) or actor.can(Permission.EDIT_ATTENDANCE)):
        actor.require(Permission.RUN_KIOSK)
    moment = _now(db, now)
    with db.transaction():
        record = get_sign_in(db, sign_in_id)
        ensure_month_open(db, record.day)
        if record.voided:
            raise AttendanceError(
                Message(QT_TRANSLATE_NOOP("Messages", "这条签到已作废，不能签退"))
            )
        if record.signed_out_at:
            raise AttendanceError(
                Message(QT_TRANSLATE_NOOP("Messages", "已于 {time} 签退"), time=record.time_out)
            )
        if _stamp(moment) < record.signed_in_at:
            raise AttendanceError(
                Message(QT_TRANSLATE_NOOP("Messages", "签退时间不能早于签到时间"))
            )
        if moment.date().isoformat() != record.day:
            raise AttendanceError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "只能签退当天的签到；以前的日期请由工作人员更正")
                )
            )
        db.execute("UPDATE sign_in SET signed_out_at = ? WHERE id = ?",
                   (_stamp(moment), sign_in_id))
        audit.record(db, actor=actor.username, action="update", table="sign_in",
                     record_id=sign_in_id, before={"signed_out_at": None},
                     after={"signed_out_at": _stamp(moment)})
    return get_sign_in(db, sign_in_id)


def _clean_reason(reason: str) -> str:
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP("Messages", "请填写原因"))})
    if len(text) > REASON_MAX:
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("Messages", "原因最多{limit}个字"), limit=REASON_MAX
                )
            }
        )
    return text


def _check_times(signed_in: datetime, signed_out: datetime | None, now: datetime) -> None:
    errors: dict[str, str] = {}
    if signed_in > now:
        errors["signed_in_at"] = Message(QT_TRANSLATE_NOOP("Messages", "签到时间不能晚于现在"))
    if signed_out is not None:
        if signed_out > now:
            errors["signed_out_at"] = Message(QT_TRANSLATE_NOOP("Messages", "签退时间不能晚于现在"))
        elif signed_out < signed_in:
            errors["signed_out_at"] = Message(
                QT_TRANSLATE_NOOP("Messages", "签退时间不能早于签到时间")
            )
        elif signed_out.date() != signed_in.date():
            errors["signed_out_at"] = Message(QT_TRANSLATE_NOOP("Messages", "签退应与签到在同一天"))
    if errors:
        raise ValidationError(errors)


def staff_sign_in(db: Database, person_id: int, signed_in: datetime,
                  signed_out: datetime | None = None, *, actor: Actor, reason: str,
                  method: str = "staff", now: datetime | None = None) -> int:
    """Staff add a sign-in for a member (e.g. forgot the card), with a reason."""
    actor.require(Permission.EDIT_ATTENDANCE)
    if method not in ("staff", "paper"):
        raise ValueError("staff sign-ins use method 'staff' or 'paper'")
    text = _clean_reason(reason)
    _check_times(signed_in, signed_out, _now(db, now))
    day = signed_in.date().isoformat()
    problem = eligibility_problem(db, person_id, day)
    if problem == "not_member":
        raise AttendanceError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "编号 {person_id} 不是会员，不能签到"),
                person_id=person_id,
            )
        )
    if problem == "archived_member":
        raise AttendanceError(
            Message(QT_TRANSLATE_NOOP("Messages", "此人已归档，不能签到；如需补签请先恢复"))
        )
    if problem == "left_member":
        raise AttendanceError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "此会员在这一天不在册（尚未入会或已离开），不能签到")
            )
        )
    with db.transaction():
        ensure_month_open(db, day)
        existing = todays_sign_in(db, person_id, day)
        if existing is not None:
            raise AttendanceError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{name} 已于 {day} {time} 签到"),
                    name=existing.name,
                    day=day,
                    time=existing.time_in,
                )
            )
        return _insert(db, person_id, signed_in, signed_out, method, actor, text)


def correct_sign_in(db: Database, sign_in_id: int, signed_in: datetime,
                    signed_out: datetime | None, *, actor: Actor, reason: str,
                    now: datetime | None = None) -> SignIn:
    """Correct the times of a sign-in (same day), with a reason."""
    actor.require(Permission.EDIT_ATTENDANCE)
    text = _clean_reason(reason)
    _check_times(signed_in, signed_out, _now(db, now))
    with db.transaction():
        record = get_sign_in(db, sign_in_id)
        ensure_month_open(db, record.day)
        if record.voided:
            raise AttendanceError(
                Message(QT_TRANSLATE_NOOP("Messages", "这条签到已作废，不能更正"))
            )
        if signed_in.date().isoformat() != record.day:
            raise ValidationError(
                {
                    "signed_in_at": Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "更正后的签到时间应仍在当天；其他日期请作废后补签"
                        )
                    )
                }
            )
        after = {"signed_in_at": _stamp(signed_in),
                 "signed_out_at": _stamp(signed_out) if signed_out else None}
        db.execute("UPDATE sign_in SET signed_in_at = :signed_in_at,"
                   " signed_out_at = :signed_out_at WHERE id = :id", {**after, "id": sign_in_id})
        audit.record(db, actor=actor.username, action="update", table="sign_in",
                     record_id=sign_in_id, before={"signed_in_at": record.signed_in_at,
                                                   "signed_out_at": record.signed_out_at},
                     after=after, reason=text)
    return get_sign_in(db, sign_in_id)


def void_sign_in(db: Database, sign_in_id: int, *, actor: Actor, reason: str) -> None:
    """Void a wrong sign-in; it stays on record, marked with the reason."""
    actor.require(Permission.EDIT_ATTENDANCE)
    text = _clean_reason(reason)
    with db.transaction():
        record = get_sign_in(db, sign_in_id)
        ensure_month_open(db, record.day)
        if record.voided:
            raise AttendanceError(Message(QT_TRANSLATE_NOOP("Messages", "这条签到已经作废")))
        depending = records_depending_on(db, record.person_id, record.day)
        if depending:
            raise AttendanceError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 在 {day} 的签到还不能作废：当天凭这次签到记下了{records}。"
                            "请先取消或作废这些记录，再作废签到"),
                name=record.name, day=record.day, records="；".join(depending)))
        stamp = now_iso(db.clock)
        db.execute("UPDATE sign_in SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (stamp, text, sign_in_id))
        audit.record(db, actor=actor.username, action="void", table="sign_in",
                     record_id=sign_in_id, before={"voided_at": None},
                     after={"voided_at": stamp}, reason=text)


def records_depending_on(db: Database, person_id: int, day: str) -> list[str]:
    """What other capabilities recorded for the member that day because they were signed in
    (each capability declaring ``SIGN_IN_DEPENDENTS = ("module:function",)`` in its models
    package answers with a line per kind of record, or nothing)."""
    from desktop.models import capabilities

    return [line for ref in capabilities.declarations("desktop.models", "SIGN_IN_DEPENDENTS")
            for line in capabilities.resolve(ref)(db, person_id, day)]


def day_sign_ins(db: Database, day: str, *, include_voided: bool = True) -> list[SignIn]:
    """Every sign-in of a day in time order (voided ones marked)."""
    where = "" if include_voided else " AND s.voided_at IS NULL"
    rows = db.query(_ROW_SQL + f" WHERE s.day = ?{where} ORDER BY s.signed_in_at, s.id",
                    (day,))
    return [_row(r) for r in rows]


def expected_members(db: Database, day: str,
                     programme: str | None = None) -> list[tuple[int, str, str]]:
    """Members who may come that day, as (id, name, card), in pinyin order (paper sheet)."""
    sql = (
        "SELECT p.id, p.name, coalesce(m.card_number, '') FROM member m"
        " JOIN person p ON p.id = m.person_id"
        " WHERE m.active = 1 AND p.archived_at IS NULL"
        " AND (m.joined_on IS NULL OR m.joined_on <= ?) AND (m.left_on IS NULL OR m.left_on >= ?)"
    )
    params: list[object] = [day, day]
    if programme:
        sql += (" AND EXISTS (SELECT 1 FROM member_programme mp WHERE mp.person_id = p.id"
                " AND mp.programme = ?)")
        params.append(programme)
    sql += " ORDER BY p.name_sort, p.id"
    return [(int(r[0]), str(r[1]), str(r[2])) for r in db.query(sql, params)]


def enter_paper_sheet(db: Database, day: str, person_ids: list[int], *, actor: Actor,
                      arrival: time = time(9, 0), now: datetime | None = None) -> int:
    """Enter a ticked paper sheet in one pass: a 'paper' sign-in for each ticked member who
    has none that day. Returns how many were added; all or nothing."""
    actor.require(Permission.EDIT_ATTENDANCE)
    moment = _now(db, now)
    when = datetime.combine(date.fromisoformat(day), arrival)
    if when > moment:
        raise ValidationError(
            {"day": Message(QT_TRANSLATE_NOOP("Messages", "纸质签到表的日期和时间不能晚于现在"))}
        )
    added = 0
    with db.transaction():
        ensure_month_open(db, day)
        for person_id in dict.fromkeys(person_ids):
            if todays_sign_in(db, person_id, day) is not None:
                continue
            if eligibility_problem(db, person_id, day) is not None:
                raise AttendanceError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "编号 {person_id} 在 {day} 不是在册会员，不能签到"
                        ),
                        person_id=person_id,
                        day=day,
                    )
                )
            _insert(db, person_id, when, None, "paper", actor, "纸质签到表录入")
            added += 1
    return added


def kiosk_events(db: Database, day: str) -> list[dict[str, object]]:
    """The kiosk's refusals on a day (unknown cards, archived or departed members)."""
    rows = db.query(
        "SELECT e.at, e.kind, e.detail, e.person_id, p.name FROM kiosk_event e"
        " LEFT JOIN person p ON p.id = e.person_id WHERE substr(e.at, 1, 10) = ?"
        " ORDER BY e.at", (day,))
    return [dict(r) for r in rows]
