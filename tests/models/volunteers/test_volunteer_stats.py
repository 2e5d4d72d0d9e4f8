"""A month of volunteer service in figures: the shared definitions (active, new, shifts, places,
sign-ups, hours, no-shows, cumulative hours and stars) on records with known answers, and the
queries read the day indexes."""

from __future__ import annotations

import re

import pytest

from desktop.models.db import Database
from desktop.models.volunteers import volunteer_stats
from desktop.models.volunteers.volunteer_stats import month_stats
from tests.models.volunteers.report_support import (
    MAY,
    month_of_service,
    post_id,
    service,
    volunteer,
)


def test_a_months_figures_follow_the_shared_definitions(db: Database) -> None:
    month = month_of_service(db)
    zhao, qian, sun, li = month.volunteers
    stats = month_stats(db, MAY)
    # Active: valid service in May (赵, 钱); new: first service in May (钱 only).
    assert (stats.active, stats.new) == (2, 1)
    # 180 + 120 + 240; the voided 60 is not counted.
    assert stats.minutes == 540 and stats.hours == 9.0
    # The cancelled shift and its sign-up are left out; 李's cancelled sign-up too.
    assert (stats.shifts, stats.places, stats.signups) == (3, 7, 4)
    assert stats.filled_percent == 57
    assert stats.no_shows == 1
    rows = {v.person_id: v for v in stats.per_volunteer}
    assert set(rows) == {zhao, qian, sun}
    assert (rows[zhao].minutes, rows[zhao].days, rows[zhao].cumulative_minutes,
            rows[zhao].shifts, rows[zhao].no_shows) == (300, 2, 420, 1, 0)
    assert (rows[qian].minutes, rows[qian].cumulative_minutes, rows[qian].shifts,
            rows[qian].no_shows) == (240, 240, 2, 1)
    assert (rows[sun].minutes, rows[sun].shifts) == (0, 1)
    assert li not in rows
    posts = {p.name: p for p in stats.by_post}
    assert (posts["助餐"].minutes, posts["助餐"].volunteers, posts["助餐"].shifts,
            posts["助餐"].places, posts["助餐"].signups, posts["助餐"].no_shows) == (
        300, 1, 2, 5, 3, 1)
    assert (posts["手工坊指导"].minutes, posts["手工坊指导"].shifts,
            posts["手工坊指导"].filled_percent) == (240, 1, 50)
    # Every active post is listed, with zeros.
    assert posts["义卖"].shifts == 0 and posts["义卖"].filled_percent is None
    assert sum(p.minutes for p in stats.by_post) == stats.minutes


def test_april_is_counted_on_its_own(db: Database) -> None:
    month_of_service(db)
    stats = month_stats(db, "2024-04")
    assert (stats.active, stats.new, stats.minutes, stats.shifts, stats.signups) == (
        2, 2, 210, 0, 0)
    assert stats.filled_percent is None


def test_the_star_follows_cumulative_hours_to_the_months_end(db: Database) -> None:
    person = volunteer(db, "周志愿", 9)
    meals = post_id(db)
    # 99.5 h by April, then 1 h in May: one star from May, none in April.
    for n in range(199):
        service(db, person, f"2023-{n % 12 + 1:02d}-{n % 28 + 1:02d}", meals, 30)
    service(db, person, "2024-05-02", meals, 60)
    may = {v.person_id: v for v in month_stats(db, MAY).per_volunteer}[person]
    assert (may.cumulative_minutes, may.cumulative_hours, may.star) == (6030, 100.5, 1)
    december = {v.person_id: v for v in month_stats(db, "2023-12").per_volunteer}[person]
    assert december.star == 0


def test_a_star_setting_is_honoured(db: Database) -> None:
    person = volunteer(db, "吴志愿", 10)
    service(db, person, "2024-05-02", post_id(db), 120)
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('volunteer.star_hours', '1,2,3')")
    assert month_stats(db, MAY).per_volunteer[0].star == 2


@pytest.mark.parametrize("sql", [volunteer_stats.SERVICE_SQL, volunteer_stats.CUMULATIVE_SQL,
                                 volunteer_stats.SHIFTS_SQL, volunteer_stats.SIGNUPS_SQL])
def test_the_queries_read_the_day_indexes(db: Database, sql: str) -> None:
    plan = [str(r[3]) for r in db.query("EXPLAIN QUERY PLAN " + sql,
                                        {"first": "2024-05-01", "last": "2024-05-31"})]
    scans = [line for line in plan if re.match(
        r"SCAN (volunteer_service|volunteer_shift|volunteer_signup)\b", line)]
    assert not scans, plan
    assert any("USING" in line and "INDEX" in line for line in plan), plan
