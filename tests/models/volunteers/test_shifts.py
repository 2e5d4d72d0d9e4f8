"""Shifts: one-off, made from a weekly pattern in one transaction (holidays skipped), cancelled
with their sign-ups, and the week as the schedule shows it; every refusal says why in Chinese
and writes nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.errors import ValidationError, WarmHomeError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.volunteers import shifts
from desktop.models.volunteers.shifts import PatternInput, ShiftInput
from desktop.models.volunteers.signups import sign_up
from tests.conftest import STAFF, submit_month
from tests.models.volunteers.shifts_support import (
    MONDAY,
    POST_CARE,
    POST_MEALS,
    rows,
    shift,
    vol_db,
    volunteer,
)

__all__ = ["vol_db"]


def test_a_one_off_shift_is_stored_and_audited(vol_db: Database) -> None:
    shift_id = shifts.create_shift(vol_db, ShiftInput(POST_MEALS, "2024-06-04", "1100", "13:00",
                                                      3, " 带围裙 "), actor=STAFF)
    stored = shifts.get_shift(vol_db, shift_id)
    assert (stored.post_name, stored.day, stored.starts_at, stored.ends_at, stored.capacity,
            stored.note, stored.open_places) == ("助餐", "2024-06-04", "11:00", "13:00", 3,
                                                 "带围裙", 3)
    entry = vol_db.query_one("SELECT actor, action, after FROM audit_log"
                             " WHERE table_name = 'volunteer_shift'")
    assert entry is not None and (entry["actor"], entry["action"]) == ("staff", "create")
    assert json.loads(entry["after"])["starts_at"] == "11:00"


@pytest.mark.parametrize(("starts", "ends", "capacity", "field", "message"), [
    ("13:00", "11:00", 2, "ends_at", "结束时间 11:00 不晚于开始时间 13:00：请检查班次时间"),
    ("09:00", "09:00", 2, "ends_at", "结束时间 09:00 不晚于开始时间 09:00：请检查班次时间"),
    ("07:00", "19:30", 2, "ends_at", "一个班次最长 12 小时：请分成两个班次"),
    ("09:00", "11:00", 0, "capacity", "需要人数应在 1 到 99 之间"),
    ("25:00", "11:00", 2, "starts_at",
     "时间“25:00”不在一天之内：请写成 时:分，例如 08:30 或 13:00"),
])
def test_a_bad_shift_is_refused_and_nothing_written(vol_db: Database, starts: str, ends: str,
                                                     capacity: int, field: str,
                                                     message: str) -> None:
    before = rows(vol_db)
    with pytest.raises(ValidationError) as refused:
        shifts.create_shift(vol_db, ShiftInput(POST_MEALS, "2024-06-04", starts, ends, capacity),
                            actor=STAFF)
    assert refused.value.fields[field] == message
    assert rows(vol_db) == before


def test_twelve_hours_is_still_one_shift(vol_db: Database) -> None:
    assert shifts.get_shift(vol_db, shift(vol_db, starts_at="07:00", ends_at="19:00")).capacity


def test_a_shift_in_a_closed_month_is_refused(vol_db: Database) -> None:
    submit_month(vol_db, "2024-05", today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(MonthClosedError) as refused:
        shift(vol_db, day="2024-05-30")
    assert "2024" in refused.value.message and "5" in refused.value.message
    assert rows(vol_db) == before


def test_a_kiosk_account_may_not_plan_shifts(vol_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        shifts.create_shift(vol_db, ShiftInput(POST_MEALS, "2024-06-04", "09:00", "11:00", 2),
                            actor=Actor("kiosk", Role.KIOSK))
    assert rows(vol_db)["volunteer_shift"] == 0


def test_a_weekly_pattern_makes_one_shift_a_day_skipping_holidays(vol_db: Database) -> None:
    made = shifts.create_pattern(
        vol_db, PatternInput(POST_CARE, "531", "09:00", "11:30", 2, "2024-06-03", "2024-06-16"),
        actor=STAFF, holidays=("2024-06-10",))  # 端午节 falls on Monday 10 June
    assert made.skipped == ("2024-06-10",)
    days = [r["day"] for r in vol_db.query(
        "SELECT day FROM volunteer_shift WHERE pattern_id = ? ORDER BY day", (made.pattern_id,))]
    assert days == ["2024-06-03", "2024-06-05", "2024-06-07", "2024-06-12", "2024-06-14"]
    assert len(made.shift_ids) == 5
    pattern = vol_db.query_one("SELECT weekdays FROM volunteer_pattern WHERE id = ?",
                               (made.pattern_id,))
    assert pattern is not None and pattern["weekdays"] == "135"
    # One audit entry for the pattern, saying how many shifts it made.
    entries = vol_db.query("SELECT table_name, after FROM audit_log WHERE table_name LIKE"
                           " 'volunteer_%'")
    assert [e["table_name"] for e in entries] == ["volunteer_pattern"]
    assert json.loads(entries[0]["after"])["shifts"] == 5


@pytest.mark.parametrize(("weekdays", "first", "last", "holidays", "field", "message"), [
    ("", "2024-06-03", "2024-06-30", (), "weekdays", "请至少选择星期几中的一天"),
    ("6", "2024-06-03", "2024-06-07", (), "weekdays",
     "2024-06-03 至 2024-06-07 之间没有要排班的日子：请检查星期几和日期"),
    ("1", "2024-06-10", "2024-06-10", ("2024-06-10",), "weekdays",
     "2024-06-10 至 2024-06-10 之间没有要排班的日子：请检查星期几和日期"),
    ("1", "2024-06-03", "2025-06-03", (), "last_day",
     "每周排班最长一年：请把结束日期改到 2025-06-02 或更早"),
    ("1", "2024-06-10", "2024-06-03", (), "last_day",
     "结束日期 2024-06-03 早于开始日期 2024-06-10：请检查"),
])
def test_a_bad_pattern_is_refused_and_nothing_written(
        vol_db: Database, weekdays: str, first: str, last: str, holidays: tuple[str, ...],
        field: str, message: str) -> None:
    before = rows(vol_db)
    with pytest.raises(ValidationError) as refused:
        shifts.create_pattern(vol_db, PatternInput(POST_CARE, weekdays, "09:00", "11:00", 2,
                                                   first, last), actor=STAFF, holidays=holidays)
    assert refused.value.fields[field] == message
    assert rows(vol_db) == before


def test_a_pattern_of_a_whole_year_is_allowed(vol_db: Database) -> None:
    made = shifts.create_pattern(vol_db, PatternInput(POST_CARE, "1", "09:00", "11:00", 1,
                                                      "2024-06-03", "2025-06-02"), actor=STAFF)
    assert len(made.shift_ids) == 53


def test_a_pattern_reaching_into_a_closed_month_makes_nothing(vol_db: Database) -> None:
    submit_month(vol_db, "2024-05", today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(MonthClosedError):
        shifts.create_pattern(vol_db, PatternInput(POST_CARE, "12345", "09:00", "11:00", 2,
                                                   "2024-05-27", "2024-06-14"), actor=STAFF)
    assert rows(vol_db) == before


def test_cancelling_a_shift_cancels_its_sign_ups_with_the_same_reason(vol_db: Database) -> None:
    shift_id = shift(vol_db)
    first, second = volunteer(vol_db, "王芳", 11), volunteer(vol_db, "李强", 12)
    sign_up(vol_db, shift_id, first, actor=STAFF)
    sign_up(vol_db, shift_id, second, actor=STAFF)
    assert shifts.cancel_shift(vol_db, shift_id, "暴雨停课", actor=STAFF) == 2
    stored = shifts.get_shift(vol_db, shift_id)
    assert stored.cancelled and stored.cancel_reason == "暴雨停课"
    assert stored.volunteers == () and stored.open_places == 0
    assert [(r["status"], r["reason"]) for r in vol_db.query(
        "SELECT status, reason FROM volunteer_signup ORDER BY id")] == [
        ("cancelled", "暴雨停课"), ("cancelled", "暴雨停课")]
    actions = [(r["table_name"], r["action"]) for r in vol_db.query(
        "SELECT table_name, action FROM audit_log WHERE action = 'cancel' ORDER BY id")]
    assert actions == [("volunteer_shift", "cancel"), ("volunteer_signup", "cancel"),
                       ("volunteer_signup", "cancel")]


def test_cancelling_needs_a_reason_and_happens_once(vol_db: Database) -> None:
    shift_id = shift(vol_db)
    before = rows(vol_db)
    with pytest.raises(ValidationError) as refused:
        shifts.cancel_shift(vol_db, shift_id, "  ", actor=STAFF)
    assert refused.value.fields["reason"] == "请填写取消原因"
    assert rows(vol_db) == before
    shifts.cancel_shift(vol_db, shift_id, "场地维修", actor=STAFF)
    with pytest.raises(WarmHomeError) as again:
        shifts.cancel_shift(vol_db, shift_id, "场地维修", actor=STAFF)
    assert again.value.message == "2024-06-04 09:00 的班次已经取消过了"


def test_a_shift_of_a_closed_month_cannot_be_cancelled(vol_db: Database) -> None:
    shift_id = shift(vol_db, day="2024-05-30")
    submit_month(vol_db, "2024-05", today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(MonthClosedError):
        shifts.cancel_shift(vol_db, shift_id, "场地维修", actor=STAFF)
    assert rows(vol_db) == before


def test_the_week_shows_shifts_places_and_names(vol_db: Database) -> None:
    shift(vol_db, day="2024-06-02")  # the Sunday before: not in the week
    late = shift(vol_db, day="2024-06-05", starts_at="14:00", ends_at="16:00", capacity=3)
    early = shift(vol_db, day="2024-06-05", starts_at="09:00", ends_at="11:00", capacity=1)
    shift(vol_db, day="2024-06-09")
    shift(vol_db, day="2024-06-10")  # the next Monday: not in the week
    sign_up(vol_db, late, volunteer(vol_db, "王芳", 11), actor=STAFF)
    sign_up(vol_db, late, volunteer(vol_db, "李强", 12), actor=STAFF)
    found = shifts.week(vol_db, date(2024, 6, 3), actor=STAFF)
    assert [(s.day, s.starts_at) for s in found] == [
        ("2024-06-05", "09:00"), ("2024-06-05", "14:00"), ("2024-06-09", "09:00")]
    assert found[0].id == early and found[0].open_places == 1
    assert [v.name for v in found[1].volunteers] == ["李强", "王芳"]
    assert (found[1].taken, found[1].open_places) == (2, 1)


def test_the_places_of_a_full_shift_are_raised_with_a_reason(vol_db: Database) -> None:
    shift_id = shift(vol_db, capacity=1)
    sign_up(vol_db, shift_id, volunteer(vol_db, "王芳", 11), actor=STAFF)
    with pytest.raises(WarmHomeError) as full:
        sign_up(vol_db, shift_id, volunteer(vol_db, "李强", 12), actor=STAFF)
    assert "先增加名额" in full.value.message
    shifts.set_capacity(vol_db, shift_id, 2, reason="活动人多", actor=STAFF)
    assert shifts.get_shift(vol_db, shift_id).open_places == 1
    entry = vol_db.query_one("SELECT action, before, after, reason FROM audit_log"
                             " WHERE table_name = 'volunteer_shift' AND action = 'update'")
    assert entry is not None and entry["reason"] == "活动人多"
    assert (json.loads(entry["before"]), json.loads(entry["after"])) == (
        {"capacity": 1}, {"capacity": 2})
    sign_up(vol_db, shift_id, vol_db.scalar("SELECT id FROM person WHERE name = '李强'"),
            actor=STAFF)


@pytest.mark.parametrize(("capacity", "reason", "message"), [
    (1, "人少了", "已有 2 人报名：名额不能少于 2，请先取消报名"),
    (0, "人少了", "需要人数应在 1 到 99 之间"),
    (3, "  ", "请填写修改名额的原因"),
])
def test_bad_places_are_refused_and_nothing_written(vol_db: Database, capacity: int,
                                                    reason: str, message: str) -> None:
    shift_id = shift(vol_db, capacity=2)
    sign_up(vol_db, shift_id, volunteer(vol_db, "王芳", 11), actor=STAFF)
    sign_up(vol_db, shift_id, volunteer(vol_db, "李强", 12), actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(ValidationError) as refused:
        shifts.set_capacity(vol_db, shift_id, capacity, reason=reason, actor=STAFF)
    assert message in [str(m) for m in refused.value.fields.values()]
    assert rows(vol_db) == before and shifts.get_shift(vol_db, shift_id).capacity == 2


def test_the_places_of_a_closed_month_cannot_change(vol_db: Database) -> None:
    shift_id = shift(vol_db, day="2024-05-30")
    submit_month(vol_db, "2024-05", today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(MonthClosedError):
        shifts.set_capacity(vol_db, shift_id, 3, reason="活动人多", actor=STAFF)
    assert rows(vol_db) == before and shifts.get_shift(vol_db, shift_id).capacity == 2
