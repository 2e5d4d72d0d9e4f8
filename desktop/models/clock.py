"""The one clock of record: where "today" and "now" come from for everything stored or shown.

Dates and times are local (Asia/Shanghai on a centre's PC) and naive, stored as ISO 8601
text to the second, as the database has always held them. The app and the command line make
one :class:`SystemClock` at start and open the database with it; the models read the date
and time from ``db.clock`` and pass ``:today`` / ``:now`` into SQL (never SQLite's own
``'now'``), so a test or the demo (``warmhome demo --today``) sets the day once with a
:class:`FixedClock` and every date-dependent answer follows it.

Measuring how long something took (``time.monotonic`` for a debounce, a scanner's key gaps,
a benchmark) is not reading the clock of record and does not go through here.
``tests/test_clock_readings.py`` fails on any other reading of the wall clock in ``desktop/``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Where the local date and time come from."""

    def now(self) -> datetime:
        """The local time, naive, to the second."""
        ...

    def today(self) -> date:
        """The local date."""
        ...


def now_iso(clock: Clock) -> str:
    """``clock``'s local time as stored in the database: ISO 8601 text to the second."""
    return clock.now().isoformat(timespec="seconds")


class SystemClock:
    """The computer's own clock, in its local time zone."""

    def now(self) -> datetime:
        """The local time, naive, to the second."""
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        """The local date."""
        return date.today()


class FixedClock:
    """A clock that shows the time it is set to (tests, and demo data for a chosen day).

    It moves only when told: :meth:`set` or :meth:`advance`.
    """

    def __init__(self, at: datetime | date) -> None:
        self._at = _as_datetime(at)

    def now(self) -> datetime:
        """The time it is set to."""
        return self._at

    def today(self) -> date:
        """The date it is set to."""
        return self._at.date()

    def set(self, at: datetime | date) -> None:
        """Show ``at`` from now on (a date means 09:00 that day)."""
        self._at = _as_datetime(at)

    def advance(self, delta: timedelta) -> None:
        """Move forward by ``delta`` (backward if negative)."""
        self._at += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat(timespec='seconds')})"


def file_time_now(tz: tzinfo | None = None) -> datetime:
    """The computer's own time (local and naive, or in ``tz``), only for files: to tell how
    old a file on disk is, or to stamp a file's own "modified" property. The file system
    dates files by this clock, not by the clock of record (a test's fixed day would make
    every file look new or old); a record's date or time always comes from a Clock."""
    return datetime.now(tz)


# A fixed date without a time of day stands for this hour: inside a centre's opening hours,
# so a sign-in recorded "now" on a fixed day is an ordinary morning one.
_FIXED_DAY_HOUR = time(9, 0)


def _as_datetime(at: datetime | date) -> datetime:
    if isinstance(at, datetime):
        return at.replace(microsecond=0, tzinfo=None)
    return datetime.combine(at, _FIXED_DAY_HOUR)
