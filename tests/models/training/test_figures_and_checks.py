"""The month's figures (the one function the workbook, CLI and indicators read) and the
report's checks: sessions past without a roll call, completions below the rule, overdue
follow-ups."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.training import completion, employment, figures, sessions, training_checks
from desktop.models.training.employment import PlacementInput
from desktop.models.training.indicator_provider import PROVIDER
from tests.conftest import STAFF
from tests.models.training.training_support import (
    MAY_SESSIONS,
    call_roll,
    clock,
    course_with_trainees,
    teach_to_end,
    training_db,
    weekly_course,
)

__all__ = ["training_db"]


def test_the_figures_of_a_month(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    weekly_course(training_db, name="软陶入门", kind="软陶", first_day="2024-07-01",
                  last_day="2024-07-31")  # not running in May (its sessions are July's)
    cancelled = weekly_course(training_db, name="微商", kind="微商")
    from desktop.models.training import courses
    courses.cancel_course(training_db, cancelled, "无人报名", actor=STAFF)
    sessions.cancel_session(training_db, course.session_on("2024-05-29"), "停电", actor=STAFF)
    call_roll(course, "2024-05-06", ["present", "late", "absent"])
    call_roll(course, "2024-05-08", ["left_early", "excused", "absent"])
    may = figures.month_figures(training_db, "2024-05")
    assert (may.courses, may.sessions, may.trainees, may.training_minutes) == (1, 7, 2, 360)
    assert may.training_hours == Decimal("6.0")
    assert may.as_dict() == {"month": "2024-05", "courses": 1, "sessions": 7, "trainees": 2,
                             "training_minutes": 360, "training_hours": 6.0,
                             "completions": 0, "placements": 0, "employed_at_6_months": 0}
    # June: only today's session has been held (the clock stands on 3 June).
    june = figures.month_figures(training_db, "2024-06")
    assert (june.courses, june.sessions, june.trainees) == (1, 1, 0)
    with pytest.raises(ValidationError, match="月份“2024-5”不正确"):
        figures.month_figures(training_db, "2024-5")


def test_completions_placements_and_the_six_month_follow_up(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    teach_to_end(course)
    completion.complete(training_db, course.enrolments[0], actor=STAFF)
    placement = employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-07-01", 5), actor=STAFF)
    clock(training_db).set(datetime(2025, 1, 5, 9, 0))
    employment.add_follow_up(training_db, placement, 6, "2025-01-03", still_employed=True,
                             actor=STAFF)
    july = figures.month_figures(training_db, "2024-07")
    assert (july.completions, july.placements, july.courses) == (1, 1, 0)
    assert figures.month_figures(training_db, "2025-01").employed_at_6_months == 1
    june = figures.month_figures(training_db, "2024-06")
    # 8 sessions held in June; 张三 8, 李四 6, 王五 6 attended: 20 × 2 hours.
    assert (june.sessions, june.trainees, june.training_hours) == (8, 3, Decimal("40.0"))


def test_sessions_past_without_a_roll_call(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    call_roll(course, "2024-05-06", ["present", "present", "present"])
    sessions.cancel_session(training_db, course.session_on("2024-05-08"), "停电", actor=STAFF)
    missing = training_checks.sessions_without_roll_call(training_db, "2024-05")
    assert [m.day for m in missing] == list(MAY_SESSIONS[2:])
    assert missing[0].course_name == "西点烘焙初级班"
    # Today's session may still be called today.
    assert training_checks.sessions_without_roll_call(training_db, "2024-06") == []


def test_a_completion_below_its_rule_after_a_correction(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    teach_to_end(course)
    completion.complete(training_db, course.enrolments[2], actor=STAFF, day="2024-06-30")
    assert training_checks.completions_below_rule(training_db, "2024-06") == []
    # 王五's excused absences turn out to be plain absences: 12 of 16 (75 %).
    for day in ("2024-05-13", "2024-06-10"):
        call_roll(course, day, ["present", "late", "absent"])
    found = training_checks.completions_below_rule(training_db, "2024-06")
    assert [(f.name, f.attendance.percent) for f in found] == [("王五", "75.0%")]


def test_overdue_follow_ups(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    clock(training_db).set(datetime(2024, 8, 1, 9, 0))
    employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "某公司", "学徒", "2024-06-15", 7), actor=STAFF)
    # due 15 July: not 30 days
    assert training_checks.overdue_follow_ups(training_db, "2024-08") == []
    overdue = training_checks.overdue_follow_ups(training_db, "2024-08", date(2024, 8, 20))
    assert [(o.name, o.due_month, o.due_on) for o in overdue] == [("张三", 1, "2024-07-15")]


def test_an_old_months_overdue_follow_ups_are_as_of_its_end(training_db: Database) -> None:
    """Re-exporting August 2024 years later lists what was overdue on 31 August: not the
    3-, 6- and 12-month follow-ups due after it, and the 1-month one done in September is
    still August's finding."""
    course = course_with_trainees(training_db)
    clock(training_db).set(datetime(2024, 8, 1, 9, 0))
    placement = employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "某公司", "学徒", "2024-06-15", 7), actor=STAFF)
    clock(training_db).set(datetime(2024, 9, 2, 9, 0))
    first = training_checks.overdue_follow_ups(training_db, "2024-08")
    assert [(o.due_month, o.due_on) for o in first] == [(1, "2024-07-15")]
    employment.add_follow_up(training_db, placement, 1, "2024-09-02", still_employed=True,
                             actor=STAFF)
    clock(training_db).set(datetime(2026, 12, 3, 9, 0))
    assert training_checks.overdue_follow_ups(training_db, "2024-08") == first
    assert training_checks.overdue_follow_ups(training_db, "2024-07") == []
    validate = PROVIDER.validate
    assert validate is not None
    [finding] = validate(training_db, "2024-08", date(2026, 12, 3))
    assert str(finding.message) == (
        "有 1 次就业回访逾期未做，最早是 张三（某公司）上岗 1 个月的回访，应于 2024-07-15 完成")


def test_the_page_lists_with_their_counts(training_db: Database) -> None:
    from desktop.models.training import enrolment, overview
    from tests.models.training.training_support import trainee

    course = course_with_trainees(training_db)
    enrolment.enrol(training_db, course.id, trainee(training_db, "赵六", 4), actor=STAFF,
                    waiting=True)
    call_roll(course, "2024-05-06", ["present", "late", "absent"])
    sessions.cancel_session(training_db, course.session_on("2024-06-26"), "停电", actor=STAFF)
    [summary] = overview.course_summaries(training_db, year=2024)
    assert (summary.course.id, summary.enrolled, summary.waiting, summary.completed,
            summary.sessions, summary.held, summary.roll_called, summary.next_day) == (
        course.id, 3, 1, 0, 15, 9, 1, "2024-06-03")
    assert overview.course_summaries(training_db, year=2023) == []
    listed = overview.session_summaries(training_db, course.id)
    assert (listed[0].session.day, listed[0].marked, listed[0].attended) == ("2024-05-06", 3, 2)
    assert len(listed) == 16 and listed[-1].session.cancelled
