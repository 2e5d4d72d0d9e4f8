"""Sign-ups for shifts: by staff or at the kiosk, cancelled with a reason, swapped in one
transaction; archived people, non-volunteers, full, cancelled and overlapping shifts and closed
months refused with a Chinese message and nothing written."""

from __future__ import annotations

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.people import people
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.volunteers import shifts, signups
from desktop.models.volunteers.signups import SignUpRefused
from tests.conftest import STAFF, make_id_number, make_person_input, submit_month
from tests.models.volunteers.shifts_support import MONDAY, rows, shift, vol_db, volunteer

__all__ = ["vol_db"]
KIOSK = Actor("kiosk", Role.KIOSK)


def test_staff_and_the_kiosk_sign_volunteers_up(vol_db: Database) -> None:
    shift_id = shift(vol_db, capacity=2)
    first, second = volunteer(vol_db, "王芳", 11), volunteer(vol_db, "李强", 12)
    signups.sign_up(vol_db, shift_id, first, actor=STAFF)
    signups.sign_up_at_kiosk(vol_db, shift_id, second, actor=KIOSK)
    assert [(r["person_id"], r["method"], r["recorded_by"]) for r in vol_db.query(
        "SELECT person_id, method, recorded_by FROM volunteer_signup ORDER BY id")] == [
        (first, "staff", "staff"), (second, "kiosk", "kiosk")]
    assert vol_db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_signup'"
                         " AND action = 'create'") == 2
    assert shifts.get_shift(vol_db, shift_id).open_places == 0


def test_the_kiosk_account_signs_up_only_through_the_kiosk(vol_db: Database) -> None:
    shift_id, person = shift(vol_db), volunteer(vol_db, "王芳", 11)
    with pytest.raises(PermissionDenied):
        signups.sign_up(vol_db, shift_id, person, actor=KIOSK)
    assert rows(vol_db)["volunteer_signup"] == 0


def test_an_archived_person_is_refused(vol_db: Database) -> None:
    shift_id, person = shift(vol_db), volunteer(vol_db, "王芳", 11)
    people.archive_person(vol_db, person, "搬离本街道", actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(NotFoundError) as refused:
        signups.sign_up(vol_db, shift_id, person, actor=STAFF)
    assert refused.value.message == (
        "王芳 已归档，不能安排志愿服务：如需恢复，请先在“人员登记”中恢复")
    assert rows(vol_db) == before


def test_a_member_who_is_not_a_volunteer_is_refused(vol_db: Database) -> None:
    shift_id = shift(vol_db)
    member = people.create_person(vol_db, make_person_input(
        name="赵六", id_number=make_id_number(seq=30)), actor=STAFF, today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(NotFoundError) as refused:
        signups.sign_up_at_kiosk(vol_db, shift_id, member, actor=KIOSK)
    assert refused.value.message == "赵六 不是在册的志愿者：请先在“人员登记”中勾选“志愿者”"
    assert rows(vol_db) == before


def test_a_full_shift_is_refused(vol_db: Database) -> None:
    shift_id = shift(vol_db, capacity=1)
    signups.sign_up(vol_db, shift_id, volunteer(vol_db, "王芳", 11), actor=STAFF)
    late = volunteer(vol_db, "李强", 12)
    before = rows(vol_db)
    with pytest.raises(SignUpRefused) as refused:
        signups.sign_up(vol_db, shift_id, late, actor=STAFF)
    assert refused.value.message == (
        "2024-06-04 09:00–11:00 助餐 已报满（1 人）：请选择其他班次，或先增加名额")
    assert rows(vol_db) == before


def test_signing_up_twice_is_refused(vol_db: Database) -> None:
    shift_id, person = shift(vol_db), volunteer(vol_db, "王芳", 11)
    signups.sign_up(vol_db, shift_id, person, actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(SignUpRefused) as refused:
        signups.sign_up(vol_db, shift_id, person, actor=STAFF)
    assert refused.value.message == "王芳 已经报名了 2024-06-04 09:00–11:00 助餐"
    assert rows(vol_db) == before


def test_overlapping_shifts_are_refused_touching_ones_allowed(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    morning = shift(vol_db, starts_at="09:00", ends_at="11:00")
    signups.sign_up(vol_db, morning, person, actor=STAFF)
    overlapping = shift(vol_db, starts_at="10:30", ends_at="12:00", post_id=1)
    before = rows(vol_db)
    with pytest.raises(SignUpRefused) as refused:
        signups.sign_up(vol_db, overlapping, person, actor=STAFF)
    assert refused.value.message == (
        "王芳 在 2024-06-04 09:00–11:00 已报名“助餐”，时间重叠：请选择不重叠的班次")
    assert rows(vol_db) == before
    # Back to back is fine, and so is the same time on another day.
    signups.sign_up(vol_db, shift(vol_db, starts_at="11:00", ends_at="12:00"), person,
                    actor=STAFF)
    signups.sign_up(vol_db, shift(vol_db, day="2024-06-05"), person, actor=STAFF)


def test_a_cancelled_sign_up_frees_the_time(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    signup = signups.sign_up(vol_db, shift(vol_db), person, actor=STAFF)
    signups.cancel_signup(vol_db, signup, "家里有事", actor=STAFF)
    signups.sign_up(vol_db, shift(vol_db, starts_at="10:00", ends_at="12:00"), person,
                    actor=STAFF)


def test_a_cancelled_shift_is_refused(vol_db: Database) -> None:
    shift_id, person = shift(vol_db), volunteer(vol_db, "王芳", 11)
    shifts.cancel_shift(vol_db, shift_id, "暴雨停课", actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(SignUpRefused) as refused:
        signups.sign_up(vol_db, shift_id, person, actor=STAFF)
    assert refused.value.message == (
        "2024-06-04 09:00–11:00 助餐 的班次已取消（暴雨停课）：请选择其他班次")
    assert rows(vol_db) == before


def test_a_closed_month_is_refused(vol_db: Database) -> None:
    shift_id, person = shift(vol_db, day="2024-05-30"), volunteer(vol_db, "王芳", 11)
    signed = signups.sign_up(vol_db, shift_id, person, actor=STAFF)
    other = volunteer(vol_db, "李强", 12)
    submit_month(vol_db, "2024-05", today=MONDAY)
    before = rows(vol_db)
    with pytest.raises(MonthClosedError):
        signups.sign_up(vol_db, shift_id, other, actor=STAFF)
    with pytest.raises(MonthClosedError):
        signups.cancel_signup(vol_db, signed, "记错了", actor=STAFF)
    assert rows(vol_db) == before


def test_cancelling_needs_a_reason(vol_db: Database) -> None:
    signed = signups.sign_up(vol_db, shift(vol_db), volunteer(vol_db, "王芳", 11), actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(ValidationError) as refused:
        signups.cancel_signup(vol_db, signed, " ", actor=STAFF)
    assert refused.value.fields["reason"] == "请填写取消报名的原因"
    assert rows(vol_db) == before
    signups.cancel_signup(vol_db, signed, "身体不适", actor=STAFF)
    row = vol_db.query_one("SELECT status, reason FROM volunteer_signup WHERE id = ?", (signed,))
    assert row is not None and (row["status"], row["reason"]) == ("cancelled", "身体不适")
    entry = vol_db.query_one("SELECT action, reason FROM audit_log WHERE table_name ="
                             " 'volunteer_signup' ORDER BY id DESC LIMIT 1")
    assert entry is not None and (entry["action"], entry["reason"]) == ("cancel", "身体不适")


def test_a_swap_cancels_one_and_signs_up_the_other(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    tuesday = shift(vol_db)
    # The new shift overlaps the old one in time: the old one is cancelled first.
    wednesday_moved = shift(vol_db, starts_at="10:00", ends_at="12:00")
    old = signups.sign_up(vol_db, tuesday, person, actor=STAFF)
    new = signups.swap(vol_db, old, wednesday_moved, "改到十点", actor=STAFF)
    assert [(r["id"], r["shift_id"], r["status"], r["reason"]) for r in vol_db.query(
        "SELECT id, shift_id, status, reason FROM volunteer_signup ORDER BY id")] == [
        (old, tuesday, "cancelled", "改到十点"), (new, wednesday_moved, "signed_up", "")]


def test_a_refused_swap_changes_nothing(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    old = signups.sign_up(vol_db, shift(vol_db), person, actor=STAFF)
    full = shift(vol_db, day="2024-06-05", capacity=1)
    signups.sign_up(vol_db, full, volunteer(vol_db, "李强", 12), actor=STAFF)
    before = rows(vol_db)
    with pytest.raises(SignUpRefused):
        signups.swap(vol_db, old, full, "换到周三", actor=STAFF)
    assert rows(vol_db) == before
    assert vol_db.scalar("SELECT status FROM volunteer_signup WHERE id = ?", (old,)) == (
        "signed_up")
    with pytest.raises(ValidationError) as no_reason:
        signups.swap(vol_db, old, full, "", actor=STAFF)
    assert no_reason.value.fields["reason"] == "请填写换班原因"


def test_shifts_of_a_volunteer_on_a_day(vol_db: Database) -> None:
    person = volunteer(vol_db, "王芳", 11)
    afternoon = shift(vol_db, starts_at="14:00", ends_at="16:00", post_id=2)
    morning = shift(vol_db, starts_at="09:00", ends_at="11:00")
    dropped = shift(vol_db, starts_at="12:00", ends_at="13:00")
    called_off = shift(vol_db, starts_at="17:00", ends_at="18:00")
    for shift_id in (afternoon, morning, dropped, called_off):
        signups.sign_up(vol_db, shift_id, person, actor=STAFF)
    signups.cancel_signup(vol_db, signups.signups_of_shift(vol_db, dropped)[0][0], "有事",
                          actor=STAFF)
    shifts.cancel_shift(vol_db, called_off, "停电", actor=STAFF)
    signups.sign_up(vol_db, shift(vol_db, day="2024-06-05"), person, actor=STAFF)
    found = signups.shifts_of(vol_db, person, "2024-06-04")
    assert [(s.shift_id, s.post_name, s.starts_at) for s in found] == [
        (morning, "助餐", "09:00"), (afternoon, "文体活动", "14:00")]
