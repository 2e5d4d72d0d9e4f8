"""Sign-ups (报名) for volunteer shifts: by staff or at the kiosk, cancelled with a reason, or
swapped to another shift (Qt-free).

A volunteer is signed up only while on the register (not archived), for a shift that is not
cancelled, has a place open, and does not overlap another shift the volunteer is signed up for
that day. A volunteer already signed in that day without a shift (a walk-in, still there) is
linked to the shift they are signed up for, by staff or at the kiosk alike
(:func:`sign_ins.link_open_sign_in`). A sign-up is never deleted: it is cancelled with a
reason. Every write is one transaction with its audit entry; the shift's month must be open.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.volunteers.rules import ensure_volunteer, require_manage
from desktop.models.volunteers.shifts import clean_reason, get_shift
from desktop.models.volunteers.sign_ins import link_open_sign_in


class SignUpRefused(WarmHomeError):
    """The volunteer cannot take this shift (full, cancelled, overlapping, signed up already)."""


@dataclass(frozen=True)
class VolunteerShift:
    """One of a volunteer's sign-ups on a day, with its shift."""

    signup_id: int
    shift_id: int
    post_id: int
    post_name: str
    day: str
    starts_at: str
    ends_at: str
    status: str


def _person_name(db: Database, person_id: int) -> str:
    return str(db.scalar("SELECT name FROM person WHERE id = ?", (person_id,)) or "")


def _sign_up(db: Database, shift_id: int, person_id: int, method: str, actor: Actor) -> int:
    """The checks and the insert, inside the caller's transaction."""
    ensure_volunteer(db, person_id)
    shift = get_shift(db, shift_id)
    name = _person_name(db, person_id)
    when = Message(QT_TRANSLATE_NOOP("Messages", "{day} {start}–{end} {post}"),
                   day=shift.day, start=shift.starts_at, end=shift.ends_at, post=shift.post_name)
    if shift.cancelled:
        raise SignUpRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "{shift} 的班次已取消（{reason}）：请选择其他班次"),
            shift=when, reason=shift.cancel_reason or ""))
    ensure_month_open(db, shift.day)
    if any(v.person_id == person_id for v in shift.volunteers):
        raise SignUpRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 已经报名了 {shift}"), name=name, shift=when))
    if shift.open_places <= 0:
        raise SignUpRefused(Message(QT_TRANSLATE_NOOP(
            "Messages", "{shift} 已报满（{capacity} 人）：请选择其他班次，或先增加名额"),
            shift=when, capacity=shift.capacity))
    clash = db.query_one(
        "SELECT s.starts_at, s.ends_at, p.name FROM volunteer_signup u"
        " JOIN volunteer_shift s ON s.id = u.shift_id JOIN volunteer_post p ON p.id = s.post_id"
        " WHERE u.person_id = ? AND u.status <> 'cancelled' AND s.cancelled_at IS NULL"
        " AND s.day = ? AND s.id <> ? AND s.starts_at < ? AND ? < s.ends_at"
        " ORDER BY s.starts_at LIMIT 1",
        (person_id, shift.day, shift_id, shift.ends_at, shift.starts_at))
    if clash is not None:
        raise SignUpRefused(Message(QT_TRANSLATE_NOOP(
            "Messages",
            "{name} 在 {day} {start}–{end} 已报名“{post}”，时间重叠：请选择不重叠的班次"),
            name=name, day=shift.day, start=clash["starts_at"], end=clash["ends_at"],
            post=clash["name"]))
    at = now_iso(db.clock)
    signup_id = int(db.execute(
        "INSERT INTO volunteer_signup (shift_id, person_id, method, recorded_by, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (shift_id, person_id, method, actor.username, at, at)).lastrowid or 0)
    audit.record(db, actor=actor.username, action="create", table="volunteer_signup",
                 record_id=signup_id, after={"shift_id": shift_id, "person_id": person_id,
                                             "day": shift.day, "method": method})
    # Already here without a shift (a walk-in): that sign-in now belongs to this shift.
    link_open_sign_in(db, person_id, shift_id, actor=actor)
    return signup_id


def sign_up(db: Database, shift_id: int, person_id: int, *, actor: Actor) -> int:
    """Sign a volunteer up for a shift (staff), in one transaction with its audit entry.

    Refused: NotFoundError for an archived person or one not a volunteer; SignUpRefused for a
    cancelled or full shift, one already taken, or an overlap with another shift that day;
    MonthClosedError for a closed month.
    """
    require_manage(actor)
    with db.transaction():
        return _sign_up(db, shift_id, person_id, "staff", actor)


def sign_up_at_kiosk(db: Database, shift_id: int, person_id: int, *, actor: Actor) -> int:
    """A volunteer signs up at the kiosk (method 'kiosk'); the same checks as :func:`sign_up`."""
    actor.require(Permission.RUN_KIOSK)
    with db.transaction():
        return _sign_up(db, shift_id, person_id, "kiosk", actor)


def _cancel(db: Database, signup_id: int, why: str, actor: Actor) -> int:
    """Cancel inside the caller's transaction; returns the person's id."""
    row = db.query_one("SELECT u.person_id, u.status, s.day FROM volunteer_signup u"
                       " JOIN volunteer_shift s ON s.id = u.shift_id WHERE u.id = ?",
                       (signup_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的报名"),
                                    id=signup_id))
    if row["status"] != "signed_up":
        raise WarmHomeError(Message(QT_TRANSLATE_NOOP(
            "Messages", "这条报名已不是“已报名”状态，不能再取消")))
    ensure_month_open(db, row["day"])
    db.execute("UPDATE volunteer_signup SET status = 'cancelled', reason = ?, updated_at = ?"
               " WHERE id = ?", (why, now_iso(db.clock), signup_id))
    audit.record(db, actor=actor.username, action="cancel", table="volunteer_signup",
                 record_id=signup_id, before={"status": row["status"]},
                 after={"status": "cancelled", "reason": why}, reason=why)
    return int(row["person_id"])


def cancel_signup(db: Database, signup_id: int, reason: str, *, actor: Actor) -> None:
    """Cancel a sign-up with a reason (required), in one transaction with its audit entry."""
    require_manage(actor)
    why = clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "取消报名的原因")))
    with db.transaction():
        _cancel(db, signup_id, why, actor)


def swap(db: Database, signup_id: int, shift_id: int, reason: str, *, actor: Actor) -> int:
    """Move a volunteer from one shift to another: the sign-up is cancelled with ``reason`` and
    a new one made, in one transaction (neither happens when the new shift refuses); returns
    the new sign-up's id."""
    require_manage(actor)
    why = clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "换班原因")))
    with db.transaction():
        person_id = _cancel(db, signup_id, why, actor)
        return _sign_up(db, shift_id, person_id, "staff", actor)


def shifts_of(db: Database, person_id: int, day: str) -> list[VolunteerShift]:
    """The volunteer's sign-ups that day that are not cancelled, on shifts not cancelled, in
    time order (the kiosk offers them at sign-in)."""
    return [VolunteerShift(int(r["id"]), int(r["shift_id"]), int(r["post_id"]), r["name"],
                           r["day"], r["starts_at"], r["ends_at"], r["status"])
            for r in db.query(
                "SELECT u.id, u.shift_id, s.post_id, p.name, s.day, s.starts_at, s.ends_at,"
                " u.status FROM volunteer_signup u JOIN volunteer_shift s ON s.id = u.shift_id"
                " JOIN volunteer_post p ON p.id = s.post_id WHERE u.person_id = ? AND s.day = ?"
                " AND u.status <> 'cancelled' AND s.cancelled_at IS NULL"
                " ORDER BY s.starts_at, s.id", (person_id, day))]


def signups_of_shift(db: Database, shift_id: int) -> list[tuple[int, str]]:
    """(sign-up id, name) of those signed up for a shift, for the cancel dialog."""
    return [(v.signup_id, v.name) for v in get_shift(db, shift_id).volunteers
            if v.status == "signed_up"]
