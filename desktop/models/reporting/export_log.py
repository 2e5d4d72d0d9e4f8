"""The export log in two steps, so that the log and the exported file always agree.

A file and a database row cannot change in one atomic step, so a monthly export goes:

1. the workbook is written completely to a temporary file, which reaches the disk;
2. an attempt is logged as *pending* (:func:`begin_export`) with the temporary file's SHA-256;
3. the temporary file is renamed over the target (atomic);
4. the attempt is *confirmed* (:func:`confirm_export`): the export enters ``month_report``, the
   log that month status, the 变更 sheet and 报送 read.

A kill or power cut between 2 and 4 leaves a pending attempt. It is settled at the next look
(:func:`settle_pending_exports`: at start, before an export and before 报送): when the file at
its path has its hash, the rename happened and the attempt is confirmed; otherwise the file was
never replaced (it is still what the log said before) and the attempt is *abandoned*. Pending
and abandoned attempts never appear as exports. Attempts are kept (never deleted), and settling
one is written to the audit log.

Qt-free.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.models.admin import audit
from desktop.models.attendance.attendance_month import month_days
from desktop.models.clock import now_iso
from desktop.models.db import Database, row_as
from desktop.models.errors import ValidationError

PENDING, CONFIRMED, ABANDONED = "pending", "confirmed", "abandoned"
# Who settles attempts left by an interrupted export when no one has signed in yet (at start).
SYSTEM = "system"
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class ExportAttempt:
    """One export of a month's workbook as logged before its file was renamed into place."""

    id: int
    month: str
    revision: int
    file_path: Path
    file_sha256: str
    data_sha256: str
    audit_id: int
    started_at: str
    by: str
    state: str
    report_id: int | None


def file_sha256(path: Path) -> str:
    """SHA-256 (hex) of a file's bytes, as the export and submission log record it."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256_or_none(path: Path) -> str | None:
    """The file's SHA-256, or None when it is missing or cannot be read."""
    try:
        return file_sha256(path)
    except OSError:
        return None


def check_hash(value: str, field_name: str) -> str:
    """A SHA-256 as 64 lower-case hex digits (ValidationError otherwise)."""
    text = (value or "").strip().lower()
    if len(text) != 64 or not set(text) <= _HEX:
        raise ValidationError({field_name: "SHA-256 应为64位十六进制数字"})
    return text


def audit_head(db: Database) -> int:
    """The id of the newest audit entry (0 for an empty log)."""
    return int(db.scalar("SELECT coalesce(max(id), 0) FROM audit_log"))


def _attempt(row: sqlite3.Row) -> ExportAttempt:
    return row_as(ExportAttempt, row, file_path=Path)


def load_attempt(db: Database, attempt_id: int) -> ExportAttempt:
    """One logged attempt (KeyError when there is none with this id)."""
    row = db.query_one("SELECT * FROM export_attempt WHERE id = ?", (attempt_id,))
    if row is None:
        raise KeyError(attempt_id)
    return _attempt(row)


def pending_attempts(db: Database, month: str | None = None) -> list[ExportAttempt]:
    """The attempts not yet settled, oldest first (one month's when ``month`` is given)."""
    sql = "SELECT * FROM export_attempt WHERE state = 'pending'"
    params: list[str] = []
    if month is not None:
        sql += " AND month = ?"
        params.append(month)
    return [_attempt(r) for r in db.query(sql + " ORDER BY id", params)]


def begin_export(db: Database, month: str, *, revision: int, path: str | Path,
                 file_sha256: str, data_sha256: str, audit_id: int, by: str) -> int:
    """Log an export as pending, before its file is renamed to ``path``; returns its id.

    ``file_sha256`` is the hash of the complete file about to be renamed; ``audit_id`` the
    audit log's head when the month's data was read for it ("changed since this export"
    means audit entries after it)."""
    month_days(month)
    if revision < 1:
        raise ValidationError({"revision": "版本号从 1 开始"})
    values = {"month": month, "revision": revision, "file_path": str(Path(path).absolute()),
              "file_sha256": check_hash(file_sha256, "file_sha256"),
              "data_sha256": check_hash(data_sha256, "data_sha256"),
              "audit_id": audit_id, "started_at": now_iso(db.clock), "by": by}
    with db.transaction():
        cursor = db.execute(
            "INSERT INTO export_attempt (month, revision, file_path, file_sha256, data_sha256,"
            " audit_id, started_at, by) VALUES (:month, :revision, :file_path, :file_sha256,"
            " :data_sha256, :audit_id, :started_at, :by)", values)
        return int(cursor.lastrowid or 0)


def confirm_export(db: Database, attempt_id: int, *, by: str, reason: str | None = None) -> int:
    """The attempt's file is in place: enter the export in the log (``month_report``) with
    the attempt's hashes, path, time and exporter; returns the log row's id. Confirming an
    attempt already confirmed (by another window's settling) changes nothing."""
    with db.transaction():
        attempt = load_attempt(db, attempt_id)
        if attempt.state == CONFIRMED and attempt.report_id is not None:
            return attempt.report_id
        values = {"month": attempt.month, "revision": attempt.revision,
                  "file_name": attempt.file_path.name, "file_path": str(attempt.file_path),
                  "file_sha256": attempt.file_sha256, "data_sha256": attempt.data_sha256}
        cursor = db.execute(
            "INSERT INTO month_report (month, kind, revision, file_name, file_path, file_sha256,"
            " data_sha256, at, by, audit_id) VALUES (:month, 'export', :revision, :file_name,"
            " :file_path, :file_sha256, :data_sha256, :at, :by, :audit_id)",
            {**values, "at": attempt.started_at, "by": attempt.by,
             "audit_id": attempt.audit_id})
        report_id = int(cursor.lastrowid or 0)
        db.execute("UPDATE export_attempt SET state = 'confirmed', settled_at = ?,"
                   " report_id = ? WHERE id = ?", (now_iso(db.clock), report_id, attempt_id))
        audit.record(db, actor=by, action="export", table="month_report", record_id=report_id,
                     after=values, reason=reason)
        return report_id


def abandon_export(db: Database, attempt_id: int, *, by: str, reason: str) -> None:
    """The attempt's file never replaced the target: mark it abandoned (it stays in the
    attempts table, and the audit log says why). An attempt already settled is left."""
    with db.transaction():
        attempt = load_attempt(db, attempt_id)
        if attempt.state != PENDING:
            return
        db.execute("UPDATE export_attempt SET state = 'abandoned', settled_at = ? WHERE id = ?",
                   (now_iso(db.clock), attempt_id))
        audit.record(db, actor=by, action="abandon", table="export_attempt",
                     record_id=attempt_id,
                     before={"state": PENDING, "file_path": str(attempt.file_path),
                             "file_sha256": attempt.file_sha256},
                     after={"state": ABANDONED}, reason=reason)


def settle_pending_exports(db: Database, *, by: str = SYSTEM,
                           month: str | None = None) -> list[ExportAttempt]:
    """Settle what interrupted exports left pending (all, or one month's): confirmed when the
    file at the logged path has the logged hash, abandoned otherwise. Returns the attempts
    as settled."""
    settled: list[ExportAttempt] = []
    for attempt in pending_attempts(db, month):
        found = file_sha256_or_none(attempt.file_path)
        if found == attempt.file_sha256:
            confirm_export(db, attempt.id, by=by,
                           reason="导出在记录前中断；文件已生成且校验码一致，补记导出")
        else:
            why = "文件不存在" if found is None else "文件不是这次导出的内容"
            abandon_export(db, attempt.id, by=by,
                           reason=f"导出在替换文件前中断（{why}），作废这次导出")
        settled.append(load_attempt(db, attempt.id))
    return settled
