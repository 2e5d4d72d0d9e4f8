"""Demo daily care: the same seed gives the same care, and the care agrees with the sign-ins,
the plans and the report's checks (no error in any month; a few warnings at most)."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.care import care_stats, demo_care, profile
from desktop.models.care.day_care import PROGRAMME, SERIOUS
from desktop.models.care.indicator_provider import validate
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.demo import demo
from desktop.models.reporting.indicators import Severity

TODAY = date(2024, 6, 1)
OPTIONS = demo.DemoOptions(seed=7, members=60, years=2, today=TODAY)
STAFF = Actor("staff", Role.STAFF)
TABLES = ("care_profile", "care_medication", "care_pickup", "care_plan", "care_plan_service",
          "care_log", "care_entry", "care_dose", "care_handover", "care_incident",
          "care_provider", "care_provider_session", "care_provider_session_member",
          "care_meal_rate")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, OPTIONS)
    return path


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def test_the_same_seed_gives_the_same_care(demo_db: Path, tmp_path: Path) -> None:
    with open_database(tmp_path / "again.db") as db:
        demo.generate(db, OPTIONS)
        again = _dump(db)
    with open_database(demo_db) as db:
        first = _dump(db)
    assert first == again
    assert all(first[t] for t in TABLES)
    with open_database(tmp_path / "other.db") as db:
        demo.generate(db, demo.DemoOptions(seed=8, members=60, years=2, today=TODAY))
        assert _dump(db)["care_entry"] != first["care_entry"]


def test_every_member_of_the_programme_has_a_profile_a_guardian_and_plans(
        demo_db: Path) -> None:
    with open_database(demo_db) as db:
        members = {int(r[0]) for r in db.query(
            "SELECT person_id FROM member_programme WHERE programme = ?", (PROGRAMME,))}
        assert len(members) >= 5
        assert {int(r[0]) for r in db.query("SELECT person_id FROM care_profile")} == members
        assert {int(r[0]) for r in db.query(
            "SELECT person_id FROM care_pickup WHERE is_guardian = 1")} == members
        # A plan per year, the current one not ended, each with lunch on its days.
        current = db.query("SELECT person_id, review_on FROM care_plan WHERE ended_on IS NULL")
        assert {int(r[0]) for r in current} == members
        assert int(db.scalar("SELECT count(*) FROM care_plan p WHERE NOT EXISTS (SELECT 1 FROM"
                             " care_plan_service s WHERE s.plan_id = p.id"
                             " AND s.service = 'lunch')")) == 0
        assert 0 < int(db.scalar("SELECT count(DISTINCT person_id) FROM care_medication")) \
            < len(members)


def test_care_is_recorded_only_on_days_signed_in_and_follows_the_plan(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        unsigned = db.scalar(
            "SELECT count(*) FROM care_entry e WHERE e.voided_at IS NULL AND NOT EXISTS"
            " (SELECT 1 FROM sign_in s WHERE s.person_id = e.person_id AND s.day = e.day"
            " AND s.voided_at IS NULL)")
        assert unsigned == 0
        visits = int(db.scalar(
            "SELECT count(*) FROM sign_in s JOIN member_programme p ON p.person_id = s.person_id"
            " AND p.programme = ? WHERE s.voided_at IS NULL", (PROGRAMME,)))
        care_days = int(db.scalar("SELECT count(*) FROM (SELECT DISTINCT person_id, day FROM"
                                  " care_entry WHERE voided_at IS NULL)"))
        assert 0.95 * visits <= care_days <= visits
        lunches = int(db.scalar("SELECT count(*) FROM care_entry WHERE service = 'lunch'"
                                " AND voided_at IS NULL"))
        assert lunches >= 0.9 * care_days  # lunch almost always
        statuses = {str(r[0]): int(r[1]) for r in db.query(
            "SELECT status, count(*) FROM care_dose GROUP BY status")}
        # Mostly given: about one dose in thirty refused or missed.
        assert statuses["given"] > 10 * (statuses.get("refused", 0) + statuses.get("missed", 0))
        # Hand-overs at or after the arrival.
        late = db.scalar("SELECT count(*) FROM care_handover h JOIN sign_in s ON s.person_id ="
                         " h.person_id AND s.day = h.day AND s.voided_at IS NULL"
                         " WHERE h.collected_at < substr(s.signed_in_at, 12, 5)")
        assert late == 0


def test_no_month_has_a_care_error_and_warnings_are_few(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        for year in (2023, 2024):
            for number in range(1, 13 if year == 2023 else 6):
                month = f"{year}-{number:02d}"
                findings = validate(db, month, TODAY)
                assert not [f for f in findings if f.severity is Severity.ERROR], month
                no_dose = sum(f.count for f in findings if f.rule == "care.no_dose")
                stats = care_stats.month_stats(db, month)
                assert no_dose <= max(3, stats.care_days // 100), month
        # Some current plans are overdue for their review, not most.
        overdue = sum(f.count for f in validate(db, "2024-05", TODAY)
                      if f.rule == "care.review_overdue")
        members = int(db.scalar("SELECT count(*) FROM care_profile"))
        assert overdue < members / 2


def test_incidents_providers_and_meal_prices(demo_db: Path) -> None:
    with open_database(demo_db) as db:
        per_year = [int(r[0]) for r in db.query(
            "SELECT count(*) FROM care_incident WHERE voided_at IS NULL"
            " GROUP BY substr(occurred_at, 1, 4)")]
        assert all(3 <= n <= 9 for n in per_year)
        open_serious = int(db.scalar(
            "SELECT count(*) FROM care_incident WHERE closed_at IS NULL AND voided_at IS NULL"
            f" AND severity IN ({', '.join('?' * len(SERIOUS))})", SERIOUS))
        assert open_serious <= 1
        assert [tuple(r) for r in db.query(
            "SELECT substr(starts_on, 1, 4), unit FROM care_provider ORDER BY starts_on, id")] == [
            ("2023", "hours"), ("2023", "sessions"), ("2024", "hours"), ("2024", "sessions")]
        assert db.scalar("SELECT count(*) FROM care_provider_session_member") > 0
        assert db.scalar("SELECT count(*) FROM care_meal_rate") >= 1


def test_the_running_day_is_left_for_staff(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 6, 3, 10, 0))  # a Monday morning
    with open_database(tmp_path / "live.db", clock=clock) as db:
        demo.generate(db, demo.DemoOptions(seed=3, members=40, years=1,
                                           today=date(2024, 6, 3)))
        assert db.scalar("SELECT count(*) FROM sign_in WHERE day = '2024-06-03'") > 0
        for table in ("care_entry", "care_dose", "care_log", "care_handover"):
            assert db.scalar(f"SELECT count(*) FROM {table} WHERE day = '2024-06-03'") == 0
        assert db.scalar("SELECT count(*) FROM care_entry WHERE day = '2024-06-01'") > 0


def test_it_runs_inside_the_demos_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        demo_care.generate_care(db, random.Random(1), TODAY, 1)


def test_demo_risks_are_flags_the_profile_form_ticks(demo_db: Path) -> None:
    """Each demo profile's risks load back as the form's own flags (joined the way the model
    stores them), so a profile opened and saved keeps them."""
    with open_database(demo_db) as db:
        stored = [str(r[0]) for r in db.query("SELECT risks FROM care_profile WHERE risks != ''")]
        assert stored
        for person_id in (int(r[0]) for r in db.query("SELECT person_id FROM care_profile")):
            found = profile.load_profile(db, person_id, actor=STAFF)
            assert found is not None
            assert profile.join_risks(found.data.risks) == db.scalar(
                "SELECT risks FROM care_profile WHERE person_id = ?", (person_id,))
