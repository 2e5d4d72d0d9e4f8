"""Schema v5: month states (closed, reopened with a reason), the export and submission
log, and triggers that keep the records of a closed month read-only.

Once a month's workbook has been submitted (报送) to the district, its figures must not
change unnoticed: the models refuse dated writes to a closed month and explain why, and the
triggers here refuse whatever slips past them. Reopening needs a reason, and every export and
submission is logged with the hashes of its file and data, never edited or removed.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import closed_month_triggers, execute_all, month_closed


def upgrade(conn: sqlite3.Connection) -> None:
    """Create the month state and report log, and the closed-month triggers."""
    statements = [
        """CREATE TABLE month_state (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
            closed_at TEXT,
            closed_by TEXT,
            reopened_at TEXT,
            reopened_by TEXT,
            reopen_reason TEXT,
            CHECK (closed = 0 OR closed_at IS NOT NULL)
        )""",
        # Exports and submissions (报送) in one log: a submission copies the file name and
        # hashes of the export it sends. audit_id is the audit entry written with the row, so
        # "changes since" compares audit ids, not clock times.
        """CREATE TABLE month_report (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            kind TEXT NOT NULL CHECK (kind IN ('export', 'submission')),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            audit_id INTEGER
        )""",
        "CREATE INDEX month_report_by_month ON month_report(month, kind, id)",
        # The log is history: rows are never changed or removed.
        """CREATE TRIGGER month_report_no_update BEFORE UPDATE ON month_report
        BEGIN SELECT RAISE(ABORT, '报送记录不能修改（month_report is append-only）'); END""",
        """CREATE TRIGGER month_report_no_delete BEFORE DELETE ON month_report
        BEGIN SELECT RAISE(ABORT, '报送记录不能删除（month_report is append-only）'); END""",
    ]
    # The records that belong to a month, with the SQL giving the month of the new and the old
    # row.
    guarded = {
        "sign_in": ("substr(NEW.day, 1, 7)", "substr(OLD.day, 1, 7)"),
        "activity": ("substr(NEW.day, 1, 7)", "substr(OLD.day, 1, 7)"),
        "activity_participant": (
            "(SELECT substr(day, 1, 7) FROM activity WHERE id = NEW.activity_id)",
            "(SELECT substr(day, 1, 7) FROM activity WHERE id = OLD.activity_id)"),
    }
    for table, (new_month, old_month) in guarded.items():
        statements += closed_month_triggers(
            table, on_insert=month_closed(new_month),
            on_update=f"{month_closed(old_month)} OR {month_closed(new_month)}",
            on_delete=month_closed(old_month))
    execute_all(conn, statements)
