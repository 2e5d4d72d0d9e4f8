"""The command line on a database it cannot use: the same one line says what is true (full
disk, read-only medium or folder, empty file, damage with the backup to restore), and a
command that fails creates nothing."""

from __future__ import annotations

import hashlib
import shlex
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from desktop.models.admin import backup
from desktop.models.db import open_database
from desktop.models.demo import demo
from desktop.models.people import people
from tests.cli.conftest import Result
from tests.conftest import ADMIN, STAFF, make_person_input, run_main
from tests.disk_helpers import (  # noqa: F401 - fixtures
    fill_disk,
    make_read_only_fixture,
    remount_read_only,
    small_disk_fixture,
)


def _run(home: Path, *args: str | Path, stdin: str = "") -> Result:
    """python main.py ARGS with the user's folders in ``home``; a GUI start (no subcommand)
    closes once its first window is shown."""
    return run_main(home, *args, stdin=stdin, WARMHOME_QUIT_AFTER_READY="1")


def _error_line(result: Result) -> str:
    """The one stderr line of a failure (docs/architecture.md), without a traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("warmhome: 错误")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _centre(path: Path, count: int = 2) -> None:
    with open_database(path) as db:
        for n in range(count):
            people.create_person(db, make_person_input(
                name=f"李{n}", id_number="", cert_number="", card_number=f"WH{n:06d}"),
                actor=STAFF)


def test_an_empty_file_is_refused_by_every_command_and_stays_empty(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "centre.db"
    path.touch()
    commands: list[tuple[tuple[str, ...], str]] = [
        (("check",), ""), (("people", "list"), ""), (("users", "list"), ""),
        (("backup",), ""), (("month", "status", "2024-05"), ""),
        # First-time setup commands too: an empty file is not a new database.
        (("demo", "--members", "3"), ""),
        (("people", "add", "--name", "赵六", "--role", "volunteer"), ""),
        (("users", "add", "boss", "--role", "admin"), "secret-pass-1\n")]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda c: _run(tmp_path, *c[0], "--db", path, stdin=c[1]),
                                commands))
    lines = {_error_line(result) for result in results}
    assert len(lines) == 1, lines
    line = lines.pop()
    assert line.startswith(f"warmhome: 错误：文件 {path} 是空的（0 字节），不是数据库")
    assert "如果要在这里新建数据库，请先删除这个空文件" in line
    assert all(result.returncode == 1 for result in results)
    assert path.stat().st_size == 0 and _listing(folder) == ["centre.db"]
    # Restoring a backup onto it still works: that is how such a file is repaired.
    source = tmp_path / "source.db"
    _centre(source, 3)
    with open_database(source) as db:
        saved = backup.make_backup(db, tmp_path / "saved", actor=ADMIN).path
    restored = _run(tmp_path, "restore", saved, "--db", path)
    assert restored.returncode == 0, restored.stderr
    checked = _run(tmp_path, "check", "--db", path)
    assert checked.returncode == 0 and "人员：3" in checked.stdout


def test_demo_with_an_impossible_date_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new" / "sub" / "demo.db"
    earliest = demo.EARLIEST_DATE + timedelta(days=demo.MEMBER_AGES[1] * 365)
    cases = [(("--today", "1900-01-01"),
              f"--today 1900-01-01 太早：演示会员最大85岁，出生日期不能早于1900年，"
              f"--today 最早为 {earliest}"),
             (("--today", "2024-06-01", "--years", "130"),
              "--years 130 太多：入会日期会早于1900年；--today 2024-06-01 时最多 122 年")]
    for args, message in cases:
        result = _run(tmp_path, "demo", "--db", path, "--members", "3", *args)
        assert _error_line(result) == f"warmhome: 错误：{message}"
        assert result.returncode == 2
        assert not (tmp_path / "new").exists()  # no database, no -wal/-shm, no folder
    # The earliest date it names is accepted.
    made = _run(tmp_path, "demo", "--db", path, "--members", "3", "--years", "1",
                "--today", earliest.isoformat())
    assert made.returncode == 0, made.stderr
    assert "已载入演示数据" in made.stdout


def test_first_time_setup_that_fails_leaves_no_database(tmp_path: Path) -> None:
    path = tmp_path / "new" / "centre.db"
    failures = [
        (("users", "add", "boss", "--role", "admin"), "short\n", "密码至少8位，现在是5位"),
        (("users", "add", "desk", "--role", "staff"), "secret-pass-1\n",
         "第一个账户必须是管理员"),
        (("people", "add", "--name", "甲", "--role", "member", "--id", "360426199101010072"),
         "", "身份证号校验位不正确"),
        (("people", "import", tmp_path / "no-such.xlsx"), "", "no-such.xlsx")]
    for args, stdin, words in failures:
        line = _error_line(_run(tmp_path, *args, "--db", path, stdin=stdin))
        assert words in line, line
        assert not (tmp_path / "new").exists(), args
    added = _run(tmp_path, "users", "add", "boss", "--role", "admin", "--db", path,
                 stdin="secret-pass-1\n")
    assert added.returncode == 0, added.stderr
    assert path.is_file()


def test_a_damaged_database_names_the_backup_and_the_command_restores_it(
        tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    _centre(path, 2)
    made = _run(tmp_path, "backup", "--db", path)
    assert made.returncode == 0, made.stderr
    saved = Path(made.stdout.strip())
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)
    path.write_bytes(bytes(data))
    line = _error_line(_run(tmp_path, "check", "--db", path))
    assert line.startswith(f"warmhome: 错误：数据库文件 {path} 已损坏，无法读取")
    assert f"可以用最近的备份恢复：{saved}" in line and "人员 2 人" in line
    command = shlex.split(line.split("运行 ", 1)[1].split("，", 1)[0])
    assert command[:2] == ["warmhome", "restore"]
    restored = _run(tmp_path, *command[1:])
    assert restored.returncode == 0, restored.stderr
    checked = _run(tmp_path, "check", "--db", path)
    assert checked.returncode == 0 and "人员：2" in checked.stdout


def test_full_disk_and_read_only_media_are_told_apart_and_the_gui_says_the_same(
        tmp_path: Path, small_disk: Path) -> None:
    path = small_disk / "centre.db"
    _centre(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    filler = fill_disk(small_disk)
    full = _error_line(_run(tmp_path, "check", "--db", path))
    assert full.startswith(f"warmhome: 错误：磁盘空间已满：数据库文件 {path}")
    assert "损坏，" not in full and "不是文件损坏" in full
    gui = _run(tmp_path, "--db", path)
    assert gui.returncode == 1 and _error_line(gui) == full
    filler.unlink()
    remount_read_only(small_disk)
    read_only = _error_line(_run(tmp_path, "people", "list", "--db", path))
    assert read_only.startswith(f"warmhome: 错误：数据库文件 {path} 所在的磁盘是只读的")
    assert _error_line(_run(tmp_path, "--db", path)) == read_only
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert _listing(small_disk) == ["centre.db"]


def test_a_read_only_folder_is_told_as_such(tmp_path: Path,
                                            make_read_only: Callable[[Path], None]) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "centre.db"
    _centre(path)
    make_read_only(folder)
    line = _error_line(_run(tmp_path, "check", "--db", path))
    assert line.startswith(f"warmhome: 错误：不能在数据库所在的文件夹 {folder} 中写入")
    assert _listing(folder) == ["centre.db"]
