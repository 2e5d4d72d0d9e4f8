"""Whether a database's place on disk can be written, and what to say when it cannot.

A database that opens read-only, or not at all, is usually not damaged: the disk is full, the
USB stick is write-protected, or the folder or file is read-only. SQLite reports all of these
with the same few words ("unable to open database file", "disk I/O error"), so the place is
tried directly — a small file is written in the folder and the database file is opened for
writing — and the operating system's answer says which it is. Trying works where permission
bits do not tell the truth: for root, on Windows, for immutable files and read-only mounts.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.models.messages import QT_TRANSLATE_NOOP, Message

# SQLite needs a -shm file of 32 KiB beside a WAL database, and room for its -wal: a folder
# that cannot take this much cannot hold an open database.
PROBE_BYTES = 64 * 1024
PROBE_PREFIX = ".warmhome-probe-"
# Windows: ERROR_WRITE_PROTECT (a write-protected USB stick or SD card).
_WINERROR_WRITE_PROTECT = 19
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


# SQLite's primary result codes for a failed write, in words staff can act on.
_WRITE_FAILURES = {
    sqlite3.SQLITE_FULL: Message(
        QT_TRANSLATE_NOOP(
            "Messages", "磁盘空间已满，请清理磁盘（删除不需要的文件、清空回收站）后再保存"
        )
    ),
    sqlite3.SQLITE_IOERR: Message(
        QT_TRANSLATE_NOOP("Messages", "读写磁盘出错，请检查磁盘或U盘是否已拔出")
    ),
    sqlite3.SQLITE_READONLY: Message(QT_TRANSLATE_NOOP("Messages", "数据库文件或所在磁盘是只读的")),
    sqlite3.SQLITE_BUSY: Message(QT_TRANSLATE_NOOP("Messages", "数据库正被其他程序占用")),
    sqlite3.SQLITE_LOCKED: Message(QT_TRANSLATE_NOOP("Messages", "数据库正被其他程序占用")),
}


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of an error (None for errors raised by Python code)."""
    # Extended codes (e.g. SQLITE_IOERR_WRITE) carry the primary code in the low byte.
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def write_failure_reason(exc: sqlite3.Error) -> str:
    """Why a write failed, in plain Chinese, with SQLite's own words kept for support staff."""
    code = primary_code(exc)
    explanation = _WRITE_FAILURES.get(code) if code is not None else None
    return (
        Message(
            QT_TRANSLATE_NOOP("Messages", "{explanation}（{error}）"),
            explanation=explanation,
            error=str(exc),
        )
        if explanation
        else str(exc)
    )


class LocationKind(enum.Enum):
    """Why the database's place cannot be written."""

    DISK_FULL = "disk_full"
    READ_ONLY_MEDIA = "read_only_media"
    READ_ONLY_FOLDER = "read_only_folder"
    READ_ONLY_FILE = "read_only_file"
    UNWRITABLE = "unwritable"


@dataclass(frozen=True)
class LocationProblem:
    """What is true about the database's place, and the one-line message that says so."""

    kind: LocationKind
    message: str


def size_text(size: int) -> str:
    """A byte count as staff read it: 0 字节, 12 KB, 3.4 MB, 1.2 GB."""
    if size < 1024:
        return Message(QT_TRANSLATE_NOOP("Messages", "{size} 字节"), size=size)
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    if size < 10 * 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size < 1024 ** 3:
        return f"{size // (1024 * 1024)} MB"
    return f"{size / 1024 ** 3:.1f} GB"


def free_space(folder: Path) -> int | None:
    """Bytes free for this user on the disk holding ``folder`` (None when unknown)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _on_read_only_mount(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _try_folder(folder: Path) -> OSError | None:
    """Write and remove a small file in ``folder``; the error, or None when it worked."""
    probe = folder / f"{PROBE_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
    except OSError as exc:
        return exc
    try:
        left = PROBE_BYTES
        while left > 0:
            written = os.write(fd, b"\0" * min(left, 16384))
            if written <= 0:
                return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            left -= written
    except OSError as exc:
        return exc
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def _try_file(path: Path) -> OSError | None:
    """Open the existing database file for writing (nothing is written) and close it."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return exc
    os.close(fd)
    return None


def _is_write_protect(exc: OSError) -> bool:
    return exc.errno == errno.EROFS or getattr(exc, "winerror", None) == _WINERROR_WRITE_PROTECT


def _room_needed(path: Path, existing: bool) -> int:
    # Room for the -wal and -shm files and for the daily backup, a copy of the whole file.
    size = 0
    if existing:
        with contextlib.suppress(OSError):
            size = path.stat().st_size
    return max(100 * 1024 * 1024, 2 * size)


def disk_full_message(path: Path, existing: bool, folder: Path | None = None) -> str:
    """The disk holding ``path`` is full: how much is free, what to do, that nothing changed."""
    folder = folder or path.parent
    free = free_space(folder)
    left = (
        Message(QT_TRANSLATE_NOOP("Messages", "只剩 {free}"), free=size_text(free))
        if free is not None
        else Message(QT_TRANSLATE_NOOP("Messages", "没有剩余空间"))
    )
    room = size_text(_room_needed(path, existing))
    if existing:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "磁盘空间已满：数据库文件 {path} 所在的磁盘（{folder}）{left}，"
                "打开数据库需要写入少量数据。打不开的原因是磁盘已满，不是文件损坏；"
                "数据库文件没有被改变。请清理这个磁盘（删除不需要的文件、清空回收站），"
                "腾出至少 {room} 后重试",
            ),
            path=path,
            folder=folder,
            left=left,
            room=room,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "磁盘空间已满：{folder} 所在的磁盘{left}，无法新建数据库 {path}。"
            "请清理这个磁盘（删除不需要的文件、清空回收站），腾出至少 {room} 后重试；"
            "没有建立任何文件",
        ),
        folder=folder,
        left=left,
        path=path,
        room=room,
    )


def read_only_media_message(path: Path, existing: bool, folder: Path | None = None) -> str:
    """The disk is read-only (a write-protected USB stick, a CD, a read-only share)."""
    folder = folder or path.parent
    if existing:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "数据库文件 {path} 所在的磁盘是只读的（例如写保护的U盘、光盘或只读的网络共享），"
                "软件不能在那里打开和保存数据。打不开的原因是磁盘只读，不是文件损坏；"
                "数据库文件没有被改变。请把它复制到电脑上可以写入的文件夹（例如“文档”）"
                "再打开复制的文件，或打开U盘的写保护开关后重试",
            ),
            path=path,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{folder} 所在的磁盘是只读的（例如写保护的U盘、光盘或只读的网络共享），"
            "无法在那里新建数据库 {path}。请选择电脑上可以写入的文件夹，"
            "或打开U盘的写保护开关后重试；没有建立任何文件",
        ),
        folder=folder,
        path=path,
    )


def read_only_folder_message(path: Path, existing: bool, folder: Path | None = None) -> str:
    """The folder cannot be written: read-only, or this user has no right to write there."""
    folder = folder or path.parent
    if existing:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "不能在数据库所在的文件夹 {folder} 中写入（文件夹是只读的，"
                "或当前用户没有写入权限），"
                "而打开数据库需要在 {file} 旁边建立临时文件（{file}-wal、{file}-shm）。"
                "打不开的原因是文件夹不能写入，不是文件损坏；数据库文件没有被改变。"
                "请取消该文件夹的只读属性，或请电脑管理员给当前用户写入权限；"
                "也可以把 {path} 复制到可以写入的文件夹（例如“文档”）再打开复制的文件",
            ),
            folder=folder,
            file=path.name,
            path=path,
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "不能在文件夹 {folder} 中写入（文件夹是只读的，或当前用户没有写入权限），"
            "无法新建数据库 {path}。请取消该文件夹的只读属性、请电脑管理员给当前用户写入权限，"
            "或选择另一个文件夹；没有建立任何文件",
        ),
        folder=folder,
        path=path,
    )


def read_only_file_message(path: Path) -> str:
    """The database file itself is read-only (its attribute, or no right to change it)."""
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "数据库文件 {path} 是只读的（文件属性为只读，或当前用户没有修改它的权限），"
            "软件不能在其中保存数据。这不是文件损坏；数据库文件没有被改变。请右键点击该文件，"
            "在“属性”中取消勾选“只读”（Linux：chmod u+w 文件名），"
            "或请电脑管理员给当前用户修改权限；也可以把它复制到可以写入的文件夹再打开复制的文件",
        ),
        path=path,
    )


def _classify(failure: OSError, path: Path, folder: Path,
              existing: bool) -> LocationProblem | None:
    """A write into ``folder`` failed: read-only medium, full disk or read-only folder."""
    if _is_write_protect(failure) or _on_read_only_mount(folder):
        return LocationProblem(LocationKind.READ_ONLY_MEDIA,
                               read_only_media_message(path, existing, folder))
    if failure.errno in _FULL:
        return LocationProblem(LocationKind.DISK_FULL, disk_full_message(path, existing, folder))
    if failure.errno in _DENIED:
        return LocationProblem(LocationKind.READ_ONLY_FOLDER,
                               read_only_folder_message(path, existing, folder))
    return None


def folder_creation_problem(failure: OSError, path: Path) -> LocationProblem | None:
    """Why the folders for a new database at ``path`` could not be made, when the disk is
    full or read-only or the folder above cannot be written (None: another reason)."""
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return _classify(failure, path, folder, existing=False)


def location_problem(path: Path, *, existing: bool) -> LocationProblem | None:
    """Why the database at ``path`` (in an existing folder) cannot be written, or None.

    ``existing``: the file is there already (then it is opened for writing too), or a new
    database would be created. Writes only a short-lived probe file beside the database.
    """
    folder = path.parent
    failure = _try_folder(folder)
    if failure is not None:
        problem = _classify(failure, path, folder, existing)
        if problem is not None:
            return problem
        return LocationProblem(
            LocationKind.UNWRITABLE,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "无法在文件夹 {folder} 中写入：{reason}，数据库 {path} 未做任何修改"
                ),
                folder=folder,
                reason=failure.strerror or str(failure),
                path=path,
            ),
        )
    if existing:
        failure = _try_file(path)
        if failure is not None:
            if _is_write_protect(failure):
                return LocationProblem(LocationKind.READ_ONLY_MEDIA,
                                       read_only_media_message(path, existing))
            if failure.errno in _DENIED:
                return LocationProblem(LocationKind.READ_ONLY_FILE, read_only_file_message(path))
            return LocationProblem(
                LocationKind.UNWRITABLE,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "无法写入数据库文件 {path}：{reason}，文件未做任何修改"
                    ),
                    path=path,
                    reason=failure.strerror or str(failure),
                ),
            )
    return None


# -- creating a new database: its folders, and what a failed creation leaves ------------------
def sidecars(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside a WAL database."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def missing_folders(folder: Path) -> list[Path]:
    """The folders that ``folder.mkdir(parents=True)`` would create, deepest first."""
    missing: list[Path] = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def remove_folders(folders: list[Path]) -> None:
    """Remove folders made for a database that was not created, deepest first."""
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only empty ones: anything put there meanwhile stays


def discard_new_database(path: Path, conn: sqlite3.Connection | None,
                         folders: list[Path]) -> None:
    """After creating a new database failed: close it and remove it if nothing was committed.

    A file left behind would be taken for the centre's data next time (an empty file is
    refused as damaged). One that holds a committed table is kept: the next start
    continues its migration.
    """
    committed = True
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            committed = bool(conn.execute("PRAGMA user_version").fetchone()[0]) or bool(
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        conn.close()
    else:
        with contextlib.suppress(OSError):
            committed = path.stat().st_size > 0
    if not committed:
        for leftover in (*sidecars(path), path):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    remove_folders(folders)
