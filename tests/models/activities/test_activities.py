"""Activities (文体活动): create, edit, void, participants, and the yearly counts per member."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityError, ActivityInput
from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.people import people
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input

KIOSK = Actor("kiosk", Role.KIOSK)
PAST_DAY = "2024-05-20"  # a Monday before TODAY (2024-06-01)


def add_member(db: Database, n: int, name: str = "", **overrides: object) -> int:
    """A member numbered ``n`` (distinct ID and card)."""
    values: dict[str, object] = {"name": name or f"会员{n}", "id_number": make_id_number(seq=n),
                                 "card_number": f"WH{n:06d}"}
    values.update(overrides)
    return people.create_person(db, make_person_input(**values), actor=STAFF, today=TODAY)


def sign_in(db: Database, person_id: int, day: str, hour: int = 9) -> int:
    moment = datetime.fromisoformat(f"{day}T{hour:02d}:00:00")
    return attendance.staff_sign_in(db, person_id, moment, actor=STAFF, reason="补签",
                                    now=datetime(2024, 6, 1, 12))


def new_activity(db: Database, title: str = "书法练习", kind: str = "文化",
                 day: str = PAST_DAY, **extra: str) -> int:
    return activities.create_activity(db, ActivityInput(title, kind, day, **extra),
                                      actor=STAFF, today=TODAY)


def snapshot(db: Database) -> dict[str, int]:
    """Rows in every table an activity change writes."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("activity", "activity_participant", "audit_log")}


def activity_rows(db: Database) -> list[dict[str, object]]:
    return [dict(r) for r in db.query("SELECT * FROM activity ORDER BY id")]


# -- create, validate, update, void ---------------------------------------------------------------
def test_create_stores_the_activity_and_audits_it(db: Database) -> None:
    activity_id = new_activity(db, "  书法   练习 ", place=" 活动室 ", organiser="温馨家园")
    stored = activities.get_activity(db, activity_id)
    assert (stored.title, stored.kind, stored.day, stored.place, stored.organiser) == \
        ("书法 练习", "文化", PAST_DAY, "活动室", "温馨家园")
    assert stored.participants == 0 and not stored.voided
    entries = audit.entries_for(db, "activity", activity_id)
    assert [e["action"] for e in entries] == ["create"]
    assert json.loads(entries[0]["after"])["title"] == "书法 练习"


@pytest.mark.parametrize(("data", "field", "message"), [
    (ActivityInput("", "文化", PAST_DAY), "title", "请填写活动名称"),
    (ActivityInput("   ", "文化", PAST_DAY), "title", "请填写活动名称"),
    (ActivityInput("书" * 101, "文化", PAST_DAY), "title", "活动名称最多100个字，现在是101个字"),
    (ActivityInput("书法", "讲座", PAST_DAY), "kind",
     "活动类型应为 文化、体育、康复、节日慰问、其他 之一"),
    (ActivityInput("书法", "文化", ""), "day", "请填写活动日期"),
    (ActivityInput("书法", "文化", "2024-13-01"), "day",
     "活动日期应为 YYYY-MM-DD 格式的真实日期，如 2026-05-17，现在是“2024-13-01”"),
    (ActivityInput("书法", "文化", "2024-02-30"), "day",
     "活动日期应为 YYYY-MM-DD 格式的真实日期，如 2026-05-17，现在是“2024-02-30”"),
    (ActivityInput("书法", "文化", "20240520"), "day",
     "活动日期应为 YYYY-MM-DD 格式的真实日期，如 2026-05-17，现在是“20240520”"),
    (ActivityInput("书法", "文化", "2024/05/20"), "day",
     "活动日期应为 YYYY-MM-DD 格式的真实日期，如 2026-05-17，现在是“2024/05/20”"),
    (ActivityInput("书法", "文化", "1999-12-31"), "day", "活动日期不能早于 2000-01-01"),
    (ActivityInput("书法", "文化", "2025-06-03"), "day", "活动日期最多可提前一年安排"),
    (ActivityInput("书法", "文化", PAST_DAY, place="室" * 101), "place", "地点最多100个字"),
    (ActivityInput("书法", "文化", PAST_DAY, organiser="组" * 51), "organiser",
     "组织者最多50个字"),
])
def test_bad_input_is_refused_and_nothing_written(db: Database, data: ActivityInput, field: str,
                                                  message: str) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        activities.create_activity(db, data, actor=STAFF, today=TODAY)
    assert caught.value.fields == {field: message}
    assert snapshot(db) == before


def test_an_activity_may_be_planned_up_to_a_year_ahead(db: Database) -> None:
    activity_id = new_activity(db, "春节慰问", "节日慰问", "2025-06-01")
    assert activities.get_activity(db, activity_id).day == "2025-06-01"


def test_update_audits_only_what_changed(db: Database) -> None:
    activity_id = new_activity(db, place="活动室")
    activities.update_activity(db, activity_id,
                               ActivityInput("书法练习", "文化", PAST_DAY, place="多功能厅"),
                               actor=STAFF, today=TODAY)
    assert activities.get_activity(db, activity_id).place == "多功能厅"
    update = audit.entries_for(db, "activity", activity_id)[-1]
    assert update["action"] == "update"
    assert json.loads(update["before"]) == {"place": "活动室"}
    assert json.loads(update["after"]) == {"place": "多功能厅"}


def test_an_unchanged_save_writes_nothing(db: Database) -> None:
    activity_id = new_activity(db)
    before = snapshot(db)
    activities.update_activity(db, activity_id, ActivityInput("书法练习", "文化", PAST_DAY),
                               actor=STAFF, today=TODAY)
    assert snapshot(db) == before


def test_update_with_bad_input_writes_nothing(db: Database) -> None:
    activity_id = new_activity(db)
    before, rows = snapshot(db), activity_rows(db)
    with pytest.raises(ValidationError) as caught:
        activities.update_activity(db, activity_id, ActivityInput("", "文化", "2024-02-30"),
                                   actor=STAFF, today=TODAY)
    assert set(caught.value.fields) == {"title", "day"}
    assert snapshot(db) == before and activity_rows(db) == rows


def test_an_activity_with_participants_cannot_move_into_the_future(db: Database) -> None:
    member = add_member(db, 1)
    activity_id = new_activity(db)
    activities.add_participants(db, activity_id, [member], actor=STAFF, today=TODAY)
    before, rows = snapshot(db), activity_rows(db)
    with pytest.raises(ValidationError) as caught:
        activities.update_activity(db, activity_id, ActivityInput("书法练习", "文化", "2024-07-01"),
                                   actor=STAFF, today=TODAY)
    assert caught.value.fields == {"day": "已有 1 名参加者，活动日期不能改到将来"}
    assert snapshot(db) == before and activity_rows(db) == rows


def test_void_needs_a_reason_keeps_the_record_and_stops_changes(db: Database) -> None:
    member = add_member(db, 1)
    activity_id = new_activity(db)
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        activities.void_activity(db, activity_id, "  ", actor=STAFF)
    assert caught.value.fields == {"reason": "请填写作废原因"}
    assert snapshot(db) == before
    activities.void_activity(db, activity_id, "录入重复", actor=STAFF)
    stored = activities.get_activity(db, activity_id)
    assert stored.voided and stored.void_reason == "录入重复"
    entry = audit.entries_for(db, "activity", activity_id)[-1]
    assert (entry["action"], entry["reason"]) == ("void", "录入重复")
    before = snapshot(db)
    with pytest.raises(ActivityError, match="已作废，不能修改"):
        activities.add_participants(db, activity_id, [member], actor=STAFF, today=TODAY)
    with pytest.raises(ActivityError, match="已作废，不能修改"):
        activities.update_activity(db, activity_id, ActivityInput("新名", "文化", PAST_DAY),
                                   actor=STAFF, today=TODAY)
    with pytest.raises(ActivityError, match="已经作废"):
        activities.void_activity(db, activity_id, "再次", actor=STAFF)
    assert snapshot(db) == before
    assert activities.list_activities(db, 2024) == []
    assert [a.id for a in activities.list_activities(db, 2024, include_voided=True)] == \
        [activity_id]


def test_the_kiosk_account_may_not_change_activities(db: Database) -> None:
    member = add_member(db, 1)
    activity_id = new_activity(db)
    before = snapshot(db)
    with pytest.raises(PermissionDenied, match="没有权限"):
        activities.create_activity(db, ActivityInput("书法", "文化", PAST_DAY), actor=KIOSK)
    with pytest.raises(PermissionDenied):
        activities.add_participants(db, activity_id, [member], actor=KIOSK, today=TODAY)
    with pytest.raises(PermissionDenied):
        activities.void_activity(db, activity_id, "误建", actor=KIOSK)
    assert snapshot(db) == before


def test_unknown_activity(db: Database) -> None:
    with pytest.raises(NotFoundError, match="没有编号为 99 的活动"):
        activities.get_activity(db, 99)


# -- participants ------------------------------------------------------------------------------
def test_day_candidates_are_that_days_sign_ins_in_order(db: Database) -> None:
    early, late, absent = add_member(db, 1, "张三"), add_member(db, 2, "李四"), add_member(db, 3)
    sign_in(db, late, PAST_DAY, hour=10)
    sign_in(db, early, PAST_DAY, hour=8)
    sign_in(db, absent, "2024-05-21")
    voided = sign_in(db, absent, PAST_DAY, hour=11)
    attendance.void_sign_in(db, voided, actor=STAFF, reason="误刷")
    activity_id = new_activity(db)
    found = activities.day_candidates(db, activity_id)
    assert [(c.person_id, c.name, c.detail, c.participating) for c in found] == [
        (early, "张三", "08:00", False), (late, "李四", "10:00", False)]
    assert activities.add_participants(db, activity_id, [early, late], actor=STAFF,
                                       today=TODAY) == 2
    assert all(c.participating for c in activities.day_candidates(db, activity_id))
    assert [p.name for p in activities.participants(db, activity_id)] == ["李四", "张三"]


def test_adding_is_audited_per_participant_and_repeats_are_skipped(db: Database) -> None:
    member = add_member(db, 1)
    activity_id = new_activity(db)
    assert activities.add_participants(db, activity_id, [member, member], actor=STAFF,
                                       today=TODAY) == 1
    before = snapshot(db)
    assert activities.add_participants(db, activity_id, [member], actor=STAFF, today=TODAY) == 0
    assert snapshot(db) == before
    entries = audit.entries_for(db, "activity_participant", activity_id)
    assert [e["action"] for e in entries] == ["create"]
    assert json.loads(entries[0]["after"])["person_id"] == member
    assert activities.get_activity(db, activity_id).participants == 1


def test_search_finds_members_by_initials_only(db: Database) -> None:
    member = add_member(db, 1, "张三")
    volunteer = make_person_input(name="张珊", id_number=make_id_number(seq=9), is_member=False,
                                  is_volunteer=True, card_number="", programmes=[])
    people.create_person(db, volunteer, actor=STAFF, today=TODAY)
    activity_id = new_activity(db)
    found = activities.search_candidates(db, activity_id, "zs")
    assert [(c.person_id, c.name) for c in found] == [(member, "张三")]
    assert found[0].detail.startswith("110102") and "*" in found[0].detail
    assert activities.search_candidates(db, activity_id, "  ") == []
    # Invisible marks alone are nothing typed, not "everyone".
    assert activities.search_candidates(db, activity_id, "\u200b\u3000\ufeff") == []
    assert [c.person_id for c in activities.search_candidates(db, activity_id, "z\u200bs")] \
        == [member]


@pytest.mark.parametrize("who", ["volunteer", "unknown", "archived", "joined_later", "left"])
def test_only_members_on_the_register_that_day_can_take_part(db: Database, who: str) -> None:
    good = add_member(db, 1)
    if who == "volunteer":
        person = people.create_person(db, make_person_input(
            name="王五", id_number=make_id_number(seq=7), is_member=False, is_volunteer=True,
            card_number="", programmes=[]), actor=STAFF, today=TODAY)
        message = f"王五（编号 {person}）不是会员，不能登记为活动参加者"
    elif who == "unknown":
        person, message = 999, "没有编号为 999 的会员"
    elif who == "archived":
        person = add_member(db, 2, "赵六")
        people.archive_person(db, person, "迁出本街道", actor=STAFF)
        message = "赵六 已归档，不能登记为活动参加者"
    elif who == "joined_later":
        person = add_member(db, 2, "赵六", joined_on="2024-05-25")
        message = "赵六 于 2024-05-25 入会，晚于活动日期"
    else:
        person = add_member(db, 2, "赵六", left_on="2024-05-10")
        message = "赵六 在活动日期之前已离开，不能登记为活动参加者"
    activity_id = new_activity(db)
    before = snapshot(db)
    with pytest.raises(ActivityError) as caught:
        # All or nothing: the valid member in the same batch is not added either.
        activities.add_participants(db, activity_id, [good, person], actor=STAFF, today=TODAY)
    assert caught.value.message == message
    assert snapshot(db) == before


def test_participants_wait_for_the_activity_day(db: Database) -> None:
    member = add_member(db, 1)
    activity_id = new_activity(db, day="2024-06-10")
    before = snapshot(db)
    with pytest.raises(ActivityError) as caught:
        activities.add_participants(db, activity_id, [member], actor=STAFF, today=TODAY)
    assert caught.value.message == "活动日期 2024-06-10 还没到，当天或之后才能登记参加者"
    assert snapshot(db) == before
    assert activities.add_participants(db, activity_id, [member], actor=STAFF,
                                       today=date(2024, 6, 10)) == 1


def test_removal_needs_a_reason_and_is_recorded(db: Database) -> None:
    member = add_member(db, 1)
    activity_id = new_activity(db)
    activities.add_participants(db, activity_id, [member], actor=STAFF, today=TODAY)
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        activities.remove_participant(db, activity_id, member, "", actor=STAFF)
    assert caught.value.fields == {"reason": "请填写移除原因"}
    with pytest.raises(NotFoundError, match="编号 999 不是这个活动的参加者"):
        activities.remove_participant(db, activity_id, 999, "误加", actor=STAFF)
    with pytest.raises(PermissionDenied):
        activities.remove_participant(db, activity_id, member, "误加", actor=KIOSK)
    assert snapshot(db) == before
    activities.remove_participant(db, activity_id, member, "误加", actor=STAFF)
    assert activities.participants(db, activity_id) == []
    entry = audit.entries_for(db, "activity_participant", activity_id)[-1]
    assert (entry["action"], entry["actor"], entry["reason"]) == ("remove", "staff", "误加")
    assert json.loads(entry["before"])["person_id"] == member
    assert entry["after"] is None


# -- counts ----------------------------------------------------------------------------------------
def test_counted_kinds_follow_the_policy() -> None:
    assert activities.COUNTED_KINDS == ("文化", "体育")
    assert set(activities.COUNTED_KINDS) <= set(activities.KINDS)
    assert activities.YEARLY_TARGET == 3


def test_yearly_counts_include_only_counted_valid_activities_of_that_year(db: Database) -> None:
    busy, some = add_member(db, 1, "张三"), add_member(db, 2, "李四")
    none = add_member(db, 3, "王五")
    plan = [("2024-01-10", "文化", [busy, some]), ("2024-02-10", "体育", [busy]),
            ("2024-03-10", "文化", [busy]), ("2024-04-10", "康复", [some]),
            ("2024-04-11", "节日慰问", [some]), ("2023-12-31", "文化", [some]),
            ("2024-05-10", "体育", [some])]
    ids = []
    for day, kind, who in plan:
        activity_id = new_activity(db, kind=kind, day=day)
        activities.add_participants(db, activity_id, who, actor=STAFF, today=TODAY)
        ids.append(activity_id)
    activities.void_activity(db, ids[-1], "重复录入", actor=STAFF)
    counts = {row.name: row.count for row in activities.member_counts(db, 2024)}
    assert counts == {"张三": 3, "李四": 1, "王五": 0}
    assert [r.name for r in activities.members_below_target(db, 2024)] == ["李四", "王五"]
    assert activities.member_count(db, some, 2023) == 1
    assert activities.member_count(db, busy, 2024) == 3
    assert activities.member_count(db, none, 2024) == 0


def test_counts_list_the_register_of_that_year(db: Database) -> None:
    add_member(db, 1, "张三")
    add_member(db, 2, "李四", joined_on="2024-01-01")
    gone = add_member(db, 3, "王五")
    took_part = add_member(db, 4, "赵六")
    activity_id = new_activity(db)
    activities.add_participants(db, activity_id, [took_part], actor=STAFF, today=TODAY)
    archived_on = datetime(2024, 3, 1, 10)
    people.archive_person(db, gone, "迁出", actor=STAFF, now=archived_on)
    people.archive_person(db, took_part, "迁出", actor=STAFF, now=archived_on)
    names = [row.name for row in activities.member_counts(db, 2024)]
    # Archived in 2024 without taking part: gone; archived after taking part: still counted.
    assert names == ["李四", "张三", "赵六"]  # pinyin order: li, zhang, zhao
    # The year before the archive keeps them; the member who joined in 2024 is not in it.
    assert [row.name for row in activities.member_counts(db, 2023)] == ["王五", "张三", "赵六"]


def test_activity_years_and_listing(db: Database) -> None:
    new_activity(db, day="2023-03-01")
    new_activity(db, "柔力球", "体育", day="2024-03-01")
    assert activities.activity_years(db, TODAY) == [2024, 2023]
    assert activities.activity_years(db, date(2026, 1, 1)) == [2026, 2024, 2023]
    assert [a.title for a in activities.list_activities(db, 2024, "体育")] == ["柔力球"]
    assert [a.day for a in activities.list_activities(db)] == ["2024-03-01", "2023-03-01"]
