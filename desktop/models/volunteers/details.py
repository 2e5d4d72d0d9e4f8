"""A volunteer's details (skills, availability, consent to be photographed, kiosk card) and the
training received (Qt-free).

The volunteer role itself (志愿北京 number, organisation) is kept by the people register; these
are the details volunteer service adds. The kiosk card number is unique among volunteers and
must not be a member's card either (the kiosk reads one card, one person). A training entered
by mistake is voided with a reason. Every write is one transaction with its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.month_close import ensure_month_open
from desktop.models.text_input import clean_line, compact
from desktop.models.volunteers.rules import ensure_volunteer, require_manage
from desktop.models.volunteers.shifts import clean_reason

SKILLS_MAX = 200
AVAILABILITY_MAX = 200
CARD_MAX = 20
TOPIC_MAX = 60


@dataclass(frozen=True)
class VolunteerDetails:
    """The details as typed and stored (an empty card number: no card)."""

    skills: str = ""
    availability: str = ""
    photo_consent: bool = False
    card_number: str = ""


@dataclass(frozen=True)
class VolunteerRow:
    """A volunteer on the list: the role from the register and the details (search keys are the
    name's pinyin keys as the register stores them)."""

    person_id: int
    name: str
    volunteer_number: str
    organisation: str
    skills: str
    card_number: str
    search_text: str


@dataclass(frozen=True)
class Training:
    """A training received."""

    id: int
    day: str
    topic: str
    minutes: int
    voided_at: str | None
    void_reason: str | None


def volunteers(db: Database) -> list[VolunteerRow]:
    """The active volunteers not archived, in pinyin order, with their details."""
    return [VolunteerRow(int(r["id"]), r["name"], r["volunteer_number"] or "",
                         r["organisation"] or "", r["skills"] or "", r["card_number"] or "",
                         r["search_text"] or "")
            for r in db.query(
                "SELECT p.id, p.name, p.search_text, v.volunteer_number, v.organisation,"
                " d.skills, d.card_number FROM volunteer v JOIN person p ON p.id = v.person_id"
                " LEFT JOIN volunteer_detail d ON d.person_id = v.person_id"
                " WHERE v.active = 1 AND p.archived_at IS NULL ORDER BY p.name_sort, p.id")]


def load_details(db: Database, person_id: int) -> VolunteerDetails:
    """The volunteer's details (empty ones when none were saved yet)."""
    row = db.query_one("SELECT skills, availability, photo_consent, card_number"
                       " FROM volunteer_detail WHERE person_id = ?", (person_id,))
    if row is None:
        return VolunteerDetails()
    return VolunteerDetails(row["skills"], row["availability"], bool(row["photo_consent"]),
                            row["card_number"] or "")


def _clean(data: VolunteerDetails) -> VolunteerDetails:
    clean = VolunteerDetails(clean_line(data.skills), clean_line(data.availability),
                             bool(data.photo_consent), compact(data.card_number))
    errors: dict[str, str] = {}
    for field, value, limit, label in (
            ("skills", clean.skills, SKILLS_MAX, QT_TRANSLATE_NOOP("Messages", "特长技能")),
            ("availability", clean.availability, AVAILABILITY_MAX,
             QT_TRANSLATE_NOOP("Messages", "可服务时间")),
            ("card_number", clean.card_number, CARD_MAX,
             QT_TRANSLATE_NOOP("Messages", "签到卡号"))):
        if len(value) > limit:
            errors[field] = Message(QT_TRANSLATE_NOOP("Messages", "{label}最多 {limit} 个字"),
                                    label=Message(label), limit=limit)
    if errors:
        raise ValidationError(errors)
    return clean


def _ensure_card_free(db: Database, person_id: int, card: str) -> None:
    for sql in ("SELECT p.id, p.name FROM volunteer_detail d JOIN person p ON p.id = d.person_id"
                " WHERE d.card_number = ? AND d.person_id <> ?",
                "SELECT p.id, p.name FROM member m JOIN person p ON p.id = m.person_id"
                " WHERE m.card_number = ? AND m.person_id <> ?"):
        row = db.query_one(sql, (card, person_id))
        if row is not None:
            raise DuplicateError(Message(QT_TRANSLATE_NOOP(
                "Messages", "签到卡号 {card} 已被 {name} 使用：请换一张卡"),
                card=card, name=row["name"]), int(row["id"]), "card_number")


def save_details(db: Database, person_id: int, data: VolunteerDetails, *,
                 actor: Actor) -> None:
    """Store the volunteer's details in one transaction with its audit entry.

    Refused: NotFoundError for an archived person or one not a volunteer; ValidationError for
    a text too long; DuplicateError for a card number another volunteer or a member uses.
    """
    require_manage(actor)
    clean = _clean(data)
    with db.transaction():
        ensure_volunteer(db, person_id)
        if clean.card_number:
            _ensure_card_free(db, person_id, clean.card_number)
        existed = db.scalar("SELECT 1 FROM volunteer_detail WHERE person_id = ?",
                            (person_id,)) is not None
        before = load_details(db, person_id)
        at = now_iso(db.clock)
        db.execute(
            "INSERT INTO volunteer_detail (person_id, skills, availability, photo_consent,"
            " card_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(person_id) DO UPDATE SET skills = excluded.skills,"
            " availability = excluded.availability, photo_consent = excluded.photo_consent,"
            " card_number = excluded.card_number, updated_at = excluded.updated_at",
            (person_id, clean.skills, clean.availability, int(clean.photo_consent),
             clean.card_number or None, at, at))
        audit.record(db, actor=actor.username, action="update" if existed else "create",
                     table="volunteer_detail", record_id=person_id,
                     before=before.__dict__ if existed else None, after=clean.__dict__)


def trainings(db: Database, person_id: int) -> list[Training]:
    """The volunteer's trainings, newest first (voided ones too, marked)."""
    return [Training(int(r["id"]), r["day"], r["topic"], int(r["minutes"]), r["voided_at"],
                     r["void_reason"])
            for r in db.query("SELECT id, day, topic, minutes, voided_at, void_reason"
                              " FROM volunteer_training WHERE person_id = ?"
                              " ORDER BY day DESC, id DESC", (person_id,))]


def add_training(db: Database, person_id: int, day: str, topic: str, minutes: int, *,
                 actor: Actor) -> int:
    """Record a training received (day, topic, minutes 1..1440); returns its id."""
    require_manage(actor)
    clean_day, clean_topic = compact(day), clean_line(topic)
    errors: dict[str, str] = {}
    if len(clean_day) != 10 or not clean_day[:4].isdigit():
        errors["day"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "日期“{value}”不正确：请写成 年-月-日，例如 2024-06-03"), value=day)
    if not clean_topic:
        errors["topic"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写培训内容，例如：急救培训"))
    elif len(clean_topic) > TOPIC_MAX:
        errors["topic"] = Message(QT_TRANSLATE_NOOP("Messages", "培训内容最多 {limit} 个字"),
                                  limit=TOPIC_MAX)
    if not 1 <= minutes <= 1440:
        errors["minutes"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "培训时长应在 1 到 1440 分钟之间"))
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        ensure_volunteer(db, person_id)
        ensure_month_open(db, clean_day)
        training_id = int(db.execute(
            "INSERT INTO volunteer_training (person_id, day, topic, minutes, recorded_by,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, clean_day, clean_topic, minutes, actor.username,
             now_iso(db.clock))).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="volunteer_training",
                     record_id=training_id, after={"person_id": person_id, "day": clean_day,
                                                   "topic": clean_topic, "minutes": minutes})
    return training_id


def void_training(db: Database, training_id: int, reason: str, *, actor: Actor) -> None:
    """Void a training entered by mistake, with a reason."""
    require_manage(actor)
    why = clean_reason(reason, Message(QT_TRANSLATE_NOOP("Messages", "作废原因")))
    with db.transaction():
        row = db.query_one("SELECT day, voided_at FROM volunteer_training WHERE id = ?",
                           (training_id,))
        if row is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的培训记录"), id=training_id))
        if row["voided_at"] is not None:
            raise WarmHomeError(Message(QT_TRANSLATE_NOOP("Messages", "这条培训记录已经作废过了")))
        ensure_month_open(db, row["day"])
        at = now_iso(db.clock)
        db.execute("UPDATE volunteer_training SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (at, why, training_id))
        audit.record(db, actor=actor.username, action="void", table="volunteer_training",
                     record_id=training_id, before={"voided_at": None},
                     after={"voided_at": at, "void_reason": why}, reason=why)
