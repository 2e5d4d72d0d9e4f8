"""The month's attendance figures (`warmhome attendance summary`) on a hand-made month."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.models.attendance import attendance, attendance_month
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input

NOW = datetime(2024, 6, 1, 12)


def add_member(db: Database, n: int, programmes: list[str]) -> int:
    return people.create_person(db, make_person_input(
        name=f"会员{n}", id_number=make_id_number(seq=n), card_number=f"WH{n:06d}",
        programmes=programmes), actor=STAFF, today=TODAY)


def sign_in(db: Database, person_id: int, day: str) -> int:
    return attendance.staff_sign_in(db, person_id, datetime.fromisoformat(f"{day}T09:00"),
                                    actor=STAFF, reason="补签", now=NOW)


@pytest.fixture
def may(db: Database) -> Database:
    """May 2024: A (温馨家园, 职康站) 3 days, B (温馨家园) 2 days, C (日间照料) 1 day.

    Days with a valid sign-in: 05-06, 05-07, 05-08, 05-20 (four days open). A voided sign-in
    of C on 05-21 does not open that day; sign-ins in April and June do not count.
    """
    a = add_member(db, 1, ["温馨家园", "职康站"])
    b = add_member(db, 2, ["温馨家园"])
    c = add_member(db, 3, ["日间照料"])
    for day in ("2024-05-06", "2024-05-07", "2024-05-08"):
        sign_in(db, a, day)
    for day in ("2024-05-06", "2024-05-20"):
        sign_in(db, b, day)
    sign_in(db, c, "2024-05-07")
    voided = sign_in(db, c, "2024-05-21")
    attendance.void_sign_in(db, voided, actor=STAFF, reason="误刷他人卡")
    sign_in(db, a, "2024-04-30")
    sign_in(db, b, "2024-06-01")
    return db


def test_month_figures(may: Database) -> None:
    figures = attendance_month.summary(may, "2024-05")
    assert figures["month"] == "2024-05"
    assert figures["sign_ins"] == 6
    assert figures["members"] == 3
    assert figures["days_open"] == 4
    assert figures["average_per_day"] == 1.5
    assert figures["by_programme"] == {
        "温馨家园": {"sign_ins": 5, "members": 2, "days_open": 4, "average_per_day": 1.2},
        "职康站": {"sign_ins": 3, "members": 1, "days_open": 3, "average_per_day": 1.0},
        "日间照料": {"sign_ins": 1, "members": 1, "days_open": 1, "average_per_day": 1.0},
    }


def test_a_month_without_sign_ins_is_all_zero(may: Database) -> None:
    figures = attendance_month.summary(may, "2024-03")
    assert (figures["sign_ins"], figures["members"], figures["days_open"],
            figures["average_per_day"]) == (0, 0, 0, 0.0)
    assert set(figures["by_programme"]) == {"温馨家园", "职康站", "日间照料"}


def test_voiding_takes_a_sign_in_out_of_the_figures(may: Database) -> None:
    last = int(may.scalar("SELECT id FROM sign_in WHERE day = '2024-05-20'"))
    attendance.void_sign_in(may, last, actor=STAFF, reason="日期录错")
    figures = attendance_month.summary(may, "2024-05")
    assert (figures["sign_ins"], figures["members"], figures["days_open"]) == (5, 3, 3)
    assert figures["average_per_day"] == round(5 / 3, 1)


@pytest.mark.parametrize("month", ["2024-13", "24-05", "", "2024-00", "May 2024"])
def test_a_bad_month_is_refused(db: Database, month: str) -> None:
    with pytest.raises(ValidationError) as caught:
        attendance_month.summary(db, month)
    assert caught.value.fields == {"month": f"月份应为 YYYY-MM，如 2026-11，现在是“{month}”"}


@pytest.mark.parametrize("programme", [None, "职康站"])
def test_the_matrix_finds_its_members_through_their_own_sign_ins(db: Database,
                                                                  programme: str | None) -> None:
    # Each member's valid sign-ins of the month through the partial index on person and day,
    # never a second pass over every sign-in of the month (the monthly workbook's 考勤明细).
    clause = "" if programme is None else (
        " AND EXISTS (SELECT 1 FROM member_programme mp WHERE mp.person_id = m.person_id"
        " AND mp.programme = :programme)")
    plan = [str(r[3]) for r in db.query(
        "EXPLAIN QUERY PLAN " + attendance_month.matrix_members_sql(clause),
        {"first": "2024-05-01", "last": "2024-05-31", "programme": programme})]
    assert any(line.startswith("SEARCH s USING INDEX sign_in_once_a_day (person_id=?")
               for line in plan), plan
    assert not any("sign_in_by_day" in line for line in plan), plan
