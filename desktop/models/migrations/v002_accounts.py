"""Schema v2: staff accounts with roles, password hashes and a lock-out counter.

Permissions are checked in the models by role (admin, staff, kiosk), so every action needs
to know who is doing it. The failed-attempt counter and the lock time are stored, not kept
in memory, so restarting the program does not reset a lock-out.
"""

from __future__ import annotations

import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    """Create ``user_account``."""
    conn.execute("""CREATE TABLE user_account (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'kiosk')),
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL
    )""")
