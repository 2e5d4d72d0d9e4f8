"""职业培训's rows of 汇总 and its checks in 校验: the month's figures are month_figures'
exactly; the year to date adds the months and counts courses and trainees once; the three
checks appear as warnings with their Chinese messages and none blocks the export."""

from __future__ import annotations

from datetime import date, datetime

from desktop.models.db import Database
from desktop.models.reporting import indicators
from desktop.models.training import completion, employment, figures
from desktop.models.training.employment import PlacementInput
from desktop.models.training.indicator_provider import PROVIDER, hours
from tests.conftest import STAFF
from tests.models.training.training_support import (
    call_roll,
    clock,
    course_with_trainees,
    teach_to_end,
    training_db,
    weekly_course,
)

__all__ = ["training_db"]
KEYS = ("courses", "sessions", "trainees", "training_hours", "completions", "placements",
        "employed_at_6_months")


def _row_values(report: indicators.Report, column: str) -> dict[str, object]:
    return {key: getattr(report.value(f"training.{key}"), column) for key in KEYS}


def test_this_month_is_month_figures_and_the_year_counts_people_once(
        training_db: Database) -> None:
    course = course_with_trainees(training_db)
    teach_to_end(course)  # clock: 1 July 2024
    completion.complete(training_db, course.enrolments[0], actor=STAFF)
    employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-07-01", 2), actor=STAFF)
    report = indicators.compute(training_db, "2024-06", today=date(2024, 7, 1))
    june = figures.month_figures(training_db, "2024-06").as_dict()
    assert _row_values(report, "this_month") == {key: june[key] for key in KEYS}
    may = figures.month_figures(training_db, "2024-05").as_dict()
    assert _row_values(report, "last_month") == {key: may[key] for key in KEYS}
    ytd = _row_values(report, "year_to_date")
    # One course over May and June; the same three people; 16 sessions; hours of both months.
    assert (ytd["courses"], ytd["trainees"], ytd["sessions"]) == (1, 3, 16)
    assert ytd["training_hours"] == hours(
        figures.month_figures(training_db, "2024-05").training_minutes
        + figures.month_figures(training_db, "2024-06").training_minutes)
    july = indicators.compute(training_db, "2024-07", today=date(2024, 7, 1))
    assert (july.value("training.completions").this_month,
            july.value("training.placements").this_month,
            july.value("training.completions").year_to_date) == (1, 1, 1)
    assert PROVIDER.page == "training"


def test_the_checks_are_warnings_with_what_to_do(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    teach_to_end(course)
    completion.complete(training_db, course.enrolments[2], actor=STAFF, day="2024-06-30")
    # 王五's excused absences turn out to be plain absences: 12 of 16 (75 %).
    for day in ("2024-05-13", "2024-06-10"):
        call_roll(course, day, ["present", "late", "absent"])
    clock(training_db).set(datetime(2024, 5, 1, 9, 0))
    weekly_course(training_db, name="软陶入门", kind="软陶")  # never roll-called
    clock(training_db).set(datetime(2024, 6, 30, 9, 0))
    employment.add_placement(training_db, course.enrolments[2], PlacementInput(
        "某公司", "学徒", "2024-06-30", 7), actor=STAFF)
    validate = PROVIDER.validate
    assert validate is not None
    found = {f.rule: f for f in validate(training_db, "2024-06", date(2024, 9, 1))}
    # 王五's first follow-up is due 30 July: not June's finding, September's.
    assert set(found) == {"training.no_roll_call", "training.below_rule"}
    found.update({f.rule: f for f in validate(training_db, "2024-09", date(2024, 9, 1))})
    assert all(f.severity is indicators.Severity.WARNING for f in found.values())
    assert str(found["training.no_roll_call"].message) == (
        "本月有 8 次课没有点名，如 2024-06-03“软陶入门”：请在“职业培训”页补点名")
    assert str(found["training.below_rule"].message) == (
        "本月有 1 人结业时出勤率低于课程要求，如 王五（“西点烘焙初级班”）75.0%，要求 80%")
    assert str(found["training.overdue_follow_ups"].message) == (
        "有 1 次就业回访逾期未做，最早是 王五（某公司）上岗 1 个月的回访，应于 2024-07-30 完成")
    assert found["training.overdue_follow_ups"].count == 1
    assert validate(training_db, "2024-04", date(2024, 7, 1)) == []
