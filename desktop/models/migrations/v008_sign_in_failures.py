"""Schema v8: failed sign-ins under user names that have no account.

They are counted and locked out like an account's, so the login screen answers a wrong name
exactly as a wrong password and does not tell which names exist. A name is kept only as a
slow hash: people type their password into the name box by mistake.
"""

from __future__ import annotations

import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    """Create ``sign_in_failure``."""
    conn.execute("""CREATE TABLE sign_in_failure (
        name_key TEXT PRIMARY KEY,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        updated_at TEXT NOT NULL
    )""")
