"""Volunteer service records for the report's tests (vol-report): volunteers made through the
people register, shifts, sign-ups, sign-ins and service rows written as the app would leave
them (the writing modules are other helpers' parts), and a month of service with known
figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.db import Database
from desktop.models.people import people
from tests.conftest import STAFF, make_id_number, make_person_input

STAMP = "2024-05-01T08:00:00"
TODAY = date(2024, 6, 10)
MAY = "2024-05"
NAMES = ("赵志愿", "钱志愿", "孙志愿", "李志愿")


def _insert(db: Database, sql: str, params: tuple[object, ...]) -> int:
    return int(db.execute(sql, params).lastrowid or 0)


def volunteer(db: Database, name: str, seq: int) -> int:
    """A volunteer on the register (no member role); returns the person id."""
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True, volunteer_number=f"BJV24{seq:05d}"),
        actor=STAFF, today=TODAY)


def post_id(db: Database, name: str = "助餐") -> int:
    """A seeded post's id."""
    return int(db.scalar("SELECT id FROM volunteer_post WHERE name = ?", (name,)))


def shift(db: Database, day: str, post: int, capacity: int = 2, starts_at: str = "09:00",
          ends_at: str = "12:00", cancelled: bool = False) -> int:
    """A one-off shift (cancelled with a reason when asked)."""
    with db.transaction():
        return _insert(db,
            "INSERT INTO volunteer_shift (post_id, day, starts_at, ends_at, capacity,"
            " cancelled_at, cancel_reason, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'staff', ?)",
            (post, day, starts_at, ends_at, capacity, STAMP if cancelled else None,
             "下雨取消" if cancelled else None, STAMP))


def signup(db: Database, shift_id: int, person: int, status: str = "signed_up") -> int:
    """A sign-up (a reason given where the status needs one)."""
    reason = "家中有事" if status in ("cancelled", "excused") else ""
    with db.transaction():
        return _insert(db,
            "INSERT INTO volunteer_signup (shift_id, person_id, status, reason, recorded_by,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, 'staff', ?, ?)",
            (shift_id, person, status, reason, STAMP, STAMP))


def sign_in(db: Database, person: int, day: str, at: str, out: str | None,
            shift_id: int | None = None) -> int:
    """A volunteer's sign-in at ``at`` (HH:MM), signed out at ``out`` or not."""
    with db.transaction():
        return _insert(db,
            "INSERT INTO volunteer_sign_in (person_id, day, shift_id, signed_in_at,"
            " signed_out_at, method, recorded_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, 'card', 'kiosk', ?)",
            (person, day, shift_id, f"{day}T{at}:00",
             None if out is None else f"{day}T{out}:00", STAMP))


def service(db: Database, person: int, day: str, post: int, minutes: int, *,
            voided: bool = False, sign_in_id: int | None = None) -> int:
    """A service row (voided with a reason when asked)."""
    with db.transaction():
        return _insert(db,
            "INSERT INTO volunteer_service (person_id, day, post_id, sign_in_id, minutes,"
            " content, recorded_by, created_at, voided_at, void_reason)"
            " VALUES (?, ?, ?, ?, ?, '协助分餐', 'staff', ?, ?, ?)",
            (person, day, post, sign_in_id, minutes, STAMP, STAMP if voided else None,
             "录错了" if voided else None))


@dataclass(frozen=True)
class Month:
    """The volunteers of :func:`month_of_service`, in :data:`NAMES` order."""

    volunteers: tuple[int, ...]
    meals: int
    crafts: int


def month_of_service(db: Database) -> Month:
    """May 2024 with known figures (April has some service too):

    - 赵: served in April (120 min) and in May 180 + 120 min on two days (助餐), one shift
      signed up; not new; cumulative 420 min;
    - 钱: new in May, 240 min (手工坊指导) plus a voided 60; one no-show;
    - 孙: signed up only, excused: no service, not active;
    - 李: service only in April (not active in May).

    Shifts in May: 助餐 two (capacity 2 and 3), one cancelled (capacity 4, its sign-up not
    counted); 手工坊指导 one (capacity 2). Sign-ups not cancelled: 赵 1, 钱 2 (one no-show),
    孙 1 (excused), and a cancelled one of 李's: 4 sign-ups over 7 places.
    """
    zhao, qian, sun, li = (volunteer(db, name, n + 1) for n, name in enumerate(NAMES))
    meals, crafts = post_id(db, "助餐"), post_id(db, "手工坊指导")
    service(db, zhao, "2024-04-20", meals, 120)
    service(db, li, "2024-04-21", meals, 90)
    one = shift(db, "2024-05-06", meals, 2)
    two = shift(db, "2024-05-13", meals, 3)
    shift_cancelled = shift(db, "2024-05-20", meals, 4, cancelled=True)
    craft = shift(db, "2024-05-08", crafts, 2, "13:00", "17:00")
    signup(db, one, zhao)
    signup(db, one, qian, "no_show")
    signup(db, two, sun, "excused")
    signup(db, two, li, "cancelled")
    signup(db, shift_cancelled, zhao)
    signup(db, craft, qian)
    service(db, zhao, "2024-05-06", meals, 180)
    service(db, zhao, "2024-05-13", meals, 120)
    service(db, qian, "2024-05-08", crafts, 240)
    service(db, qian, "2024-05-09", crafts, 60, voided=True)
    return Month((zhao, qian, sun, li), meals, crafts)
