"""What the 职业培训 page's outcome tabs list beside the models' own queries (Qt-free): the
certificate register with each certificate's id (to reprint it), each enrolment's status and
certificate for a year's completion list, the years that have courses, and every
placement's follow-ups at once.

Reads only; every write is in :mod:`.certificates`, :mod:`.completion` and the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models.db import Database, row_as
from desktop.models.training.employment import FollowUp


@dataclass(frozen=True)
class RegisterRow:
    """A line of the certificate register (结业证书登记簿)."""

    id: int
    number: str
    issued_on: str
    enrolment_id: int
    name: str
    course_name: str
    reprints: int
    last_printed_at: str


@dataclass(frozen=True)
class EnrolmentState:
    """An enrolment's status (enrolled, withdrawn, waiting) and its certificate, if any."""

    enrolment_id: int
    status: str
    certificate_id: int | None
    number: str | None
    reprints: int


def register_rows(db: Database, year: int | None = None) -> list[RegisterRow]:
    """The certificates issued in ``year`` (every one when None), by number."""
    where, params = ("WHERE substr(t.issued_on, 1, 4) = ?", (str(year),)) if year else ("", ())
    return [row_as(RegisterRow, r) for r in db.query(
        "SELECT t.id, t.number, t.issued_on, t.enrolment_id, p.name, c.name AS course_name,"
        " t.reprints, t.last_printed_at FROM training_certificate t"
        " JOIN training_enrolment e ON e.id = t.enrolment_id JOIN person p ON p.id = e.person_id"
        f" JOIN training_course c ON c.id = e.course_id {where} ORDER BY t.number", params)]


def enrolment_states(db: Database, year: int) -> dict[int, EnrolmentState]:
    """Status and certificate of every enrolment of the courses running in ``year`` (the
    courses :func:`completion.year_completion` lists), by enrolment id."""
    return {int(r["enrolment_id"]): row_as(EnrolmentState, r) for r in db.query(
        "SELECT e.id AS enrolment_id, e.status, t.id AS certificate_id, t.number,"
        " coalesce(t.reprints, 0) AS reprints FROM training_enrolment e"
        " JOIN training_course c ON c.id = e.course_id"
        " LEFT JOIN training_certificate t ON t.enrolment_id = e.id"
        " WHERE c.cancelled_at IS NULL AND c.first_day <= ? AND c.last_day >= ?",
        (f"{year}-12-31", f"{year}-01-01"))}


def course_years(db: Database) -> list[int]:
    """Every year from the first course's start to the last course's end, newest first
    (empty without courses)."""
    row = db.query_one("SELECT min(first_day), max(last_day) FROM training_course")
    if row is None or row[0] is None:
        return []
    return list(range(int(str(row[1])[:4]), int(str(row[0])[:4]) - 1, -1))


def follow_ups_by_placement(db: Database) -> dict[int, dict[int, FollowUp]]:
    """The valid follow-ups of every placement, by placement id then month (1, 3, 6, 12),
    in one query (the 就业 tab's summary column)."""
    found: dict[int, dict[int, FollowUp]] = {}
    for r in db.query("SELECT * FROM training_follow_up WHERE voided_at IS NULL"):
        follow_up = row_as(FollowUp, r)
        found.setdefault(follow_up.placement_id, {})[follow_up.due_month] = follow_up
    return found
