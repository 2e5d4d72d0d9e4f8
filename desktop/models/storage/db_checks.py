"""The checks before the gateway opens a database file, and why SQLite could not read one.

An existing file is looked at read-only first (:func:`inspect_existing`): empty, not SQLite,
another program's, damaged or from a newer release, it is refused and left as it was. The
place is tried before a file is blamed (:func:`ensure_writable`, :func:`unreadable`): a full
disk or a read-only medium is not damage. Used by :func:`desktop.models.db.open_database`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.migrations import SCHEMA_VERSION
from desktop.models.storage.db_damage import damaged_message, empty_file_message
from desktop.models.storage.db_file import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseLocationError,
    DatabaseTooNewError,
)
from desktop.models.storage.db_location import (
    LocationKind,
    LocationProblem,
    disk_full_message,
    folder_creation_problem,
    location_problem,
    missing_folders,
    primary_code,
    remove_folders,
    write_failure_reason,
)


def _damaged(path: Path, detail: object) -> DatabaseDamagedError:
    return DatabaseDamagedError(damaged_message(path, detail))


def unreadable(path: Path, exc: sqlite3.Error) -> DatabaseError:
    """Why SQLite could not read an existing file: another program, its place, or damage.

    SQLite says "unable to open database file" or "disk I/O error" alike for a full disk, a
    read-only medium and a damaged file, so the place is tried before the file is blamed.
    """
    code = primary_code(exc)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "数据库文件 {path} 正被其他程序占用，暂时无法打开，"
                    "请稍后再试（{error}）；文件未做任何修改",
                ),
                path=path,
                error=str(exc),
            )
        )
    problem = location_problem(path, existing=True)
    if problem is not None:
        return DatabaseLocationError(problem)
    if code == sqlite3.SQLITE_FULL:
        return DatabaseLocationError(LocationProblem(LocationKind.DISK_FULL,
                                                     disk_full_message(path, True)))
    return _damaged(path, exc)


def explain_failure(path: Path, exc: sqlite3.Error) -> str:
    """One line for a SQLite error met while a command used the database at ``path``.

    Damage that only shows when a page is read, a disk that filled up, a medium that became
    read-only, or another program holding the file: the same words as when opening fails.
    """
    code = primary_code(exc)
    if isinstance(exc, sqlite3.OperationalError) and code not in (
            sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY,
            sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return Message(
            QT_TRANSLATE_NOOP("Messages", "读写数据库文件 {path} 时出错：{reason}"),
            path=path,
            reason=write_failure_reason(exc),
        )
    return unreadable(path, exc).message


def inspect_existing(path: Path) -> int:
    """Read the schema version of an existing file without modifying it.

    Raises DatabaseError when the file is empty, is not SQLite, is another program's, is
    damaged or comes from a newer release; the file is left as it was.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法读取数据库文件 {path}：{reason}"),
                path=path,
                reason=exc.strerror,
            )
        ) from exc
    if len(header) == 0:
        # Never made into a new database: an empty file where the data should be is a copy
        # or a save that did not finish, and a fresh database there would hide the loss.
        raise DatabaseDamagedError(empty_file_message(path))
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "文件 {path} 不是本软件的数据库（不是 SQLite 文件），未做任何修改"
                ),
                path=path,
            )
        )
    return _read_version(path, wal=header[18] == 2)


def _read_version(path: Path, wal: bool) -> int:
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise unreadable(path, exc) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        if not wal and app_id == APPLICATION_ID:
            # Opening switches a rollback-journal file to WAL, which rewrites its header:
            # make sure such a file is sound before anything is changed.
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(problem)
    except sqlite3.DatabaseError as exc:
        raise unreadable(path, exc) from exc
    finally:
        conn.close()
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "文件 {path} 是其他软件的 SQLite 数据库，不是本软件的数据库，未做任何修改",
                ),
                path=path,
            )
        )
    if version > SCHEMA_VERSION:
        raise DatabaseTooNewError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "数据库文件 {path} 由更新版本的软件创建（结构版本 {version}，"
                    "本软件支持到 {supported}），请升级软件；文件未做任何修改",
                ),
                path=path,
                version=version,
                supported=SCHEMA_VERSION,
            )
        )
    return version


def ensure_writable(path: Path, existing: bool) -> list[Path]:
    """Make the folder and check that the database can be written there; returns the
    folders created (to remove if creating the database fails)."""
    folder = path.parent
    created = missing_folders(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        remove_folders(created)
        problem = folder_creation_problem(exc, path)
        if problem is not None:
            raise DatabaseLocationError(problem) from exc
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法创建数据库所在文件夹 {folder}：{reason}"),
                folder=folder,
                reason=exc.strerror,
            )
        ) from exc
    if not folder.is_dir():
        raise DatabaseError(
            Message(QT_TRANSLATE_NOOP("Messages", "数据库位置 {folder} 不是文件夹"), folder=folder)
        )
    if path.is_dir():
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "数据库路径 {path} 是一个文件夹，应为文件"), path=path
            )
        )
    # Tried, not read from permission bits: those say nothing for root, on Windows, for
    # read-only mounts or immutable files.
    problem = location_problem(path, existing=existing)
    if problem is not None:
        remove_folders(created)
        raise DatabaseLocationError(problem)
    return created


