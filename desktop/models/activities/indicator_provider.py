"""Activities held and participant 人次; members with three or more counted activities this
year; participants recorded for activities dated in the future.

"Held" means dated on or before the day the report is made: the home page, its trend chart and
the workbook's 汇总 and 活动明细 all count that way.
"""

from __future__ import annotations

from datetime import date

from desktop.models.activities.activities import COUNTED_KINDS, YEARLY_TARGET
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.indicators import (
    Finding,
    Indicator,
    Number,
    Provider,
    Severity,
    Span,
    month_span,
)

INDICATORS = (
    Indicator("activities.held", QT_TRANSLATE_NOOP("Messages", "开展活动"),
              QT_TRANSLATE_NOOP("Messages", "次"), cumulative=True),
    Indicator("activities.participations", QT_TRANSLATE_NOOP("Messages", "参加活动人次"),
              QT_TRANSLATE_NOOP("Messages", "人次"), cumulative=True),
    Indicator("activities.goal_met", Message(QT_TRANSLATE_NOOP(
        "Messages", "本年参加文体活动满{target}次的会员"), target=YEARLY_TARGET),
              QT_TRANSLATE_NOOP("Messages", "人"), cumulative=False),
)


def compute(db: Database, span: Span) -> dict[str, Number]:
    """Activities held in the span: not voided and dated on or before ``span.until`` (one
    planned for later this month is not held yet); the goal counts from 1 January on."""
    bounds = {"first": span.first, "last": span.happened_by}
    held = int(db.scalar("SELECT count(*) FROM activity WHERE day BETWEEN :first AND :last"
                         " AND voided_at IS NULL", bounds))
    participations = int(db.scalar(
        "SELECT count(*) FROM activity a JOIN activity_participant ap ON ap.activity_id = a.id"
        " WHERE a.day BETWEEN :first AND :last AND a.voided_at IS NULL", bounds))
    kinds = ", ".join(f"'{kind}'" for kind in COUNTED_KINDS)  # constants, not user input
    goal = int(db.scalar(
        "SELECT count(*) FROM (SELECT ap.person_id FROM activity a"
        " JOIN activity_participant ap ON ap.activity_id = a.id"
        f" WHERE a.day BETWEEN :year_start AND :last AND a.voided_at IS NULL"
        f" AND a.kind IN ({kinds}) GROUP BY ap.person_id HAVING count(*) >= :target)",
        {"year_start": span.last[:4] + "-01-01", "last": span.happened_by,
         "target": YEARLY_TARGET}))
    return {"activities.held": held, "activities.participations": participations,
            "activities.goal_met": goal}


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Participants recorded for an activity dated after today (error). A planned activity
    without participants is not a record of something that happened, so it is allowed."""
    span = month_span(month)
    future = int(db.scalar(
        "SELECT count(*) FROM activity a JOIN activity_participant ap ON ap.activity_id = a.id"
        " WHERE a.day BETWEEN :first AND :last AND a.voided_at IS NULL AND a.day > :today",
        {"first": span.first, "last": span.last, "today": today.isoformat()}))
    if not future:
        return []
    return [Finding("activities.future", Severity.ERROR, future, Message(QT_TRANSLATE_NOOP(
        "Messages", "{count} 条活动参加记录的活动日期晚于今天，请更正日期或移除参加者"),
        count=future))]


# Declared by desktop/models/activities/__init__.py (INDICATORS); its findings are fixed on the
# activities page.
PROVIDER = Provider("activities", 30, INDICATORS, compute, validate, page="activities")
