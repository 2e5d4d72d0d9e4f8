"""The volunteer settings (rounding step, daily maximum, star thresholds): saved in one
audited transaction, read back by the rules, bad values refused with nothing written."""

from __future__ import annotations

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.volunteers import rules
from tests.conftest import ADMIN, STAFF, count_rows


def _audits(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'setting'"))


def test_saved_settings_are_read_back_and_audited_once(db: Database) -> None:
    rules.save_settings(db, rounding=15, max_daily_hours=6, star_text="50，200, 400,800,1200",
                        actor=ADMIN)
    assert rules.rounding_minutes(db) == 15
    assert rules.max_daily_minutes(db) == 360
    assert rules.star_hours(db) == (50, 200, 400, 800, 1200)
    assert _audits(db) == 1
    rules.save_settings(db, rounding=15, max_daily_hours=6, star_text="50,200,400,800,1200",
                        actor=ADMIN)
    assert _audits(db) == 1


@pytest.mark.parametrize("text", ["300,100,600,1000,1500", "0,300,600,1000,1500",
                                  "一百,300,600,1000,1500", "100,300,600", ""])
def test_bad_star_thresholds_are_refused_with_nothing_written(db: Database, text: str) -> None:
    before = count_rows(db)
    with pytest.raises(ValidationError) as raised:
        rules.save_settings(db, rounding=15, max_daily_hours=6, star_text=text, actor=ADMIN)
    assert "星级门槛应为五个从小到大的正整数" in str(raised.value)
    assert count_rows(db) == before
    assert rules.rounding_minutes(db) == 30
    assert rules.star_hours(db) == rules.DEFAULT_STAR_HOURS


@pytest.mark.parametrize(("rounding", "hours", "words"),
                         [(0, 8, "取整单位应为1–60分钟"), (61, 8, "取整单位应为1–60分钟"),
                          (30, 0, "每日上限应为1–24小时"), (30, 25, "每日上限应为1–24小时")])
def test_out_of_range_numbers_are_refused(db: Database, rounding: int, hours: int,
                                          words: str) -> None:
    before = count_rows(db)
    with pytest.raises(ValidationError) as raised:
        rules.save_settings(db, rounding=rounding, max_daily_hours=hours,
                            star_text="100,300,600,1000,1500", actor=ADMIN)
    assert words in str(raised.value)
    assert count_rows(db) == before


def test_staff_may_save_and_the_kiosk_may_not(db: Database) -> None:
    before = count_rows(db)
    with pytest.raises(PermissionDenied):
        rules.save_settings(db, rounding=15, max_daily_hours=6,
                            star_text="100,300,600,1000,1500", actor=Actor("kiosk", Role.KIOSK))
    assert count_rows(db) == before
    rules.save_settings(db, rounding=10, max_daily_hours=8,
                        star_text="100,300,600,1000,1500", actor=STAFF)
    assert rules.rounding_minutes(db) == 10
