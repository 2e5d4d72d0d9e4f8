"""Demo volunteer service: the same seed gives the same records; the hours agree with the sign-ins
and the shifts (service only on days signed in, within the shift, never over the daily
maximum); no month of it has a report finding; a realistic no-show rate; ten years reach every
star level; the running day is left for the kiosk."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from faker import Faker

from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.volunteers import demo_volunteers
from desktop.models.volunteers.indicator_provider import validate
from desktop.models.volunteers.rules import (
    DEFAULT_MAX_DAILY,
    DEFAULT_ROUNDING,
    service_minutes,
    star_level,
)

TODAY = date(2024, 6, 1)
OPTIONS = demo.DemoOptions(seed=7, members=60, years=2, today=TODAY)
TABLES = ("volunteer_detail", "volunteer_training", "volunteer_pattern", "volunteer_shift",
          "volunteer_signup", "volunteer_sign_in", "volunteer_service")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, OPTIONS)
    return path


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def test_the_same_seed_gives_the_same_service(demo_db: Path, tmp_path: Path) -> None:
    with open_database(tmp_path / "again.db") as db:
        demo.generate(db, OPTIONS)
        again = _dump(db)
    with open_database(demo_db) as db:
        first = _dump(db)
        # One audit entry for the whole load.
        assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_service'"
                         ) == 1
    assert first == again
    assert all(first[t] for t in TABLES)
    with open_database(tmp_path / "other.db") as db:
        demo.generate(db, demo.DemoOptions(seed=8, members=60, years=2, today=TODAY))
        assert _dump(db)["volunteer_service"] != first["volunteer_service"]


def test_every_volunteer_has_details_and_some_a_kiosk_card(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        volunteers = {int(r[0]) for r in db.query("SELECT person_id FROM volunteer")}
        details = db.query("SELECT person_id, card_number FROM volunteer_detail")
        assert {int(r[0]) for r in details} == volunteers
        cards = [r[1] for r in details if r[1]]
        assert 0 < len(cards) < len(details)


def test_service_is_recorded_only_from_sign_ins_within_their_shifts(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        rows = db.query(
            "SELECT s.person_id, s.day, s.minutes, s.shift_id, s.post_id, i.person_id AS who,"
            " i.day AS signed_day, i.signed_in_at, i.signed_out_at, i.shift_id AS signed_shift,"
            " i.confirmed_by, sh.starts_at, sh.ends_at, sh.post_id AS shift_post,"
            " sh.cancelled_at FROM volunteer_service s"
            " JOIN volunteer_sign_in i ON i.id = s.sign_in_id"
            " LEFT JOIN volunteer_shift sh ON sh.id = s.shift_id")
        assert len(rows) == db.scalar("SELECT count(*) FROM volunteer_service")
        planned = 0
        for r in rows:
            assert (r["who"], r["signed_day"]) == (r["person_id"], r["day"])
            assert r["signed_shift"] == r["shift_id"]
            if r["shift_id"] is None:
                assert r["confirmed_by"]  # unplanned: staff confirmed it
                continue
            planned += 1
            assert r["cancelled_at"] is None and r["post_id"] == r["shift_post"]
            if r["signed_out_at"] is not None:
                assert r["minutes"] == service_minutes(
                    r["day"], r["starts_at"], r["ends_at"], r["signed_in_at"],
                    r["signed_out_at"], DEFAULT_ROUNDING)
            length = (int(r["ends_at"][:2]) * 60 + int(r["ends_at"][3:])
                      - int(r["starts_at"][:2]) * 60 - int(r["starts_at"][3:]))
            assert 0 < r["minutes"] <= length
        assert planned > 0.9 * len(rows)
        assert db.scalar("SELECT max(m) FROM (SELECT sum(minutes) AS m FROM volunteer_service"
                         " GROUP BY person_id, day)") <= DEFAULT_MAX_DAILY
        # A sign-in on a shift comes from a sign-up that was kept, never a no-show.
        assert db.scalar(
            "SELECT count(*) FROM volunteer_sign_in i WHERE i.shift_id IS NOT NULL AND NOT"
            " EXISTS (SELECT 1 FROM volunteer_signup u WHERE u.shift_id = i.shift_id"
            " AND u.person_id = i.person_id AND u.status = 'signed_up')") == 0
        # Sign-ins after the last day of data: none (the shifts ahead have sign-ups only).
        assert db.scalar("SELECT count(*) FROM volunteer_sign_in WHERE day > ?",
                         (TODAY.isoformat(),)) == 0
        assert db.scalar("SELECT count(*) FROM volunteer_shift WHERE day > ?",
                         (TODAY.isoformat(),)) > 0


def test_no_hours_are_credited_without_a_sign_out_staff_confirmed(demo_db: Path) -> None:
    """A volunteer who forgot to sign out gets hours only as 按班次结束计 gives them: signed out
    at the shift's end and confirmed by staff, so 按班次结束计 is never offered on them."""
    with open_database(demo_db) as db:
        assert db.scalar(
            "SELECT count(*) FROM volunteer_service s JOIN volunteer_sign_in i"
            " ON i.id = s.sign_in_id WHERE i.signed_out_at IS NULL") == 0
        forgotten = db.query(
            "SELECT i.signed_out_at, i.confirmed_by, i.confirmed_at, sh.day, sh.ends_at"
            " FROM volunteer_sign_in i JOIN volunteer_shift sh ON sh.id = i.shift_id"
            " WHERE i.confirmed_by IS NOT NULL")
        assert forgotten
        for r in forgotten:
            assert r["signed_out_at"] == f"{r['day']}T{r['ends_at']}:00"
            assert r["confirmed_at"] > r["signed_out_at"]


def test_no_month_has_a_finding_and_no_shows_are_realistic(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        for year in (2023, 2024):
            for number in range(1, 13 if year == 2023 else 6):
                assert validate(db, f"{year}-{number:02d}", TODAY) == [], (year, number)
        status = Counter(str(r[0]) for r in db.query(
            "SELECT u.status FROM volunteer_signup u JOIN volunteer_shift s ON s.id = u.shift_id"
            " WHERE s.day <= ?", (TODAY.isoformat(),)))
        kept = sum(status.values()) - status["cancelled"]
        assert 0.05 <= status["no_show"] / kept <= 0.10
        assert status["excused"] and status["cancelled"]


def test_ten_years_reach_every_star_level(tmp_path: Path) -> None:
    """People and volunteer service only (the other steps are not needed here)."""
    options = demo.DemoOptions(seed=3, members=150, years=10, today=TODAY)
    with open_database(tmp_path / "ten.db") as db:
        fake = Faker("zh_CN")
        fake.seed_instance(options.seed)
        run = demo.DemoRun(options, random.Random(options.seed), fake)
        with db.transaction():
            demo.generate_people(db, run)
            demo_volunteers.generate(db, run)
        totals = [int(r[0]) for r in db.query(
            "SELECT sum(minutes) FROM volunteer_service WHERE voided_at IS NULL"
            " GROUP BY person_id")]
    assert {star_level(minutes) for minutes in totals} == {0, 1, 2, 3, 4, 5}


def test_the_running_day_is_left_for_the_kiosk(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 6, 3, 10, 0))  # a Monday morning
    with open_database(tmp_path / "today.db", clock=clock) as db:
        demo.generate(db, demo.DemoOptions(seed=7, members=60, years=1,
                                           today=date(2024, 6, 3)))
        assert db.scalar("SELECT count(*) FROM volunteer_sign_in WHERE day = '2024-06-03'") == 0
        assert db.scalar("SELECT count(*) FROM volunteer_signup u JOIN volunteer_shift s"
                         " ON s.id = u.shift_id WHERE s.day = '2024-06-03'") > 0
        assert db.scalar("SELECT count(*) FROM volunteer_sign_in WHERE day = '2024-06-01'"
                         ) > 0


def test_it_runs_inside_the_demos_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        demo_volunteers.generate_volunteers(db, random.Random(1), TODAY, 1)
