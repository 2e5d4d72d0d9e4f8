"""Courses and their sessions: the checks on a course, the weekly and listed schedules with
exception days, a session outside the course's dates (refused, nothing written), cancelling."""

from __future__ import annotations

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.training import courses, sessions
from desktop.models.training.rules import TrainingRefused
from desktop.models.training.sessions import Schedule
from tests.conftest import STAFF, submit_month
from tests.models.training.training_support import (
    MAY_SESSIONS,
    clock,
    course_input,
    course_with_trainees,
    rows,
    training_db,
    weekly_course,
)

__all__ = ["training_db"]


def test_a_course_is_stored_with_its_rule_and_audited(training_db: Database) -> None:
    course_id = courses.create_course(training_db, course_input(), actor=STAFF)
    course = courses.load_course(training_db, course_id)
    assert (course.name, course.kind, course.capacity, course.min_attendance_pct,
            course.subsidy_kind, course.subsidy_fen) == (
        "西点烘焙初级班", "西点", 3, 80, "per_completion", 80_000)
    entry = training_db.query_one("SELECT * FROM audit_log WHERE table_name = 'training_course'")
    assert entry is not None and entry["record_id"] == course_id


def test_the_default_rule_comes_from_the_setting(training_db: Database) -> None:
    from desktop.models.training import rules
    from tests.conftest import ADMIN

    rules.save_default_min_attendance(training_db, 75, actor=ADMIN)
    course_id = courses.create_course(training_db, course_input(), actor=STAFF)
    assert courses.load_course(training_db, course_id).min_attendance_pct == 75


@pytest.mark.parametrize("overrides, field, message", [
    ({"form": "order"}, "employer", "订单、定岗、定向培训要写明用人单位"),
    ({"kind": "烹饪"}, "kind", "培训类型应为：西点、软陶、平面设计、微商、电脑、按摩、其他"),
    ({"form": "订单"}, "form", "培训形式应为：普通培训；订单、定岗、定向培训；创业培训"),
    ({"last_day": "2024-05-01"}, "last_day", "结束日期 2024-05-01 早于开始日期 2024-05-06"),
    ({"capacity": 0}, "capacity", "招收人数至少为1人"),
    ({"min_attendance_pct": 120}, "min_attendance_pct", "结业要求的出勤率应为0–100%"),
    ({"subsidy_fen": 0}, "subsidy_fen", "请填写补贴金额（大于0元）"),
    ({"first_day": "2024-13-01"}, "first_day", "日期“2024-13-01”不正确"),
])
def test_bad_course_input_is_refused(training_db: Database, overrides: dict[str, object],
                                     field: str, message: str) -> None:
    before = rows(training_db)
    with pytest.raises(ValidationError) as refused:
        courses.create_course(training_db, course_input(**overrides), actor=STAFF)
    assert message in refused.value.fields[field]
    assert rows(training_db) == before


def test_an_order_course_names_its_employer(training_db: Database) -> None:
    course_id = courses.create_course(training_db, course_input(form="order",
                                                               employer="某某烘焙有限公司"),
                                      actor=STAFF)
    assert courses.load_course(training_db, course_id).employer == "某某烘焙有限公司"


def test_a_weekly_schedule_skips_the_exception_days(training_db: Database) -> None:
    course_id = courses.create_course(training_db, course_input(first_day="2024-06-03",
                                                                last_day="2024-06-16"),
                                      actor=STAFF)
    made = sessions.add_sessions(training_db, course_id, Schedule(
        "9:00", "1100", weekdays=(1, 3, 5), except_days=("2024-06-10",)), actor=STAFF)
    days = [s.day for s in sessions.sessions_of(training_db, course_id)]
    assert days == ["2024-06-03", "2024-06-05", "2024-06-07", "2024-06-12", "2024-06-14"]
    assert len(made) == 5
    session = sessions.load_session(training_db, made[0])
    assert (session.starts_at, session.ends_at, session.minutes) == ("09:00", "11:00", 120)
    # The schedule again without the exception adds only the day that was skipped.
    again = sessions.add_sessions(training_db, course_id, Schedule(
        "09:00", "11:00", weekdays=(1, 3, 5)), actor=STAFF)
    assert [sessions.load_session(training_db, i).day for i in again] == ["2024-06-10"]


def test_a_listed_schedule_makes_those_days(training_db: Database) -> None:
    course_id = courses.create_course(training_db, course_input(first_day="2024-06-03",
                                                                last_day="2024-06-30"),
                                      actor=STAFF)
    sessions.add_sessions(training_db, course_id, Schedule(
        "14:00", "15:30", days=("2024-06-20", "2024-06-04", "2024-06-11"),
        except_days=("2024-06-11",), minutes=90), actor=STAFF)
    assert [(s.day, s.minutes) for s in sessions.sessions_of(training_db, course_id)] == [
        ("2024-06-04", 90), ("2024-06-20", 90)]


def test_a_session_outside_the_course_dates_is_refused(training_db: Database) -> None:
    course_id = courses.create_course(training_db, course_input(first_day="2024-06-03",
                                                                last_day="2024-06-30"),
                                      actor=STAFF)
    before = rows(training_db)
    with pytest.raises(TrainingRefused) as refused:
        sessions.add_sessions(training_db, course_id, Schedule(
            "14:00", "16:00", days=("2024-06-20", "2024-07-02")), actor=STAFF)
    assert refused.value.message == (
        "上课日期 2024-07-02 不在课程“西点烘焙初级班”的起止日期（2024-06-03至2024-06-30）内："
        "请改日期，或先修改课程的起止日期")
    assert rows(training_db) == before
    with pytest.raises(TrainingRefused, match="上课日期 2024-06-01 不在"):
        sessions.add_session(training_db, course_id, "2024-06-01", "14:00", "16:00",
                             actor=STAFF)
    assert rows(training_db) == before


def test_a_session_in_a_closed_month_is_refused(training_db: Database) -> None:
    course_id = weekly_course(training_db)
    submit_month(training_db, "2024-05", today=clock(training_db).today())
    before = rows(training_db)
    with pytest.raises(MonthClosedError, match="2024-05 已报送关账"):
        sessions.add_session(training_db, course_id, "2024-05-31", "14:00", "16:00",
                             actor=STAFF)
    with pytest.raises(MonthClosedError):
        sessions.cancel_session(training_db, int(training_db.scalar(
            "SELECT id FROM training_session WHERE day = '2024-05-06'")), "停电", actor=STAFF)
    assert rows(training_db) == before


def test_a_cancelled_session_keeps_a_reason(training_db: Database) -> None:
    course_id = weekly_course(training_db)
    first = sessions.sessions_of(training_db, course_id)[-1]
    with pytest.raises(ValidationError, match="请填写原因"):
        sessions.cancel_session(training_db, first.id, "  ", actor=STAFF)
    sessions.cancel_session(training_db, first.id, "老师生病", actor=STAFF)
    cancelled = sessions.load_session(training_db, first.id)
    assert cancelled.cancelled and cancelled.cancel_reason == "老师生病"
    with pytest.raises(TrainingRefused, match="已经取消过了"):
        sessions.cancel_session(training_db, first.id, "再取消", actor=STAFF)


def test_cancelling_a_course_cancels_only_its_sessions_to_come(training_db: Database) -> None:
    course_id = weekly_course(training_db)
    assert courses.cancel_course(training_db, course_id, "报名人数不足", actor=STAFF) == 7
    cancelled = [s.day for s in sessions.sessions_of(training_db, course_id) if s.cancelled]
    assert cancelled[0] == "2024-06-05" and len(cancelled) == 7  # today's stays
    assert courses.load_course(training_db, course_id).cancel_reason == "报名人数不足"
    assert courses.list_courses(training_db) == []
    with pytest.raises(TrainingRefused, match="已取消，不能再排课"):
        sessions.add_session(training_db, course_id, "2024-06-20", "14:00", "16:00",
                             actor=STAFF)


def test_a_course_cannot_shrink_past_its_sessions_or_trainees(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    data = courses.course_input(courses.load_course(training_db, course.id))
    data.last_day = "2024-06-20"
    before = rows(training_db)
    with pytest.raises(TrainingRefused, match="课程在 2024-06-24 还有课"):
        courses.update_course(training_db, course.id, data, actor=STAFF)
    data = courses.course_input(courses.load_course(training_db, course.id))
    data.capacity = 2
    with pytest.raises(TrainingRefused, match="已有 3 人报名，招收人数不能少于 3"):
        courses.update_course(training_db, course.id, data, actor=STAFF)
    assert rows(training_db) == before
    data.capacity, data.place = 5, "二楼教室"
    courses.update_course(training_db, course.id, data, actor=STAFF)
    assert courses.load_course(training_db, course.id).place == "二楼教室"


def test_may_sessions_are_as_the_support_says(training_db: Database) -> None:
    course_id = weekly_course(training_db)
    days = [s.day for s in sessions.sessions_of(training_db, course_id)]
    assert tuple(days[:8]) == MAY_SESSIONS and len(days) == 16
