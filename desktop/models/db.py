"""The one gateway to SQLite: opening, PRAGMAs, transactions, migrations and backups.

No other module opens a connection. Every user action runs inside :meth:`Database.transaction`,
which commits whole or rolls back whole. sqlite-utils is the access library; its own
``atomic()`` blocks nest inside our transaction as savepoints.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.models.clock import Clock, SystemClock
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.models.storage.db_location import (
    LocationKind,
    LocationProblem,
    discard_new_database,
    disk_full_message,
    folder_creation_problem,
    location_problem,
    missing_folders,
    primary_code,
    remove_folders,
    sidecars,
    write_failure_reason,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# "WHME": marks a file as ours, so another program's database is refused.
APPLICATION_ID = 0x57484D45


class DatabaseError(WarmHomeError):
    """A database could not be opened or used; the message names the file and the reason."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer release; it is left untouched."""


class DatabaseLocationError(DatabaseError):
    """The database's disk, folder or file cannot be written (full, read-only); ``kind`` says
    which. The file is not damaged and is left untouched."""

    def __init__(self, problem: LocationProblem) -> None:
        super().__init__(problem.message)
        self.kind: LocationKind = problem.kind


class DatabaseDamagedError(DatabaseError):
    """The file cannot be read as a database (damaged, or empty); the message names the
    newest backup to restore from. The file is left untouched."""


def _damaged(path: Path, detail: object) -> DatabaseDamagedError:
    # db_damage reads the backup folder through this module, so it is imported when needed.
    from desktop.models.storage.db_damage import damaged_message

    return DatabaseDamagedError(damaged_message(path, detail))


def _unreadable(path: Path, exc: sqlite3.Error) -> DatabaseError:
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
    return _unreadable(path, exc).message


def _inspect_existing(path: Path) -> int:
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
        from desktop.models.storage.db_damage import empty_file_message

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
        raise _unreadable(path, exc) from exc
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
        raise _unreadable(path, exc) from exc
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


def _ensure_writable(path: Path, existing: bool) -> list[Path]:
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


class Database:
    """An open, migrated Warm Home database, and the clock it was opened with (where the
    models read today's date and the time of a record: ``desktop/models/clock.py``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, clock: Clock | None = None) -> None:
        self.path = path
        self.conn = conn
        self.clock: Clock = clock or SystemClock()
        self._utils: Any = None

    @property
    def utils(self) -> Any:
        """The sqlite-utils view of this connection (table introspection, counts).

        Imported on first use: sqlite-utils loads its plugin system (~80 ms), which the
        start-up path does not need.
        """
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def table_counts(self) -> dict[str, int]:
        """Rows per table, for `warmhome check` and backup listings."""
        return {name: int(self.utils[name].count) for name in self.utils.table_names()}

    # -- queries ---------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows (sqlite3.Row, addressable by name)."""
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str,
                  params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        """Run a read query and return the first row, or None."""
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run a query and return the first column of the first row (None if no row)."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        """Run one write statement; must be inside :meth:`transaction`."""
        if not self.conn.in_transaction:
            raise RuntimeError("writes must run inside Database.transaction()")
        return self.conn.execute(sql, params)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.

        Nested calls join the outer transaction as a savepoint, so a helper that needs a
        transaction can be called from inside another action.
        """
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise DatabaseError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "数据库暂时无法写入：{reason}，数据未写入"),
                    reason=write_failure_reason(exc),
                )
            ) from exc
        try:
            yield self
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                # Disk full, locked, read-only medium: explain it; nothing was written.
                raise DatabaseError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "保存失败，数据未写入：{reason}"),
                        reason=write_failure_reason(exc),
                    )
                ) from exc
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise DatabaseError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "保存失败，数据未写入：{reason}"),
                    reason=write_failure_reason(exc),
                )
            ) from exc

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[Database]:
        """Several reads that see one consistent state, while writers carry on (WAL).

        Only for reading: anything written inside is rolled back. Inside a transaction
        already, the reads simply join it.
        """
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    # -- health and backups ----------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        """The migration number this file is at (PRAGMA user_version)."""
        return int(self.scalar("PRAGMA user_version"))

    def integrity_problems(self) -> list[str]:
        """Run integrity_check and foreign_key_check; an empty list means healthy."""
        try:
            problems = [r[0] for r in self.query("PRAGMA integrity_check") if r[0] != "ok"]
            problems += foreign_key_problems(self.query("PRAGMA foreign_key_check"))
        except sqlite3.DatabaseError as exc:
            # Damage bad enough that the check itself cannot read the file.
            return [
                Message(
                    QT_TRANSLATE_NOOP("Messages", "数据库文件 {path} 已损坏：{error}"),
                    path=self.path,
                    error=str(exc),
                )
            ]
        return problems

    def backup_to(self, target: Path) -> Path:
        """Write a consistent snapshot (SQLite backup API) to ``target`` atomically."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        try:
            dest = sqlite3.connect(partial)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError):
            partial.unlink(missing_ok=True)  # a full disk leaves no half copy behind
            raise
        return target

    def sibling(self) -> Database:
        """A second connection to the same, already migrated file, for a worker thread.

        SQLite connections must not be shared between threads; in WAL mode a sibling can
        read while the first writes, and its writes wait their turn (busy_timeout).
        """
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            _configure(conn)
        except sqlite3.Error as exc:
            raise DatabaseError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "无法打开数据库文件 {path}：{error}"),
                    path=self.path,
                    error=str(exc),
                )
            ) from exc
        return Database(self.path, conn, self.clock)

    def close(self) -> None:
        """Close the connection; a WAL checkpoint folds the log back into the file."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    # Cheap PCs lose power: every commit reaches the disk.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")
    # Lists scan whole tables; a 32 MB page cache and memory-mapped reads keep that fast.
    conn.execute("PRAGMA cache_size=-32000")
    conn.execute("PRAGMA mmap_size=268435456")


def _migrate(db: Database, from_version: int) -> None:
    if from_version == 0:
        db.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for number in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.transaction():
            MIGRATIONS[number - 1](db.conn)
            db.conn.execute(f"PRAGMA user_version={number}")


def open_database(path: str | os.PathLike[str], *, clock: Clock | None = None) -> Database:
    """Open (creating if needed) and migrate the database at ``path``; ``clock`` (default the
    computer's) gives the models today's date and the time of each record.

    A file that is not SQLite, is damaged, or comes from a newer release raises
    DatabaseError and is not modified. An older schema is backed up beside the file first.
    """
    db_path = Path(path).expanduser()
    existing = db_path.exists() and db_path.is_file()
    # A read-only look at a WAL file still creates -wal/-shm beside it: remove those we made
    # if the file is refused, so "nothing modified" holds for the folder too.
    made = [side for side in sidecars(db_path) if existing and not side.exists()]
    try:
        version = _inspect_existing(db_path) if existing else 0
        created_folders = _ensure_writable(db_path, existing)
    except DatabaseError:
        for side in made:
            with contextlib.suppress(OSError):
                side.unlink()
        raise
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
        _configure(conn)
    except sqlite3.Error as exc:
        if existing:
            if conn is not None:
                conn.close()
            raise _unreadable(db_path, exc) from exc
        discard_new_database(db_path, conn, created_folders)
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法新建数据库文件 {path}：{reason}"),
                path=db_path,
                reason=write_failure_reason(exc),
            )
        ) from exc
    db = Database(db_path, conn, clock)
    if version < SCHEMA_VERSION:
        try:
            if version > 0:
                backup = db_path.with_name(
                    f"{db_path.stem}.before-v{SCHEMA_VERSION}-{db.clock.now():%Y%m%d-%H%M%S}.db")
                db.backup_to(backup)
            _migrate(db, version)
        except (sqlite3.Error, OSError, DatabaseError) as exc:
            # transaction() turns OperationalError into DatabaseError; name the file either way.
            if existing:
                conn.close()
            if isinstance(exc, DatabaseError):
                reason = exc.message
            elif isinstance(exc, sqlite3.Error):
                reason = write_failure_reason(exc)
            else:
                reason = exc.strerror or str(exc)
            if not existing:
                discard_new_database(db_path, conn, created_folders)
                raise DatabaseError(
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "新建数据库 {path} 失败：{reason}"),
                        path=db_path,
                        reason=reason,
                    )
                ) from exc
            raise DatabaseError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "升级数据库 {path} 失败，未做修改：{reason}"),
                    path=db_path,
                    reason=reason,
                )
            ) from exc
    return db


# -- backup files ------------------------------------------------------------------------------
# Gateway functions for desktop.models.admin.backup: the snapshot it writes, and the read-only look
# into backup files it lists, verifies and restores. They live here because no other module
# opens a connection.

# What a backup listing counts: display key → table.
SNAPSHOT_COUNTS = {"people": "person", "members": "member", "volunteers": "volunteer",
                   "audit_entries": "audit_log"}


@dataclass(frozen=True)
class SnapshotInfo:
    """What a database file (usually a backup) holds, read without modifying it."""

    path: Path
    schema_version: int
    centre_code: str
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)


def write_snapshot(db: Database, target: Path, *, name: Path | None = None) -> None:
    """Copy a consistent snapshot of ``db`` into the new file ``target`` (SQLite backup API).

    Only committed data is copied, also while other connections write. The copy uses a
    rollback journal instead of WAL, so it is one self-contained file that can be read later
    without -wal/-shm files appearing beside it. Not atomic by itself: the caller writes to a
    temporary name and renames once the copy is verified; errors name ``name`` (the final
    name) when given.
    """
    if db.conn.in_transaction:
        # The backup would read through this connection and copy its uncommitted change.
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "数据库 {path} 正在保存一项修改，现在不能备份，请稍后再试"
                ),
                path=db.path,
            )
        )
    try:
        dest = sqlite3.connect(target, isolation_level=None)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        _fsync_file(target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法写入备份文件 {file}：{reason}"),
                file=name or target,
                reason=reason,
            )
        ) from exc


def snapshot_file(source: Path, target: Path) -> None:
    """Copy the database file ``source`` (not open here) into the new file ``target``.

    Used for the safety copy before a restore, so it must work on whatever is there: a
    readable file goes through the backup API (including committed data still in its WAL);
    a file SQLite cannot read is copied byte for byte, together with its -wal file.
    """
    try:
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dest = sqlite3.connect(target, isolation_level=None)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            conn.close()
    except sqlite3.Error:
        target.unlink(missing_ok=True)
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    _fsync_file(target)


def checkpoint_file(path: Path) -> bool:
    """Fold a closed database's WAL back into the file and close, without migrating it.

    Returns False when SQLite cannot read the file (it is left as it is). After a True,
    the -wal file is gone, unless another connection still has the database open: closing
    the last connection is what deletes it.
    """
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return True


def inspect_snapshot(path: Path, *, check_integrity: bool,
                     name: Path | None = None) -> SnapshotInfo:
    """Open a backup file read-only and report its schema version, centre code and counts.

    With ``check_integrity`` the integrity and foreign-key checks run too (their findings
    are in ``problems``). Raises DatabaseError naming ``name`` (default ``path``) when the
    file is empty, truncated, not one of our databases or unreadable, and
    DatabaseTooNewError when a newer release wrote it. The file is never modified.
    """
    shown = name or path
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法读取备份文件 {shown}：{reason}"),
                shown=shown,
                reason=exc.strerror,
            )
        ) from exc
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise DatabaseError(
            Message(QT_TRANSLATE_NOOP("Messages", "文件 {shown} 不是本软件的备份文件"), shown=shown)
        )
    _check_complete(header, size, shown)
    # immutable=1: a backup never changes, so SQLite needs no lock and no -shm file beside it.
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "无法打开备份文件 {shown}：{error}"),
                shown=shown,
                error=str(exc),
            )
        ) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID or version < 1:
            raise DatabaseError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "文件 {shown} 不是本软件的备份文件（是其他数据库）"
                    ),
                    shown=shown,
                )
            )
        if version > SCHEMA_VERSION:
            raise DatabaseTooNewError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "备份文件 {shown} 由更新版本的软件创建（结构版本 {version}，"
                        "本软件支持到 {supported}），请先升级软件",
                    ),
                    shown=shown,
                    version=version,
                    supported=SCHEMA_VERSION,
                )
            )
        counts = {key: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                  for key, table in SNAPSHOT_COUNTS.items() if table in tables}
        code = ""
        if "setting" in tables:
            row = conn.execute("SELECT value FROM setting WHERE key = 'centre.code'").fetchone()
            code = str(row[0]) if row else ""
        problems = _snapshot_problems(conn) if check_integrity else []
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "备份文件 {shown} 已损坏，无法读取（{error}）"),
                shown=shown,
                error=str(exc),
            )
        ) from exc
    finally:
        conn.close()
    return SnapshotInfo(path=path, schema_version=version, centre_code=code, counts=counts,
                        problems=problems)


def _check_complete(header: bytes, size: int, shown: Path) -> None:
    """Refuse a file shorter than its own header says (copied or downloaded only in part)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only valid when the two change counters agree.
    counted = header[24:28] == header[92:96] and pages > 0
    if page_size < 512 or size % page_size or (counted and size < pages * page_size):
        raise DatabaseError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "备份文件 {shown} 不完整（文件被截断或未复制完），不能使用"
                ),
                shown=shown,
            )
        )


def foreign_key_problems(rows: Iterable[Sequence[Any]]) -> list[str]:
    """The rows of ``PRAGMA foreign_key_check`` as messages people can read."""
    return [Message(QT_TRANSLATE_NOOP(
        "Messages", "外键错误：表 {table} 第 {row} 行引用了不存在的 {target}"),
        table=row[0], row=row[1], target=row[2]) for row in rows]


def _snapshot_problems(conn: sqlite3.Connection) -> list[str]:
    # integrity_check may pack several findings into one row, under a "*** in database" line.
    problems = [line for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"
                for line in str(row[0]).splitlines()
                if line.strip() and not line.startswith("***")]
    problems += foreign_key_problems(conn.execute("PRAGMA foreign_key_check"))
    return problems


def _fsync_file(path: Path) -> None:
    # A backup that only sits in the OS cache is lost with the power; the rename comes after.
    # Windows only flushes handles opened for writing.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
