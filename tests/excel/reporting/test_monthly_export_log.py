"""The monthly workbook and its export log are written together (issue 10, item 3): when the
log entry cannot be written, no file is left behind and an earlier file stays as it was."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.db import Database, DatabaseError, open_database
from desktop.models.reporting import month_close
from tests.excel.reporting.test_monthly_workbook import TODAY, out, small_db  # noqa: F401 (fixtures)


@contextlib.contextmanager
def writer_elsewhere(db: Database, db_path: Path) -> Iterator[None]:
    """Another program (the kiosk, a second window) in the middle of a write to the file."""
    # No five seconds of waiting in a test: the lock is there and stays.
    db.scalar("PRAGMA busy_timeout = 0")
    with open_database(db_path) as other, other.transaction():  # BEGIN IMMEDIATE: the lock
        yield


def _exports(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM month_report WHERE kind = 'export'"))


def test_a_log_that_cannot_be_written_leaves_no_new_file(small_db: Database,  # noqa: F811
                                                         out: Path,  # noqa: F811
                                                         db_path: Path) -> None:
    with writer_elsewhere(small_db, db_path), pytest.raises(DatabaseError, match="数据未写入"):
        export_monthly_workbook(small_db, "2024-05", out, generated_by="staff", today=TODAY)
    assert list(out.iterdir()) == []
    assert _exports(small_db) == 0


def test_a_log_that_cannot_be_written_keeps_the_earlier_file(small_db: Database,  # noqa: F811
                                                             out: Path,  # noqa: F811
                                                             db_path: Path) -> None:
    first = export_monthly_workbook(small_db, "2024-05", out, generated_by="staff",
                                    today=TODAY, now=datetime(2024, 6, 1, 12))
    assert first.path is not None
    earlier = hashlib.sha256(first.path.read_bytes()).hexdigest()
    logged = month_close.month_status(small_db, "2024-05").last_export
    assert logged is not None and logged.file_sha256 == earlier
    with writer_elsewhere(small_db, db_path), pytest.raises(DatabaseError, match="数据未写入"):
        export_monthly_workbook(small_db, "2024-05", out, generated_by="staff", today=TODAY,
                                now=datetime(2024, 6, 1, 13))
    # The file is still the one the log describes.
    assert list(out.iterdir()) == [first.path]
    assert hashlib.sha256(first.path.read_bytes()).hexdigest() == earlier
    assert _exports(small_db) == 1
