"""What every part of vocational training (职业培训) shares (Qt-free): who may manage it, the
course types and forms, the roll-call marks, the national employment form codes, competition
levels, income bands, dates, reasons, and the centre's default completion rule (a setting).

The completion threshold varies by programme and year (80 % attendance is common but not
verified: docs/domain.md), so each course keeps its own ``min_attendance_pct``; new courses
start from the centre's default ``training.min_attendance_pct`` (80 when unset).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line

# The course types the seed names, and the usual others; 其他 for anything else.
COURSE_KINDS = ("西点", "软陶", "平面设计", "微商", "电脑", "按摩", "其他")

# ordinary: open to all; order: 订单、定岗、定向 for a named employer; entrepreneurship: 自主创业.
FORMS = ("ordinary", "order", "entrepreneurship")
FORM_NAMES = {
    "ordinary": Message(QT_TRANSLATE_NOOP("Messages", "普通培训")),
    "order": Message(QT_TRANSLATE_NOOP("Messages", "订单、定岗、定向培训")),
    "entrepreneurship": Message(QT_TRANSLATE_NOOP("Messages", "创业培训")),
}

# Roll-call marks, in the tick list's order. Present, late and left early count as attended;
# excused is taken out of the count; absent counts against the trainee.
MARKS = ("present", "late", "left_early", "excused", "absent")
ATTENDED_MARKS = ("present", "late", "left_early")
MARK_NAMES = {
    "present": Message(QT_TRANSLATE_NOOP("Messages", "出勤")),
    "late": Message(QT_TRANSLATE_NOOP("Messages", "迟到")),
    "left_early": Message(QT_TRANSLATE_NOOP("Messages", "早退")),
    "excused": Message(QT_TRANSLATE_NOOP("Messages", "请假")),
    "absent": Message(QT_TRANSLATE_NOOP("Messages", "缺勤")),
}

# The national dynamic-update form's employment codes (动态1表; 1 and 4 not confirmed).
EMPLOYMENT_FORMS = {
    2: Message(QT_TRANSLATE_NOOP("Messages", "集中就业")),
    3: Message(QT_TRANSLATE_NOOP("Messages", "个体就业")),
    5: Message(QT_TRANSLATE_NOOP("Messages", "辅助性就业")),
    6: Message(QT_TRANSLATE_NOOP("Messages", "农村种养加")),
    7: Message(QT_TRANSLATE_NOOP("Messages", "灵活就业")),
}

# Follow-ups after a placement starts, in months.
FOLLOW_UP_MONTHS = (1, 3, 6, 12)
# A follow-up is overdue this many days after its due day.
OVERDUE_AFTER_DAYS = 30
# Monthly income bands asked at a follow-up (元 a month).
INCOME_BANDS = ("", "2000以下", "2000–3000", "3000–5000", "5000以上")

COMPETITION_LEVELS = ("district", "city", "national")
LEVEL_NAMES = {
    "district": Message(QT_TRANSLATE_NOOP("Messages", "区级")),
    "city": Message(QT_TRANSLATE_NOOP("Messages", "市级")),
    "national": Message(QT_TRANSLATE_NOOP("Messages", "国家级")),
}

SUBSIDY_KINDS = ("per_completion", "per_hour", "none")
SUBSIDY_KIND_NAMES = {
    "per_completion": Message(QT_TRANSLATE_NOOP("Messages", "按结业人数")),
    "per_hour": Message(QT_TRANSLATE_NOOP("Messages", "按出勤学时")),
    "none": Message(QT_TRANSLATE_NOOP("Messages", "无补贴")),
}

MIN_ATTENDANCE_KEY = "training.min_attendance_pct"
DEFAULT_MIN_ATTENDANCE_PCT = 80
REASON_MAX = 100


class TrainingRefused(WarmHomeError):
    """A training action the rules refuse (the message says why and what to do)."""


class CourseFull(TrainingRefused):
    """Enrolment refused because the course is full; the message offers the waiting list."""


def require_manage(actor: Actor) -> None:
    """PermissionDenied unless the account may manage training (staff and administrators)."""
    actor.require(Permission.MANAGE_TRAINING)


def parse_day(text: str | date, field: str = "day") -> str:
    """``text`` as ``YYYY-MM-DD``; ValidationError for ``field`` when it is not a real date."""
    if isinstance(text, date):
        return text.isoformat()
    try:
        return date.fromisoformat((text or "").strip()).isoformat()
    except ValueError:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "日期“{day}”不正确：请写成 年-月-日，如 2024-05-06"), day=text)}) from None


_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")


def month_bounds(month: str) -> tuple[str, str]:
    """The first and last day of ``YYYY-MM``; ValidationError if malformed."""
    match = _MONTH.fullmatch(month or "")
    if match is None:
        raise ValidationError({"month": Message(QT_TRANSLATE_NOOP(
            "Messages", "月份“{month}”不正确：请写成 年-月，如 2024-05"), month=month)})
    last = calendar.monthrange(int(match[1]), int(match[2]))[1]
    return f"{month}-01", f"{month}-{last:02d}"


def add_months(day: str, months: int) -> str:
    """``day`` (YYYY-MM-DD) plus ``months`` calendar months, kept within the month's length
    (01-31 plus one month is the last day of February)."""
    start = date.fromisoformat(day)
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1])).isoformat()


def clean_reason(text: str | None, *, field: str = "reason") -> str:
    """A reason typed by staff, cleaned; ValidationError when empty or too long."""
    reason = clean_line(text)
    if not reason:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写原因：记录不会删除，原因会留在记录里"))})
    if len(reason) > REASON_MAX:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "原因最多 {limit} 个字"), limit=REASON_MAX)})
    return reason


def percent_text(attended: int, counted: int) -> str:
    """``attended`` of ``counted`` as a percentage with one decimal, rounded down so that a
    figure just under the rule never shows as meeting it (79.96 % → ``79.9%``); ``—`` when
    nothing was counted."""
    if counted <= 0:
        return "—"
    tenths = attended * 1000 // counted
    return f"{tenths // 10}.{tenths % 10}%"


def meets_rule(attended: int, counted: int, min_pct: int) -> bool:
    """Whether ``attended`` of ``counted`` sessions reaches ``min_pct`` percent, exactly (in
    whole numbers: attended × 100 ≥ min_pct × counted); never with nothing counted."""
    return counted > 0 and attended * 100 >= min_pct * counted


def ensure_trainee(db: Database, person_id: int) -> str:
    """The person's name; NotFoundError (saying why) unless the person is on the register
    and not archived (members or not: the registry's people with disabilities)."""
    row = db.query_one("SELECT name, archived_at FROM person WHERE id = ?", (person_id,))
    if row is None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP("Messages", "没有编号为 {id} 的人员"),
                                    id=person_id))
    if row["archived_at"] is not None:
        raise NotFoundError(Message(QT_TRANSLATE_NOOP(
            "Messages", "{name} 已归档，不能报名培训：如需恢复，请先在“人员登记”中恢复"),
            name=row["name"]))
    return str(row["name"])


def default_min_attendance(db: Database) -> int:
    """The centre's default minimum attendance in % for new courses (80 when unset)."""
    try:
        value = int(get_setting(db, MIN_ATTENDANCE_KEY, str(DEFAULT_MIN_ATTENDANCE_PCT)))
    except ValueError:
        return DEFAULT_MIN_ATTENDANCE_PCT
    return value if 0 <= value <= 100 else DEFAULT_MIN_ATTENDANCE_PCT


def save_default_min_attendance(db: Database, percent: int, *, actor: Actor) -> None:
    """Change the default minimum attendance for new courses, audited (EDIT_SETTINGS);
    ValidationError outside 0–100 and nothing written. Existing courses keep their own."""
    actor.require(Permission.EDIT_SETTINGS)
    if not 0 <= percent <= 100:
        raise ValidationError({"min_attendance_pct": Message(QT_TRANSLATE_NOOP(
            "Messages", "结业要求的出勤率应为0–100%"))})
    with db.transaction():
        before = default_min_attendance(db)
        if before == percent:
            return
        set_setting(db, MIN_ATTENDANCE_KEY, str(percent))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before={MIN_ATTENDANCE_KEY: before},
                     after={MIN_ATTENDANCE_KEY: percent})
