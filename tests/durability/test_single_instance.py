"""Only one window per database: a second start is refused; a dead window's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.app import EXIT_ALREADY_OPEN
from desktop.models.admin import accounts
from desktop.models.db import open_database
from desktop.ui.shell.instance_lock import InstanceLock, LockState, lock_path_for
from tests.conftest import ROOT, MainResult, main_env, run_main

START_TIMEOUT = 30.0


def _start_app(tmp_path: Path, db_path: Path) -> MainResult:
    """`python main.py --db DB` that closes its first window once shown."""
    return run_main(tmp_path, "--db", db_path, WARMHOME_QUIT_AFTER_READY="1")


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture
def existing_db(tmp_path: Path) -> Path:
    """A configured database, closed (no -wal or -shm left beside it)."""
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        accounts.create_account(db, "admin", "secret-pass-1", accounts.Role.ADMIN,
                                actor=accounts.first_admin_actor("admin"))
    return path


@pytest.fixture
def lock_holder(existing_db: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's instance lock, as an open window does."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.durability.lock_holder",
                             str(existing_db)], cwd=ROOT, env=main_env(tmp_path),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def _already_open_line(db_path: Path) -> str:
    return f"warmhome: 温馨家园工作台已经打开（{db_path}），请切换到已打开的窗口"


def _files_beside(db_path: Path) -> dict[str, tuple[int, int]]:
    """Every file in the database's folder with its size and modification time."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns)
            for p in db_path.parent.iterdir() if p.is_file()}


def test_lock_file_sits_beside_the_database(tmp_path: Path) -> None:
    assert lock_path_for(tmp_path / "centre.db") == tmp_path / "centre.db.lock"
    lock = InstanceLock(tmp_path / "new folder" / "centre.db")
    assert lock.acquire() is LockState.ACQUIRED
    assert lock.path.is_file()
    lock.release()
    assert not lock.path.exists()


def test_lock_is_unavailable_where_no_file_can_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert InstanceLock(blocker / "sub" / "x.db").acquire() is LockState.UNAVAILABLE


def test_second_start_is_refused_while_the_first_window_is_open(tmp_path: Path) -> None:
    db_path = tmp_path / "centre.db"
    # The first start stays open on its welcome dialog, as a user would leave it.
    first = subprocess.Popen([sys.executable, "main.py", "--db", str(db_path)], cwd=ROOT,
                             env=main_env(tmp_path), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: lock_path_for(db_path).exists() and db_path.exists(),
                  "the first window to open the database")
        second = _start_app(tmp_path, db_path)
        assert first.poll() is None, "the first window must keep running"
    finally:
        first.terminate()
        first.wait(timeout=10)
    assert second.returncode == EXIT_ALREADY_OPEN
    assert _already_open_line(db_path) in second.stderr.splitlines()
    assert "ready:" not in second.stderr
    assert "Traceback" not in second.stderr


def test_refused_start_touches_nothing_even_when_the_lock_is_old(
        existing_db: Path, lock_holder: subprocess.Popen[str], tmp_path: Path) -> None:
    # A window left open for two days: its lock is old, yet its process is alive.
    lock_file = lock_path_for(existing_db)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(lock_file, (two_days_ago, two_days_ago))
    before = _files_beside(existing_db)
    result = _start_app(tmp_path, existing_db)
    assert result.returncode == EXIT_ALREADY_OPEN
    refusals = [line for line in result.stderr.splitlines() if line.startswith("warmhome: ")]
    assert refusals == [_already_open_line(existing_db)]
    assert "Traceback" not in result.stderr
    # Not opened: no -wal or -shm appeared, the database and the holder's lock are unchanged.
    assert _files_beside(existing_db) == before
    assert lock_holder.poll() is None


def test_lock_left_by_a_killed_window_is_taken_over(
        existing_db: Path, lock_holder: subprocess.Popen[str], tmp_path: Path) -> None:
    lock_holder.send_signal(signal.SIGKILL)
    lock_holder.wait(timeout=10)
    assert lock_path_for(existing_db).exists(), "a killed process leaves its lock file behind"
    result = _start_app(tmp_path, existing_db)
    assert result.returncode == 0, result.stderr
    assert "ready: LoginDialog shown" in result.stderr
    assert "已经打开" not in result.stderr
    # The app released the lock it took over when it closed.
    assert not lock_path_for(existing_db).exists()
