"""A database that cannot be opened is told apart: full disk, read-only medium, read-only
folder or file, empty file, or real damage (then the newest backup is named)."""

from __future__ import annotations

import errno
import hashlib
import shlex
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models import db as db_module
from desktop.models.admin import backup
from desktop.models.admin.backup_files import backup_file_name, default_backup_folder
from desktop.models.db import (
    DatabaseDamagedError,
    DatabaseError,
    DatabaseLocationError,
    explain_failure,
    open_database,
)
from desktop.models.migrations import MIGRATIONS
from desktop.models.people import people
from desktop.models.storage import db_location
from desktop.models.storage.db_location import LocationKind
from tests.conftest import ADMIN, STAFF, make_person_input
from tests.disk_helpers import (  # noqa: F401 - fixtures
    fill_disk,
    make_read_only_fixture,
    remount_read_only,
    small_disk_fixture,
)

MakeReadOnly = Callable[[Path], None]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _centre(path: Path, people_count: int = 1) -> None:
    """A real database with people in it, closed again (no -wal/-shm left)."""
    with open_database(path) as db:
        for n in range(people_count):
            people.create_person(db, make_person_input(
                name=f"王{n}", id_number="", cert_number="", card_number=f"WH{n:06d}"),
                actor=STAFF)


def _refused(path: Path, error: type[DatabaseError]) -> DatabaseError:
    """Opening ``path`` is refused with ``error``; the file and its folder stay as they were."""
    folder = path.parent
    before = (_listing(folder), _digest(path) if path.exists() else None)
    with pytest.raises(error) as caught:
        open_database(path)
    assert (_listing(folder), _digest(path) if path.exists() else None) == before
    message = caught.value.message
    assert str(path) in message and "\n" not in message
    return caught.value


def _damage_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)  # sqlite_master lives on page 1
    path.write_bytes(bytes(data))


# -- a real full disk and a real read-only medium (a small tmpfs; needs root and mount) -----------
def test_a_healthy_database_on_a_full_disk_is_not_called_damaged(small_disk: Path) -> None:
    path = small_disk / "centre.db"
    _centre(path, 3)
    filler = fill_disk(small_disk)
    error = _refused(path, DatabaseLocationError)
    assert isinstance(error, DatabaseLocationError) and error.kind is LocationKind.DISK_FULL
    assert "磁盘空间已满" in error.message and "只剩" in error.message
    assert "不是文件损坏" in error.message and "已损坏" not in error.message
    assert "清理" in error.message and "重试" in error.message
    # Space freed: the same file opens, with everything in it.
    filler.unlink()
    with open_database(path) as db:
        assert db.scalar("SELECT count(*) FROM person") == 3


def test_a_new_database_on_a_full_disk_creates_nothing(small_disk: Path) -> None:
    fill_disk(small_disk)
    path = small_disk / "new-folder" / "centre.db"
    with pytest.raises(DatabaseLocationError) as caught:
        open_database(path)
    assert caught.value.kind is LocationKind.DISK_FULL
    assert "无法新建数据库" in caught.value.message and str(path) in caught.value.message
    assert _listing(small_disk) == ["filler.bin"]


def test_a_database_on_read_only_media_is_not_called_damaged(small_disk: Path) -> None:
    path = small_disk / "centre.db"
    _centre(path)
    remount_read_only(small_disk)
    error = _refused(path, DatabaseLocationError)
    assert isinstance(error, DatabaseLocationError)
    assert error.kind is LocationKind.READ_ONLY_MEDIA
    assert "磁盘是只读的" in error.message and "不是文件损坏" in error.message
    assert "复制到电脑上可以写入的文件夹" in error.message
    with pytest.raises(DatabaseLocationError) as new:
        open_database(small_disk / "sub" / "new.db")
    assert new.value.kind is LocationKind.READ_ONLY_MEDIA
    assert "无法在那里新建数据库" in new.value.message
    assert _listing(small_disk) == ["centre.db"]


# -- a read-only folder or file (immutable as root, by its mode otherwise) ------------------------
def test_a_database_in_a_read_only_folder_is_not_called_damaged(
        tmp_path: Path, make_read_only: MakeReadOnly) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "centre.db"
    _centre(path)
    make_read_only(folder)
    error = _refused(path, DatabaseLocationError)
    assert isinstance(error, DatabaseLocationError)
    assert error.kind is LocationKind.READ_ONLY_FOLDER
    assert f"不能在数据库所在的文件夹 {folder} 中写入" in error.message
    assert "centre.db-wal" in error.message and "不是文件损坏" in error.message
    with pytest.raises(DatabaseLocationError) as new:
        open_database(folder / "other.db")
    assert new.value.kind is LocationKind.READ_ONLY_FOLDER
    assert "无法新建数据库" in new.value.message
    assert _listing(folder) == ["centre.db"]


def test_a_read_only_database_file_is_not_called_damaged(
        tmp_path: Path, make_read_only: MakeReadOnly) -> None:
    path = tmp_path / "centre.db"
    _centre(path)
    make_read_only(path)
    error = _refused(path, DatabaseLocationError)
    assert isinstance(error, DatabaseLocationError)
    assert error.kind is LocationKind.READ_ONLY_FILE
    assert f"数据库文件 {path} 是只读的" in error.message and "取消勾选“只读”" in error.message
    assert _listing(tmp_path) == ["centre.db"]  # the read-only look left no -wal/-shm


# -- the same answers from the operating system, wherever the tests run ---------------------------
@pytest.mark.parametrize(("code", "kind", "words"), [
    (errno.ENOSPC, LocationKind.DISK_FULL, "磁盘空间已满"),
    (errno.EDQUOT, LocationKind.DISK_FULL, "磁盘空间已满"),
    (errno.EROFS, LocationKind.READ_ONLY_MEDIA, "磁盘是只读的"),
    (errno.EACCES, LocationKind.READ_ONLY_FOLDER, "文件夹是只读的"),
    (errno.EPERM, LocationKind.READ_ONLY_FOLDER, "文件夹是只读的"),
])
def test_what_the_folder_answers_decides_the_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: LocationKind,
        words: str) -> None:
    path = tmp_path / "centre.db"
    _centre(path)
    # Only the operating system's answer to the trial write is simulated here; the real
    # trial runs in the tests above where a small disk can be mounted.
    monkeypatch.setattr(db_location, "_try_folder", lambda folder: OSError(code, "simulated"))
    error = _refused(path, DatabaseLocationError)
    assert isinstance(error, DatabaseLocationError) and error.kind is kind
    assert words in error.message and "不是文件损坏" in error.message
    assert "已损坏" not in error.message


def test_a_file_that_cannot_be_opened_for_writing_is_read_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "centre.db"
    _centre(path)
    monkeypatch.setattr(db_location, "_try_file",
                        lambda file: PermissionError(errno.EACCES, "simulated"))
    error = _refused(path, DatabaseLocationError)
    assert isinstance(error, DatabaseLocationError)
    assert error.kind is LocationKind.READ_ONLY_FILE


def test_a_read_failure_is_blamed_on_the_place_before_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "centre.db"
    _centre(path)
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = sqlite3.SQLITE_IOERR_SHMSIZE
    monkeypatch.setattr(db_location, "_try_folder",
                        lambda folder: OSError(errno.ENOSPC, "simulated"))
    assert explain_failure(path, io_error).startswith("磁盘空间已满：数据库文件")
    monkeypatch.undo()
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
    assert explain_failure(path, corrupt).startswith(f"数据库文件 {path} 已损坏")


# -- real damage: the newest backup that can be restored is named ---------------------------------
def test_a_damaged_database_names_the_newest_backup_and_the_command(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    _centre(path, 2)
    with open_database(path) as db:
        older = backup.make_backup(db, actor=ADMIN, now=datetime(2026, 3, 1, 9, 0, 0)).path
        newest = backup.make_backup(db, actor=ADMIN, now=datetime(2026, 3, 2, 9, 0, 0)).path
    folder = default_backup_folder(path)
    # Newer files that cannot be used are passed over: a damaged copy, and the safety copy
    # a restore left (it holds the data a restore replaced, not the latest backup).
    (folder / backup_file_name("WARMHOME", datetime(2026, 3, 3, 9, 0, 0))).write_bytes(
        b"SQLite format 3\x00" + b"\x00" * 5000)
    before_restore = folder / backup_file_name("WARMHOME", datetime(2026, 3, 4, 9, 0, 0),
                                               before_restore=True)
    before_restore.write_bytes(older.read_bytes())
    _damage_schema(path)
    error = _refused(path, DatabaseDamagedError)
    assert error.message.startswith(f"数据库文件 {path} 已损坏，无法读取（")
    assert f"可以用最近的备份恢复：{newest}（2026-03-02 09:00 的备份，人员 2 人）" in error.message
    command = error.message.split("运行 ", 1)[1].split("，", 1)[0]
    assert shlex.split(command) == ["warmhome", "restore", str(newest), "--db", str(path)]
    # Doing what the message says brings the data back.
    backup.restore(path, newest, actor=ADMIN)
    with open_database(path) as db:
        assert db.scalar("SELECT count(*) FROM person") == 2


def test_a_damaged_database_without_backups_says_where_it_looked(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    _centre(path)
    _damage_schema(path)
    error = _refused(path, DatabaseDamagedError)
    assert f"在 {default_backup_folder(path)} 中没有找到可用的备份" in error.message
    assert f'warmhome restore 备份文件 --db "{path}"' in error.message


# -- an empty file, and a new database whose creation fails ---------------------------------------
def test_an_empty_file_is_refused_and_not_made_into_a_database(tmp_path: Path) -> None:
    path = tmp_path / "centre.db"
    path.touch()
    error = _refused(path, DatabaseDamagedError)
    assert error.message.startswith(f"文件 {path} 是空的（0 字节），不是数据库")
    assert "如果要在这里新建数据库，请先删除这个空文件" in error.message
    assert path.stat().st_size == 0 and _listing(tmp_path) == ["centre.db"]


def test_a_new_database_that_fails_to_be_created_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE setting (key TEXT)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db_module, "MIGRATIONS", [fails, *MIGRATIONS[1:]])
    path = tmp_path / "a" / "b" / "centre.db"
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.message.startswith(f"新建数据库 {path} 失败")
    assert _listing(tmp_path) == []
