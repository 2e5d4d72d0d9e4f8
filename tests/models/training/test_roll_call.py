"""The roll call: the list with the kiosk's pre-marks, saving every mark in one transaction,
and what is refused (a closed month, a session to come or cancelled, a trainee left unmarked)
with nothing written."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.training import enrolment, roll_call, sessions
from desktop.models.training.rules import TrainingRefused
from tests.conftest import STAFF, submit_month
from tests.models.training.training_support import (
    KIOSK,
    call_roll,
    clock,
    course_with_trainees,
    rows,
    training_db,
)

__all__ = ["training_db"]


def test_a_kiosk_sign_in_pre_marks_present_until_staff_confirm(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    attendance.kiosk_sign_in(training_db, course.people[1], method="search", actor=KIOSK,
                             now=datetime(2024, 6, 3, 8, 30))
    today = course.session_on("2024-06-03")
    shown = roll_call.roll_call(training_db, today)
    assert not shown.taken
    assert [(line.name, line.mark, line.from_kiosk, line.confirmed) for line in shown.lines] == [
        ("李四", "present", True, False), ("王五", None, False, False),
        ("张三", None, False, False)]
    assert training_db.scalar("SELECT count(*) FROM training_attendance") == 0
    saved = roll_call.save_roll_call(training_db, today, {
        course.enrolments[0]: "late", course.enrolments[2]: "excused"}, actor=STAFF)
    assert saved.taken and saved.session.roll_called_by == "staff"
    assert {(line.name, line.mark, line.from_kiosk, line.confirmed) for line in saved.lines} == {
        ("李四", "present", True, True), ("王五", "excused", False, True),
        ("张三", "late", False, True)}
    assert training_db.scalar("SELECT count(*) FROM audit_log"
                              " WHERE table_name = 'training_attendance'") == 1


def test_a_kiosk_sign_in_after_the_session_ended_does_not_pre_mark(
        training_db: Database) -> None:
    """Today's session runs 14:00–16:00: 李四 signed in at 16:00 (still counts: at or before
    the end), 王五 at 20:09 (after it ended: no pre-mark, staff mark him)."""
    course = course_with_trainees(training_db)
    clock(training_db).set(datetime(2024, 6, 3, 21, 0))
    attendance.kiosk_sign_in(training_db, course.people[1], method="search", actor=KIOSK,
                             now=datetime(2024, 6, 3, 16, 0))
    attendance.kiosk_sign_in(training_db, course.people[2], method="search", actor=KIOSK,
                             now=datetime(2024, 6, 3, 20, 9))
    today = course.session_on("2024-06-03")
    shown = roll_call.roll_call(training_db, today)
    assert [(line.name, line.mark, line.from_kiosk) for line in shown.lines] == [
        ("李四", "present", True), ("王五", None, False), ("张三", None, False)]
    before = rows(training_db)
    with pytest.raises(ValidationError) as refused:
        roll_call.save_roll_call(training_db, today, {course.enrolments[0]: "present"},
                                 actor=STAFF)
    assert refused.value.message == "还有 1 位学员没有标记：王五。请为每位学员选择出勤情况"
    assert rows(training_db) == before


def test_every_trainee_needs_a_mark(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    today = course.session_on("2024-06-03")
    before = rows(training_db)
    with pytest.raises(ValidationError) as refused:
        roll_call.save_roll_call(training_db, today, {course.enrolments[0]: "present"},
                                 actor=STAFF)
    assert refused.value.message == "还有 2 位学员没有标记：李四、王五。请为每位学员选择出勤情况"
    with pytest.raises(ValidationError, match="点名只能标记"):
        roll_call.save_roll_call(training_db, today, {course.enrolments[0]: "here"}, actor=STAFF)
    assert rows(training_db) == before


def test_a_roll_call_can_be_corrected(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    call_roll(course, "2024-05-06", ["present", "absent", "present"])
    call_roll(course, "2024-05-06", ["present", "excused", "present"])
    assert [line.mark for line in roll_call.roll_call(
        training_db, course.session_on("2024-05-06")).lines] == ["excused", "present",
                                                                  "present"]
    assert training_db.scalar("SELECT count(*) FROM training_attendance") == 3


def test_a_roll_call_in_a_closed_month_is_refused(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    submit_month(training_db, "2024-05", today=clock(training_db).today())
    before = rows(training_db)
    with pytest.raises(MonthClosedError) as refused:
        roll_call.save_roll_call(training_db, course.session_on("2024-05-06"), dict.fromkeys(
            course.enrolments, "present"), actor=STAFF)
    assert refused.value.message == "2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    assert rows(training_db) == before
    # The database refuses it too, whatever path the write takes.
    with pytest.raises(sqlite3.IntegrityError, match="该月已报送关账"), \
            training_db.transaction():
        training_db.execute(
            "INSERT INTO training_attendance (session_id, enrolment_id, mark, marked_by,"
            " marked_at) VALUES (?, ?, 'present', 'x', 'x')",
            (course.session_on("2024-05-06"), course.enrolments[0]))
    with pytest.raises(sqlite3.IntegrityError, match="该月已报送关账"), \
            training_db.transaction():
        training_db.execute("UPDATE training_session SET roll_called_at = 'x' WHERE id = ?",
                            (course.session_on("2024-05-06"),))
    assert rows(training_db) == before


def test_a_session_to_come_or_cancelled_is_not_called(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    later = course.session_on("2024-06-05")
    before = rows(training_db)
    with pytest.raises(TrainingRefused, match="2024-06-05 的课还没上，不能提前点名"):
        roll_call.save_roll_call(training_db, later, dict.fromkeys(course.enrolments,
                                                                   "present"), actor=STAFF)
    assert rows(training_db) == before
    sessions.cancel_session(training_db, later, "停电", actor=STAFF)
    clock(training_db).set(datetime(2024, 6, 6, 9, 0))
    with pytest.raises(TrainingRefused, match=r"2024-06-05 的课已取消（停电），不用点名"):
        roll_call.save_roll_call(training_db, later, dict.fromkeys(course.enrolments,
                                                                   "present"), actor=STAFF)


def test_the_list_follows_who_was_enrolled_that_day(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    enrolment.withdraw(training_db, course.enrolments[0], "搬家", actor=STAFF,
                       day="2024-05-20")
    names = [line.name for line in roll_call.roll_call(
        training_db, course.session_on("2024-05-15")).lines]
    assert names == ["李四", "王五", "张三"]
    names = [line.name for line in roll_call.roll_call(
        training_db, course.session_on("2024-05-20")).lines]
    assert names == ["李四", "王五"]
    with pytest.raises(TrainingRefused, match="不在这次课的名单上"):
        roll_call.save_roll_call(training_db, course.session_on("2024-05-20"), dict.fromkeys(
            course.enrolments, "present"), actor=STAFF)
