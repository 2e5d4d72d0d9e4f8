"""志愿服务's rows of 汇总 and its checks in 校验: the figures equal volunteer_stats, how full the
shifts were is two counts and their 满员率 (recomputed, never added, by consolidation), and
each rule with data that triggers it and data that does not (an error blocks the export and
nothing is written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.excel.reporting.check_rules import RULES
from desktop.excel.reporting.consolidation import RATIOS
from desktop.excel.reporting.monthly_workbook import BlockedExport, export_monthly_workbook
from desktop.models.db import Database
from desktop.models.reporting import indicators
from desktop.models.reporting.indicators import Severity
from desktop.models.volunteers import indicator_provider, volunteer_stats
from desktop.models.volunteers.indicator_provider import PROVIDER, validate
from tests.conftest import save_centre_profile
from tests.models.volunteers.report_support import (
    MAY,
    STAMP,
    TODAY,
    month_of_service,
    post_id,
    service,
    shift,
    sign_in,
    signup,
    volunteer,
)


def _findings(db: Database, month: str = MAY, today: date = TODAY) -> dict[str, tuple[str, int]]:
    return {f.rule: (f.severity.value, f.count) for f in validate(db, month, today)}


def test_declared_with_its_page_and_unique_keys() -> None:
    found = {p.name: p for p in indicators.providers()}
    assert found["volunteers"] is PROVIDER and PROVIDER.page == "volunteers"
    assert [i.key for i in PROVIDER.indicators] == [
        "volunteers.active", "volunteers.new", "volunteers.shifts", "volunteers.places",
        "volunteers.signups", "volunteers.filled_percent", "volunteers.service_hours",
        "volunteers.no_shows"]
    assert all(i.cumulative for i in PROVIDER.indicators)
    # Every figure adds up over centres except 满员率, which the district's consolidation
    # recomputes from the summed sign-ups and places (never adding percentages).
    percent = [i.key for i in PROVIDER.indicators if "%" in i.unit or "percent" in i.key]
    assert percent == ["volunteers.filled_percent"]
    assert RATIOS["volunteers.filled_percent"].numerator == "volunteers.signups"
    assert RATIOS["volunteers.filled_percent"].denominator == "volunteers.places"
    # Every rule has its words in 校验.
    assert {"volunteers.over_daily_max", "volunteers.no_sign_out",
            "volunteers.over_capacity"} <= set(RULES)


def test_the_rows_equal_the_months_figures(db: Database) -> None:
    month_of_service(db)
    report = indicators.compute(db, MAY, TODAY)
    stats = volunteer_stats.month_stats(db, MAY)
    values = {row.indicator.key: row.this_month for row in report.rows}
    assert indicator_provider.figures(stats) == {
        k: v for k, v in values.items() if k.startswith("volunteers.")}
    assert (values["volunteers.active"], values["volunteers.new"]) == (2, 1)
    assert (values["volunteers.shifts"], values["volunteers.places"],
            values["volunteers.signups"]) == (3, 7, 4)
    # 满员率: 4 of 7 places, whole percent; the year so far from the year's two counts.
    assert values["volunteers.filled_percent"] == 57
    places, signups = (report.value(k).year_to_date
                       for k in ("volunteers.places", "volunteers.signups"))
    assert report.value("volunteers.filled_percent").year_to_date == (
        (200 * signups + places) // (2 * places) if places else 0)
    assert values["volunteers.service_hours"] == 9.0
    assert values["volunteers.no_shows"] == 1
    active = report.value("volunteers.active")
    # April: 赵 and 李; the year so far: 赵, 钱, 李, distinct (not 2 + 2).
    assert (active.last_month, active.year_to_date) == (2, 3)
    hours = report.value("volunteers.service_hours")
    assert (hours.last_month, hours.year_to_date) == (3.5, 12.5)


def test_shifts_planned_later_this_month_are_not_counted_yet(db: Database) -> None:
    meals = post_id(db)
    shift(db, "2024-06-05", meals, 2)
    shift(db, "2024-06-20", meals, 3)
    report = indicators.compute(db, "2024-06", TODAY)
    assert report.value("volunteers.shifts").this_month == 1
    assert report.value("volunteers.places").this_month == 2


def test_consistent_service_has_no_finding(db: Database) -> None:
    month_of_service(db)
    person = volunteer(db, "周志愿", 9)
    meals = post_id(db)
    one = shift(db, "2024-05-20", meals, 1)
    signup(db, one, person)
    done = sign_in(db, person, "2024-05-20", "09:00", "12:00", one)
    service(db, person, "2024-05-20", meals, 180, sign_in_id=done)
    assert _findings(db) == {}


def test_a_day_over_the_daily_maximum_is_an_error_that_blocks_the_export(
        db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    person, other = volunteer(db, "周志愿", 9), volunteer(db, "吴志愿", 10)
    meals = post_id(db)
    # Exactly the maximum (480) is allowed; a voided row does not count.
    service(db, person, "2024-05-20", meals, 300)
    service(db, person, "2024-05-20", meals, 180)
    service(db, person, "2024-05-20", meals, 60, voided=True)
    service(db, other, "2024-05-20", meals, 240)
    assert "volunteers.over_daily_max" not in _findings(db)
    service(db, person, "2024-05-20", meals, 30)
    service(db, other, "2024-05-21", meals, 500)
    assert _findings(db)["volunteers.over_daily_max"] == ("error", 2)
    error = indicators.compute(db, MAY, TODAY).errors[0]
    assert error.severity is Severity.ERROR
    assert str(error.message) == ("有 2 人次的志愿服务时长一天超过 8 小时的上限：请在“志愿服务”页"
                                  "核对并作废重复或错误的时长记录")
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(BlockedExport):
        export_monthly_workbook(db, MAY, out, generated_by="staff", today=TODAY)
    assert list(out.iterdir()) == []
    assert _findings(db, "2024-04") == {}


def test_the_daily_maximum_follows_its_setting(db: Database) -> None:
    person = volunteer(db, "周志愿", 9)
    service(db, person, "2024-05-20", post_id(db), 300)
    assert "volunteers.over_daily_max" not in _findings(db)
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('volunteer.max_daily_minutes',"
                   " '240')")
    assert _findings(db)["volunteers.over_daily_max"] == ("error", 1)


def test_a_sign_in_never_signed_out_on_a_past_day_is_a_warning(db: Database) -> None:
    person = volunteer(db, "周志愿", 9)
    meals = post_id(db)
    sign_in(db, person, "2024-05-20", "09:00", "12:00")  # signed out
    confirmed = sign_in(db, person, "2024-05-21", "09:00", None)
    service(db, person, "2024-05-21", meals, 180, sign_in_id=confirmed)  # staff confirmed
    voided = sign_in(db, person, "2024-05-22", "09:00", None)
    with db.transaction():
        db.execute("UPDATE volunteer_sign_in SET voided_at = ?, void_reason = '误刷卡'"
                   " WHERE id = ?", (STAMP, voided))
    assert "volunteers.no_sign_out" not in _findings(db)
    sign_in(db, person, "2024-05-23", "09:00", None)
    finding = next(f for f in validate(db, MAY, TODAY) if f.rule == "volunteers.no_sign_out")
    assert (finding.severity, finding.count) == (Severity.WARNING, 1)
    assert str(finding.message) == ("1 次志愿者签到没有签退，也没有确认服务时长："
                                    "这些服务时长尚未计入")
    # Today's sign-in may still be signed out.
    sign_in(db, person, "2024-06-10", "09:00", None)
    assert "volunteers.no_sign_out" not in _findings(db, "2024-06")
    assert _findings(db, "2024-06", date(2024, 6, 11))["volunteers.no_sign_out"] == (
        "warning", 1)


def test_a_shift_with_more_sign_ups_than_places_is_a_warning(db: Database) -> None:
    people = [volunteer(db, name, n + 9) for n, name in enumerate(("周志愿", "吴志愿", "郑志愿"))]
    meals = post_id(db)
    full = shift(db, "2024-05-20", meals, 2)
    signup(db, full, people[0])
    signup(db, full, people[1], "no_show")
    signup(db, full, people[2], "cancelled")  # a cancelled sign-up takes no place
    cancelled = shift(db, "2024-05-21", meals, 1, cancelled=True)
    signup(db, cancelled, people[0])
    signup(db, cancelled, people[1])  # the shift was cancelled: not counted
    assert "volunteers.over_capacity" not in _findings(db)
    with db.transaction():
        db.execute("UPDATE volunteer_shift SET capacity = 1 WHERE id = ?", (full,))
    assert _findings(db)["volunteers.over_capacity"] == ("warning", 1)
    finding = next(f for f in validate(db, MAY, TODAY) if f.rule == "volunteers.over_capacity")
    assert str(finding.message) == "1 个志愿服务班次的报名人数多于名额"
    # A warning only: the report is computed without errors.
    assert not indicators.compute(db, MAY, TODAY).errors
