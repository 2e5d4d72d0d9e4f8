"""No-shows: who is marked (ended shifts, no linked sign-in), staff corrections with a reason,
the rate, and what is refused with nothing written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.volunteers import no_shows, sign_ins
from desktop.models.volunteers.no_shows import NoShowError
from tests.conftest import STAFF, submit_month
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    shift,
    sign_up,
    volunteer,
)


def _status(db: Database, signup_id: int) -> str:
    return str(db.scalar("SELECT status FROM volunteer_signup WHERE id = ?", (signup_id,)))


def test_only_ended_shifts_without_a_linked_sign_in_are_marked(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 8, 55))
    li, wang, zhao = (volunteer(db, name, n) for n, name in
                      enumerate(("李志愿", "王志愿", "赵志愿"), 1))
    morning = shift(db, DAY, "09:00", "11:00")
    evening = shift(db, DAY, "17:00", "19:00")
    rained = shift(db, DAY, "09:00", "11:00", post="文体活动", cancelled=True)
    came = sign_up(db, morning, li)
    missed = sign_up(db, morning, wang)
    later = sign_up(db, evening, zhao)
    off = sign_up(db, rained, zhao)
    sign_ins.volunteer_sign_in(db, li, method="card", actor=STAFF)
    clock.set(datetime(2024, 5, 14, 12))
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == [missed]
    assert [_status(db, s) for s in (came, missed, later, off)] == [
        "signed_up", "no_show", "signed_up", "signed_up"]
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_signup'"
                     " AND record_id = ?", (missed,)) == 1
    # Marking again finds nothing new.
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == []
    assert [n.name for n in no_shows.day_no_shows(db, DAY, actor=STAFF)] == ["王志愿"]
    assert no_shows.no_show_rate(db, wang, "2024-05-01") == 1.0
    assert no_shows.no_show_rate(db, li, "2024-05-01") == 0.0


def test_staff_correct_a_wrong_mark_with_a_reason(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 12))
    wang = volunteer(db, "王志愿", 2)
    first = sign_up(db, shift(db, DAY, "09:00", "10:00"), wang)
    second = sign_up(db, shift(db, DAY, "10:00", "11:00", post="文体活动"), wang)
    no_shows.mark_no_shows(db, clock.now(), actor=STAFF)
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        no_shows.excuse(db, first, " ", actor=STAFF)
    assert refused.value.fields["reason"] == "请填写原因"
    with pytest.raises(ValidationError):
        no_shows.undo_no_show(db, first, "", actor=STAFF)
    assert counts(db) == before
    no_shows.excuse(db, first, "前一天电话请假", actor=STAFF)
    no_shows.undo_no_show(db, second, "来了，忘记签到", actor=STAFF)
    assert [_status(db, s) for s in (first, second)] == ["excused", "signed_up"]
    with pytest.raises(NoShowError) as again:
        no_shows.excuse(db, first, "重复", actor=STAFF)
    assert str(again.value) == "这条报名没有标记为未到：不需要更正"
    assert no_shows.no_show_rate(db, wang, DAY) == 0.0


def test_a_closed_month_is_left_alone_and_refused(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 4, 10, 12))
    wang = volunteer(db, "王志愿", 2)
    april = sign_up(db, shift(db, datetime(2024, 4, 10).date(), "09:00", "10:00"), wang)
    no_shows.mark_no_shows(db, clock.now(), actor=STAFF)
    clock.set(datetime(2024, 5, 14, 12))
    submit_month(db, "2024-04", today=DAY)
    before = counts(db)
    with pytest.raises(MonthClosedError) as refused:
        no_shows.excuse(db, april, "请假", actor=STAFF)
    assert str(refused.value) == "2024-04 已报送关账，记录只读；如需修改请管理员重新开账"
    assert counts(db) == before
