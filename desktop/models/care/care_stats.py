"""A month of daily care in figures, and one day's care per member (Qt-free).

The figures are the ones everybody counts the same way (issue 14; the monthly report, the
日间照料 detail sheet and ``warmhome care summary`` all read them from here):

- a *care day* (人天) is a member and a day with at least one valid (not voided) care entry;
  the *members served* are the members with a care day;
- *meals* (用餐人次) are the valid entries whose service is of a meal kind
  (``day_care.MEAL_KINDS``); *rehab minutes* the minutes of valid entries of kind ``rehab``;
- *doses* are valid ``care_dose`` rows by status (``given`` is what the report calls
  medication doses);
- *incidents* are the valid incidents that occurred in the period, by severity;
- *purchased services*: the valid sessions of the period (minutes, sessions), and each
  contract's fulfilment by the one rule of :mod:`.fulfilment` (what the period owes by days,
  what was delivered in the contract's unit).

Everything here is counts and sums: no name, note or medicine leaves :func:`period_stats`, so
the report and the export (which run without a signed-in account) may read it. What one day
held for each member (:func:`day_records`) is health information and needs the care
permission. The queries read the day-ordered indexes of v9 (``EXPLAIN QUERY PLAN`` is checked by
``tests/models/care/test_care_stats.py``), so a month costs the same after ten years.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from desktop.models.admin.permissions import Actor
from desktop.models.attendance.attendance_month import month_days
from desktop.models.care.day_care import (
    MEAL_KINDS,
    PROGRAMME,
    SEVERITIES,
    require_care,
)
from desktop.models.care.fulfilment import Fulfilment, delivered, owed_in_month
from desktop.models.db import Database
from desktop.models.people.identity import mask_id

UNITS = ("hours", "sessions")
UNIT_WORDS = {"hours": "小时", "sessions": "次"}
_MEALS = ", ".join(f"'{kind}'" for kind in MEAL_KINDS)  # constants of ours, never input

# Per member over the period: care days, meals, rehab minutes (valid entries only). Read
# from care_entry_valid_by_day (day, person_id, service, minutes and, since schema v14,
# voided_at, without which SQLite visits the table for every row; valid entries only) alone:
# the period's rows, however long the history, without visiting the table.
_PER_MEMBER_SQL = f"""
SELECT e.person_id AS person_id, count(DISTINCT e.day) AS care_days,
       sum(s.kind IN ({_MEALS})) AS meals,
       coalesce(sum(CASE WHEN s.kind = 'rehab' THEN e.minutes END), 0) AS rehab_minutes
  FROM care_entry e JOIN care_service s ON s.key = e.service
 WHERE e.day BETWEEN :first AND :last AND e.voided_at IS NULL
 GROUP BY e.person_id"""
_BY_SERVICE_SQL = """
SELECT e.service AS service, count(*) AS n FROM care_entry e
 WHERE e.day BETWEEN :first AND :last AND e.voided_at IS NULL GROUP BY e.service"""
_DOSES_SQL = """
SELECT d.person_id AS person_id, d.status AS status, count(*) AS n FROM care_dose d
 WHERE d.day BETWEEN :first AND :last AND d.voided_at IS NULL GROUP BY d.person_id, d.status"""
# occurred_at is 'YYYY-MM-DD HH:MM' (or with T): everything of the period sorts before the
# next day.
_INCIDENTS_SQL = """
SELECT i.person_id AS person_id, i.severity AS severity, count(*) AS n FROM care_incident i
 WHERE i.occurred_at >= :first AND i.occurred_at < :after AND i.voided_at IS NULL
 GROUP BY i.person_id, i.severity"""
_SESSIONS_SQL = """
SELECT p.provider_id AS provider_id, count(*) AS sessions, sum(p.minutes) AS minutes
  FROM care_provider_session p
 WHERE p.day BETWEEN :first AND :last AND p.voided_at IS NULL GROUP BY p.provider_id"""
_CONTRACTS_SQL = """
SELECT id, organisation, contract_number, unit, contracted_quantity, starts_on, ends_on
  FROM care_provider WHERE starts_on <= :last AND ends_on >= :first ORDER BY starts_on, id"""


@dataclass(frozen=True)
class ContractMonth:
    """One purchased-service contract over the period: who, and its fulfilment."""

    organisation: str
    contract_number: str
    fulfilment: Fulfilment

    def as_json(self) -> dict[str, Any]:
        """Stable keys for ``warmhome care summary --json``."""
        f = self.fulfilment
        return {"provider_id": f.provider_id, "organisation": self.organisation,
                "contract_number": self.contract_number, "unit": f.unit, "owed": f.owed,
                "delivered": f.delivered, "delivered_minutes": f.delivered_minutes,
                "sessions": f.sessions, "percent": f.percent}


@dataclass(frozen=True)
class UnitTotal:
    """The contracts of one unit (hours or sessions) together: owed, delivered, percent."""

    unit: str
    owed: float
    delivered: float

    @property
    def percent(self) -> int | None:
        """Delivered against owed, in whole percent; None when nothing was owed."""
        return round(100 * self.delivered / self.owed) if self.owed > 0 else None

    def as_json(self) -> dict[str, Any]:
        """Stable keys for ``warmhome care summary --json``."""
        return {"owed": self.owed, "delivered": self.delivered, "percent": self.percent}


@dataclass(frozen=True)
class MemberMonth:
    """One member's care over the period (the detail sheet's rows)."""

    person_id: int
    care_days: int = 0
    meals: int = 0
    rehab_minutes: int = 0
    doses_given: int = 0
    doses_refused: int = 0
    doses_missed: int = 0
    incidents: int = 0

    @property
    def figures(self) -> tuple[int, ...]:
        """The counts in the sheet's column order (what the rows are ordered by)."""
        return (self.care_days, self.meals, self.rehab_minutes, self.doses_given,
                self.doses_refused, self.doses_missed, self.incidents)


@dataclass(frozen=True)
class CareMonth:
    """The care figures of a period (a month unless made by :func:`period_stats`)."""

    month: str
    members: int
    care_days: int
    meals: int
    medication_doses: int
    doses_refused: int
    doses_missed: int
    rehab_minutes: int
    incidents: dict[str, int]
    purchased_minutes: int
    purchased_sessions: int
    contracts: tuple[ContractMonth, ...]
    by_service: dict[str, int]
    per_member: tuple[MemberMonth, ...] = field(default=(), repr=False)

    @property
    def purchased_hours(self) -> float:
        """The purchased sessions' time in hours, to hundredths."""
        return round(self.purchased_minutes / 60, 2)

    @property
    def incidents_total(self) -> int:
        """Incidents of every severity."""
        return sum(self.incidents.values())

    def unit_total(self, unit: str) -> UnitTotal:
        """Every contract counted in ``unit`` together (hours and sessions never add up)."""
        mine = [c.fulfilment for c in self.contracts if c.fulfilment.unit == unit]
        return UnitTotal(unit, round(sum(f.owed for f in mine), 2),
                         round(sum(f.delivered for f in mine), 2))

    def as_json(self) -> dict[str, Any]:
        """What ``warmhome care summary --json`` prints (stable keys)."""
        return {
            "month": self.month, "members": self.members, "care_days": self.care_days,
            "meals": self.meals, "medication_doses": self.medication_doses,
            "doses_refused": self.doses_refused, "doses_missed": self.doses_missed,
            "rehab_minutes": self.rehab_minutes, "incidents": dict(self.incidents),
            "purchased_minutes": self.purchased_minutes,
            "purchased_hours": self.purchased_hours,
            "purchased_sessions": self.purchased_sessions,
            "fulfilment": {"contracts": [c.as_json() for c in self.contracts],
                           **{unit: self.unit_total(unit).as_json() for unit in UNITS}},
            "by_service": dict(self.by_service),
        }


def month_stats(db: Database, month: str) -> CareMonth:
    """The care figures of a YYYY-MM month (ValidationError for a malformed month)."""
    days = month_days(month)
    return period_stats(db, days[0], days[-1], (month,), label=month)


def period_stats(db: Database, first: str, last: str, months: tuple[str, ...], *,
                 label: str = "") -> CareMonth:
    """The care figures of the whole months ``months``, ``first`` .. ``last`` (ISO days): a
    month, or the months of a year so far (what a contract owes is added month by month).
    Read once per read snapshot (the monthly report's indicators and its sheet share it)."""
    name = label or (months[0] if len(months) == 1 else f"{months[0]}..{months[-1]}")
    stats = db.snapshot_read(("care.period_stats", first, last, tuple(months)),
                             lambda: _period_stats(db, first, last, months, name))
    return stats if stats.month == name else replace(stats, month=name)


def _period_stats(db: Database, first: str, last: str, months: tuple[str, ...],
                  name: str) -> CareMonth:
    bounds = {"first": first, "last": last,
              "after": (date.fromisoformat(last) + timedelta(days=1)).isoformat()}
    members: dict[int, dict[str, int]] = {}

    def member(person_id: int) -> dict[str, int]:
        return members.setdefault(person_id, {})

    for row in db.query(_PER_MEMBER_SQL, bounds):
        member(int(row["person_id"])).update(
            care_days=int(row["care_days"]), meals=int(row["meals"]),
            rehab_minutes=int(row["rehab_minutes"]))
    statuses = {"given": "doses_given", "refused": "doses_refused", "missed": "doses_missed"}
    for row in db.query(_DOSES_SQL, bounds):
        member(int(row["person_id"]))[statuses[str(row["status"])]] = int(row["n"])
    incidents = dict.fromkeys(SEVERITIES, 0)
    for row in db.query(_INCIDENTS_SQL, bounds):
        incidents[str(row["severity"])] += int(row["n"])
        if row["person_id"] is not None:
            counts = member(int(row["person_id"]))
            counts["incidents"] = counts.get("incidents", 0) + int(row["n"])
    per_member = tuple(MemberMonth(person_id, **counts)
                       for person_id, counts in sorted(members.items()))
    contracts, minutes, sessions = _contracts(db, bounds, months)
    return CareMonth(
        month=name,
        members=sum(1 for m in per_member if m.care_days),
        care_days=sum(m.care_days for m in per_member),
        meals=sum(m.meals for m in per_member),
        medication_doses=sum(m.doses_given for m in per_member),
        doses_refused=sum(m.doses_refused for m in per_member),
        doses_missed=sum(m.doses_missed for m in per_member),
        rehab_minutes=sum(m.rehab_minutes for m in per_member),
        incidents=incidents, purchased_minutes=minutes, purchased_sessions=sessions,
        contracts=contracts, by_service=_by_service(db, bounds), per_member=per_member)


def _by_service(db: Database, bounds: dict[str, str]) -> dict[str, int]:
    """Service name → valid entries, every active service (0 too) in column order, and any
    inactive one that still has entries in the period."""
    counts = {str(r["service"]): int(r["n"]) for r in db.query(_BY_SERVICE_SQL, bounds)}
    result: dict[str, int] = {}
    for row in db.query("SELECT key, name, active FROM care_service ORDER BY sort, key"):
        if row["active"] or counts.get(row["key"]):
            result[str(row["name"])] = counts.get(str(row["key"]), 0)
    return result


def _contracts(db: Database, bounds: dict[str, str], months: tuple[str, ...]
               ) -> tuple[tuple[ContractMonth, ...], int, int]:
    """Each contract running in the period (or with sessions in it), the sessions' minutes
    and their number."""
    delivered_by = {int(r["provider_id"]): (int(r["sessions"]), int(r["minutes"]))
                    for r in db.query(_SESSIONS_SQL, bounds)}
    rows = {int(r["id"]): r for r in db.query(_CONTRACTS_SQL, bounds)}
    missing = sorted(set(delivered_by) - set(rows))
    if missing:
        # A session dated outside its contract's period still counts as delivered.
        marks = ", ".join("?" * len(missing))
        for r in db.query("SELECT id, organisation, contract_number, unit, contracted_quantity,"
                          f" starts_on, ends_on FROM care_provider WHERE id IN ({marks})",
                          missing):
            rows[int(r["id"])] = r
    contracts: list[ContractMonth] = []
    for provider_id, r in rows.items():
        sessions, minutes = delivered_by.get(provider_id, (0, 0))
        owed = round(sum(owed_in_month(r["starts_on"], r["ends_on"],
                                       int(r["contracted_quantity"]), month)
                         for month in months), 2)
        unit = str(r["unit"])
        contracts.append(ContractMonth(str(r["organisation"]), str(r["contract_number"]),
                                       Fulfilment(provider_id, unit, owed,
                                                  delivered(unit, minutes, sessions),
                                                  minutes, sessions)))
    total_sessions = sum(s for s, _ in delivered_by.values())
    total_minutes = sum(m for _, m in delivered_by.values())
    return tuple(contracts), total_minutes, total_sessions


# -- one day, per member ------------------------------------------------------------------------
@dataclass(frozen=True)
class DayRecord:
    """What was recorded for one member on one day, masked for lists: the name and a masked ID
    number, the services ticked (name and minutes), the doses by time and status (no medicine),
    the hand-over (time and the collector's relation, no name or phone) and the mood; never the
    note. ``present`` is False for records of a member who has no valid sign-in that day (an
    inconsistency the monthly report refuses)."""

    person_id: int
    name: str
    id_number: str
    present: bool
    services: tuple[tuple[str, int | None], ...]
    doses: tuple[tuple[str, str, str], ...]  # scheduled time, status, time recorded
    collected_at: str | None
    collected_by: str
    mood: str

    def as_json(self) -> dict[str, Any]:
        """Stable keys for ``warmhome care log --json``."""
        return {"person_id": self.person_id, "name": self.name, "id_number": self.id_number,
                "present": self.present,
                "services": [{"service": name, "minutes": minutes}
                             for name, minutes in self.services],
                "doses": [{"time": time, "status": status, "at": at}
                          for time, status, at in self.doses],
                "handover": None if self.collected_at is None else {
                    "collected_at": self.collected_at, "by": self.collected_by},
                "mood": self.mood}


def day_records(db: Database, day: str, *, actor: Actor) -> list[DayRecord]:
    """Every day-care member present on ``day`` (and anyone with care records that day
    without a sign-in), by name order, with what was recorded for them (:class:`DayRecord`).
    PermissionDenied for an account that may not see care."""
    require_care(actor)
    params = {"day": day, "programme": PROGRAMME}
    people = db.query(
        "SELECT x.id AS id, x.name AS name, x.id_number AS id_number,"
        " EXISTS (SELECT 1 FROM sign_in s WHERE s.person_id = x.id AND s.day = :day"
        "         AND s.voided_at IS NULL) AS present"
        " FROM person x WHERE x.id IN ("
        "   SELECT s.person_id FROM sign_in s JOIN member_programme p"
        "     ON p.person_id = s.person_id AND p.programme = :programme"
        "    WHERE s.day = :day AND s.voided_at IS NULL"
        "   UNION SELECT person_id FROM care_entry WHERE day = :day AND voided_at IS NULL"
        "   UNION SELECT person_id FROM care_log WHERE day = :day"
        "   UNION SELECT person_id FROM care_dose WHERE day = :day AND voided_at IS NULL)"
        " ORDER BY x.name_sort, x.id", params)
    services: dict[int, list[tuple[str, int | None]]] = {}
    for r in db.query("SELECT e.person_id, s.name, e.minutes FROM care_entry e"
                      " JOIN care_service s ON s.key = e.service"
                      " WHERE e.day = :day AND e.voided_at IS NULL ORDER BY s.sort, s.key",
                      params):
        services.setdefault(int(r[0]), []).append((str(r[1]), r[2]))
    doses: dict[int, list[tuple[str, str, str]]] = {}
    for r in db.query("SELECT person_id, scheduled_time, status, at_time FROM care_dose"
                      " WHERE day = :day AND voided_at IS NULL ORDER BY scheduled_time, id",
                      params):
        doses.setdefault(int(r[0]), []).append((str(r[1]), str(r[2]), str(r[3])))
    handovers = {int(r[0]): (str(r[1]), str(r[2] or "")) for r in db.query(
        "SELECT h.person_id, h.collected_at,"
        " CASE WHEN h.pickup_id IS NULL THEN '其他人' ELSE"
        "  coalesce(nullif(p.relation, ''), '接送人') END"
        " FROM care_handover h LEFT JOIN care_pickup p ON p.id = h.pickup_id"
        " WHERE h.day = :day AND h.voided_at IS NULL", params)}
    moods = {int(r[0]): str(r[1]) for r in db.query(
        "SELECT person_id, mood FROM care_log WHERE day = :day", params)}
    records: list[DayRecord] = []
    for row in people:
        person_id = int(row["id"])
        collected = handovers.get(person_id)
        records.append(DayRecord(
            person_id=person_id, name=str(row["name"]), id_number=mask_id(row["id_number"]),
            present=bool(row["present"]), services=tuple(services.get(person_id, ())),
            doses=tuple(doses.get(person_id, ())),
            collected_at=collected[0] if collected else None,
            collected_by=collected[1] if collected else "", mood=moods.get(person_id, "")))
    return records
