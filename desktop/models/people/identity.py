"""Identity numbers: resident ID (GB 11643-1999), disability certificate, phone numbers.

Validation functions return a Chinese error message (a plain string, translated by the UI
through its own context) or ``None`` when the value is valid. Masking helpers hide the middle
of sensitive values for lists and exports (PIPL, see docs/domain.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import compact

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"

CATEGORIES: dict[int, str] = {
    1: Message(QT_TRANSLATE_NOOP("Messages", "视力")),
    2: Message(QT_TRANSLATE_NOOP("Messages", "听力")),
    3: Message(QT_TRANSLATE_NOOP("Messages", "言语")),
    4: Message(QT_TRANSLATE_NOOP("Messages", "肢体")),
    5: Message(QT_TRANSLATE_NOOP("Messages", "智力")),
    6: Message(QT_TRANSLATE_NOOP("Messages", "精神")),
    7: Message(QT_TRANSLATE_NOOP("Messages", "多重")),
}
GRADES: dict[int, str] = {
    1: Message(QT_TRANSLATE_NOOP("Messages", "一级")),
    2: Message(QT_TRANSLATE_NOOP("Messages", "二级")),
    3: Message(QT_TRANSLATE_NOOP("Messages", "三级")),
    4: Message(QT_TRANSLATE_NOOP("Messages", "四级")),
}

# ASCII digits only ([0-9], never \d, which also matches ٣ or ३: not digits of an ID).
_ID_SHAPE = re.compile(r"^[0-9]{17}[0-9X]$")
_CERT_SHAPE = re.compile(r"^([0-9]{17}[0-9X])([1-7])([1-4])(B[1-9])?$")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
# Landline: optional area code 0xx or 0xxx, then a 7–8 digit local number, optional extension.
_LANDLINE = re.compile(r"^(0[0-9]{2,3}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?$")


def normalise_id(raw: str) -> str:
    """The ID as typed or scanned, made comparable: full-width digits made ASCII, spaces and
    invisible marks removed, a trailing x upper-cased."""
    return compact(raw).upper()


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID."""
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def birth_date_from_id(id_number: str) -> date | None:
    """The birth date coded in characters 7–14, or None if it is not a real date."""
    try:
        return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def sex_from_id(id_number: str) -> str:
    """'男' when the 17th digit is odd, '女' when it is even."""
    return "男" if int(id_number[16]) % 2 == 1 else "女"


def validate_id_number(raw: str, today: date) -> str | None:
    """Check a resident ID number on ``today``; return a message saying what is wrong, or
    None."""
    value = normalise_id(raw)
    if len(value) != 18:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "身份证号应为18位，现在是{length}位"), length=len(value)
        )
    if not _ID_SHAPE.match(value):
        return Message(QT_TRANSLATE_NOOP("Messages", "身份证号前17位应为数字，最后一位为数字或X"))
    born = birth_date_from_id(value)
    if born is None:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "身份证号中的出生日期 {birth} 不是有效日期"),
            birth=value[6:14],
        )
    if born > today:
        return Message(QT_TRANSLATE_NOOP("Messages", "身份证号中的出生日期在今天之后"))
    if born.year < 1900:
        return Message(QT_TRANSLATE_NOOP("Messages", "身份证号中的出生年份早于1900年"))
    expected = id_check_char(value[:17])
    if value[17] != expected:
        return Message(QT_TRANSLATE_NOOP("Messages", "身份证号校验位不正确，请核对每一位数字"))
    return None


@dataclass(frozen=True)
class Certificate:
    """A parsed second-generation disability certificate number."""

    number: str
    id_number: str
    category: int
    grade: int
    suffix: str

    @property
    def category_name(self) -> str:
        """The Chinese category name, e.g. 肢体."""
        return CATEGORIES[self.category]

    @property
    def grade_name(self) -> str:
        """The Chinese grade name, e.g. 三级."""
        return GRADES[self.grade]


def normalise_certificate(raw: str) -> str:
    """As :func:`normalise_id`; also upper-cases the b of a reissue suffix."""
    return compact(raw).upper()


def parse_certificate(raw: str) -> Certificate | None:
    """Split a certificate number into ID, category and grade; None if malformed."""
    value = normalise_certificate(raw)
    match = _CERT_SHAPE.match(value)
    if not match:
        return None
    return Certificate(
        number=value,
        id_number=match.group(1),
        category=int(match.group(2)),
        grade=int(match.group(3)),
        suffix=match.group(4) or "",
    )


def validate_certificate(raw: str, id_number: str | None, today: date) -> str | None:
    """Check a certificate number against the person's ID on ``today``; a message, or None
    when valid."""
    value = normalise_certificate(raw)
    if len(value) < 20:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "残疾人证号应为20位（身份证号18位+类别1位+等级1位），现在是{length}位"
            ),
            length=len(value),
        )
    cert = parse_certificate(value)
    if cert is None:
        if len(value) >= 19 and value[18] not in "1234567":
            return Message(QT_TRANSLATE_NOOP("Messages", "残疾人证号第19位是残疾类别，应为1–7"))
        if len(value) >= 20 and value[19] not in "1234":
            return Message(QT_TRANSLATE_NOOP("Messages", "残疾人证号第20位是残疾等级，应为1–4"))
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "残疾人证号格式不正确：应为身份证号+类别(1–7)+等级(1–4)，补发证可带B1–B9",
            )
        )
    id_problem = validate_id_number(cert.id_number, today)
    if id_problem:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "残疾人证号的前18位不是有效身份证号：{problem}"), problem=id_problem)
    if id_number and normalise_id(id_number) != cert.id_number:
        return Message(QT_TRANSLATE_NOOP("Messages", "残疾人证号的前18位应与身份证号一致"))
    return None


def normalise_phone(raw: str) -> str:
    """Remove spaces, brackets and a +86 prefix; keep digits and hyphens (made ASCII)."""
    value = re.sub(r"[()]", "", compact(raw))
    if value.startswith("+86"):
        value = value[3:]
    elif value.startswith("0086"):
        value = value[4:]
    # A mobile number written in groups (138-0013-8000) is stored as its 11 digits.
    digits = value.replace("-", "")
    if digits.startswith("1") and len(digits) == 11:
        return digits
    return value


def validate_phone(raw: str) -> str | None:
    """Check a mobile (11 digits, 1[3-9]…) or landline (010-6xxxxxxx) number."""
    value = normalise_phone(raw)
    if not value:
        return None
    if not re.fullmatch(r"[0-9-]+", value):
        return Message(QT_TRANSLATE_NOOP("Messages", "电话号码只能包含数字和连字符“-”"))
    if _MOBILE.match(value) or _LANDLINE.match(value):
        return None
    digits = value.replace("-", "")
    if digits.startswith("1"):
        return Message(QT_TRANSLATE_NOOP("Messages", "手机号应为11位，以13–19开头"))
    return Message(
        QT_TRANSLATE_NOOP("Messages", "电话格式不正确：手机号11位，座机如 010-66012345 或 66012345")
    )


def mask_id(value: str | None) -> str:
    """Mask an ID or certificate number: first 6 and last 4 kept, `110105********002X`."""
    if not value:
        return ""
    if len(value) <= 10:
        return value[:2] + "*" * max(len(value) - 4, 0) + value[-2:]
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    """Mask a phone number, keeping the first 3 and last 4 digits: `138****5678`."""
    if not value:
        return ""
    if len(value) <= 7:
        return "*" * (len(value) - 2) + value[-2:]
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_address(value: str | None) -> str:
    """Keep the district part of an address, hide the rest: `北京市西城区****`."""
    if not value:
        return ""
    return value[:6] + "****" if len(value) > 6 else "****"
