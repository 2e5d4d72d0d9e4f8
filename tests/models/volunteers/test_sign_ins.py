"""Volunteers' sign-ins and sign-outs: the shift they belong to, the service row a sign-out
makes (rounded, capped at the daily maximum), staff confirmations, corrections and voids, and
what is refused with nothing written."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.volunteers import sign_ins
from desktop.models.volunteers.sign_ins import SignInOutcome, SignInState, VolunteerSignInError
from tests.conftest import STAFF, submit_month
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    post_id,
    service_rows,
    shift,
    sign_up,
    volunteer,
)

KIOSK = Actor("kiosk", Role.KIOSK)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute)


def test_a_sign_out_within_the_shift_credits_the_overlap_rounded(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(8, 50))
    li = volunteer(db, "李志愿", 1)
    meal = shift(db, DAY, "09:00", "12:00")
    sign_up(db, meal, li)
    result = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK)
    assert result.status == SignInOutcome.SIGNED_IN
    assert result.sign_in.shift_id == meal  # starts within the hour
    assert result.sign_in.state == SignInState.OPEN
    clock.set(_at(12, 20))
    done = sign_ins.volunteer_sign_out(db, result.sign_in.id, actor=KIOSK)
    # 09:00-12:00 of the shift (before and after it not counted).
    assert done.minutes == 180 and done.state == SignInState.CONFIRMED
    assert service_rows(db) == [(done.id, 180, "助餐", True)]
    actions = [tuple(r) for r in db.query(
        "SELECT action, table_name FROM audit_log WHERE table_name LIKE 'volunteer_%'"
        " ORDER BY id")]
    assert actions == [("create", "volunteer_sign_in"), ("update", "volunteer_sign_in"),
                       ("create", "volunteer_service")]


def test_the_shift_under_way_is_chosen_over_a_later_one(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path, _at(10))
    li = volunteer(db, "李志愿", 1)
    later = shift(db, DAY, "10:30", "12:00", post="文体活动")
    now_on = shift(db, DAY, "09:00", "11:00")
    for shift_id in (later, now_on):
        sign_up(db, shift_id, li)
    assert sign_ins.volunteer_sign_in(db, li, method="search",
                                      actor=KIOSK).sign_in.shift_id == now_on


def test_without_a_shift_the_sign_in_is_unplanned_and_waits_for_staff(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(9))
    li = volunteer(db, "李志愿", 1)
    cancelled = shift(db, DAY, "09:00", "12:00", cancelled=True)
    sign_up(db, cancelled, li)
    signed = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    assert signed.shift_id is None
    clock.set(_at(11, 10))
    out = sign_ins.volunteer_sign_out(db, signed.id, actor=KIOSK)
    assert out.state == SignInState.PENDING and out.minutes is None
    assert service_rows(db) == []
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        sign_ins.confirm_unplanned(db, signed.id, post_id(db, "义卖"), "  ", actor=STAFF)
    assert refused.value.fields["content"] == "请填写服务内容（做了什么），例如：协助午餐分餐"
    assert counts(db) == before
    sign_ins.confirm_unplanned(db, signed.id, post_id(db, "义卖"), "义卖摊位收银", actor=STAFF)
    # 2 h 10 min signed, rounded to the half hour.
    assert service_rows(db) == [(signed.id, 120, "义卖摊位收银", True)]
    assert sign_ins.get_sign_in(db, signed.id).state == SignInState.CONFIRMED


def test_signing_in_again_while_signed_in_answers_already(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(9))
    li = volunteer(db, "李志愿", 1)
    first = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK)
    before = counts(db)
    clock.advance(timedelta(minutes=5))
    again = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK)
    assert again.status == SignInOutcome.ALREADY and again.sign_in.id == first.sign_in.id
    assert counts(db) == before


def test_a_sign_out_before_the_sign_in_is_refused(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path, _at(10))
    li = volunteer(db, "李志愿", 1)
    signed = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        sign_ins.volunteer_sign_out(db, signed.id, actor=STAFF, method="staff", now=_at(9, 30))
    assert refused.value.fields["signed_out_at"] == "签退时间 09:30 早于签到时间 10:00：请核对时间"
    assert counts(db) == before
    assert sign_ins.get_sign_in(db, signed.id).signed_out_at is None


def test_the_day_is_capped_at_the_daily_maximum(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(7, 55))
    li = volunteer(db, "李志愿", 1)
    morning = shift(db, DAY, "08:00", "13:00")
    afternoon = shift(db, DAY, "13:00", "18:00", post="文体活动")
    for shift_id in (morning, afternoon):
        sign_up(db, shift_id, li)
    first = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    clock.set(_at(13))
    sign_ins.volunteer_sign_out(db, first.id, actor=KIOSK)
    second = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    assert second.shift_id == afternoon
    clock.set(_at(18))
    out = sign_ins.volunteer_sign_out(db, second.id, actor=KIOSK)
    # 300 + 300 minutes served; the day's maximum is 480.
    assert out.minutes == 180
    assert [m for _, m, _, _ in service_rows(db)] == [300, 180]
    third = sign_ins.volunteer_sign_in(db, li, method="staff", actor=STAFF).sign_in
    clock.set(_at(19))
    sign_ins.volunteer_sign_out(db, third.id, actor=STAFF, method="staff")
    before = counts(db)
    with pytest.raises(VolunteerSignInError) as refused:
        sign_ins.confirm_unplanned(db, third.id, post_id(db), "帮厨", actor=STAFF)
    assert str(refused.value) == ("李志愿 在 2024-05-14 的服务时长已达每日上限 8.0 小时，"
                                  "不能再计时长")
    assert counts(db) == before


def test_staff_credit_the_shifts_end_only_on_confirmation(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(9))
    li = volunteer(db, "李志愿", 1)
    sign_up(db, shift(db, DAY, "09:00", "11:30"), li)
    signed = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    clock.set(_at(17))
    assert sign_ins.get_sign_in(db, signed.id).state == SignInState.OPEN
    assert service_rows(db) == []
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        sign_ins.confirm_shift_end(db, signed.id, actor=STAFF, reason="")
    assert refused.value.fields["reason"] == "请填写原因"
    assert counts(db) == before
    sign_ins.confirm_shift_end(db, signed.id, actor=STAFF, reason="忘记签退，组长确认在岗")
    record = sign_ins.get_sign_in(db, signed.id)
    assert record.signed_out_at == "2024-05-14T11:30:00" and record.confirmed_by == "staff"
    assert service_rows(db) == [(signed.id, 150, "助餐", True)]


def test_a_correction_needs_a_reason_and_remakes_the_service(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(9))
    li = volunteer(db, "李志愿", 1)
    sign_up(db, shift(db, DAY, "09:00", "12:00"), li)
    signed = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    clock.set(_at(10))
    sign_ins.volunteer_sign_out(db, signed.id, actor=KIOSK)
    assert service_rows(db) == [(signed.id, 60, "助餐", True)]
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        sign_ins.correct_times(db, signed.id, _at(9), _at(12), reason=" ", actor=STAFF)
    assert refused.value.fields["reason"] == "请填写原因"
    assert counts(db) == before
    with pytest.raises(ValidationError) as backwards:
        sign_ins.correct_times(db, signed.id, _at(11), _at(9), reason="刷错", actor=STAFF)
    assert backwards.value.fields["signed_out_at"] == ("签退时间 09:00 早于签到时间 11:00："
                                                       "请核对时间")
    assert counts(db) == before
    clock.set(_at(13))
    sign_ins.correct_times(db, signed.id, _at(9), _at(12), reason="签退时卡没刷上", actor=STAFF)
    assert service_rows(db) == [(signed.id, 60, "助餐", False), (signed.id, 180, "助餐", True)]
    sign_ins.void_sign_in(db, signed.id, reason="不是本人", actor=STAFF)
    assert [valid for *_, valid in service_rows(db)] == [False, False]
    assert sign_ins.get_sign_in(db, signed.id).state == SignInState.VOID


def test_a_closed_month_refuses_every_change(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 4, 10, 9))
    li = volunteer(db, "李志愿", 1)
    wang = volunteer(db, "王志愿", 2)
    signed = sign_ins.volunteer_sign_in(db, li, method="card", actor=KIOSK).sign_in
    clock.set(_at(9))
    submit_month(db, "2024-04", today=DAY)
    before = counts(db)
    message = "2024-04 已报送关账，记录只读；如需修改请管理员重新开账"
    attempts = [
        lambda: sign_ins.volunteer_sign_in(db, wang, method="staff", actor=STAFF,
                                           now=datetime(2024, 4, 10, 9)),
        lambda: sign_ins.correct_times(db, signed.id, datetime(2024, 4, 10, 9),
                                       datetime(2024, 4, 10, 11), reason="补", actor=STAFF),
        lambda: sign_ins.confirm_unplanned(db, signed.id, post_id(db), "帮厨", actor=STAFF),
        lambda: sign_ins.void_sign_in(db, signed.id, reason="错", actor=STAFF),
    ]
    for attempt in attempts:
        with pytest.raises(MonthClosedError) as refused:
            attempt()
        assert str(refused.value) == message
    assert counts(db) == before


def test_only_staff_sign_by_hand(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path, _at(9))
    li = volunteer(db, "李志愿", 1)
    with pytest.raises(PermissionDenied):
        sign_ins.volunteer_sign_in(db, li, method="staff", actor=KIOSK)
    with pytest.raises(PermissionDenied):
        sign_ins.day_sign_ins(db, DAY, actor=KIOSK)
