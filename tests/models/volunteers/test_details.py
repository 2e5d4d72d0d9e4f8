"""A volunteer's details (skills, availability, photo consent, a kiosk card no one else uses),
trainings (added, voided with a reason) and the posts (added, renamed, deactivated)."""

from __future__ import annotations

import pytest

from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.people import people
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.volunteers import details, posts
from desktop.models.volunteers.details import VolunteerDetails
from tests.conftest import STAFF, make_id_number, make_person_input, submit_month
from tests.models.volunteers.shifts_support import MONDAY, rows, vol_db, volunteer

__all__ = ["vol_db"]


def test_details_are_saved_loaded_and_listed(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11, number="BJV2400123")
    assert details.load_details(vol_db, person) == VolunteerDetails()
    details.save_details(vol_db, person, VolunteerDetails(" 手语 ", "周二、周四上午", True,
                                                          " V0001 "), actor=STAFF)
    assert details.load_details(vol_db, person) == VolunteerDetails(
        "手语", "周二、周四上午", True, "V0001")
    details.save_details(vol_db, person, VolunteerDetails("手语、急救", "", False, ""),
                         actor=STAFF)
    listed = details.volunteers(vol_db)
    assert [(v.name, v.volunteer_number, v.skills, v.card_number) for v in listed] == [
        ("王芳", "BJV2400123", "手语、急救", "")]
    assert [r["action"] for r in vol_db.query(
        "SELECT action FROM audit_log WHERE table_name = 'volunteer_detail' ORDER BY id")] == [
        "create", "update"]


def test_a_card_another_volunteer_or_a_member_uses_is_refused(vol_db: Database) -> None:
    first, second = volunteer(vol_db, "王芳", 11), volunteer(vol_db, "李强", 12)
    details.save_details(vol_db, first, VolunteerDetails(card_number="V0001"), actor=STAFF)
    people.create_person(vol_db, make_person_input(name="赵六", id_number=make_id_number(seq=30),
                                                   card_number="WH000009"),
                         actor=STAFF, today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(DuplicateError) as taken:
        details.save_details(vol_db, second, VolunteerDetails(card_number="V0001"), actor=STAFF)
    assert taken.value.message == "签到卡号 V0001 已被 王芳 使用：请换一张卡"
    with pytest.raises(DuplicateError) as member_card:
        details.save_details(vol_db, second, VolunteerDetails(card_number="WH000009"),
                             actor=STAFF)
    assert member_card.value.message == "签到卡号 WH000009 已被 赵六 使用：请换一张卡"
    assert rows(vol_db) == before
    # Saving one's own card again is fine.
    details.save_details(vol_db, first, VolunteerDetails("手语", card_number="V0001"),
                         actor=STAFF)


def test_details_of_an_archived_person_are_refused(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    people.archive_person(vol_db, person, "搬离本街道", actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(NotFoundError):
        details.save_details(vol_db, person, VolunteerDetails("手语"), actor=STAFF)
    assert rows(vol_db) == before
    assert details.volunteers(vol_db) == []


def test_trainings_are_added_and_voided_with_a_reason(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    first = details.add_training(vol_db, person, "2024-05-20", "急救培训", 120, actor=STAFF)
    details.add_training(vol_db, person, "2024-06-01", "助残服务礼仪", 90, actor=STAFF)
    with pytest.raises(ValidationError) as no_reason:
        details.void_training(vol_db, first, "", actor=STAFF)
    assert no_reason.value.fields["reason"] == "请填写作废原因"
    details.void_training(vol_db, first, "重复登记", actor=STAFF)
    assert [(t.topic, t.minutes, t.void_reason) for t in details.trainings(vol_db, person)] == [
        ("助残服务礼仪", 90, None), ("急救培训", 120, "重复登记")]


@pytest.mark.parametrize(("day", "topic", "minutes", "field", "message"), [
    ("2024-06-01", " ", 60, "topic", "请填写培训内容，例如：急救培训"),
    ("2024-06-01", "急救", 0, "minutes", "培训时长应在 1 到 1440 分钟之间"),
    ("六月一日", "急救", 60, "day", "日期“六月一日”不正确：请写成 年-月-日，例如 2024-06-03"),
])
def test_a_bad_training_is_refused(vol_db: Database, day: str, topic: str, minutes: int,
                                   field: str, message: str) -> None:
    person = volunteer(vol_db, "王芳", 11)
    before = rows(vol_db)
    with pytest.raises(ValidationError) as refused:
        details.add_training(vol_db, person, day, topic, minutes, actor=STAFF)
    assert refused.value.fields[field] == message
    assert rows(vol_db) == before


def test_a_training_in_a_closed_month_is_refused(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    submit_month(vol_db, "2024-05", today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(MonthClosedError):
        details.add_training(vol_db, person, "2024-05-20", "急救培训", 120, actor=STAFF)
    assert rows(vol_db) == before


def test_posts_are_added_renamed_and_deactivated(vol_db: Database) -> None:
    assert [p.name for p in posts.list_posts(vol_db)][:3] == ["日间照料协助", "文体活动", "助餐"]
    new = posts.add_post(vol_db, "图书整理", "识字", actor=STAFF)
    assert posts.list_posts(vol_db)[-1].name == "图书整理"
    with pytest.raises(DuplicateError) as same:
        posts.add_post(vol_db, "助餐", actor=STAFF)
    assert same.value.message == "已有名为“助餐”的岗位：请换一个名称"
    posts.update_post(vol_db, new, "图书角整理", "识字，细心", actor=STAFF)
    posts.set_post_active(vol_db, new, False, actor=STAFF)
    assert "图书角整理" not in [p.name for p in posts.list_posts(vol_db)]
    assert posts.get_post(vol_db, new).requirements == "识字，细心"
    assert [r["action"] for r in vol_db.query(
        "SELECT action FROM audit_log WHERE table_name = 'volunteer_post' ORDER BY id")] == [
        "create", "update", "update"]
