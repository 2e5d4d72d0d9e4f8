"""The people allowed to collect a day-care member (接送人): the guardian and others.

The hand-over at the end of the day checks the collector against this list. Each member should
have at least one guardian (``profile_list`` says "no guardian" otherwise). Nobody is deleted
from the list: someone no longer allowed is made inactive, so the hand-overs that name them
stay explained.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor
from desktop.models.care.day_care import ensure_day_care_member, require_care
from desktop.models.care.profile import ensure_profile
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import normalise_phone, validate_phone
from desktop.models.text_input import clean_line, clean_name

NAME_MAX = 50
RELATION_MAX = 20


@dataclass(frozen=True)
class PickupInput:
    """What the pick-up form holds, as typed."""

    name: str
    relation: str = ""
    phone: str = ""
    is_guardian: bool = False


@dataclass(frozen=True)
class Pickup:
    """A person on the member's pick-up list."""

    id: int
    person_id: int
    name: str
    relation: str
    phone: str
    is_guardian: bool
    active: bool


def _values(data: PickupInput) -> dict[str, Any]:
    """The input cleaned and checked, as stored; ValidationError (field → message)."""
    errors: dict[str, str] = {}
    name, relation = clean_name(data.name), clean_line(data.relation)
    phone = normalise_phone(data.phone)
    if not name:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写接送人姓名"))
    elif len(name) > NAME_MAX:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "姓名最多{limit}个字"),
                                 limit=NAME_MAX)
    if len(relation) > RELATION_MAX:
        errors["relation"] = Message(QT_TRANSLATE_NOOP("Messages", "与会员关系最多20个字"))
    problem = validate_phone(phone)
    if problem:
        errors["phone"] = Message(QT_TRANSLATE_NOOP("Messages", "{label}：{problem}"),
                                  label=Message(QT_TRANSLATE_NOOP("Messages", "联系电话")),
                                  problem=problem)
    if errors:
        raise ValidationError(errors)
    return {"name": name, "relation": relation, "phone": phone,
            "is_guardian": int(bool(data.is_guardian))}


def _row(db: Database, pickup_id: int) -> dict[str, Any]:
    row = db.query_one("SELECT * FROM care_pickup WHERE id = ?", (pickup_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "没有编号为 {id} 的接送人"), id=pickup_id))
    return dict(row)


def _logged(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in ("person_id", "name", "relation", "phone", "is_guardian",
                                      "active")}


def _pickup(row: Any) -> Pickup:
    return Pickup(row["id"], row["person_id"], row["name"], row["relation"], row["phone"],
                  bool(row["is_guardian"]), bool(row["active"]))


def add_pickup(db: Database, person_id: int, data: PickupInput, *, actor: Actor) -> int:
    """Allow one more person to collect the member; returns the row's id."""
    require_care(actor)
    ensure_day_care_member(db, person_id)
    ensure_profile(db, person_id)
    values = _values(data)
    with db.transaction():
        now = now_iso(db.clock)
        pickup_id = db.execute(
            "INSERT INTO care_pickup (person_id, name, relation, phone, is_guardian, created_at,"
            " updated_at) VALUES (:person_id, :name, :relation, :phone, :is_guardian, :now,"
            " :now)", {**values, "person_id": person_id, "now": now}).lastrowid or 0
        audit.record(db, actor=actor.username, action="create", table="care_pickup",
                     record_id=pickup_id, after={"person_id": person_id, **values, "active": 1})
    return pickup_id


def update_pickup(db: Database, pickup_id: int, data: PickupInput, *, actor: Actor) -> None:
    """Correct a pick-up person's name, relation, phone or guardian flag."""
    require_care(actor)
    values = _values(data)
    with db.transaction():
        before = _row(db, pickup_id)
        after = {**before, **values}
        if _logged(before) == _logged(after):
            return
        db.execute("UPDATE care_pickup SET name = :name, relation = :relation, phone = :phone,"
                   " is_guardian = :is_guardian, updated_at = :now WHERE id = :id",
                   {**values, "id": pickup_id, "now": now_iso(db.clock)})
        audit.record(db, actor=actor.username, action="update", table="care_pickup",
                     record_id=pickup_id, before=_logged(before), after=_logged(after))


def deactivate_pickup(db: Database, pickup_id: int, *, actor: Actor) -> None:
    """The person may no longer collect the member (the row stays, inactive)."""
    require_care(actor)
    with db.transaction():
        before = _row(db, pickup_id)
        if not before["active"]:
            return
        db.execute("UPDATE care_pickup SET active = 0, updated_at = ? WHERE id = ?",
                   (now_iso(db.clock), pickup_id))
        audit.record(db, actor=actor.username, action="update", table="care_pickup",
                     record_id=pickup_id, before=_logged(before),
                     after=_logged({**before, "active": 0}))


def pickups(db: Database, person_id: int, *, actor: Actor,
            include_inactive: bool = False) -> list[Pickup]:
    """The member's pick-up list: guardians first, then by when they were added."""
    require_care(actor)
    where = "" if include_inactive else " AND active = 1"
    return [_pickup(r) for r in db.query(
        f"SELECT * FROM care_pickup WHERE person_id = ?{where}"
        " ORDER BY active DESC, is_guardian DESC, id", (person_id,))]
