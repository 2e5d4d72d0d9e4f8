"""Completion from attendance: the rule (excused out of the count, cancelled sessions not
counted, a late joiner held only to sessions after joining), completion refused below the rule
with the % and the rule (nothing written), the assessment, a year's completion in one pass."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.models.db import Database
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.training import completion, enrolment, sessions
from desktop.models.training.rules import TrainingRefused, meets_rule, percent_text
from tests.conftest import STAFF, submit_month
from tests.models.training.training_support import (
    Course,
    clock,
    course_with_trainees,
    rows,
    teach_to_end,
    trainee,
    training_db,
)

__all__ = ["training_db"]

@pytest.fixture
def taught(training_db: Database) -> Course:
    """The course taught to its end with every roll call taken; the clock on 1 July."""
    course = course_with_trainees(training_db)
    teach_to_end(course)
    return course


def test_the_rule_in_whole_numbers() -> None:
    assert meets_rule(4, 5, 80) and not meets_rule(3, 4, 80) and not meets_rule(0, 0, 0)
    assert percent_text(12, 16) == "75.0%" and percent_text(1999, 2000) == "99.9%"
    assert percent_text(0, 0) == "—"


def test_attendance_counts_as_the_docstring_says(taught: Course) -> None:
    zhang, li, wang = (completion.attendance(taught.db, e) for e in taught.enrolments)
    assert (zhang.held, zhang.attended, zhang.counted, zhang.attended_minutes) == (
        16, 16, 16, 16 * 120)
    assert (li.attended, li.counted, li.percent, li.meets_rule) == (12, 16, "75.0%", False)
    assert (wang.attended, wang.excused, wang.counted, wang.percent, wang.meets_rule) == (
        12, 2, 14, "85.7%", True)


def test_a_completion_below_the_rule_is_refused_with_the_percent(taught: Course) -> None:
    before = rows(taught.db)
    with pytest.raises(TrainingRefused) as refused:
        completion.complete(taught.db, taught.enrolments[1], actor=STAFF)
    assert refused.value.message == "李四 出勤率 75.0%（12/16 次），低于课程要求的 80%，不能结业"
    assert rows(taught.db) == before


def test_completion_keeps_the_counts(taught: Course) -> None:
    done = completion.complete(taught.db, taught.enrolments[2], actor=STAFF)
    assert done.percent == "85.7%"
    kept = enrolment.load_enrolment(taught.db, taught.enrolments[2])
    assert (kept.completed_on, kept.attended_sessions, kept.counted_sessions,
            kept.attended_minutes) == ("2024-07-01", 12, 14, 12 * 120)
    with pytest.raises(TrainingRefused, match="王五 已于 2024-07-01 结业"):
        completion.complete(taught.db, taught.enrolments[2], actor=STAFF)
    with pytest.raises(TrainingRefused, match="已于 2024-07-01 结业，不能再退出"):
        enrolment.withdraw(taught.db, taught.enrolments[2], "x", actor=STAFF)


def test_a_cancelled_session_does_not_count_against_anyone(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    sessions.cancel_session(training_db, course.session_on("2024-06-26"), "停电", actor=STAFF)
    teach_to_end(course)
    li = completion.complete(training_db, course.enrolments[1], actor=STAFF)
    assert (li.attended, li.counted, li.percent) == (12, 15, "80.0%")


def test_completion_waits_for_the_course_and_its_roll_calls(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    before = rows(training_db)
    with pytest.raises(TrainingRefused) as refused:
        completion.complete(training_db, course.enrolments[0], actor=STAFF)
    assert refused.value.message == (
        "课程“西点烘焙初级班”在 2024-06-03 之后还有 7 次课：课程上完后再办理结业")
    clock(training_db).set(datetime(2024, 7, 1, 9, 0))
    with pytest.raises(TrainingRefused) as refused:
        completion.complete(training_db, course.enrolments[0], actor=STAFF)
    assert refused.value.message == (
        "张三 还有 16 次课没有点名（最早 2024-05-06）：请先补点名，再办理结业")
    assert rows(training_db) == before


def test_a_required_assessment_must_be_passed(training_db: Database) -> None:
    course = course_with_trainees(training_db, assessment_required=True)
    teach_to_end(course)
    before = rows(training_db)
    with pytest.raises(TrainingRefused) as refused:
        completion.complete(training_db, course.enrolments[0], actor=STAFF)
    assert refused.value.message == (
        "课程“西点烘焙初级班”要求考核合格才能结业，张三 的考核还没有记录")
    assert rows(training_db) == before
    completion.record_assessment(training_db, course.enrolments[0], "failed", score=52,
                                 actor=STAFF)
    with pytest.raises(TrainingRefused, match="张三 的考核不合格"):
        completion.complete(training_db, course.enrolments[0], actor=STAFF)
    completion.record_assessment(training_db, course.enrolments[0], "passed", score=86,
                                 actor=STAFF)
    completion.complete(training_db, course.enrolments[0], actor=STAFF)
    kept = enrolment.load_enrolment(training_db, course.enrolments[0])
    assert (kept.assessment, kept.assessment_score) == ("passed", 86)
    with pytest.raises(TrainingRefused, match="考核结果不能再改"):
        completion.record_assessment(training_db, course.enrolments[0], "failed", actor=STAFF)


def test_a_late_joiner_is_held_to_sessions_after_joining(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    enrolment.withdraw(training_db, course.enrolments[1], "找到工作", actor=STAFF)
    late = enrolment.enrol(training_db, course.id, trainee(training_db, "赵六", 4),
                           actor=STAFF)
    clock(training_db).set(datetime(2024, 7, 1, 9, 0))
    figures = completion.attendance(training_db, late)
    assert (figures.held, figures.unmarked) == (8, 8)  # 3 June on
    gone = completion.attendance(training_db, course.enrolments[1])
    assert gone.held == 8  # May only: withdrawn on 3 June


def test_a_completion_in_a_closed_month_is_refused(taught: Course) -> None:
    submit_month(taught.db, "2024-06", today=clock(taught.db).today())
    before = rows(taught.db)
    with pytest.raises(MonthClosedError, match="2024-06 已报送关账"):
        completion.complete(taught.db, taught.enrolments[0], actor=STAFF, day="2024-06-28")
    assert rows(taught.db) == before


def test_a_years_completion_in_one_pass(taught: Course) -> None:
    completion.complete(taught.db, taught.enrolments[0], actor=STAFF)
    found = completion.year_completion(taught.db, 2024)
    assert [(r.name, r.attendance.percent, r.attendance.meets_rule, r.completed_on)
            for r in found] == [("李四", "75.0%", False, None), ("王五", "85.7%", True, None),
                                ("张三", "100.0%", True, "2024-07-01")]
    assert completion.year_completion(taught.db, 2023) == []
