"""What every part of daily care (日间照料) shares: who is in the programme, who is present on a
day, the services a day's log shows, times of day, the settings, and the permission (Qt-free).

Medication, incidents and care notes are health information: every function that reads or
writes them takes the acting account and calls :func:`require_care` first (staff and
administrators; never the kiosk account).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.admin.centre import get_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.times import is_time

PROGRAMME = "日间照料"

# Settings (the ``setting`` table), with their defaults.
REVIEW_MONTHS_KEY = "care.review_months"
DEFAULT_REVIEW_MONTHS = 3
CLOSING_TIME_KEY = "care.closing_time"
DEFAULT_CLOSING_TIME = "17:00"

SELF_CARE_LEVELS = ("自理", "半自理", "不能自理")
DIET_TEXTURES = ("普通", "软食", "碎食", "流食")
MOODS = ("好", "一般", "差")
SUPPLIERS = ("家属", "中心")
INCIDENT_KINDS = ("跌倒", "癫痫发作", "冲突", "擅自离开", "疾病", "其他")
SEVERITIES = ("一般", "较重", "严重")
# The severities the home page keeps showing until the incident is closed.
SERIOUS = ("较重", "严重")
DOSE_STATUSES = {"given": QT_TRANSLATE_NOOP("Messages", "已服"),
                 "refused": QT_TRANSLATE_NOOP("Messages", "拒服"),
                 "missed": QT_TRANSLATE_NOOP("Messages", "漏服")}
# The names schema v9 seeds the services with (a centre's own services keep the name it gives
# them): marked for the translation tools, shown through ``desktop.ui.care.care_words``.
SEEDED_SERVICE_NAMES = (
    QT_TRANSLATE_NOOP("CareServices", "午餐"),
    QT_TRANSLATE_NOOP("CareServices", "个人照料"),
    QT_TRANSLATE_NOOP("CareServices", "康复训练"),
    QT_TRANSLATE_NOOP("CareServices", "音乐治疗"),
    QT_TRANSLATE_NOOP("CareServices", "手工制作"),
    QT_TRANSLATE_NOOP("CareServices", "文体娱乐"),
)
# The service whose ticks are the day's meals (meal statements, the report's 用餐人次).
MEAL_KINDS = ("meal",)



class NotPresentError(WarmHomeError):
    """Care recorded for a member who did not sign in that day; ``person_id`` and ``day`` let
    the page offer to add the sign-in first."""

    def __init__(self, message: str, person_id: int, day: str) -> None:
        super().__init__(message)
        self.person_id = person_id
        self.day = day


@dataclass(frozen=True)
class CareService:
    """A column of the daily log: a service staff tick for each member present."""

    key: str
    name: str
    kind: str
    counts_minutes: bool
    default_minutes: int | None
    sort: int


def require_care(actor: Actor) -> None:
    """PermissionDenied unless the account may see and record care (health information)."""
    actor.require(Permission.RECORD_CARE)


def services(db: Database, *, include_inactive: bool = False) -> list[CareService]:
    """The services of the daily log, in column order."""
    where = "" if include_inactive else " WHERE active = 1"
    return [CareService(r["key"], r["name"], r["kind"], bool(r["counts_minutes"]),
                        r["default_minutes"], r["sort"])
            for r in db.query("SELECT key, name, kind, counts_minutes, default_minutes, sort"
                              f" FROM care_service{where} ORDER BY sort, key")]


def service(db: Database, key: str) -> CareService:
    """One service by its key; NotFoundError when there is none."""
    for found in services(db, include_inactive=True):
        if found.key == key:
            return found
    raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有“{key}”这项照料服务"),
                                key=key))


def is_day_care_member(db: Database, person_id: int) -> bool:
    """Whether the person is an active member in the 日间照料 programme."""
    return db.scalar(
        "SELECT 1 FROM member m JOIN member_programme p ON p.person_id = m.person_id"
        " JOIN person x ON x.id = m.person_id"
        " WHERE m.person_id = ? AND p.programme = ? AND m.active = 1 AND x.archived_at IS NULL",
        (person_id, PROGRAMME)) is not None


def ensure_day_care_member(db: Database, person_id: int) -> None:
    """NotFoundError unless the person is an active member of the 日间照料 programme."""
    if not is_day_care_member(db, person_id):
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "编号 {person_id} 不是日间照料的在册会员：请先在“人员登记”中勾选"
                        "“日间照料”项目"), person_id=person_id))


def is_present(db: Database, person_id: int, day: str) -> bool:
    """Whether the member has a valid (not voided) sign-in on ``day``."""
    return db.scalar("SELECT 1 FROM sign_in WHERE person_id = ? AND day = ?"
                     " AND voided_at IS NULL", (person_id, day)) is not None


def ensure_present(db: Database, person_id: int, day: str) -> None:
    """NotPresentError unless the member signed in on ``day``: care is recorded only for
    members who were there, and the way to fix a forgotten sign-in is to add it first."""
    if not is_present(db, person_id, day):
        name = db.scalar("SELECT name FROM person WHERE id = ?", (person_id,)) or person_id
        raise NotPresentError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 在 {day} 没有签到，不能记录照料：如果当天来了，请先在“考勤”页"
                        "补签，再记录"), name=name, day=day), person_id, day)


def present_members(db: Database, day: str) -> list[int]:
    """The 日间照料 members with a valid sign-in on ``day``, by name order."""
    return [r[0] for r in db.query(
        "SELECT s.person_id FROM sign_in s"
        " JOIN member_programme p ON p.person_id = s.person_id AND p.programme = ?"
        " JOIN person x ON x.id = s.person_id"
        " WHERE s.day = ? AND s.voided_at IS NULL ORDER BY x.name_sort, x.id",
        (PROGRAMME, day))]


def review_months(db: Database) -> int:
    """Months between a plan's start (or last review) and its next review (setting, default 3)."""
    try:
        value = int(get_setting(db, REVIEW_MONTHS_KEY, str(DEFAULT_REVIEW_MONTHS)))
    except ValueError:
        return DEFAULT_REVIEW_MONTHS
    return value if 1 <= value <= 24 else DEFAULT_REVIEW_MONTHS


def closing_time(db: Database) -> str:
    """The centre's closing time (HH:MM, setting, default 17:00): a member still signed in
    then without a hand-over is flagged."""
    value = get_setting(db, CLOSING_TIME_KEY, DEFAULT_CLOSING_TIME)
    return value if is_time(value) else DEFAULT_CLOSING_TIME


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
