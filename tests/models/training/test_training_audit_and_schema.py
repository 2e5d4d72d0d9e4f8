"""Every key the training models write to the audit log has its words (AUDIT_LABELS), and the
database itself refuses writes to training records of a closed month (the triggers of v13)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from desktop.models.admin.audit_fields import CHINESE, describe_values, table_names
from desktop.models.db import Database
from desktop.models.training import (
    certificates,
    claims,
    competitions,
    completion,
    courses,
    employment,
    enrolment,
    rules,
    sessions,
)
from desktop.models.training.competitions import CompetitionInput
from desktop.models.training.employment import PlacementInput
from tests.conftest import ADMIN, STAFF, save_centre_profile, submit_month
from tests.models.training.training_support import (
    clock,
    course_with_trainees,
    rows,
    teach_to_end,
    trainee,
    training_db,
)

__all__ = ["training_db"]


def test_every_logged_training_key_has_its_words(training_db: Database) -> None:
    db = training_db
    save_centre_profile(db)
    rules.save_default_min_attendance(db, 75, actor=ADMIN)
    course = course_with_trainees(db, assessment_required=True)
    data = courses.course_input(courses.load_course(db, course.id))
    data.place = "二楼教室"
    courses.update_course(db, course.id, data, actor=STAFF)
    waiting = enrolment.enrol(db, course.id, trainee(db, "赵六", 4), actor=STAFF, waiting=True)
    enrolment.withdraw(db, waiting, "找到工作", actor=STAFF)
    extra = sessions.add_session(db, course.id, "2024-06-27", "14:00", "16:00", actor=STAFF)
    sessions.cancel_session(db, extra, "老师有事", actor=STAFF)
    teach_to_end(course)
    completion.record_assessment(db, course.enrolments[0], "passed", score=90, actor=STAFF)
    completion.complete(db, course.enrolments[0], actor=STAFF)
    certificate = certificates.issue_certificate(db, course.enrolments[0], actor=STAFF)
    certificates.reprint_certificate(db, certificate.id, actor=STAFF)
    claim = claims.make_claim(db, course.id, actor=STAFF)
    claims.void_claim(db, claim.number or "", "重新申请", actor=STAFF)
    placement = employment.add_placement(db, course.enrolments[0], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-07-01", 5), actor=STAFF)
    clock(db).set(datetime(2024, 8, 5, 9, 0))
    follow_up = employment.add_follow_up(db, placement, 1, "2024-08-02", still_employed=True,
                                         income_band="2000–3000", note="适应良好", actor=STAFF)
    employment.void_follow_up(db, follow_up, "录错", actor=STAFF)
    employment.end_placement(db, placement, "2024-08-01", "合同到期", actor=STAFF)
    employment.void_placement(db, placement, "重复", actor=STAFF)
    entry = competitions.add_entry(db, CompetitionInput(
        course.people[0], "区职业技能竞赛", "district", "2024-08-01", "三等奖",
        course_id=course.id), actor=STAFF)
    competitions.void_entry(db, entry, "录错", actor=STAFF)
    other = courses.create_course(db, data, actor=STAFF)
    courses.cancel_course(db, other, "合并到另一班", actor=STAFF)

    entries = db.query("SELECT table_name, before, after FROM audit_log"
                       " WHERE table_name LIKE 'training_%' OR (table_name = 'setting'"
                       " AND after LIKE '%training.%')")
    assert {e["table_name"] for e in entries} == {
        "training_course", "training_session", "training_enrolment", "training_attendance",
        "training_certificate", "training_placement", "training_follow_up",
        "training_competition", "training_claim", "setting"}
    missing: set[tuple[str, str]] = set()
    for logged in entries:
        assert logged["table_name"] in table_names()
        for stored in (logged["before"], logged["after"]):
            for key in json.loads(stored or "{}"):
                if CHINESE.label(logged["table_name"], key) == key:
                    missing.add((logged["table_name"], key))
    assert missing == set()
    claim_entry = db.scalar("SELECT after FROM audit_log WHERE table_name = 'training_claim'"
                            " AND action = 'create'")
    described = describe_values(claim_entry, "training_claim")
    assert "申请金额：" in described and " 元" in described


@pytest.mark.parametrize("sql", [
    "INSERT INTO training_session (course_id, day, starts_at, ends_at, minutes, created_by,"
    " created_at) VALUES (:course, '2024-05-31', '14:00', '16:00', 120, 'x', 'x')",
    "UPDATE training_session SET cancelled_at = 'x', cancel_reason = 'x' WHERE day = '2024-05-06'",
    "UPDATE training_attendance SET mark = 'absent'",
    "DELETE FROM training_attendance",
    "UPDATE training_enrolment SET completed_on = '2024-05-31', attended_sessions = 1,"
    " counted_sessions = 1, attended_minutes = 1 WHERE id = :enrolment",
    "INSERT INTO training_placement (enrolment_id, employer, job, started_on, employment_form,"
    " recorded_by, created_at) VALUES (:enrolment, '某公司', '学徒', '2024-05-20', 2, 'x', 'x')",
    "INSERT INTO training_competition (person_id, name, level, held_on, recorded_by,"
    " created_at) VALUES (:person, '竞赛', 'city', '2024-05-20', 'x', 'x')",
    "INSERT INTO training_claim (course_id, number, made_on, trainees, completed,"
    " attended_minutes, amount_fen, made_by, created_at)"
    " VALUES (:course, 'N-1', '2024-05-31', 0, 0, 0, 0, 'x', 'x')",
])
def test_the_database_refuses_training_writes_in_a_closed_month(training_db: Database,
                                                                sql: str) -> None:
    course = course_with_trainees(training_db)
    from tests.models.training.training_support import call_roll

    call_roll(course, "2024-05-06", ["present", "present", "absent"])
    submit_month(training_db, "2024-05", today=clock(training_db).today())
    before = rows(training_db)
    with pytest.raises(sqlite3.IntegrityError, match="该月已报送关账"), \
            training_db.transaction():
        training_db.execute(sql, {"course": course.id, "enrolment": course.enrolments[0],
                                  "person": course.people[0]})
    assert rows(training_db) == before


def test_nothing_is_deleted_without_a_reason(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    for sql in ("UPDATE training_course SET cancelled_at = 'x' WHERE id = :course",
                "UPDATE training_enrolment SET status = 'withdrawn', withdrawn_on = '2024-06-03'"
                " WHERE id = :enrolment"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"), training_db.transaction():
            training_db.execute(sql, {"course": course.id, "enrolment": course.enrolments[0]})
