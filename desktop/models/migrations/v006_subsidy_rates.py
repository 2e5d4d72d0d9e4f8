"""Schema v6: the subsidy rate and minimum stay take effect from a month.

Before v6 one setting applied to every month, so changing the rate silently changed the
figures of months already reported upward. ``subsidy_rate`` keeps each entry with the month
it takes effect from (``desktop.models.subsidy.subsidy``); triggers refuse an entry that would take
effect in or before a closed month. The settings of v1 … v5 move in as the entry in effect
from the beginning and leave ``setting``, so there is one source of truth.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import CLOSED_MONTH_MESSAGE, execute_all

# The subsidy settings of v1 .. v5 (one rate for every month) become the entry in effect from
# the beginning; later entries take over from their month (desktop.models.subsidy.subsidy).
_BEGINNING = "0000-01"
_RATE_KEY = "subsidy.daily_rate_fen"
_STAY_KEY = "subsidy.min_stay_minutes"


def upgrade(conn: sqlite3.Connection) -> None:
    """Create ``subsidy_rate``, move the stored settings into it, then add its triggers."""
    conn.execute("""CREATE TABLE subsidy_rate (
            id INTEGER PRIMARY KEY,
            effective_from TEXT NOT NULL UNIQUE
                CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            daily_rate_fen INTEGER NOT NULL CHECK (daily_rate_fen >= 0),
            min_stay_minutes INTEGER CHECK (min_stay_minutes IS NULL OR min_stay_minutes > 0)
        )""")
    # The settings move in before the triggers exist: the entry from the beginning covers the
    # months already closed, which the INSERT trigger refuses (run after it, a v5 database
    # with a closed month and a rate set could not be upgraded).
    rate = _stored_setting_int(conn, _RATE_KEY)
    stay = _stored_setting_int(conn, _STAY_KEY)
    if rate is not None or stay is not None:
        conn.execute(
            "INSERT INTO subsidy_rate (effective_from, daily_rate_fen, min_stay_minutes)"
            " VALUES (?, ?, ?)",
            (_BEGINNING, max(rate or 0, 0), stay if stay and stay > 0 else None))
    # One source of truth: the settings now live in subsidy_rate alone.
    conn.execute("DELETE FROM setting WHERE key IN (?, ?)", (_RATE_KEY, _STAY_KEY))
    # Backstop like v5's: an entry may not take effect in or before a closed month. (Written
    # out rather than with shared.closed_month_triggers, whose text is indented differently:
    # databases keep the trigger text exactly as this migration was released.)
    closed_from = ("EXISTS (SELECT 1 FROM month_state WHERE closed = 1"
                   " AND month >= {month})")
    triggers = []
    for event, condition in (
            ("INSERT", closed_from.format(month="NEW.effective_from")),
            ("UPDATE", f"{closed_from.format(month='OLD.effective_from')}"
                       f" OR {closed_from.format(month='NEW.effective_from')}"),
            ("DELETE", closed_from.format(month="OLD.effective_from"))):
        triggers.append(
            f"""CREATE TRIGGER subsidy_rate_closed_month_{event.lower()}
            BEFORE {event} ON subsidy_rate WHEN {condition}
            BEGIN SELECT RAISE(ABORT, '{CLOSED_MONTH_MESSAGE}'); END""")
    execute_all(conn, triggers)


def _stored_setting_int(conn: sqlite3.Connection, key: str) -> int | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    try:
        return int(row[0]) if row and str(row[0]).strip() else None
    except ValueError:
        return None
