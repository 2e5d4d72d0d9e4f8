"""Demo attendance: deterministic, and every generated sign-in and activity is one the app
itself could have written."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.activities import activities
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.subsidy import subsidy
from tests.conftest import not_none

TODAY = date(2024, 6, 1)
OPTIONS = demo.DemoOptions(seed=7, members=30, years=2, today=TODAY)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database for the tests that only read it."""
    with open_database(tmp_path_factory.mktemp("demo") / "demo.db") as database:
        demo.generate(database, OPTIONS)
        yield database


def _dump(database: Database, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in database.query(f"SELECT * FROM {table} ORDER BY 1, 2")]


def test_the_step_is_declared_after_the_people() -> None:
    declared = [step.generate for step in demo.steps()]
    assert declared[:2] == ["desktop.models.demo.demo:generate_people",
                            "desktop.models.attendance.demo_attendance:generate"]


def test_same_seed_and_today_give_identical_attendance(tmp_path: Path,
                                                       demo_db: Database) -> None:
    with open_database(tmp_path / "again.db") as again:
        counts = demo.generate(again, OPTIONS)
        for table in ("sign_in", "activity", "activity_participant"):
            assert _dump(again, table) == _dump(demo_db, table), table
    assert counts["sign_ins"] > 30 * 200  # two years of most members coming most days
    assert counts["activities"] >= 2 * 12 * 3
    assert counts["activity_participants"] > 0


def test_one_valid_sign_in_per_member_per_day_on_open_days_up_to_today(
        demo_db: Database) -> None:
    assert demo_db.scalar(
        "SELECT count(*) FROM (SELECT person_id, day FROM sign_in WHERE voided_at IS NULL"
        " GROUP BY person_id, day HAVING count(*) > 1)") == 0
    first, last = not_none(demo_db.query_one("SELECT min(day), max(day) FROM sign_in"))
    assert first >= "2023-01-01" and last <= TODAY.isoformat()
    days = {date.fromisoformat(r[0]) for r in demo_db.query("SELECT DISTINCT day FROM sign_in")}
    assert not [d for d in days if d.weekday() == 6], "the centre is closed on Sundays"
    assert not [d for d in days if (d.month, d.day) in ((1, 1), (10, 1), (5, 1))]


def test_sign_in_times_are_consistent(demo_db: Database) -> None:
    rows = demo_db.query(
        "SELECT s.day, s.signed_in_at, s.signed_out_at, s.method, s.voided_at, s.void_reason,"
        " m.joined_on FROM sign_in s JOIN member m ON m.person_id = s.person_id")
    methods = set()
    for row in rows:
        signed_in = datetime.fromisoformat(row["signed_in_at"])
        assert signed_in.date().isoformat() == row["day"]
        if row["signed_out_at"]:
            signed_out = datetime.fromisoformat(row["signed_out_at"])
            assert signed_out >= signed_in and signed_out.date() == signed_in.date()
        assert row["joined_on"] is None or row["day"] >= row["joined_on"]
        assert (row["voided_at"] is None) == (row["void_reason"] is None)
        methods.add(row["method"])
    assert methods <= {"card", "search", "keypad", "staff", "paper"}
    assert {"card", "staff"} <= methods


def test_rehab_trainees_come_most_days_and_sign_out_after_four_to_six_hours(
        demo_db: Database) -> None:
    rows = demo_db.query(
        "SELECT (strftime('%s', s.signed_out_at) - strftime('%s', s.signed_in_at)) / 60"
        " FROM sign_in s JOIN member_programme mp ON mp.person_id = s.person_id"
        " AND mp.programme = '职康站' WHERE s.voided_at IS NULL AND s.method <> 'paper'"
        " AND s.signed_out_at IS NOT NULL")
    minutes = [int(r[0]) for r in rows]
    if not minutes:
        pytest.skip("no 职康站 member in this small demo")
    assert all(230 <= m <= 370 for m in minutes)


def test_participants_come_from_that_days_sign_ins(demo_db: Database) -> None:
    strays = demo_db.scalar(
        "SELECT count(*) FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id"
        " WHERE NOT EXISTS (SELECT 1 FROM sign_in s WHERE s.person_id = ap.person_id"
        " AND s.day = a.day AND s.voided_at IS NULL)")
    assert strays == 0
    future = demo_db.scalar(
        "SELECT count(*) FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id"
        " WHERE a.day > ?", (TODAY.isoformat(),))
    assert future == 0
    kinds = {r[0] for r in demo_db.query("SELECT DISTINCT kind FROM activity")}
    assert kinds <= set(activities.KINDS) and {"文化", "体育"} <= kinds
    per_month = demo_db.query(
        "SELECT substr(day, 1, 7), count(*) FROM activity WHERE day <= ? GROUP BY 1",
        (TODAY.isoformat(),))
    assert all(3 <= int(r[1]) <= 7 for r in per_month[:-1])


def test_one_audit_entry_sums_up_the_bulk_load(demo_db: Database) -> None:
    entries = demo_db.query(
        "SELECT actor, action, reason, after FROM audit_log WHERE table_name IN"
        " ('sign_in', 'activity', 'activity_participant')")
    assert len(entries) == 1
    assert entries[0]["actor"] == "demo" and "批量" in entries[0]["reason"]
    total = int(demo_db.scalar("SELECT count(*) FROM sign_in"))
    assert f'"sign_ins": {total}' in entries[0]["after"]


def test_subsidy_settings_are_set(demo_db: Database) -> None:
    assert subsidy.load_settings(demo_db) == subsidy.SubsidySettings(4000, 240)


def test_a_demo_for_today_writes_nothing_after_now(tmp_path: Path) -> None:
    with open_database(tmp_path / "now.db") as database:
        demo.generate(database, demo.DemoOptions(seed=3, members=20, years=1,
                                                 today=database.clock.today()))
        stamp = datetime.now().isoformat(timespec="seconds")
        latest = not_none(database.query_one(
            "SELECT max(signed_in_at), max(signed_out_at) FROM sign_in"))
        assert latest[0] is None or latest[0] <= stamp
        assert latest[1] is None or latest[1] <= stamp


def test_a_small_demo_stays_quick(tmp_path: Path) -> None:
    started = time.perf_counter()
    with open_database(tmp_path / "small.db") as database:
        demo.generate(database, demo.DemoOptions(seed=1, members=20, years=1, today=TODAY))
    # Generous for slow CI machines; on a developer PC it takes a fraction of a second.
    assert time.perf_counter() - started < 10


def test_a_demo_for_the_clocks_day_stops_at_the_clocks_time(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 6, 28, 10, 30))  # a Friday morning
    with open_database(tmp_path / "fixed.db", clock=clock) as database:
        demo.generate(database, demo.DemoOptions(seed=3, members=20, years=1,
                                                 today=clock.today()))
        latest = not_none(database.query_one(
            "SELECT max(signed_in_at), max(signed_out_at) FROM sign_in WHERE day = ?",
            ("2024-06-28",)))
        assert latest[0] is not None and latest[0] <= "2024-06-28T10:30:00"
        assert latest[1] is None or latest[1] <= "2024-06-28T10:30:00"
        assert database.scalar("SELECT max(day) FROM sign_in") == "2024-06-28"
