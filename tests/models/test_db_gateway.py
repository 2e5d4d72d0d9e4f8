"""What the gateway offers instead of its connection (rows as dataclasses, streaming, bulk
writes, transaction state), one connection per thread, and no connection left open when
opening a file fails."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.models.db import APPLICATION_ID, Database, open_database, row_as
from desktop.models.migrations import MIGRATIONS, SCHEMA_VERSION


@dataclass(frozen=True)
class Setting:
    key: str
    value: str
    note: str = "none"


def _settings(db: Database, *pairs: tuple[str, str]) -> None:
    with db.transaction():
        for key, value in pairs:
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, value))


def _in_thread(work: Callable[[], object]) -> object:
    """Run ``work`` on a thread of its own; what it returned, or the exception it raised."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed back to the test's thread
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


# -- rows as dataclasses -------------------------------------------------------------------------
def test_rows_become_dataclasses_by_column_name(db: Database) -> None:
    _settings(db, ("b", "2"), ("a", "1"))
    # Columns in another order than the fields, and one no field names.
    rows = db.query("SELECT value, 'x' AS extra, key FROM setting ORDER BY key")
    assert [row_as(Setting, row) for row in rows] == [Setting("a", "1"), Setting("b", "2")]
    row = db.query_one("SELECT key, value, 'kept' AS note FROM setting WHERE key = 'b'")
    assert row is not None
    assert row_as(Setting, row) == Setting("b", "2", "kept")
    converted = row_as(Setting, row, value=int, note=str.upper)
    assert (converted.key, converted.value, converted.note) == ("b", 2, "KEPT")


def test_a_field_without_its_column_is_an_error(db: Database) -> None:
    _settings(db, ("a", "1"))
    row = db.query_one("SELECT key FROM setting")
    assert row is not None
    with pytest.raises(TypeError, match="value"):
        row_as(Setting, row)


# -- streaming, bulk writes, transaction state -----------------------------------------------------
def test_iterate_hands_rows_over_one_at_a_time(db: Database) -> None:
    _settings(db, *[(f"k{n:03d}", str(n)) for n in range(300)])
    rows = db.iterate("SELECT key, value FROM setting WHERE value >= ? ORDER BY key", ("5",))
    assert isinstance(rows, Iterator)
    first = next(rows)
    assert (first["key"], first["value"]) == ("k005", "5")
    assert sum(1 for _ in rows) == len([n for n in range(300) if str(n) >= "5"]) - 1


def test_executemany_writes_every_row_inside_a_transaction_only(db: Database) -> None:
    sql = "INSERT INTO setting (key, value) VALUES (?, ?)"
    with pytest.raises(RuntimeError, match="transaction"):
        db.executemany(sql, [("a", "1")])
    assert db.scalar("SELECT count(*) FROM setting") == 0
    with db.transaction():
        db.executemany(sql, [(f"k{n}", str(n)) for n in range(50)])
    assert db.scalar("SELECT count(*) FROM setting") == 50


def test_transaction_state_and_change_count(db: Database) -> None:
    before = db.total_changes
    assert not db.in_transaction
    with db.transaction():
        assert db.in_transaction
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
    with db.read_snapshot():
        assert db.in_transaction
    assert not db.in_transaction
    assert db.total_changes == before + 1


def test_a_read_is_remembered_only_within_its_read_snapshot(db: Database) -> None:
    _settings(db, ("centre.name", "月坛温馨家园"))
    reads: list[str] = []

    def name() -> str:
        reads.append("read")
        return str(db.scalar("SELECT value FROM setting WHERE key = 'centre.name'"))

    assert db.snapshot_read("name", name) == db.snapshot_read("name", name) == "月坛温馨家园"
    assert len(reads) == 2  # outside a snapshot: read every time
    with db.read_snapshot():
        assert db.snapshot_read("name", name) == db.snapshot_read("name", name)
        assert len(reads) == 3  # once in the snapshot
        with db.read_snapshot():  # joined: the same snapshot, the same memory
            db.snapshot_read("name", name)
        assert len(reads) == 3
        # Something written inside the snapshot: nothing remembered is trusted any more.
        db.execute("UPDATE setting SET value = '新街口温馨家园' WHERE key = 'centre.name'")
        assert db.snapshot_read("name", name) == "新街口温馨家园"
    assert db.scalar("SELECT value FROM setting WHERE key = 'centre.name'") == "月坛温馨家园"
    with db.read_snapshot():  # a new snapshot starts with nothing remembered
        db.snapshot_read("name", name)
    assert len(reads) == 5
    with db.transaction():  # a write transaction is no read snapshot: nothing remembered
        db.snapshot_read("name", name)
        db.snapshot_read("name", name)
    assert len(reads) == 7


# -- one connection per thread -------------------------------------------------------------------
def test_the_main_connection_is_refused_on_another_thread(db: Database) -> None:
    def write() -> None:
        with db.transaction():
            db.execute("INSERT INTO setting (key, value) VALUES ('elsewhere', 'x')")

    for work in (lambda: db.scalar("SELECT count(*) FROM setting"), write):
        refused = _in_thread(work)
        assert isinstance(refused, sqlite3.ProgrammingError)
        assert "thread" in str(refused)
    assert db.scalar("SELECT count(*) FROM setting") == 0
    assert not db.in_transaction


def test_a_worker_thread_works_through_a_connection_of_its_own(db: Database) -> None:
    def job() -> tuple[int, str]:
        with db.sibling() as worker_db:
            with worker_db.transaction():
                worker_db.execute("INSERT INTO setting (key, value) VALUES ('job', 'done')")
            return worker_db.schema_version, str(worker_db.scalar(
                "SELECT value FROM setting WHERE key = 'job'"))

    assert _in_thread(job) == (SCHEMA_VERSION, "done")
    assert db.scalar("SELECT value FROM setting WHERE key = 'job'") == "done"


def test_a_sibling_belongs_to_the_thread_that_opened_it(db: Database) -> None:
    with db.sibling() as other:
        assert isinstance(_in_thread(lambda: other.scalar("SELECT 1")), sqlite3.ProgrammingError)
        assert other.scalar("SELECT 1") == 1


# -- a failed open leaves no connection behind ---------------------------------------------------
def _version_2_with_a_binary_audit_value(path: Path) -> None:
    """A real schema-v2 file (the released migrations 1 and 2) whose audit log holds a value
    that no release writes: bytes where text belongs, as another tool or damage leaves it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        for number in (1, 2):
            conn.execute("BEGIN")
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
        conn.execute("INSERT INTO audit_log (at, actor, action, table_name, record_id, before)"
                     " VALUES ('2024-05-01T09:00:00', 'admin', 'update', 'person', 1, ?)",
                     (b"\x00\x01",))
    finally:
        conn.close()


def _open_handles(path: Path) -> list[str]:
    """The files of the database at ``path`` this process holds open (Linux: /proc)."""
    handles = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            handles.append(target)
    return handles


def test_a_migration_that_fails_leaves_no_connection_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _version_2_with_a_binary_audit_value(path)
    with pytest.raises(TypeError, match="bytes") as caught:
        open_database(path)
    # Checked while the error (and everything its traceback holds) is still alive, as it is
    # while the program reports it: the connection was closed, not merely dropped.
    assert caught.value is not None
    assert not path.with_name("old.db-wal").exists()
    assert not path.with_name("old.db-shm").exists()
    if Path("/proc/self/fd").is_dir():
        assert _open_handles(path) == []
    conn = sqlite3.connect(path)
    try:  # the step that failed was rolled back: still version 2, its entry as it was
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT before FROM audit_log").fetchall() == [(b"\x00\x01",)]
    finally:
        conn.close()
