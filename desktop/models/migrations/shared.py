"""SQL helpers shared by several migrations.

Released migrations call these, so what they produce never changes: a different helper is a
new function here, used by a new migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

# What the closed-month triggers (v5, v6) answer to a write that slips past the models' checks
# (desktop.models.reporting.month_close explains it first in the user's terms).
CLOSED_MONTH_MESSAGE = "该月已报送关账，记录只读（closed month is read-only）"


def execute_all(conn: sqlite3.Connection, statements: Iterable[str]) -> None:
    """Run the statements in order (inside the migration's transaction)."""
    for statement in statements:
        conn.execute(statement)


def month_closed(month_sql: str) -> str:
    """A condition true when the month given by the SQL expression ``month_sql`` is closed."""
    return f"EXISTS (SELECT 1 FROM month_state WHERE month = {month_sql} AND closed = 1)"


def closed_month_triggers(table: str, *, on_insert: str, on_update: str,
                          on_delete: str) -> list[str]:
    """The three triggers ``{table}_closed_month_{insert,update,delete}`` that refuse a write
    to ``table`` with :data:`CLOSED_MONTH_MESSAGE` when the given condition holds.

    They are the backstop for anything that bypasses the models' checks.
    """
    return [
        f"""CREATE TRIGGER {table}_closed_month_{event.lower()}
                BEFORE {event} ON {table} WHEN {condition}
                BEGIN SELECT RAISE(ABORT, '{CLOSED_MONTH_MESSAGE}'); END"""
        for event, condition in (("INSERT", on_insert), ("UPDATE", on_update),
                                 ("DELETE", on_delete))]
