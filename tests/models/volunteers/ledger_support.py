"""What the ledger, service-entry and certificate tests share: a clocked database with a
centre profile, volunteers made through the people register, and service rows written as the
other parts store them (plain SQL), with row counts for "nothing written"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.models.admin import centre
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.people import people
from tests.conftest import ADMIN, STAFF, TODAY, make_id_number, make_person_input

# The ledger's "now": 2024-06-20, a Thursday at noon.
NOW = datetime(2024, 6, 20, 12, 0)
LEDGER_TABLES = ("volunteer_service", "volunteer_certificate", "audit_log")


def counts(db: Database) -> dict[str, int]:
    """Rows of the tables this part writes."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in LEDGER_TABLES}


def open_clocked(folder: Path) -> Database:
    """A new database in ``folder`` with the centre profile, its clock at NOW."""
    db = open_database(folder / "vol.db", clock=FixedClock(NOW))
    centre.save_profile(db, centre.CentreProfile(
        name="测试温馨家园", code="XC-T-01", district="西城区", street="月坛",
        responsible_person="周敏", phone="010-68001234"), actor=ADMIN)
    return db


def volunteer(db: Database, name: str, seq: int, number: str = "") -> int:
    """A volunteer (not a member) made through the people register; returns the person id."""
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True,
        volunteer_number=number or f"BJV24{seq:05d}"), actor=STAFF, today=TODAY)


def post_id(db: Database, name: str = "助餐") -> int:
    """The id of a seeded post."""
    return int(db.scalar("SELECT id FROM volunteer_post WHERE name = ?", (name,)))


def serve(db: Database, person_id: int, day: str, minutes: int, post: str = "助餐",
          content: str = "") -> int:
    """A valid service row as a sign-out or a confirmation would store it."""
    with db.transaction():
        return int(db.execute(
            "INSERT INTO volunteer_service (person_id, day, post_id, minutes, content,"
            " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, 'staff', ?)",
            (person_id, day, post_id(db, post), minutes, content or post,
             f"{day}T18:00:00")).lastrowid or 0)


def bank(db: Database, person_id: int, last_day: str, minutes: int, post: str = "助餐") -> None:
    """``minutes`` of past service as rows of at most 8 hours, one a day, ending on
    ``last_day`` and going back (as years of sign-outs would leave them)."""
    from datetime import date, timedelta

    day, rows = date.fromisoformat(last_day), []
    while minutes > 0:
        part = min(minutes, 480)
        rows.append((person_id, day.isoformat(), post_id(db, post), part, post,
                     f"{day.isoformat()}T18:00:00"))
        minutes -= part
        day -= timedelta(days=1)
    with db.transaction():
        db.executemany(
            "INSERT INTO volunteer_service (person_id, day, post_id, minutes, content,"
            " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, 'staff', ?)", rows)
