"""Hand-over at the end of the day: who collected a member and when, the sign-out it records,
voiding and recording again, the flags of members still here, the home-page alert."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop.models.admin.centre import set_setting
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance
from desktop.models.care import handover
from desktop.models.care.day_care import CLOSING_TIME_KEY, NotPresentError
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.reporting import dashboard
from desktop.models.reporting.month_close import MonthClosedError
from tests.care_support import (
    CARE_DAY,
    CareCentre,
    add_day_care_member,
    add_pickup,
    care_centre,
    sign_in,
)
from tests.conftest import STAFF, submit_month

DAY = CARE_DAY.isoformat()
EVENING = datetime.combine(CARE_DAY, time(17, 30))
KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(EVENING)


@pytest.fixture
def care_db(db_path: Path, clock: FixedClock) -> Iterator[Database]:
    database = open_database(db_path, clock=clock)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def centre(care_db: Database) -> CareCentre:
    return care_centre(care_db)


def counts(db: Database) -> dict[str, object]:
    """What a hand-over writes: its rows, the audit log, and the day's sign-outs."""
    return {"handovers": db.scalar("SELECT count(*) FROM care_handover"),
            "audit": db.scalar("SELECT count(*) FROM audit_log"),
            "sign_outs": db.query("SELECT id, signed_out_at FROM sign_in ORDER BY id")}


def sign_out_of(db: Database, person_id: int, day: str = DAY) -> str | None:
    record = attendance.todays_sign_in(db, person_id, day)
    assert record is not None
    return record.signed_out_at


def test_a_listed_pickup_is_recorded_and_signs_the_member_out(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    handover_id = handover.record_handover(care_db, member, DAY,
                                           pickup_id=centre.pickups[member],
                                           collected_at="16:30", actor=STAFF)
    record = handover.get_handover(care_db, handover_id, actor=STAFF)
    assert (record.collector_name, record.collected_at, record.pickup_id, record.reason,
            record.relation) == ("王家长", "16:30", centre.pickups[member], "", "父亲")
    assert record.from_list and not record.voided
    # The sign-out is recorded in attendance at the collection time, in the same action.
    assert sign_out_of(care_db, member) == f"{DAY}T16:30:00"
    logged = care_db.query("SELECT action, table_name FROM audit_log ORDER BY id DESC LIMIT 2")
    assert [(r[0], r[1]) for r in logged] == [("update", "sign_in"), ("create", "care_handover")]


def test_someone_not_on_the_list_without_a_reason_is_refused_and_nothing_written(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        handover.record_handover(care_db, member, DAY, collector_name="张阿姨",
                                 collected_at="16:30", actor=STAFF)
    assert refused.value.fields["reason"] == (
        "“张阿姨”不在王芳的接送名单上：请写明由他接走的原因（例如：家长电话委托），"
        "或先在照料档案中添加这位接送人")
    assert counts(care_db) == before
    # With the reason it is recorded, marked as not from the list.
    handover_id = handover.record_handover(care_db, member, DAY, collector_name=" 张阿姨 ",
                                           collected_at="16:30", reason="家长电话委托邻居",
                                           actor=STAFF)
    record = handover.get_handover(care_db, handover_id, actor=STAFF)
    assert (record.pickup_id, record.collector_name, record.reason) == (
        None, "张阿姨", "家长电话委托邻居")
    assert not record.from_list


def test_a_typed_name_on_the_list_counts_as_that_pickup(care_db: Database,
                                                        centre: CareCentre) -> None:
    member = centre.members[1]
    handover_id = handover.record_handover(care_db, member, DAY, collector_name="李家长",
                                           collected_at="16:45", actor=STAFF)
    assert handover.get_handover(care_db, handover_id, actor=STAFF).pickup_id == \
        centre.pickups[member]


def test_a_pickup_of_another_member_or_no_longer_active_is_refused(
        care_db: Database, centre: CareCentre) -> None:
    first, second = centre.members[:2]
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        handover.record_handover(care_db, first, DAY, pickup_id=centre.pickups[second],
                                 collected_at="16:30", actor=STAFF)
    assert refused.value.fields["pickup_id"] == (
        "所选的接送人不在王芳目前的接送名单上：请重新选择，或选“其他人”并写明原因")
    with care_db.transaction():
        care_db.execute("UPDATE care_pickup SET active = 0 WHERE id = ?",
                        (centre.pickups[first],))
    with pytest.raises(ValidationError):
        handover.record_handover(care_db, first, DAY, pickup_id=centre.pickups[first],
                                 collected_at="16:30", actor=STAFF)
    assert counts(care_db) == before
    assert handover.allowed_pickups(care_db, first, actor=STAFF) == []


@pytest.mark.parametrize("typed", ["25:00", "16:75", "下午四点", ""])
def test_a_time_outside_the_day_is_refused_and_nothing_written(
        care_db: Database, centre: CareCentre, typed: str) -> None:
    member = centre.members[0]
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at=typed, actor=STAFF)
    assert refused.value.fields["collected_at"] == (
        f"时间“{typed}”不在一天之内：请写成 时:分，例如 08:30 或 13:00")
    assert counts(care_db) == before


def test_a_time_still_to_come_or_before_the_sign_in_is_refused(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at="18:00", actor=STAFF)
    assert refused.value.fields["collected_at"] == (
        f"接走时间 {DAY} 18:00 还没到：请在会员被接走后再登记")
    with pytest.raises(ValidationError) as refused:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at="8:05", actor=STAFF)
    assert refused.value.fields["collected_at"] == "接走时间 08:05 早于签到时间 08:30：请核对时间"
    assert counts(care_db) == before


def test_a_member_who_did_not_sign_in_that_day_is_refused(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    before = counts(care_db)
    with pytest.raises(NotPresentError) as refused:
        handover.record_handover(care_db, member, "2024-05-10",
                                 pickup_id=centre.pickups[member], collected_at="16:30",
                                 actor=STAFF)
    assert (refused.value.person_id, refused.value.day) == (member, "2024-05-10")
    assert "王芳 在 2024-05-10 没有签到" in refused.value.message
    # Someone outside the programme is no day-care member at all.
    with pytest.raises(NotFoundError) as refused_other:
        handover.record_handover(care_db, centre.other, DAY, collector_name="孙家长",
                                 reason="测试", collected_at="16:30", actor=STAFF)
    assert "不是日间照料的在册会员" in refused_other.value.message
    assert counts(care_db) == before


def test_a_closed_month_is_refused_and_nothing_written(
        care_db: Database, centre: CareCentre, clock: FixedClock) -> None:
    clock.set(datetime(2024, 6, 5, 9, 0))
    submit_month(care_db, "2024-05", today=date(2024, 6, 5))
    member = centre.members[0]
    before = counts(care_db)
    with pytest.raises(MonthClosedError) as refused:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at="16:30", actor=STAFF)
    assert refused.value.message == "2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    assert counts(care_db) == before


def test_a_handover_of_a_closed_month_cannot_be_voided(
        care_db: Database, centre: CareCentre, clock: FixedClock) -> None:
    member = centre.members[0]
    handover_id = handover.record_handover(care_db, member, DAY,
                                           pickup_id=centre.pickups[member],
                                           collected_at="16:30", actor=STAFF)
    clock.set(datetime(2024, 6, 5, 9, 0))
    submit_month(care_db, "2024-05", today=date(2024, 6, 5))
    before = counts(care_db)
    with pytest.raises(MonthClosedError):
        handover.void_handover(care_db, handover_id, reason="时间记错", actor=STAFF)
    assert counts(care_db) == before


def test_a_member_without_a_care_profile_is_told_to_make_one_first(
        care_db: Database, centre: CareCentre) -> None:
    newcomer = add_day_care_member(care_db, "周新", 130, profile=False)
    sign_in(care_db, newcomer, CARE_DAY)
    before = counts(care_db)
    with pytest.raises(NotFoundError) as refused:
        handover.record_handover(care_db, newcomer, DAY, collector_name="周家长",
                                 reason="家长来接", collected_at="16:30", actor=STAFF)
    assert refused.value.message == \
        "周新 还没有照料档案：请先在“照料档案”中建立档案和接送名单，再登记离站交接"
    assert counts(care_db) == before


def test_a_second_handover_is_refused_until_the_first_is_voided(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    first = handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                     collected_at="16:00", actor=STAFF)
    before = counts(care_db)
    with pytest.raises(handover.HandoverError) as refused:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at="16:30", actor=STAFF)
    assert refused.value.message == (
        f"王芳 在 {DAY} 已登记由 王家长 于 16:00 接走：如有错误，请先作废这条交接再重新登记")
    assert counts(care_db) == before
    # Correcting: void with a reason (which takes back the sign-out it made), record again.
    with pytest.raises(ValidationError):
        handover.void_handover(care_db, first, reason="  ", actor=STAFF)
    handover.void_handover(care_db, first, reason="时间记错", actor=STAFF)
    voided = handover.get_handover(care_db, first, actor=STAFF)
    assert voided.voided and voided.void_reason == "时间记错"
    assert sign_out_of(care_db, member) is None
    second = handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                      collected_at="16:30", actor=STAFF)
    assert sign_out_of(care_db, member) == f"{DAY}T16:30:00"
    assert handover.handover_day(care_db, DAY, actor=STAFF)[1].handover == \
        handover.get_handover(care_db, second, actor=STAFF)
    with pytest.raises(handover.HandoverError):
        handover.void_handover(care_db, first, reason="再次", actor=STAFF)


def test_a_sign_out_already_there_is_left_alone(care_db: Database, centre: CareCentre) -> None:
    member = centre.members[2]
    record = attendance.todays_sign_in(care_db, member, DAY)
    assert record is not None
    attendance.sign_out(care_db, record.id, actor=STAFF,
                        now=datetime.combine(CARE_DAY, time(15, 50, 12)))
    # Collected later than the member signed out: they had left by then.
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at="16:00", actor=STAFF)
    assert refused.value.fields["collected_at"] == (
        "接走时间 16:00 晚于签退时间 15:50：会员签退时已离开，请填签退的时间；"
        "签退时间不对请先在“考勤”页更正")
    assert counts(care_db) == before
    handover_id = handover.record_handover(care_db, member, DAY,
                                           pickup_id=centre.pickups[member],
                                           collected_at="15:50", actor=STAFF)
    assert sign_out_of(care_db, member) == f"{DAY}T15:50:12"
    # Voiding it does not take back a sign-out it did not make.
    handover.void_handover(care_db, handover_id, reason="重复登记", actor=STAFF)
    assert sign_out_of(care_db, member) == f"{DAY}T15:50:12"


def test_the_day_lists_present_members_with_still_here_and_late(
        care_db: Database, centre: CareCentre, clock: FixedClock) -> None:
    first, second, third = centre.members
    clock.set(datetime.combine(CARE_DAY, time(16, 40)))
    handover.record_handover(care_db, first, DAY, pickup_id=centre.pickups[first],
                             collected_at="16:30", actor=STAFF)
    record = attendance.todays_sign_in(care_db, second, DAY)
    assert record is not None
    attendance.sign_out(care_db, record.id, actor=STAFF,
                        now=datetime.combine(CARE_DAY, time(16, 0)))
    day = {m.name: m for m in handover.handover_day(care_db, DAY, actor=STAFF)}
    # Only day-care members (孙丽 is outside the programme), by name.
    assert list(day) == ["李强", "王芳", "赵敏"]
    assert (day["王芳"].still_here, day["王芳"].signed_out, day["王芳"].handover is not None) \
        == (False, "16:30", True)
    assert (day["李强"].still_here, day["李强"].handover) == (False, None)
    assert (day["赵敏"].still_here, day["赵敏"].late) == (True, False)
    clock.set(datetime.combine(CARE_DAY, time(17, 0)))
    assert [m.name for m in handover.handover_day(care_db, DAY, actor=STAFF) if m.late] == \
        ["赵敏"]
    # The closing time is a setting.
    with care_db.transaction():
        set_setting(care_db, CLOSING_TIME_KEY, "17:30")
    assert not any(m.late for m in handover.handover_day(care_db, DAY, actor=STAFF))
    assert third == day["赵敏"].person_id


def test_not_collected_alert_after_closing_time_today_only(
        care_db: Database, centre: CareCentre, clock: FixedClock) -> None:
    before_closing = datetime.combine(CARE_DAY, time(16, 59))
    assert handover.not_collected_alerts(care_db, before_closing) == []
    alerts = [a for a in dashboard.alerts(care_db, EVENING) if a.key == "care.not_collected"]
    assert len(alerts) == 1
    assert (alerts[0].severity.value, alerts[0].target) == ("warning", "care")
    assert alerts[0].message == (
        "已过闭馆时间 17:00，3 名日间照料会员仍未接走：李强、王芳、赵敏；请联系家属，接走后在"
        "“日间照料 → 离站交接”登记")
    for member in centre.members:
        handover.record_handover(care_db, member, DAY, pickup_id=centre.pickups[member],
                                 collected_at="17:10", actor=STAFF)
    assert handover.not_collected_alerts(care_db, EVENING) == []
    # The next day nobody signed in yet: nothing to flag, whatever the time.
    assert handover.not_collected_alerts(care_db, EVENING + timedelta(days=1)) == []
    clock.set(EVENING + timedelta(days=1))
    sign_in(care_db, centre.members[0], CARE_DAY + timedelta(days=1))
    assert len(handover.not_collected_alerts(care_db, EVENING + timedelta(days=1))) == 1


def test_a_second_listed_pickup_is_offered_guardians_first(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    with care_db.transaction():
        other = care_db.execute(
            "INSERT INTO care_pickup (person_id, name, relation, phone, is_guardian,"
            " created_at, updated_at) VALUES (?, '王舅舅', '舅舅', '', 0, '2024-01-02T09:00:00',"
            " '2024-01-02T09:00:00')", (member,)).lastrowid
    guardian = add_pickup(care_db, member, name="王妈妈", relation="母亲")
    assert [p.id for p in handover.allowed_pickups(care_db, member, actor=STAFF)] == [
        centre.pickups[member], guardian, other]


def test_the_kiosk_account_may_not_see_or_record_handovers(
        care_db: Database, centre: CareCentre) -> None:
    member = centre.members[0]
    before = counts(care_db)
    for call in (
            lambda: handover.record_handover(care_db, member, DAY,
                                             pickup_id=centre.pickups[member],
                                             collected_at="16:30", actor=KIOSK),
            lambda: handover.handover_day(care_db, DAY, actor=KIOSK),
            lambda: handover.allowed_pickups(care_db, member, actor=KIOSK),
            lambda: handover.void_handover(care_db, 1, reason="x", actor=KIOSK)):
        with pytest.raises(PermissionDenied):
            call()
    assert counts(care_db) == before
