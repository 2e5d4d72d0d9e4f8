"""志愿服务's rows of 汇总 and its checks in 校验 (declared as ``INDICATORS`` by
``desktop.models.volunteers``).

Every figure is a count or a sum that adds up over months (the year to date is the same count
over 1 January .. the month's end: active volunteers are distinct over the year, not a sum) and
over centres: the district's consolidation adds every indicator but the ratios it knows how
to recompute. How full the shifts were (满员率) is the sign-ups over the places in whole
percent: a centre's 汇总 computes it for the month and for the year so far from the two
counts (also rows of 汇总), and the district's consolidation recomputes it from their sums
(``desktop.excel.reporting.consolidation.RATIOS``), as it does the daily average of
sign-ins, never adding percentages. 0 without places. The 志愿服务 sheet shows it per post.
Service time is reported in hours, the unit of 志愿北京 and of the certificates, as care
reports its purchased hours: the minutes of the ledger ÷ 60 to hundredths, and the year to
date is computed from the year's minutes, not from the months' rounded hours.

Records dated after the day of export have not happened yet (``Span.happened_by``): a shift
planned for later this month is not counted while the month runs.
"""

from __future__ import annotations

from datetime import date

from desktop.models.attendance.attendance_month import month_days
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.indicators import (
    Finding,
    Indicator,
    Number,
    Provider,
    Severity,
    Span,
)
from desktop.models.volunteers import volunteer_checks
from desktop.models.volunteers.rules import max_daily_minutes
from desktop.models.volunteers.volunteer_stats import VolunteerStats, period_stats

PEOPLE = QT_TRANSLATE_NOOP("Messages", "人")
TIMES = QT_TRANSLATE_NOOP("Messages", "人次")
COUNT = QT_TRANSLATE_NOOP("Messages", "次")
HOURS = QT_TRANSLATE_NOOP("Messages", "小时")

INDICATORS = (
    Indicator("volunteers.active", QT_TRANSLATE_NOOP("Messages", "参加志愿服务的志愿者"), PEOPLE,
              cumulative=True),
    Indicator("volunteers.new", QT_TRANSLATE_NOOP("Messages", "首次参加志愿服务的志愿者"),
              PEOPLE, cumulative=True),
    Indicator("volunteers.shifts", QT_TRANSLATE_NOOP("Messages", "志愿服务班次"), COUNT,
              cumulative=True),
    Indicator("volunteers.places", QT_TRANSLATE_NOOP("Messages", "志愿服务班次名额"), TIMES,
              cumulative=True),
    Indicator("volunteers.signups", QT_TRANSLATE_NOOP("Messages", "志愿服务报名人次"), TIMES,
              cumulative=True),
    Indicator("volunteers.filled_percent", QT_TRANSLATE_NOOP("Messages", "志愿服务班次满员率"),
              QT_TRANSLATE_NOOP("Messages", "%"), cumulative=True),
    Indicator("volunteers.service_hours", QT_TRANSLATE_NOOP("Messages", "志愿服务时长"), HOURS,
              cumulative=True),
    Indicator("volunteers.no_shows", QT_TRANSLATE_NOOP("Messages", "报名后未到人次"), TIMES,
              cumulative=True),
)


def figures(stats: VolunteerStats) -> dict[str, Number]:
    """The indicators' values from a period's figures."""
    return {"volunteers.active": stats.active, "volunteers.new": stats.new,
            "volunteers.shifts": stats.shifts, "volunteers.places": stats.places,
            "volunteers.signups": stats.signups,
            "volunteers.filled_percent": stats.filled_percent or 0,
            "volunteers.service_hours": stats.hours,
            "volunteers.no_shows": stats.no_shows}


def compute(db: Database, span: Span) -> dict[str, Number]:
    """The figures of the span up to the day of export (:func:`volunteer_stats.period_stats`)."""
    return figures(period_stats(db, span.first, span.happened_by))


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Service over the daily maximum (error: blocks the export), sign-ins of past days
    without a sign-out and no service recorded (warning), shifts with more sign-ups than
    places (warning)."""
    days = month_days(month)
    first, last = days[0], days[-1]
    findings: list[Finding] = []
    most = max_daily_minutes(db)
    over = volunteer_checks.days_over_maximum(db, first, last, most)
    if over:
        findings.append(Finding("volunteers.over_daily_max", Severity.ERROR, over, Message(
            QT_TRANSLATE_NOOP("Messages", "有 {count} 人次的志愿服务时长一天超过 {hours} 小时的"
                                          "上限：请在“志愿服务”页核对并作废重复或错误的时长记录"),
            count=over, hours=f"{most / 60:g}")))
    open_ = volunteer_checks.sign_ins_without_sign_out(db, first, last, today)
    if open_:
        findings.append(Finding("volunteers.no_sign_out", Severity.WARNING, open_, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 次志愿者签到没有签退，也没有确认服务时长："
                                          "这些服务时长尚未计入"), count=open_)))
    full = volunteer_checks.shifts_over_capacity(db, first, last)
    if full:
        findings.append(Finding("volunteers.over_capacity", Severity.WARNING, full, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 个志愿服务班次的报名人数多于名额"),
            count=full)))
    return findings


# Declared by desktop/models/volunteers/__init__.py (INDICATORS); its findings are fixed on
# the 志愿服务 page. After daily care (35), before the subsidy (40).
PROVIDER = Provider("volunteers", 37, INDICATORS, compute, validate, page="volunteers")
