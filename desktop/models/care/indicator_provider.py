"""日间照料's rows of 汇总 and its checks in 校验 (declared as ``INDICATORS`` by
``desktop.models.care``).

Every figure is a count or a sum that adds up over months (the year to date is the same count
over 1 January .. the month's end) and over centres: the district's consolidation adds every
indicator across centres (docs/workbook.md, "Totals"). A fulfilment percentage would not add
up either way, so purchased-service fulfilment is reported as two figures per unit, what the
contracts owe and what was delivered (in hours for contracts counted in hours, in sessions for
those counted in sessions): the percentage of a month, a year or a whole district is their
quotient, and the detail sheet 日间照料 shows it per contract.
"""

from __future__ import annotations

from datetime import date

from desktop.models.attendance.attendance_month import month_days
from desktop.models.care import care_checks
from desktop.models.care.care_stats import CareMonth, period_stats
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

PEOPLE = QT_TRANSLATE_NOOP("Messages", "人")
PERSON_DAYS = QT_TRANSLATE_NOOP("Messages", "人天")
TIMES = QT_TRANSLATE_NOOP("Messages", "人次")
COUNT = QT_TRANSLATE_NOOP("Messages", "次")
MINUTES = QT_TRANSLATE_NOOP("Messages", "分钟")
CASES = QT_TRANSLATE_NOOP("Messages", "件")
HOURS = QT_TRANSLATE_NOOP("Messages", "小时")
# Stable ASCII keys for the severities (consolidation matches on keys, not on labels).
SEVERITY_KEYS = {"一般": "minor", "较重": "major", "严重": "serious"}

INDICATORS = (
    Indicator("care.members", QT_TRANSLATE_NOOP("Messages", "日间照料服务人数"), PEOPLE,
              cumulative=True),
    Indicator("care.care_days", QT_TRANSLATE_NOOP("Messages", "日间照料人天数"), PERSON_DAYS,
              cumulative=True),
    Indicator("care.meals", QT_TRANSLATE_NOOP("Messages", "日间照料用餐人次"), TIMES,
              cumulative=True),
    Indicator("care.doses_given", QT_TRANSLATE_NOOP("Messages", "协助服药次数（已服）"), COUNT,
              cumulative=True),
    Indicator("care.rehab_minutes", QT_TRANSLATE_NOOP("Messages", "康复训练时长"), MINUTES,
              cumulative=True),
    Indicator("care.incidents.minor", QT_TRANSLATE_NOOP("Messages", "突发事件：一般"), CASES,
              cumulative=True),
    Indicator("care.incidents.major", QT_TRANSLATE_NOOP("Messages", "突发事件：较重"), CASES,
              cumulative=True),
    Indicator("care.incidents.serious", QT_TRANSLATE_NOOP("Messages", "突发事件：严重"), CASES,
              cumulative=True),
    Indicator("care.purchased.hours", QT_TRANSLATE_NOOP("Messages", "购买服务时长"), HOURS,
              cumulative=True),
    Indicator("care.purchased.hours_owed",
              QT_TRANSLATE_NOOP("Messages", "购买服务应提供时数"), HOURS,
              cumulative=True),
    Indicator("care.purchased.hours_delivered",
              QT_TRANSLATE_NOOP("Messages", "购买服务已提供时数"), HOURS,
              cumulative=True),
    Indicator("care.purchased.sessions_owed",
              QT_TRANSLATE_NOOP("Messages", "购买服务应提供次数"), COUNT,
              cumulative=True),
    Indicator("care.purchased.sessions_delivered",
              QT_TRANSLATE_NOOP("Messages", "购买服务已提供次数"), COUNT,
              cumulative=True),
)


def figures(stats: CareMonth) -> dict[str, Number]:
    """The indicators' values from a period's figures."""
    hours, sessions = stats.unit_total("hours"), stats.unit_total("sessions")
    values: dict[str, Number] = {
        "care.members": stats.members, "care.care_days": stats.care_days,
        "care.meals": stats.meals, "care.doses_given": stats.medication_doses,
        "care.rehab_minutes": stats.rehab_minutes,
        "care.purchased.hours": stats.purchased_hours,
        "care.purchased.hours_owed": hours.owed,
        "care.purchased.hours_delivered": hours.delivered,
        "care.purchased.sessions_owed": sessions.owed,
        "care.purchased.sessions_delivered": sessions.delivered,
    }
    for severity, key in SEVERITY_KEYS.items():
        values[f"care.incidents.{key}"] = stats.incidents[severity]
    return values


def compute(db: Database, span: Span) -> dict[str, Number]:
    """The figures of the span's whole months (:func:`care_stats.period_stats`)."""
    return figures(period_stats(db, span.first, span.last, span.months))


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Care without a sign-in (error: blocks the export), plan reviews overdue by the month's
    end or today if earlier (warning), care days with a medication schedule and no dose
    recorded, up to yesterday (warning)."""
    days = month_days(month)
    first, last = days[0], days[-1]
    findings: list[Finding] = []
    unsigned = care_checks.care_without_sign_in(db, first, last)
    if unsigned:
        findings.append(Finding("care.without_sign_in", Severity.ERROR, unsigned, Message(
            QT_TRANSLATE_NOOP("Messages", "有 {count} 人天的照料记录（服务、服药或备注）当天没有"
                                          "有效签到：请在“考勤”页补签，或在“日间照料”页作废这些记录"),
            count=unsigned)))
    as_of = min(today, date.fromisoformat(last))
    overdue = care_checks.overdue_reviews(db, as_of)
    if overdue:
        findings.append(Finding("care.review_overdue", Severity.WARNING, overdue, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 份个别化服务计划在 {day} 前已到评估日期，"
                                          "尚未评估"), count=overdue, day=as_of.isoformat())))
    missing = care_checks.care_days_without_dose(db, first, last, today)
    if missing:
        findings.append(Finding("care.no_dose", Severity.WARNING, missing, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 次应服药却没有记录：会员当天在站接受照料、"
                                          "有用药安排，但已服、拒服、漏服都没有记录"),
            count=missing)))
    return findings


# Declared by desktop/models/care/__init__.py (INDICATORS); its findings are fixed on the
# 日间照料 page. After attendance (20) and activities (30), before the subsidy (40).
PROVIDER = Provider("care", 35, INDICATORS, compute, validate, page="care")
