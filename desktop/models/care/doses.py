"""Medication doses (服药记录): each scheduled dose given, refused or missed, when and by whom,
and the doses due now that nobody has recorded yet (the home page's alert). Qt-free.

A member's schedule is their ``care_medication`` rows in effect on the day (``starts_on`` on or
before it, ``ends_on`` empty or on or after it); each of its ``times`` is one dose a day. A dose
is recorded once per medication, day and scheduled time; a wrong record is voided with a reason
and recorded again (:func:`correct_dose` does both in one transaction), never changed or
deleted.

*Due now* (:func:`doses_due`): a scheduled time of today from ``DUE_WINDOW`` (3 hours) before
now up to now, for a day-care member signed in today who had not signed out or been collected
by then, with no valid dose recorded. Older unrecorded doses are no longer "due now": they stay
on the 用药 tab as 未记录 and the month's checks report a care day without its doses.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.care.day_care import (
    DOSE_STATUSES,
    ensure_day_care_member,
    ensure_present,
    present_members,
    require_care,
)
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line, clean_text
from desktop.models.times import parse_time, parse_times

if TYPE_CHECKING:
    from desktop.models.reporting.dashboard import Alert

DUE_WINDOW = timedelta(hours=3)
# A dose recorded more than this after its time is being entered late (from the paper sheet,
# at the end of the day): the form then offers the scheduled time, not the time of entry,
# which would put a false time on the record.
LATE_ENTRY = timedelta(hours=1)
# Names listed in the home page's alert before "…".
ALERT_NAMES = 5
MAX_NOTE = 200
MAX_GIVER = 50


class DoseError(WarmHomeError):
    """A dose that cannot be recorded as asked (already recorded, not this member's …)."""


@dataclass(frozen=True)
class Medication:
    """One medicine of a member's schedule in effect on a day, with its times of day."""

    id: int
    person_id: int
    medicine: str
    dose: str
    times: tuple[str, ...]


@dataclass(frozen=True)
class ScheduledDose:
    """One dose a member should take on a day, with its valid record if there is one."""

    medication_id: int
    person_id: int
    name: str
    medicine: str
    dose: str
    time: str
    dose_id: int | None = None
    status: str | None = None
    at_time: str = ""
    given_by: str = ""
    note: str = ""

    @property
    def recorded(self) -> bool:
        """Whether a valid dose (given, refused or missed) is on record."""
        return self.dose_id is not None


@dataclass(frozen=True)
class DoseRecord:
    """A recorded dose as the day's history shows it (voided ones too)."""

    id: int
    medication_id: int
    person_id: int
    name: str
    medicine: str
    dose: str
    scheduled_time: str
    status: str
    at_time: str
    given_by: str
    note: str
    recorded_by: str
    created_at: str
    voided_at: str | None
    void_reason: str | None


# -- rules shared with the care log ------------------------------------------------------------
def record_day(db: Database, day: date | str, field: str = "day") -> str:
    """``day`` as YYYY-MM-DD when care may be recorded for it: a real date, not after today
    (``db.clock``); ValidationError naming ``field`` otherwise."""
    text = day.isoformat() if isinstance(day, date) else str(day or "").strip()
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "日期“{day}”不正确：请写成 年-月-日，例如 2024-05-13"),
            day=text)}) from None
    if parsed > db.clock.today():
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "{day} 还没到，不能提前记录照料或服药"), day=parsed.isoformat())})
    return parsed.isoformat()


def member_names(db: Database, person_ids: Sequence[int]) -> dict[int, str]:
    """The names of these people, by id (one query)."""
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    return {int(r[0]): str(r[1]) for r in db.query(
        f"SELECT id, name FROM person WHERE id IN ({marks})", tuple(person_ids))}


def _times(text: str) -> tuple[str, ...]:
    try:
        return parse_times(text)
    except ValidationError:
        return ()  # a schedule saved before its times were checked: no dose to show


def medications_in_effect(db: Database, day: str,
                          person_ids: Sequence[int]) -> list[Medication]:
    """The medicines of these members in effect on ``day`` (one query), by member and id."""
    if not person_ids:
        return []
    marks = ",".join("?" * len(person_ids))
    return [Medication(int(r["id"]), int(r["person_id"]), r["medicine"], r["dose"],
                       _times(r["times"]))
            for r in db.query(
                "SELECT id, person_id, medicine, dose, times FROM care_medication"
                f" WHERE person_id IN ({marks}) AND starts_on <= ?"
                " AND (ends_on IS NULL OR ends_on >= ?) ORDER BY person_id, id",
                (*person_ids, day, day))]


def scheduled_doses(db: Database, day: str, person_ids: Sequence[int],
                    names: dict[int, str] | None = None) -> list[ScheduledDose]:
    """Every dose these members should take on ``day`` with its valid record, in the order
    of ``person_ids``, then time, then medicine (three queries, whatever the number)."""
    names = names if names is not None else member_names(db, person_ids)
    recorded = {(int(r["medication_id"]), r["scheduled_time"]): r for r in db.query(
        "SELECT id, medication_id, scheduled_time, status, at_time, given_by, note"
        " FROM care_dose WHERE day = ? AND voided_at IS NULL", (day,))}
    order = {person_id: n for n, person_id in enumerate(person_ids)}
    found = []
    for medication in medications_in_effect(db, day, person_ids):
        for time in medication.times:
            row = recorded.get((medication.id, time))
            found.append(ScheduledDose(
                medication.id, medication.person_id, names.get(medication.person_id, ""),
                medication.medicine, medication.dose, time,
                dose_id=int(row["id"]) if row else None, status=row["status"] if row else None,
                at_time=row["at_time"] if row else "", given_by=row["given_by"] if row else "",
                note=row["note"] if row else ""))
    return sorted(found, key=lambda d: (order[d.person_id], d.time, d.medication_id))


# -- reading -----------------------------------------------------------------------------------
def day_doses(db: Database, day: date | str, *, actor: Actor) -> list[ScheduledDose]:
    """The day's doses of the day-care members present, by time, then member."""
    require_care(actor)
    text = day.isoformat() if isinstance(day, date) else day
    members = present_members(db, text)
    doses = scheduled_doses(db, text, members)
    return sorted(doses, key=lambda d: d.time)  # stable: members stay in name order


def dose_history(db: Database, day: date | str, *, actor: Actor) -> list[DoseRecord]:
    """Every dose recorded on ``day``, voided ones too, in the order they were recorded."""
    require_care(actor)
    text = day.isoformat() if isinstance(day, date) else day
    return [DoseRecord(
        int(r["id"]), int(r["medication_id"]), int(r["person_id"]), r["name"], r["medicine"],
        r["dose"], r["scheduled_time"], r["status"], r["at_time"], r["given_by"], r["note"],
        r["recorded_by"], r["created_at"], r["voided_at"], r["void_reason"])
        for r in db.query(
            "SELECT d.*, p.name, m.medicine, m.dose FROM care_dose d"
            " JOIN person p ON p.id = d.person_id JOIN care_medication m ON m.id = d.medication_id"
            " WHERE d.day = ? ORDER BY d.id", (text,))]


def default_giver(db: Database, actor: Actor) -> str:
    """Who gave a dose unless staff say otherwise: the signed-in account's name (its
    display name when it has one)."""
    shown = db.scalar("SELECT display_name FROM user_account WHERE username = ?",
                      (actor.username,))
    return str(shown).strip() if shown and str(shown).strip() else actor.username


# -- writing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Checked:
    medication: Medication
    day: str
    scheduled_time: str
    status: str
    at_time: str
    given_by: str
    note: str


def _check(db: Database, medication_id: int, day: date | str, scheduled_time: str,
           status: str, at_time: str, given_by: str, note: str,
           person_id: int | None) -> _Checked:
    """The dose as it will be stored, or the refusal that says what is wrong."""
    if status not in DOSE_STATUSES:
        raise ValidationError({"status": Message(QT_TRANSLATE_NOOP(
            "Messages", "服药情况只能是已服、拒服或漏服"))})
    scheduled = parse_time(scheduled_time, "scheduled_time")
    taken = parse_time(at_time, "at_time")
    text = record_day(db, day)
    giver, remark = clean_line(given_by), clean_text(note)
    if status == "given" and not giver:
        raise ValidationError({"given_by": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写给药人"))})
    if len(giver) > MAX_GIVER:
        raise ValidationError({"given_by": Message(QT_TRANSLATE_NOOP(
            "Messages", "给药人最多 {n} 个字"), n=MAX_GIVER)})
    if len(remark) > MAX_NOTE:
        raise ValidationError({"note": Message(QT_TRANSLATE_NOOP(
            "Messages", "备注最多 {n} 个字，现在是 {length} 个字"), n=MAX_NOTE,
            length=len(remark))})
    row = db.query_one("SELECT person_id, medicine FROM care_medication WHERE id = ?",
                       (medication_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的用药安排"), id=medication_id))
    owner, medicine = int(row["person_id"]), str(row["medicine"])
    who = owner if person_id is None else person_id
    name = member_names(db, [who]).get(who, str(who))
    in_effect = {m.id: m for m in medications_in_effect(db, text, (owner,))}
    if person_id is not None and person_id != owner:
        raise DoseError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 没有“{medicine}”这项用药安排：请核对是谁的药"),
            name=name, medicine=medicine))
    medication = in_effect.get(medication_id)
    if medication is None:
        raise DoseError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 在 {day} 没有在服“{medicine}”（用药安排未开始或已停止）：请先在"
                        "照料档案中核对用药安排"), name=name, day=text, medicine=medicine))
    if scheduled not in medication.times:
        raise DoseError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 的“{medicine}”服药时间是 {times}，没有 {time} 这一次"),
            name=name, medicine=medicine, times="、".join(medication.times), time=scheduled))
    ensure_day_care_member(db, owner)
    ensure_present(db, owner, text)
    now = db.clock.now()
    if text == now.date().isoformat() and taken > f"{now:%H:%M}":
        raise ValidationError({"at_time": Message(QT_TRANSLATE_NOOP(
            "Messages", "服药时间 {time} 还没到：请填写实际服药（或确认拒服、漏服）的时间"),
            time=taken)})
    return _Checked(medication, text, scheduled, status, taken, giver, remark)


def _insert(db: Database, dose: _Checked, actor: Actor) -> int:
    existing = db.query_one(
        "SELECT status, at_time FROM care_dose WHERE medication_id = ? AND day = ?"
        " AND scheduled_time = ? AND voided_at IS NULL",
        (dose.medication.id, dose.day, dose.scheduled_time))
    if existing is not None:
        raise DoseError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{day} {time} 的“{medicine}”已记录为{status}（{at}）：如需更正，请在"
                        "“用药”页作废原记录后重新记录"),
            day=dose.day, time=dose.scheduled_time, medicine=dose.medication.medicine,
            status=Message(DOSE_STATUSES[existing["status"]]), at=existing["at_time"]))
    values = {"medication_id": dose.medication.id, "person_id": dose.medication.person_id,
              "day": dose.day, "scheduled_time": dose.scheduled_time, "status": dose.status,
              "at_time": dose.at_time, "given_by": dose.given_by, "note": dose.note,
              "recorded_by": actor.username, "created_at": now_iso(db.clock)}
    dose_id = int(db.execute(
        "INSERT INTO care_dose (medication_id, person_id, day, scheduled_time, status, at_time,"
        " given_by, note, recorded_by, created_at) VALUES (:medication_id, :person_id, :day,"
        " :scheduled_time, :status, :at_time, :given_by, :note, :recorded_by, :created_at)",
        values).lastrowid or 0)
    audit.record(db, actor=actor.username, action="create", table="care_dose",
                 record_id=dose_id, after=values)
    return dose_id


def record_dose(db: Database, medication_id: int, day: date | str, scheduled_time: str,
                status: str, at_time: str, given_by: str, note: str = "", *, actor: Actor,
                person_id: int | None = None) -> int:
    """Record one scheduled dose as given, refused or missed (``status``), taken at
    ``at_time`` (HH:MM) and given by ``given_by``; returns its id. ``person_id``, when given,
    must be the medication's member (the page's row). Refused, with nothing written: a time
    outside the day, a medicine the member does not take that day or not at that time, a
    member not present, a closed month, a dose already recorded."""
    return record_doses(db, (medication_id,), day, scheduled_time, status, at_time, given_by,
                        note, actor=actor, person_id=person_id)[0]


def record_doses(db: Database, medication_ids: Sequence[int], day: date | str,
                 scheduled_time: str, status: str, at_time: str, given_by: str,
                 note: str = "", *, actor: Actor, person_id: int | None = None) -> list[int]:
    """Record the doses of several medicines at the same time alike (a member's 12:00
    tablets), in one transaction: all or none, refused as :func:`record_dose`."""
    require_care(actor)
    checked = [_check(db, medication_id, day, scheduled_time, status, at_time, given_by, note,
                      person_id) for medication_id in dict.fromkeys(medication_ids)]
    with db.transaction():
        for dose in checked:
            ensure_month_open(db, dose.day)
        return [_insert(db, dose, actor) for dose in checked]


def _void(db: Database, dose_id: int, reason: str, actor: Actor) -> sqlite3.Row:
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请写明作废的原因"))})
    row = db.query_one("SELECT * FROM care_dose WHERE id = ?", (dose_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的服药记录"), id=dose_id))
    ensure_month_open(db, row["day"])
    if row["voided_at"] is not None:
        raise DoseError(Message(QT_TRANSLATE_NOOP("Messages", "这条服药记录已经作废")))
    stamp = now_iso(db.clock)
    db.execute("UPDATE care_dose SET voided_at = ?, void_reason = ? WHERE id = ?",
               (stamp, text, dose_id))
    audit.record(db, actor=actor.username, action="void", table="care_dose",
                 record_id=dose_id, before={"voided_at": None}, after={"voided_at": stamp},
                 reason=text)
    return row


def void_dose(db: Database, dose_id: int, *, reason: str, actor: Actor) -> None:
    """Void a dose recorded by mistake; it stays on record with the reason."""
    require_care(actor)
    with db.transaction():
        _void(db, dose_id, reason, actor)


def correct_dose(db: Database, dose_id: int, *, status: str, at_time: str, given_by: str,
                 note: str = "", reason: str, actor: Actor) -> int:
    """Correct a recorded dose: void it with ``reason`` and record it again as told, in one
    transaction; returns the new record's id."""
    require_care(actor)
    row = db.query_one("SELECT medication_id, person_id, day, scheduled_time FROM care_dose"
                       " WHERE id = ?", (dose_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的服药记录"), id=dose_id))
    with db.transaction():
        _void(db, dose_id, reason, actor)
        dose = _check(db, int(row["medication_id"]), row["day"], row["scheduled_time"],
                      status, at_time, given_by, note, int(row["person_id"]))
        return _insert(db, dose, actor)


# -- due now (the home page) -------------------------------------------------------------------
def doses_due(db: Database, now: datetime) -> list[ScheduledDose]:
    """Today's doses from ``DUE_WINDOW`` before ``now`` up to ``now`` with no valid record,
    for day-care members present today and not yet signed out or collected at that time; by
    time, then name."""
    day = now.date().isoformat()
    latest = f"{now:%H:%M}"
    earliest = "00:00" if now - DUE_WINDOW < datetime.combine(now.date(), datetime.min.time()) \
        else f"{now - DUE_WINDOW:%H:%M}"
    members = present_members(db, day)
    if not members:
        return []
    left = _left_at(db, day)
    due = [d for d in scheduled_doses(db, day, members)
           if not d.recorded and earliest <= d.time <= latest
           and not (d.person_id in left and left[d.person_id] <= d.time)]
    return sorted(due, key=lambda d: d.time)


def _left_at(db: Database, day: str) -> dict[int, str]:
    """When each member left that day (signed out or collected, the earlier), HH:MM."""
    left: dict[int, str] = {}
    rows: Iterable[tuple[int, str]] = [
        *((int(r[0]), str(r[1])[11:16]) for r in db.query(
            "SELECT person_id, signed_out_at FROM sign_in WHERE day = ? AND voided_at IS NULL"
            " AND signed_out_at IS NOT NULL", (day,))),
        *((int(r[0]), str(r[1])) for r in db.query(
            "SELECT person_id, collected_at FROM care_handover WHERE day = ?"
            " AND voided_at IS NULL", (day,)))]
    for person_id, at in rows:
        left[person_id] = min(at, left.get(person_id, at))
    return left


def due_alerts(db: Database, now: datetime) -> list[Alert]:
    """The home page's warning when doses are due and not recorded: 有 3 次服药到时间还没有
    记录：王芳 12:00、李强 12:00 …"""
    from desktop.models.reporting.dashboard import Alert
    from desktop.models.reporting.indicators import Severity

    due = doses_due(db, now)
    if not due:
        return []
    listed = "、".join(f"{d.name} {d.time}" for d in due[:ALERT_NAMES])
    if len(due) > ALERT_NAMES:
        listed += " …"
    return [Alert("care.doses_due", Severity.WARNING, Message(QT_TRANSLATE_NOOP(
        "Messages", "有 {n} 次服药到时间还没有记录：{doses}"), n=len(due), doses=listed),
        "care")]


def default_time(day: date, scheduled: str, now: datetime) -> str:
    """The time a dose form offers (HH:MM): now, when recording on the day within
    :data:`LATE_ENTRY` of the scheduled time; otherwise the scheduled time itself (a late or
    past-day entry), for staff to correct if it was given at another time."""
    planned = datetime.combine(day, datetime.strptime(scheduled, "%H:%M").time())
    if day == now.date() and planned <= now <= planned + LATE_ENTRY:
        return f"{now:%H:%M}"
    return scheduled
