"""A 未到 staff reviewed stays as they left it: an undone 未到 is never marked again by the
automatic marking, and a wrong 请假 can be undone (back to 未到) with a reason."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.volunteers import no_shows
from desktop.models.volunteers.no_shows import NoShowError
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    shift,
    sign_up,
    volunteer,
)


def _status(db: Database, signup_id: int) -> tuple[str, str]:
    row = db.query_one("SELECT status, reason FROM volunteer_signup WHERE id = ?",
                       (signup_id,))
    assert row is not None
    return str(row["status"]), str(row["reason"])


def test_an_undone_no_show_is_never_marked_again(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 12))
    wang = volunteer(db, "王志愿", 1)
    li = volunteer(db, "李志愿", 2)
    came = sign_up(db, shift(db, DAY, "09:00", "11:00"), wang)
    missed = sign_up(db, shift(db, DAY, "09:00", "11:00", post="文体活动"), li)
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == [came, missed]
    no_shows.undo_no_show(db, came, "来了，忘记签到", actor=STAFF)
    before = counts(db)
    # The tab opened again (and a day later): nothing is marked, nothing written.
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == []
    clock.advance(timedelta(days=1))
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == []
    assert counts(db) == before
    assert _status(db, came) == ("signed_up", "来了，忘记签到")
    assert _status(db, missed) == ("no_show", "")
    assert [n.name for n in no_shows.day_no_shows(db, DAY, actor=STAFF)] == ["李志愿"]


def test_a_wrong_excuse_is_undone_back_to_no_show_with_a_reason(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 12))
    wang = volunteer(db, "王志愿", 1)
    signup = sign_up(db, shift(db, DAY, "09:00", "11:00"), wang)
    no_shows.mark_no_shows(db, clock.now(), actor=STAFF)
    no_shows.excuse(db, signup, "电话请假", actor=STAFF)
    before = counts(db)
    with pytest.raises(ValidationError) as error:
        no_shows.undo_excuse(db, signup, "  ", actor=STAFF)
    assert error.value.fields == {"reason": "请填写原因"}
    assert counts(db) == before
    no_shows.undo_excuse(db, signup, "请假的是另一位志愿者", actor=STAFF)
    assert _status(db, signup) == ("no_show", "请假的是另一位志愿者")
    audit = db.query_one("SELECT before, after, reason FROM audit_log"
                         " WHERE table_name = 'volunteer_signup' ORDER BY id DESC LIMIT 1")
    assert audit is not None
    assert '"excused"' in audit["before"] and '"no_show"' in audit["after"]
    assert audit["reason"] == "请假的是另一位志愿者"
    # Then, as for any 未到, she came after all: undone, and never marked again.
    no_shows.undo_no_show(db, signup, "来了，忘记签到", actor=STAFF)
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == []
    assert _status(db, signup) == ("signed_up", "来了，忘记签到")


def test_undoing_an_excuse_of_a_sign_up_not_excused_is_refused(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 12))
    wang = volunteer(db, "王志愿", 1)
    signup = sign_up(db, shift(db, DAY, "09:00", "11:00"), wang)
    no_shows.mark_no_shows(db, clock.now(), actor=STAFF)
    before = counts(db)
    with pytest.raises(NoShowError) as error:
        no_shows.undo_excuse(db, signup, "记错了", actor=STAFF)
    assert str(error.value) == "这条报名没有标记为请假：不需要撤销"
    assert counts(db) == before
