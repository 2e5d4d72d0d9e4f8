"""Sign-ins as the attendance page relies on them: once a day, voiding, refusals, the month."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance, attendance_month
from desktop.models.attendance.attendance import AttendanceError, KioskOutcome, KioskRefusal
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from tests.conftest import STAFF, make_id_number, make_person_input

KIOSK = Actor("kiosk", Role.KIOSK)
# A Monday afternoon: sign-ins that morning are in the past, the evening is the future.
NOW = datetime(2024, 6, 3, 17, 0)
DAY = "2024-06-03"
LATER = datetime(2024, 7, 1, 8, 0)


def add_member(db: Database, seq: int, name: str, **overrides: object) -> int:
    """A member with their own ID and card number WH0000<seq>."""
    data = make_person_input(name=name, id_number=make_id_number(seq=seq),
                             card_number=f"WH{seq:06d}", **overrides)
    return people.create_person(db, data, actor=STAFF)


def written(db: Database) -> dict[str, int]:
    """Rows in every table a sign-in action may touch."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("sign_in", "audit_log", "kiosk_event")}


@pytest.fixture
def member(db: Database) -> int:
    return add_member(db, 1, "张三")


# -- once a day ---------------------------------------------------------------------------------
def test_kiosk_signs_in_once_a_day(db: Database, member: int) -> None:
    first = attendance.kiosk_scan(db, "wh000001", actor=KIOSK, now=NOW.replace(hour=9))
    assert first.status is KioskOutcome.SIGNED_IN and first.status == "signed_in"
    assert first.sign_in.time_in == "09:00"
    assert first.sign_in.method == "card" and first.sign_in.recorded_by == "kiosk"
    again = attendance.kiosk_sign_in(db, member, method="search", actor=KIOSK,
                                     now=NOW.replace(hour=10))
    assert again.status is KioskOutcome.ALREADY
    assert again.sign_in.id == first.sign_in.id
    assert len(attendance.day_sign_ins(db, DAY)) == 1


def test_staff_cannot_add_a_second_sign_in_the_same_day(db: Database, member: int) -> None:
    attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=STAFF, reason="忘带卡",
                             now=NOW)
    before = written(db)
    with pytest.raises(AttendanceError, match="已于 2024-06-03 09:00 签到"):
        attendance.staff_sign_in(db, member, NOW.replace(hour=10), actor=STAFF,
                                 reason="再签一次", now=NOW)
    assert written(db) == before


def test_a_voided_sign_in_is_kept_but_not_counted(db: Database, member: int) -> None:
    first = attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=STAFF,
                                     reason="忘带卡", now=NOW)
    attendance.void_sign_in(db, first, actor=STAFF, reason="签错人")
    shown = attendance.day_sign_ins(db, DAY)
    assert [(s.id, s.voided, s.void_reason) for s in shown] == [(first, True, "签错人")]
    assert attendance.day_sign_ins(db, DAY, include_voided=False) == []
    assert attendance_month.month_matrix(db, "2024-06").total == 0
    assert attendance_month.summary(db, "2024-06")["sign_ins"] == 0
    # The day is free again: a new sign-in may be added, and only it counts.
    second = attendance.staff_sign_in(db, member, NOW.replace(hour=9, minute=30), actor=STAFF,
                                      reason="补签正确的人", now=NOW)
    assert attendance.todays_sign_in(db, member, DAY).id == second  # type: ignore[union-attr]
    assert attendance_month.month_matrix(db, "2024-06").member_total(member) == 1
    with pytest.raises(AttendanceError, match="已经作废"):
        attendance.void_sign_in(db, first, actor=STAFF, reason="再作废")


# -- bad input: a clear message, nothing written -------------------------------------------------
def test_sign_in_in_the_future_is_refused(db: Database, member: int) -> None:
    before = written(db)
    with pytest.raises(ValidationError) as caught:
        attendance.staff_sign_in(db, member, NOW.replace(hour=18), actor=STAFF, reason="提前",
                                 now=NOW)
    assert caught.value.fields == {"signed_in_at": "签到时间不能晚于现在"}
    assert written(db) == before


def test_correction_into_the_future_is_refused(db: Database, member: int) -> None:
    sign_in = attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=STAFF,
                                       reason="忘带卡", now=NOW)
    before = written(db)
    with pytest.raises(ValidationError) as caught:
        attendance.correct_sign_in(db, sign_in, NOW.replace(hour=9), NOW.replace(hour=18),
                                   actor=STAFF, reason="改签退", now=NOW)
    assert caught.value.fields == {"signed_out_at": "签退时间不能晚于现在"}
    assert written(db) == before
    assert attendance.get_sign_in(db, sign_in).signed_out_at is None


def test_sign_out_before_sign_in_is_refused(db: Database, member: int) -> None:
    before = written(db)
    with pytest.raises(ValidationError) as caught:
        attendance.staff_sign_in(db, member, NOW.replace(hour=10), NOW.replace(hour=9),
                                 actor=STAFF, reason="补签", now=NOW)
    assert caught.value.fields == {"signed_out_at": "签退时间不能早于签到时间"}
    assert written(db) == before
    sign_in = attendance.staff_sign_in(db, member, NOW.replace(hour=10), actor=STAFF,
                                       reason="补签", now=NOW)
    before = written(db)
    with pytest.raises(ValidationError, match="签退时间不能早于签到时间"):
        attendance.correct_sign_in(db, sign_in, NOW.replace(hour=10), NOW.replace(hour=8),
                                   actor=STAFF, reason="更正", now=NOW)
    # The kiosk's own sign-out refuses a time before the sign-in too.
    with pytest.raises(AttendanceError, match="签退时间不能早于签到时间"):
        attendance.sign_out(db, sign_in, actor=KIOSK, now=NOW.replace(hour=9))
    assert written(db) == before


def test_a_reason_is_required(db: Database, member: int) -> None:
    before = written(db)
    with pytest.raises(ValidationError) as caught:
        attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=STAFF, reason="  ",
                                 now=NOW)
    assert caught.value.fields == {"reason": "请填写原因"}
    assert written(db) == before


def test_archived_member_is_refused_by_staff(db: Database, member: int) -> None:
    people.archive_person(db, member, "迁出", actor=STAFF)
    before = written(db)
    with pytest.raises(AttendanceError, match="此人已归档，不能签到"):
        attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=STAFF, reason="补签",
                                 now=NOW)
    assert written(db) == before


def test_archived_member_gets_the_neutral_message_at_the_kiosk_and_is_logged(
        db: Database, member: int) -> None:
    people.archive_person(db, member, "迁出", actor=STAFF)
    before = written(db)
    with pytest.raises(KioskRefusal) as caught:
        attendance.kiosk_scan(db, "WH000001", actor=KIOSK, now=NOW.replace(hour=9))
    assert caught.value.message == attendance.NOT_FOUND_MESSAGE == "未找到此卡，请找工作人员"
    with pytest.raises(KioskRefusal) as unknown:
        attendance.kiosk_scan(db, "WH999999", actor=KIOSK, now=NOW.replace(hour=9, minute=5))
    # Unknown and archived read the same: the kiosk does not reveal who is archived.
    assert unknown.value.message == caught.value.message
    after = written(db)
    assert after["sign_in"] == before["sign_in"] and after["audit_log"] == before["audit_log"]
    events = attendance.kiosk_events(db, DAY)
    assert [(e["kind"], e["name"]) for e in events] == [("archived_member", "张三"),
                                                        ("unknown_card", None)]
    assert events[1]["detail"] == "WH999999"
    assert events[0]["detail"] == "WH000001"  # the card used, not an internal id


def test_member_who_has_not_joined_yet_cannot_be_signed_in(db: Database) -> None:
    # Fixed bug: eligibility_problem ignored joined_on, so a staff sign-in or a paper sheet
    # could record a day before the member joined (and the month matrix then listed them).
    late = add_member(db, 2, "李四", joined_on="2024-06-10")
    before = written(db)
    with pytest.raises(AttendanceError, match="不在册"):
        attendance.staff_sign_in(db, late, NOW.replace(hour=9), actor=STAFF, reason="补签",
                                 now=NOW)
    with pytest.raises(AttendanceError, match="不是在册会员"):
        attendance.enter_paper_sheet(db, DAY, [late], actor=STAFF, now=NOW)
    assert written(db) == before
    assert attendance.eligibility_problem(db, late, "2024-06-10") is None


def test_staff_actions_need_the_permission(db: Database, member: int) -> None:
    with pytest.raises(PermissionDenied):
        attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=KIOSK, reason="补签",
                                 now=NOW)
    with pytest.raises(PermissionDenied):
        attendance.enter_paper_sheet(db, DAY, [member], actor=KIOSK, now=NOW)


# -- corrections are audited -----------------------------------------------------------------------
def test_correction_and_void_are_in_the_audit_log_with_their_reason(db: Database,
                                                                    member: int) -> None:
    sign_in = attendance.staff_sign_in(db, member, NOW.replace(hour=9), actor=STAFF,
                                       reason="忘带卡", now=NOW)
    corrected = attendance.correct_sign_in(db, sign_in, NOW.replace(hour=8, minute=45),
                                           NOW.replace(hour=16), actor=STAFF,
                                           reason="按签到本更正", now=NOW)
    assert (corrected.time_in, corrected.time_out) == ("08:45", "16:00")
    assert corrected.minutes_present() == 435
    attendance.void_sign_in(db, sign_in, actor=STAFF, reason="重复录入")
    reasons = [r[0] for r in db.query(
        "SELECT reason FROM audit_log WHERE table_name = 'sign_in' ORDER BY id")]
    assert reasons == ["忘带卡", "按签到本更正", "重复录入"]


# -- paper sheets --------------------------------------------------------------------------------
def test_expected_members_are_in_pinyin_order_by_programme(db: Database) -> None:
    zhang = add_member(db, 1, "张三")
    an = add_member(db, 2, "安娜", programmes=["温馨家园", "职康站"])
    zeng = add_member(db, 3, "曾国藩")
    gone = add_member(db, 4, "白云")
    people.archive_person(db, gone, "迁出", actor=STAFF)
    assert [m[0] for m in attendance.expected_members(db, DAY)] == [an, zeng, zhang]
    assert attendance.expected_members(db, DAY, "职康站") == [(an, "安娜", "WH000002")]


def test_paper_sheet_enters_the_ticked_members_in_one_pass(db: Database) -> None:
    ids = [add_member(db, n, name) for n, name in enumerate(("张三", "李四", "王五"), 1)]
    attendance.kiosk_sign_in(db, ids[0], method="card", actor=KIOSK, now=NOW.replace(hour=8))
    added = attendance.enter_paper_sheet(db, DAY, ids, actor=STAFF, arrival=time(9, 30),
                                         now=NOW)
    assert added == 2  # the one already signed in at the kiosk keeps that sign-in
    shown = {s.person_id: (s.method, s.time_in) for s in attendance.day_sign_ins(db, DAY)}
    assert shown == {ids[0]: ("card", "08:00"), ids[1]: ("paper", "09:30"),
                     ids[2]: ("paper", "09:30")}


def test_paper_sheet_is_all_or_nothing(db: Database) -> None:
    ids = [add_member(db, n, name) for n, name in enumerate(("张三", "李四"), 1)]
    people.archive_person(db, ids[1], "迁出", actor=STAFF)
    before = written(db)
    with pytest.raises(AttendanceError):
        attendance.enter_paper_sheet(db, DAY, ids, actor=STAFF, now=NOW)
    assert written(db) == before
    with pytest.raises(ValidationError, match="不能晚于现在"):
        attendance.enter_paper_sheet(db, "2024-06-04", ids[:1], actor=STAFF, now=NOW)
    assert written(db) == before


# -- the month -----------------------------------------------------------------------------------
def test_month_matrix_totals_for_a_small_month(db: Database) -> None:
    zhang = add_member(db, 1, "张三")
    li = add_member(db, 2, "李四", programmes=["温馨家园", "职康站"])
    wang = add_member(db, 3, "王五")
    days = {zhang: ["2024-06-03", "2024-06-04", "2024-06-05"], li: ["2024-06-03"],
            wang: []}
    for person_id, person_days in days.items():
        for day in person_days:
            when = datetime.fromisoformat(f"{day}T09:00:00")
            attendance.staff_sign_in(db, person_id, when, actor=STAFF, reason="补签",
                                     now=LATER)
    extra = attendance.staff_sign_in(db, wang, datetime(2024, 6, 4, 9), actor=STAFF,
                                     reason="补签", now=LATER)
    attendance.void_sign_in(db, extra, actor=STAFF, reason="签错")

    matrix = attendance_month.month_matrix(db, "2024-06")
    assert len(matrix.days) == 30
    assert [m[1] for m in matrix.members] == ["李四", "王五", "张三"]
    assert [matrix.member_total(p) for p, _ in matrix.members] == [1, 0, 3]
    assert [matrix.day_total(d) for d in matrix.days[2:6]] == [2, 1, 1, 0]
    assert matrix.total == 4
    only_rehab = attendance_month.month_matrix(db, "2024-06", "职康站")
    assert only_rehab.members == [(li, "李四")] and only_rehab.total == 1
    figures = attendance_month.summary(db, "2024-06")
    assert (figures["sign_ins"], figures["members"], figures["days_open"]) == (4, 2, 3)
    assert figures["by_programme"]["职康站"]["sign_ins"] == 1


def test_month_matrix_lists_who_came_even_if_archived_since(db: Database) -> None:
    zhang = add_member(db, 1, "张三")
    attendance.staff_sign_in(db, zhang, NOW.replace(hour=9), actor=STAFF, reason="补签",
                             now=NOW)
    people.archive_person(db, zhang, "迁出", actor=STAFF, now=NOW)
    assert attendance_month.month_matrix(db, "2024-06").members == [(zhang, "张三")]
    assert attendance_month.month_matrix(db, "2024-07").members == []


@pytest.mark.parametrize("month", ["2024-13", "2024-6", "", "abcd-ef"])
def test_a_malformed_month_is_refused(db: Database, month: str) -> None:
    with pytest.raises(ValidationError, match="YYYY-MM"):
        attendance_month.month_matrix(db, month)
