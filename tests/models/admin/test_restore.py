"""Restore on real files: data replaced, the current data saved first, every bad file refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.models.admin import backup, backup_crypto
from desktop.models.admin.backup import (
    BackupError,
    WrongPassphraseError,
    list_backups,
    make_backup,
)
from desktop.models.admin.backup_restore import RestoreError, restore
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.db import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Database,
    open_database,
)
from desktop.models.migrations import MIGRATIONS
from desktop.models.people import people
from tests.backup_helpers import (
    CODE,
    PASSPHRASE,
    add_member,
    damage_index,
    fingerprint,
    leftovers,
    make_centre_db,
    newer_version_copy,
    other_app_db,
    person_count,
    person_count_live,
    truncated_copy,
)
from tests.conftest import ADMIN, STAFF, count_rows

NOW = datetime(2024, 6, 1, 9, 30, 0)


def test_restore_replaces_data_and_backs_up_the_current_first(
        centre_db: Database, db_path: Path, tmp_path: Path) -> None:
    saved = make_backup(centre_db, actor=STAFF, now=NOW).path
    add_member(centre_db, 10)  # made after the backup: restoring removes it …
    people.archive_person(centre_db, 1, "搬家", actor=STAFF)

    result = restore(centre_db, saved, actor=ADMIN, now=NOW + timedelta(hours=1))

    # … but the safety copy taken first still has it.
    assert result.db_path == db_path and result.source == saved
    assert result.safety_backup == db_path.parent / "backups" / \
        f"{CODE}_20240601-103000_before-restore.db"
    assert person_count(result.safety_backup) == 4
    assert result.counts["people"] == 3 and result.schema_version == SCHEMA_VERSION
    with pytest.raises(sqlite3.ProgrammingError):  # the Database passed in was handed over
        centre_db.scalar("SELECT 1")
    assert not db_path.with_name(db_path.name + "-wal").exists()
    with open_database(result.db_path) as reopened:
        assert reopened.scalar("SELECT count(*) FROM person") == 3
        assert reopened.scalar("SELECT archived_at FROM person WHERE id = 1") is None
        entry = reopened.query_one("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")
        assert entry is not None
        assert (entry["action"], entry["actor"], entry["table_name"]) == \
            ("restore", "admin", "database")
        assert json.loads(entry["after"])["file"] == str(saved)
        assert reopened.integrity_problems() == []
    assert leftovers(tmp_path) == []
    # The safety copy is listed, marked, and never thinned.
    listed = {e.path: e for e in list_backups(db_path.parent / "backups")}
    assert listed[result.safety_backup].before_restore


def test_restore_by_path_from_an_encrypted_backup(encrypted_db: Database, db_path: Path) -> None:
    saved = make_backup(encrypted_db, actor=STAFF, now=NOW)
    assert saved.encrypted_copy is not None
    add_member(encrypted_db, 10)
    encrypted_db.close()

    result = restore(db_path, saved.encrypted_copy, actor=ADMIN, passphrase=PASSPHRASE,
                     now=NOW + timedelta(hours=1))

    assert person_count(db_path) == 3
    assert result.safety_backup is not None and person_count(result.safety_backup) == 4


def test_restore_onto_a_new_pc(encrypted_db: Database, tmp_path: Path) -> None:
    # The old PC is gone: only the USB stick and the passphrase are left.
    saved = make_backup(encrypted_db, actor=STAFF, now=NOW).encrypted_copy
    assert saved is not None
    new_db = tmp_path / "new-pc" / "data" / "warmhome.db"
    result = restore(new_db, saved, actor=ADMIN, passphrase=PASSPHRASE)
    assert result.safety_backup is None
    with open_database(new_db) as reopened:
        assert reopened.scalar("SELECT count(*) FROM person") == 3


def test_restore_of_an_older_schema_migrates_it(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / f"{CODE}_20200101-090000.db"
    conn = sqlite3.connect(old, isolation_level=None)
    try:
        MIGRATIONS[0](conn)
        conn.execute("PRAGMA user_version = 1")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        conn.close()
    make_centre_db(db_path)
    result = restore(db_path, old, actor=ADMIN)
    assert result.schema_version == 1
    with open_database(db_path) as reopened:
        assert reopened.schema_version == SCHEMA_VERSION
        assert reopened.scalar("SELECT action FROM audit_log") == "restore"


def test_staff_may_not_restore(centre_db: Database, db_path: Path) -> None:
    saved = make_backup(centre_db, actor=STAFF, now=NOW).path
    before = fingerprint(db_path)
    with pytest.raises(PermissionDenied, match="恢复备份"):
        restore(centre_db, saved, actor=STAFF)
    assert fingerprint(db_path) == before
    assert centre_db.scalar("SELECT count(*) FROM person") == 3  # still open



def _plain_backup(folder: Path, db: Database) -> Path:
    return make_backup(db, folder / "made", actor=STAFF, now=NOW).path


def _encrypted_backup(db: Database) -> Path:
    copy = make_backup(db, actor=STAFF, now=NOW - timedelta(days=1)).encrypted_copy
    assert copy is not None
    return copy


def _tampered(path: Path, target: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[backup_crypto.HEADER_SIZE + 100] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def _empty(target: Path) -> Path:
    target.write_bytes(b"")
    return target


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _big_backup(folder: Path, db: Database) -> Path:
    for seq in range(10, 40):
        add_member(db, seq)  # enough rows that the damaged index page holds some
    return _plain_backup(folder, db)


# name → (how to build the bad file from (tmp folder, database), passphrase, message)
REFUSALS: dict[str, tuple[Callable[[Path, Database], Path], str | None, str]] = {
    "text file": (lambda f, d: _write(f / "notes.txt", "这不是备份".encode()), None,
                  "不是本软件的备份文件"),
    "empty file": (lambda f, d: _empty(f / "empty.db"), None, "不是本软件的备份文件"),
    "other app": (lambda f, d: other_app_db(f / "photos.db"), None, "不是本软件的备份文件"),
    "truncated": (lambda f, d: truncated_copy(_plain_backup(f, d), f / "cut.db"), None,
                  "不完整"),
    "damaged": (lambda f, d: damage_index(_big_backup(f, d)), None, "已损坏"),
    "newer version": (lambda f, d: newer_version_copy(_plain_backup(f, d), f / "new.db"), None,
                      "更新版本"),
    "wrong passphrase": (lambda f, d: _encrypted_backup(d), "another passphrase", "口令不正确"),
    "no passphrase": (lambda f, d: _encrypted_backup(d), None, "请输入口令"),
    "truncated encrypted": (lambda f, d: truncated_copy(_encrypted_backup(d), f / "cut.whbak",
                                                        0.9), PASSPHRASE, "不完整"),
    "header only": (lambda f, d: truncated_copy(_encrypted_backup(d), f / "head.whbak",
                                                0.0001), PASSPHRASE, "不完整"),
    "tampered encrypted": (lambda f, d: _tampered(_encrypted_backup(d), f / "bad.whbak"),
                           PASSPHRASE, "已损坏或被改动"),
    "missing file": (lambda f, d: f / "nowhere.db", None, "找不到"),
    "the database itself": (lambda f, d: d.path, None, "就是当前数据库"),
}



@pytest.fixture
def refusal_setup(encrypted_db: Database, tmp_path: Path) -> tuple[Database, Path]:
    """The database (second folder encrypted) and a folder for the bad files."""
    folder = tmp_path / "files"
    folder.mkdir()
    return encrypted_db, folder


@pytest.mark.parametrize("case", list(REFUSALS))
def test_every_bad_file_is_refused_and_the_database_is_untouched(
        refusal_setup: tuple[Database, Path], db_path: Path, tmp_path: Path,
        case: str) -> None:
    database, folder = refusal_setup
    build, passphrase, message = REFUSALS[case]
    bad = build(folder, database)
    backups_before = sorted((db_path.parent / "backups").glob("*")) \
        if (db_path.parent / "backups").exists() else []
    before = fingerprint(db_path)
    rows = count_rows(database)

    with pytest.raises(BackupError) as caught:
        restore(database, bad, actor=ADMIN, passphrase=passphrase)

    text = caught.value.message
    assert message in text and bad.name in text and "\n" not in text
    assert not isinstance(caught.value, RestoreError) or caught.value.reopen_path is None
    assert isinstance(caught.value, WrongPassphraseError) == (case in (
        "wrong passphrase", "no passphrase"))
    assert fingerprint(db_path) == before
    assert count_rows(database) == rows  # still open and usable
    after = sorted((db_path.parent / "backups").glob("*")) \
        if (db_path.parent / "backups").exists() else []
    assert after == backups_before  # no safety copy for a refused restore
    assert leftovers(tmp_path) == []


def test_check_passphrase(encrypted_db: Database) -> None:
    copy = _encrypted_backup(encrypted_db)
    backup.check_passphrase(copy, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        backup.check_passphrase(copy, PASSPHRASE + "x")


def test_restore_refused_while_another_program_has_the_database_open(
        centre_db: Database, db_path: Path) -> None:
    saved = make_backup(centre_db, actor=STAFF, now=NOW).path
    centre_db.close()
    other = open_database(db_path)  # e.g. the app still running
    try:
        add_member(other, 10)
        before = person_count_live(other)
        with pytest.raises(RestoreError, match="仍被其他程序打开") as caught:
            restore(db_path, saved, actor=ADMIN, now=NOW + timedelta(hours=1))
        assert caught.value.reopen_path is None
        assert person_count_live(other) == before  # its data untouched
    finally:
        other.close()
    with open_database(db_path) as reopened:
        assert reopened.scalar("SELECT count(*) FROM person") == 4


def test_restore_failing_after_the_handover_says_to_reopen(centre_db: Database,
                                                          db_path: Path) -> None:
    saved = make_backup(centre_db, actor=STAFF, now=NOW).path
    other = open_database(db_path)  # a second window or program on the same file
    try:
        with pytest.raises(RestoreError) as caught:
            restore(centre_db, saved, actor=ADMIN, now=NOW + timedelta(hours=1))
        assert caught.value.reopen_path == db_path
        assert person_count_live(other) == 3
    finally:
        other.close()


def test_restore_copies_without_touching_the_source(centre_db: Database,
                                                    tmp_path: Path) -> None:
    saved = make_backup(centre_db, actor=STAFF, now=NOW).path
    keep = tmp_path / "keep.db"
    shutil.copyfile(saved, keep)
    restore(centre_db, saved, actor=ADMIN, now=NOW + timedelta(hours=1))
    assert saved.read_bytes() == keep.read_bytes()
