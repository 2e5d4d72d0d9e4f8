"""One clock of record: the database's clock decides what "today" is everywhere. A FixedClock
set to the last day of a month, then to the first of the next, moves every date-dependent
answer with it: the monthly people checks, the kiosk's register and the day it records, the
month being exported and the stamps written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.excel.reporting.monthly_workbook import build_workbook
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance, kiosk_search
from desktop.models.clock import FixedClock, SystemClock, now_iso
from desktop.models.db import Database, open_database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from desktop.models.people.people_query import PeopleProblem, PeopleQuery, search_ids
from desktop.models.reporting import indicators
from tests.conftest import STAFF, make_id_number, make_person_input, save_centre_profile

KIOSK = Actor("kiosk", Role.KIOSK)
LAST_OF_JUNE = datetime(2024, 6, 30, 18, 45)
FIRST_OF_JULY = datetime(2024, 7, 1, 8, 15)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2024, 6, 12, 10, 0))


@pytest.fixture
def clocked(tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    """A new database opened with ``clock``."""
    with open_database(tmp_path / "clocked.db", clock=clock) as database:
        yield database


def _member(db: Database, seq: int, name: str, **values: object) -> int:
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}",
        **values), actor=STAFF)


def _set(db: Database, person_id: int, column: str, value: str) -> None:
    # As a PC with a wrong clock once stored it: the form itself refuses a future date.
    with db.transaction():
        db.execute(f"UPDATE member SET {column} = ? WHERE person_id = ?", (value, person_id))


def test_a_fixed_clock_shows_what_it_is_set_to() -> None:
    clock = FixedClock(date(2024, 6, 30))
    assert clock.now() == datetime(2024, 6, 30, 9, 0) and clock.today() == date(2024, 6, 30)
    clock.advance(timedelta(hours=15))
    assert clock.today() == date(2024, 7, 1) and now_iso(clock) == "2024-07-01T00:00:00"
    clock.set(datetime(2024, 5, 1, 8, 30, 15, 999))
    assert now_iso(clock) == "2024-05-01T08:30:15"


def test_the_system_clock_is_the_default_and_siblings_share_it(db: Database) -> None:
    assert isinstance(db.clock, SystemClock)
    assert db.clock.now().microsecond == 0
    clock = FixedClock(LAST_OF_JUNE)
    db.clock = clock
    sibling = db.sibling()
    try:
        assert sibling.clock is clock
    finally:
        sibling.close()


def test_records_are_stamped_by_the_database_clock(clocked: Database, clock: FixedClock) -> None:
    clock.set(LAST_OF_JUNE)
    person_id = _member(clocked, 1, "张三")
    row = clocked.query_one("SELECT created_at FROM person WHERE id = ?", (person_id,))
    assert row is not None and row["created_at"] == "2024-06-30T18:45:00"
    assert clocked.scalar("SELECT max(at) FROM audit_log") == "2024-06-30T18:45:00"


def test_the_monthly_people_checks_follow_the_clock_to_the_months_end(
        clocked: Database, clock: FixedClock) -> None:
    joining = _member(clocked, 1, "入会")
    leaving = _member(clocked, 2, "离会", cert_number="")
    _set(clocked, joining, "joined_on", "2024-06-30")
    _set(clocked, leaving, "left_on", "2024-06-30")

    def flagged(problem: PeopleProblem) -> list[int]:
        return sorted(search_ids(clocked, PeopleQuery(problem=problem)))

    def checked() -> set[str]:
        return {f.rule for f in indicators.compute(clocked, "2024-06").findings}

    # On the 12th both dates lie ahead within June: the filter and the check report them.
    assert flagged(PeopleProblem.FUTURE_DATES) == sorted([joining, leaving])
    assert flagged(PeopleProblem.NO_CERTIFICATE) == [leaving]
    assert "people.future_dates" in checked()
    clock.set(LAST_OF_JUNE)  # the dates are today now, not in the future
    assert flagged(PeopleProblem.FUTURE_DATES) == []
    assert flagged(PeopleProblem.NO_CERTIFICATE) == [leaving]  # still on the register today
    clock.set(FIRST_OF_JULY)  # gone from the register: no certificate is needed any more
    assert flagged(PeopleProblem.NO_CERTIFICATE) == []
    # June's check agrees: no date in the future; the member was on June's register.
    assert checked() >= {"people.no_certificate"}
    assert "people.future_dates" not in checked()


def test_the_kiosk_day_is_the_clocks(clocked: Database, clock: FixedClock) -> None:
    leaving = _member(clocked, 1, "张三")
    _set(clocked, leaving, "left_on", "2024-06-30")
    clock.set(LAST_OF_JUNE)
    assert [m.person_id for m in kiosk_search.find_members(clocked, "zs")] == [leaving]
    result = attendance.kiosk_scan(clocked, "WH000001", actor=KIOSK)
    assert (result.sign_in.day, result.sign_in.signed_in_at) == \
        ("2024-06-30", "2024-06-30T18:45:00")
    clock.set(FIRST_OF_JULY)  # left yesterday: no longer on the kiosk's register
    assert kiosk_search.find_members(clocked, "zs") == []
    with pytest.raises(attendance.KioskRefusal):
        attendance.kiosk_scan(clocked, "WH000001", actor=KIOSK)


def test_the_exported_months_today_is_the_clocks(clocked: Database, clock: FixedClock) -> None:
    save_centre_profile(clocked)
    _member(clocked, 1, "张三")
    clock.set(LAST_OF_JUNE)
    # June has not ended on its last day; July has not begun.
    assert "month.unfinished" in {f.rule for f in indicators.compute(clocked, "2024-06").findings}
    with pytest.raises(ValidationError):
        indicators.compute(clocked, "2024-07")
    clock.set(FIRST_OF_JULY)
    assert "month.unfinished" not in {
        f.rule for f in indicators.compute(clocked, "2024-06").findings}
    workbook, _export = build_workbook(clocked, "2024-06", revision=1, generated_by="staff")
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(values_only=True)}
    assert meta["generated_at"] == "2024-07-01 08:15:00"
