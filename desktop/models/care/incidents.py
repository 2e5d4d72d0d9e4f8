"""Incidents (突发事件): falls, seizures, conflicts, leaving without notice, illness (Qt-free).

An incident is reported with when and where it happened, who it concerned (usually a
day-care member; any person, or none), its kind and severity, what happened (required), what
staff did, which family member was told and when, and the follow-up. It stays *open* until
closed; an open 较重 or 严重 incident is on the home page (:func:`serious_alerts`), and one of
those is closed only once the family was told (who and when) and the follow-up is written
down. A wrong report is voided with a reason; nothing is deleted; every change is audited with
its before and after.

Closed months: an incident dated in a closed month cannot be reported, voided, moved in time
or given another severity (what the monthly report counts); its account, follow-up and
closing can still be completed, as the schema (v9) allows.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.care.day_care import (
    INCIDENT_KINDS,
    PROGRAMME,
    SERIOUS,
    SEVERITIES,
    require_care,
)
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import dashboard
from desktop.models.reporting.month_close import MonthClosedError, is_closed
from desktop.models.text_input import clean_line, clean_name, clean_text
from desktop.models.times import parse_time

PLACE_MAX = 50
NAME_MAX = 50
TEXT_MAX = 2000
REASON_MAX = 200
_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]+(\S+)")
# The stored kinds and severities, marked so that a message naming one is shown translated.
_WORDS = {
    "跌倒": QT_TRANSLATE_NOOP("Messages", "跌倒"),
    "癫痫发作": QT_TRANSLATE_NOOP("Messages", "癫痫发作"),
    "冲突": QT_TRANSLATE_NOOP("Messages", "冲突"),
    "擅自离开": QT_TRANSLATE_NOOP("Messages", "擅自离开"),
    "疾病": QT_TRANSLATE_NOOP("Messages", "疾病"),
    "其他": QT_TRANSLATE_NOOP("Messages", "其他"),
    "一般": QT_TRANSLATE_NOOP("Messages", "一般"),
    "较重": QT_TRANSLATE_NOOP("Messages", "较重"),
    "严重": QT_TRANSLATE_NOOP("Messages", "严重"),
}


def word(value: str) -> str:
    """A stored kind or severity as a message argument the GUI translates."""
    return Message(_WORDS[value]) if value in _WORDS else value


class IncidentError(WarmHomeError):
    """An incident action refused for a reason that is no single field's (closed, voided)."""


@dataclass(frozen=True)
class IncidentInput:
    """What the incident form holds. Times are ``YYYY-MM-DDTHH:MM`` (a space instead of the
    T is accepted); ``guardian_told_at`` is '' until the family was told."""

    occurred_at: str
    person_id: int | None
    kind: str
    severity: str
    what_happened: str
    place: str = ""
    action_taken: str = ""
    guardian_told_name: str = ""
    guardian_told_at: str = ""
    follow_up: str = ""


@dataclass(frozen=True)
class Incident:
    """One incident as stored, with the name of the person it concerned ('' for none)."""

    id: int
    person_id: int | None
    person_name: str
    occurred_at: str
    kind: str
    severity: str
    place: str
    what_happened: str
    action_taken: str
    guardian_told_name: str
    guardian_told_at: str | None
    follow_up: str
    closed_at: str | None
    closed_by: str | None
    recorded_by: str
    created_at: str
    updated_at: str
    voided: bool
    void_reason: str | None

    @property
    def is_open(self) -> bool:
        """Neither closed nor voided."""
        return self.closed_at is None and not self.voided

    @property
    def serious(self) -> bool:
        """较重 or 严重: on the home page while open."""
        return self.severity in SERIOUS

    @property
    def month(self) -> str:
        """YYYY-MM of when it happened."""
        return self.occurred_at[:7]

    def as_input(self) -> IncidentInput:
        """The incident's fields as the form holds them."""
        return IncidentInput(
            occurred_at=self.occurred_at, person_id=self.person_id, kind=self.kind,
            severity=self.severity, what_happened=self.what_happened, place=self.place,
            action_taken=self.action_taken, guardian_told_name=self.guardian_told_name,
            guardian_told_at=self.guardian_told_at or "", follow_up=self.follow_up)


_SELECT = """
SELECT i.id, i.person_id, coalesce(p.name, '') AS person_name, i.occurred_at, i.kind,
       i.severity, i.place, i.what_happened, i.action_taken, i.guardian_told_name,
       i.guardian_told_at, i.follow_up, i.closed_at, i.closed_by, i.recorded_by, i.created_at,
       i.updated_at, i.voided_at IS NOT NULL AS voided, i.void_reason
FROM care_incident i LEFT JOIN person p ON p.id = i.person_id
"""


def parse_moment(text: str, field: str) -> str:
    """A date and time as stored (``YYYY-MM-DDTHH:MM``); ValidationError naming ``field``
    when it is not a real date with a time of the day."""
    match = _MOMENT.fullmatch((text or "").strip().replace("：", ":"))
    problem = ValidationError({field: Message(QT_TRANSLATE_NOOP(
        "Messages", "时间“{value}”不对：请写成 年-月-日 时:分，例如 2024-05-13 10:30"),
        value=text)})
    if match is None:
        raise problem
    try:
        day = date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        raise problem from None
    return f"{day}T{parse_time(match.group(2), field)}"


def normalised(data: IncidentInput) -> IncidentInput:
    """The input as stored: text cleaned (free text keeps its line breaks)."""
    return replace(
        data, what_happened=clean_text(data.what_happened), place=clean_line(data.place),
        action_taken=clean_text(data.action_taken),
        guardian_told_name=clean_name(data.guardian_told_name),
        guardian_told_at=(data.guardian_told_at or "").strip(),
        follow_up=clean_text(data.follow_up))


def validate_incident(db: Database, data: IncidentInput, now: datetime) -> dict[str, str]:
    """What is wrong with (normalised) input, field by field; empty when it can be saved."""
    errors: dict[str, str] = {}
    occurred = told = ""
    stamp = now.strftime("%Y-%m-%dT%H:%M")
    try:
        occurred = parse_moment(data.occurred_at, "occurred_at")
        if occurred > stamp:
            errors["occurred_at"] = Message(QT_TRANSLATE_NOOP(
                "Messages", "发生时间 {time} 还没到：请填写事件实际发生的时间"),
                time=occurred.replace("T", " "))
    except ValidationError as exc:
        errors.update(exc.fields)
    if data.person_id is not None and db.scalar(
            "SELECT 1 FROM person WHERE id = ?", (data.person_id,)) is None:
        errors["person_id"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {person_id} 的人员"), person_id=data.person_id)
    if data.kind not in INCIDENT_KINDS:
        errors["kind"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "事件类型应为：{kinds}"), kinds="、".join(INCIDENT_KINDS))
    if data.severity not in SEVERITIES:
        errors["severity"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "严重程度应为：{levels}"), levels="、".join(SEVERITIES))
    if len(data.place) > PLACE_MAX:
        errors["place"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "地点最多{limit}个字"), limit=PLACE_MAX)
    if not data.what_happened:
        errors["what_happened"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "请写明发生了什么（事件经过）：这是突发事件报告的主要内容"))
    for name in ("what_happened", "action_taken", "follow_up"):
        if len(getattr(data, name)) > TEXT_MAX:
            errors[name] = Message(QT_TRANSLATE_NOOP(
                "Messages", "这一栏最多{limit}个字"), limit=TEXT_MAX)
    if len(data.guardian_told_name) > NAME_MAX:
        errors["guardian_told_name"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "家属姓名最多{limit}个字"), limit=NAME_MAX)
    if data.guardian_told_at:
        try:
            told = parse_moment(data.guardian_told_at, "guardian_told_at")
            if told > stamp:
                errors["guardian_told_at"] = Message(QT_TRANSLATE_NOOP(
                    "Messages", "通知家属的时间不能晚于现在"))
            elif occurred and told < occurred:
                errors["guardian_told_at"] = Message(QT_TRANSLATE_NOOP(
                    "Messages", "通知家属的时间不能早于事件发生的时间"))
        except ValidationError as exc:
            errors.update(exc.fields)
    if bool(data.guardian_told_name) != bool(data.guardian_told_at):
        missing = "guardian_told_at" if data.guardian_told_name else "guardian_told_name"
        errors.setdefault(missing, Message(QT_TRANSLATE_NOOP(
            "Messages", "通知了哪位家属和通知时间要一起填写")))
    return errors


def _checked(db: Database, data: IncidentInput) -> dict[str, Any]:
    """The stored values of valid input; ValidationError otherwise (nothing written)."""
    clean = normalised(data)
    errors = validate_incident(db, clean, db.clock.now())
    if errors:
        raise ValidationError(errors)
    values = asdict(clean)
    values["occurred_at"] = parse_moment(clean.occurred_at, "occurred_at")
    values["guardian_told_at"] = parse_moment(clean.guardian_told_at, "guardian_told_at") \
        if clean.guardian_told_at else None
    return values


def _get(db: Database, incident_id: int) -> Incident:
    row = db.query_one(_SELECT + " WHERE i.id = ?", (incident_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的突发事件记录"), id=incident_id))
    return row_as(Incident, row, voided=bool)


def get_incident(db: Database, incident_id: int, *, actor: Actor) -> Incident:
    """One incident by id (voided ones too)."""
    require_care(actor)
    return _get(db, incident_id)


def _ensure_open_month(db: Database, occurred_at: str) -> None:
    month = occurred_at[:7]
    if is_closed(db, month):
        raise MonthClosedError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{month} 已报送关账，不能在这个月登记、作废突发事件或改动其发生时间和严重"
                        "程度；经过、处理、通知家属、后续跟进和结案仍可补充"), month=month))


def report_incident(db: Database, data: IncidentInput, *, actor: Actor) -> int:
    """Record a new incident; returns its id. Refused, with nothing written, when the form
    has a problem (what happened left empty, a time not of the day or still to come) or its
    month is closed."""
    require_care(actor)
    values = _checked(db, data)
    stamp = now_iso(db.clock)
    values.update(recorded_by=actor.username, created_at=stamp, updated_at=stamp)
    with db.transaction():
        _ensure_open_month(db, values["occurred_at"])
        incident_id = db.execute(
            "INSERT INTO care_incident (person_id, occurred_at, kind, severity, place,"
            " what_happened, action_taken, guardian_told_name, guardian_told_at, follow_up,"
            " recorded_by, created_at, updated_at) VALUES (:person_id, :occurred_at, :kind,"
            " :severity, :place, :what_happened, :action_taken, :guardian_told_name,"
            " :guardian_told_at, :follow_up, :recorded_by, :created_at, :updated_at)",
            values).lastrowid
        assert incident_id is not None
        audit.record(db, actor=actor.username, action="create", table="care_incident",
                     record_id=incident_id, after=values)
    return incident_id


def update_incident(db: Database, incident_id: int, data: IncidentInput, *,
                    actor: Actor) -> Incident:
    """Change an open incident (audited with the fields before and after). In a closed
    month only the account, the family notice and the follow-up may change."""
    require_care(actor)
    values = _checked(db, data)
    with db.transaction():
        record = _get(db, incident_id)
        if record.voided:
            raise IncidentError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条突发事件记录已作废，不能修改")))
        if record.closed_at is not None:
            raise IncidentError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条突发事件已于 {closed} 结案，不能再修改"),
                closed=record.closed_at[:16].replace("T", " ")))
        stored = asdict(record.as_input())
        stored["guardian_told_at"] = record.guardian_told_at
        changed = {key: value for key, value in values.items() if stored[key] != value}
        if not changed:
            return record
        if "occurred_at" in changed or "severity" in changed:
            _ensure_open_month(db, record.occurred_at)
            _ensure_open_month(db, values["occurred_at"])
        stamp = now_iso(db.clock)
        db.execute(f"UPDATE care_incident SET {', '.join(f'{k} = :{k}' for k in changed)},"
                   " updated_at = :updated_at WHERE id = :id",
                   {**changed, "updated_at": stamp, "id": incident_id})
        audit.record(db, actor=actor.username, action="update", table="care_incident",
                     record_id=incident_id, before={k: stored[k] for k in changed},
                     after=changed)
        return _get(db, incident_id)


def missing_before_close(record: Incident) -> dict[str, str]:
    """What a 较重 or 严重 incident still lacks before it may close (field → message): the
    family notice (who, when) and the follow-up; {} when it may close."""
    if not record.serious:
        return {}
    needed = {
        "guardian_told_name": Message(QT_TRANSLATE_NOOP(
            "Messages", "{severity}的事件结案前，请填写通知了哪位家属"),
            severity=word(record.severity)),
        "guardian_told_at": Message(QT_TRANSLATE_NOOP(
            "Messages", "{severity}的事件结案前，请填写通知家属的时间"),
            severity=word(record.severity)),
        "follow_up": Message(QT_TRANSLATE_NOOP(
            "Messages", "{severity}的事件结案前，请写明后续跟进"),
            severity=word(record.severity))}
    return {name: text for name, text in needed.items() if not getattr(record, name)}


def close_incident(db: Database, incident_id: int, *, actor: Actor) -> Incident:
    """Close an open incident now, by ``actor``. A 较重 or 严重 one needs the family
    notice (who, when) and the follow-up first; closing is allowed after its month closed."""
    require_care(actor)
    with db.transaction():
        record = _get(db, incident_id)
        if record.voided:
            raise IncidentError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条突发事件记录已作废，不能结案")))
        if record.closed_at is not None:
            raise IncidentError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条突发事件已于 {closed} 结案"),
                closed=record.closed_at[:16].replace("T", " ")))
        missing = missing_before_close(record)
        if missing:
            raise ValidationError(missing)
        stamp = now_iso(db.clock)
        db.execute("UPDATE care_incident SET closed_at = ?, closed_by = ?, updated_at = ?"
                   " WHERE id = ?", (stamp, actor.username, stamp, incident_id))
        audit.record(db, actor=actor.username, action="update", table="care_incident",
                     record_id=incident_id, before={"closed_at": None, "closed_by": None},
                     after={"closed_at": stamp, "closed_by": actor.username})
        return _get(db, incident_id)


def void_incident(db: Database, incident_id: int, *, reason: str, actor: Actor) -> None:
    """Void a wrong report (entered twice, wrong person) with a reason; it stays on record."""
    require_care(actor)
    text = clean_line(reason)
    if not text:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写作废的原因"))})
    if len(text) > REASON_MAX:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多{limit}个字"), limit=REASON_MAX)})
    with db.transaction():
        record = _get(db, incident_id)
        if record.voided:
            raise IncidentError(Message(QT_TRANSLATE_NOOP(
                "Messages", "这条突发事件记录已经作废")))
        _ensure_open_month(db, record.occurred_at)
        stamp = now_iso(db.clock)
        db.execute("UPDATE care_incident SET voided_at = ?, void_reason = ?, updated_at = ?"
                   " WHERE id = ?", (stamp, text, stamp, incident_id))
        audit.record(db, actor=actor.username, action="void", table="care_incident",
                     record_id=incident_id, before={"voided_at": None},
                     after={"voided_at": stamp}, reason=text)


def incidents(db: Database, *, month: str | None = None, open_only: bool = False,
              actor: Actor) -> list[Incident]:
    """Incidents, latest first: of one month (YYYY-MM) or all; ``open_only`` leaves out the
    closed and the voided ones."""
    require_care(actor)
    where, params = [], []
    if month:
        where.append("substr(i.occurred_at, 1, 7) = ?")
        params.append(month)
    if open_only:
        where.append("i.closed_at IS NULL AND i.voided_at IS NULL")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return [row_as(Incident, r, voided=bool) for r in db.query(
        _SELECT + clause + " ORDER BY i.occurred_at DESC, i.id DESC", params)]


def incident_months(db: Database, *, actor: Actor) -> list[str]:
    """The months (YYYY-MM) with incidents on record, latest first."""
    require_care(actor)
    return [str(r[0]) for r in db.query(
        "SELECT DISTINCT substr(occurred_at, 1, 7) FROM care_incident ORDER BY 1 DESC")]


def incident_people(db: Database, day: str, *, actor: Actor) -> list[tuple[int, str]]:
    """Whom an incident on ``day`` may concern, as (id, name): the active day-care members,
    then everyone else who signed in that day, each by name."""
    require_care(actor)
    rows = db.query(
        "SELECT p.id, p.name, 0 AS rank, p.name_sort FROM person p"
        " JOIN member m ON m.person_id = p.id AND m.active = 1"
        " JOIN member_programme mp ON mp.person_id = p.id AND mp.programme = ?"
        " WHERE p.archived_at IS NULL"
        " UNION SELECT p.id, p.name, 1, p.name_sort FROM person p"
        " JOIN sign_in s ON s.person_id = p.id"
        " WHERE s.day = ? AND s.voided_at IS NULL"
        " ORDER BY 3, 4, 1", (PROGRAMME, day))
    seen: set[int] = set()
    people = []
    for row in rows:
        if int(row[0]) not in seen:
            seen.add(int(row[0]))
            people.append((int(row[0]), str(row[1])))
    return people


def open_serious(db: Database) -> list[Incident]:
    """Open (not closed, not voided) 较重 and 严重 incidents, 严重 first, then oldest first."""
    marks = ",".join("?" * len(SERIOUS))
    return [row_as(Incident, r, voided=bool) for r in db.query(
        _SELECT + f" WHERE i.closed_at IS NULL AND i.voided_at IS NULL AND i.severity IN"
        f" ({marks}) ORDER BY i.severity = '严重' DESC, i.occurred_at, i.id", SERIOUS)]


def serious_alerts(db: Database, now: datetime) -> list[dashboard.Alert]:
    """Home page: each open serious incident until it is closed (严重 an error, 较重 a
    warning), for the 日间照料 page."""
    from desktop.models.reporting.indicators import Severity

    found = []
    for incident in open_serious(db):
        level = Severity.ERROR if incident.severity == "严重" else Severity.WARNING
        found.append(dashboard.Alert(
            f"care.incident.{incident.id}", level, Message(QT_TRANSLATE_NOOP(
                "Messages", "{severity}突发事件未结案：{when} {who}{kind}；请通知家属、写明后续"
                            "跟进后结案"),
                severity=word(incident.severity), when=incident.occurred_at.replace("T", " "),
                who=f"{incident.person_name} " if incident.person_name else "",
                kind=word(incident.kind)), "care"))
    return found

