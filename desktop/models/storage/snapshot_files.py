"""Database files that are not open: backups read without modifying them, the safety copy of
a file before a restore, and folding a closed file's WAL back in.

Part of the gateway (:mod:`desktop.models.db`, which re-exports these names): the open
database's own snapshot is ``db.write_snapshot``; :mod:`desktop.models.admin.backup` lists,
verifies and restores backup files through the functions here.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.migrations import SCHEMA_VERSION
from desktop.models.storage.db_file import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    DatabaseError,
    DatabaseTooNewError,
)

# What a backup listing counts: display key → table.
SNAPSHOT_COUNTS = {"people": "person", "members": "member", "volunteers": "volunteer",
                   "audit_entries": "audit_log"}


@dataclass(frozen=True)
class SnapshotInfo:
    """What a database file (usually a backup) holds, read without modifying it."""

    path: Path
    schema_version: int
    centre_code: str
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)


def snapshot_file(source: Path, target: Path) -> None:
    """Copy the database file ``source`` (not open here) into the new file ``target``.

    Used for the safety copy before a restore, so it must work on whatever is there: a
    readable file goes through the backup API (including committed data still in its WAL);
    a file SQLite cannot read is copied byte for byte, together with its -wal file.
    """
    try:
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dest = sqlite3.connect(target, isolation_level=None)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            conn.close()
    except sqlite3.Error:
        target.unlink(missing_ok=True)
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    fsync_file(target)


def checkpoint_file(path: Path) -> bool:
    """Fold a closed database's WAL back into the file and close, without migrating it.

    Returns False when SQLite cannot read the file (it is left as it is). After a True,
    the -wal file is gone, unless another connection still has the database open: closing
    the last connection is what deletes it.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return True


def inspect_snapshot(path: Path, *, check_integrity: bool,
                     name: Path | None = None) -> SnapshotInfo:
    """Open a backup file read-only and report its schema version, centre code and counts.

    With ``check_integrity`` the integrity and foreign-key checks run too (their findings
    are in ``problems``). Raises DatabaseError naming ``name`` (default ``path``) when the
    file is empty, truncated, not one of our databases or unreadable, and
    DatabaseTooNewError when a newer release wrote it. The file is never modified.
    """
    shown = name or path
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法读取备份文件 {shown}：{reason}"),
                shown=shown,
                reason=exc.strerror,
            )
        ) from exc
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise DatabaseError(
            Message(QT_TRANSLATE_NOOP("Messages", "文件 {shown} 不是本软件的备份文件"), shown=shown)
        )
    _check_complete(header, size, shown)
    # immutable=1: a backup never changes, so SQLite needs no lock and no -shm file beside it.
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法打开备份文件 {shown}：{error}"),
                shown=shown,
                error=str(exc),
            )
        ) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID or version < 1:
            raise DatabaseError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "文件 {shown} 不是本软件的备份文件（是其他数据库）"
                    ),
                    shown=shown,
                )
            )
        if version > SCHEMA_VERSION:
            raise DatabaseTooNewError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "备份文件 {shown} 由更新版本的软件创建（结构版本 {version}，"
                        "本软件支持到 {supported}），请先升级软件",
                    ),
                    shown=shown,
                    version=version,
                    supported=SCHEMA_VERSION,
                )
            )
        counts = {key: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                  for key, table in SNAPSHOT_COUNTS.items() if table in tables}
        code = ""
        if "setting" in tables:
            row = conn.execute("SELECT value FROM setting WHERE key = 'centre.code'").fetchone()
            code = str(row[0]) if row else ""
        problems = _snapshot_problems(conn) if check_integrity else []
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "备份文件 {shown} 已损坏，无法读取（{error}）"),
                shown=shown,
                error=str(exc),
            )
        ) from exc
    finally:
        conn.close()
    return SnapshotInfo(path=path, schema_version=version, centre_code=code, counts=counts,
                        problems=problems)


def _check_complete(header: bytes, size: int, shown: Path) -> None:
    """Refuse a file shorter than its own header says (copied or downloaded only in part)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only valid when the two change counters agree.
    counted = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or size % page_size or (counted and size < pages * page_size):
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "备份文件 {shown} 不完整（文件被截断或未复制完），不能使用"
                ),
                shown=shown,
            )
        )


def foreign_key_problems(rows: Iterable[Sequence[Any]]) -> list[str]:
    """The rows of ``PRAGMA foreign_key_check`` as messages people can read."""
    return [Message(QT_TRANSLATE_NOOP(
        "Messages", "外键错误：表 {table} 第 {row} 行引用了不存在的 {target}"),
        table=row[0], row=row[1], target=row[2]) for row in rows]


def _snapshot_problems(conn: sqlite3.Connection) -> list[str]:
    # integrity_check may pack several findings into one row, under a "*** in database" line.
    problems = [line for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"
                for line in str(row[0]).splitlines()
                if line.strip() and not line.startswith("***")]
    problems += foreign_key_problems(conn.execute("PRAGMA foreign_key_check"))
    return problems


def fsync_file(path: Path) -> None:
    """Flush a copy that was just written to the disk, before it is renamed into place."""
    # A backup that only sits in the OS cache is lost with the power; the rename comes after.
    # Windows only flushes handles opened for writing.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
