"""The home page's alert list carries the employment follow-ups that are due, through the
training capability's ALERTS declaration (nothing listed before one is due)."""

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
        ("training", "有 1 次就业回访到期（其中 0 次已逾期）：李四。"
                     "请联系本人或用人单位并登记回访")]
