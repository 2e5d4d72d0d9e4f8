"""Sign-ins (人次), distinct members, days open, average per day, per programme; sign-ins
without sign-out and sign-ins dated in the future."""

from __future__ import annotations

from datetime import date

from desktop.models.attendance.attendance_month import days_open
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.person_input import PROGRAMMES
from desktop.models.reporting.indicators import (
    Finding,
    Indicator,
    Number,
    Provider,
    Severity,
    Span,
    month_span,
)

# Stable ASCII keys for the programmes (consolidation matches on keys, not on labels).
PROGRAMME_KEYS = {"温馨家园": "wenxin", "职康站": "zhikang", "日间照料": "rijian"}
# The programmes' names as message arguments (translated in the GUI).
PROGRAMME_NAMES = {
    "温馨家园": Message(QT_TRANSLATE_NOOP("Messages", "温馨家园")),
    "职康站": Message(QT_TRANSLATE_NOOP("Messages", "职康站")),
    "日间照料": Message(QT_TRANSLATE_NOOP("Messages", "日间照料")),
}
SIGN_INS = QT_TRANSLATE_NOOP("Messages", "人次")
PEOPLE = QT_TRANSLATE_NOOP("Messages", "人")

INDICATORS = (
    Indicator("attendance.sign_ins", QT_TRANSLATE_NOOP("Messages", "签到人次"), SIGN_INS,
              cumulative=True),
    Indicator("attendance.members", QT_TRANSLATE_NOOP("Messages", "签到人数"), PEOPLE,
              cumulative=True),
    Indicator("attendance.days_open", QT_TRANSLATE_NOOP("Messages", "开放天数"),
              QT_TRANSLATE_NOOP("Messages", "天"), cumulative=True),
    Indicator("attendance.average_per_day", QT_TRANSLATE_NOOP("Messages", "日均签到人次"),
              SIGN_INS, cumulative=True),
    *(indicator for programme in PROGRAMMES for indicator in (
        Indicator(f"attendance.{PROGRAMME_KEYS[programme]}.sign_ins",
                  Message(QT_TRANSLATE_NOOP("Messages", "{programme}签到人次"),
                          programme=PROGRAMME_NAMES[programme]), SIGN_INS, cumulative=True),
        Indicator(f"attendance.{PROGRAMME_KEYS[programme]}.members",
                  Message(QT_TRANSLATE_NOOP("Messages", "{programme}签到人数"),
                          programme=PROGRAMME_NAMES[programme]), PEOPLE, cumulative=True))),
)

_VALID = "s.day BETWEEN :first AND :last AND s.voided_at IS NULL"


def compute(db: Database, span: Span) -> dict[str, Number]:
    """Valid (not voided) sign-ins in the span; a member counts once per span."""
    bounds = {"first": span.first, "last": span.last}
    # Every sign-in's person is a member, so counting per member through the partial index
    # on (person_id, day) of valid sign-ins never reads the table: on ten years of data ten
    # times faster than a grouped scan of the span.
    per_member = {int(r[0]): int(r[1]) for r in db.query(
        "SELECT m.person_id, (SELECT count(*) FROM sign_in s WHERE s.person_id = m.person_id"
        " AND s.day BETWEEN :first AND :last AND s.voided_at IS NULL) AS n FROM member m",
        bounds) if r[1]}
    open_days = days_open(db, span.first, span.last)
    sign_ins = sum(per_member.values())
    values: dict[str, Number] = {
        "attendance.sign_ins": sign_ins, "attendance.members": len(per_member),
        "attendance.days_open": open_days,
        # Rounded like `warmhome attendance summary`.
        "attendance.average_per_day": round(sign_ins / open_days, 1) if open_days else 0.0}
    enrolled: dict[str, list[int]] = {programme: [] for programme in PROGRAMMES}
    for row in db.query("SELECT programme, person_id FROM member_programme"):
        enrolled.setdefault(str(row[0]), []).append(int(row[1]))
    for programme in PROGRAMMES:
        # A member in two programmes counts in both.
        counts = [per_member[p] for p in enrolled[programme] if p in per_member]
        key = PROGRAMME_KEYS[programme]
        values[f"attendance.{key}.sign_ins"] = sum(counts)
        values[f"attendance.{key}.members"] = len(counts)
    return values


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Sign-ins of past days never signed out (warning); sign-ins dated after today (error)."""
    span = month_span(month)
    bounds = {"first": span.first, "last": span.last, "today": today.isoformat()}
    findings: list[Finding] = []
    open_ = int(db.scalar(f"SELECT count(*) FROM sign_in s WHERE {_VALID}"
                          " AND s.day < :today AND s.signed_out_at IS NULL", bounds))
    if open_:
        findings.append(Finding("attendance.no_sign_out", Severity.WARNING, open_, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 条往日签到没有签退记录"), count=open_)))
    future = int(db.scalar(f"SELECT count(*) FROM sign_in s WHERE {_VALID}"
                           " AND s.day > :today", bounds))
    if future:
        findings.append(Finding("attendance.future", Severity.ERROR, future, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 条签到的日期晚于今天，请作废或更正"),
            count=future)))
    return findings


# Declared by desktop/models/attendance/__init__.py (INDICATORS); its findings are fixed on the
# attendance page.
PROVIDER = Provider("attendance", 20, INDICATORS, compute, validate, page="attendance")
