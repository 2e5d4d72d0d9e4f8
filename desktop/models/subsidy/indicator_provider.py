"""Rehab labour subsidy (职康站): days and amount in fen; days beyond the days open."""

from __future__ import annotations

from datetime import date

from desktop.models.attendance.attendance_month import days_open
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
from desktop.models.subsidy import subsidy

INDICATORS = (
    Indicator("subsidy.members", QT_TRANSLATE_NOOP("Messages", "享受生活补助人数"),
              QT_TRANSLATE_NOOP("Messages", "人"), cumulative=False),
    Indicator("subsidy.days", QT_TRANSLATE_NOOP("Messages", "生活补助天数"),
              QT_TRANSLATE_NOOP("Messages", "天"), cumulative=True),
    # Computed in fen; shown in yuan (the GUI's unit is 元, the workbook's 元 too).
    Indicator("subsidy.amount_fen", QT_TRANSLATE_NOOP("Messages", "生活补助金额"), "分",
              cumulative=True),
)


def compute(db: Database, span: Span) -> dict[str, Number]:
    """Days and amount over the span (each month at the rate in effect for it, as its monthly
    table); members with counted days in the span's last month."""
    last_month = subsidy.month_table(db, span.months[-1])
    if len(span.months) == 1:
        days, amount = last_month.total_days, last_month.total_fen
    else:
        days, amount = subsidy.span_totals(db, span.first, span.last)
    members = sum(1 for row in last_month.rows if row.days)
    return {"subsidy.members": members, "subsidy.days": days, "subsidy.amount_fen": amount}


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """A member with more subsidy days than the centre was open that month (error)."""
    span = month_span(month)
    open_days = days_open(db, span.first, span.last)
    over = [row for row in subsidy.month_table(db, month).rows if row.days > open_days]
    if not over:
        return []
    return [Finding("subsidy.days_over_open", Severity.ERROR, len(over), Message(
        QT_TRANSLATE_NOOP("Messages", "{count} 名会员的补助天数多于本月开放天数（{open_days} 天），"
                          "如 {name}：{days} 天"),
        count=len(over), open_days=open_days, name=over[0].name, days=over[0].days))]


# Declared by desktop/models/subsidy/__init__.py (INDICATORS); its findings are fixed on the
# subsidy page.
PROVIDER = Provider("subsidy", 40, INDICATORS, compute, validate, page="subsidy")
