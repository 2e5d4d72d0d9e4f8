"""Backups and restore: verified snapshots, retention, an encrypted second copy, restore.

Where backups go
    The primary folder is ``backups`` beside the database file (for the default database:
    ``~/.local/share/warmhome/backups`` on Linux, ``%LOCALAPPDATA%\\warmhome\\backups`` on
    Windows), unless the caller names another (``warmhome backup --to DIR``). Files there are
    plain SQLite snapshots named ``{centre-code}_{YYYYmmdd-HHMMSS}.db``.
    An optional second folder (a USB stick, a network share; setting ``backup.second_folder``)
    receives an encrypted copy of every backup (``.whbak``, see :mod:`backup_crypto`). Copies
    are only ever written there encrypted; without a passphrase none are written.

How a backup is made
    SQLite's backup API copies a consistent snapshot (committed data only, also under WAL
    while others write) to a temporary name; ``integrity_check`` runs on the copy; only then
    is it renamed to its final name and are older backups thinned (7 daily, 8 weekly,
    12 monthly by default; see :mod:`backup_files`). A copy that fails the check is
    deleted, the error raised, and nothing old is touched.

Automatic backups
    :func:`backup_on_start` when the newest backup in the primary folder is older than 24 hours;
    :func:`backup_on_exit` when anything changed since :func:`change_marker` was taken. Change
    detection combines the connection's ``total_changes`` (our own writes; ``data_version``
    does not see those) with ``PRAGMA data_version`` (commits by other connections, e.g. the
    CLI while the app is open). A write that was rolled back still counts: the price is an
    extra backup, never a missed one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from desktop.models.admin import audit
from desktop.models.admin.backup_crypto import (
    BackupError,
    BackupKey,
    WrongPassphraseError,
    derive_key,
    encrypt_file,
    is_encrypted_backup,
    validate_passphrase,
    verify_encrypted,
)
from desktop.models.admin.backup_files import (
    ENCRYPTED_SUFFIX,
    FALLBACK_CODE,
    PLAIN_SUFFIX,
    BackupName,
    Retention,
    default_backup_folder,
    fsync_dir,
    our_backups,
    parse_backup_name,
    partial_path,
    remove_stale_partials,
    select_kept,
    unused_backup_name,
)
from desktop.models.admin.backup_restore import (
    RestoreError,
    RestoreResult,
    check_passphrase,
    restore,
)
from desktop.models.admin.centre import centre_code, get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission, Role
from desktop.models.clock import file_time_now
from desktop.models.db import Database, DatabaseError, inspect_snapshot, write_snapshot
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "AUTO_ACTOR", "BACKUP_INTERVAL", "STALE_AFTER", "BackupEntry", "BackupError",
    "BackupResult", "BackupSettings", "ChangeMarker", "RestoreError", "RestoreResult",
    "Retention", "WrongPassphraseError", "backup_folders", "backup_on_exit", "backup_on_start",
    "change_marker", "changed_since", "check_passphrase", "default_backup_folder",
    "describe_backup",
    "is_backup_due", "is_backup_stale", "last_good_backup", "list_backups",
    "load_backup_settings", "make_backup", "restore", "save_backup_settings",
]

SETTING_KEEP_DAILY = "backup.keep_daily"
SETTING_KEEP_WEEKLY = "backup.keep_weekly"
SETTING_KEEP_MONTHLY = "backup.keep_monthly"
SETTING_SECOND_FOLDER = "backup.second_folder"
SETTING_KEY = "backup.encryption_key"
LIMITS = {"daily": (1, 60), "weekly": (0, 52), "monthly": (0, 120)}
BACKUP_INTERVAL = timedelta(hours=24)
STALE_AFTER = timedelta(days=7)
# Automatic backups protect the data whoever is signed in (even the kiosk account, or nobody
# yet); they are the app's own action, not a user's, so they act as staff, who may back up.
AUTO_ACTOR = Actor("auto-backup", Role.STAFF)


@dataclass(frozen=True)
class BackupSettings:
    """The backup settings as stored (never the passphrase or key itself)."""

    retention: Retention
    second_folder: str
    has_passphrase: bool


@dataclass
class BackupResult:
    """What :func:`make_backup` did. ``warnings`` are problems that did not stop the backup
    (second folder unavailable, an old backup that could not be deleted); show them."""

    path: Path
    created: datetime
    encrypted_copy: Path | None = None
    deleted: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BackupEntry:
    """One backup file as listed for a restore.

    ``counts`` (people, members, volunteers, audit_entries) is None for encrypted files
    (they need the passphrase) and for plain files that cannot be read (``problem`` says why).
    """

    path: Path
    created: datetime
    size: int
    encrypted: bool
    before_restore: bool
    centre_code: str
    counts: dict[str, int] | None
    problem: str = ""


@dataclass(frozen=True)
class ChangeMarker:
    """Where the database's change counters stood, to tell later whether anything changed."""

    total_changes: int
    data_version: int


# -- settings -----------------------------------------------------------------------------------
def _int_setting(db: Database, key: str, default: int) -> int:
    try:
        return int(get_setting(db, key, str(default)))
    except ValueError:
        return default


def load_backup_settings(db: Database) -> BackupSettings:
    """The stored backup settings, with defaults for anything never set."""
    defaults = Retention()
    retention = Retention(daily=_int_setting(db, SETTING_KEEP_DAILY, defaults.daily),
                          weekly=_int_setting(db, SETTING_KEEP_WEEKLY, defaults.weekly),
                          monthly=_int_setting(db, SETTING_KEEP_MONTHLY, defaults.monthly))
    return BackupSettings(
        retention=retention, second_folder=get_setting(db, SETTING_SECOND_FOLDER),
        has_passphrase=BackupKey.from_setting(get_setting(db, SETTING_KEY)) is not None)


def backup_folders(db: Database) -> list[Path]:
    """The primary folder, and the second folder when one is set."""
    folders = [default_backup_folder(db.path)]
    second = get_setting(db, SETTING_SECOND_FOLDER)
    if second:
        folders.append(Path(second))
    return folders


def save_backup_settings(db: Database, *, actor: Actor, retention: Retention | None = None,
                         second_folder: str | None = None,
                         passphrase: str | None = None) -> None:
    """Store the given settings in one transaction, with an audit entry; None leaves one as is.

    ``second_folder=""`` switches the second copy off. A new passphrase replaces the key:
    later copies use it, older ``.whbak`` files still open only with the passphrase they were
    made with.

    Why the derived key is stored, not asked for each time: automatic backups run at start
    and exit, when no administrator is there to type the passphrase. So the settings table
    keeps the scrypt salt, parameters and the derived AES key (never the passphrase). The
    trade-off: whoever holds this PC's database file can decrypt the second-folder copies,
    but that person already holds the same data in clear, so nothing more leaks. What the
    encryption protects against is what it is for: a lost USB stick or a shared network
    folder, where only ``.whbak`` files lie. Restoring a ``.whbak`` file, e.g. on a new PC,
    always asks for the passphrase, which the file's own header turns into the key again.
    """
    # Only administrators may restore; the same people decide where copies go and how long
    # they are kept, since that decides what a restore can reach.
    actor.require(Permission.RESTORE_BACKUP)
    errors: dict[str, str] = {}
    if retention is not None:
        for name, (low, high) in LIMITS.items():
            value = getattr(retention, name)
            if not low <= value <= high:
                errors[name] = Message(
                    QT_TRANSLATE_NOOP("Messages", "保留数量应在 {low} 到 {high} 之间"),
                    low=low,
                    high=high,
                )
    folder = None if second_folder is None else second_folder.strip()
    if folder and not Path(folder).expanduser().is_absolute():
        errors["second_folder"] = Message(
            QT_TRANSLATE_NOOP("Messages", "第二备份位置应为完整路径，如 E:\\温馨家园备份")
        )
    elif folder and Path(folder).expanduser().absolute() == default_backup_folder(db.path):
        errors["second_folder"] = Message(
            QT_TRANSLATE_NOOP("Messages", "第二备份位置不能与主备份文件夹相同")
        )
    if passphrase is not None:
        problem = validate_passphrase(passphrase)
        if problem:
            errors["passphrase"] = problem
    if errors:
        raise ValidationError(errors)
    key = derive_key(passphrase) if passphrase is not None else None
    with db.transaction():
        before = load_backup_settings(db)
        if retention is not None:
            set_setting(db, SETTING_KEEP_DAILY, str(retention.daily))
            set_setting(db, SETTING_KEEP_WEEKLY, str(retention.weekly))
            set_setting(db, SETTING_KEEP_MONTHLY, str(retention.monthly))
        if folder is not None:
            set_setting(db, SETTING_SECOND_FOLDER, str(Path(folder).expanduser()) if folder else "")
        if key is not None:
            set_setting(db, SETTING_KEY, key.to_setting())
        after = load_backup_settings(db)
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before=_settings_for_log(before, False),
                     after=_settings_for_log(after, key is not None))


def _settings_for_log(settings: BackupSettings, passphrase_changed: bool) -> dict[str, str]:
    # The passphrase and key never reach the log: only whether one is set or was changed.
    state = "已更改" if passphrase_changed else ("已设置" if settings.has_passphrase else "未设置")
    return {SETTING_KEEP_DAILY: str(settings.retention.daily),
            SETTING_KEEP_WEEKLY: str(settings.retention.weekly),
            SETTING_KEEP_MONTHLY: str(settings.retention.monthly),
            SETTING_SECOND_FOLDER: settings.second_folder, "backup.passphrase": state}


# -- making backups -----------------------------------------------------------------------------
def make_backup(db: Database, folder: str | os.PathLike[str] | None = None, *, actor: Actor,
                now: datetime | None = None) -> BackupResult:
    """Back up ``db`` into ``folder`` (default: ``backups`` beside it), verified, then thin.

    Also writes an encrypted copy to the second folder when one is set; if that folder is
    missing or unwritable the result carries a warning and the backup still succeeds.
    Raises BackupError when the primary backup cannot be written or fails verification.
    """
    actor.require(Permission.MAKE_BACKUP)
    now = (now or db.clock.now()).replace(microsecond=0)
    target = Path(folder).expanduser() if folder else default_backup_folder(db.path)
    settings = load_backup_settings(db)
    code = centre_code(db)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法创建备份文件夹 {target}：{reason}"),
                target=target,
                reason=exc.strerror,
            )
        ) from exc
    if not target.is_dir():
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "备份位置 {target} 不是文件夹"), target=target)
        )
    # A half-written file's age is by the file system's clock, not the backup's time.
    remove_stale_partials(target, file_time_now())
    second = Path(settings.second_folder) if settings.second_folder else None
    second_ok = second is not None and second.is_dir()
    if second is not None and second_ok:
        remove_stale_partials(second, file_time_now())
    name = unused_backup_name([target, *([second] if second and second_ok else [])], code, now)
    final = target / name
    _snapshot_verified(db, target, final)
    result = BackupResult(path=final, created=now)
    if second is not None:
        result.encrypted_copy = _encrypted_copy(db, final, second, result.warnings)
    retention = settings.retention
    result.deleted = _thin(target, code, PLAIN_SUFFIX, now, retention, final, result.warnings)
    if result.encrypted_copy is not None and second is not None:
        result.deleted += _thin(second, code, ENCRYPTED_SUFFIX, now, retention,
                                result.encrypted_copy, result.warnings)
    return result


def _snapshot_verified(db: Database, folder: Path, final: Path) -> None:
    """Snapshot to a temporary name, check it, then rename: a final name means verified."""
    partial = partial_path(final)
    try:
        write_snapshot(db, partial, name=final)
        info = inspect_snapshot(partial, check_integrity=True, name=final)
        if info.problems:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "备份 {final} 校验未通过（{problem}），已删除该备份，旧备份未删除",
                    ),
                    final=final,
                    problem=info.problems[0],
                )
            )
        os.replace(partial, final)
        fsync_dir(folder)
    except DatabaseError as exc:
        raise BackupError(exc.message) from exc
    except OSError as exc:
        raise BackupError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法写入备份 {final}：{reason}"),
                final=final,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _encrypted_copy(db: Database, plain: Path, second: Path, warnings: list[str]) -> Path | None:
    if not second.is_dir():
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "第二备份位置 {second} 不可用（U盘未插入或网络位置未连接？）"
                    "，本次只备份到 {folder}",
                ),
                second=second,
                folder=plain.parent,
            )
        )
        return None
    key = BackupKey.from_setting(get_setting(db, SETTING_KEY))
    if key is None:
        # Copies that leave the PC are only ever written encrypted.
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "未设置加密口令，没有复制到第二备份位置 {second}；请管理员在设置中设置口令",
                ),
                second=second,
            )
        )
        return None
    target = second / plain.with_suffix(ENCRYPTED_SUFFIX).name
    partial = partial_path(target)
    try:
        encrypt_file(plain, partial, key)
        verify_encrypted(partial, key)  # read back: USB sticks fail silently
        os.replace(partial, target)
        fsync_dir(second)
    except (OSError, BackupError) as exc:
        reason = exc.message if isinstance(exc, BackupError) else (exc.strerror or str(exc))
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "无法写入第二备份位置 {second}（{reason}），本次只备份到 {folder}"
                ),
                second=second,
                reason=reason,
                folder=plain.parent,
            )
        )
        return None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def _thin(folder: Path, code: str, suffix: str, now: datetime, retention: Retention,
          newest: Path, warnings: list[str]) -> list[Path]:
    """Delete this centre's backups of one kind that the retention rule does not keep."""
    # Another centre's backups in a shared folder are not ours to thin.
    candidates = [(path, name) for path, name in our_backups(folder)
                  if name.code.upper() == (code or FALLBACK_CODE) and path.suffix == suffix]
    kept = select_kept(candidates, now, retention) | {newest}
    deleted: list[Path] = []
    for path, _name in candidates:
        if path in kept:
            continue
        try:
            path.unlink()
        except OSError as exc:
            warnings.append(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "旧备份 {path} 无法删除：{reason}"),
                    path=path,
                    reason=exc.strerror or str(exc),
                )
            )
            continue
        deleted.append(path)
    return deleted


# -- listing and status -------------------------------------------------------------------------
def list_backups(folders: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
                 ) -> list[BackupEntry]:
    """Our backup files in these folders, newest first; missing folders are skipped.

    Plain files are opened read-only to count people, members, volunteers and audit entries.
    """
    if isinstance(folders, (str, os.PathLike)):
        folders = [folders]
    entries: list[tuple[BackupEntry, int]] = []
    for folder in folders:
        for path, name in our_backups(Path(folder)):
            entry = _describe(path, name)
            if entry is not None:
                entries.append((entry, name.seq))
    entries.sort(key=lambda item: (item[0].created, item[1], not item[0].encrypted),
                 reverse=True)
    return [entry for entry, _seq in entries]


def describe_backup(file: str | os.PathLike[str]) -> BackupEntry:
    """One file the user picked, described as :func:`list_backups` would list it.

    Works for any name (a copy renamed on a USB stick): without our name pattern the time
    is the file's modification time. Raises BackupError when the file cannot be read.
    """
    path = Path(file).expanduser()
    name = parse_backup_name(path.name)
    if name is None:
        try:
            modified = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        except OSError as exc:
            raise BackupError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "无法读取备份文件 {path}：{reason}"),
                    path=path,
                    reason=exc.strerror,
                )
            ) from exc
        name = BackupName(code="", created=modified, seq=1, before_restore=False,
                          encrypted=is_encrypted_backup(path))
    entry = _describe(path, name)
    if entry is None:
        raise BackupError(
            Message(QT_TRANSLATE_NOOP("Messages", "无法读取备份文件 {path}"), path=path)
        )
    return entry


def _describe(path: Path, name: BackupName) -> BackupEntry | None:
    try:
        size = path.stat().st_size
    except OSError:
        return None
    counts: dict[str, int] | None = None
    problem = ""
    code = name.code
    if not name.encrypted:
        try:
            info = inspect_snapshot(path, check_integrity=False)
            counts, code = info.counts, info.centre_code or name.code
        except DatabaseError as exc:
            problem = exc.message
    return BackupEntry(path=path, created=name.created, size=size, encrypted=name.encrypted,
                       before_restore=name.before_restore, centre_code=code, counts=counts,
                       problem=problem)


def last_good_backup(db: Database, folder: str | os.PathLike[str] | None = None,
                     now: datetime | None = None) -> datetime | None:
    """When the newest verified backup in the primary folder was made (None: never).

    Only the primary folder is read: a disconnected network share can take seconds to time
    out. Safety copies taken before a restore are not counted (they are not verified), nor
    are files dated in the future.
    """
    now = now or db.clock.now()
    target = Path(folder).expanduser() if folder else default_backup_folder(db.path)
    times = [name.created for _path, name in our_backups(target)
             if not name.before_restore and name.created <= now]
    return max(times, default=None)


def is_backup_due(db: Database, now: datetime | None = None,
                  folder: str | os.PathLike[str] | None = None) -> bool:
    """True when there is no backup, or the newest is 24 hours old or older."""
    now = now or db.clock.now()
    last = last_good_backup(db, folder, now)
    return last is None or now - last >= BACKUP_INTERVAL


def is_backup_stale(last: datetime | None, now: datetime) -> bool:
    """True when the last good backup is missing or older than 7 days at ``now`` (show a
    warning)."""
    return last is None or now - last > STALE_AFTER


def change_marker(db: Database) -> ChangeMarker:
    """The change counters now; pass it to :func:`backup_on_exit` later."""
    return ChangeMarker(total_changes=db.total_changes,
                        data_version=int(db.scalar("PRAGMA data_version")))


def changed_since(db: Database, marker: ChangeMarker) -> bool:
    """Whether anything was written (here or by another connection) since ``marker``."""
    return change_marker(db) != marker


def backup_on_start(db: Database, *, folder: str | os.PathLike[str] | None = None,
                    now: datetime | None = None) -> BackupResult | None:
    """Back up when the newest backup is 24 hours old or older; None when none was due."""
    if not is_backup_due(db, now, folder):
        return None
    return make_backup(db, folder, actor=AUTO_ACTOR, now=now)


def backup_on_exit(db: Database, since: ChangeMarker, *,
                   folder: str | os.PathLike[str] | None = None,
                   now: datetime | None = None) -> BackupResult | None:
    """Back up when anything changed since ``since``; None when nothing did."""
    if not changed_since(db, since):
        return None
    return make_backup(db, folder, actor=AUTO_ACTOR, now=now)


