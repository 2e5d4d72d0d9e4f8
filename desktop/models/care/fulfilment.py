"""How much of a purchased-service contract a month owes, and how much was delivered (Qt-free).

One rule for the providers tab, the service confirmation sheet and the monthly report: a
contract's quantity (hours or sessions) is spread over its period by days, so a month owes the
share of its days that fall in the contract; delivery is counted in the contract's unit (the
minutes of its sessions as hours, or the number of sessions). Fulfilment is delivered against
owed, in whole percent (None when the month owes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.attendance.attendance_month import month_days


@dataclass(frozen=True)
class Fulfilment:
    """One contract in one month, in its unit (``hours`` or ``sessions``)."""

    provider_id: int
    unit: str
    owed: float
    delivered: float
    delivered_minutes: int
    sessions: int

    @property
    def percent(self) -> int | None:
        """Delivered against owed, in whole percent; None when nothing was owed."""
        return round(100 * self.delivered / self.owed) if self.owed > 0 else None


def owed_in_month(starts_on: str, ends_on: str, quantity: int, month: str) -> float:
    """The share of ``quantity`` that the days of ``month`` carry within the contract period
    ``starts_on`` .. ``ends_on`` (inclusive), rounded to hundredths."""
    first, last = date.fromisoformat(starts_on), date.fromisoformat(ends_on)
    days = month_days(month)
    month_first, month_last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    overlap_first, overlap_last = max(first, month_first), min(last, month_last)
    if overlap_last < overlap_first:
        return 0.0
    covered = (overlap_last - overlap_first + timedelta(days=1)).days
    total = (last - first + timedelta(days=1)).days
    return round(quantity * covered / total, 2)


def delivered(unit: str, minutes: int, sessions: int) -> float:
    """What was delivered in the contract's unit: hours (minutes / 60, to hundredths) or
    sessions."""
    return round(minutes / 60, 2) if unit == "hours" else float(sessions)
