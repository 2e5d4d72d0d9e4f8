"""Placements and follow-ups: a follow-up dated before the placement is refused (nothing
written), the follow-ups due and overdue for the home page, voiding, competitions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.training import competitions, employment, figures
from desktop.models.training.competitions import CompetitionInput
from desktop.models.training.employment import PlacementInput
from desktop.models.training.rules import TrainingRefused, add_months
from tests.conftest import STAFF, submit_month
from tests.models.training.training_support import (
    Course,
    clock,
    course_with_trainees,
    rows,
    training_db,
)

__all__ = ["training_db"]


@pytest.fixture
def placed(training_db: Database) -> tuple[Course, int]:
    """张三 started work at a bakery on 15 July 2024 (辅助性就业); the clock on 1 August."""
    course = course_with_trainees(training_db)
    clock(training_db).set(datetime(2024, 8, 1, 9, 0))
    placement = employment.add_placement(training_db, course.enrolments[0], PlacementInput(
        "某某烘焙有限公司", "面点学徒", "2024-07-15", 5), actor=STAFF)
    return course, placement


def test_add_months_keeps_within_the_month() -> None:
    assert add_months("2024-01-31", 1) == "2024-02-29"
    assert add_months("2024-07-15", 6) == "2025-01-15"
    assert add_months("2024-11-30", 3) == "2025-02-28"


def test_a_placement_is_stored_and_listed(placed: tuple[Course, int]) -> None:
    course, placement_id = placed
    stored = employment.load_placement(course.db, placement_id)
    assert (stored.name, stored.course_name, stored.employer, stored.employment_form) == (
        "张三", "西点烘焙初级班", "某某烘焙有限公司", 5)
    assert [p.id for p in employment.placements(course.db, person_id=course.people[0])] == [
        placement_id]


@pytest.mark.parametrize("data, message", [
    (PlacementInput("", "学徒", "2024-07-15", 5), "请填写就业单位"),
    (PlacementInput("某公司", "学徒", "2024-07-15", 4), "就业形式应为：2 集中就业"),
    (PlacementInput("某公司", "学徒", "2024-04-30", 2), "上岗日期 2024-04-30 早于课程开始日期"),
    (PlacementInput("某公司", "学徒", "2024-09-01", 2), "上岗日期 2024-09-01 还没到"),
])
def test_bad_placements_are_refused(placed: tuple[Course, int], data: PlacementInput,
                                    message: str) -> None:
    course, _ = placed
    before = rows(course.db)
    with pytest.raises((ValidationError, TrainingRefused), match=message):
        employment.add_placement(course.db, course.enrolments[1], data, actor=STAFF)
    assert rows(course.db) == before


def test_a_follow_up_before_the_placement_is_refused(placed: tuple[Course, int]) -> None:
    course, placement_id = placed
    before = rows(course.db)
    with pytest.raises(TrainingRefused) as refused:
        employment.add_follow_up(course.db, placement_id, 1, "2024-07-10", still_employed=True,
                                 actor=STAFF)
    assert refused.value.message == "回访日期 2024-07-10 早于上岗日期 2024-07-15：请核对日期"
    assert rows(course.db) == before
    with pytest.raises(ValidationError, match="回访应为上岗后第1、3、6或12个月"):
        employment.add_follow_up(course.db, placement_id, 2, "2024-07-30", still_employed=True,
                                 actor=STAFF)
    with pytest.raises(TrainingRefused, match="回访日期 2024-08-20 还没到"):
        employment.add_follow_up(course.db, placement_id, 1, "2024-08-20", still_employed=True,
                                 actor=STAFF)
    assert rows(course.db) == before


def test_a_follow_up_before_its_due_day_is_refused(placed: tuple[Course, int]) -> None:
    """A 6-month follow-up dated the day after the start is refused, nothing written, and does
    not count in 就业满6个月仍在岗; on its due day it is accepted."""
    course, placement_id = placed
    clock(course.db).set(datetime(2025, 2, 1, 9, 0))
    before = rows(course.db)
    with pytest.raises(TrainingRefused) as refused:
        employment.add_follow_up(course.db, placement_id, 6, "2024-07-16", still_employed=True,
                                 actor=STAFF)
    assert refused.value.message == (
        "第 6 个月回访应在 2025-01-15 以后（含当天）做：张三 2024-07-15 上岗，回访日期 2024-07-16"
        " 还没满 6 个月。请核对日期，到期后再登记")
    with pytest.raises(TrainingRefused, match="第 1 个月回访应在 2024-08-15 以后"):
        employment.add_follow_up(course.db, placement_id, 1, "2024-08-14", still_employed=True,
                                 actor=STAFF)
    assert rows(course.db) == before
    assert figures.month_figures(course.db, "2024-07").employed_at_6_months == 0
    employment.add_follow_up(course.db, placement_id, 6, "2025-01-15", still_employed=True,
                             actor=STAFF)
    assert figures.month_figures(course.db, "2025-01").employed_at_6_months == 1


def test_follow_ups_come_due_and_overdue(placed: tuple[Course, int]) -> None:
    course, placement_id = placed
    assert employment.follow_ups_due(course.db) == []
    due = employment.follow_ups_due(course.db, date(2024, 8, 15))
    assert [(d.name, d.due_month, d.due_on, d.overdue) for d in due] == [
        ("张三", 1, "2024-08-15", False)]
    due = employment.follow_ups_due(course.db, date(2024, 10, 20))
    assert [(d.due_month, d.overdue) for d in due] == [(1, True), (3, False)]
    clock(course.db).set(datetime(2024, 8, 16, 9, 0))
    done = employment.add_follow_up(course.db, placement_id, 1, "2024-08-16",
                                    still_employed=True, income_band="2000–3000", actor=STAFF)
    with pytest.raises(TrainingRefused, match="张三 上岗后第1个月的回访已经登记过了"):
        employment.add_follow_up(course.db, placement_id, 1, "2024-08-16", still_employed=True,
                                 actor=STAFF)
    assert [d.due_month for d in employment.follow_ups_due(course.db, date(2024, 10, 20))] == [3]
    employment.void_follow_up(course.db, done, "录错人", actor=STAFF)
    assert [d.due_month for d in employment.follow_ups_due(course.db, date(2024, 10, 20))] == [
        1, 3]
    employment.void_placement(course.db, placement_id, "重复登记", actor=STAFF)
    assert employment.follow_ups_due(course.db, date(2024, 10, 20)) == []
    assert employment.placements(course.db) == []


def test_a_placement_ends_not_before_it_started(placed: tuple[Course, int]) -> None:
    course, placement_id = placed
    with pytest.raises(TrainingRefused, match="离岗日期 2024-07-01 早于上岗日期 2024-07-15"):
        employment.end_placement(course.db, placement_id, "2024-07-01", "合同到期", actor=STAFF)
    employment.end_placement(course.db, placement_id, "2024-07-31", "合同到期", actor=STAFF)
    assert employment.load_placement(course.db, placement_id).ended_on == "2024-07-31"


def test_a_follow_up_in_a_closed_month_is_refused(placed: tuple[Course, int]) -> None:
    course, placement_id = placed
    clock(course.db).set(datetime(2024, 9, 2, 9, 0))
    submit_month(course.db, "2024-07", today=clock(course.db).today())
    submit_month(course.db, "2024-08", today=clock(course.db).today())
    before = rows(course.db)
    with pytest.raises(MonthClosedError, match="2024-08 已报送关账"):
        employment.add_follow_up(course.db, placement_id, 1, "2024-08-20", still_employed=True,
                                 actor=STAFF)
    with pytest.raises(MonthClosedError):
        employment.void_placement(course.db, placement_id, "重复", actor=STAFF)
    assert rows(course.db) == before


def test_competition_entries(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    entry = competitions.add_entry(training_db, CompetitionInput(
        course.people[0], "西城区残疾人职业技能竞赛（西点）", "district", "2024-06-01", "二等奖",
        course_id=course.id), actor=STAFF)
    found = competitions.entries(training_db, person_id=course.people[0])
    assert [(e.id, e.person_name, e.level, e.result) for e in found] == [
        (entry, "张三", "district", "二等奖")]
    before = rows(training_db)
    with pytest.raises(ValidationError) as refused:
        competitions.add_entry(training_db, CompetitionInput(
            course.people[1], "", "province", "2024-06-01"), actor=STAFF)
    assert set(refused.value.fields) == {"name", "level"}
    assert rows(training_db) == before
    competitions.void_entry(training_db, entry, "录错", actor=STAFF)
    assert competitions.entries(training_db, year=2024) == []


def test_the_same_competition_entry_twice_is_refused(training_db: Database) -> None:
    course = course_with_trainees(training_db)
    data = CompetitionInput(course.people[0], "西城区残疾人职业技能竞赛（西点）", "district",
                            "2024-06-01", "二等奖", course_id=course.id)
    entry = competitions.add_entry(training_db, data, actor=STAFF)
    before = rows(training_db)
    with pytest.raises(TrainingRefused) as refused:
        competitions.add_entry(training_db, CompetitionInput(
            course.people[0], " 西城区残疾人职业技能竞赛（西点） ", "district", "2024-06-01",
            "三等奖"), actor=STAFF)
    assert refused.value.message == (
        f"张三 2024-06-01 参加“西城区残疾人职业技能竞赛（西点）”已经登记过了（竞赛记录 {entry}）："
        "不用重复登记；原记录有错，请先作废再重新登记")
    assert rows(training_db) == before
    # Another person, or another day, is another entry; a voided one can be entered again.
    competitions.add_entry(training_db, CompetitionInput(
        course.people[1], data.name, "district", "2024-06-01"), actor=STAFF)
    competitions.void_entry(training_db, entry, "录错结果", actor=STAFF)
    competitions.add_entry(training_db, data, actor=STAFF)
    assert len(competitions.entries(training_db, year=2024)) == 2


def test_the_home_page_alert_for_follow_ups_due(placed: tuple[Course, int]) -> None:
    from desktop.models.reporting.indicators import Severity
    from desktop.models.training.training_alerts import follow_up_alerts

    course, _ = placed
    assert follow_up_alerts(course.db, datetime(2024, 8, 1, 9, 0)) == []
    [alert] = follow_up_alerts(course.db, datetime(2024, 8, 15, 9, 0))
    assert (alert.key, alert.severity, alert.target) == (
        "training.follow_ups_due", Severity.WARNING, "training")
    assert alert.message == ("有 1 次就业回访到期：张三。请在到期后 30 天内联系本人或用人单位"
                             "并登记回访")
    # The 1-month one is overdue (the month's check lists it), the 3-month one due.
    [alert] = follow_up_alerts(course.db, datetime(2024, 10, 20, 9, 0))
    assert alert.severity == Severity.WARNING
    assert alert.message.startswith("有 1 次就业回访到期：张三。")
    assert follow_up_alerts(course.db, datetime(2024, 9, 20, 9, 0)) == []
