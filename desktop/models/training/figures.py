"""The month's training figures (Qt-free): the ONE function the monthly workbook, the
command line (``warmhome training summary``) and the indicator provider all read, so they
agree.

Definitions (for the month ``YYYY-MM``; "today" is the database clock's):

- **courses** (courses running): courses not cancelled whose first day is on or before the
  month's last day and whose last day is on or after its first day.
- **sessions** (sessions held): sessions not cancelled, of courses not cancelled, dated in the
  month and not after today.
- **trainees**: distinct people marked present, late or left early at any of those sessions.
- **training_minutes**: the sum, over every such mark, of its session's minutes (a late or
  early-leaving trainee counts the whole session); **training_hours** (人时) is that ÷ 60,
  rounded half up to one decimal.
- **completions**: enrolments whose completion (结业) is dated in the month.
- **placements**: placements not voided whose work started in the month.
- **employed_at_6_months**: 6-month follow-ups not voided, done in the month, that found the
  person still employed (of placements not voided).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.models.db import Database
from desktop.models.training.rules import month_bounds


@dataclass(frozen=True)
class MonthFigures:
    """A month's training figures (module docstring for each definition)."""

    month: str
    courses: int
    sessions: int
    trainees: int
    training_minutes: int
    completions: int
    placements: int
    employed_at_6_months: int

    @property
    def training_hours(self) -> Decimal:
        """人时: attended minutes ÷ 60, rounded half up to one decimal."""
        return (Decimal(self.training_minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP)

    def as_dict(self) -> dict[str, object]:
        """The figures with stable keys for ``--json`` (``training_hours`` as a number with
        one decimal)."""
        return {**asdict(self), "training_hours": float(self.training_hours)}


def month_figures(db: Database, month: str) -> MonthFigures:
    """The month's figures; ValidationError for a malformed month."""
    first, last = month_bounds(month)
    held_until = min(last, db.clock.today().isoformat())
    with db.read_snapshot():
        courses = int(db.scalar(
            "SELECT count(*) FROM training_course WHERE cancelled_at IS NULL"
            " AND first_day <= ? AND last_day >= ?", (last, first)))
        held = ("FROM training_session s JOIN training_course c ON c.id = s.course_id"
                " WHERE s.cancelled_at IS NULL AND c.cancelled_at IS NULL"
                " AND s.day BETWEEN ? AND ?")
        sessions = int(db.scalar("SELECT count(*) " + held, (first, held_until)))
        attended = db.query_one(
            "SELECT count(DISTINCT e.person_id), coalesce(sum(s.minutes), 0) " + held.replace(
                "WHERE", "JOIN training_attendance a ON a.session_id = s.id"
                " JOIN training_enrolment e ON e.id = a.enrolment_id WHERE", 1)
            + " AND a.mark IN ('present', 'late', 'left_early')", (first, held_until))
        assert attended is not None
        completions = int(db.scalar(
            "SELECT count(*) FROM training_enrolment WHERE completed_on BETWEEN ? AND ?",
            (first, last)))
        placements = int(db.scalar(
            "SELECT count(*) FROM training_placement WHERE voided_at IS NULL"
            " AND started_on BETWEEN ? AND ?", (first, last)))
        employed = int(db.scalar(
            "SELECT count(*) FROM training_follow_up f JOIN training_placement p"
            " ON p.id = f.placement_id WHERE f.voided_at IS NULL AND p.voided_at IS NULL"
            " AND f.due_month = 6 AND f.still_employed = 1 AND f.done_on BETWEEN ? AND ?",
            (first, last)))
    return MonthFigures(month=month, courses=courses, sessions=sessions,
                        trainees=int(attended[0]), training_minutes=int(attended[1]),
                        completions=completions, placements=placements,
                        employed_at_6_months=employed)
