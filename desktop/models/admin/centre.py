"""The centre profile (name, code, district, street, responsible person, phone) and settings."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import normalise_phone, validate_phone
from desktop.models.text_input import clean_line, clean_name, compact

XICHENG_STREETS = (
    "西长安街", "新街口", "月坛", "展览路", "德胜", "金融街", "什刹海", "大栅栏",
    "天桥", "椿树", "陶然亭", "广安门内", "牛街", "白纸坊", "广安门外",
)
_CODE = re.compile(r"^[A-Za-z0-9-]{2,20}$")


@dataclass
class CentreProfile:
    """Who this installation belongs to; printed on every report."""

    name: str = ""
    code: str = ""
    district: str = "西城区"
    street: str = ""
    responsible_person: str = ""
    phone: str = ""


_PREFIX = "centre."


def get_setting(db: Database, key: str, default: str = "") -> str:
    """One stored setting value, or ``default``."""
    value = db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
    return default if value is None else str(value)


def set_setting(db: Database, key: str, value: str) -> None:
    """Store a setting; call inside a transaction."""
    db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
               " DO UPDATE SET value = excluded.value", (key, value))


def load_profile(db: Database) -> CentreProfile:
    """The stored profile (empty fields when never set); read once per read snapshot (every
    sheet of the monthly workbook names the centre)."""
    # A copy: a profile may be edited and saved (the dataclass is not frozen).
    return replace(db.snapshot_read("centre.profile", lambda: _read_profile(db)))


def _read_profile(db: Database) -> CentreProfile:
    values = {f.name: get_setting(db, _PREFIX + f.name, getattr(CentreProfile(), f.name))
              for f in fields(CentreProfile)}
    return CentreProfile(**values)


def centre_code(db: Database) -> str:
    """The centre code that starts backup names ('' when the profile is not set yet)."""
    return get_setting(db, _PREFIX + "code").strip().upper()


def is_configured(db: Database) -> bool:
    """True once a centre name and code have been saved (the welcome dialog has run)."""
    return bool(get_setting(db, _PREFIX + "name") and get_setting(db, _PREFIX + "code"))


def validate_profile(profile: CentreProfile) -> dict[str, str]:
    """Field name → message; empty when the profile can be saved (checked as cleaned)."""
    profile = clean_profile(profile)
    errors: dict[str, str] = {}
    if not profile.name.strip():
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写中心名称"))
    elif len(profile.name.strip()) > 50:
        errors["name"] = Message(QT_TRANSLATE_NOOP("Messages", "中心名称最多50个字"))
    code = profile.code.strip()
    if not code:
        errors["code"] = Message(
            QT_TRANSLATE_NOOP("Messages", "请填写中心编码（区残联分配，用于报表文件名）")
        )
    elif not _CODE.match(code):
        errors["code"] = Message(
            QT_TRANSLATE_NOOP("Messages", "中心编码应为2–20位字母、数字或连字符，如 XC-XCAJ-01")
        )
    if not profile.district.strip():
        errors["district"] = Message(QT_TRANSLATE_NOOP("Messages", "请填写所属区"))
    elif len(profile.district.strip()) > 20:
        errors["district"] = Message(QT_TRANSLATE_NOOP("Messages", "所属区最多20个字"))
    if len(profile.street.strip()) > 20:
        errors["street"] = Message(QT_TRANSLATE_NOOP("Messages", "街道最多20个字"))
    if len(profile.responsible_person.strip()) > 20:
        errors["responsible_person"] = Message(
            QT_TRANSLATE_NOOP("Messages", "负责人姓名最多20个字")
        )
    problem = validate_phone(profile.phone)
    if problem:
        errors["phone"] = problem
    return errors


def clean_profile(profile: CentreProfile) -> CentreProfile:
    """The profile as it will be stored: typed text cleaned (text_input), the code
    upper-case ASCII (ＸＣ－０１ is XC-01), the phone canonical."""
    return CentreProfile(
        name=clean_line(profile.name), code=compact(profile.code).upper(),
        district=clean_line(profile.district), street=clean_line(profile.street),
        responsible_person=clean_name(profile.responsible_person),
        phone=normalise_phone(profile.phone),
    )


def save_profile(db: Database, profile: CentreProfile, *, actor: Actor) -> None:
    """Validate and store the profile in one transaction, with an audit entry."""
    actor.require(Permission.EDIT_SETTINGS)
    clean = clean_profile(profile)
    errors = validate_profile(clean)
    if errors:
        raise ValidationError(errors)
    with db.transaction():
        before = load_profile(db)
        for key, value in asdict(clean).items():
            set_setting(db, _PREFIX + key, value)
        audit.record(db, actor=actor.username, action="update", table="setting", record_id=None,
                     before=asdict(before), after=asdict(clean))


IDLE_LOCK_SETTING = "ui.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the screen locks (0: never)."""
    try:
        value = int(get_setting(db, IDLE_LOCK_SETTING, str(DEFAULT_IDLE_LOCK_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return min(max(value, 0), MAX_IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(db: Database, minutes: int, *, actor: Actor) -> None:
    """Change the idle lock time for this centre's PC (0 switches it off)."""
    actor.require(Permission.EDIT_SETTINGS)
    if not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise ValidationError(
            {
                "idle_minutes": Message(
                    QT_TRANSLATE_NOOP("Messages", "自动锁定时间应为0–{limit}分钟"),
                    limit=MAX_IDLE_LOCK_MINUTES,
                )
            }
        )
    with db.transaction():
        before = idle_lock_minutes(db)
        set_setting(db, IDLE_LOCK_SETTING, str(minutes))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before={IDLE_LOCK_SETTING: before},
                     after={IDLE_LOCK_SETTING: minutes})
