"""The people registry: create, update, archive and restore persons and their roles.

A person may be a member (残疾人会员), a volunteer and a family member or guardian at once.
Every write is one transaction with its audit entry; nothing is deleted, only archived.

A write that would change a closed (submitted) month's people figures — who is on its register
(a joining or leaving date moved across it, the member role switched on or off, an archive dated
in it), who joined or left in it or in its year so far — is refused with MonthClosedError and
writes nothing (the rule: :mod:`desktop.models.people.register`).
Category, grade, programmes and certificate number carry no history: reports count a member by
the current values (docs/workbook.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people import register, search_keys
from desktop.models.people.identity import mask_address, mask_id, mask_phone, parse_certificate
from desktop.models.people.person_input import (
    FamilyLink,
    PersonInput,
    normalised,
    validate_person,
)
from desktop.models.reporting.month_close import MonthClosedError, register_closed_message
from desktop.models.text_input import clean_line

ARCHIVE_REASON_MAX = 200


@dataclass(frozen=True)
class SimilarPerson:
    """An existing person who may be the same as the one being entered."""

    person_id: int
    name: str
    birth_date: str
    reason: str


def _search_columns(data: PersonInput) -> dict[str, str]:
    initials, full = search_keys.pinyin_keys(data.name)
    compact_name = search_keys.normalise_query(data.name)
    phones = [p.replace("-", "") for p in (data.phone,) if p]
    keys = [compact_name, *initials[:1], *full[:1], *phones, data.card_number,
            data.volunteer_number]
    ids = [v for v in (data.id_number, data.cert_number) if v]
    return {
        "name_sort": search_keys.sort_key(data.name),
        "search_text": search_keys.pack(keys, [*initials[1:], *full[1:]]),
        "id_text": search_keys.pack(ids),
    }


def _person_columns(data: PersonInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "sex": data.sex,
        "birth_date": data.birth_date or None,
        "id_number": data.id_number or None,
        "phone": data.phone,
        "address": data.address,
        "street": data.street,
        "community": data.community,
        "emergency_contact": data.emergency_contact,
        "emergency_phone": data.emergency_phone,
        "notes": data.notes,
        **_search_columns(data),
    }


def _member_columns(data: PersonInput) -> dict[str, Any]:
    cert = parse_certificate(data.cert_number) if data.cert_number else None
    return {
        "cert_number": data.cert_number or None,
        "category": cert.category if cert else None,
        "grade": cert.grade if cert else None,
        "joined_on": data.joined_on or None,
        "left_on": data.left_on or None,
        "card_number": data.card_number or None,
    }


def check_unique(db: Database, data: PersonInput, exclude_id: int | None = None) -> None:
    """Raise DuplicateError when an ID, certificate, card or volunteer number is taken."""
    checks = [
        ("id_number", data.id_number, "SELECT id, name FROM person WHERE id_number = ?",
         QT_TRANSLATE_NOOP("Messages", "身份证号与已登记的 {name} 相同")),
        ("cert_number", data.cert_number,
         "SELECT p.id, p.name FROM member m JOIN person p ON p.id = m.person_id"
         " WHERE m.cert_number = ?",
         QT_TRANSLATE_NOOP("Messages", "残疾人证号与已登记的 {name} 相同")),
        ("card_number", data.card_number,
         "SELECT p.id, p.name FROM member m JOIN person p ON p.id = m.person_id"
         " WHERE m.card_number = ?", QT_TRANSLATE_NOOP("Messages", "签到卡号已被 {name} 使用")),
        ("volunteer_number", data.volunteer_number,
         "SELECT p.id, p.name FROM volunteer v JOIN person p ON p.id = v.person_id"
         " WHERE v.volunteer_number = ?",
         QT_TRANSLATE_NOOP("Messages", "志愿者编号已被 {name} 使用")),
    ]
    for field_name, value, sql, template in checks:
        if not value:
            continue
        for row in db.query(sql, (value,)):
            if row["id"] != exclude_id:
                raise DuplicateError(Message(template, name=row["name"]), row["id"], field_name)


def similar_people(db: Database, data: PersonInput,
                   exclude_id: int | None = None) -> list[SimilarPerson]:
    """Existing people with the same name and the same birth date or phone (a warning)."""
    # Compare as stored: phone without spaces or +86, birth date derived from the ID.
    data = normalised(data, db.clock.today())
    name = data.name
    if not name:
        return []
    rows = db.query(
        "SELECT id, name, birth_date, phone FROM person WHERE name = ? AND id IS NOT ?",
        (name, exclude_id),
    )
    found: list[SimilarPerson] = []
    phone = data.phone
    for row in rows:
        if data.birth_date and row["birth_date"] == data.birth_date:
            found.append(
                SimilarPerson(
                    row["id"],
                    row["name"],
                    row["birth_date"] or "",
                    Message(QT_TRANSLATE_NOOP("Messages", "同名且出生日期相同")),
                )
            )
        elif phone and row["phone"] == phone:
            found.append(
                SimilarPerson(
                    row["id"],
                    row["name"],
                    row["birth_date"] or "",
                    Message(QT_TRANSLATE_NOOP("Messages", "同名且电话相同")),
                )
            )
    return found


def _validated(db: Database, raw: PersonInput, exclude_id: int | None,
               today: date | None) -> PersonInput:
    """``raw`` cleaned and checked on ``today`` (default: by ``db``'s clock)."""
    today = today or db.clock.today()
    data = normalised(raw, today)
    errors = validate_person(data, today)
    for link in data.family_links:
        if link.member_id == exclude_id:
            errors["family_links"] = Message(
                QT_TRANSLATE_NOOP("Messages", "不能把本人登记为自己的家属")
            )
        # A link may point at someone whose member role has since ended: the relation
        # stays true, so the guardian's record must still save.
        elif db.scalar("SELECT 1 FROM member WHERE person_id = ?", (link.member_id,)) is None:
            errors["family_links"] = Message(
                QT_TRANSLATE_NOOP("Messages", "关联的会员（编号 {member_id}）不存在"),
                member_id=link.member_id,
            )
    if errors:
        raise ValidationError(errors)
    check_unique(db, data, exclude_id)
    return data


def _write_roles(db: Database, person_id: int, data: PersonInput) -> None:
    if data.is_member:
        cols = _member_columns(data)
        db.execute(
            "INSERT INTO member (person_id, cert_number, category, grade, joined_on, left_on,"
            " card_number, active) VALUES (:person_id, :cert_number, :category, :grade,"
            " :joined_on, :left_on, :card_number, 1) ON CONFLICT(person_id) DO UPDATE SET"
            " cert_number=excluded.cert_number, category=excluded.category,"
            " grade=excluded.grade, joined_on=excluded.joined_on, left_on=excluded.left_on,"
            " card_number=excluded.card_number, active=1",
            {"person_id": person_id, **cols},
        )
        db.execute("DELETE FROM member_programme WHERE person_id = ?", (person_id,))
        for programme in data.programmes:
            db.execute("INSERT INTO member_programme (person_id, programme) VALUES (?, ?)",
                       (person_id, programme))
    else:
        # The role row stays (later records refer to it); it is only marked inactive.
        db.execute("UPDATE member SET active = 0 WHERE person_id = ?", (person_id,))
    if data.is_volunteer:
        db.execute(
            "INSERT INTO volunteer (person_id, volunteer_number, organisation, active)"
            " VALUES (?, ?, ?, 1) ON CONFLICT(person_id) DO UPDATE SET"
            " volunteer_number=excluded.volunteer_number, organisation=excluded.organisation,"
            " active=1",
            (person_id, data.volunteer_number or None, data.organisation),
        )
    else:
        db.execute("UPDATE volunteer SET active = 0 WHERE person_id = ?", (person_id,))
    db.execute("DELETE FROM family_link WHERE person_id = ?", (person_id,))
    for link in data.family_links:
        db.execute(
            "INSERT INTO family_link (person_id, member_id, relation, is_guardian)"
            " VALUES (?, ?, ?, ?)",
            (person_id, link.member_id, link.relation.strip(), int(link.is_guardian)),
        )
    if data.photo == b"":
        db.execute("DELETE FROM person_photo WHERE person_id = ?", (person_id,))
    elif data.photo is not None:
        db.execute(
            "INSERT INTO person_photo (person_id, image) VALUES (?, ?) ON CONFLICT(person_id)"
            " DO UPDATE SET image = excluded.image",
            (person_id, data.photo),
        )


def _ensure_closed_months_unchanged(db: Database, person_id: int,
                                    before: dict[str, register.Footprint]) -> None:
    """Refuse (inside the write's transaction, so nothing is kept) a write that changed what
    this person adds to a closed month's people figures."""
    changed = register.closed_months_changed(db, person_id, before)
    if changed:
        raise MonthClosedError(register_closed_message(changed))


def _audit_view(data: PersonInput) -> dict[str, Any]:
    view = {k: v for k, v in vars(data).items() if k not in ("photo", "family_links")}
    view["family_links"] = [vars(link) for link in data.family_links]
    view["photo"] = data.photo is not None
    return view


def create_person(db: Database, raw: PersonInput, *, actor: Actor,
                  today: date | None = None) -> int:
    """Validate and store a new person with their roles; return the new id.

    MonthClosedError when the new member would join the register of a closed month.
    """
    actor.require(Permission.EDIT_PEOPLE)
    with db.transaction():
        data = _validated(db, raw, None, today)
        stamp = now_iso(db.clock)
        cols = _person_columns(data)
        cursor = db.execute(
            f"INSERT INTO person ({', '.join(cols)}, created_at, updated_at)"
            f" VALUES ({', '.join(':' + c for c in cols)}, :stamp, :stamp)",
            {**cols, "stamp": stamp},
        )
        person_id = int(cursor.lastrowid or 0)
        _write_roles(db, person_id, data)
        _ensure_closed_months_unchanged(db, person_id, {})
        audit.record(db, actor=actor.username, action="create", table="person", record_id=person_id,
                     after=_audit_view(data))
    return person_id


def update_person(db: Database, person_id: int, raw: PersonInput, *, actor: Actor,
                  today: date | None = None) -> None:
    """Validate and save changes to an existing person.

    A role that is switched off keeps its row, marked inactive, so past records still resolve.
    ``photo`` None keeps the stored photo; ``b""`` removes it. MonthClosedError when the
    change would move the member onto or off the register of a closed month.
    """
    actor.require(Permission.EDIT_PEOPLE)
    with db.transaction():
        before = load_person(db, person_id)
        closed_before = register.closed_month_footprints(db, person_id)
        data = _validated(db, raw, person_id, today)
        cols = _person_columns(data)
        db.execute(
            f"UPDATE person SET {', '.join(c + ' = :' + c for c in cols)}, updated_at = :stamp"
            " WHERE id = :id",
            {**cols, "stamp": now_iso(db.clock), "id": person_id},
        )
        _write_roles(db, person_id, data)
        _ensure_closed_months_unchanged(db, person_id, closed_before)
        audit.record(db, actor=actor.username, action="update", table="person", record_id=person_id,
                     before=_audit_view(before), after=_audit_view(data))


def archive_person(db: Database, person_id: int, reason: str, *, actor: Actor,
                   now: datetime | None = None) -> None:
    """Hide a person from everyday lists, keeping every record; a reason is required.

    The archive is dated ``now`` (default: the time by ``db``'s clock). A member leaves the
    register from the month of that date on; earlier months keep them.
    """
    actor.require(Permission.EDIT_PEOPLE)
    reason = clean_line(reason)
    if not reason:
        raise ValidationError({"reason": Message(QT_TRANSLATE_NOOP("Messages", "请填写归档原因"))})
    if len(reason) > ARCHIVE_REASON_MAX:
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("Messages", "归档原因最多{limit}个字"),
                    limit=ARCHIVE_REASON_MAX,
                )
            }
        )
    with db.transaction():
        row = db.query_one("SELECT archived_at FROM person WHERE id = ?", (person_id,))
        if row is None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "没有编号为 {person_id} 的人员"),
                    person_id=person_id,
                )
            )
        if row["archived_at"]:
            raise ValidationError(
                {"reason": Message(QT_TRANSLATE_NOOP("Messages", "此人已经归档"))}
            )
        stamp = now.isoformat(timespec="seconds") if now else now_iso(db.clock)
        # Only a wrong clock can date an archive in a closed month; refuse it like any edit.
        closed_before = register.closed_month_footprints(db, person_id)
        db.execute("UPDATE person SET archived_at = ?, archive_reason = ?, updated_at = ?"
                   " WHERE id = ?", (stamp, reason, stamp, person_id))
        _ensure_closed_months_unchanged(db, person_id, closed_before)
        audit.record(db, actor=actor.username, action="archive", table="person",
                     record_id=person_id, before={"archived_at": None},
                     after={"archived_at": stamp}, reason=reason)


def restore_person(db: Database, person_id: int, *, actor: Actor) -> None:
    """Bring an archived person back into everyday lists (and onto the register of the
    months since the archive; MonthClosedError when one of them is closed)."""
    actor.require(Permission.EDIT_PEOPLE)
    with db.transaction():
        row = db.query_one("SELECT archived_at, archive_reason FROM person WHERE id = ?",
                           (person_id,))
        if row is None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "没有编号为 {person_id} 的人员"),
                    person_id=person_id,
                )
            )
        if not row["archived_at"]:
            return
        closed_before = register.closed_month_footprints(db, person_id)
        db.execute("UPDATE person SET archived_at = NULL, archive_reason = NULL, updated_at = ?"
                   " WHERE id = ?", (now_iso(db.clock), person_id))
        _ensure_closed_months_unchanged(db, person_id, closed_before)
        audit.record(db, actor=actor.username, action="restore", table="person",
                     record_id=person_id, before={"archived_at": row["archived_at"]},
                     after={"archived_at": None})


def load_person(db: Database, person_id: int) -> PersonInput:
    """The stored person as form input (photo not loaded: see :func:`load_photo`), with the
    full identifiers: for the models' own comparisons. What is shown to someone is read with
    :func:`open_person` (``tests/test_actor_sources.py`` keeps the UI to it)."""
    row = db.query_one("SELECT * FROM person WHERE id = ?", (person_id,))
    if row is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "没有编号为 {person_id} 的人员"), person_id=person_id
            )
        )
    member = db.query_one("SELECT * FROM member WHERE person_id = ?", (person_id,))
    volunteer = db.query_one("SELECT * FROM volunteer WHERE person_id = ?", (person_id,))
    programmes = [r[0] for r in db.query(
        "SELECT programme FROM member_programme WHERE person_id = ?", (person_id,))]
    links = [FamilyLink(r["member_id"], r["relation"], bool(r["is_guardian"])) for r in db.query(
        "SELECT member_id, relation, is_guardian FROM family_link WHERE person_id = ?"
        " ORDER BY member_id", (person_id,))]
    return PersonInput(
        name=row["name"], sex=row["sex"], birth_date=row["birth_date"] or "",
        id_number=row["id_number"] or "", phone=row["phone"], address=row["address"],
        street=row["street"], community=row["community"],
        emergency_contact=row["emergency_contact"], emergency_phone=row["emergency_phone"],
        notes=row["notes"],
        is_member=bool(member is not None and member["active"]),
        cert_number=(member["cert_number"] or "") if member else "",
        programmes=programmes,
        joined_on=(member["joined_on"] or "") if member else "",
        left_on=(member["left_on"] or "") if member else "",
        card_number=(member["card_number"] or "") if member else "",
        is_volunteer=bool(volunteer is not None and volunteer["active"]),
        volunteer_number=(volunteer["volunteer_number"] or "") if volunteer else "",
        organisation=volunteer["organisation"] if volunteer else "",
        family_links=links,
    )


def open_person(db: Database, person_id: int, *, actor: Actor) -> PersonInput:
    """The stored person for the person form, as ``actor`` may see it: an account without the
    reveal permission (the kiosk's) gets the ID and certificate numbers, phones and address
    masked, so the full values never leave the database for it; an account with it gets the
    full values, which the form keeps masked until shown through :func:`reveal_sensitive`
    (written to the audit log)."""
    data = load_person(db, person_id)
    if actor.can(Permission.REVEAL_SENSITIVE):
        return data
    return replace(data, id_number=mask_id(data.id_number), cert_number=mask_id(data.cert_number),
                   phone=mask_phone(data.phone), emergency_phone=mask_phone(data.emergency_phone),
                   address=mask_address(data.address))


def load_photo(db: Database, person_id: int) -> bytes | None:
    """The stored photo (JPEG bytes) or None."""
    value = db.scalar("SELECT image FROM person_photo WHERE person_id = ?", (person_id,))
    return bytes(value) if value is not None else None


def archive_state(db: Database, person_id: int) -> tuple[str | None, str | None]:
    """When and why the person was archived; (None, None) when active."""
    row = db.query_one("SELECT archived_at, archive_reason FROM person WHERE id = ?",
                       (person_id,))
    if row is None:
        raise NotFoundError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "没有编号为 {person_id} 的人员"), person_id=person_id
            )
        )
    return row["archived_at"], row["archive_reason"]


def member_choices(db: Database, exclude_id: int | None = None) -> list[tuple[int, str]]:
    """Members as (id, name) in pinyin order, for choosing whom a guardian cares for: the
    active ones, plus any the person is already linked to (even if no longer active)."""
    rows = db.query(
        "SELECT p.id, p.name FROM member m JOIN person p ON p.id = m.person_id"
        " WHERE p.id IS NOT ?1 AND ((m.active = 1 AND p.archived_at IS NULL)"
        "  OR p.id IN (SELECT member_id FROM family_link WHERE person_id = ?1))"
        " ORDER BY p.name_sort",
        (exclude_id,),
    )
    return [(r["id"], r["name"]) for r in rows]


SENSITIVE_FIELDS = ("id_number", "cert_number", "phone", "emergency_phone", "address")


def reveal_sensitive(db: Database, person_id: int, *, actor: Actor) -> dict[str, str]:
    """The clear ID, certificate, phones and address of one person; the look is audited."""
    actor.require(Permission.REVEAL_SENSITIVE)
    with db.transaction():
        row = db.query_one(
            "SELECT p.id_number, p.phone, p.emergency_phone, p.address, m.cert_number"
            " FROM person p LEFT JOIN member m ON m.person_id = p.id WHERE p.id = ?",
            (person_id,))
        if row is None:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "没有编号为 {person_id} 的人员"),
                    person_id=person_id,
                )
            )
        audit.record(db, actor=actor.username, action="reveal", table="person",
                     record_id=person_id, reason="查看完整证件号、电话和住址")
    return {key: row[key] or "" for key in SENSITIVE_FIELDS}
