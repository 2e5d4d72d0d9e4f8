"""Medication schedules: added with their times parsed, corrected, stopped (never deleted),
the schedules in effect on a day; bad input refused with nothing written."""

from __future__ import annotations

import pytest

from desktop.models.admin.permissions import PermissionDenied
from desktop.models.care.medication_schedule import (
    MedicationInput,
    add_medication,
    load_medication,
    schedules,
    schedules_on,
    stop_medication,
    update_medication,
)
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from tests.care_support import add_day_care_member, care_centre
from tests.conftest import STAFF
from tests.models.care.profile_support import KIOSK, audit_rows, care_db, care_rows

__all__ = ["care_db"]


def test_a_schedule_is_stored_with_its_times_sorted_and_audited(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[1]
    medication_id = add_medication(care_db, person_id, MedicationInput(
        " 奥氮平片 ", "5mg", "20:00，8:00、12:30", "2024-05-01", supplied_by="中心",
        notes="饭后"), actor=STAFF)
    stored = load_medication(care_db, medication_id, actor=STAFF)
    assert (stored.medicine, stored.dose, stored.times, stored.supplied_by) == (
        "奥氮平片", "5mg", ("08:00", "12:30", "20:00"), "中心")
    assert care_db.scalar("SELECT times FROM care_medication WHERE id = ?",
                          (medication_id,)) == "08:00,12:30,20:00"
    [entry] = audit_rows(care_db, "care_medication")
    assert entry["action"] == "create" and entry["record_id"] == medication_id
    assert '"times": "08:00,12:30,20:00"' in entry["after"]


@pytest.mark.parametrize(("data", "field", "message"), [
    (MedicationInput("奥氮平片", "5mg", "8:00, 25:00", "2024-05-01"), "times",
     "时间“25:00”不在一天之内：请写成 时:分，例如 08:30 或 13:00"),
    (MedicationInput("奥氮平片", "5mg", "", "2024-05-01"), "times",
     "请填写服药时间，例如 08:00, 12:30"),
    (MedicationInput("  ", "5mg", "08:00", "2024-05-01"), "medicine", "请填写药品名称"),
    (MedicationInput("奥氮平片", " ", "08:00", "2024-05-01"), "dose",
     "请填写每次剂量，如 0.5g、1片"),
    (MedicationInput("奥氮平片", "5mg", "08:00", "2024-05-01", supplied_by="医院"),
     "supplied_by", "药品提供方应为 家属、中心 之一"),
    (MedicationInput("奥氮平片", "5mg", "08:00", "2024/05/01"), "starts_on",
     "开始服药日期应为 年-月-日 格式的真实日期，如 2024-05-13，现在是“2024/05/01”"),
    (MedicationInput("奥氮平片", "5mg", "08:00", "2024-05-01", ends_on="2024-04-30"),
     "ends_on", "停药日期 2024-04-30 早于开始服药日期 2024-05-01：停药日期应在开始之后"),
])
def test_bad_input_is_refused_and_nothing_is_written(care_db: Database, data: MedicationInput,
                                                     field: str, message: str) -> None:
    centre = care_centre(care_db)
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        add_medication(care_db, centre.members[0], data, actor=STAFF)
    assert refused.value.fields == {field: message}
    assert care_rows(care_db) == before


def test_a_member_without_a_profile_gets_no_schedule(care_db: Database) -> None:
    person_id = add_day_care_member(care_db, "周杰", 150, profile=False)
    before = care_rows(care_db)
    with pytest.raises(NotFoundError, match="周杰 还没有照料档案"):
        add_medication(care_db, person_id, MedicationInput("药", "1片", "08:00", "2024-05-01"),
                       actor=STAFF)
    assert care_rows(care_db) == before


def test_stopping_keeps_the_schedule_and_ends_it_after_its_last_day(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    medication_id = centre.medication[person_id]
    assert [s.id for s in schedules_on(care_db, person_id, "2024-05-13", actor=STAFF)] == [
        medication_id]
    stop_medication(care_db, medication_id, "2024-05-13", actor=STAFF)
    assert [s.id for s in schedules_on(care_db, person_id, "2024-05-13", actor=STAFF)] == [
        medication_id]
    assert schedules_on(care_db, person_id, "2024-05-14", actor=STAFF) == []
    assert schedules_on(care_db, person_id, "2024-01-01", actor=STAFF) == []  # before its start
    [kept] = schedules(care_db, person_id, actor=STAFF)
    assert kept.ends_on == "2024-05-13" and not kept.in_effect("2024-05-14")
    [entry] = audit_rows(care_db, "care_medication")
    assert '"ends_on": null' in entry["before"] and '"ends_on": "2024-05-13"' in entry["after"]
    before = care_rows(care_db)
    with pytest.raises(ValidationError) as refused:
        stop_medication(care_db, medication_id, "2023-12-31", actor=STAFF)
    assert refused.value.fields == {
        "ends_on": "停药日期 2023-12-31 早于开始服药日期 2024-01-02：停药日期应在开始之后"}
    assert care_rows(care_db) == before


def test_a_correction_is_audited_with_before_and_after(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[2]
    medication_id = centre.medication[person_id]
    update_medication(care_db, medication_id, MedicationInput(
        "丙戊酸钠缓释片", "0.25g", "12:00", "2024-01-02"), actor=STAFF)
    assert load_medication(care_db, medication_id, actor=STAFF).dose == "0.25g"
    [entry] = audit_rows(care_db, "care_medication")
    assert '"dose": "0.5g"' in entry["before"] and '"dose": "0.25g"' in entry["after"]
    before = care_rows(care_db)
    with pytest.raises(ValidationError, match="不在一天之内"):
        update_medication(care_db, medication_id, MedicationInput(
            "丙戊酸钠缓释片", "0.25g", "12:60", "2024-01-02"), actor=STAFF)
    assert care_rows(care_db) == before
    assert load_medication(care_db, medication_id, actor=STAFF).times == ("12:00",)


def test_the_kiosk_account_is_refused(care_db: Database) -> None:
    centre = care_centre(care_db)
    person_id = centre.members[0]
    before = care_rows(care_db)
    with pytest.raises(PermissionDenied):
        add_medication(care_db, person_id, MedicationInput("药", "1片", "08:00", "2024-05-01"),
                       actor=KIOSK)
    with pytest.raises(PermissionDenied):
        stop_medication(care_db, centre.medication[person_id], "2024-05-13", actor=KIOSK)
    with pytest.raises(PermissionDenied):
        schedules_on(care_db, person_id, "2024-05-13", actor=KIOSK)
    assert care_rows(care_db) == before
