"""What the shift, sign-up and details tests share: a database whose clock stands on the
Monday of SHIFT_WEEK, volunteers made through the people register, and counts of the rows a
refused write must leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.people import people
from desktop.models.volunteers.shifts import ShiftInput, create_shift
from tests.conftest import STAFF, make_id_number, make_person_input

MONDAY = date(2024, 6, 3)
SHIFT_NOW = datetime(2024, 6, 3, 9, 0)
POST_MEALS = 3  # 助餐, seeded by v10
POST_CARE = 1  # 日间照料协助
VOLUNTEER_TABLES = ("volunteer_detail", "volunteer_training", "volunteer_post",
                    "volunteer_pattern", "volunteer_shift", "volunteer_signup", "audit_log")


@pytest.fixture
def vol_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database whose clock stands at 09:00 on MONDAY."""
    database = open_database(tmp_path / "vol.db", clock=FixedClock(SHIFT_NOW))
    try:
        yield database
    finally:
        database.close()


def volunteer(db: Database, name: str, seq: int, *, number: str = "") -> int:
    """A volunteer (not a member) on the register; returns the person's id."""
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True,
        volunteer_number=number or f"BJV24{seq:05d}"), actor=STAFF, today=MONDAY)


def shift(db: Database, day: str = "2024-06-04", starts_at: str = "09:00",
          ends_at: str = "11:00", capacity: int = 2, post_id: int = POST_MEALS) -> int:
    """A one-off shift; returns its id."""
    return create_shift(db, ShiftInput(post_id, day, starts_at, ends_at, capacity), actor=STAFF)


def rows(db: Database) -> dict[str, int]:
    """Rows per volunteer table (and the audit log)."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in VOLUNTEER_TABLES}
