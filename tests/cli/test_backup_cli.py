"""`warmhome backup` and `warmhome restore` as scripts run them: real subprocesses, real files."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.models.admin import backup
from desktop.models.db import inspect_snapshot, open_database
from tests.backup_helpers import (
    CODE,
    PASSPHRASE,
    add_member,
    damage_index,
    fingerprint,
    make_centre_db,
    newer_version_copy,
    other_app_db,
    truncated_copy,
)
from tests.cli.conftest import Result, Run, one_line_error
from tests.conftest import ADMIN


def people_in(path: Path) -> int:
    return inspect_snapshot(path, check_integrity=False).counts["people"]


@pytest.fixture
def centre_file(tmp_path: Path) -> Path:
    """A closed database with a centre profile and three members."""
    return make_centre_db(tmp_path / "centre.db")


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _encrypt_to(db_path: Path, usb: Path) -> None:
    with open_database(db_path) as db:
        backup.save_backup_settings(db, actor=ADMIN, second_folder=str(usb),
                                    passphrase=PASSPHRASE)


def test_backup_prints_the_path_it_wrote(run: Run, centre_file: Path, tmp_path: Path) -> None:
    default = run("backup", "--db", centre_file)
    elsewhere = run("backup", "--db", centre_file, "--to", tmp_path / "stick")
    assert default.returncode == 0, default.stderr
    assert elsewhere.returncode == 0, elsewhere.stderr
    for result, folder in ((default, centre_file.parent / "backups"),
                           (elsewhere, tmp_path / "stick")):
        written = Path(result.stdout.strip())
        assert written.parent == folder and written.name.startswith(f"{CODE}_")
        assert people_in(written) == 3
        assert result.stderr == ""


def test_backup_warns_about_a_missing_second_folder_and_succeeds(
        run: Run, centre_file: Path, usb: Path) -> None:
    _encrypt_to(centre_file, usb)
    usb.rmdir()
    result = run("backup", "--db", centre_file)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_file()
    assert "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if str(usb) in line]


def test_backup_into_an_impossible_folder_is_one_line(run: Run, centre_file: Path,
                                                      tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    line = one_line_error(run("backup", "--db", centre_file, "--to", blocker / "sub"))
    assert "a-file" in line


def test_restore_plain_backup(run: Run, centre_file: Path) -> None:
    made = run("backup", "--db", centre_file)
    assert made.returncode == 0, made.stderr
    saved = Path(made.stdout.strip())
    with open_database(centre_file) as db:
        add_member(db, 10)

    result = run("restore", saved, "--db", centre_file)

    assert result.returncode == 0, result.stderr
    assert people_in(centre_file) == 3
    assert "已恢复" in result.stdout and "恢复前的数据已备份到" in result.stdout
    safety = Path(result.stdout.strip().splitlines()[-1].split("：", 1)[1])
    assert safety.name.endswith("_before-restore.db") and people_in(safety) == 4
    with open_database(centre_file) as db:
        assert db.scalar("SELECT actor FROM audit_log WHERE action = 'restore'") == "cli"


def test_restore_encrypted_backup_with_the_passphrase_on_stdin(
        run: Run, centre_file: Path, usb: Path) -> None:
    _encrypt_to(centre_file, usb)
    made = run("backup", "--db", centre_file)
    assert made.returncode == 0, made.stderr
    (encrypted,) = usb.glob("*.whbak")
    with open_database(centre_file) as db:
        add_member(db, 10)

    result = run("restore", encrypted, "--db", centre_file, stdin=PASSPHRASE + "\n")

    assert result.returncode == 0, result.stderr
    assert people_in(centre_file) == 3


def _bad_files(folder: Path, centre_file: Path, usb: Path) -> dict[str, tuple[Path, str, str]]:
    """name → (file, stdin, expected words in the error)."""
    _encrypt_to(centre_file, usb)
    with open_database(centre_file) as db:
        for seq in range(10, 40):
            add_member(db, seq)
        made = backup.make_backup(db, folder / "made", actor=ADMIN)
    assert made.encrypted_copy is not None
    plain, encrypted = made.path, made.encrypted_copy
    text = folder / "notes.txt"
    text.write_text("不是备份", encoding="utf-8")
    damaged = folder / "damaged.db"
    damaged.write_bytes(plain.read_bytes())
    damage_index(damaged)
    return {
        "text": (text, "", "不是本软件的备份文件"),
        "other app": (other_app_db(folder / "photos.db"), "", "不是本软件的备份文件"),
        "truncated": (truncated_copy(plain, folder / "cut.db"), "", "不完整"),
        "damaged": (damaged, "", "已损坏"),
        "newer": (newer_version_copy(plain, folder / "newer.db"), "", "更新版本"),
        "wrong passphrase": (encrypted, "not the passphrase\n", "口令不正确"),
        "no passphrase": (encrypted, "", "口令"),
        "truncated encrypted": (truncated_copy(encrypted, folder / "cut.whbak"),
                                PASSPHRASE + "\n", "不完整"),
        "missing": (folder / "nowhere.db", "", "找不到"),
    }


def test_every_bad_file_is_one_line_and_the_database_is_untouched(
        run: Run, centre_file: Path, usb: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    cases = _bad_files(folder, centre_file, usb)
    before = fingerprint(centre_file)
    backups_before = sorted((centre_file.parent / "backups").glob("*")) \
        if (centre_file.parent / "backups").exists() else []

    def attempt(item: tuple[Path, str, str]) -> Result:
        file, stdin, _words = item
        return run("restore", file, "--db", centre_file, stdin=stdin)

    # Each refusal touches nothing, so they can run side by side (each its own process).
    items: Sequence[tuple[Path, str, str]] = list(cases.values())
    with ThreadPoolExecutor(max_workers=(os.cpu_count() or 2) + 1) as pool:
        results = list(pool.map(attempt, items))

    for (name, (file, _stdin, words)), result in zip(cases.items(), results, strict=True):
        line = one_line_error(result)
        assert words in line, (name, line)
        assert file.name in line, (name, line)
    assert fingerprint(centre_file) == before
    after = sorted((centre_file.parent / "backups").glob("*")) \
        if (centre_file.parent / "backups").exists() else []
    assert after == backups_before
