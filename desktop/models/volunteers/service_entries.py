"""Service entered by staff without a sign-in (补录服务), and voiding a wrong service entry
(Qt-free).

This is the only way hours are typed: always for a volunteer, a day, a post, a number of
minutes AND a content saying what was done (《志愿服务记录与证明出具办法》: content, date,
hours). The minutes are 1 … the daily maximum (``rules.max_daily_minutes``), stored rounded
down to the rounding step as a sign-out's are (25 minutes with a step of 30 are refused: 0 h),
and the day's valid total for the volunteer stays within it. An archived person or a
non-volunteer is refused, and so is a day in a closed month or still to come. A wrong entry
(of any origin) is voided with a reason and stays on record; every write is audited in its
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line
from desktop.models.volunteers import rules

CONTENT_MAX = 200
REASON_MAX = 200


class ServiceEntryError(WarmHomeError):
    """A service action refused for a reason that is no single field's (already voided)."""


@dataclass(frozen=True)
class ServiceEntry:
    """What the 补录服务 form holds: ``day`` is ``YYYY-MM-DD``."""

    person_id: int
    day: str
    post_id: int
    minutes: int
    content: str


def day_minutes(db: Database, person_id: int, day: str) -> int:
    """The volunteer's valid service minutes recorded on ``day``."""
    return int(db.scalar(
        "SELECT coalesce(sum(minutes), 0) FROM volunteer_service"
        " WHERE person_id = ? AND day = ? AND voided_at IS NULL", (person_id, day)))


def _checked(db: Database, entry: ServiceEntry) -> dict[str, Any]:
    """The entry's values as stored; ValidationError naming each field that is wrong."""
    errors: dict[str, str] = {}
    limit = rules.max_daily_minutes(db)
    try:
        day = date.fromisoformat(entry.day.strip()).isoformat()
    except ValueError:
        day = ""
        errors["day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务日期“{day}”不正确：请写成 年-月-日，如 2024-05-06"), day=entry.day)
    if day and day > db.clock.today().isoformat():
        errors["day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务日期 {day} 还没到：只能补录已经完成的服务"), day=day)
    post = db.query_one("SELECT name, active FROM volunteer_post WHERE id = ?",
                        (entry.post_id,))
    if post is None:
        errors["post_id"] = Message(QT_TRANSLATE_NOOP("Messages", "请选择服务岗位"))
    content = clean_line(entry.content)
    if not content:
        errors["content"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请写明服务内容（做了什么），时长不能只填一个数字"))
    elif len(content) > CONTENT_MAX:
        errors["content"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务内容最多{limit}个字"), limit=CONTENT_MAX)
    step = rules.rounding_minutes(db)
    # Rounded down to the step as a sign-out is: the record never claims time not served.
    minutes = rules.round_minutes(entry.minutes, step)
    if not 1 <= entry.minutes <= limit:
        errors["minutes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务时长应为 1 到 {limit} 分钟（{hours} 小时）"),
            limit=limit, hours=rules.hours_text(limit))
    elif minutes <= 0:
        errors["minutes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "服务时长 {typed} 分钟不满取整单位 {step} 分钟，取整后为 0，不能记录："
                        "请核对时长"), typed=entry.minutes, step=step)
    elif day and "day" not in errors:
        already = day_minutes(db, entry.person_id, day)
        if already + minutes > limit:
            errors["minutes"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "{day} 已记录 {done} 小时，再加 {add} 小时超过每天最多 {limit} 小时"),
                day=day, done=rules.hours_text(already), add=rules.hours_text(minutes),
                limit=rules.hours_text(limit))
    if errors:
        raise ValidationError(errors)
    return {"person_id": entry.person_id, "day": day, "post_id": entry.post_id,
            "minutes": minutes, "content": content}


def add_service(db: Database, entry: ServiceEntry, *, actor: Actor) -> int:
    """Record service entered by staff; returns the new entry's id. Refused, with nothing
    written, for an archived person or non-volunteer, a closed month, a day to come, no post,
    no content, minutes out of 1 … the daily maximum or a day's total over it."""
    rules.require_manage(actor)
    rules.ensure_volunteer(db, entry.person_id)
    with db.transaction():
        values = _checked(db, entry)
        ensure_month_open(db, values["day"])
        values.update(recorded_by=actor.username, created_at=now_iso(db.clock))
        entry_id = db.execute(
            "INSERT INTO volunteer_service (person_id, day, post_id, minutes, content,"
            " recorded_by, created_at) VALUES (:person_id, :day, :post_id, :minutes, :content,"
            " :recorded_by, :created_at)", values).lastrowid
        assert entry_id is not None
        audit.record(db, actor=actor.username, action="create", table="volunteer_service",
                     record_id=entry_id, after=values)
    return entry_id


def void_service(db: Database, entry_id: int, *, reason: str, actor: Actor) -> None:
    """Void a wrong service entry with a reason; it stays on record and leaves the ledger."""
    rules.require_manage(actor)
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写作废的原因"))})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多{limit}个字"), limit=REASON_MAX)})
    with db.transaction():
        row = db.query_one("SELECT day, voided_at FROM volunteer_service WHERE id = ?",
                           (entry_id,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的志愿服务记录"), id=entry_id))
        if row["voided_at"] is not None:
            raise ServiceEntryError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条志愿服务记录已经作废")))
        ensure_month_open(db, row["day"])
        stamp = now_iso(db.clock)
        db.execute("UPDATE volunteer_service SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (stamp, text, entry_id))
        audit.record(db, actor=actor.username, action="void", table="volunteer_service",
                     record_id=entry_id, before={"voided_at": None},
                     after={"voided_at": stamp}, reason=text)


def posts(db: Database) -> list[tuple[int, str]]:
    """The active posts (id, name) in list order, for the 补录服务 form."""
    return [(int(r["id"]), r["name"]) for r in db.query(
        "SELECT id, name FROM volunteer_post WHERE active = 1 ORDER BY sort, id")]
