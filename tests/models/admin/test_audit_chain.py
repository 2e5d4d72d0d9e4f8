"""The audit log's hash chain: written by audit.record, refused edits, and verify on tampering.

Tampering is done the way someone with the file would do it: a plain sqlite3 connection that
drops the protecting triggers and edits, deletes or swaps rows.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.models.admin import audit
from desktop.models.admin.audit_chain import GENESIS_HASH, entry_hash
from desktop.models.db import APPLICATION_ID, SCHEMA_VERSION, Database, open_database
from desktop.models.migrations import MIGRATIONS
from desktop.models.people import people
from tests.conftest import STAFF, make_person_input

ENTRIES = 8
COLUMNS = ("id, at, actor, action, table_name, record_id, before, after, reason, prev_hash,"
           " hash")


def _write_entries(db: Database, count: int, start: int = 1) -> None:
    for number in range(start, start + count):
        with db.transaction():
            audit.record(db, actor="staff" if number % 2 else "admin", action="update",
                         table="person", record_id=number,
                         before={"name": f"旧名{number}", "phone": "13812345678"},
                         after={"name": f"新名{number}", "phone": "13912345678"},
                         reason="更正" if number % 3 == 0 else None)


def _rows(path: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def logged(db_path: Path) -> Path:
    """A closed database file whose audit log holds ENTRIES chained entries (ids 1–8)."""
    with open_database(db_path) as database:
        _write_entries(database, ENTRIES)
    return db_path


def tamper(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    """Edit the file as an outsider: drop the audit triggers, run the statements, commit."""
    conn = sqlite3.connect(path)
    try:
        triggers = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        for name in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()
    finally:
        conn.close()


def verify_file(path: Path) -> audit.VerifyResult:
    with open_database(path) as database:
        return audit.verify(database)


# -- writing the chain ---------------------------------------------------------------------------
def test_each_entry_covers_its_values_and_the_previous_hash(logged: Path) -> None:
    rows = _rows(logged)
    assert [r["id"] for r in rows] == list(range(1, ENTRIES + 1))
    assert rows[0]["prev_hash"] == GENESIS_HASH
    for previous, row in itertools.pairwise(rows):
        assert row["prev_hash"] == previous["hash"]
    for row in rows:
        assert row["hash"] == entry_hash(row)
        assert len(row["hash"]) == 64


def test_hash_is_sha256_of_sorted_json_with_unescaped_chinese() -> None:
    values = {"id": 7, "at": "2024-06-01T09:30:00", "actor": "管理员", "action": "update",
              "table_name": "person", "record_id": 3, "before": '{"name": "张三"}',
              "after": None, "reason": "更正", "prev_hash": GENESIS_HASH}
    expected = hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False,
                                         separators=(",", ":")).encode("utf-8")).hexdigest()
    assert entry_hash(values) == expected
    # The stored format never changes: existing logs must keep verifying after upgrades.
    assert entry_hash(values) == (
        "ad0a7e2557c6f4e53e86be2615dcc1b5c212b371b34b4fd3c67b6a3b010b280d")


def test_the_head_follows_the_newest_entry(logged: Path) -> None:
    with open_database(logged) as database:
        head = database.query_one("SELECT last_id, last_hash FROM audit_head")
        assert head is not None
        assert (head["last_id"], head["last_hash"]) == (ENTRIES, _rows(logged)[-1]["hash"])


def test_real_actions_write_a_verifiable_chain(db: Database) -> None:
    person_id = people.create_person(db, make_person_input(), actor=STAFF)
    people.archive_person(db, person_id, "迁出本街道", actor=STAFF)
    people.restore_person(db, person_id, actor=STAFF)
    result = audit.verify(db)
    assert result.ok, result.message
    assert result.checked == db.scalar("SELECT count(*) FROM audit_log") >= 3


def test_an_entry_rolled_back_leaves_the_chain_intact(db: Database) -> None:
    _write_entries(db, 3)
    with pytest.raises(RuntimeError), db.transaction():
        audit.record(db, actor="staff", action="create", table="person", record_id=9)
        raise RuntimeError("the change failed")
    _write_entries(db, 2, start=4)
    result = audit.verify(db)
    assert result.ok, result.message
    assert result.checked == 5
    assert [r[0] for r in db.query("SELECT id FROM audit_log ORDER BY id")] == [1, 2, 3, 4, 5]


def test_verify_an_intact_log(logged: Path) -> None:
    result = verify_file(logged)
    assert result.ok
    assert result.checked == ENTRIES
    assert result.problem is None and result.entry_id is None
    assert f"共 {ENTRIES} 条" in result.message


def test_verify_an_empty_log(db: Database) -> None:
    result = audit.verify(db)
    assert (result.ok, result.checked) == (True, 0)


# -- the triggers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET actor = 'nobody' WHERE id = 3",
    "UPDATE audit_log SET after = NULL",
    "DELETE FROM audit_log WHERE id = 3",
    "DELETE FROM audit_log",
])
def test_the_log_refuses_updates_and_deletes(logged: Path, statement: str) -> None:
    before = [tuple(r) for r in _rows(logged)]
    conn = sqlite3.connect(logged)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="只能追加"):
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    assert [tuple(r) for r in _rows(logged)] == before
    assert verify_file(logged).ok


@pytest.mark.parametrize("statement", [
    # No hash: not written by audit.record.
    "INSERT INTO audit_log (id, at, actor, action, table_name) VALUES (9, 'x', 'a', 'b', 'c')",
    # No id given: the next entry's id is part of its hash.
    "INSERT INTO audit_log (at, actor, action, table_name, prev_hash, hash)"
    " SELECT at, actor, action, table_name, prev_hash, hash FROM audit_log WHERE id = 8",
    # REPLACE would delete the old row without firing the delete trigger.
    "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE id = 2",
    # Linked to something other than the newest entry.
    f"INSERT INTO audit_log (id, at, actor, action, table_name, prev_hash, hash)"
    f" VALUES (9, 'x', 'a', 'b', 'c', '{GENESIS_HASH}', '{'a' * 64}')",
])
def test_the_log_refuses_appends_that_break_the_chain(logged: Path, statement: str) -> None:
    conn = sqlite3.connect(logged)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="按顺序追加"):
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    assert len(_rows(logged)) == ENTRIES
    assert verify_file(logged).ok


@pytest.mark.parametrize("statement", [
    "UPDATE audit_head SET last_id = 2",
    "UPDATE audit_head SET last_hash = 'x'",
    "DELETE FROM audit_head",
])
def test_the_head_cannot_be_moved_back_or_removed(logged: Path, statement: str) -> None:
    conn = sqlite3.connect(logged)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="链尾"):
            conn.execute(statement)
    finally:
        conn.close()


# -- tampering -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("column", "value"), [
    ("before", '{"name": "别人"}'),
    ("after", '{"name": "别人"}'),
    ("actor", "admin"),
    ("at", "2020-01-01T00:00:00"),
    ("action", "create"),
    ("record_id", 99),
    ("reason", "无"),
    ("table_name", "setting"),
])
def test_an_edited_entry_is_named(logged: Path, column: str, value: object) -> None:
    tamper(logged, f"UPDATE audit_log SET {column} = ? WHERE id = 5", params=(value,))
    result = verify_file(logged)
    assert not result.ok
    assert (result.problem, result.entry_id) == (audit.Problem.CHANGED, 5)
    assert "编号 5" in result.message and "改动" in result.message
    assert result.checked == 5


def test_an_edit_with_a_recomputed_hash_is_still_found(logged: Path) -> None:
    row = dict(_rows(logged)[3])  # id 4
    row["after"] = '{"name": "改过"}'
    tamper(logged, "UPDATE audit_log SET after = ?, hash = ? WHERE id = 4",
           params=(row["after"], entry_hash(row)))
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (False, audit.Problem.CHANGED, 4)


def test_an_edit_of_the_newest_entry_with_a_recomputed_hash_is_found(logged: Path) -> None:
    row = dict(_rows(logged)[-1])
    row["actor"] = "intruder"
    tamper(logged, "UPDATE audit_log SET actor = ?, hash = ? WHERE id = ?",
           params=(row["actor"], entry_hash(row), ENTRIES))
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (
        False, audit.Problem.CHANGED, ENTRIES)


def test_a_tampered_hash_is_named(logged: Path) -> None:
    tamper(logged, "UPDATE audit_log SET hash = ? WHERE id = 6", params=("f" * 64,))
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (False, audit.Problem.CHANGED, 6)


def test_a_tampered_link_is_named(logged: Path) -> None:
    tamper(logged, "UPDATE audit_log SET prev_hash = ? WHERE id = 6", params=("0" * 64,))
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (False, audit.Problem.CHANGED, 6)


@pytest.mark.parametrize(("deleted", "named"), [
    ("id = 4", 4),
    ("id IN (4, 5, 6)", 4),
    ("id = 1", 1),
    (f"id = {ENTRIES}", ENTRIES),
    (f"id >= {ENTRIES - 2}", ENTRIES - 2),
    ("1", 1),
])
def test_a_deleted_entry_is_named(logged: Path, deleted: str, named: int) -> None:
    tamper(logged, f"DELETE FROM audit_log WHERE {deleted}")
    result = verify_file(logged)
    assert not result.ok
    assert (result.problem, result.entry_id) == (audit.Problem.REMOVED, named)
    assert f"编号 {named}" in result.message and "删除" in result.message


def test_swapped_entries_are_reported_as_reordered(logged: Path) -> None:
    tamper(logged, "UPDATE audit_log SET id = -1 WHERE id = 3",
           "UPDATE audit_log SET id = 3 WHERE id = 4",
           "UPDATE audit_log SET id = 4 WHERE id = -1")
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (False, audit.Problem.REORDERED, 3)
    assert "编号 3" in result.message and "顺序" in result.message


def test_swapping_the_two_newest_entries_is_found(logged: Path) -> None:
    last = ENTRIES
    tamper(logged, f"UPDATE audit_log SET id = -1 WHERE id = {last}",
           f"UPDATE audit_log SET id = {last} WHERE id = {last - 1}",
           f"UPDATE audit_log SET id = {last - 1} WHERE id = -1")
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (
        False, audit.Problem.REORDERED, last - 1)


def test_a_forged_entry_appended_behind_the_softwares_back_is_found(logged: Path) -> None:
    last = dict(_rows(logged)[-1])
    forged = {**last, "id": ENTRIES + 1, "actor": "staff", "prev_hash": last["hash"]}
    forged["hash"] = entry_hash(forged)
    tamper(logged, f"INSERT INTO audit_log ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
           params=tuple(forged[c.strip()] for c in COLUMNS.split(",")))
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (
        False, audit.Problem.ADDED, ENTRIES + 1)


def test_dropped_triggers_alone_fail_verification(logged: Path) -> None:
    tamper(logged)
    result = verify_file(logged)
    assert (result.ok, result.problem, result.entry_id) == (
        False, audit.Problem.UNPROTECTED, None)
    assert result.checked == ENTRIES
    assert "audit_log_append_only_update" in result.message


def test_a_deleted_head_fails_verification(logged: Path) -> None:
    tamper(logged, "DELETE FROM audit_head")
    result = verify_file(logged)
    assert (result.ok, result.problem) == (False, audit.Problem.REMOVED)


def test_the_first_of_several_problems_is_named(logged: Path) -> None:
    tamper(logged, "UPDATE audit_log SET actor = 'x' WHERE id = 6",
           "DELETE FROM audit_log WHERE id = 3")
    result = verify_file(logged)
    assert (result.problem, result.entry_id) == (audit.Problem.REMOVED, 3)


# -- the migration ---------------------------------------------------------------------------------
V2_ENTRIES = [
    ("2024-05-01T09:00:00", "admin", "create", "user_account", 1, None,
     '{"role": "admin", "username": "admin"}', None),
    ("2024-05-01T09:05:00", "admin", "create", "person", 1, None,
     '{"id_number": "110105********002X", "name": "张三"}', None),
    ("2024-05-02T10:00:00", "staff", "archive", "person", 1, None, None, "迁出本街道"),
    ("2024-05-03T11:00:00", "staff", "update", "setting", None, '{"centre.name": ""}',
     '{"centre.name": "西长安街温馨家园"}', None),
]


def make_v2_database(path: Path, entries: Sequence[tuple[object, ...]]) -> None:
    """A file exactly as release 2 left it: migrations 1–2 and an unchained audit log."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("BEGIN")
        for migration in MIGRATIONS[:2]:
            migration(conn)
        conn.executemany(
            "INSERT INTO audit_log (at, actor, action, table_name, record_id, before, after,"
            " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entries)
        conn.execute("PRAGMA user_version=2")
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_migrating_a_v2_database_chains_its_existing_entries(db_path: Path) -> None:
    make_v2_database(db_path, V2_ENTRIES)
    with open_database(db_path) as database:
        assert database.schema_version == SCHEMA_VERSION
        result = audit.verify(database)
        assert result.ok, result.message
        assert result.checked == len(V2_ENTRIES)
        kept = [tuple(r) for r in database.query(
            "SELECT at, actor, action, table_name, record_id, before, after, reason"
            " FROM audit_log ORDER BY id")]
        assert kept == V2_ENTRIES
        with database.transaction():
            audit.record(database, actor="admin", action="update", table="person",
                         record_id=1, after={"name": "李四"})
        assert audit.verify(database).ok
    rows = _rows(db_path)
    assert rows[0]["prev_hash"] == GENESIS_HASH
    assert rows[-1]["prev_hash"] == rows[-2]["hash"]
    backups = list(db_path.parent.glob(f"{db_path.stem}.before-v{SCHEMA_VERSION}-*.db"))
    assert len(backups) == 1


def test_migrated_entries_are_protected_and_tampering_is_found(db_path: Path) -> None:
    make_v2_database(db_path, V2_ENTRIES)
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="只能追加"):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.close()
    tamper(db_path, "UPDATE audit_log SET actor = 'staff' WHERE id = 2")
    result = verify_file(db_path)
    assert (result.ok, result.problem, result.entry_id) == (False, audit.Problem.CHANGED, 2)


def test_migrating_a_v2_database_with_an_empty_log(db_path: Path) -> None:
    make_v2_database(db_path, [])
    with open_database(db_path) as database:
        assert audit.verify(database).ok
        _write_entries(database, 2)
        assert audit.verify(database).ok
    assert _rows(db_path)[0]["prev_hash"] == GENESIS_HASH


def test_a_v2_log_with_gaps_from_before_the_chain_still_verifies(db_path: Path) -> None:
    make_v2_database(db_path, V2_ENTRIES)
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM audit_log WHERE id = 2")  # no triggers in release 2
    conn.commit()
    conn.close()
    with open_database(db_path) as database:
        result = audit.verify(database)
    assert result.ok, result.message
    assert result.checked == len(V2_ENTRIES) - 1



def test_verify_reads_one_snapshot_while_another_writer_appends(logged: Path) -> None:
    with open_database(logged) as reader, open_database(logged) as writer:
        with reader.read_snapshot():
            before = reader.scalar("SELECT count(*) FROM audit_log")
            _write_entries(writer, 2, start=ENTRIES + 1)
            # Rows and head are read from the same state, so the head never runs ahead.
            assert reader.scalar("SELECT count(*) FROM audit_log") == before
            assert reader.scalar("SELECT last_id FROM audit_head") == ENTRIES
        assert not reader.in_transaction
        assert audit.verify(reader).checked == ENTRIES + 2


def test_verify_inside_a_transaction_joins_it(db: Database) -> None:
    _write_entries(db, 2)
    with db.transaction():
        audit.record(db, actor="admin", action="create", table="person", record_id=3)
        result = audit.verify(db)
        assert db.in_transaction
    assert (result.ok, result.checked) == (True, 3)
