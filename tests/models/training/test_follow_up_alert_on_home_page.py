"""The home page's alert list carries the employment follow-ups that are due, through the
training capability's ALERTS declaration (nothing listed before one is due), and the overdue
ones once, as the month's check: warnings, never an error."""

from __future__ import annotations

from datetime import datetime

from desktop.models.db import Database
from desktop.models.reporting import dashboard
from desktop.models.training import employment
from desktop.models.training.employment import PlacementInput
from tests.conftest import STAFF
from tests.models.training.training_support import clock, course_with_trainees, training_db

__all__ = ["training_db"]


def test_the_home_page_lists_follow_ups_due(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    clock(training_db).set(datetime(2024, 8, 1, 9, 0))
    employment.add_placement(training_db, course.enrolments[1], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-07-15", 5), actor=STAFF)
    keys = [a.key for a in dashboard.alerts(training_db, datetime(2024, 8, 1, 9, 0))]
    assert "training.follow_ups_due" not in keys
    found = [a for a in dashboard.alerts(training_db, datetime(2024, 8, 15, 9, 0))
             if a.key == "training.follow_ups_due"]
    assert [(a.target, a.message) for a in found] == [
        ("training", "有 1 次就业回访到期：李四。请在到期后 30 天内联系本人或用人单位并登记回访")]


def test_overdue_follow_ups_are_one_warning_not_an_error_twice(training_db: Database) -> None:
    """On 20 October 李四's 1-month follow-up (due 15 August) is overdue and the 3-month one
    (due 15 October) is due: each is on the home page once, as a warning."""
    from desktop.models.reporting.indicators import Severity

    course = course_with_trainees(training_db)
    clock(training_db).set(datetime(2024, 8, 1, 9, 0))
    employment.add_placement(training_db, course.enrolments[1], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-07-15", 5), actor=STAFF)
    overdue = ("本月：有 1 次就业回访逾期未做，最早是 李四（某某烘焙有限公司）上岗 1 个月的回访，"
               "应于 2024-08-15 完成")
    due = "有 1 次就业回访到期：李四。请在到期后 30 天内联系本人或用人单位并登记回访"
    about = [(a.severity, str(a.message)) for a in dashboard.alerts(
        training_db, datetime(2024, 10, 20, 9, 0)) if "回访" in str(a.message)]
    assert about == [(Severity.WARNING, overdue), (Severity.WARNING, due)]
    # Only overdue ones: the month's check alone.
    about = [(a.severity, str(a.message)) for a in dashboard.alerts(
        training_db, datetime(2024, 9, 20, 9, 0)) if "回访" in str(a.message)]
    assert about == [(Severity.WARNING, overdue)]
