"""The checks the monthly report runs on training (Qt-free): the queries behind its findings,
for the indicator provider (another change) to turn into findings.

- sessions of the month, already past, that were not cancelled and have no roll call;
- completions dated in the month whose attendance is below their course's rule now (marks
  corrected after the completion was recorded);
- follow-ups overdue (more than :data:`rules.OVERDUE_AFTER_DAYS` days past their day) as of
  the month's end, or today while the month is running, so that re-exporting an old month
  gives the same checks as when it was first exported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.db import Database
from desktop.models.training import rules
from desktop.models.training.completion import CompletionRow, completion_row
from desktop.models.training.employment import FollowUpDue, follow_ups_due


@dataclass(frozen=True)
class MissingRollCall:
    """A past session without a roll call."""

    session_id: int
    course_id: int
    course_name: str
    day: str
    starts_at: str


def sessions_without_roll_call(db: Database, month: str,
                               today: date | None = None) -> list[MissingRollCall]:
    """Sessions of ``month`` before ``today`` (the clock's by default), not cancelled, of
    courses not cancelled, whose roll call was never saved; by day."""
    first, last = rules.month_bounds(month)
    before = (today or db.clock.today()).isoformat()
    return [MissingRollCall(int(r[0]), int(r[1]), r[2], r[3], r[4]) for r in db.query(
        "SELECT s.id, c.id, c.name, s.day, s.starts_at FROM training_session s"
        " JOIN training_course c ON c.id = s.course_id WHERE s.day BETWEEN ? AND ? AND s.day < ?"
        " AND s.cancelled_at IS NULL AND c.cancelled_at IS NULL AND s.roll_called_at IS NULL"
        " ORDER BY s.day, s.starts_at, s.id", (first, last, before))]


def completions_below_rule(db: Database, month: str) -> list[CompletionRow]:
    """Completions dated in ``month`` whose attendance, counted now up to the completion
    day, is below their course's rule."""
    first, last = rules.month_bounds(month)
    found = []
    for row in db.query("SELECT id, completed_on FROM training_enrolment"
                        " WHERE completed_on BETWEEN ? AND ?", (first, last)):
        completion = completion_row(db, int(row[0]), today=row[1])
        if completion is not None and not completion.attendance.meets_rule:
            found.append(completion)
    return found


def overdue_follow_ups(db: Database, month: str,
                       today: date | None = None) -> list[FollowUpDue]:
    """The follow-ups more than :data:`rules.OVERDUE_AFTER_DAYS` days past their day and not
    done, as of the last day of ``month`` or ``today`` (the clock's by default), whichever
    comes first: a follow-up due after the month is not the month's finding, and one done
    after it was still overdue in that month."""
    last = date.fromisoformat(rules.month_bounds(month)[1])
    as_of = min(last, today or db.clock.today())
    return [due for due in follow_ups_due(db, as_of) if due.overdue]
