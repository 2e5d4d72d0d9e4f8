"""排班 with real widgets, where a change would silently drop or misplace something: a day to
skip in 每周排班 that is no real date, outside the period or on a weekday not ticked is refused
with a message naming it (the dialog stays open, nothing saved); cancelling a shift a volunteer
is still signed in to is refused with their name."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.volunteers import sign_ins, signups
from desktop.ui.volunteers.week_tab import WeekTab
from tests.conftest import STAFF
from tests.models.volunteers.shifts_support import SHIFT_NOW, rows, shift, volunteer
from tests.ui.conftest import type_text
from tests.ui.volunteers.page_support import open_tab


@pytest.fixture
def week_db(db: Database) -> Database:
    db.clock = FixedClock(SHIFT_NOW)
    return db


def _week(qtbot, db: Database, tmp_path: Path) -> WeekTab:
    return open_tab(qtbot, db, tmp_path, "week", WeekTab)


@pytest.mark.parametrize(("typed", "message"), [
    ("2024-02-30", "跳过的日子“2024-02-30”不是有效日期：请写成 年-月-日，例如 2024-06-10"),
    ("2024-08-05", "跳过的日子 2024-08-05 不在排班期间 2024-06-03 至 2024-06-30 之内：请检查"),
    ("2024-06-08", "跳过的日子 2024-06-08 不是所选的星期几，本来就不排班：请检查日期"),
])
def test_a_day_to_skip_that_would_be_dropped_is_refused(qtbot, week_db: Database,
                                                        tmp_path: Path, typed: str,
                                                        message: str) -> None:
    tab = _week(qtbot, week_db, tmp_path)
    dialog = tab.make_pattern_dialog()
    dialog.show()
    before = rows(week_db)
    type_text(qtbot, dialog.holidays_edit, f"2024-06-10, {typed}")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.status_label.text() == "⚠ " + message
    assert rows(week_db) == before


def test_a_shift_with_a_volunteer_signed_in_is_not_cancelled(qtbot, week_db: Database,
                                                             tmp_path: Path) -> None:
    wang = volunteer(week_db, "王芳", 11)
    today = shift(week_db, day="2024-06-03", starts_at="08:00", ends_at="10:00")
    signups.sign_up(week_db, today, wang, actor=STAFF)
    sign_ins.volunteer_sign_in(week_db, wang, method="staff", actor=STAFF,
                               now=datetime(2024, 6, 3, 8, 5))
    tab = _week(qtbot, week_db, tmp_path)
    tab.select_shift(today)
    before = rows(week_db)
    assert not tab.cancel_shift("暴雨停课")
    assert tab.status_label.text() == (
        "⚠ 王芳 已签到这个班次，还没有签退：请先在“签到记录”里为 TA 签退（或按班次结束计），"
        "再取消班次")
    assert rows(week_db) == before
    assert tab.cancel_shift_button.isEnabled()
