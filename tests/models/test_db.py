"""The SQLite gateway: PRAGMAs, transactions, migrations, backups and refusing bad files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.models import db as db_module
from desktop.models.db import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Database,
    DatabaseError,
    DatabaseTooNewError,
    open_database,
)
from desktop.models.migrations import MIGRATIONS
from tests.disk_helpers import MakeReadOnly


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, to prove a refused file was not touched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection (autocommit), for preparing odd files."""
    return sqlite3.connect(path, isolation_level=None)


def _make_real_db(path: Path) -> None:
    """A real, migrated database with one row, closed again."""
    with open_database(path) as database, database.transaction():
        database.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')")


# -- a fresh database ---------------------------------------------------------------------------
def test_fresh_database_is_at_the_current_schema_version(db: Database) -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1
    assert db.schema_version == SCHEMA_VERSION
    assert db.scalar("PRAGMA application_id") == APPLICATION_ID
    assert db.integrity_problems() == []


def test_pragmas_protect_the_data(db: Database) -> None:
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute("INSERT INTO member (person_id) VALUES (999)")
    assert db.scalar("SELECT count(*) FROM member") == 0


def test_reopening_keeps_data_and_version(db_path: Path) -> None:
    _make_real_db(db_path)
    with open_database(db_path) as again:
        assert again.schema_version == SCHEMA_VERSION
        assert again.scalar("SELECT value FROM setting WHERE key = 'k'") == "v"
    assert not list(db_path.parent.glob("*.before-v*"))  # no migration, so no backup


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "warmhome.db"
    with open_database(path) as database:
        assert database.schema_version == SCHEMA_VERSION
    assert path.is_file()


# -- transactions ----------------------------------------------------------------------------------
def test_transaction_commits_whole(db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        db.execute("INSERT INTO setting (key, value) VALUES ('b', '2')")
    assert db.scalar("SELECT count(*) FROM setting") == 2


def test_transaction_rolls_back_whole_on_exception(db: Database) -> None:
    with pytest.raises(ValueError, match="boom"), db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        db.execute("INSERT INTO setting (key, value) VALUES ('b', '2')")
        raise ValueError("boom")
    assert db.scalar("SELECT count(*) FROM setting") == 0
    assert not db.in_transaction


def test_transaction_rolls_back_on_a_failing_statement(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '2')")  # duplicate key
    assert db.scalar("SELECT count(*) FROM setting") == 0


def test_nested_transaction_failure_rolls_back_only_the_inner_part(db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO setting (key, value) VALUES ('inner', '1')")
            raise RuntimeError("inner fails")
    assert [r[0] for r in db.query("SELECT key FROM setting")] == ["outer"]


def test_outer_failure_rolls_back_nested_work_too(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        with db.transaction():
            db.execute("INSERT INTO setting (key, value) VALUES ('inner', '1')")
        raise RuntimeError("outer fails")
    assert db.scalar("SELECT count(*) FROM setting") == 0


def test_writes_outside_a_transaction_are_refused(db: Database) -> None:
    with pytest.raises(RuntimeError, match="transaction"):
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
    assert db.scalar("SELECT count(*) FROM setting") == 0


def test_backup_to_writes_a_consistent_copy(db: Database, tmp_path: Path) -> None:
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
    target = db.backup_to(tmp_path / "backups" / "copy.db")
    assert target.is_file()
    assert not (tmp_path / "backups" / "copy.db.partial").exists()
    with open_database(target) as copy:
        assert copy.scalar("SELECT value FROM setting WHERE key = 'a'") == "1"


# -- migrations ------------------------------------------------------------------------------------
def _v_next_adds_a_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO extra (note) VALUES ('migrated')")


def _v_next_fails_halfway(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO setting (key, value) VALUES ('half', 'done')")
    conn.execute("INSERT INTO no_such_table VALUES (1)")


def test_migrating_an_older_database_backs_it_up_first(db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _make_real_db(db_path)
    monkeypatch.setattr(db_module, "MIGRATIONS", [*MIGRATIONS, _v_next_adds_a_table])
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with open_database(db_path) as migrated:
        assert migrated.schema_version == SCHEMA_VERSION + 1
        assert migrated.scalar("SELECT note FROM extra") == "migrated"
        assert migrated.scalar("SELECT value FROM setting WHERE key = 'k'") == "v"
    backups = list(db_path.parent.glob(f"t.before-v{SCHEMA_VERSION + 1}-*.db"))
    assert len(backups) == 1
    old = raw_connect(backups[0])
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert old.execute("SELECT value FROM setting WHERE key = 'k'").fetchone()[0] == "v"
        assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'"
                           ).fetchone()[0] == 0
    finally:
        old.close()
    backups[0].unlink()


def test_a_failing_migration_leaves_the_old_version(db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _make_real_db(db_path)
    monkeypatch.setattr(db_module, "MIGRATIONS", [*MIGRATIONS, _v_next_fails_halfway])
    monkeypatch.setattr(db_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert str(db_path) in caught.value.message
    assert "升级数据库" in caught.value.message
    monkeypatch.undo()
    with open_database(db_path) as database:
        assert database.schema_version == SCHEMA_VERSION
        assert database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'extra'") == 0
        assert database.scalar("SELECT count(*) FROM setting WHERE key = 'half'") == 0
        assert database.scalar("SELECT value FROM setting WHERE key = 'k'") == "v"


# -- files that must be refused and left untouched -------------------------------------------------
def _assert_refused_untouched(path: Path, error: type[DatabaseError] = DatabaseError) -> str:
    before = file_digest(path)
    size = path.stat().st_size
    with pytest.raises(error) as caught:
        open_database(path)
    assert file_digest(path) == before
    assert path.stat().st_size == size
    message = caught.value.message
    assert str(path) in message
    assert "\n" not in message
    return message


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(8192))
    message = _assert_refused_untouched(path)
    assert "不是 SQLite 文件" in message


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库\nnot a database\n", encoding="utf-8")
    message = _assert_refused_untouched(path)
    assert "不是 SQLite 文件" in message


def test_a_truncated_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "short.db"
    path.write_bytes(b"SQLite")
    _assert_refused_untouched(path)


@pytest.mark.parametrize("start", [100, 2048])
def test_damaged_schema_page_is_refused(db_path: Path, start: int) -> None:
    _make_real_db(db_path)
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[start:page_size] = b"\x5a" * (page_size - start)  # sqlite_master lives on page 1
    db_path.write_bytes(bytes(data))
    message = _assert_refused_untouched(db_path)
    assert "已损坏" in message


def test_damaged_data_pages_are_reported_by_the_integrity_check(db_path: Path) -> None:
    with open_database(db_path) as database, database.transaction():
        for n in range(2000):
            database.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                             (f"key{n}", "x" * 100))
    data = bytearray(db_path.read_bytes())
    # Two pages among the settings just written (the last ~60 pages of the file): not the
    # schema's pages, which the schema's growth with each migration spreads over the file.
    start = (len(data) // 4096 - 6) * 4096
    data[start:start + 8192] = b"\x5a" * 8192
    db_path.write_bytes(bytes(data))
    before = file_digest(db_path)
    # Opening reads only the header and the schema; the check reads everything.
    with open_database(db_path) as database:
        problems = database.integrity_problems()
    assert problems
    assert any(str(db_path) in p or "malformed" in p or "corrupt" in p.lower() or "Tree" in p
               for p in problems), problems
    assert file_digest(db_path) == before


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    _make_real_db(db_path)
    conn = raw_connect(db_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    message = _assert_refused_untouched(db_path, DatabaseTooNewError)
    assert "更新版本" in message
    assert str(SCHEMA_VERSION + 1) in message


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = raw_connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('a', '1')")
    conn.close()
    message = _assert_refused_untouched(path)
    assert "其他软件" in message


def test_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = raw_connect(path)
    conn.execute("PRAGMA application_id=12345")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    _assert_refused_untouched(path)


# -- paths that cannot be created or written -------------------------------------------------------
def test_path_under_a_regular_file_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("just a file", encoding="utf-8")
    path = blocker / "x.db"
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert str(blocker) in caught.value.message
    assert "\n" not in caught.value.message
    assert blocker.read_text(encoding="utf-8") == "just a file"


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(DatabaseError) as caught:
        open_database(folder)
    assert str(folder) in caught.value.message
    assert list(folder.iterdir()) == []


def test_read_only_folder_is_refused(tmp_path: Path, make_read_only: MakeReadOnly) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    make_read_only(folder)
    with pytest.raises(DatabaseError) as caught:
        open_database(folder / "x.db")
    assert str(folder) in caught.value.message
    assert list(folder.iterdir()) == []


def test_read_only_database_file_is_refused(db_path: Path, make_read_only: MakeReadOnly) -> None:
    _make_real_db(db_path)
    make_read_only(db_path)
    before = file_digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert str(db_path) in caught.value.message
    assert file_digest(db_path) == before
