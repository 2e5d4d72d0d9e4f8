"""Members on the register by category and grade, joined and left; certificate check."""

from __future__ import annotations

from datetime import date

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import CATEGORIES, GRADES
from desktop.models.people.register import on_register
from desktop.models.reporting.indicators import (
    Finding,
    Indicator,
    Number,
    Provider,
    Severity,
    Span,
    month_span,
)

# "On the register" in a span: the one rule (desktop.models.people.register), as the attendance
# matrix and subsidy table use it. Category and grade are the member's current ones.
ON_REGISTER = on_register()

PEOPLE = QT_TRANSLATE_NOOP("Messages", "人")
ON_REGISTER_OF = QT_TRANSLATE_NOOP("Messages", "在册会员：{group}")

INDICATORS = (
    Indicator("members.total", QT_TRANSLATE_NOOP("Messages", "在册会员"), PEOPLE,
              cumulative=False),
    *(Indicator(f"members.category.{code}", Message(ON_REGISTER_OF, group=name),
                PEOPLE, cumulative=False)
      for code, name in CATEGORIES.items()),
    # Members without a certificate number have no category or grade: their own rows, so
    # that the categories (and the grades) add up to 在册会员.
    Indicator("members.category.none",
              QT_TRANSLATE_NOOP("Messages", "在册会员：类别不详（无证）"), PEOPLE,
              cumulative=False),
    *(Indicator(f"members.grade.{code}", Message(ON_REGISTER_OF, group=name),
                PEOPLE, cumulative=False)
      for code, name in GRADES.items()),
    Indicator("members.grade.none",
              QT_TRANSLATE_NOOP("Messages", "在册会员：等级不详（无证）"), PEOPLE,
              cumulative=False),
    Indicator("members.joined", QT_TRANSLATE_NOOP("Messages", "新入会会员"), PEOPLE,
              cumulative=True),
    Indicator("members.left", QT_TRANSLATE_NOOP("Messages", "离会会员"), PEOPLE,
              cumulative=True),
)


def compute(db: Database, span: Span) -> dict[str, Number]:
    """Register counts for the span (on the register at any time in it), joined and left."""
    bounds = {"first": span.first, "last": span.last}
    values: dict[str, Number] = {i.key: 0 for i in INDICATORS}
    rows = db.query("SELECT m.category, m.grade FROM member m JOIN person p"
                    f" ON p.id = m.person_id WHERE {ON_REGISTER}", bounds)
    values["members.total"] = len(rows)
    for row in rows:
        category = row[0] if row[0] in CATEGORIES else "none"
        grade = row[1] if row[1] in GRADES else "none"
        values[f"members.category.{category}"] = int(values[f"members.category.{category}"]) + 1
        values[f"members.grade.{grade}"] = int(values[f"members.grade.{grade}"]) + 1
    values["members.joined"] = int(db.scalar(
        "SELECT count(*) FROM member WHERE joined_on BETWEEN :first AND :last", bounds))
    values["members.left"] = int(db.scalar(
        "SELECT count(*) FROM member WHERE left_on BETWEEN :first AND :last", bounds))
    return values


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Members on the register without a certificate number (warning); joined or left dates
    after today (error)."""
    span = month_span(month)
    bounds = {"first": span.first, "last": span.last, "today": today.isoformat()}
    findings: list[Finding] = []
    missing = int(db.scalar(
        "SELECT count(*) FROM member m JOIN person p ON p.id = m.person_id"
        f" WHERE {ON_REGISTER} AND coalesce(trim(m.cert_number), '') = ''", bounds))
    if missing:
        findings.append(Finding("people.no_certificate", Severity.WARNING, missing, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 名在册会员没有残疾证号，请在人员登记中补全"),
            count=missing)))
    future = int(db.scalar(
        "SELECT count(*) FROM member WHERE (joined_on > :today AND joined_on <= :last)"
        " OR (left_on > :today AND left_on <= :last)", bounds))
    if future:
        findings.append(Finding("people.future_dates", Severity.ERROR, future, Message(
            QT_TRANSLATE_NOOP("Messages", "{count} 名会员的入会或离会日期晚于今天，请更正"),
            count=future)))
    return findings


# Declared by desktop/models/people/__init__.py (INDICATORS); its findings are fixed on the
# people page.
PROVIDER = Provider("people", 10, INDICATORS, compute, validate, page="people")
