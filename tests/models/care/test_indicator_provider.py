"""日间照料's rows of 汇总 and its checks in 校验: the figures equal care_stats, fulfilment is two
counts per unit, and each rule with data that triggers it and data that does not (an error
blocks the export and nothing is written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.excel.reporting.monthly_workbook import BlockedExport, export_monthly_workbook
from desktop.models.care import care_stats, indicator_provider
from desktop.models.care.indicator_provider import PROVIDER, validate
from desktop.models.db import Database
from desktop.models.reporting import indicators
from desktop.models.reporting.indicators import Severity
from tests.care_records import STAMP, care_log, dose, entry, month_of_care
from tests.care_support import CARE_DAY, add_medication, care_centre

TODAY = date(2024, 6, 10)
MAY = "2024-05"


def _findings(db: Database, month: str = MAY, today: date = TODAY) -> dict[str, tuple[str, int]]:
    return {f.rule: (f.severity.value, f.count) for f in validate(db, month, today)}


def _plan(db: Database, person_id: int, starts_on: str, review_on: str,
          ended_on: str | None = None) -> None:
    with db.transaction():
        db.execute("INSERT INTO care_plan (person_id, starts_on, review_on, goals, ended_on,"
                   " created_at, updated_at) VALUES (?, ?, ?, '保持自理能力', ?, ?, ?)",
                   (person_id, starts_on, review_on, ended_on, STAMP, STAMP))


def test_declared_with_its_page_and_unique_keys() -> None:
    found = {p.name: p for p in indicators.providers()}
    assert found["care"] is PROVIDER and PROVIDER.page == "care"
    keys = [i.key for i in PROVIDER.indicators]
    assert keys[:5] == ["care.members", "care.care_days", "care.meals", "care.doses_given",
                        "care.rehab_minutes"]
    assert "care.purchased.hours_owed" in keys and "care.purchased.sessions_delivered" in keys
    # Every figure adds up over months and centres: no percentage among them.
    assert all(i.cumulative for i in PROVIDER.indicators)
    assert not any("%" in i.unit or "percent" in i.key for i in PROVIDER.indicators)


def test_the_rows_equal_the_months_figures(db: Database) -> None:
    month_of_care(db)
    report = indicators.compute(db, MAY, TODAY)
    stats = care_stats.month_stats(db, MAY)
    values = {row.indicator.key: row.this_month for row in report.rows}
    assert values["care.members"] == stats.members == 3
    assert values["care.care_days"] == 5 and values["care.meals"] == 5
    assert values["care.doses_given"] == 6 and values["care.rehab_minutes"] == 75
    assert (values["care.incidents.minor"], values["care.incidents.major"],
            values["care.incidents.serious"]) == (2, 1, 0)
    assert values["care.purchased.hours"] == 5.0
    assert (values["care.purchased.hours_owed"],
            values["care.purchased.hours_delivered"]) == (10.16, 3.5)
    assert (values["care.purchased.sessions_owed"],
            values["care.purchased.sessions_delivered"]) == (2.03, 1.0)
    serious = report.value("care.incidents.serious")
    assert (serious.last_month, serious.year_to_date) == (1, 1)  # April's
    sessions = report.value("care.purchased.sessions_delivered")
    assert sessions.year_to_date == 1.0  # June's session is after May: not in the year so far
    assert indicator_provider.figures(stats) == {
        k: v for k, v in values.items() if k.startswith("care.")}


def test_consistent_care_has_no_finding(db: Database) -> None:
    month_of_care(db)
    assert _findings(db) == {}


def test_care_without_a_sign_in_is_an_error_that_blocks_the_export(
        db: Database, tmp_path: Path) -> None:
    centre = care_centre(db)
    wang, li, zhao = centre.members
    day = CARE_DAY.isoformat()
    entry(db, wang, day, "lunch")
    # A voided tick and a note emptied out (notes are never deleted) record nothing.
    entry(db, li, "2024-05-21", "lunch", voided=True)
    care_log(db, zhao, "2024-05-21", mood="", note="")
    assert "care.without_sign_in" not in _findings(db)
    # Four member-days without a sign-in: an entry, a note and a dose, each on a day nobody
    # signed in, and a day whose sign-in was voided after the care was recorded.
    entry(db, wang, "2024-05-15", "lunch")
    entry(db, wang, "2024-05-15", "rehab", 30)  # the same member-day: counted once
    care_log(db, li, "2024-05-16")
    dose(db, centre.medication[zhao], zhao, "2024-05-20", "12:00")
    with db.transaction():
        db.execute("UPDATE sign_in SET voided_at = ?, void_reason = '误刷他人卡'"
                   " WHERE person_id = ? AND day = ?", (STAMP, wang, day))
    assert _findings(db)["care.without_sign_in"] == ("error", 4)
    report = indicators.compute(db, MAY, TODAY)
    error = report.errors[0]
    assert error.severity is Severity.ERROR
    assert str(error.message) == ("有 4 人天的照料记录（服务、服药或备注）当天没有有效签到："
                                  "请在“考勤”页补签，或在“日间照料”页作废这些记录")
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(BlockedExport):
        export_monthly_workbook(db, MAY, out, generated_by="staff", today=TODAY)
    assert list(out.iterdir()) == []
    # Other months are not this month's problem.
    assert _findings(db, "2024-04") == {}


def test_a_plan_review_overdue_is_a_warning(db: Database) -> None:
    centre = care_centre(db)
    wang, li, zhao = centre.members
    _plan(db, wang, "2024-01-02", "2024-04-02")  # overdue since April
    _plan(db, li, "2024-01-02", "2024-04-02", ended_on="2024-05-01")  # ended: not counted
    _plan(db, zhao, "2024-03-01", "2024-06-01")  # due after May
    finding = next(f for f in validate(db, MAY, TODAY)
                   if f.rule == "care.review_overdue")
    assert (finding.severity, finding.count) == (Severity.WARNING, 1)
    assert str(finding.message) == "1 份个别化服务计划在 2024-05-31 前已到评估日期，尚未评估"
    # As of today (June 10), 赵敏's review of June 1 is overdue too.
    assert _findings(db, "2024-06")["care.review_overdue"] == ("warning", 2)
    # March: 王芳's review was not due yet.
    assert "care.review_overdue" not in _findings(db, "2024-03")


def test_a_care_day_without_any_dose_is_a_warning(db: Database) -> None:
    centre = care_centre(db, present_on=(CARE_DAY, date(2024, 5, 14)))
    wang, li, zhao = centre.members
    day, next_day = CARE_DAY.isoformat(), "2024-05-14"
    for person in (wang, li, zhao):
        entry(db, person, day, "lunch")
    entry(db, wang, next_day, "lunch")
    # 王芳: one dose of two recorded on the 13th (a dose recorded: not this rule's concern),
    # none on the 14th; 李强: refused (recorded); 赵敏: nothing on the 13th.
    dose(db, centre.medication[wang], wang, day, "08:00")
    dose(db, centre.medication[li], li, day, "12:00", "refused")
    assert _findings(db)["care.no_dose"] == ("warning", 2)
    finding = next(f for f in validate(db, MAY, TODAY) if f.rule == "care.no_dose")
    assert str(finding.message) == ("2 次应服药却没有记录：会员当天在站接受照料、有用药安排，"
                                    "但已服、拒服、漏服都没有记录")
    # A schedule starting later is not in effect on those days.
    add_medication(db, li, medicine="利培酮片", times="12:00", starts_on="2024-05-20")
    assert _findings(db)["care.no_dose"] == ("warning", 2)
    dose(db, centre.medication[zhao], zhao, day, "12:00", "missed")
    dose(db, centre.medication[wang], wang, next_day, "08:00")
    assert "care.no_dose" not in _findings(db)


def test_todays_doses_may_still_come(db: Database) -> None:
    centre = care_centre(db)
    entry(db, centre.members[0], CARE_DAY.isoformat(), "lunch")
    assert "care.no_dose" not in _findings(db, today=CARE_DAY)
    assert _findings(db, today=date(2024, 5, 14))["care.no_dose"] == ("warning", 1)
