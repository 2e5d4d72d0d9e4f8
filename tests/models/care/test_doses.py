"""Medication doses: recording given / refused / missed, correcting by void and record again,
the doses due now for the home page, and each refusal with its message and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.care import doses
from desktop.models.care.day_care import NotPresentError
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import dashboard
from desktop.models.reporting.indicators import Severity
from desktop.models.reporting.month_close import MonthClosedError
from tests.care_support import (
    CARE_DAY,
    CARE_NOW,
    CareCentre,
    add_day_care_member,
    add_medication,
    sign_in,
)
from tests.conftest import STAFF, submit_month
from tests.models.care.care_log_support import (
    centre_present,
    counts,
    open_clocked,
)

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[Database]:
    """A database whose clock stands at noon on CARE_DAY."""
    database = open_clocked(tmp_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def centre(clocked: Database) -> CareCentre:
    """The care centre, present on CARE_DAY and APRIL_DAY."""
    return centre_present(clocked)


def give(db: Database, centre: CareCentre, person: int, at: str = "12:00", *,
         day: date | str = CARE_DAY, status: str = "given", scheduled: str = "12:00") -> int:
    return doses.record_dose(db, centre.medication[person], day, scheduled, status, at,
                             "张护士", "", actor=STAFF, person_id=person)


def test_a_dose_is_recorded_with_its_audit_entry(clocked: Database, centre: CareCentre) -> None:
    wang = centre.members[0]
    dose_id = give(clocked, centre, wang, "11:58")
    row = clocked.query_one("SELECT * FROM care_dose WHERE id = ?", (dose_id,))
    assert row is not None
    assert (row["person_id"], row["day"], row["scheduled_time"], row["status"],
            row["at_time"], row["given_by"], row["recorded_by"]) == (
        wang, "2024-05-13", "12:00", "given", "11:58", "张护士", "staff")
    audit = clocked.query_one("SELECT action, after FROM audit_log WHERE table_name ="
                              " 'care_dose' AND record_id = ?", (dose_id,))
    assert audit is not None and audit["action"] == "create" and '"status": "given"' in \
        audit["after"]
    day = doses.day_doses(clocked, CARE_DAY, actor=STAFF)
    assert [(d.name, d.time, d.status) for d in day] == [
        ("王芳", "08:00", None), ("李强", "12:00", None), ("王芳", "12:00", "given"),
        ("赵敏", "12:00", None)]


def test_a_refused_dose_needs_no_giver_and_a_given_one_does(clocked: Database,
                                                            centre: CareCentre) -> None:
    li = centre.members[1]
    doses.record_dose(clocked, centre.medication[li], CARE_DAY, "12:00", "refused", "11:50",
                      "", "不肯吃", actor=STAFF)
    before = counts(clocked)
    with pytest.raises(ValidationError, match="请填写给药人"):
        doses.record_dose(clocked, centre.medication[centre.members[2]], CARE_DAY, "12:00",
                          "given", "11:50", " ", "", actor=STAFF)
    assert counts(clocked) == before


@pytest.mark.parametrize("field", ["scheduled", "at"])
def test_a_time_outside_the_day_is_refused(clocked: Database, centre: CareCentre,
                                           field: str) -> None:
    before = counts(clocked)
    with pytest.raises(ValidationError) as refused:
        if field == "at":
            give(clocked, centre, centre.members[0], "25:00")
        else:
            give(clocked, centre, centre.members[0], "12:00", scheduled="25:00")
    assert refused.value.message == "时间“25:00”不在一天之内：请写成 时:分，例如 08:30 或 13:00"
    assert counts(clocked) == before


def test_a_time_later_than_now_is_refused_today(clocked: Database, centre: CareCentre) -> None:
    before = counts(clocked)
    with pytest.raises(ValidationError) as refused:
        give(clocked, centre, centre.members[0], "12:30")
    assert refused.value.message == ("服药时间 12:30 还没到：请填写实际服药（或确认拒服、漏服）"
                                     "的时间")
    assert counts(clocked) == before


def test_a_medicine_the_member_does_not_take_is_refused(clocked: Database,
                                                        centre: CareCentre) -> None:
    wang, li, _ = centre.members
    stopped = add_medication(clocked, li, medicine="奥氮平片", times="12:00",
                             starts_on="2024-06-01")
    before = counts(clocked)
    cases = [
        (lambda: doses.record_dose(clocked, centre.medication[wang], CARE_DAY, "12:00",
                                   "given", "12:00", "张护士", actor=STAFF, person_id=li),
         "李强 没有“丙戊酸钠缓释片”这项用药安排：请核对是谁的药"),
        (lambda: doses.record_dose(clocked, stopped, CARE_DAY, "12:00", "given", "12:00",
                                   "张护士", actor=STAFF),
         "李强 在 2024-05-13 没有在服“奥氮平片”（用药安排未开始或已停止）：请先在照料档案中"
         "核对用药安排"),
        (lambda: give(clocked, centre, li, "10:00", scheduled="10:00"),
         "李强 的“丙戊酸钠缓释片”服药时间是 12:00，没有 10:00 这一次"),
        (lambda: doses.record_dose(clocked, 9999, CARE_DAY, "12:00", "given", "12:00",
                                   "张护士", actor=STAFF),
         "没有编号为 9999 的用药安排"),
    ]
    for call, message in cases:
        with pytest.raises(Exception) as refused:
            call()
        assert refused.value.message == message  # type: ignore[attr-defined]
    assert counts(clocked) == before


def test_a_member_not_present_is_refused(clocked: Database, centre: CareCentre) -> None:
    absent = add_day_care_member(clocked, "周杰", 140)
    medication = add_medication(clocked, absent, times="12:00")
    before = counts(clocked)
    with pytest.raises(NotPresentError) as refused:
        doses.record_dose(clocked, medication, CARE_DAY, "12:00", "given", "12:00", "张护士",
                          actor=STAFF)
    assert refused.value.message.startswith("周杰 在 2024-05-13 没有签到，不能记录照料")
    assert counts(clocked) == before


def test_a_closed_month_is_refused(clocked: Database, centre: CareCentre) -> None:
    give(clocked, centre, centre.members[1], day="2024-04-15")
    dose_id = int(clocked.scalar("SELECT id FROM care_dose"))
    submit_month(clocked, "2024-04", today=CARE_DAY)
    before = counts(clocked)
    for call in (lambda: give(clocked, centre, centre.members[0], day="2024-04-15"),
                 lambda: doses.void_dose(clocked, dose_id, reason="记错了", actor=STAFF)):
        with pytest.raises(MonthClosedError, match="2024-04"):
            call()
    assert counts(clocked) == before


def test_a_dose_is_recorded_once_and_corrected_by_void_and_record_again(
        clocked: Database, centre: CareCentre) -> None:
    wang = centre.members[0]
    first = give(clocked, centre, wang, "11:55")
    before = counts(clocked)
    with pytest.raises(Exception) as refused:
        give(clocked, centre, wang, "12:00", status="refused")
    assert refused.value.message == (  # type: ignore[attr-defined]
        "2024-05-13 12:00 的“丙戊酸钠缓释片”已记录为已服（11:55）：如需更正，请在“用药”页"
        "作废原记录后重新记录")
    assert counts(clocked) == before
    second = doses.correct_dose(clocked, first, status="refused", at_time="11:58",
                                given_by="张护士", note="吐出来了", reason="记错了", actor=STAFF)
    history = doses.dose_history(clocked, CARE_DAY, actor=STAFF)
    assert [(h.id, h.status, h.void_reason) for h in history] == [
        (first, "given", "记错了"), (second, "refused", None)]
    assert [r[0] for r in clocked.query("SELECT action FROM audit_log WHERE table_name ="
                                        " 'care_dose' ORDER BY id")] == ["create", "void",
                                                                          "create"]
    with pytest.raises(ValidationError, match="请写明作废的原因"):
        doses.void_dose(clocked, second, reason=" ", actor=STAFF)


def test_several_medicines_at_one_time_are_recorded_together_or_not_at_all(
        clocked: Database, centre: CareCentre) -> None:
    wang = centre.members[0]
    second = add_medication(clocked, wang, medicine="奥氮平片", dose="5mg", times="12:00")
    before = counts(clocked)
    with pytest.raises(ValidationError, match="请填写给药人"):
        doses.record_doses(clocked, (centre.medication[wang], second), CARE_DAY, "12:00",
                           "given", "11:59", "", actor=STAFF, person_id=wang)
    assert counts(clocked) == before
    ids = doses.record_doses(clocked, (centre.medication[wang], second), CARE_DAY, "12:00",
                             "given", "11:59", "张护士", actor=STAFF, person_id=wang)
    assert len(ids) == 2
    assert clocked.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'care_dose'") == 2


def test_doses_due_are_those_of_the_last_hours_not_recorded(clocked: Database,
                                                            centre: CareCentre) -> None:
    wang, _, zhao = centre.members
    due = doses.doses_due(clocked, CARE_NOW)
    # 08:00 is four hours ago: no longer "due now" (it stays on the 用药 tab as 未记录).
    assert [(d.name, d.time) for d in due] == [("李强", "12:00"), ("王芳", "12:00"),
                                                ("赵敏", "12:00")]
    give(clocked, centre, wang)
    assert [d.name for d in doses.doses_due(clocked, CARE_NOW)] == ["李强", "赵敏"]
    # 赵敏 went home at 11:30: her 12:00 dose is not due here.
    with clocked.transaction():
        clocked.execute("UPDATE sign_in SET signed_out_at = ? WHERE person_id = ? AND day = ?",
                        ("2024-05-13T11:30:00", zhao, "2024-05-13"))
    assert [d.name for d in doses.doses_due(clocked, CARE_NOW)] == ["李强"]
    assert doses.doses_due(clocked, datetime.combine(CARE_DAY, time(11, 59))) == []
    assert [d.time for d in doses.doses_due(clocked, datetime.combine(CARE_DAY, time(8, 0)))] \
        == ["08:00"]


def test_the_home_page_warns_of_doses_due(clocked: Database, centre: CareCentre) -> None:
    [alert] = doses.due_alerts(clocked, CARE_NOW)
    assert alert.severity is Severity.WARNING and alert.target == "care"
    assert alert.message == "有 3 次服药到时间还没有记录：李强 12:00、王芳 12:00、赵敏 12:00"
    assert alert in dashboard.alerts(clocked, CARE_NOW)
    for person in centre.members:
        give(clocked, centre, person)
    assert doses.due_alerts(clocked, CARE_NOW) == []


def test_more_than_five_doses_due_are_cut_short(clocked: Database, centre: CareCentre) -> None:
    for seq in range(4):
        person = add_day_care_member(clocked, f"测试{seq}", 300 + seq)
        add_medication(clocked, person, times="11:00")
        sign_in(clocked, person, CARE_DAY)
    [alert] = doses.due_alerts(clocked, CARE_NOW)
    assert alert.message.startswith("有 7 次服药到时间还没有记录：")
    assert alert.message.endswith(" …")


def test_the_kiosk_account_may_not_see_or_record_doses(clocked: Database,
                                                       centre: CareCentre) -> None:
    before = counts(clocked)
    for call in (lambda: doses.day_doses(clocked, CARE_DAY, actor=KIOSK),
                 lambda: doses.dose_history(clocked, CARE_DAY, actor=KIOSK),
                 lambda: doses.record_dose(clocked, centre.medication[centre.members[0]],
                                           CARE_DAY, "12:00", "given", "12:00", "张护士",
                                           actor=KIOSK)):
        with pytest.raises(PermissionDenied):
            call()
    assert counts(clocked) == before


def test_the_default_giver_is_the_accounts_name(clocked: Database) -> None:
    from desktop.models.admin import accounts
    accounts.create_account(clocked, "boss", "Passw0rd!23", Role.ADMIN, actor=Actor(
        "admin", Role.ADMIN))
    accounts.create_account(clocked, "nurse", "Passw0rd!23", Role.STAFF, actor=Actor(
        "admin", Role.ADMIN), display_name="张护士")
    assert doses.default_giver(clocked, Actor("nurse", Role.STAFF)) == "张护士"
    assert doses.default_giver(clocked, STAFF) == "staff"
    assert isinstance(clocked.clock, FixedClock)


@pytest.mark.parametrize(("now", "offered"), [
    (datetime(2024, 5, 13, 12, 10), "12:10"),   # on time: now
    (datetime(2024, 5, 13, 13, 0), "13:00"),    # within the hour: still now
    (datetime(2024, 5, 13, 16, 30), "12:00"),   # entered late: the dose's own time
    (datetime(2024, 5, 14, 9, 0), "12:00"),     # the next day (from paper): its own time
    (datetime(2024, 5, 13, 11, 0), "12:00"),    # not due yet: its own time
])
def test_a_late_entry_is_offered_the_scheduled_time(now: datetime, offered: str) -> None:
    assert doses.default_time(date(2024, 5, 13), "12:00", now) == offered
