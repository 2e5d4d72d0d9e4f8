"""Schema v3: the audit log becomes an append-only hash chain.

Each entry stores the hash of its predecessor and its own (``desktop.models.admin.audit_chain``),
and ``audit_head`` remembers the last entry, so an edited, removed or truncated log shows
when it is verified (``warmhome audit verify``). Triggers refuse updates, deletes and appends
that do not continue the chain, so even a mistaken script cannot rewrite the history quietly.
Entries written before this version are chained in place, in id order.
"""

from __future__ import annotations

import sqlite3

from desktop.models.admin.audit_chain import GENESIS_HASH, entry_hash
from desktop.models.migrations.shared import execute_all


def upgrade(conn: sqlite3.Connection) -> None:
    """Chain the existing audit entries, add the head and the append-only triggers."""
    conn.execute("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT")
    conn.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    previous = GENESIS_HASH
    last_id = 0
    columns = ("id", "at", "actor", "action", "table_name", "record_id", "before", "after",
               "reason")
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM audit_log ORDER BY id").fetchall()
    for row in rows:
        values = dict(zip(columns, tuple(row), strict=True))
        values["prev_hash"] = previous
        digest = entry_hash(values)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                     (previous, digest, values["id"]))
        previous, last_id = digest, int(values["id"])
    # The head outlives the rows: deleting the newest entries shows as a head that points
    # past the end of the log.
    conn.execute("""CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_id INTEGER NOT NULL,
        last_hash TEXT NOT NULL
    )""")
    conn.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)",
                 (last_id, previous))
    conn.execute("CREATE INDEX audit_log_at ON audit_log(at)")
    conn.execute("CREATE INDEX audit_log_actor ON audit_log(actor)")
    statements = [
        # Appends must come from audit.record: next id, linked to the current last entry.
        f"""CREATE TRIGGER audit_log_append_only_insert BEFORE INSERT ON audit_log
        WHEN NEW.id <= coalesce((SELECT max(id) FROM audit_log), 0)
          OR NEW.hash IS NULL OR length(NEW.hash) <> 64
          OR NEW.prev_hash IS NOT coalesce(
               (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '{GENESIS_HASH}')
        BEGIN
          SELECT RAISE(ABORT, '操作日志只能由本软件按顺序追加（audit_log is append-only）');
        END""",
        """CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN
          SELECT RAISE(ABORT, '操作日志只能追加，不能修改（audit_log is append-only）');
        END""",
        """CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN
          SELECT RAISE(ABORT, '操作日志只能追加，不能删除（audit_log is append-only）');
        END""",
        """CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
        BEGIN
          UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
        END""",
        """CREATE TRIGGER audit_head_only_forward BEFORE UPDATE ON audit_head
        WHEN NEW.id IS NOT OLD.id OR NEW.last_id <= OLD.last_id
        BEGIN
          SELECT RAISE(ABORT, '操作日志的链尾只能随新记录前移（audit_head moves forward only）');
        END""",
        """CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN
          SELECT RAISE(ABORT, '操作日志的链尾不能删除（audit_head cannot be deleted）');
        END""",
    ]
    execute_all(conn, statements)
