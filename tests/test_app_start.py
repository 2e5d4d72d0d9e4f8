"""Starting the GUI as a user does (`python main.py`), offscreen, in a subprocess."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.models.admin import accounts, centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Role
from desktop.models.db import open_database
from tests.conftest import STAFF, MainResult, log_export, run_main
from tests.models.storage.test_leftovers import OLD, export_leftovers


def _start(tmp_path: Path, *args: str) -> MainResult:
    """`python main.py ARGS`, closing once its first window is shown."""
    return run_main(tmp_path, *args, WARMHOME_QUIT_AFTER_READY="1")


def test_configured_database_asks_to_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        accounts.create_account(db, "admin", "secret-pass-1", Role.ADMIN,
                                actor=accounts.first_admin_actor("admin"))
        centre.save_profile(db, CentreProfile(name="测试中心", code="XC-01"), actor=STAFF)
    result = _start(tmp_path, "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "ready: LoginDialog shown" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_database_opens_the_welcome_dialog(tmp_path: Path) -> None:
    result = _start(tmp_path, "--db", str(tmp_path / "new.db"))
    assert "ready: WelcomeDialog shown" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_location_is_explained_without_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = _start(tmp_path, "--db", str(blocker / "sub" / "x.db"))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("warmhome: 错误")]
    assert len(errors) == 1 and str(blocker) in errors[0]
    assert "Traceback" not in result.stderr


def test_non_database_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database\n" * 50)
    before = path.read_bytes()
    result = _start(tmp_path, "--db", str(path))
    assert result.returncode == 1
    assert "不是本软件的数据库" in result.stderr and str(path) in result.stderr
    assert path.read_bytes() == before


def test_kiosk_flag_is_accepted(tmp_path: Path) -> None:
    # The installers' 签到台 shortcuts start the app with --kiosk.
    result = _start(tmp_path, "--kiosk", "--db", str(tmp_path / "new.db"))
    assert result.returncode == 0, result.stderr
    assert "ready: WelcomeDialog shown" in result.stderr


def test_start_tidies_what_an_interrupted_export_or_restore_left(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        accounts.create_account(db, "admin", "secret-pass-1", Role.ADMIN,
                                actor=accounts.first_admin_actor("admin"))
        exported = log_export(db, "2024-05")  # the folder of a recent export is known
    _, keep = export_leftovers(exported.parent)
    staged = path.with_name(f".{path.name}.0123abcd.restoring")
    staged.write_bytes(b"SQLite format 3\x00")
    os.utime(staged, (OLD, OLD))
    result = _start(tmp_path, "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert set(exported.parent.iterdir()) == keep | {exported}
    assert not staged.exists()


def test_empty_file_is_refused_not_taken_for_a_new_database(tmp_path: Path) -> None:
    # An empty file where the data should be is a copy that did not finish: no welcome
    # dialog setting up a fresh database over it.
    path = tmp_path / "centre.db"
    path.touch()
    result = _start(tmp_path, "--db", str(path))
    assert result.returncode == 1
    assert "WelcomeDialog" not in result.stderr and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("warmhome: 错误")]
    assert len(errors) == 1 and f"文件 {path} 是空的（0 字节），不是数据库" in errors[0]
    assert path.stat().st_size == 0
