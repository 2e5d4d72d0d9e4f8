"""职业培训's rows of 汇总 and its checks in 校验 (declared as ``INDICATORS`` by
``desktop.models.training``).

The month's figures are :func:`desktop.models.training.figures.month_figures`' (module
docstring there for each definition), so 汇总, the 职业培训 sheet and ``warmhome training
summary`` say the same. Over several months (the year to date) sessions, training minutes,
completions, placements and the employed at 6 months are the months' sums; courses running and
trainees are distinct over the whole span (a course running from March to June is one course
of the year, not four), counted by :func:`span_distinct` with the same definitions. Training
hours (人时) are the span's minutes ÷ 60, half up to one decimal, never a sum of rounded months.
As in ``month_figures``, sessions after the database clock's today have not happened yet.

Checks (warnings: none blocks the export): past sessions of the month without a roll call,
completions of the month below their course's rule (marks corrected afterwards), and
follow-ups overdue.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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
from desktop.models.training import training_checks
from desktop.models.training.figures import MonthFigures, month_figures

PEOPLE = QT_TRANSLATE_NOOP("Messages", "人")

INDICATORS = (
    Indicator("training.courses", QT_TRANSLATE_NOOP("Messages", "在办培训课程"),
              QT_TRANSLATE_NOOP("Messages", "门"), cumulative=True),
    Indicator("training.sessions", QT_TRANSLATE_NOOP("Messages", "培训课次"),
              QT_TRANSLATE_NOOP("Messages", "次"), cumulative=True),
    Indicator("training.trainees", QT_TRANSLATE_NOOP("Messages", "参加培训人数"), PEOPLE,
              cumulative=True),
    Indicator("training.training_hours", QT_TRANSLATE_NOOP("Messages", "培训人时"),
              QT_TRANSLATE_NOOP("Messages", "人时"), cumulative=True),
    Indicator("training.completions", QT_TRANSLATE_NOOP("Messages", "培训结业人数"), PEOPLE,
              cumulative=True),
    Indicator("training.placements", QT_TRANSLATE_NOOP("Messages", "培训后就业人数"), PEOPLE,
              cumulative=True),
    Indicator("training.employed_at_6_months",
              QT_TRANSLATE_NOOP("Messages", "就业满6个月仍在岗人数"), PEOPLE, cumulative=True),
)


def hours(minutes: int) -> float:
    """人时 from minutes: ÷ 60, rounded half up to one decimal."""
    return float((Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP))


def span_distinct(db: Database, first: str, last: str) -> tuple[int, int]:
    """Courses running and distinct trainees over the days ``first``..``last`` (ISO), with
    ``month_figures``' definitions: courses not cancelled overlapping the days; people who
    attended a session (not cancelled, of a course not cancelled) in the days up to today."""
    held_until = min(last, db.clock.today().isoformat())
    with db.read_snapshot():
        courses = int(db.scalar(
            "SELECT count(*) FROM training_course WHERE cancelled_at IS NULL"
            " AND first_day <= ? AND last_day >= ?", (last, first)))
        trainees = int(db.scalar(
            "SELECT count(DISTINCT e.person_id) FROM training_session s"
            " JOIN training_course c ON c.id = s.course_id"
            " JOIN training_attendance a ON a.session_id = s.id"
            " JOIN training_enrolment e ON e.id = a.enrolment_id"
            " WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL AND s.day BETWEEN ? AND ?"
            " AND a.mark IN ('present', 'late', 'left_early')", (first, held_until)))
    return courses, trainees


def figures(months: list[MonthFigures], courses: int, trainees: int) -> dict[str, Number]:
    """The indicators' values from the months' figures and the span's distinct counts."""
    minutes = sum(m.training_minutes for m in months)
    return {"training.courses": courses,
            "training.sessions": sum(m.sessions for m in months),
            "training.trainees": trainees,
            "training.training_hours": hours(minutes),
            "training.completions": sum(m.completions for m in months),
            "training.placements": sum(m.placements for m in months),
            "training.employed_at_6_months": sum(m.employed_at_6_months for m in months)}


def compute(db: Database, span: Span) -> dict[str, Number]:
    """The span's figures: one month is exactly ``month_figures``; several add up the
    months and count courses and trainees once over the span."""
    months = [month_figures(db, month) for month in span.months]
    if len(months) == 1:
        return figures(months, months[0].courses, months[0].trainees)
    return figures(months, *span_distinct(db, span.first, span.last))


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """Warnings: sessions of the month before ``today`` without a roll call, completions of
    the month below their course's rule, follow-ups overdue as of the month's end (or
    ``today`` while the month runs)."""
    findings: list[Finding] = []
    missing = training_checks.sessions_without_roll_call(db, month, today)
    if missing:
        findings.append(Finding("training.no_roll_call", Severity.WARNING, len(missing), Message(
            QT_TRANSLATE_NOOP("Messages", "本月有 {count} 次课没有点名，如 {day}“{course}”："
                                          "请在“职业培训”页补点名"),
            count=len(missing), day=missing[0].day, course=missing[0].course_name)))
    below = training_checks.completions_below_rule(db, month)
    if below:
        row = below[0]
        findings.append(Finding("training.below_rule", Severity.WARNING, len(below), Message(
            QT_TRANSLATE_NOOP("Messages", "本月有 {count} 人结业时出勤率低于课程要求，如 {name}"
                                          "（“{course}”）{percent}，要求 {rule}%"),
            count=len(below), name=row.name, course=row.course_name,
            percent=row.attendance.percent, rule=row.attendance.min_pct)))
    overdue = training_checks.overdue_follow_ups(db, month, today)
    if overdue:
        due = overdue[0]
        findings.append(Finding("training.overdue_follow_ups", Severity.WARNING, len(overdue),
                                Message(QT_TRANSLATE_NOOP(
                                    "Messages", "有 {count} 次就业回访逾期未做，最早是 {name}"
                                                "（{employer}）上岗 {months} 个月的回访，"
                                                "应于 {day} 完成"),
                                    count=len(overdue), name=due.name, employer=due.employer,
                                    months=due.due_month, day=due.due_on)))
    return findings


# Declared by desktop/models/training/__init__.py (INDICATORS); its findings are fixed on the
# 职业培训 page. After sales (45).
PROVIDER = Provider("training", 50, INDICATORS, compute, validate, page="training")
