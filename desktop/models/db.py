"""The one gateway to SQLite: opening, PRAGMAs, transactions, migrations and backups.

No module outside the gateway opens a connection or touches one: the rest of the program reads
and writes through :class:`Database`. Every user action runs inside
:meth:`Database.transaction`, which commits whole or rolls back whole. A connection belongs to
the thread that opened it; a worker thread opens its own with :meth:`Database.sibling`.

The gateway's other parts are in :mod:`desktop.models.storage` (the checks before a file is
opened, the errors, files that are not open such as backups); their public names are
re-exported here, so callers import them from this module.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from desktop.models.clock import Clock, SystemClock
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.migrations import MIGRATIONS, SCHEMA_VERSION
from desktop.models.storage.db_checks import (
    ensure_writable,
    explain_failure,
    inspect_existing,
    unreadable,
)
from desktop.models.storage.db_file import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseLocationError,
    DatabaseTooNewError,
)
from desktop.models.storage.db_location import (
    discard_new_database,
    sidecars,
    write_failure_reason,
)
from desktop.models.storage.snapshot_files import (
    SNAPSHOT_COUNTS,
    SnapshotInfo,
    checkpoint_file,
    foreign_key_problems,
    fsync_file,
    inspect_snapshot,
    snapshot_file,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "SNAPSHOT_COUNTS",
    "SQLITE_MAGIC",
    "Database",
    "DatabaseDamagedError",
    "DatabaseError",
    "DatabaseLocationError",
    "DatabaseTooNewError",
    "SnapshotInfo",
    "checkpoint_file",
    "explain_failure",
    "foreign_key_problems",
    "inspect_snapshot",
    "open_database",
    "row_as",
    "snapshot_file",
    "write_failure_reason",
    "write_snapshot",
]

Params = Sequence[Any] | dict[str, Any]
T = TypeVar("T", bound="DataclassInstance")
R = TypeVar("R")

# The init fields of each dataclass that rows are read into, looked up once per class.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def row_as(cls: type[T], row: sqlite3.Row, **convert: Callable[[Any], Any]) -> T:
    """One row as the dataclass ``cls``: each field takes the column of the same name,
    passed through ``convert[field]`` when given (``voided=bool``, ``role=Role``).

    Columns that no field names are left out; a field with a default may be missing from
    the row. A missing field without a default is a TypeError, as for any constructor call.
    """
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.init)
    columns = row.keys()
    values = {name: row[name] for name in names if name in columns}
    for name, function in convert.items():
        values[name] = function(values[name])
    return cls(**values)


class Database:
    """An open, migrated Warm Home database, and the clock it was opened with (where the
    models read today's date and the time of a record: ``desktop/models/clock.py``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, clock: Clock | None = None) -> None:
        self.path = path
        self._conn = conn
        self.clock: Clock = clock or SystemClock()
        self._sqlite_utils: Any = None
        # What reads remembered during the read snapshot in progress (None: no snapshot), and
        # the connection's change count when it began (a write inside it ends the memory).
        self._snapshot_memo: dict[Hashable, Any] | None = None
        self._snapshot_changes = 0

    def _utils(self) -> Any:
        """The sqlite-utils view of this connection (table introspection, counts).

        Imported on first use: sqlite-utils loads its plugin system (~80 ms), which the
        start-up path does not need.
        """
        if self._sqlite_utils is None:
            import sqlite_utils

            self._sqlite_utils = sqlite_utils.Database(self._conn)
        return self._sqlite_utils

    def table_counts(self) -> dict[str, int]:
        """Rows per table, for `warmhome check` and backup listings."""
        utils = self._utils()
        return {name: int(utils[name].count) for name in utils.table_names()}

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction (or a read snapshot) is open on this connection."""
        return self._conn.in_transaction

    @property
    def total_changes(self) -> int:
        """Rows changed through this connection since it was opened (a cheap change marker)."""
        return self._conn.total_changes

    # -- queries ---------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows (sqlite3.Row, addressable by name)."""
        return self._conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """Run a read query and return the first row, or None."""
        return self._conn.execute(sql, params).fetchone()

    def iterate(self, sql: str, params: Params = ()) -> Iterator[sqlite3.Row]:
        """Run a read query and hand its rows over one at a time, for results too large to
        hold at once. The statement runs now; read the rows before the next write."""
        return self._conn.execute(sql, params)

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """Run a query and return the first column of the first row (None if no row)."""
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one write statement; must be inside :meth:`transaction`."""
        if not self._conn.in_transaction:
            raise RuntimeError("writes must run inside Database.transaction()")
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one write statement for each of ``rows`` (bulk inserts); must be inside
        :meth:`transaction`."""
        if not self._conn.in_transaction:
            raise RuntimeError("writes must run inside Database.transaction()")
        self._conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One user action: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.

        Nested calls join the outer transaction as a savepoint, so a helper that needs a
        transaction can be called from inside another action.
        """
        if self._conn.in_transaction:
            self._conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                self._conn.execute("ROLLBACK TO SAVEPOINT nested")
                self._conn.execute("RELEASE SAVEPOINT nested")
                raise
            self._conn.execute("RELEASE SAVEPOINT nested")
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
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
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
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
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
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
        if self._conn.in_transaction:
            yield self
            return
        self._conn.execute("BEGIN DEFERRED")
        self._snapshot_memo, self._snapshot_changes = {}, self._conn.total_changes
        try:
            yield self
        finally:
            self._snapshot_memo = None
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")

    def snapshot_read(self, key: Hashable, read: Callable[[], R]) -> R:
        """``read()``, done once per :meth:`read_snapshot` for each ``key`` (the same
        figures asked for twice in one consistent state, such as a month's table by the
        report's indicators and by its sheet); outside a snapshot of its own, or once
        anything was written in it, simply ``read()``. ``key`` must name everything the
        result depends on; the result is shared, so it must not be changed."""
        memo = self._snapshot_memo
        if memo is None or not self._conn.in_transaction \
                or self._conn.total_changes != self._snapshot_changes:
            return read()
        if key not in memo:
            memo[key] = read()
        return cast(R, memo[key])

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
                self._conn.backup(dest)
            finally:
                dest.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError):
            partial.unlink(missing_ok=True)  # a full disk leaves no half copy behind
            raise
        return target

    def sibling(self) -> Database:
        """A second connection to the same, already migrated file, for another thread.

        A connection belongs to the thread that opened it (SQLite refuses it anywhere else),
        so call this on the thread that will use it, and close it there: ``long_job`` does so
        on its worker thread. In WAL mode a sibling can read while the first writes, and its
        writes wait their turn (busy_timeout).
        """
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(self.path, isolation_level=None)
            _configure(conn)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
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
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

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
        db._conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for number in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.transaction():
            MIGRATIONS[number - 1](db._conn)
            db._conn.execute(f"PRAGMA user_version={number}")


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
        version = inspect_existing(db_path) if existing else 0
        created_folders = ensure_writable(db_path, existing)
    except DatabaseError:
        for side in made:
            with contextlib.suppress(OSError):
                side.unlink()
        raise
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(db_path, isolation_level=None)
        _configure(conn)
    except sqlite3.Error as exc:
        if existing:
            if conn is not None:
                conn.close()
            raise unreadable(db_path, exc) from exc
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
        except BaseException:
            # Anything else (a mistake in a migration, Ctrl+C) goes on as it is, but not with
            # the file still open behind it: an open connection keeps its -wal beside it and,
            # on Windows, the file locked until the program ends.
            if existing:
                conn.close()
            else:
                discard_new_database(db_path, conn, created_folders)
            raise
    return db


def write_snapshot(db: Database, target: Path, *, name: Path | None = None) -> None:
    """Copy a consistent snapshot of ``db`` into the new file ``target`` (SQLite backup API).

    Only committed data is copied, also while other connections write. The copy uses a
    rollback journal instead of WAL, so it is one self-contained file that can be read later
    without -wal/-shm files appearing beside it. Not atomic by itself: the caller writes to a
    temporary name and renames once the copy is verified; errors name ``name`` (the final
    name) when given.
    """
    if db._conn.in_transaction:
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
            db._conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        fsync_file(target)
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
