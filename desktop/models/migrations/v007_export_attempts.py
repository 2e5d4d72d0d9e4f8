"""Schema v7: exports are logged in two steps, and the log keeps where each file went.

An attempt is logged as pending before the workbook is renamed into place and settled after
(``desktop.models.reporting.export_log``), so a crash or a full disk between the two cannot
leave the export log describing a file that is not there. The file's location is kept so
that 报送 can hash the very file it submits.
"""

from __future__ import annotations

import sqlite3

from desktop.models.migrations.shared import execute_all


def upgrade(conn: sqlite3.Connection) -> None:
    """Add ``month_report.file_path`` and the ``export_attempt`` table with its triggers."""
    statements = [
        # NULL for exports logged before this version: their location was not kept.
        "ALTER TABLE month_report ADD COLUMN file_path TEXT",
        """CREATE TABLE export_attempt (
            id INTEGER PRIMARY KEY,
            month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            file_path TEXT NOT NULL,
            file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
            data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
            audit_id INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            by TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'confirmed', 'abandoned')),
            settled_at TEXT,
            report_id INTEGER REFERENCES month_report(id),
            CHECK ((state = 'confirmed') = (report_id IS NOT NULL)),
            CHECK ((state = 'pending') = (settled_at IS NULL))
        )""",
        "CREATE INDEX export_attempt_pending ON export_attempt(month) WHERE state = 'pending'",
        # Settling moves forward only (abandoned → confirmed: the file turned up after all,
        # written by an export that was still running), and never rewrites what was logged.
        """CREATE TRIGGER export_attempt_settles_forward BEFORE UPDATE ON export_attempt
        WHEN NOT ((OLD.state = 'pending' AND NEW.state IN ('confirmed', 'abandoned'))
                  OR (OLD.state = 'abandoned' AND NEW.state = 'confirmed'))
          OR NEW.id IS NOT OLD.id OR NEW.month IS NOT OLD.month
          OR NEW.revision IS NOT OLD.revision OR NEW.file_path IS NOT OLD.file_path
          OR NEW.file_sha256 IS NOT OLD.file_sha256 OR NEW.data_sha256 IS NOT OLD.data_sha256
          OR NEW.audit_id IS NOT OLD.audit_id OR NEW.started_at IS NOT OLD.started_at
          OR NEW.by IS NOT OLD.by
        BEGIN
          SELECT RAISE(ABORT, '导出记录只能由进行中改为完成或作废（settles forward only）');
        END""",
        """CREATE TRIGGER export_attempt_no_delete BEFORE DELETE ON export_attempt
        BEGIN SELECT RAISE(ABORT, '导出记录不能删除（export_attempt cannot be deleted）'); END""",
    ]
    execute_all(conn, statements)
