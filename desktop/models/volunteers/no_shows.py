"""No-shows (未到): volunteers signed up for a shift who did not come (Qt-free).

:func:`mark_no_shows` marks, in one transaction, every sign-up still 'signed_up' for a shift
(not cancelled) that has ended, when the volunteer has no valid sign-in linked to that shift.
Staff correct a wrong mark with a reason: :func:`excuse` (请假: they had told the centre) or
:func:`undo_no_show` (they did come: back to signed up); a wrong 请假 is undone with
:func:`undo_excuse` (back to 未到, as it was). Every change is audited; a closed month is
read-only. The no-show rate is no-shows over the sign-ups of shifts that have ended.

A sign-up staff have reviewed is never marked again: an undone 未到 is 'signed_up' WITH the
undo's reason (a sign-up is made with an empty reason, and only :func:`undo_no_show` writes a
reason on a 'signed_up' row), so the marking skips every 'signed_up' row that has a reason.
No schema change is needed for this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line
from desktop.models.volunteers import rules

REASON_MAX = 200


class NoShowError(WarmHomeError):
    """A no-show change that cannot be made (the message says why)."""


@dataclass(frozen=True)
class NoShow:
    """A sign-up marked no-show (or excused), as the staff page lists it."""

    signup_id: int
    person_id: int
    name: str
    day: str
    post_name: str
    starts_at: str
    ends_at: str
    status: str
    reason: str


# A 'signed_up' row with a reason is one whose 未到 staff undid: reviewed, never re-marked.
_ENDED = ("sh.cancelled_at IS NULL AND su.status = 'signed_up' AND su.reason = ''"
          " AND (sh.day < :day OR (sh.day = :day AND sh.ends_at <= :time))")
_NOT_SIGNED_IN = ("NOT EXISTS (SELECT 1 FROM volunteer_sign_in s WHERE s.shift_id = sh.id"
                  " AND s.person_id = su.person_id AND s.voided_at IS NULL)")
# Sign-ups of a closed month are read-only: left as they are.
_OPEN_MONTH = ("NOT EXISTS (SELECT 1 FROM month_state ms WHERE ms.month = substr(sh.day, 1, 7)"
               " AND ms.closed = 1)")


def mark_no_shows(db: Database, now: datetime, *, actor: Actor) -> list[int]:
    """Mark as no-show every sign-up of an ended, not cancelled shift (in an open month)
    whose volunteer has no valid sign-in linked to it and whose 未到 staff have not undone
    before; returns the sign-up ids marked."""
    rules.require_manage(actor)
    moment = {"day": now.date().isoformat(), "time": now.strftime("%H:%M")}
    with db.transaction():
        ids = [int(r["id"]) for r in db.query(
            "SELECT su.id FROM volunteer_signup su JOIN volunteer_shift sh"
            f" ON sh.id = su.shift_id WHERE {_ENDED} AND {_NOT_SIGNED_IN}"
            f" AND {_OPEN_MONTH} ORDER BY su.id", moment)]
        stamp = now_iso(db.clock)
        for signup_id in ids:
            db.execute("UPDATE volunteer_signup SET status = 'no_show', updated_at = ?"
                       " WHERE id = ?", (stamp, signup_id))
            audit.record(db, actor=actor.username, action="update", table="volunteer_signup",
                         record_id=signup_id, before={"status": "signed_up"},
                         after={"status": "no_show"})
    return ids


def _clean_reason(reason: str) -> str:
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP("Messages", "请填写原因"))})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多{limit}个字"), limit=REASON_MAX)})
    return text


def _change(db: Database, signup_id: int, status: str, reason: str, actor: Actor,
            *, from_status: str = "no_show") -> None:
    rules.require_manage(actor)
    text = _clean_reason(reason)
    with db.transaction():
        row = db.query_one("SELECT su.status, su.reason, sh.day FROM volunteer_signup su"
                           " JOIN volunteer_shift sh ON sh.id = su.shift_id WHERE su.id = ?",
                           (signup_id,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的班次报名"), id=signup_id))
        ensure_month_open(db, row["day"])
        if row["status"] != from_status:
            raise NoShowError(
                Message(QT_TRANSLATE_NOOP("Messages", "这条报名没有标记为未到：不需要更正"))
                if from_status == "no_show" else
                Message(QT_TRANSLATE_NOOP("Messages", "这条报名没有标记为请假：不需要撤销")))
        db.execute("UPDATE volunteer_signup SET status = ?, reason = ?, updated_at = ?"
                   " WHERE id = ?", (status, text, now_iso(db.clock), signup_id))
        audit.record(db, actor=actor.username, action="update", table="volunteer_signup",
                     record_id=signup_id, before={"status": from_status, "reason": row["reason"]},
                     after={"status": status, "reason": text}, reason=text)


def excuse(db: Database, signup_id: int, reason: str, *, actor: Actor) -> None:
    """A no-show the volunteer had excused (请假): marked excused with the reason."""
    _change(db, signup_id, "excused", reason, actor)


def undo_no_show(db: Database, signup_id: int, reason: str, *, actor: Actor) -> None:
    """A wrong no-show (the volunteer came): back to signed up, with the reason."""
    _change(db, signup_id, "signed_up", reason, actor)


def undo_excuse(db: Database, signup_id: int, reason: str, *, actor: Actor) -> None:
    """A wrong 请假 (the volunteer had not excused themselves): back to no-show, as it was
    before, with the reason (a volunteer who did come is then undone with
    :func:`undo_no_show`)."""
    _change(db, signup_id, "no_show", reason, actor, from_status="excused")


def day_no_shows(db: Database, day: str | date, *, actor: Actor) -> list[NoShow]:
    """The no-shows and excused absences of a day's shifts, by shift start and name."""
    rules.require_manage(actor)
    text = day.isoformat() if isinstance(day, date) else day
    return [row_as(NoShow, r) for r in db.query(
        "SELECT su.id AS signup_id, su.person_id, p.name, sh.day, vp.name AS post_name,"
        " sh.starts_at, sh.ends_at, su.status, su.reason FROM volunteer_signup su"
        " JOIN volunteer_shift sh ON sh.id = su.shift_id"
        " JOIN volunteer_post vp ON vp.id = sh.post_id JOIN person p ON p.id = su.person_id"
        " WHERE sh.day = ? AND su.status IN ('no_show', 'excused')"
        " ORDER BY sh.starts_at, p.name, su.id", (text,))]


def no_show_counts(db: Database, person_id: int, since: str | date) -> tuple[int, int]:
    """(no-shows, sign-ups) of the volunteer: sign-ups not cancelled, of shifts not cancelled,
    from ``since`` to today."""
    text = since.isoformat() if isinstance(since, date) else since
    row = db.query_one(
        "SELECT count(*) AS total, coalesce(sum(su.status = 'no_show'), 0) AS missed"
        " FROM volunteer_signup su JOIN volunteer_shift sh ON sh.id = su.shift_id"
        " WHERE su.person_id = ? AND su.status <> 'cancelled' AND sh.cancelled_at IS NULL"
        " AND sh.day >= ? AND sh.day <= ?",
        (person_id, text, db.clock.today().isoformat()))
    assert row is not None
    return int(row["missed"]), int(row["total"])


def no_show_rate(db: Database, person_id: int, since: str | date) -> float:
    """The volunteer's no-shows over their sign-ups (not cancelled) of not cancelled shifts
    from ``since`` to today; 0.0 without any."""
    missed, total = no_show_counts(db, person_id, since)
    return missed / total if total else 0.0
