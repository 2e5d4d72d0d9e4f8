"""Enrolment: a full course refuses with the waiting list offered (nothing written), the
waiting list in order, promotion, withdrawal with a reason, who may not enrol."""

from __future__ import annotations

import pytest

from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.people import people
from desktop.models.training import enrolment
from desktop.models.training.rules import CourseFull, TrainingRefused
from tests.conftest import STAFF
from tests.models.training.training_support import (
    clock,
    course_with_trainees,
    rows,
    trainee,
    training_db,
    weekly_course,
)

__all__ = ["training_db"]


def test_enrolment_over_capacity_offers_the_waiting_list(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    late = trainee(training_db, "赵六", 4)
    before = rows(training_db)
    with pytest.raises(CourseFull) as refused:
        enrolment.enrol(training_db, course.id, late, actor=STAFF)
    assert refused.value.message == (
        "课程“西点烘焙初级班”已满（3人），赵六 没有报上：可以把 赵六 登记到候补名单，"
        "有人退出时按先后递补")
    assert rows(training_db) == before
    waiting = enrolment.enrol(training_db, course.id, late, actor=STAFF, waiting=True)
    assert [e.id for e in enrolment.waiting_list(training_db, course.id)] == [waiting]
    assert enrolment.places_taken(training_db, course.id) == 3


def test_the_waiting_list_is_first_come_first_served(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    first = enrolment.enrol(training_db, course.id, trainee(training_db, "赵六", 4),
                            actor=STAFF, waiting=True)
    second = enrolment.enrol(training_db, course.id, trainee(training_db, "阿布", 5),
                             actor=STAFF, waiting=True)
    assert [e.id for e in enrolment.waiting_list(training_db, course.id)] == [first, second]
    before = rows(training_db)
    with pytest.raises(CourseFull, match="仍然满员（3人）"):
        enrolment.promote(training_db, first, actor=STAFF)
    assert rows(training_db) == before
    enrolment.withdraw(training_db, course.enrolments[1], "找到工作", actor=STAFF)
    enrolment.promote(training_db, first, actor=STAFF)
    promoted = enrolment.load_enrolment(training_db, first)
    assert (promoted.status, promoted.enrolled_on) == ("enrolled", "2024-06-03")
    assert [e.id for e in enrolment.waiting_list(training_db, course.id)] == [second]
    with pytest.raises(TrainingRefused, match="不在候补名单上"):
        enrolment.promote(training_db, first, actor=STAFF)


def test_withdrawal_needs_a_reason_and_keeps_the_row(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    before = rows(training_db)
    with pytest.raises(ValidationError, match="请填写原因"):
        enrolment.withdraw(training_db, course.enrolments[0], "", actor=STAFF)
    assert rows(training_db) == before
    enrolment.withdraw(training_db, course.enrolments[0], "身体原因", actor=STAFF)
    gone = enrolment.load_enrolment(training_db, course.enrolments[0])
    assert (gone.status, gone.withdrawn_on, gone.withdraw_reason) == (
        "withdrawn", "2024-06-03", "身体原因")
    with pytest.raises(TrainingRefused, match="已于 2024-06-03 退出"):
        enrolment.withdraw(training_db, course.enrolments[0], "再退", actor=STAFF)
    # Withdrawn, they may enrol again (a place is free).
    again = enrolment.enrol(training_db, course.id, course.people[0], actor=STAFF)
    assert enrolment.load_enrolment(training_db, again).status == "enrolled"


def test_an_archived_person_is_refused(training_db: Database) -> None:
    course_id = weekly_course(training_db)
    person = trainee(training_db, "钱七", 6)
    people.archive_person(training_db, person, "迁出", actor=STAFF)
    before = rows(training_db)
    with pytest.raises(NotFoundError) as refused:
        enrolment.enrol(training_db, course_id, person, actor=STAFF)
    assert refused.value.message == "钱七 已归档，不能报名培训：如需恢复，请先在“人员登记”中恢复"
    assert rows(training_db) == before


def test_a_person_who_is_not_a_member_may_enrol(training_db: Database) -> None:
    course_id = weekly_course(training_db)
    person = trainee(training_db, "孙八", 7, member=False)
    enrolled = enrolment.enrol(training_db, course_id, person, actor=STAFF)
    assert enrolment.enrolments_of_person(training_db, person)[0].id == enrolled


def test_twice_on_a_course_or_an_ended_one_is_refused(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    before = rows(training_db)
    with pytest.raises(TrainingRefused, match="张三 已经在课程“西点烘焙初级班”的报名名单上了"):
        enrolment.enrol(training_db, course.id, course.people[0], actor=STAFF, waiting=True)
    clock(training_db).set(clock(training_db).now().replace(month=7))
    with pytest.raises(TrainingRefused, match="已于 2024-06-28 结束，不能再报名"):
        enrolment.enrol(training_db, course.id, trainee(training_db, "赵六", 4), actor=STAFF)
    assert rows(training_db)["training_enrolment"] == before["training_enrolment"]


def test_kiosk_accounts_may_not_enrol(training_db: Database) -> None:
    from desktop.models.admin.permissions import PermissionDenied
    from tests.models.training.training_support import KIOSK

    course_id = weekly_course(training_db)
    person = trainee(training_db, "赵六", 4)
    with pytest.raises(PermissionDenied, match="管理职业培训"):
        enrolment.enrol(training_db, course_id, person, actor=KIOSK)


def test_a_withdrawal_day_lies_between_applying_and_today(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    before = rows(training_db)
    for day in ("2024-05-01", "2024-06-04"):
        with pytest.raises(TrainingRefused) as refused:
            enrolment.withdraw(training_db, course.enrolments[0], "搬家", actor=STAFF, day=day)
        assert refused.value.message == (
            f"退出日期 {day} 应在报名日期 2024-05-06 和今天之间：请核对日期")
    assert rows(training_db) == before
