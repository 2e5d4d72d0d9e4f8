"""Restore: replace the database with a backup, checked first, the current data saved first.

Order of a restore, so that a mistake can always be undone and a bad file changes nothing:
check the whole file on a staged copy beside the database (format, completeness,
passphrase, schema version, integrity); back up the current database to
``…_before-restore.db`` (never thinned); close it; remove stale -wal/-shm; rename the staged
copy over it (atomic); reopen (migrating an older backup) and write the audit entry there,
so the entry survives in the data now in use.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.models.admin import audit
from desktop.models.admin.backup_crypto import (
    BackupError,
    WrongPassphraseError,
    decrypt_file,
    is_encrypted_backup,
    key_for_file,
)
from desktop.models.admin.backup_files import (
    default_backup_folder,
    fsync_dir,
    partial_path,
    unused_backup_name,
)
from desktop.models.admin.centre import centre_code
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.clock import Clock, SystemClock
from desktop.models.db import (
    SQLITE_MAGIC,
    Database,
    DatabaseError,
    SnapshotInfo,
    checkpoint_file,
    inspect_snapshot,
    open_database,
    snapshot_file,
    write_snapshot,
)
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.storage.leftovers import remove_stale_staging, staging_path


@dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore` did. Reopen the database at ``db_path``; a Database passed in to
    :func:`restore` has been closed."""

    db_path: Path
    source: Path
    safety_backup: Path | None
    schema_version: int
    counts: dict[str, int]


class RestoreError(BackupError):
    """A restore failed. ``reopen_path`` is set when it failed after the Database passed in
    had been closed: reopen that file (it holds the data from before the restore attempt,
    unless the message says otherwise)."""

    def __init__(self, message: str, *, reopen_path: Path | None = None) -> None:
        super().__init__(message)
        self.reopen_path = reopen_path


def check_passphrase(file: str | os.PathLike[str], passphrase: str) -> None:
    """Raise WrongPassphraseError (or BackupError for a bad file) unless it opens ``file``.

    Quick (one scrypt run, no decryption): lets a dialog check before asking to confirm.
    """
    key_for_file(Path(file), passphrase)


def _stage(source: Path, staging: Path, passphrase: str | None) -> SnapshotInfo:
    """Put a verified plain copy of the backup at ``staging``; refuse a bad file."""
    if is_encrypted_backup(source):
        if not passphrase:
            raise WrongPassphraseError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "备份文件 {source} 已加密，请输入口令"),
                    source=source,
                )
            )
        try:
            decrypt_file(source, staging, passphrase)
        except OSError as exc:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "无法解密备份文件 {source}：{reason}"),
                    source=source,
                    reason=exc.strerror or str(exc),
                )
            ) from exc
    else:
        try:
            with source.open("rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "无法读取备份文件 {source}：{reason}"),
                    source=source,
                    reason=exc.strerror,
                )
            ) from exc
        if head != SQLITE_MAGIC:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "文件 {source} 不是本软件的备份文件"),
                    source=source,
                )
            )
        try:
            with source.open("rb") as src, staging.open("wb") as out:
                while chunk := src.read(1024 * 1024):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "无法复制备份文件 {source}：{reason}"),
                    source=source,
                    reason=exc.strerror or str(exc),
                )
            ) from exc
    try:
        info = inspect_snapshot(staging, check_integrity=True, name=source)
    except DatabaseError as exc:
        raise BackupError(exc.message) from exc
    if info.problems:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "备份文件 {source} 已损坏（{problem}），不能恢复"),
                source=source,
                problem=info.problems[0],
            )
        )
    return info


def _safety_copy(db: Database | None, db_path: Path, fallback_code: str,
                 now: datetime) -> Path:
    """Back up the current database before it is replaced (kept by retention forever)."""
    folder = default_backup_folder(db_path)
    code = ""
    if db is not None:
        with contextlib.suppress(Exception):
            code = centre_code(db)
    else:
        with contextlib.suppress(DatabaseError):
            code = inspect_snapshot(db_path, check_integrity=False).centre_code
    try:
        folder.mkdir(parents=True, exist_ok=True)
        name = unused_backup_name([folder], code or fallback_code, now, before_restore=True)
        final = folder / name
        partial = partial_path(final)
        try:
            if db is not None:
                try:
                    write_snapshot(db, partial, name=final)
                except DatabaseError:
                    snapshot_file(db_path, partial)  # damaged: keep its bytes anyway
            else:
                snapshot_file(db_path, partial)
            os.replace(partial, final)
            wal = partial.with_name(partial.name + "-wal")
            if wal.exists():
                os.replace(wal, final.with_name(final.name + "-wal"))
            fsync_dir(folder)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
    except (OSError, DatabaseError) as exc:
        reason = exc.message if isinstance(exc, DatabaseError) else (exc.strerror or str(exc))
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "无法先备份当前数据库 {path}（{reason}），未恢复，数据未改变"
                ),
                path=db_path,
                reason=reason,
            )
        ) from exc
    return final


def _replace(staging: Path, db_path: Path) -> None:
    """Put the staged file in place of the (closed) database, with no stale -wal/-shm."""
    wal = db_path.with_name(db_path.name + "-wal")
    readable = db_path.exists() and checkpoint_file(db_path)
    if readable and wal.exists():
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "数据库 {path} 仍被其他程序打开，"
                    "请先关闭所有使用它的温馨家园工作台再恢复；数据未改变",
                ),
                path=db_path,
            )
        )
    # A stale -wal would be replayed onto the restored file, so it goes before the rename.
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(staging, db_path)
    fsync_dir(db_path.parent)


def restore(target: Database | str | os.PathLike[str], file: str | os.PathLike[str], *,
            actor: Actor, passphrase: str | None = None, now: datetime | None = None,
            clock: Clock | None = None) -> RestoreResult:
    """Replace the database with a backup. Administrators only (RESTORE_BACKUP).

    ``file`` is checked completely first (our format, complete, passphrase, schema version,
    integrity); a bad file raises BackupError (WrongPassphraseError for the passphrase)
    naming it, with the current database untouched and a Database passed in still open.
    Then the current data is backed up (``…_before-restore.db`` in the primary folder), the
    file replaces the database atomically, stale -wal/-shm files are removed, and the restore
    is written to the audit log of the restored database (which is migrated if older).

    ``target`` is the database file's path, or the open Database. A Database is handed over:
    restore uses it for the safety copy, then closes it, because no connection may stay open
    on a file being replaced (Windows refuses; elsewhere its -wal would corrupt the new
    file). Reopen ``RestoreResult.db_path`` afterwards, and sign in again: accounts come
    from the backup. Connections restore opens itself it also closes.

    The safety copy is named for ``now``, by default the time by the open Database's clock,
    or for a path by ``clock`` (default the computer's), which also dates the audit entry.
    """
    actor.require(Permission.RESTORE_BACKUP)
    db = target if isinstance(target, Database) else None
    clock = db.clock if db is not None else clock or SystemClock()
    now = (now or clock.now()).replace(microsecond=0)
    db_path = target.path if isinstance(target, Database) else Path(target).expanduser()
    source = Path(file).expanduser()
    if not source.is_file():
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "找不到备份文件 {source}"), source=source)
        )
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{source} 就是当前数据库，不能用它恢复自己"),
                source=source,
            )
        )
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法创建数据库所在文件夹 {folder}：{reason}"),
                folder=db_path.parent,
                reason=exc.strerror,
            )
        ) from exc
    remove_stale_staging(db_path)  # by the files' own ages
    # Random, so two restores at once cannot write into one staging file.
    staging = staging_path(db_path)
    safety: Path | None = None
    try:
        info = _stage(source, staging, passphrase)
        if db_path.exists():
            safety = _safety_copy(db, db_path, info.centre_code, now)
        if db is not None:
            db.close()
        try:
            _replace(staging, db_path)
        except (OSError, BackupError) as exc:
            reason = exc.message if isinstance(exc, BackupError) else (exc.strerror or str(exc))
            raise RestoreError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "未能用 {source} 替换数据库：{reason}"),
                    source=source,
                    reason=reason,
                ),
                reopen_path=db_path if db is not None else None,
            ) from exc
    finally:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
    _audit_restore(db_path, source, safety, info, actor, clock)
    return RestoreResult(db_path=db_path, source=source, safety_backup=safety,
                         schema_version=info.schema_version, counts=info.counts)


def _audit_restore(db_path: Path, source: Path, safety: Path | None, info: SnapshotInfo,
                   actor: Actor, clock: Clock) -> None:
    """Reopen the restored file (migrating it if older) and log the restore inside it."""
    try:
        with open_database(db_path, clock=clock) as restored, restored.transaction():
            audit.record(restored, actor=actor.username, action="restore", table="database",
                         record_id=None,
                         before={"safety_backup": str(safety) if safety else None},
                         after={"file": str(source), "schema_version": info.schema_version,
                                **info.counts})
    except WarmHomeError as exc:
        kept = (
            Message(QT_TRANSLATE_NOOP("Messages", "；恢复前的数据在 {safety}"), safety=safety)
            if safety
            else ""
        )
        raise RestoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "已用 {source} 恢复，但打开恢复后的数据库失败：{reason}{kept}"
                ),
                source=source,
                reason=exc.message,
                kept=kept,
            ),
            reopen_path=db_path,
        ) from exc
