"""The home page's figures and alerts, each checked against known data and an independent
count of the stored rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.admin import backup
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.reporting import dashboard, indicators, month_close
from desktop.models.reporting.dashboard import Alert, PeriodFigures
from desktop.models.reporting.indicators import Severity
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input, save_centre_profile

TODAY = date(2024, 3, 15)
NOW = datetime(2024, 3, 15, 18, 0)


def add_member(db: Database, n: int, **overrides: object) -> int:
    values: dict[str, object] = {"name": f"会员{n}", "id_number": make_id_number(seq=n),
                                 "card_number": f"WH{n:06d}", "joined_on": "2020-01-01"}
    values.update(overrides)
    return people.create_person(db, make_person_input(**values), actor=STAFF, today=TODAY)


def sign_in(db: Database, person_id: int, day: str, *, out: bool = True) -> int:
    start = datetime.fromisoformat(f"{day}T09:00:00")
    return attendance.staff_sign_in(db, person_id, start,
                                    start + timedelta(hours=6) if out else None,
                                    actor=STAFF, reason="补签", now=NOW)


def activity(db: Database, day: str, kind: str, members: list[int], *,
             voided: bool = False) -> int:
    activity_id = activities.create_activity(db, ActivityInput(f"{kind}活动", kind, day),
                                             actor=STAFF, today=TODAY)
    activities.add_participants(db, activity_id, members, actor=STAFF, today=TODAY)
    if voided:
        activities.void_activity(db, activity_id, "录错了", actor=STAFF)
    return activity_id


@pytest.fixture
def centre(db: Database) -> dict[str, int]:
    """Four members on the register and one archived, with sign-ins and activities on the
    boundaries that matter: month starts and ends, the same day last month, voided rows."""
    ids = {f"m{n}": add_member(db, n) for n in range(1, 6)}
    m1, m2, m3, m4, m5 = (ids[f"m{n}"] for n in range(1, 6))
    # Today: two valid sign-ins, one voided.
    sign_in(db, m1, "2024-03-15")
    sign_in(db, m2, "2024-03-15")
    attendance.void_sign_in(db, sign_in(db, m3, "2024-03-15"), actor=STAFF, reason="刷错卡")
    # This month from its first day; the last day of February is last month's.
    sign_in(db, m1, "2024-03-01")
    sign_in(db, m3, "2024-03-01")
    sign_in(db, m2, "2024-02-29")
    # Last month up to the same day (the 15th) and after it.
    sign_in(db, m1, "2024-02-01")
    sign_in(db, m1, "2024-02-15")
    sign_in(db, m2, "2024-02-16")
    # The trend's first month (April 2023) starts on the 1st; March 2023 is outside.
    sign_in(db, m4, "2023-04-01")
    sign_in(db, m4, "2023-03-31")
    # A member archived later: her sign-ins stay on record, the goal leaves her out.
    sign_in(db, m5, "2024-03-04")
    activity(db, "2024-03-01", "文化", [m1, m2])
    activity(db, "2024-02-10", "体育", [m1])
    activity(db, "2024-02-20", "康复", [m1, m2, m3])  # held, but not a counted kind
    activity(db, "2024-03-05", "文化", [m2, m3], voided=True)
    activity(db, "2024-01-10", "文化", [m1, m5])
    activity(db, "2024-01-11", "体育", [m5])
    activity(db, "2024-01-12", "文化", [m5])
    people.archive_person(db, m5, "搬家", actor=STAFF, now=NOW)
    return ids


def independent_period(db: Database, first: str, last: str) -> PeriodFigures:
    """The same figures counted in Python from the raw rows."""
    valid = [(r["person_id"], r["day"]) for r in db.query(
        "SELECT person_id, day, voided_at FROM sign_in") if r["voided_at"] is None
        and first <= r["day"] <= last]
    acts = [r["id"] for r in db.query("SELECT id, day, voided_at FROM activity")
            if r["voided_at"] is None and first <= r["day"] <= last]
    participants = [r for r in db.query("SELECT activity_id FROM activity_participant")
                    if r["activity_id"] in acts]
    return PeriodFigures(first, last, len(valid), len({p for p, _ in valid}), len(acts),
                         len(participants))


# -- figures ------------------------------------------------------------------------------------
def test_today_counts_valid_sign_ins_and_people(db: Database, centre: dict[str, int]) -> None:
    today = dashboard.today_figures(db, TODAY)
    assert (today.day, today.sign_ins, today.people) == ("2024-03-15", 2, 2)
    raw = db.query("SELECT person_id FROM sign_in WHERE day = '2024-03-15'"
                   " AND voided_at IS NULL")
    assert today.sign_ins == len(raw) and today.people == len({r[0] for r in raw})
    assert dashboard.today_figures(db, date(2024, 3, 16)).sign_ins == 0


def test_month_comparison_to_the_same_day_and_whole_month(db: Database,
                                                          centre: dict[str, int]) -> None:
    comparison = dashboard.month_comparison(db, TODAY)
    assert comparison.month == "2024-03"
    this, before, whole = (comparison.this_month, comparison.last_month_to_date,
                           comparison.last_month)
    assert (this.first, this.last) == ("2024-03-01", "2024-03-15")
    assert (before.first, before.last) == ("2024-02-01", "2024-02-15")
    assert (whole.first, whole.last) == ("2024-02-01", "2024-02-29")
    # 15 Mar: m1, m2 (m3 voided); 1 Mar: m1, m3; 4 Mar: m5 (archived since).
    assert (this.sign_ins, this.members) == (5, 4)
    # Activity of 1 March (2 participants); the voided one of 5 March does not count.
    assert (this.activities, this.participants) == (1, 2)
    assert (before.sign_ins, before.members, before.activities, before.participants) == \
        (2, 1, 1, 1)
    assert (whole.sign_ins, whole.members, whole.activities, whole.participants) == \
        (4, 2, 2, 4)
    for figures in (this, before, whole):
        assert figures == independent_period(db, figures.first, figures.last)


@pytest.mark.parametrize(("today", "same_day"), [
    (date(2024, 3, 31), "2024-02-29"),  # February has no 31st: all of it
    (date(2023, 3, 30), "2023-02-28"),
    (date(2024, 1, 15), "2023-12-15"),  # across the year
    (date(2024, 3, 1), "2024-02-01"),  # the month's first day
])
def test_same_day_last_month_is_clipped_to_its_length(db: Database, today: date,
                                                      same_day: str) -> None:
    comparison = dashboard.month_comparison(db, today)
    assert comparison.last_month_to_date.last == same_day
    assert comparison.this_month.last == today.isoformat()


def test_trend_has_twelve_months_ending_with_this_one(db: Database,
                                                      centre: dict[str, int]) -> None:
    points = dashboard.trend(db, TODAY)
    assert [p.month for p in points] == [f"2023-{m:02d}" for m in range(4, 13)] + \
        ["2024-01", "2024-02", "2024-03"]
    by_month = {p.month: p for p in points}
    assert by_month["2023-04"].sign_ins == 1  # 1 April counts, 31 March does not
    assert by_month["2023-05"].sign_ins == 0
    assert (by_month["2024-02"].sign_ins, by_month["2024-02"].activities) == (4, 2)
    assert (by_month["2024-03"].sign_ins, by_month["2024-03"].activities) == (5, 1)
    assert (by_month["2024-01"].sign_ins, by_month["2024-01"].activities) == (0, 3)
    for point in points:
        days = indicators.month_span(point.month)
        expected = independent_period(db, days.first, days.last)
        assert (point.sign_ins, point.activities) == (expected.sign_ins, expected.activities)


def test_trend_months_cross_the_year() -> None:
    assert dashboard.trend_months(date(2024, 2, 10), 3) == ["2023-12", "2024-01", "2024-02"]
    assert len(dashboard.trend_months(date(2024, 2, 10))) == 12


def test_goal_counts_members_on_the_register(db: Database, centre: dict[str, int]) -> None:
    goal = dashboard.goal_progress(db, 2024)
    # m1: 文化 1 Mar, 体育 10 Feb, 文化 10 Jan = 3 (康复 does not count); m2: 1 (the voided
    # one does not count); m3, m4: none; m5 had 3 but is archived, so off the register.
    assert (goal.on_register, goal.met, goal.partial, goal.none) == (4, 1, 1, 2)
    assert (goal.year, goal.target, goal.percent) == (2024, 3, 25)
    counts = {row.person_id: row.count for row in activities.member_counts(db, 2024)}
    on_register = [pid for key, pid in centre.items() if key != "m5"]
    assert goal.met == sum(1 for pid in on_register if counts[pid] >= 3)
    assert dashboard.goal_progress(db, 2023).met == 0


def test_goal_leaves_out_members_who_left_before_the_year(db: Database) -> None:
    add_member(db, 1)
    add_member(db, 2, joined_on="2020-01-01", left_on="2023-12-31")
    add_member(db, 3, joined_on="2024-03-01")
    goal = dashboard.goal_progress(db, 2024)
    assert (goal.on_register, goal.met, goal.none, goal.percent) == (2, 0, 2, 0)
    assert dashboard.goal_progress(db, 2019).on_register == 0  # nobody had joined yet


def test_goal_on_an_empty_register(db: Database) -> None:
    goal = dashboard.goal_progress(db, 2024)
    assert (goal.on_register, goal.met, goal.percent) == (0, 0, 0)


# -- alerts -------------------------------------------------------------------------------------
def test_no_backup_yet_is_an_error_pointing_at_settings(db: Database) -> None:
    found = dashboard.backup_alerts(db, NOW)
    assert found == [Alert("backup.none", Severity.ERROR, "还没有成功的备份，请立即备份",
                           "settings")]


def test_old_backup_is_a_warning_and_a_fresh_one_none(db: Database) -> None:
    backup.make_backup(db, actor=ADMIN, now=datetime(2024, 3, 1, 10, 30))
    found = dashboard.backup_alerts(db, NOW)
    assert [(a.key, a.severity, a.target) for a in found] == \
        [("backup.stale", Severity.WARNING, "settings")]
    assert found[0].message == \
        "最近一次成功备份是 14 天前（2024-03-01 10:30），已超过7天，请尽快备份"
    backup.make_backup(db, actor=ADMIN, now=datetime(2024, 3, 14, 10, 30))
    assert dashboard.backup_alerts(db, NOW) == []


def test_validation_findings_become_alerts_with_their_page(db: Database) -> None:
    member = add_member(db, 1, cert_number=None)
    sign_in(db, member, "2024-03-04", out=False)  # a past day, never signed out
    found = dashboard.validation_alerts(db, NOW)
    assert {(a.key, a.severity, a.target) for a in found} == {
        ("validation.people.no_certificate", Severity.WARNING, "people"),
        ("validation.attendance.no_sign_out", Severity.WARNING, "attendance")}
    messages = {a.key: a.message for a in found}
    assert messages["validation.attendance.no_sign_out"] == "本月：1 条往日签到没有签退记录"
    # The same rules as the monthly report, which also says the month has not ended (not an
    # alert: the home page would show it every day).
    report = indicators.compute(db, "2024-03", TODAY)
    assert [(f.rule, f.count) for f in dashboard.month_findings(db, "2024-03", TODAY)] == \
        [(f.rule, f.count) for f in report.findings if f.rule != "month.unfinished"]
    assert report.findings[-1].rule == "month.unfinished"


def test_validation_errors_come_first(db: Database) -> None:
    member = add_member(db, 1, cert_number=None)
    # Recorded on the 20th, so the report run "today" (the 15th) finds a future date.
    attendance.staff_sign_in(db, member, datetime(2024, 3, 20, 9), actor=STAFF, reason="补签",
                             now=datetime(2024, 3, 20, 18))
    backup.make_backup(db, actor=ADMIN, now=datetime(2024, 3, 15, 8))
    found = dashboard.alerts(db, NOW)
    assert [a.severity for a in found] == [Severity.ERROR, Severity.WARNING]
    assert found[0].key == "validation.attendance.future" and found[0].target == "attendance"
    assert found[0].message == "本月：1 条签到的日期晚于今天，请作废或更正"


def test_last_month_not_closed_is_a_warning_until_submitted(db: Database,
                                                            tmp_path: Path) -> None:
    # A centre with nothing before this month has nothing to submit yet.
    assert dashboard.month_close_alerts(db, NOW) == []
    member = add_member(db, 1)
    sign_in(db, member, "2024-02-20")
    assert dashboard.month_close_alerts(db, NOW) == [Alert(
        "month.not_closed", Severity.WARNING, "2024-02 的月报还没有报送关账：请导出并报送",
        "export")]
    save_centre_profile(db)
    export_monthly_workbook(db, "2024-02", tmp_path, generated_by="staff", actor=STAFF,
                            today=TODAY)
    month_close.close_month(db, "2024-02", actor=STAFF, today=TODAY)
    assert dashboard.month_close_alerts(db, NOW) == []
    # In April it is March that is due.
    assert [a.message for a in dashboard.month_close_alerts(db, datetime(2024, 4, 2, 9))] == \
        ["2024-03 的月报还没有报送关账：请导出并报送"]


def test_a_declared_check_shows_in_the_alerts(db: Database) -> None:
    backup.make_backup(db, actor=ADMIN, now=datetime(2024, 3, 15, 8))
    assert dashboard.alerts(db, NOW) == []
    # A capability declares ALERTS in its models package (the sample one through extra).
    assert dashboard.alerts(db, NOW, extra=("tests.sample_capability.models",)) == [
        Alert("sample.none", Severity.WARNING, "2024-03 还没有志愿者", "sample")]


def test_reading_the_dashboard_writes_nothing(db: Database, centre: dict[str, int]) -> None:
    before = db.total_changes
    dashboard.today_figures(db, TODAY)
    dashboard.month_comparison(db, TODAY)
    dashboard.trend(db, TODAY)
    dashboard.goal_progress(db, 2024)
    dashboard.alerts(db, NOW)
    assert db.total_changes == before
