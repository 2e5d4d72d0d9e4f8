"""An export killed with SIGKILL around the rename of its file: the export log and the file
agree again at the next look, and 报送 records the hash of the file that is really there."""

from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.db import Database, open_database
from desktop.models.reporting import month_close
from desktop.models.reporting.export_log import (
    ABANDONED,
    CONFIRMED,
    load_attempt,
    pending_attempts,
    settle_pending_exports,
)
from tests.conftest import STAFF, save_centre_profile
from tests.models.reporting.test_month_close import MAY, NOW, TODAY, Centre

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 60.0
SEED = 20240602
ROUNDS = 10
MAX_DELAY = 1.5

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


class Writer:
    """The export process, its output lines as they come, and SIGKILL."""

    def __init__(self, db_path: Path, folder: Path, point: str, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        with stderr_path.open("w") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.durability.export_writer", str(db_path),
                 str(folder), point],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True, encoding="utf-8",
                env=dict(os.environ, PYTHONIOENCODING="utf-8"))
        assert self.proc.stdout is not None
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=_read_lines, args=(self.proc.stdout, self.lines),
                                        daemon=True)
        self._reader.start()

    def expect(self, wanted: str) -> None:
        """Wait for the line ``wanted`` (the writer is then held there, or running on)."""
        line = self.lines.get(timeout=READY_TIMEOUT)
        assert line == wanted + "\n", f"{line!r}: {self.stderr_path.read_text()}"

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """A centre with May 2024 exported once (v1): the database, the file, its SHA-256."""
    db_path = tmp_path / "centre.db"
    folder = tmp_path / "usb"
    folder.mkdir()
    with open_database(db_path) as db:
        save_centre_profile(db)
        Centre(db)
        path = export_monthly_workbook(db, MAY, folder, generated_by="staff", actor=STAFF,
                                       today=TODAY, now=NOW).path
    yield db_path, path, _sha(path)


def _killed_at(point: str, db_path: Path, file: Path, tmp_path: Path) -> None:
    writer = Writer(db_path, file.parent, point, tmp_path / f"{point}.err")
    try:
        writer.expect("ready")
        writer.expect(f"at {point}")
    finally:
        writer.kill()


def _audit_reasons(db: Database, action: str) -> list[str]:
    return [r[0] for r in db.query("SELECT reason FROM audit_log WHERE action = ?"
                                   " AND reason IS NOT NULL ORDER BY id", (action,))]


def test_killed_after_the_rename_the_new_file_is_logged_and_submitted(
        exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    db_path, file, first_hash = exported
    _killed_at("after-rename", db_path, file, tmp_path)
    on_disk = _sha(file)
    assert on_disk != first_hash, "the re-export replaced the file before the kill"
    with open_database(db_path) as db:
        # The log never claims the new file as exported before it is checked: the export is
        # pending, with the hash of the file now in place.
        [pending] = pending_attempts(db, MAY)
        assert pending.file_sha256 == on_disk and pending.file_path == file
        # 报送 settles it first, then hashes the file it submits.
        sent = month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
        assert sent.file_sha256 == on_disk and sent.file_name == file.name
        assert load_attempt(db, pending.id).state == CONFIRMED
        status = month_close.month_status(db, MAY)
        assert status.last_export is not None and status.last_export.file_sha256 == on_disk
        assert _audit_reasons(db, "export") == [
            "导出在记录前中断；文件已生成且校验码一致，补记导出"]
        assert db.integrity_problems() == []


def test_killed_before_the_rename_the_old_file_and_its_log_entry_stand(
        exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    db_path, file, first_hash = exported
    _killed_at("before-rename", db_path, file, tmp_path)
    assert _sha(file) == first_hash, "the file was not replaced"
    [partial] = file.parent.glob(".*.partial")  # the complete new workbook, never renamed
    with open_database(db_path) as db:
        [pending] = pending_attempts(db, MAY)
        assert pending.file_sha256 == _sha(partial) != first_hash
        [settled] = settle_pending_exports(db, by="staff")
        assert settled.state == ABANDONED
        assert _audit_reasons(db, "abandon") == [
            "导出在替换文件前中断（文件不是这次导出的内容），作废这次导出"]
        status = month_close.month_status(db, MAY)
        assert status.last_export is not None and status.last_export.file_sha256 == first_hash
        sent = month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
        assert sent.file_sha256 == first_hash == _sha(file)


@pytest.mark.slow
def test_exports_killed_at_random_moments_leave_log_and_file_in_agreement(
        exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    db_path, file, _ = exported
    rng = random.Random(SEED)
    rounds_with_exports = 0
    for round_number in range(1, ROUNDS + 1):
        writer = Writer(db_path, file.parent, "loop", tmp_path / f"loop-{round_number}.err")
        try:
            writer.expect("ready")
            time.sleep(rng.uniform(0.0, MAX_DELAY))
            assert writer.proc.poll() is None, writer.stderr_path.read_text()
        finally:
            writer.kill()
        output = []
        while (line := writer.lines.get_nowait()) is not None:
            output.append(line)
        rounds_with_exports += any(line.startswith("exported ") for line in output)
        with open_database(db_path) as db:
            settle_pending_exports(db, by="staff")
            assert pending_attempts(db) == []
            status = month_close.month_status(db, MAY)
            assert status.last_export is not None
            assert status.last_export.file_sha256 == _sha(file), f"after kill {round_number}"
            assert db.integrity_problems() == []
        # At most the one temporary file of the export just killed is new; older ones are
        # made to look two hours old, and the next export into the folder removes them.
        an_hour_ago = time.time() - 3600
        fresh = [p for p in file.parent.glob(".*.partial") if p.stat().st_mtime > an_hour_ago]
        assert len(fresh) <= 1
        for partial in fresh:
            os.utime(partial, (an_hour_ago - 3600, an_hour_ago - 3600))
    assert rounds_with_exports >= ROUNDS // 4
    with open_database(db_path) as db:
        export_monthly_workbook(db, MAY, file.parent, generated_by="staff", actor=STAFF,
                                today=TODAY)
    assert list(file.parent.glob(".*.partial")) == []
