"""Hand-over at the end of the day (离站交接): who collected a day-care member and when (Qt-free).

The collector is one of the member's active pick-up people (``care_pickup``) or someone else,
and then the reason must be written down (a neighbour sent by the guardian, a taxi the family
booked). Recording the hand-over also records the member's sign-out in attendance at the
collection time, in the same transaction, when the member has not signed out yet; voiding a
hand-over takes back the sign-out it made (and only that one). A wrong hand-over is voided with
a reason and recorded again; nothing is deleted, and every change is audited.

A member present that day with neither a hand-over nor a sign-out is *still here*; after the
centre's closing time (:func:`~.day_care.closing_time`) that is flagged on the page and, for
today, on the home page (:func:`not_collected_alerts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.attendance import attendance
from desktop.models.care.day_care import (
    closing_time,
    ensure_day_care_member,
    ensure_present,
    present_members,
    require_care,
)
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import dashboard
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line, clean_name
from desktop.models.times import parse_time

NAME_MAX = 50
REASON_MAX = 100
# Written on the attendance side when voiding a hand-over takes its sign-out back.
_SIGN_OUT_REASON = "离站交接作废：{reason}"


class HandoverError(WarmHomeError):
    """A hand-over refused for a reason that is no single field's (recorded already, voided)."""


@dataclass(frozen=True)
class Pickup:
    """Someone allowed to collect a member (from the care profile's pick-up list)."""

    id: int
    name: str
    relation: str
    is_guardian: bool


@dataclass(frozen=True)
class Handover:
    """One recorded hand-over; ``pickup_id`` is None when someone else collected the member
    (then ``reason`` says why)."""

    id: int
    person_id: int
    day: str
    pickup_id: int | None
    collector_name: str
    collected_at: str
    reason: str
    recorded_by: str
    created_at: str
    voided: bool
    void_reason: str | None
    relation: str = ""

    @property
    def from_list(self) -> bool:
        """Whether the collector is on the member's pick-up list."""
        return self.pickup_id is not None


@dataclass(frozen=True)
class DayMember:
    """A day-care member present on a day, as the hand-over page lists them.

    ``still_here``: no valid hand-over and no sign-out; ``late``: still here and the centre's
    closing time that day has passed."""

    person_id: int
    name: str
    signed_in: str
    signed_out: str
    handover: Handover | None
    still_here: bool
    late: bool


_HANDOVER_SQL = """
SELECT h.id, h.person_id, h.day, h.pickup_id, h.collector_name, h.collected_at, h.reason,
       h.recorded_by, h.created_at, h.voided_at IS NOT NULL AS voided, h.void_reason,
       coalesce(p.relation, '') AS relation
FROM care_handover h LEFT JOIN care_pickup p ON p.id = h.pickup_id
"""


def _person_name(db: Database, person_id: int) -> str:
    return str(db.scalar("SELECT name FROM person WHERE id = ?", (person_id,)) or person_id)


def _day(value: str | date) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError({"day": Message(QT_TRANSLATE_NOOP(
            "Messages", "日期“{value}”不对：请写成 年-月-日，例如 2024-05-13"),
            value=value)}) from None


def allowed_pickups(db: Database, person_id: int, *, actor: Actor) -> list[Pickup]:
    """The member's active pick-up people, guardians first."""
    require_care(actor)
    return [row_as(Pickup, r, is_guardian=bool) for r in db.query(
        "SELECT id, name, relation, is_guardian FROM care_pickup"
        " WHERE person_id = ? AND active = 1 ORDER BY is_guardian DESC, id", (person_id,))]


def get_handover(db: Database, handover_id: int, *, actor: Actor) -> Handover:
    """One hand-over by id (voided ones too)."""
    require_care(actor)
    return _get(db, handover_id)


def _get(db: Database, handover_id: int) -> Handover:
    row = db.query_one(_HANDOVER_SQL + " WHERE h.id = ?", (handover_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的离站交接记录"), id=handover_id))
    return row_as(Handover, row, voided=bool)


def _valid_handover(db: Database, person_id: int, day: str) -> Handover | None:
    row = db.query_one(_HANDOVER_SQL + " WHERE h.person_id = ? AND h.day = ?"
                       " AND h.voided_at IS NULL", (person_id, day))
    return row_as(Handover, row, voided=bool) if row else None


def _collector(db: Database, person_id: int, pickup_id: int | None, collector_name: str,
               reason: str) -> tuple[int | None, str, str]:
    """(pickup id, collector's name, reason) after the pick-up rule: someone on the member's
    active list, or anyone else with a reason. A name typed that is on the list counts as
    that person."""
    if pickup_id is not None:
        row = db.query_one("SELECT id, name FROM care_pickup WHERE id = ? AND person_id = ?"
                           " AND active = 1", (pickup_id, person_id))
        if row is None:
            raise ValidationError({"pickup_id": Message(QT_TRANSLATE_NOOP(
                "Messages", "所选的接送人不在{name}目前的接送名单上：请重新选择，或选“其他人”"
                            "并写明原因"), name=_person_name(db, person_id))})
        return int(row["id"]), str(row["name"]), reason
    name = clean_name(collector_name)
    if not name:
        raise ValidationError({"collector_name": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写接走会员的人的姓名"))})
    if len(name) > NAME_MAX:
        raise ValidationError({"collector_name": Message(QT_TRANSLATE_NOOP(
            "Messages", "接走人的姓名最多{limit}个字"), limit=NAME_MAX)})
    listed = db.scalar("SELECT id FROM care_pickup WHERE person_id = ? AND active = 1"
                       " AND name = ? ORDER BY is_guardian DESC, id LIMIT 1", (person_id, name))
    if listed is not None:
        return int(listed), name, reason
    if not reason:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "“{collector}”不在{name}的接送名单上：请写明由他接走的原因（例如：家长"
                        "电话委托），或先在照料档案中添加这位接送人"),
            collector=name, name=_person_name(db, person_id))})
    return None, name, reason


def record_handover(db: Database, person_id: int, day: str | date, *,
                    pickup_id: int | None = None, collector_name: str = "",
                    collected_at: str, reason: str = "", actor: Actor) -> int:
    """Record who collected the member on ``day`` and when (``HH:MM``); returns its id.

    Also records the sign-out at that time when the member has not signed out yet (one
    transaction, both audited). Refused, with nothing written: a time that is not a time of
    the day or is still to come, someone not on the pick-up list without a reason, a member
    who did not sign in that day (NotPresentError), a closed month, a second hand-over."""
    require_care(actor)
    day_text = _day(day)
    at = parse_time(collected_at, "collected_at")
    moment = datetime.combine(date.fromisoformat(day_text), time.fromisoformat(at))
    if moment > db.clock.now():
        raise ValidationError({"collected_at": Message(QT_TRANSLATE_NOOP(
            "Messages", "接走时间 {day} {time} 还没到：请在会员被接走后再登记"),
            day=day_text, time=at)})
    reason_text = clean_line(reason)
    if len(reason_text) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多{limit}个字"), limit=REASON_MAX)})
    with db.transaction():
        ensure_month_open(db, day_text)
        ensure_day_care_member(db, person_id)
        if db.scalar("SELECT 1 FROM care_profile WHERE person_id = ?", (person_id,)) is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 还没有照料档案：请先在“照料档案”中建立档案和接送名单，"
                            "再登记离站交接"), name=_person_name(db, person_id)))
        ensure_present(db, person_id, day_text)
        pickup, name, reason_text = _collector(db, person_id, pickup_id, collector_name,
                                               reason_text)
        existing = _valid_handover(db, person_id, day_text)
        if existing is not None:
            raise HandoverError(Message(QT_TRANSLATE_NOOP(
                "Messages", "{name} 在 {day} 已登记由 {collector} 于 {time} 接走：如有错误，"
                            "请先作废这条交接再重新登记"),
                name=_person_name(db, person_id), day=day_text,
                collector=existing.collector_name, time=existing.collected_at))
        sign_in = attendance.todays_sign_in(db, person_id, day_text)
        assert sign_in is not None  # ensure_present
        if at < sign_in.time_in:
            raise ValidationError({"collected_at": Message(QT_TRANSLATE_NOOP(
                "Messages", "接走时间 {time} 早于签到时间 {signed_in}：请核对时间"),
                time=at, signed_in=sign_in.time_in)})
        if sign_in.time_out and at > sign_in.time_out:
            raise ValidationError({"collected_at": Message(QT_TRANSLATE_NOOP(
                "Messages", "接走时间 {time} 晚于签退时间 {signed_out}：会员签退时已离开，"
                            "请填签退的时间；签退时间不对请先在“考勤”页更正"),
                time=at, signed_out=sign_in.time_out)})
        values = {"person_id": person_id, "day": day_text, "pickup_id": pickup,
                  "collector_name": name, "collected_at": at, "reason": reason_text,
                  "recorded_by": actor.username, "created_at": now_iso(db.clock)}
        handover_id = db.execute(
            "INSERT INTO care_handover (person_id, day, pickup_id, collector_name, collected_at,"
            " reason, recorded_by, created_at) VALUES (:person_id, :day, :pickup_id,"
            " :collector_name, :collected_at, :reason, :recorded_by, :created_at)",
            values).lastrowid
        assert handover_id is not None
        audit.record(db, actor=actor.username, action="create", table="care_handover",
                     record_id=handover_id, after=values, reason=reason_text or None)
        if not sign_in.signed_out_at:
            attendance.sign_out(db, sign_in.id, actor=actor, now=moment)
    return handover_id


def void_handover(db: Database, handover_id: int, *, reason: str, actor: Actor) -> None:
    """Void a wrong hand-over with a reason (then record the right one). The sign-out the
    hand-over recorded, if attendance still holds it unchanged, is taken back too."""
    require_care(actor)
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写作废的原因"))})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多{limit}个字"), limit=REASON_MAX)})
    with db.transaction():
        record = _get(db, handover_id)
        ensure_month_open(db, record.day)
        if record.voided:
            raise HandoverError(Message(QT_TRANSLATE_NOOP("Messages", "这条离站交接已经作废")))
        stamp = now_iso(db.clock)
        db.execute("UPDATE care_handover SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (stamp, text, handover_id))
        audit.record(db, actor=actor.username, action="void", table="care_handover",
                     record_id=handover_id, before={"voided_at": None},
                     after={"voided_at": stamp}, reason=text)
        sign_in = attendance.todays_sign_in(db, record.person_id, record.day)
        made_here = f"{record.day}T{record.collected_at}:00"
        if sign_in is not None and sign_in.signed_out_at == made_here:
            attendance.correct_sign_in(
                db, sign_in.id, datetime.fromisoformat(sign_in.signed_in_at), None,
                actor=actor, reason=_SIGN_OUT_REASON.format(reason=text))


def _members(db: Database, day: str, now: datetime) -> list[DayMember]:
    ids = present_members(db, day)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {int(r["person_id"]): r for r in db.query(
        "SELECT s.person_id, p.name, substr(s.signed_in_at, 12, 5) AS signed_in,"
        " coalesce(substr(s.signed_out_at, 12, 5), '') AS signed_out"
        " FROM sign_in s JOIN person p ON p.id = s.person_id"
        f" WHERE s.day = ? AND s.voided_at IS NULL AND s.person_id IN ({marks})",
        (day, *ids))}
    handovers = {h.person_id: h for h in (row_as(Handover, r, voided=bool) for r in db.query(
        _HANDOVER_SQL + f" WHERE h.day = ? AND h.voided_at IS NULL AND h.person_id IN ({marks})",
        (day, *ids)))}
    closing = datetime.combine(date.fromisoformat(day), time.fromisoformat(closing_time(db)))
    members = []
    for person_id in ids:
        row = rows[person_id]
        handover = handovers.get(person_id)
        still_here = handover is None and not row["signed_out"]
        members.append(DayMember(person_id, str(row["name"]), str(row["signed_in"]),
                                 str(row["signed_out"]), handover, still_here,
                                 still_here and now >= closing))
    return members


def handover_day(db: Database, day: str | date, *, actor: Actor) -> list[DayMember]:
    """Each day-care member present on ``day`` (by name) with their hand-over, if any, and
    whether they are still here, and still here after closing time (by the clock now)."""
    require_care(actor)
    return _members(db, _day(day), db.clock.now())


def not_collected_alerts(db: Database, now: datetime) -> list[dashboard.Alert]:
    """Home page: after today's closing time, the day-care members still here (a warning
    naming them, for the 日间照料 page)."""
    from desktop.models.reporting.indicators import Severity

    closing = closing_time(db)
    if now.strftime("%H:%M") < closing:
        return []
    late = [m for m in _members(db, now.date().isoformat(), now) if m.late]
    if not late:
        return []
    names = "、".join(m.name for m in late)
    return [dashboard.Alert("care.not_collected", Severity.WARNING, Message(QT_TRANSLATE_NOOP(
        "Messages", "已过闭馆时间 {closing}，{count} 名日间照料会员仍未接走：{names}；请联系"
                    "家属，接走后在“日间照料 → 离站交接”登记"),
        closing=closing, count=len(late), names=names), "care")]
