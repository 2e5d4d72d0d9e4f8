"""A forger of the audit log with file access and this program's source (issue 18)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models.admin.audit_chain import entry_hash


def forge(path: Path, *statements: str) -> None:
    """What someone with the file and this program's source can do: drop the log's triggers,
    edit it, recompute every hash with the app's own function, move the head marker and put
    the triggers back, so that plain `audit verify` passes."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                " AND tbl_name IN ('audit_log', 'audit_head')").fetchall()
        for trigger in triggers:
            conn.execute(f"DROP TRIGGER {trigger['name']}")
        for statement in statements:
            conn.execute(statement)
        previous = "0" * 64
        for row in conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall():
            values = dict(row) | {"prev_hash": previous}
            previous = entry_hash(values)
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                         (values["prev_hash"], previous, row["id"]))
        last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        conn.execute("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1",
                     (last, previous))
        for trigger in triggers:
            conn.execute(trigger["sql"])
        conn.commit()
    finally:
        conn.close()
