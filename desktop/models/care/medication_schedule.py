"""A member's medication schedule (用药安排): which medicine, how much, at what times of day,
who supplies it, from when to when.

The schedule tells the daily log and the medication tab which doses are due; the doses given,
refused or missed are recorded elsewhere (``care_dose``). A schedule is never deleted: when the
doctor stops a medicine, the schedule gets its last day (``ends_on``) and the doses recorded
under it stay explained. Times are stored sorted and comma-joined (``08:00,12:00``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.care.day_care import (
    SUPPLIERS,
    ensure_day_care_member,
    require_care,
)
from desktop.models.care.profile import ensure_profile, parse_day
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line, clean_text
from desktop.models.times import parse_times

MEDICINE_MAX = 60
DOSE_MAX = 40
NOTES_MAX = 200


@dataclass(frozen=True)
class MedicationInput:
    """What the schedule form holds, as typed: ``times`` like ``8:00, 12:30``, dates as
    YYYY-MM-DD (``ends_on`` empty while the medicine goes on)."""

    medicine: str
    dose: str
    times: str
    starts_on: str
    supplied_by: str = "家属"
    ends_on: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MedicationSchedule:
    """A stored schedule."""

    id: int
    person_id: int
    medicine: str
    dose: str
    times: tuple[str, ...]
    supplied_by: str
    starts_on: str
    ends_on: str | None
    notes: str

    def in_effect(self, day: str) -> bool:
        """Whether doses of it are due on ``day`` (YYYY-MM-DD)."""
        return self.starts_on <= day and (self.ends_on is None or self.ends_on >= day)

    def as_input(self) -> MedicationInput:
        """The schedule as form input (for editing)."""
        return MedicationInput(self.medicine, self.dose, ", ".join(self.times), self.starts_on,
                               self.supplied_by, self.ends_on or "", self.notes)


def _values(data: MedicationInput) -> dict[str, Any]:
    """The input cleaned and checked, as stored; ValidationError (field → message)."""
    errors: dict[str, str] = {}
    medicine, dose = clean_line(data.medicine), clean_line(data.dose)
    notes = clean_text(data.notes)
    if not medicine:
        errors["medicine"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写药品名称"))
    elif len(medicine) > MEDICINE_MAX:
        errors["medicine"] = Message(QT_TRANSLATE_NOOP("Messages", "药品名称最多{limit}个字"),
                                     limit=MEDICINE_MAX)
    if not dose:
        errors["dose"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写每次剂量，如 0.5g、1片"))
    elif len(dose) > DOSE_MAX:
        errors["dose"] = Message(QT_TRANSLATE_NOOP("Messages", "剂量最多{limit}个字"),
                                 limit=DOSE_MAX)
    times = ""
    try:
        times = ",".join(parse_times(data.times, "times"))
    except ValidationError as exc:
        errors.update(exc.fields)
    supplied_by = (data.supplied_by or "").strip()
    if supplied_by not in SUPPLIERS:
        errors["supplied_by"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "药品提供方应为 {suppliers} 之一"), suppliers="、".join(SUPPLIERS))
    if len(notes) > NOTES_MAX:
        errors["notes"] = Message(QT_TRANSLATE_NOOP("Messages", "备注最多{limit}个字"),
                                  limit=NOTES_MAX)
    starts_on = ends_on = None
    try:
        starts_on = parse_day(data.starts_on, "starts_on",
                              Message(QT_TRANSLATE_NOOP("Messages", "开始服药日期")))
    except ValidationError as exc:
        errors.update(exc.fields)
    if (data.ends_on or "").strip():
        try:
            ends_on = parse_day(data.ends_on, "ends_on",
                                Message(QT_TRANSLATE_NOOP("Messages", "停药日期")))
        except ValidationError as exc:
            errors.update(exc.fields)
    if starts_on and ends_on and ends_on < starts_on:
        errors["ends_on"] = _ends_before_start(ends_on, starts_on)
    if errors:
        raise ValidationError(errors)
    assert starts_on is not None
    return {"medicine": medicine, "dose": dose, "times": times, "supplied_by": supplied_by,
            "starts_on": starts_on.isoformat(),
            "ends_on": ends_on.isoformat() if ends_on else None, "notes": notes}


def _ends_before_start(ends_on: date, starts_on: date) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "停药日期 {ends_on} 早于开始服药日期 {starts_on}：停药日期应在开始之后"),
        ends_on=ends_on.isoformat(), starts_on=starts_on.isoformat())


def _row(db: Database, medication_id: int) -> dict[str, Any]:
    row = db.query_one("SELECT * FROM care_medication WHERE id = ?", (medication_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的用药安排"), id=medication_id))
    return dict(row)


def _schedule(row: Any) -> MedicationSchedule:
    return MedicationSchedule(row["id"], row["person_id"], row["medicine"], row["dose"],
                              tuple(t for t in row["times"].split(",") if t),
                              row["supplied_by"], row["starts_on"], row["ends_on"], row["notes"])


def _logged(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in ("person_id", "medicine", "dose", "times", "supplied_by",
                                      "starts_on", "ends_on", "notes")}


def add_medication(db: Database, person_id: int, data: MedicationInput, *,
                   actor: Actor) -> int:
    """Store a new schedule for the member (who must have a care profile); returns its id.
    ValidationError (nothing written) for bad input."""
    require_care(actor)
    ensure_day_care_member(db, person_id)
    ensure_profile(db, person_id)
    values = _values(data)
    with db.transaction():
        now = now_iso(db.clock)
        medication_id = db.execute(
            "INSERT INTO care_medication (person_id, medicine, dose, times, supplied_by,"
            " starts_on, ends_on, notes, created_at, updated_at) VALUES (:person_id, :medicine,"
            " :dose, :times, :supplied_by, :starts_on, :ends_on, :notes, :now, :now)",
            {**values, "person_id": person_id, "now": now}).lastrowid or 0
        audit.record(db, actor=actor.username, action="create", table="care_medication",
                     record_id=medication_id, after={"person_id": person_id, **values})
    return medication_id


def update_medication(db: Database, medication_id: int, data: MedicationInput, *,
                      actor: Actor) -> None:
    """Correct a schedule (a typing mistake, a changed dose from the same day)."""
    require_care(actor)
    values = _values(data)
    with db.transaction():
        before = _row(db, medication_id)
        after = {**before, **values}
        if _logged(before) == _logged(after):
            return
        db.execute(
            "UPDATE care_medication SET medicine = :medicine, dose = :dose, times = :times,"
            " supplied_by = :supplied_by, starts_on = :starts_on, ends_on = :ends_on,"
            " notes = :notes, updated_at = :now WHERE id = :id",
            {**values, "id": medication_id, "now": now_iso(db.clock)})
        audit.record(db, actor=actor.username, action="update", table="care_medication",
                     record_id=medication_id, before=_logged(before), after=_logged(after))


def stop_medication(db: Database, medication_id: int, last_day: str, *, actor: Actor) -> None:
    """Stop a medicine: ``last_day`` (YYYY-MM-DD) is the last day a dose is due. The schedule
    stays on record."""
    require_care(actor)
    day = parse_day(last_day, "ends_on", Message(QT_TRANSLATE_NOOP("Messages", "停药日期")))
    with db.transaction():
        before = _row(db, medication_id)
        starts_on = date.fromisoformat(before["starts_on"])
        if day < starts_on:
            raise ValidationError({"ends_on": _ends_before_start(day, starts_on)})
        db.execute("UPDATE care_medication SET ends_on = ?, updated_at = ? WHERE id = ?",
                   (day.isoformat(), now_iso(db.clock), medication_id))
        audit.record(db, actor=actor.username, action="update", table="care_medication",
                     record_id=medication_id, before=_logged(before),
                     after=_logged({**before, "ends_on": day.isoformat()}))


def load_medication(db: Database, medication_id: int, *, actor: Actor) -> MedicationSchedule:
    """One schedule by its id."""
    require_care(actor)
    return _schedule(_row(db, medication_id))


def schedules(db: Database, person_id: int, *, actor: Actor) -> list[MedicationSchedule]:
    """Every schedule of the member, those still going first, then by start."""
    require_care(actor)
    return [_schedule(r) for r in db.query(
        "SELECT * FROM care_medication WHERE person_id = ?"
        " ORDER BY ends_on IS NOT NULL, starts_on DESC, id DESC", (person_id,))]


def schedules_on(db: Database, person_id: int, day: str, *,
                 actor: Actor) -> list[MedicationSchedule]:
    """The member's schedules in effect on ``day`` (YYYY-MM-DD), by medicine."""
    require_care(actor)
    return [_schedule(r) for r in db.query(
        "SELECT * FROM care_medication WHERE person_id = ? AND starts_on <= ?"
        " AND (ends_on IS NULL OR ends_on >= ?) ORDER BY medicine, id",
        (person_id, day, day))]

