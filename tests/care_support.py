"""Daily-care test data made through the real code where it exists, shared by the care tests of
every layer (``tests/models/care``, ``tests/ui/care``, ``tests/excel/care``, ``tests/cli``).

``care_centre`` makes a centre with day-care members signed in on a few days; the care profile,
medication and pick-up rows are inserted as the profile module writes them (one transaction,
like any user action), so each part of the capability can be tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.people import people
from tests.conftest import ADMIN, make_id_number, make_person_input, save_centre_profile

# A Monday in a month with no holidays of note; the tests' clock stands at noon that day.
CARE_DAY = date(2024, 5, 13)
CARE_NOW = datetime(2024, 5, 13, 12, 0)


@dataclass
class CareCentre:
    """The ids the tests use: ``members`` in the programme, ``other`` a member outside it,
    ``medication`` one schedule per member (08:00 and 12:00 for the first), ``pickups``
    the guardian allowed to collect each."""

    members: list[int] = field(default_factory=list)
    other: int = 0
    medication: dict[int, int] = field(default_factory=dict)
    pickups: dict[int, int] = field(default_factory=dict)


NAMES = ("王芳", "李强", "赵敏")


def add_day_care_member(db: Database, name: str, seq: int, *, programmes: tuple[str, ...] = (
        "温馨家园", "日间照料"), profile: bool = True) -> int:
    """A member (in the 日间照料 programme by default) with a care profile; returns the id."""
    person_id = people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}",
        programmes=list(programmes)), actor=ADMIN, today=date(2024, 1, 2))
    if profile:
        with db.transaction():
            db.execute("INSERT INTO care_profile (person_id, self_care, allergies, risks,"
                       " created_at, updated_at) VALUES (?, '半自理', '青霉素', '走失', ?, ?)",
                       (person_id, "2024-01-02T09:00:00", "2024-01-02T09:00:00"))
    return person_id


def add_medication(db: Database, person_id: int, medicine: str = "丙戊酸钠缓释片",
                   dose: str = "0.5g", times: str = "08:00,12:00",
                   starts_on: str = "2024-01-02") -> int:
    """A medication schedule row; returns its id."""
    with db.transaction():
        return db.execute(
            "INSERT INTO care_medication (person_id, medicine, dose, times, supplied_by,"
            " starts_on, created_at, updated_at) VALUES (?, ?, ?, ?, '家属', ?, ?, ?)",
            (person_id, medicine, dose, times, starts_on, "2024-01-02T09:00:00",
             "2024-01-02T09:00:00")).lastrowid or 0


def add_pickup(db: Database, person_id: int, name: str = "王建国", relation: str = "父亲",
               phone: str = "13900001111") -> int:
    """A guardian allowed to collect the member; returns the row id."""
    with db.transaction():
        return db.execute(
            "INSERT INTO care_pickup (person_id, name, relation, phone, is_guardian, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
            (person_id, name, relation, phone, "2024-01-02T09:00:00",
             "2024-01-02T09:00:00")).lastrowid or 0


def sign_in(db: Database, person_id: int, day: date, at: time = time(8, 30),
            out: time | None = None) -> int:
    """A staff sign-in for the member on ``day``; returns its id."""
    return attendance.staff_sign_in(
        db, person_id, datetime.combine(day, at),
        datetime.combine(day, out) if out else None, actor=ADMIN, reason="测试数据")


def care_centre(db: Database, *, present_on: tuple[date, ...] = (CARE_DAY,)) -> CareCentre:
    """Three day-care members (``NAMES``) signed in on each day of ``present_on``, each with a
    medication schedule and a guardian; one member outside the programme, also signed in."""
    save_centre_profile(db)
    centre = CareCentre()
    for number, name in enumerate(NAMES):
        person_id = add_day_care_member(db, name, 101 + number)
        centre.members.append(person_id)
        centre.medication[person_id] = add_medication(
            db, person_id, times="08:00,12:00" if number == 0 else "12:00")
        centre.pickups[person_id] = add_pickup(db, person_id, name=f"{name[0]}家长")
    centre.other = add_day_care_member(db, "孙丽", 120, programmes=("温馨家园",), profile=False)
    for day in present_on:
        for person_id in (*centre.members, centre.other):
            sign_in(db, person_id, day)
    return centre
