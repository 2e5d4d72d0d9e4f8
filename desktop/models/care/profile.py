"""Care profiles (照料档案) of the members in the 日间照料 programme, and the tab's list of them.

A profile holds what staff must know to look after a member all day: how much they can do for
themselves (自理 / 半自理 / 不能自理), what they may not eat and how their food must be cut,
their doctor and hospital, and the risks to watch for (wandering, seizures, falls …) as flags
plus free notes. Only an active member of the programme gets one; it is written in one
transaction with its audit entry and never deleted (a member who leaves the programme simply
drops off the list). The medication schedule, the people allowed to collect the member and the
individual service plans hang off the profile (:mod:`.medication_schedule`, :mod:`.pickups`,
:mod:`.plans`).

Rules shared by the parts of this module family: dates typed as ``YYYY-MM-DD``
(:func:`parse_day`), the profile must exist before a schedule, a pick-up or a plan is stored
(:func:`ensure_profile`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.care.day_care import (
    DIET_TEXTURES,
    PROGRAMME,
    SELF_CARE_LEVELS,
    ensure_day_care_member,
    require_care,
)
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import normalise_phone, validate_phone
from desktop.models.text_input import clean_line, clean_name, clean_text, compact

# The risks staff tick most often; anything else goes in the notes (with 其他 ticked).
RISK_FLAGS = ("走失", "癫痫", "跌倒", "攻击行为", "吞咽困难", "其他")
# A plan review within this many days is shown as due.
REVIEW_DUE_DAYS = 14
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2099, 12, 31)
MAX_LENGTHS = {"diet_restrictions": 200, "allergies": 200, "doctor": 50, "hospital": 60,
               "risk_notes": 500}
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CareProfileInput:
    """What the profile form holds (as typed; :func:`save_profile` cleans it)."""

    self_care: str = "半自理"
    diet_restrictions: str = ""
    allergies: str = ""
    diet_texture: str = "普通"
    doctor: str = ""
    hospital: str = ""
    doctor_phone: str = ""
    risks: tuple[str, ...] = ()
    risk_notes: str = ""


@dataclass(frozen=True)
class CareProfile:
    """A stored profile with whose it is."""

    person_id: int
    name: str
    data: CareProfileInput
    created_at: str
    updated_at: str


class ReviewState(StrEnum):
    """Where a member's plan review stands on a day."""

    NO_PLAN = "no_plan"
    OK = "ok"
    DUE = "due"  # within REVIEW_DUE_DAYS
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ProfileRow:
    """One line of the profiles tab: an active day-care member and what their care rests on."""

    person_id: int
    name: str
    name_sort: str  # the name's pinyin key: the list's order
    card_number: str
    has_profile: bool
    self_care: str
    risks: tuple[str, ...]
    plan_id: int | None
    review_on: str | None
    review_state: ReviewState
    medicines: int
    guardians: int

    @property
    def no_guardian(self) -> bool:
        """No active guardian may collect the member (every member should have one)."""
        return self.guardians == 0


# -- shared rules -------------------------------------------------------------------------------
def parse_day(text: str, field: str, label: str) -> date:
    """A date typed as YYYY-MM-DD (full-width digits and spaces allowed); ValidationError
    naming ``field`` and saying what ``label`` should look like otherwise."""
    value = compact(text)
    if not value:
        raise ValidationError({field: Message(
            QT_TRANSLATE_NOOP("Messages", "请填写{label}"), label=label)})
    bad = Message(QT_TRANSLATE_NOOP(
        "Messages", "{label}应为 年-月-日 格式的真实日期，如 2024-05-13，现在是“{text}”"),
        label=label, text=text)
    if not _DAY.match(value):
        raise ValidationError({field: bad})
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError({field: bad}) from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "{label}应在 {earliest} 到 {latest} 之间"), label=label,
            earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())})
    return day


def has_profile(db: Database, person_id: int) -> bool:
    """Whether the member has a care profile."""
    return db.scalar("SELECT 1 FROM care_profile WHERE person_id = ?", (person_id,)) is not None


def ensure_profile(db: Database, person_id: int) -> None:
    """NotFoundError unless the member has a care profile (schedules, pick-ups and plans are
    kept with it)."""
    if not has_profile(db, person_id):
        name = db.scalar("SELECT name FROM person WHERE id = ?", (person_id,)) or person_id
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 还没有照料档案：请先填写并保存照料档案"), name=name))


def person_name(db: Database, person_id: int) -> str:
    """The person's name ('' when there is none)."""
    return str(db.scalar("SELECT name FROM person WHERE id = ?", (person_id,)) or "")


def join_risks(risks: tuple[str, ...]) -> str:
    """Risk flags as stored: in RISK_FLAGS order, comma-joined."""
    return ",".join(flag for flag in RISK_FLAGS if flag in risks)


def split_risks(stored: str) -> tuple[str, ...]:
    """Stored risk flags back as a tuple."""
    return tuple(flag for flag in (stored or "").split(",") if flag)


# -- the profile --------------------------------------------------------------------------------
def normalised(data: CareProfileInput) -> CareProfileInput:
    """The input as it will be stored: typed text cleaned, the phone canonical, the risks in
    their usual order."""
    return CareProfileInput(
        self_care=(data.self_care or "").strip(),
        diet_restrictions=clean_text(data.diet_restrictions),
        allergies=clean_text(data.allergies),
        diet_texture=(data.diet_texture or "").strip(),
        doctor=clean_name(data.doctor),
        hospital=clean_line(data.hospital),
        doctor_phone=normalise_phone(data.doctor_phone),
        risks=tuple(dict.fromkeys(r.strip() for r in data.risks if r.strip())),
        risk_notes=clean_text(data.risk_notes),
    )


_LABELS = {
    "diet_restrictions": QT_TRANSLATE_NOOP("Messages", "饮食禁忌"),
    "allergies": QT_TRANSLATE_NOOP("Messages", "过敏"),
    "doctor": QT_TRANSLATE_NOOP("Messages", "医生"),
    "hospital": QT_TRANSLATE_NOOP("Messages", "医院"),
    "risk_notes": QT_TRANSLATE_NOOP("Messages", "风险说明"),
}


def validate_profile(data: CareProfileInput) -> dict[str, str]:
    """Field name → what is wrong; empty when the (normalised) profile can be saved."""
    errors: dict[str, str] = {}
    if data.self_care not in SELF_CARE_LEVELS:
        errors["self_care"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "自理能力应为 {levels} 之一"), levels="、".join(SELF_CARE_LEVELS))
    if data.diet_texture not in DIET_TEXTURES:
        errors["diet_texture"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "饮食性状应为 {textures} 之一"), textures="、".join(DIET_TEXTURES))
    for key, limit in MAX_LENGTHS.items():
        value = getattr(data, key)
        label = Message(_LABELS[key])
        if len(value) > limit:
            errors[key] = Message(QT_TRANSLATE_NOOP(
                "Messages", "{field}最多{limit}个字，现在是{length}个字"),
                field=label, limit=limit, length=len(value))
        elif _CONTROL.search(value):
            errors[key] = Message(QT_TRANSLATE_NOOP(
                "Messages", "{field}含有不可见的控制字符，请重新输入"), field=label)
    problem = validate_phone(data.doctor_phone)
    if problem:
        errors["doctor_phone"] = Message(QT_TRANSLATE_NOOP("Messages", "{label}：{problem}"),
                                         label=Message(QT_TRANSLATE_NOOP("Messages", "医生电话")),
                                         problem=problem)
    unknown = [r for r in data.risks if r not in RISK_FLAGS]
    if unknown:
        errors["risks"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "风险只能从 {flags} 中选择，其余写在风险说明里"),
            flags="、".join(RISK_FLAGS))
    elif "其他" in data.risks and not data.risk_notes:
        errors["risk_notes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "勾选了“其他”风险，请在风险说明里写明是什么"))
    return errors


def _stored(data: CareProfileInput) -> dict[str, Any]:
    values = asdict(data)
    values["risks"] = join_risks(data.risks)
    return values


def _input_of(row: Any) -> CareProfileInput:
    values = {f.name: row[f.name] for f in fields(CareProfileInput)}
    values["risks"] = split_risks(values["risks"])
    return CareProfileInput(**values)


def save_profile(db: Database, person_id: int, data: CareProfileInput, *,
                 actor: Actor) -> None:
    """Create or update the member's profile in one transaction with its audit entry.

    PermissionDenied without RECORD_CARE; NotFoundError unless the person is an active member
    of the 日间照料 programme; ValidationError (nothing written) for bad input.
    """
    require_care(actor)
    ensure_day_care_member(db, person_id)
    clean = normalised(data)
    errors = validate_profile(clean)
    if errors:
        raise ValidationError(errors)
    values = _stored(clean)
    with db.transaction():
        row = db.query_one("SELECT * FROM care_profile WHERE person_id = ?", (person_id,))
        now = now_iso(db.clock)
        if row is None:
            db.execute(
                "INSERT INTO care_profile (person_id, self_care, diet_restrictions, allergies,"
                " diet_texture, doctor, hospital, doctor_phone, risks, risk_notes, created_at,"
                " updated_at) VALUES (:person_id, :self_care, :diet_restrictions, :allergies,"
                " :diet_texture, :doctor, :hospital, :doctor_phone, :risks, :risk_notes,"
                " :now, :now)", {**values, "person_id": person_id, "now": now})
            audit.record(db, actor=actor.username, action="create", table="care_profile",
                         record_id=person_id, after={"person_id": person_id, **values})
            return
        before = _stored(_input_of(row))
        if before == values:
            return
        db.execute(
            "UPDATE care_profile SET self_care = :self_care,"
            " diet_restrictions = :diet_restrictions, allergies = :allergies,"
            " diet_texture = :diet_texture, doctor = :doctor, hospital = :hospital,"
            " doctor_phone = :doctor_phone, risks = :risks, risk_notes = :risk_notes,"
            " updated_at = :now WHERE person_id = :person_id",
            {**values, "person_id": person_id, "now": now})
        audit.record(db, actor=actor.username, action="update", table="care_profile",
                     record_id=person_id, before={"person_id": person_id, **before},
                     after={"person_id": person_id, **values})


def load_profile(db: Database, person_id: int, *, actor: Actor) -> CareProfile | None:
    """The member's stored profile, or None when there is none yet."""
    require_care(actor)
    row = db.query_one(
        "SELECT c.*, p.name FROM care_profile c JOIN person p ON p.id = c.person_id"
        " WHERE c.person_id = ?", (person_id,))
    if row is None:
        return None
    return CareProfile(person_id, row["name"], _input_of(row), row["created_at"],
                       row["updated_at"])


def review_state(review_on: str | None, ended_on: str | None, today: date) -> ReviewState:
    """Where a plan's review stands on ``today``: overdue when the plan is not ended and its
    review date has passed, due when it comes within REVIEW_DUE_DAYS."""
    if review_on is None:
        return ReviewState.NO_PLAN
    day = today.isoformat()
    if ended_on is not None and ended_on <= day:
        return ReviewState.OK
    if review_on < day:
        return ReviewState.OVERDUE
    if review_on <= (today + timedelta(days=REVIEW_DUE_DAYS)).isoformat():
        return ReviewState.DUE
    return ReviewState.OK


_LIST_SQL = """
SELECT p.id, p.name, p.name_sort, coalesce(m.card_number, '') AS card_number,
       c.person_id IS NOT NULL AS has_profile, coalesce(c.self_care, '') AS self_care,
       coalesce(c.risks, '') AS risks, plan.id AS plan_id, plan.review_on, plan.ended_on,
       (SELECT count(*) FROM care_medication d WHERE d.person_id = p.id AND d.starts_on <= :day
        AND (d.ends_on IS NULL OR d.ends_on >= :day)) AS medicines,
       (SELECT count(*) FROM care_pickup k WHERE k.person_id = p.id AND k.active = 1
        AND k.is_guardian = 1) AS guardians
FROM person p
JOIN member m ON m.person_id = p.id AND m.active = 1
JOIN member_programme g ON g.person_id = p.id AND g.programme = :programme
LEFT JOIN care_profile c ON c.person_id = p.id
LEFT JOIN care_plan plan ON plan.id = (
    SELECT x.id FROM care_plan x WHERE x.person_id = p.id AND x.starts_on <= :day
    AND (x.ended_on IS NULL OR x.ended_on >= :day) ORDER BY x.starts_on DESC, x.id DESC LIMIT 1)
WHERE p.archived_at IS NULL
ORDER BY p.name_sort, p.id
"""


def profile_list(db: Database, *, actor: Actor, today: date) -> list[ProfileRow]:
    """Every active member of the 日间照料 programme, by name: whether a profile exists, the
    self-care level and risks, the active plan's review date and state on ``today``, the
    medicines in effect and the number of active guardians."""
    require_care(actor)
    rows = db.query(_LIST_SQL, {"day": today.isoformat(), "programme": PROGRAMME})
    return [ProfileRow(
        person_id=r["id"], name=r["name"], name_sort=r["name_sort"] or r["name"],
        card_number=r["card_number"],
        has_profile=bool(r["has_profile"]), self_care=r["self_care"],
        risks=split_risks(r["risks"]), plan_id=r["plan_id"], review_on=r["review_on"],
        review_state=review_state(r["review_on"], r["ended_on"], today),
        medicines=int(r["medicines"]), guardians=int(r["guardians"])) for r in rows]
