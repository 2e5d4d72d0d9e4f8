"""Backup files: where they go, their names, and the retention rule that thins old ones.

The primary folder is ``backups`` beside the database file.

Names: ``{centre-code}_{YYYYmmdd-HHMMSS}.db`` (plain) or ``.whbak`` (encrypted). Two backups
in the same second get ``-2``, ``-3`` … after the time. The safety copy taken before a restore
is ``{centre-code}_{YYYYmmdd-HHMMSS}_before-restore.db``: retention never deletes it, because
it is what undoes a mistaken restore.

Only files whose names match these patterns are ever considered for deletion; anything else
in a backup folder (a user's own copies, another program's files) is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

PLAIN_SUFFIX = ".db"
ENCRYPTED_SUFFIX = ".whbak"
BEFORE_RESTORE = "_before-restore"
# A centre code has no "_" (centre.py allows letters, digits and "-"), so the split is unique.
_NAME = re.compile(
    r"^(?P<code>[A-Za-z0-9-]{1,40})_(?P<stamp>[0-9]{8}-[0-9]{6})(?:-(?P<seq>[0-9]{1,4}))?"
    r"(?P<kind>_before-restore)?(?P<ext>\.db|\.whbak)$")
_PARTIAL = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.partial(?:-journal|-wal)?$")
_STAMP = "%Y%m%d-%H%M%S"
FALLBACK_CODE = "WARMHOME"
BACKUP_FOLDER_NAME = "backups"


@dataclass(frozen=True)
class Retention:
    """How many of the newest daily, weekly (ISO week) and monthly backups to keep."""

    daily: int = 7
    weekly: int = 8
    monthly: int = 12


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says about it."""

    code: str
    created: datetime
    seq: int
    before_restore: bool
    encrypted: bool


def parse_backup_name(name: str) -> BackupName | None:
    """The parts of one of our backup names, or None for any other file name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(code=match["code"], created=created, seq=int(match["seq"] or 1),
                      before_restore=bool(match["kind"]),
                      encrypted=match["ext"] == ENCRYPTED_SUFFIX)


def backup_file_name(code: str, created: datetime, *, seq: int = 1, encrypted: bool = False,
                     before_restore: bool = False) -> str:
    """The file name for a backup made at ``created``."""
    safe_code = code if re.fullmatch(r"[A-Za-z0-9-]{1,40}", code or "") else FALLBACK_CODE
    return (f"{safe_code}_{created.strftime(_STAMP)}{f'-{seq}' if seq > 1 else ''}"
            f"{BEFORE_RESTORE if before_restore else ''}"
            f"{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}")


def unused_backup_name(folders: Iterable[Path], code: str, created: datetime, *,
                       before_restore: bool = False) -> str:
    """A plain-backup name free in every folder (its .whbak twin too): adds -2, -3 … if taken."""
    folder_list = list(folders)
    for seq in range(1, 10000):
        plain = backup_file_name(code, created, seq=seq, before_restore=before_restore)
        twin = Path(plain).with_suffix(ENCRYPTED_SUFFIX).name
        if not any((f / plain).exists() or (f / twin).exists() for f in folder_list):
            return plain
    raise FileExistsError(f"too many backups at {created}")


def _last_days(today: date, count: int) -> set[date]:
    return {today - timedelta(days=n) for n in range(count)}


def _last_weeks(today: date, count: int) -> set[tuple[int, int]]:
    monday = today - timedelta(days=today.weekday())
    weeks = set()
    for n in range(count):
        iso = (monday - timedelta(weeks=n)).isocalendar()
        weeks.add((iso.year, iso.week))
    return weeks


def _last_months(today: date, count: int) -> set[tuple[int, int]]:
    months = set()
    year, month = today.year, today.month
    for _ in range(count):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def select_kept(backups: Iterable[tuple[Path, BackupName]], now: datetime,
                policy: Retention) -> set[Path]:
    """The backups to keep: the newest of each of the last ``daily`` days, ``weekly`` ISO weeks
    and ``monthly`` calendar months (all counting the current one), plus the newest of all.

    Safety copies taken before a restore and files dated in the future (a clock that was
    wrong) are always kept: nothing here can tell they are redundant. Every backup of the
    current day is kept too: a morning copy must survive the afternoon's backup, in case a
    mistake made in between needs undoing; thinning to one a day starts the next day.
    """
    today = now.date()
    days = _last_days(today, policy.daily)
    weeks = _last_weeks(today, policy.weekly)
    months = _last_months(today, policy.monthly)
    ordered = sorted(backups, key=lambda item: (item[1].created, item[1].seq), reverse=True)
    kept: set[Path] = set()
    seen_days: set[date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    newest_kept = False
    for path, name in ordered:
        if name.before_restore or name.created > now or name.created.date() == today:
            kept.add(path)
            if name.created <= now:
                newest_kept = True
                day = name.created.date()
                iso = day.isocalendar()
                seen_days.add(day)
                seen_weeks.add((iso.year, iso.week))
                seen_months.add((day.year, day.month))
            continue
        if not newest_kept:
            kept.add(path)
            newest_kept = True
        day = name.created.date()
        iso = day.isocalendar()
        week, month = (iso.year, iso.week), (day.year, day.month)
        if day in days and day not in seen_days:
            kept.add(path)
        if week in weeks and week not in seen_weeks:
            kept.add(path)
        if month in months and month not in seen_months:
            kept.add(path)
        seen_days.add(day)
        seen_weeks.add(week)
        seen_months.add(month)
    return kept


def default_backup_folder(db_path: Path) -> Path:
    """The primary backup folder: ``backups`` beside the database file."""
    return db_path.expanduser().absolute().parent / BACKUP_FOLDER_NAME


def our_backups(folder: Path) -> list[tuple[Path, BackupName]]:
    """The files in ``folder`` named like our backups (an unreadable folder: none)."""
    found: list[tuple[Path, BackupName]] = []
    try:
        children = list(folder.iterdir())
    except OSError:
        return found
    for path in children:
        name = parse_backup_name(path.name)
        if name is not None and path.is_file():
            found.append((path, name))
    return found


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (Windows has no directory handle to flush)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def partial_path(final: Path) -> Path:
    """A hidden temporary name beside ``final`` to write it under before the rename.

    Random, so two processes backing up in the same second never write into one file.
    """
    return final.with_name(f".{final.name}.{secrets.token_hex(4)}.partial")


def remove_stale_partials(folder: Path, now: datetime,
                          older_than: timedelta = timedelta(hours=1)) -> None:
    """Delete half-written backups (``.NAME.XXXXXXXX.partial``) a crash or power cut left.

    Only those of our names and older than ``older_than``: a younger one may belong to a
    backup another process is writing right now.
    """
    try:
        children = list(folder.iterdir())
    except OSError:
        return
    for path in children:
        match = _PARTIAL.match(path.name)
        if match is None or parse_backup_name(match["name"]) is None:
            continue
        with contextlib.suppress(OSError):
            if now.timestamp() - path.stat().st_mtime > older_than.total_seconds():
                path.unlink()
