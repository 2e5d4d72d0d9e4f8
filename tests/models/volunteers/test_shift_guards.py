"""Schedule changes that would silently lose or misplace something are refused with a message
naming it and nothing written: a day to skip in a weekly pattern that is no date, lies outside
the period or falls on a weekday not chosen; cancelling a shift while a volunteer is signed in
to it (their sign-out would credit hours to a cancelled shift)."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError, WarmHomeError
from desktop.models.volunteers import shifts, sign_ins
from desktop.models.volunteers.shifts import PatternInput
from desktop.models.volunteers.signups import sign_up
from tests.conftest import STAFF
from tests.models.volunteers.shifts_support import POST_CARE, rows, shift, vol_db, volunteer

__all__ = ["vol_db"]

# Mondays and Wednesdays of June 2024 from Monday 3 June to Friday 28 June.
PATTERN = PatternInput(POST_CARE, "13", "09:00", "11:00", 2, "2024-06-03", "2024-06-28")


@pytest.mark.parametrize(("typed", "message"), [
    ("2024-02-30", "跳过的日子“2024-02-30”不是有效日期：请写成 年-月-日，例如 2024-06-10"),
    ("6月10日", "跳过的日子“6月10日”不是有效日期：请写成 年-月-日，例如 2024-06-10"),
    ("2024-07-01", "跳过的日子 2024-07-01 不在排班期间 2024-06-03 至 2024-06-28 之内：请检查"),
    ("2024-06-11", "跳过的日子 2024-06-11 不是所选的星期几，本来就不排班：请检查日期"),
])
def test_a_day_to_skip_that_would_be_dropped_is_refused(vol_db: Database, typed: str,
                                                        message: str) -> None:
    before = rows(vol_db)
    with pytest.raises(ValidationError) as error:
        shifts.create_pattern(vol_db, PATTERN, actor=STAFF, holidays=("2024-06-10", typed))
    assert error.value.fields == {"holidays": message}
    assert rows(vol_db) == before


def test_a_day_to_skip_in_the_pattern_is_skipped(vol_db: Database) -> None:
    made = shifts.create_pattern(vol_db, PATTERN, actor=STAFF, holidays=(" 2024-06-10 ",))
    assert made.skipped == ("2024-06-10",)
    assert len(made.shift_ids) == 7


def test_a_shift_with_a_volunteer_still_signed_in_is_not_cancelled(vol_db: Database) -> None:
    wang = volunteer(vol_db, "王芳", 11)
    li = volunteer(vol_db, "李强", 12)
    today = shift(vol_db, day="2024-06-03", starts_at="08:00", ends_at="10:00")
    sign_up(vol_db, today, wang, actor=STAFF)
    sign_up(vol_db, today, li, actor=STAFF)
    came = sign_ins.volunteer_sign_in(vol_db, wang, method="staff", actor=STAFF,
                                      now=datetime(2024, 6, 3, 8, 5)).sign_in
    assert came.shift_id == today
    before = rows(vol_db)
    with pytest.raises(WarmHomeError) as error:
        shifts.cancel_shift(vol_db, today, "暴雨停课", actor=STAFF)
    assert str(error.value) == ("王芳 已签到这个班次，还没有签退：请先在“签到记录”里为 TA 签退"
                                "（或按班次结束计），再取消班次")
    assert rows(vol_db) == before
    assert shifts.get_shift(vol_db, today).cancelled_at is None
    # Signed out (09:00, the clock's now): the shift may be cancelled.
    sign_ins.volunteer_sign_out(vol_db, came.id, actor=STAFF, method="staff")
    assert shifts.cancel_shift(vol_db, today, "暴雨停课", actor=STAFF) == 2
