"""On the register (在册): archiving a member removes them from the month of the archive and
later months only, in every report that counts the register; the SQL rule and the Python rule
of desktop.models.people.register agree."""

from __future__ import annotations

from datetime import date, datetime
from itertools import product

import pytest

from desktop.models.activities import activities
from desktop.models.attendance import attendance_month
from desktop.models.db import Database
from desktop.models.people import people, register
from desktop.models.reporting import dashboard, indicators
from desktop.models.subsidy import subsidy
from tests.conftest import STAFF, make_id_number, make_person_input

TODAY = date(2024, 8, 1)
ARCHIVED_IN_JUNE = datetime(2024, 6, 15, 10, 30)


def _member(db: Database, seq: int, name: str, **overrides: object) -> int:
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}",
        programmes=["职康站"], **overrides), actor=STAFF, today=TODAY)


@pytest.fixture
def pair(db: Database) -> tuple[int, int]:
    """Two 职康站 members who joined in January 2024; the second is archived on 15 June."""
    stays = _member(db, 1, "张三", joined_on="2024-01-10")
    goes = _member(db, 2, "李四", joined_on="2024-01-10")
    people.archive_person(db, goes, "迁出", actor=STAFF, now=ARCHIVED_IN_JUNE)
    return stays, goes


def _total(db: Database, month: str) -> int:
    return int(indicators.compute(db, month, TODAY).value("members.total").this_month)


@pytest.mark.usefixtures("pair")
def test_archiving_in_june_keeps_may_and_leaves_june_and_july(db: Database) -> None:
    assert [_total(db, m) for m in ("2024-05", "2024-06", "2024-07")] == [2, 1, 1]
    june = indicators.compute(db, "2024-06", TODAY)
    assert june.value("members.total").last_month == 2  # May as June's 上月 column shows it
    # Both certificates end in 43: category 4 (肢体), grade 3.
    assert (june.value("members.category.4").this_month,
            june.value("members.category.4").last_month) == (1, 2)
    assert (june.value("members.grade.3").this_month,
            june.value("members.grade.3").last_month) == (1, 2)


def test_the_attendance_matrix_follows_the_archive_date(
        db: Database, pair: tuple[int, int]) -> None:
    stays, goes = pair
    assert [p for p, _ in attendance_month.month_matrix(db, "2024-05").members] == [goes, stays]
    assert [p for p, _ in attendance_month.month_matrix(db, "2024-06").members] == [stays]
    assert [p for p, _ in attendance_month.month_matrix(db, "2024-07", "职康站").members] \
        == [stays]


def test_the_subsidy_table_follows_the_archive_date(
        db: Database, pair: tuple[int, int]) -> None:
    stays, goes = pair
    assert [r.person_id for r in subsidy.month_table(db, "2024-05").rows] == [goes, stays]
    assert [r.person_id for r in subsidy.month_table(db, "2024-06").rows] == [stays]
    assert [r.person_id for r in subsidy.month_table(db, "2024-07").rows] == [stays]


def test_the_goal_counts_follow_the_archive_date(db: Database, pair: tuple[int, int]) -> None:
    stays, _ = pair
    # Archived in June 2024: off the 2024 register (the goal's denominator and the list).
    assert dashboard.goal_progress(db, 2024).on_register == 1
    assert [r.person_id for r in activities.member_counts(db, 2024)] == [stays]
    # Archived on 2 January 2024: still on the 2023 register (neither of the others had
    # joined yet).
    later = _member(db, 3, "王五", joined_on="2023-03-01")
    people.archive_person(db, later, "迁出", actor=STAFF, now=datetime(2024, 1, 2, 9))
    assert dashboard.goal_progress(db, 2023).on_register == 1
    assert [r.person_id for r in activities.member_counts(db, 2023)] == [later]


def test_restoring_brings_the_member_back_everywhere(db: Database,
                                                     pair: tuple[int, int]) -> None:
    _, goes = pair
    people.restore_person(db, goes, actor=STAFF)
    assert [_total(db, m) for m in ("2024-05", "2024-06", "2024-07")] == [2, 2, 2]


def test_archived_on_the_last_day_of_a_month_is_off_that_month(db: Database) -> None:
    goes = _member(db, 1, "张三", joined_on="2024-01-10")
    people.archive_person(db, goes, "迁出", actor=STAFF, now=datetime(2024, 6, 30, 23, 59))
    assert [_total(db, m) for m in ("2024-06", "2024-07")] == [0, 0]
    assert _total(db, "2024-05") == 1


MEMBER_CASES = list(product(
    (True, False),                                                  # member role active
    (None, "2023-12-31", "2024-02-01", "2024-05-01", "2024-05-31", "2024-06-01"),  # joined
    (None, "2023-12-31", "2024-03-01", "2024-04-30", "2024-05-01", "2024-05-31",
     "2024-06-01"),                                                 # left
    (None, "2024-05-31T23:00:00", "2024-06-01T08:00:00", "2024-04-02T10:00:00"),  # archived
))


def test_the_sql_rules_and_the_python_rules_agree(db: Database) -> None:
    """Every combination of role, joining, leaving and archive date, for May 2024: the
    register condition, and what each person adds to a closed May's people figures."""
    with db.transaction():
        db.execute("INSERT INTO month_state (month, closed, closed_at)"
                   " VALUES ('2024-05', 1, '2024-06-02T09:00:00')")
        for n, (active, joined, left, archived) in enumerate(MEMBER_CASES):
            db.execute("INSERT INTO person (id, name, archived_at, created_at, updated_at)"
                       " VALUES (?, ?, ?, '', '')", (n + 1, f"p{n}", archived))
            db.execute("INSERT INTO member (person_id, joined_on, left_on, active)"
                       " VALUES (?, ?, ?, ?)", (n + 1, joined, left, int(active)))
    in_sql = {int(r[0]) for r in db.query(
        "SELECT m.person_id FROM member m JOIN person p ON p.id = m.person_id"
        f" WHERE {register.on_register()}", {"first": "2024-05-01", "last": "2024-05-31"})}
    in_python: set[int] = set()
    for n, (active, joined, left, archived) in enumerate(MEMBER_CASES):
        values = {"is_member": active, "joined_on": joined, "left_on": left,
                  "archived_at": archived}
        if register.counts_in(values, "2024-05-01", "2024-05-31"):
            in_python.add(n + 1)
        assert register.closed_month_footprints(db, n + 1) == {
            "2024-05": register.footprint(values, "2024-05-01", "2024-05-31")}, values
    assert in_sql == in_python
    assert 0 < len(in_sql) < len(MEMBER_CASES)


def test_counts_in_for_no_member() -> None:
    assert not register.counts_in({}, "2024-05-01", "2024-05-31")
    assert register.counts_in({"is_member": True}, "2024-05-01", "2024-05-31")
