"""Files that interrupted exports and restores leave behind: the stale ones of exactly our
names are removed at the next export or restore and at start; fresh ones (an export or
restore may be writing them right now) and everything else stay."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from desktop.excel.workbook_file import save_workbook
from desktop.models.admin.backup import make_backup
from desktop.models.admin.backup_restore import restore
from desktop.models.db import Database
from desktop.models.reporting import month_close
from desktop.models.reporting.export_log import (
    CONFIRMED,
    audit_head,
    begin_export,
    load_attempt,
)
from desktop.models.storage.leftovers import (
    STALE_AFTER,
    remove_stale_staging,
    remove_stale_temp_files,
    tidy_on_start,
)
from tests.conftest import ADMIN, STAFF
from tests.excel.test_workbook_file import _book

NAME = "西城区_月坛_XC-01_2024-05_v1"
OLD = time.time() - STALE_AFTER.total_seconds() - 60  # a little older than the limit


def _make(path: Path, content: bytes = b"PK\x03\x04half a workbook", *,
          old: bool = True) -> Path:
    path.write_bytes(content)
    if old:
        os.utime(path, (OLD, OLD))
    return path


def export_leftovers(folder: Path) -> tuple[set[Path], set[Path]]:
    """Leftovers in ``folder``: (those to remove, those to keep)."""
    stale = {
        _make(folder / f".{NAME}.0123456789ab.partial"),  # a killed xlsx export
        _make(folder / ".签到表_2024-05-06.00112233aabb.partial", b"%PDF-1.4 half"),  # a PDF
        _make(folder / ".会员名册.a1b2c3d4e5f6.partial", b""),  # killed before any byte
    }
    keep = {
        # An export running right now (written within the hour).
        _make(folder / f".{NAME}.fedcba987654.partial", old=False),
        # Names like ours that our code does not make: other digit counts, other cases,
        # a backup's partial (its own cleaner handles it), no leading dot, other suffixes.
        _make(folder / f".{NAME}.0123456789.partial"),
        _make(folder / f".{NAME}.0123456789AB.partial"),
        _make(folder / ".XC-01_20240101-090000.db.0123abcd.partial"),
        _make(folder / f"{NAME}.0123456789ab.partial"),
        _make(folder / f".{NAME}.0123456789ab.partial.bak"),
        # Our name, but not our bytes: someone else's file.
        _make(folder / ".notes.0123456789ab.partial", b"meeting notes"),
        # The staff's own files.
        _make(folder / f"{NAME}.xlsx"),
        _make(folder / "readme.txt", b"hello"),
    }
    (folder / ".folder.0123456789ab.partial").mkdir()
    keep.add(folder / ".folder.0123456789ab.partial")
    return stale, keep


def _present(folder: Path) -> set[Path]:
    return set(folder.iterdir())


def test_only_stale_temporary_exports_of_ours_are_removed(tmp_path: Path) -> None:
    stale, keep = export_leftovers(tmp_path)
    assert set(remove_stale_temp_files(tmp_path)) == stale
    assert _present(tmp_path) == keep


def test_the_next_workbook_export_into_the_folder_removes_them(tmp_path: Path) -> None:
    _, keep = export_leftovers(tmp_path)
    written = save_workbook(_book(), tmp_path / "新的.xlsx")
    assert _present(tmp_path) == keep | {written}


def _staging_leftovers(db_path: Path) -> tuple[set[Path], set[Path]]:
    folder = db_path.parent
    stale = {_make(folder / f".{db_path.name}.0123abcd.restoring", b"SQLite format 3\x00")}
    keep = {
        _make(folder / f".{db_path.name}.89abcdef.restoring", old=False),  # a restore now
        _make(folder / ".other.db.0123abcd.restoring"),  # another database's
        _make(folder / f".{db_path.name}.0123abcd.restoring.bak"),
        _make(folder / f".{db_path.name}.0123abcdef.restoring"),
    }
    return stale, keep


def test_only_stale_staged_restores_of_this_database_are_removed(tmp_path: Path) -> None:
    db_path = tmp_path / "centre.db"
    stale, keep = _staging_leftovers(db_path)
    assert set(remove_stale_staging(db_path)) == stale
    assert _present(tmp_path) == keep


def test_the_next_restore_removes_a_stale_staged_restore(centre_db: Database,
                                                         tmp_path: Path) -> None:
    saved = make_backup(centre_db, actor=STAFF).path
    stale, keep = _staging_leftovers(centre_db.path)
    result = restore(centre_db, saved, actor=ADMIN)
    remaining = {p for p in result.db_path.parent.iterdir() if ".restoring" in p.name}
    assert remaining == keep and not stale & _present(tmp_path)


def test_start_settles_interrupted_exports_and_tidies_known_folders(db: Database,
                                                                   tmp_path: Path) -> None:
    remembered = tmp_path / "usb"  # the export folder the window remembers
    remembered.mkdir()
    recent = tmp_path / "share"  # where the last export went (e.g. from the command line)
    recent.mkdir()
    unknown = tmp_path / "elsewhere"
    unknown.mkdir()
    stale_usb, keep_usb = export_leftovers(remembered)
    # An export into ``recent`` killed after its rename: its file is there, its log pending.
    target = recent / f"{NAME}.xlsx"
    target.write_bytes(b"PK\x03\x04complete")
    attempt = begin_export(db, "2024-05", revision=1, path=target,
                           file_sha256=hashlib.sha256(target.read_bytes()).hexdigest(),
                           data_sha256="d" * 64, audit_id=audit_head(db), by="staff")
    stale_recent = _make(recent / f".{NAME}.abcdefabcdef.partial")
    untouched = _make(unknown / f".{NAME}.abcdefabcdef.partial")
    stale_db, keep_db = _staging_leftovers(db.path)

    removed = tidy_on_start(db, [str(remembered), ""])

    assert set(removed) == stale_usb | stale_db | {stale_recent}
    assert _present(remembered) == keep_usb
    assert _present(recent) == {target}
    assert untouched.exists()  # a folder the application does not know is left alone
    assert load_attempt(db, attempt).state == CONFIRMED
    export = month_close.month_status(db, "2024-05").last_export
    assert export is not None and export.file_path == str(target)
    assert keep_db <= _present(tmp_path)

