"""Files that an interrupted export or restore leaves behind, and their removal.

Exports write ``.{name}.{12 hex digits}.partial`` beside the file they make and rename it when
it is complete; a restore stages the backup as ``.{database}.{8 hex digits}.restoring`` beside
the database. A kill or a power cut in between leaves those files: on Windows, where a leading
dot hides nothing, they clutter the staff's export folder, and a staged restore is as large as
the database. They are removed at the next operation of the same kind in the same place and at
start (:func:`tidy_on_start`, which also settles exports a crash left half-logged), once they
are older than :data:`STALE_AFTER`. Only names of
exactly our patterns are touched, and a temporary export only when its bytes are what we write.

Qt-free.
"""

from __future__ import annotations

import contextlib
import logging
import re
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from desktop.models.clock import file_time_now
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.reporting.export_log import settle_pending_exports

log = logging.getLogger("warmhome")
# Folders of this many recent exports are tidied at start besides the ones the caller names.
_RECENT_EXPORTS = 20

# A file this old belongs to no running export or restore: the largest monthly export writes
# in seconds and a restore of the reference data set in under a minute, even to a slow USB
# stick, and the file's time changes with every write. A younger one may be being written by
# another window or a scheduled `warmhome` command right now, so it is left alone.
STALE_AFTER = timedelta(hours=1)

_TEMP_FILE = re.compile(r"^\.(?P<stem>.+)\.[0-9a-f]{12}\.partial$")
# What our temporary exports hold: nothing yet, an xlsx (a zip archive) or a PDF.
_TEMP_CONTENT = (b"PK\x03\x04", b"%PDF")


def temp_file_name(stem: str) -> str:
    """A new random hidden name for the temporary file of an export named ``stem``."""
    return f".{stem}.{secrets.token_hex(6)}.partial"


def staging_path(db_path: Path) -> Path:
    """A new random hidden path beside the database where a restore stages the backup."""
    return db_path.with_name(f".{db_path.name}.{secrets.token_hex(4)}.restoring")


def _staging_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(db_path.name)}\.[0-9a-f]{{8}}\.restoring$")


def _is_stale(path: Path, now: datetime) -> bool:
    return now.timestamp() - path.stat().st_mtime > STALE_AFTER.total_seconds()


def _holds_our_bytes(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(4)
    return head == b"" or head in _TEMP_CONTENT


def remove_stale_temp_files(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the temporary files of exports into ``folder`` that never completed and are
    older than STALE_AFTER; returns those deleted. Problems (a folder that cannot be listed,
    a file in use) are skipped: tidying must never stop an export."""
    now = now or file_time_now()
    removed: list[Path] = []
    try:
        children = list(folder.iterdir())
    except OSError:
        return removed
    for path in children:
        if _TEMP_FILE.match(path.name) is None:
            continue
        with contextlib.suppress(OSError):
            if path.is_file() and _is_stale(path, now) and _holds_our_bytes(path):
                path.unlink()
                removed.append(path)
    return removed


def remove_stale_staging(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Delete staged restores beside the database (``.NAME.XXXXXXXX.restoring``) older than
    STALE_AFTER; returns those deleted."""
    now = now or file_time_now()
    pattern = _staging_pattern(db_path)
    removed: list[Path] = []
    try:
        children = list(db_path.parent.iterdir())
    except OSError:
        return removed
    for path in children:
        if pattern.match(path.name) is None:
            continue
        with contextlib.suppress(OSError):
            if path.is_file() and _is_stale(path, now):
                path.unlink()
                removed.append(path)
    return removed


def remove_leftovers(db_path: Path, folders: Iterable[str | Path],
                     now: datetime | None = None) -> list[Path]:
    """Stale staged restores beside the database and stale temporary exports in ``folders``
    (empty names are skipped), deleted; returns what was deleted."""
    removed = remove_stale_staging(db_path, now)
    for folder in dict.fromkeys(Path(f) for f in folders if str(f).strip()):
        removed += remove_stale_temp_files(folder, now)
    for path in removed:
        log.info("removed a file an interrupted export or restore left: %s", path)
    return removed


def tidy_on_start(db: Database, folders: Iterable[str | Path] = (),
                  now: datetime | None = None) -> list[Path]:
    """At start: settle exports that a crash left pending (``export_log``), then delete
    stale staged restores beside the database and stale temporary exports in ``folders`` and
    in the folders of recent exports. Returns the files deleted. Never raises for what it
    cannot do (a read-only database, a folder gone): that is logged, and the start goes on."""
    try:
        settle_pending_exports(db)
    except WarmHomeError as exc:
        log.warning("could not settle interrupted exports: %s", exc.message)
    recent = [Path(r[0]).parent for r in db.query(
        "SELECT file_path FROM export_attempt ORDER BY id DESC LIMIT ?", (_RECENT_EXPORTS,))]
    return remove_leftovers(db.path, [*folders, *recent], now)
