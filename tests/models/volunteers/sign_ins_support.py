"""What the volunteer sign-in, no-show and kiosk-link tests share: a clocked database with
volunteers, shifts and sign-ups written as the schema stores them (shifts.py and signups.py
are another part's), and row counts for "nothing written"."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.people import people
from tests.conftest import STAFF, make_id_number, make_person_input

DAY = date(2024, 5, 14)
NOON = datetime(2024, 5, 14, 12, 0)
TABLES = ("volunteer_sign_in", "volunteer_service", "volunteer_signup", "audit_log")


def open_clocked(folder: Path, at: datetime = NOON) -> tuple[Database, FixedClock]:
    """A new database in ``folder`` whose clock stands at ``at``."""
    clock = FixedClock(at)
    return open_database(folder / "vol.db", clock=clock), clock


def counts(db: Database) -> dict[str, int]:
    """Rows of the tables the sign-ins and no-shows write."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}


def volunteer(db: Database, name: str, seq: int, card: str | None = None) -> int:
    """A volunteer (not a member), with a kiosk card when ``card`` is given."""
    person_id = people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True, volunteer_number=f"BJV24{seq:05d}"),
        actor=STAFF, today=date(2024, 1, 2))
    if card is not None:
        with db.transaction():
            db.execute("INSERT INTO volunteer_detail (person_id, card_number, created_at,"
                       " updated_at) VALUES (?, ?, '2024-01-02T09:00:00',"
                       " '2024-01-02T09:00:00')", (person_id, card))
    return int(person_id)


def post_id(db: Database, name: str = "助餐") -> int:
    """A seeded post's id."""
    return int(db.scalar("SELECT id FROM volunteer_post WHERE name = ?", (name,)))


def shift(db: Database, day: date, starts: str, ends: str, *, post: str = "助餐",
          cancelled: bool = False) -> int:
    """A one-off shift."""
    with db.transaction():
        return int(db.execute(
            "INSERT INTO volunteer_shift (post_id, day, starts_at, ends_at, capacity,"
            " cancelled_at, cancel_reason, created_by, created_at)"
            " VALUES (?, ?, ?, ?, 3, ?, ?, 'staff', '2024-01-02T09:00:00')",
            (post_id(db, post), day.isoformat(), starts, ends,
             "2024-01-03T09:00:00" if cancelled else None,
             "下雨" if cancelled else None)).lastrowid or 0)


def sign_up(db: Database, shift_id: int, person_id: int) -> int:
    """The volunteer signed up for the shift."""
    with db.transaction():
        return int(db.execute(
            "INSERT INTO volunteer_signup (shift_id, person_id, recorded_by, created_at,"
            " updated_at) VALUES (?, ?, 'staff', '2024-01-02T09:00:00',"
            " '2024-01-02T09:00:00')", (shift_id, person_id)).lastrowid or 0)


def service_rows(db: Database) -> list[tuple[int, int, str, bool]]:
    """(sign_in_id, minutes, content, valid) of every service row, oldest first."""
    return [(r[0], r[1], r[2], r[3] is None) for r in db.query(
        "SELECT sign_in_id, minutes, content, voided_at FROM volunteer_service ORDER BY id")]
