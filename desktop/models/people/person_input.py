"""What a person's form holds, and the field-by-field validation of it (rules: docs/domain.md).

``validate_person`` is pure: it needs no database, so the form can call it on every keystroke
and the CLI and the models call the very same rules before writing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import (
    birth_date_from_id,
    normalise_certificate,
    normalise_id,
    normalise_phone,
    parse_certificate,
    sex_from_id,
    validate_certificate,
    validate_id_number,
    validate_phone,
)
from desktop.models.text_input import clean_line, clean_name, clean_text, compact

PROGRAMMES = ("温馨家园", "职康站", "日间照料")


class PersonRole(StrEnum):
    """What a person is to the centre (the text is what the CLI, JSON and filters use)."""

    MEMBER = "member"
    VOLUNTEER = "volunteer"
    FAMILY = "family"


ROLES = tuple(role.value for role in PersonRole)
ROLE_NAMES = {"member": "会员", "volunteer": "志愿者", "family": "家属/监护人"}

MAX_LENGTHS = {
    "name": 50,
    "address": 200,
    "street": 30,
    "community": 50,
    "emergency_contact": 50,
    "notes": 2000,
    "card_number": 32,
    "volunteer_number": 32,
    "organisation": 100,
}
FIELD_LABELS = {
    "name": Message(QT_TRANSLATE_NOOP("Messages", "姓名")),
    "address": Message(QT_TRANSLATE_NOOP("Messages", "住址")),
    "street": Message(QT_TRANSLATE_NOOP("Messages", "街道")),
    "community": Message(QT_TRANSLATE_NOOP("Messages", "社区")),
    "emergency_contact": Message(QT_TRANSLATE_NOOP("Messages", "紧急联系人")),
    "notes": Message(QT_TRANSLATE_NOOP("Messages", "备注")),
    "card_number": Message(QT_TRANSLATE_NOOP("Messages", "签到卡号")),
    "volunteer_number": Message(QT_TRANSLATE_NOOP("Messages", "志愿者编号")),
    "organisation": Message(QT_TRANSLATE_NOOP("Messages", "所属组织")),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CARD = re.compile(r"^[0-9A-Za-z-]+$")


@dataclass
class FamilyLink:
    """A link from a family member or guardian to the member they care for."""

    member_id: int
    relation: str = ""
    is_guardian: bool = False


@dataclass
class PersonInput:
    """Everything the add/edit form collects; strings as typed, dates as ISO text."""

    name: str = ""
    sex: str = ""
    birth_date: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    street: str = ""
    community: str = ""
    emergency_contact: str = ""
    emergency_phone: str = ""
    notes: str = ""
    is_member: bool = False
    cert_number: str = ""
    programmes: list[str] = field(default_factory=list)
    joined_on: str = ""
    left_on: str = ""
    card_number: str = ""
    is_volunteer: bool = False
    volunteer_number: str = ""
    organisation: str = ""
    family_links: list[FamilyLink] = field(default_factory=list)
    photo: bytes | None = None

    @property
    def roles(self) -> list[str]:
        """The roles this input gives the person, in the order of ROLES."""
        flags = {"member": self.is_member, "volunteer": self.is_volunteer,
                 "family": bool(self.family_links)}
        return [r for r in ROLES if flags[r]]


_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_NAME_LETTER = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff]")


def _parse_iso(text: str) -> date | None:
    # Only YYYY-MM-DD: fromisoformat alone also takes 19800101 and week dates (1980-W01-1),
    # which would be stored as typed and sort wrongly.
    if not _ISO_DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def normalised(data: PersonInput, today: date) -> PersonInput:
    """Clean what was typed or imported (text_input: NFKC, invisible marks removed, spaces
    trimmed), canonicalise numbers, and fill what the ID and certificate imply (for an ID
    that is valid on ``today``)."""
    out = replace(
        data,
        name=clean_name(data.name),
        birth_date=compact(data.birth_date),
        id_number=normalise_id(data.id_number),
        cert_number=normalise_certificate(data.cert_number) if data.is_member else "",
        phone=normalise_phone(data.phone),
        emergency_phone=normalise_phone(data.emergency_phone),
        address=clean_text(data.address),
        street=clean_line(data.street),
        community=clean_line(data.community),
        emergency_contact=clean_line(data.emergency_contact),
        notes=clean_text(data.notes),
        card_number=compact(data.card_number).upper() if data.is_member else "",
        volunteer_number=compact(data.volunteer_number) if data.is_volunteer else "",
        organisation=clean_line(data.organisation) if data.is_volunteer else "",
        programmes=[p for p in PROGRAMMES if p in data.programmes] if data.is_member else [],
        joined_on=compact(data.joined_on) if data.is_member else "",
        left_on=compact(data.left_on) if data.is_member else "",
        family_links=[replace(link, relation=clean_line(link.relation))
                      for link in data.family_links],
    )
    if not out.id_number and out.cert_number:
        cert = parse_certificate(out.cert_number)
        if cert is not None:
            out.id_number = cert.id_number
    if out.id_number and validate_id_number(out.id_number, today) is None:
        born = birth_date_from_id(out.id_number)
        out.birth_date = born.isoformat() if born else out.birth_date
        out.sex = sex_from_id(out.id_number)
    return out


def _check_date(text: str, label: str, today: date, allow_future: bool = False) -> str | None:
    if not text:
        return None
    parsed = _parse_iso(text)
    if parsed is None:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "{label}不是有效日期，应为 年-月-日，如 1980-05-17"),
            label=label,
        )
    if not allow_future and parsed > today:
        return Message(QT_TRANSLATE_NOOP("Messages", "{label}不能晚于今天"), label=label)
    if parsed.year < 1900:
        return Message(QT_TRANSLATE_NOOP("Messages", "{label}早于1900年，请核对"), label=label)
    return None


def validate_person(data: PersonInput, today: date) -> dict[str, str]:
    """Field name → what is wrong and what is expected on ``today``. Empty when the input
    can be saved.

    Call with normalised input (see :func:`normalised`).
    """
    errors: dict[str, str] = {}
    if not data.name:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写姓名"))
    elif not _NAME_LETTER.search(data.name):
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "姓名应包含汉字或字母"))
    for key, limit in MAX_LENGTHS.items():
        value = getattr(data, key)
        if len(value) > limit:
            errors[key] = Message(
                QT_TRANSLATE_NOOP("Messages", "{field}最多{limit}个字，现在是{length}个字"),
                field=FIELD_LABELS[key],
                limit=limit,
                length=len(value),
            )
        elif _CONTROL.search(value):
            errors[key] = Message(
                QT_TRANSLATE_NOOP("Messages", "{field}含有不可见的控制字符，请重新输入"),
                field=FIELD_LABELS[key],
            )
    if data.id_number:
        problem = validate_id_number(data.id_number, today)
        if problem:
            errors["id_number"] = problem
    if data.sex not in ("", "男", "女"):
        errors["sex"] = Message(QT_TRANSLATE_NOOP("Messages", "性别应为 男 或 女"))
    problem = _check_date(
        data.birth_date, Message(QT_TRANSLATE_NOOP("Messages", "出生日期")), today
    )
    if problem:
        errors["birth_date"] = problem
    elif data.id_number and "id_number" not in errors:
        born = birth_date_from_id(data.id_number)
        if born and data.birth_date and data.birth_date != born.isoformat():
            errors["birth_date"] = Message(
                QT_TRANSLATE_NOOP("Messages", "出生日期与身份证号不一致")
            )
        if data.sex and data.sex != sex_from_id(data.id_number):
            errors["sex"] = Message(
                QT_TRANSLATE_NOOP("Messages", "性别与身份证号不一致（第17位奇数为男，偶数为女）")
            )
    for key, label in (
        ("phone", Message(QT_TRANSLATE_NOOP("Messages", "联系电话"))),
        ("emergency_phone", Message(QT_TRANSLATE_NOOP("Messages", "紧急联系电话"))),
    ):
        problem = validate_phone(getattr(data, key))
        if problem:
            errors[key] = Message(
                QT_TRANSLATE_NOOP("Messages", "{label}：{problem}"), label=label, problem=problem
            )
    if not data.roles:
        errors["roles"] = Message(
            QT_TRANSLATE_NOOP("Messages", "请至少选择一个身份：会员、志愿者或家属/监护人")
        )
    if data.is_member:
        _validate_member(data, today, errors)
    for link in data.family_links:
        if len(link.relation) > 20:
            errors["family_links"] = Message(QT_TRANSLATE_NOOP("Messages", "与会员关系最多20个字"))
    return errors


def _validate_member(data: PersonInput, today: date, errors: dict[str, str]) -> None:
    if data.cert_number:
        problem = validate_certificate(data.cert_number, data.id_number or None, today)
        if problem:
            errors["cert_number"] = problem
    for key, label in (
        ("joined_on", Message(QT_TRANSLATE_NOOP("Messages", "入会日期"))),
        ("left_on", Message(QT_TRANSLATE_NOOP("Messages", "离开日期"))),
    ):
        problem = _check_date(getattr(data, key), label, today)
        if problem:
            errors[key] = problem
    dates_valid = "joined_on" not in errors and "left_on" not in errors
    if data.joined_on and data.left_on and dates_valid and data.left_on < data.joined_on:
        errors["left_on"] = Message(QT_TRANSLATE_NOOP("Messages", "离开日期不能早于入会日期"))
    if data.card_number and "card_number" not in errors and not _CARD.match(data.card_number):
        errors["card_number"] = Message(
            QT_TRANSLATE_NOOP("Messages", "签到卡号只能包含字母、数字和连字符")
        )
