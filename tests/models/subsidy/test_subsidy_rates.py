"""Subsidy settings that take effect from a month: past months keep theirs, closed months are
protected, year-to-date sums each month at its own rate, and a v5 database's rate moves in."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models import db as db_module
from desktop.models.attendance import attendance
from desktop.models.db import Database, open_database
from desktop.models.errors import ValidationError
from desktop.models.migrations import MIGRATIONS
from desktop.models.people import people
from desktop.models.reporting import indicators
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.subsidy import subsidy
from desktop.models.subsidy.subsidy import RateEntry, SubsidySettings
from tests.conftest import STAFF, make_id_number, make_person_input, submit_month

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 12)


def rows(db: Database) -> dict[str, int]:
    """The rows a settings change writes (for "nothing written")."""
    return {table: int(db.scalar(f"SELECT count(*) FROM {table}"))
            for table in ("subsidy_rate", "setting", "audit_log")}


@pytest.fixture
def trainee(db: Database) -> int:
    """One 职康站 trainee with 2 days in September, 3 in October, 1 in November 2026."""
    person = people.create_person(db, make_person_input(
        name="王五", id_number=make_id_number(seq=3), card_number="WH000003",
        programmes=["职康站"], joined_on="2026-01-05"), actor=STAFF, today=TODAY)
    for day in ("2026-09-01", "2026-09-02", "2026-10-08", "2026-10-09", "2026-10-10",
                "2026-11-02"):
        attendance.staff_sign_in(db, person, datetime.fromisoformat(f"{day}T09:00"),
                                 datetime.fromisoformat(f"{day}T15:00"), actor=STAFF,
                                 reason="补签", now=NOW)
    return person


def save(db: Database, fen: int, month: str | None, stay: int | None = None) -> None:
    subsidy.save_settings(db, SubsidySettings(fen, stay), actor=STAFF, effective_from=month,
                          today=TODAY)


def test_a_rate_change_from_november_leaves_september_as_it_was(db: Database,
                                                                trainee: int) -> None:
    save(db, 4200, "2026-01")
    september = subsidy.month_table(db, "2026-09")
    save(db, 5250, None)  # from this month, November
    assert subsidy.month_table(db, "2026-09") == september
    assert september.total_fen == 2 * 4200 and september.effective_from == "2026-01"
    november = subsidy.month_table(db, "2026-11")
    assert (november.total_fen, november.effective_from) == (5250, "2026-11")
    assert subsidy.load_settings(db, today=TODAY) == SubsidySettings(5250, None)
    assert subsidy.settings_for(db, "2026-10") == SubsidySettings(4200, None)
    assert subsidy.rate_history(db) == [RateEntry("2026-01", SubsidySettings(4200, None)),
                                        RateEntry("2026-11", SubsidySettings(5250, None))]


def test_year_to_date_sums_each_month_at_its_own_rate(db: Database, trainee: int) -> None:
    save(db, 4000, "2026-01")
    save(db, 5000, "2026-10")
    # A minimum stay from November the 6-hour day meets; October still has none.
    save(db, 6000, "2026-11", stay=7 * 60)
    assert subsidy.span_totals(db, "2026-01-01", "2026-11-30") == (5, 2 * 4000 + 3 * 5000)
    report = indicators.compute(db, "2026-10", today=TODAY)
    figures = {row.indicator.key: (row.this_month, row.last_month, row.year_to_date)
               for row in report.rows if row.indicator.key.startswith("subsidy.")}
    assert figures["subsidy.amount_fen"] == (15000, 8000, 23000)
    assert figures["subsidy.days"] == (3, 2, 5)


def test_no_entry_before_the_first_one_means_no_rate(db: Database, trainee: int) -> None:
    save(db, 4000, "2026-10")
    assert subsidy.month_table(db, "2026-09").total_fen == 0
    assert subsidy.month_table(db, "2026-09").effective_from is None
    assert subsidy.span_totals(db, "2026-01-01", "2026-10-31") == (5, 3 * 4000)


def test_saving_the_same_month_again_updates_its_entry(db: Database) -> None:
    save(db, 4000, "2026-11")
    save(db, 4500, "2026-11", stay=120)
    assert subsidy.rate_history(db) == [RateEntry("2026-11", SubsidySettings(4500, 120))]
    logged = db.query("SELECT action, before, after FROM audit_log"
                      " WHERE table_name = 'subsidy_rate' ORDER BY id")
    assert [row["action"] for row in logged] == ["create", "update"]
    assert '"subsidy.daily_rate_fen": 4000' in logged[1]["before"]
    assert '"subsidy.min_stay_minutes": 120' in logged[1]["after"]
    before = rows(db)
    save(db, 4500, "2026-12", stay=120)  # what December has already: nothing to store
    assert rows(db) == before


def test_a_planned_change_waits_for_its_month(db: Database, trainee: int) -> None:
    save(db, 4000, "2026-01")
    save(db, 4800, "2027-11")  # twelve months ahead: the furthest allowed
    assert subsidy.load_settings(db, today=TODAY) == SubsidySettings(4000, None)
    assert subsidy.load_settings(db, today=date(2027, 11, 1)) == SubsidySettings(4800, None)
    assert subsidy.month_table(db, "2026-11").total_fen == 4000


@pytest.mark.parametrize("closed", [["2026-10"], ["2026-09", "2026-10"]])
@pytest.mark.parametrize("effective", ["2026-10", "2026-09", "2026-01"])
def test_a_change_in_or_before_a_closed_month_is_refused(db: Database, trainee: int,
                                                         closed: list[str],
                                                         effective: str) -> None:
    save(db, 4000, "2026-01")
    for month in closed:
        submit_month(db, month, today=TODAY)
    before = rows(db)
    with pytest.raises(MonthClosedError) as refused:
        save(db, 5000, effective)
    assert refused.value.message == "2026-10 已报送关账：补助标准只能从未关账的月份起生效"
    assert rows(db) == before
    assert subsidy.month_table(db, "2026-10").total_fen == 3 * 4000
    save(db, 5000, "2026-11")  # after the closed months it is fine
    assert subsidy.month_table(db, "2026-11").total_fen == 5000


def test_the_database_refuses_an_entry_in_a_closed_month_too(db: Database,
                                                             trainee: int) -> None:
    submit_month(db, "2026-10", today=TODAY)
    with pytest.raises(sqlite3.IntegrityError, match="closed month is read-only"), \
            db.transaction():
        db.execute("INSERT INTO subsidy_rate (effective_from, daily_rate_fen)"
                   " VALUES ('2026-10', 1)")
    assert rows(db)["subsidy_rate"] == 0


@pytest.mark.parametrize(("month", "message"), [
    ("2026-13", "月份应为 YYYY-MM，如 2026-11，现在是“2026-13”"),
    ("26-11", "月份应为 YYYY-MM，如 2026-11，现在是“26-11”"),
    ("2026-11-01", "月份应为 YYYY-MM，如 2026-11，现在是“2026-11-01”"),
    ("2027-12", "补助标准最多提前 12 个月设定（最晚从 2027-11 起执行），现在是 2027-12"),
])
def test_a_bad_effective_month_is_refused_and_nothing_written(db: Database, month: str,
                                                              message: str) -> None:
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        save(db, 4000, month)
    assert refused.value.fields == {"effective_from": message}
    assert rows(db) == before


def _v5_database(path: Path, monkeypatch: pytest.MonkeyPatch,
                 values: dict[str, str]) -> None:
    """A database at schema v5 holding the single subsidy setting of that version."""
    with monkeypatch.context() as patch:
        patch.setattr(db_module, "MIGRATIONS", MIGRATIONS[:5])
        patch.setattr(db_module, "SCHEMA_VERSION", 5)
        with open_database(path) as old, old.transaction():
            for key, value in values.items():
                old.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, value))
            assert old.schema_version == 5


def test_migrating_a_v5_database_keeps_its_rate_for_every_month(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v5.db"
    _v5_database(path, monkeypatch, {subsidy.RATE_SETTING: "4000",
                                     subsidy.MIN_STAY_SETTING: "240"})
    with open_database(path) as migrated:
        assert migrated.schema_version == len(MIGRATIONS) >= 6
        assert subsidy.rate_history(migrated) == [
            RateEntry(subsidy.BEGINNING, SubsidySettings(4000, 240))]
        assert subsidy.settings_for(migrated, "2019-03") == SubsidySettings(4000, 240)
        assert subsidy.load_settings(migrated) == SubsidySettings(4000, 240)
        assert migrated.scalar("SELECT count(*) FROM setting WHERE key LIKE 'subsidy.%'") == 0


@pytest.mark.parametrize("values", [{}, {subsidy.RATE_SETTING: "forty"}])
def test_migrating_a_v5_database_without_a_usable_rate_leaves_it_unset(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, values: dict[str, str]) -> None:
    path = tmp_path / "v5.db"
    _v5_database(path, monkeypatch, values)
    with open_database(path) as migrated:
        assert subsidy.rate_history(migrated) == []
        assert subsidy.load_settings(migrated) == SubsidySettings(0, None)


def test_a_v5_database_with_a_closed_month_and_a_rate_upgrades(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The rate moves in as the entry from the beginning, which covers the closed month: the
    # closed-month triggers of v6 refused that, and the upgrade failed.
    path = tmp_path / "v5.db"
    with monkeypatch.context() as patch:
        patch.setattr(db_module, "MIGRATIONS", MIGRATIONS[:5])
        patch.setattr(db_module, "SCHEMA_VERSION", 5)
        with open_database(path) as old, old.transaction():
            old.execute("INSERT INTO setting (key, value) VALUES (?, '4000')",
                        (subsidy.RATE_SETTING,))
            old.execute("INSERT INTO month_state (month, closed, closed_at, closed_by)"
                        " VALUES ('2026-09', 1, '2026-10-02T10:00:00', 'staff')")
    with open_database(path) as migrated:
        assert migrated.schema_version == len(MIGRATIONS)
        assert subsidy.rate_history(migrated) == [
            RateEntry(subsidy.BEGINNING, SubsidySettings(4000, None))]
        # The closed month keeps its rate: the triggers are in place after the move.
        with pytest.raises(MonthClosedError):
            save(migrated, 5000, "2026-09")
        with pytest.raises(sqlite3.IntegrityError, match="closed month is read-only"), \
                migrated.transaction():
            migrated.execute("INSERT INTO subsidy_rate (effective_from, daily_rate_fen)"
                             " VALUES ('2026-08', 5000)")
        assert len(subsidy.rate_history(migrated)) == 1
