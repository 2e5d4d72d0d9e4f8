"""员工代签到 for a shift: staff choose one of the volunteer's shifts of the day and give the
times they came and left; a past shift is then signed in to that shift (not 临时服务) and its
hours credited as a sign-out would, in one transaction. Bad times and a shift not theirs are
refused with nothing written."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from desktop.models.errors import ValidationError
from desktop.models.volunteers import no_shows, sign_ins, staff_sign_ins
from desktop.models.volunteers.sign_ins import SignInOutcome, SignInState, VolunteerSignInError
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    service_rows,
    shift,
    sign_up,
    volunteer,
)

YESTERDAY = date(2024, 5, 13)


def test_a_past_shift_is_signed_in_and_out_at_the_given_times(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 10, 0))
    wang = volunteer(db, "王志愿", 1)
    early = shift(db, YESTERDAY, "09:00", "11:00")
    late = shift(db, YESTERDAY, "14:00", "16:00", post="文体活动")
    sign_up(db, early, wang)
    sign_up(db, late, wang)
    choices = staff_sign_ins.shifts_to_sign(db, wang, YESTERDAY)
    assert [(c.shift_id, c.label) for c in choices] == [(early, "助餐 09:00–11:00"),
                                                          (late, "文体活动 14:00–16:00")]
    result = staff_sign_ins.staff_sign_in(db, wang, day=YESTERDAY, signed_in=time(14),
                                          signed_out=time(15, 50), shift_id=late, actor=STAFF)
    record = result.sign_in
    assert result.status == SignInOutcome.SIGNED_IN
    assert (record.shift_id, record.signed_in_at, record.signed_out_at) == (
        late, "2024-05-13T14:00:00", "2024-05-13T15:50:00")
    assert (record.minutes, record.state, record.method) == (90, SignInState.CONFIRMED, "staff")
    assert service_rows(db) == [(record.id, 90, "文体活动", True)]
    # Only the morning is left to sign in to; the afternoon is not marked 未到.
    assert [c.shift_id for c in staff_sign_ins.shifts_to_sign(db, wang, YESTERDAY)] == [early]
    marked = no_shows.mark_no_shows(db, clock.now(), actor=STAFF)
    assert [n.post_name for n in no_shows.day_no_shows(db, YESTERDAY, actor=STAFF)] == ["助餐"]
    assert len(marked) == 1


def test_a_shift_marked_no_show_is_signed_in_and_the_no_show_undone(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path)
    wang = volunteer(db, "王志愿", 1)
    meals = shift(db, DAY, "09:00", "11:00")
    signup = sign_up(db, meals, wang)
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == [signup]
    [choice] = staff_sign_ins.shifts_to_sign(db, wang, DAY)
    assert choice.label == "助餐 09:00–11:00（已记未到，代签到后撤销）"
    record = staff_sign_ins.staff_sign_in(db, wang, day=DAY, signed_in=time(9),
                                          signed_out=time(11), shift_id=meals,
                                          actor=STAFF).sign_in
    assert (record.shift_id, record.minutes) == (meals, 120)
    assert db.scalar("SELECT status || ':' || reason FROM volunteer_signup WHERE id = ?",
                     (signup,)) == "signed_up:员工代签到：本人来了"
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == []
    assert staff_sign_ins.shifts_to_sign(db, wang, DAY) == []


def test_still_signed_in_leaves_the_no_show_and_writes_nothing(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path)
    wang = volunteer(db, "王志愿", 1)
    meals = shift(db, DAY, "09:00", "11:00")
    sign_up(db, meals, wang)
    no_shows.mark_no_shows(db, clock.now(), actor=STAFF)
    sign_ins.volunteer_sign_in(db, wang, method="staff", actor=STAFF,
                               now=datetime(2024, 5, 14, 11, 30))
    before = counts(db)
    with pytest.raises(VolunteerSignInError) as error:
        staff_sign_ins.staff_sign_in(db, wang, day=DAY, signed_in=time(9), shift_id=meals,
                                     actor=STAFF)
    assert str(error.value) == "王志愿 已于 11:30 签到，还没有签退：请先为 TA 签退"
    assert counts(db) == before


def test_without_a_sign_out_the_sign_in_stays_open_on_its_shift(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    wang = volunteer(db, "王志愿", 1)
    meals = shift(db, DAY, "09:00", "11:00")
    sign_up(db, meals, wang)
    record = staff_sign_ins.staff_sign_in(db, wang, day=DAY, signed_in=time(9),
                                          shift_id=meals, actor=STAFF).sign_in
    assert (record.shift_id, record.state, record.minutes) == (meals, SignInState.OPEN, None)


@pytest.mark.parametrize(("came", "left", "fields"), [
    (time(10), time(9, 30), {"signed_out_at": "签退时间 09:30 早于签到时间 10:00：请核对时间"}),
    (time(11), time(12, 30), {"signed_in_at": "时间不能晚于现在"}),
])
def test_bad_times_are_refused_with_nothing_written(tmp_path: Path, came: time, left: time,
                                                   fields: dict[str, str]) -> None:
    db, _ = open_clocked(tmp_path)  # noon
    wang = volunteer(db, "王志愿", 1)
    meals = shift(db, DAY, "09:00", "11:00")
    sign_up(db, meals, wang)
    before = counts(db)
    with pytest.raises(ValidationError) as error:
        staff_sign_ins.staff_sign_in(db, wang, day=DAY, signed_in=came, signed_out=left,
                                     shift_id=meals, actor=STAFF)
    assert error.value.fields == fields
    assert counts(db) == before


def test_a_shift_not_theirs_is_refused_with_nothing_written(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    wang = volunteer(db, "王志愿", 1)
    li = volunteer(db, "李志愿", 2)
    meals = shift(db, DAY, "09:00", "11:00")
    sign_up(db, meals, li)
    before = counts(db)
    with pytest.raises(VolunteerSignInError) as error:
        staff_sign_ins.staff_sign_in(db, wang, day=DAY, signed_in=time(9), signed_out=time(11),
                                     shift_id=meals, actor=STAFF)
    assert str(error.value) == ("王志愿 在 2024-05-14 没有报名这个班次，或已为这个班次签到过："
                                "请重新选择班次")
    assert counts(db) == before
    assert sign_ins.day_sign_ins(db, DAY, actor=STAFF) == []
