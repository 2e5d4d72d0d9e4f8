"""Completion certificates (numbered once, reprints marked 补打) and subsidy claims (refused
for a course not ended, nothing written; amounts by the course's standard; the register)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from desktop.models.db import Database
from desktop.models.training import certificates, claims, completion
from desktop.models.training.rules import TrainingRefused
from tests.conftest import STAFF, save_centre_profile, submit_month
from tests.models.training.training_support import (
    Course,
    clock,
    course_with_trainees,
    rows,
    teach_to_end,
    training_db,
)

__all__ = ["training_db"]


@pytest.fixture
def finished(training_db: Database) -> Course:
    """The course taught to its end; 张三 and 王五 completed on 1 July; the centre set up."""
    save_centre_profile(training_db, code="XC-T-01")
    course = course_with_trainees(training_db)
    teach_to_end(course)
    for enrolment_id in (course.enrolments[0], course.enrolments[2]):
        completion.complete(training_db, enrolment_id, actor=STAFF)
    return course


def test_a_certificate_is_numbered_once_and_reprinted(finished: Course) -> None:
    db = finished.db
    first = certificates.issue_certificate(db, finished.enrolments[0], actor=STAFF)
    assert (first.number, first.name, first.course_name, first.percent, first.hours,
            first.reprint) == ("JYPX-XC-T-01-2024-0001", "张三", "西点烘焙初级班", "100.0%",
                               "32.0", False)
    assert first.masked_id.startswith("110102") and "*" in first.masked_id
    second = certificates.issue_certificate(db, finished.enrolments[2], actor=STAFF)
    assert second.number == "JYPX-XC-T-01-2024-0002"
    before = rows(db)
    with pytest.raises(TrainingRefused) as refused:
        certificates.issue_certificate(db, finished.enrolments[0], actor=STAFF)
    assert refused.value.message == (
        "张三 的结业证书已经发过，编号 JYPX-XC-T-01-2024-0001：如需再打印，请用“补打”")
    with pytest.raises(TrainingRefused, match="李四 还没有结业，不能发结业证书"):
        certificates.issue_certificate(db, finished.enrolments[1], actor=STAFF)
    assert rows(db) == before
    again = certificates.reprint_certificate(db, first.id, actor=STAFF)
    assert (again.number, again.reprints, again.reprint) == (first.number, 1, True)
    assert certificates.register(db, 2024) == [
        ("JYPX-XC-T-01-2024-0001", "2024-07-01", "张三", "西点烘焙初级班", 1),
        ("JYPX-XC-T-01-2024-0002", "2024-07-01", "王五", "西点烘焙初级班", 0)]
    assert certificates.certificate_of(db, finished.enrolments[1]) is None


def test_a_claim_for_a_course_not_ended_is_refused(training_db: Database) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db)
    before = rows(training_db)
    with pytest.raises(TrainingRefused) as refused:
        claims.make_claim(training_db, course.id, actor=STAFF)
    assert refused.value.message == (
        "课程“西点烘焙初级班”2024-06-28 才结束：课程结束后才能申请培训补贴")
    clock(training_db).set(datetime(2024, 6, 28, 20, 0))  # its last day is not after it
    with pytest.raises(TrainingRefused, match="课程结束后才能申请培训补贴"):
        claims.claim_data(training_db, course.id)
    assert rows(training_db) == before


def test_a_claim_per_completion(finished: Course) -> None:
    data = claims.claim_data(finished.db, finished.id)
    assert [(line.name, line.attended_sessions, line.attended_minutes, line.completed,
             line.amount_fen) for line in data.lines] == [
        ("李四", 12, 1440, False, 0), ("王五", 12, 1440, True, 80_000),
        ("张三", 16, 1920, True, 80_000)]
    assert (data.trainees, data.completed, data.attended_minutes, data.amount_fen,
            data.number) == (3, 2, 4800, 160_000, None)
    made = claims.make_claim(finished.db, finished.id, actor=STAFF)
    assert (made.number, made.made_on) == ("PXBT-XC-T-01-2024-0001", "2024-07-01")
    before = rows(finished.db)
    with pytest.raises(TrainingRefused, match="已于 2024-07-01 申请，编号 PXBT-XC-T-01-2024-0001"):
        claims.make_claim(finished.db, finished.id, actor=STAFF)
    assert rows(finished.db) == before
    claims.void_claim(finished.db, made.number or "", "金额有误", actor=STAFF)
    assert claims.make_claim(finished.db, finished.id, actor=STAFF).number == \
        "PXBT-XC-T-01-2024-0002"
    assert [(c["number"], c["amount_fen"], c["void_reason"])
            for c in claims.claims_register(finished.db, 2024)] == [
        ("PXBT-XC-T-01-2024-0001", 160_000, "金额有误"),
        ("PXBT-XC-T-01-2024-0002", 160_000, None)]


def test_a_claim_per_hour_rounds_each_trainee_to_the_fen(training_db: Database) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db, subsidy_kind="per_hour", subsidy_fen=1_001)
    teach_to_end(course)
    completion.complete(training_db, course.enrolments[0], actor=STAFF)
    data = claims.claim_data(training_db, course.id)
    # 32 hours × 10.01 元 for 张三 only (the others did not complete).
    assert data.amount_fen == 32 * 1_001
    assert claims.line_amount(data.course, True, 45) == 751  # 0.75 h × 1001 = 750.75


def test_a_claim_needs_a_standard_and_a_completion(training_db: Database) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db)
    teach_to_end(course)
    before = rows(training_db)
    with pytest.raises(TrainingRefused, match="还没有学员结业"):
        claims.make_claim(training_db, course.id, actor=STAFF)
    assert rows(training_db) == before


def test_the_claim_register_is_read_only_in_a_closed_month(finished: Course) -> None:
    made = claims.make_claim(finished.db, finished.id, actor=STAFF)
    clock(finished.db).set(datetime(2024, 8, 2, 9, 0))
    submit_month(finished.db, "2024-07", today=clock(finished.db).today())
    before = rows(finished.db)
    with pytest.raises(sqlite3.IntegrityError, match="该月已报送关账"), \
            finished.db.transaction():
        finished.db.execute("UPDATE training_claim SET amount_fen = 1")
    from desktop.models.reporting.month_close import MonthClosedError
    with pytest.raises(MonthClosedError):
        claims.void_claim(finished.db, made.number or "", "金额有误", actor=STAFF)
    assert rows(finished.db) == before
