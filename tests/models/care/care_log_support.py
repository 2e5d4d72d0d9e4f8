"""What the care-log and dose tests share: a clocked database with the care centre, service
plans written as the plans module stores them, and row counts for "nothing written"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from tests.care_support import CARE_DAY, CARE_NOW, CareCentre, care_centre

APRIL_DAY = date(2024, 4, 15)

CARE_TABLES = ("care_entry", "care_log", "care_dose", "audit_log")


def counts(db: Database) -> dict[str, int]:
    """Rows of the tables the log and the doses write."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in CARE_TABLES}


def add_plan(db: Database, person_id: int, plan_services: dict[str, tuple[str, int | None]],
             starts_on: str = "2024-01-02", review_on: str = "2024-07-01",
             ended_on: str | None = None) -> int:
    """An individual service plan with its services ({key: (weekdays, minutes)})."""
    with db.transaction():
        plan_id = int(db.execute(
            "INSERT INTO care_plan (person_id, starts_on, review_on, goals, ended_on,"
            " created_at, updated_at) VALUES (?, ?, ?, '生活自理', ?, ?, ?)",
            (person_id, starts_on, review_on, ended_on, "2024-01-02T09:00:00",
             "2024-01-02T09:00:00")).lastrowid or 0)
        db.executemany(
            "INSERT INTO care_plan_service (plan_id, service, weekdays, minutes)"
            " VALUES (?, ?, ?, ?)",
            [(plan_id, key, days, minutes) for key, (days, minutes) in plan_services.items()])
    return plan_id


def open_clocked(folder: Path) -> Database:
    """A new database in ``folder`` whose clock stands at noon on CARE_DAY."""
    return open_database(folder / "care.db", clock=FixedClock(CARE_NOW))


def centre_present(db: Database) -> CareCentre:
    """The care centre, present on CARE_DAY and on APRIL_DAY (the month before)."""
    return care_centre(db, present_on=(APRIL_DAY, CARE_DAY))
