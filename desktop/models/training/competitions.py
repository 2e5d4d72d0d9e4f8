"""Skills competitions (技能竞赛): entries of people in district, city or national
competitions with their result, voided with a reason when wrong (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting import month_close
from desktop.models.text_input import clean_line
from desktop.models.training import rules
from desktop.models.training.rules import TrainingRefused


@dataclass
class CompetitionInput:
    """An entry: who, which competition, its level (district/city/national), the day, the
    result (e.g. 二等奖), and the course that prepared them when there was one."""

    person_id: int
    name: str
    level: str
    held_on: str
    result: str = ""
    course_id: int | None = None


@dataclass(frozen=True)
class CompetitionEntry:
    """A stored entry with the person's name."""

    id: int
    person_id: int
    person_name: str
    course_id: int | None
    name: str
    level: str
    held_on: str
    result: str
    voided_at: str | None


def add_entry(db: Database, data: CompetitionInput, *, actor: Actor) -> int:
    """Record a competition entry, audited; returns its id. ValidationError for a missing
    name, an unknown level or a bad day; NotFoundError for an unknown or archived person;
    TrainingRefused for the same person, competition name and day entered already (and not
    voided); MonthClosedError for a day in a closed month. Nothing is written when
    refused."""
    rules.require_manage(actor)
    errors: dict[str, str] = {}
    name, result = clean_line(data.name), clean_line(data.result)
    if not name or len(name) > 60:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写竞赛名称（最多60个字）"))
    if data.level not in rules.COMPETITION_LEVELS:
        errors["level"] = Message(QT_TRANSLATE_NOOP("Messages", "竞赛级别应为区级、市级或国家级"))
    try:
        held = rules.parse_day(data.held_on, "held_on")
    except ValidationError as error:
        errors.update(error.fields)
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        rules.ensure_trainee(db, data.person_id)
        if data.course_id is not None and db.scalar(
                "SELECT 1 FROM training_course WHERE id = ?", (data.course_id,)) is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的培训课程"), id=data.course_id))
        same = db.query_one(
            "SELECT c.id, p.name FROM training_competition c JOIN person p ON p.id = c.person_id"
            " WHERE c.person_id = ? AND c.name = ? AND c.held_on = ? AND c.voided_at IS NULL",
            (data.person_id, name, held))
        if same is not None:
            raise TrainingRefused(Message(QT_TRANSLATE_NOOP(
                "Messages", "{person} {day} 参加“{name}”已经登记过了（竞赛记录 {id}）："
                "不用重复登记；原记录有错，请先作废再重新登记"),
                person=same["name"], day=held, name=name, id=int(same["id"])))
        month_close.ensure_month_open(db, held)
        values = {"person_id": data.person_id, "course_id": data.course_id, "name": name,
                  "level": data.level, "held_on": held, "result": result}
        entry_id = int(db.execute(
            "INSERT INTO training_competition (person_id, course_id, name, level, held_on,"
            " result, recorded_by, created_at) VALUES (:person_id, :course_id, :name, :level,"
            " :held_on, :result, :by, :at)",
            {**values, "by": actor.username, "at": now_iso(db.clock)}).lastrowid or 0)
        audit.record(db, actor=actor.username, action="create", table="training_competition",
                     record_id=entry_id, after=values)
    return entry_id


def void_entry(db: Database, entry_id: int, reason: str, *, actor: Actor) -> None:
    """Void an entry recorded by mistake with a reason, audited."""
    rules.require_manage(actor)
    reason = rules.clean_reason(reason)
    now = now_iso(db.clock)
    with db.transaction():
        held = db.scalar("SELECT held_on FROM training_competition WHERE id = ?"
                         " AND voided_at IS NULL", (entry_id,))
        if held is None:
            raise NotFoundError(Message(QT_TRANSLATE_NOOP(
                "Messages", "没有编号为 {id} 的有效竞赛记录"), id=entry_id))
        month_close.ensure_month_open(db, str(held))
        db.execute("UPDATE training_competition SET voided_at = ?, void_reason = ? WHERE id = ?",
                   (now, reason, entry_id))
        audit.record(db, actor=actor.username, action="void", table="training_competition",
                     record_id=entry_id, after={"voided_at": now}, reason=reason)


def entries(db: Database, *, person_id: int | None = None,
            year: int | None = None) -> list[CompetitionEntry]:
    """Valid entries newest first, a person's or a year's when given."""
    where, params = ["c.voided_at IS NULL"], list[object]()
    if person_id is not None:
        where.append("c.person_id = ?")
        params.append(person_id)
    if year is not None:
        where.append("substr(c.held_on, 1, 4) = ?")
        params.append(str(year))
    return [row_as(CompetitionEntry, r) for r in db.query(
        "SELECT c.*, p.name AS person_name FROM training_competition c"
        f" JOIN person p ON p.id = c.person_id WHERE {' AND '.join(where)}"
        " ORDER BY c.held_on DESC, c.id DESC", params)]
