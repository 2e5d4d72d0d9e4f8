"""Rehab labour subsidy (职康站): days and amount in fen; days beyond the days open."""

from __future__ import annotations

from datetime import date

from desktop.models import subsidy
from desktop.models.attendance_month import days_open
from desktop.models.db import Database
from desktop.models.indicators import (
    Finding,
    Indicator,
    Number,
    Provider,
    Severity,
    Span,
    month_span,
    register,
)

INDICATORS = (
    Indicator("subsidy.members", "享受生活补助人数", "人", cumulative=False),
    Indicator("subsidy.days", "生活补助天数", "天", cumulative=True),
    Indicator("subsidy.amount_fen", "生活补助金额", "分", cumulative=True),
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
    return [Finding("subsidy.days_over_open", Severity.ERROR, len(over),
                    f"{len(over)} 名会员的补助天数多于本月开放天数（{open_days} 天），"
                    f"如 {over[0].name}：{over[0].days} 天")]


register(Provider("subsidy", 40, INDICATORS, compute, validate))
