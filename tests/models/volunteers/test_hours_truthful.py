"""Recorded hours are actual service time: rounded DOWN to the step (140 minutes are 2 h, not
2.5 h), 补录服务 rounded the same way as a sign-out, and a sign-in's hours never credited twice
(按班次结束计 or 代签退 on a sign-in that already has a service row is refused, nothing
written, instead of failing on the database)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.errors import ValidationError
from desktop.models.volunteers import rules, sign_ins
from desktop.models.volunteers.service_entries import ServiceEntry, add_service
from desktop.models.volunteers.sign_ins import VolunteerSignInError
from tests.conftest import STAFF
from tests.models.volunteers import ledger_support
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


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute)


@pytest.mark.parametrize(("served", "step", "recorded"), [
    (140, 30, 120), (149, 30, 120), (150, 30, 150), (29, 30, 0), (59, 60, 0), (61, 15, 60),
    (47, 1, 47), (0, 30, 0)])
def test_rounding_never_credits_time_not_served(served: int, step: int, recorded: int) -> None:
    assert rules.round_minutes(served, step) == recorded
    assert rules.service_minutes("2024-05-14", "09:00", "12:00", "2024-05-14T09:00:00",
                                 f"2024-05-14T{9 + served // 60:02d}:{served % 60:02d}:00",
                                 step) == recorded


def test_a_sign_out_after_2h20_is_recorded_as_2_hours(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(8, 58))
    li = volunteer(db, "李志愿", 1)
    sign_up(db, shift(db, DAY, "09:00", "12:00"), li)
    came = sign_ins.volunteer_sign_in(db, li, method="card", actor=STAFF)
    clock.set(_at(11, 20))
    done = sign_ins.volunteer_sign_out(db, came.sign_in.id, actor=STAFF, method="staff")
    assert done.minutes == 120
    assert service_rows(db) == [(done.id, 120, "助餐", True)]


def test_entered_service_is_rounded_down_like_a_sign_out(tmp_path: Path) -> None:
    db = ledger_support.open_clocked(tmp_path)
    wang = ledger_support.volunteer(db, "王志愿", 1)
    meals = ledger_support.post_id(db)
    before = ledger_support.counts(db)
    with pytest.raises(ValidationError) as error:
        add_service(db, ServiceEntry(wang, "2024-06-18", meals, 25, "午餐分餐"), actor=STAFF)
    assert error.value.fields == {
        "minutes": "服务时长 25 分钟不满取整单位 30 分钟，取整后为 0，不能记录：请核对时长"}
    assert ledger_support.counts(db) == before
    entry = add_service(db, ServiceEntry(wang, "2024-06-18", meals, 140, "午餐分餐"),
                        actor=STAFF)
    assert db.scalar("SELECT minutes FROM volunteer_service WHERE id = ?", (entry,)) == 120
    assert '"minutes": 120' in db.scalar(
        "SELECT after FROM audit_log WHERE table_name = 'volunteer_service' AND record_id = ?",
        (entry,))


def _credited_without_sign_out(db, person: int, shift_id: int) -> int:
    """A sign-in never signed out that already has a service row (as the old demo wrote)."""
    with db.transaction():
        sign_in_id = int(db.execute(
            "INSERT INTO volunteer_sign_in (person_id, day, shift_id, signed_in_at, method,"
            " recorded_by, created_at) VALUES (?, ?, ?, ?, 'card', 'kiosk', ?)",
            (person, DAY.isoformat(), shift_id, f"{DAY}T08:55:00",
             f"{DAY}T08:55:00")).lastrowid or 0)
        db.execute("INSERT INTO volunteer_service (person_id, day, post_id, shift_id,"
                   " sign_in_id, minutes, content, recorded_by, created_at)"
                   " VALUES (?, ?, ?, ?, ?, 120, '助餐', 'demo', ?)",
                   (person, DAY.isoformat(), post_id(db), shift_id, sign_in_id,
                    f"{DAY}T11:30:00"))
    return sign_in_id


def test_crediting_a_sign_in_twice_is_refused_with_nothing_written(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path, _at(10, 30))
    li = volunteer(db, "李志愿", 1)
    early = shift(db, DAY, "08:00", "10:00")
    sign_up(db, early, li)
    record = _credited_without_sign_out(db, li, early)
    before = counts(db)
    message = ("李志愿 2024-05-14 的这次签到已经计了 2.0 小时服务时长，不能再计一次："
               "时间有误请用“更正时间”")
    with pytest.raises(VolunteerSignInError) as error:
        sign_ins.confirm_shift_end(db, record, actor=STAFF, reason="忘记签退")
    assert str(error.value) == message
    assert counts(db) == before
    with pytest.raises(VolunteerSignInError) as error:
        sign_ins.volunteer_sign_out(db, record, actor=STAFF, method="staff")
    assert str(error.value) == message
    assert counts(db) == before
    assert db.scalar("SELECT signed_out_at FROM volunteer_sign_in WHERE id = ?",
                     (record,)) is None
