"""Backups on real files: snapshots under WAL, verification, retention, the encrypted second
folder, settings, listing and the automatic backups. Restore is in test_restore.py."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.models.admin import backup, backup_crypto
from desktop.models.admin.backup import (
    BackupError,
    Retention,
    list_backups,
    make_backup,
)
from desktop.models.admin.backup_files import BackupName, parse_backup_name, select_kept
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import (
    SCHEMA_VERSION,
    Database,
    inspect_snapshot,
    open_database,
)
from desktop.models.errors import ValidationError
from tests.backup_helpers import (
    CODE,
    PASSPHRASE,
    add_member,
    damage_index,
    fill_centre,
    leftovers,
    person_count,
)
from tests.conftest import ADMIN, STAFF, count_rows
from tests.disk_helpers import MakeReadOnly

NOW = datetime(2024, 6, 1, 9, 30, 0)


# -- making a backup ----------------------------------------------------------------------------
def test_backup_is_named_verified_and_self_contained(centre_db: Database) -> None:
    result = make_backup(centre_db, actor=STAFF, now=NOW)

    folder = centre_db.path.parent / "backups"
    assert result.path == folder / f"{CODE}_20240601-093000.db"
    assert result.warnings == [] and result.deleted == [] and result.encrypted_copy is None
    info = inspect_snapshot(result.path, check_integrity=True)
    assert info.problems == []
    assert info.counts == {"people": 3, "members": 3, "volunteers": 1,
                           "audit_entries": count_rows(centre_db)["audit_log"]}
    assert info.schema_version == SCHEMA_VERSION and info.centre_code == CODE
    # A rollback-journal file (header bytes 18/19 = 1), so reading it creates no -wal/-shm.
    assert result.path.read_bytes()[18:20] == b"\x01\x01"
    list_backups(folder)
    assert sorted(p.name for p in folder.iterdir()) == [result.path.name]


def test_snapshot_under_wal_has_committed_and_not_uncommitted_writes(
        centre_db: Database, db_path: Path) -> None:
    other = open_database(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)  # another program, mid-write
    try:
        add_member(other, 10)  # committed by another connection, still only in the WAL
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO setting (key, value) VALUES ('uncommitted', 'x')")

        result = make_backup(centre_db, actor=STAFF, now=NOW)

        writer.execute("ROLLBACK")
    finally:
        writer.close()
        other.close()
    assert person_count(result.path) == 4
    conn = sqlite3.connect(result.path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM setting WHERE key = 'uncommitted'"
                            ).fetchone()[0] == 0
    finally:
        conn.close()


def test_backup_refused_in_the_middle_of_a_change(centre_db: Database) -> None:
    with pytest.raises(BackupError, match="正在保存"), centre_db.transaction():
        add_member(centre_db, 10)
        make_backup(centre_db, actor=STAFF, now=NOW)
    assert not (centre_db.path.parent / "backups").exists() or \
        not list((centre_db.path.parent / "backups").iterdir())


def test_backup_that_fails_verification_is_removed_and_nothing_is_thinned(
        db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as database:
        fill_centre(database, people_count=30)
        kept = make_backup(database, actor=STAFF, now=NOW - timedelta(days=1)).path
    # An older backup of the same day: a successful backup now would thin it.
    thinnable = kept.with_name(f"{CODE}_20240531-083000.db")
    shutil.copyfile(kept, thinnable)
    old = [kept, thinnable]
    damage_index(db_path)  # the live file itself is damaged; a copy of it must be refused
    with open_database(db_path) as damaged, \
            pytest.raises(BackupError, match="校验未通过") as caught:
        make_backup(damaged, actor=STAFF, now=NOW)
    assert "\n" not in caught.value.message
    folder = db_path.parent / "backups"
    assert sorted(folder.iterdir()) == sorted(old)  # the older ones were not thinned
    assert leftovers(tmp_path) == []


def test_staff_may_back_up_but_not_kiosk(centre_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        make_backup(centre_db, actor=Actor("kiosk", Role.KIOSK), now=NOW)
    assert make_backup(centre_db, actor=STAFF, now=NOW).path.exists()


def test_two_backups_in_one_second_get_distinct_names(centre_db: Database) -> None:
    first = make_backup(centre_db, actor=STAFF, now=NOW).path
    second = make_backup(centre_db, actor=STAFF, now=NOW)
    assert (first.name, second.path.name) == (f"{CODE}_20240601-093000.db",
                                              f"{CODE}_20240601-093000-2.db")
    # Both are kept today (a morning copy must survive a later backup); from tomorrow on
    # only the later one is the day's backup.
    assert second.deleted == []
    assert {e.path for e in list_backups(first.parent)} == {first, second.path}
    later = make_backup(centre_db, actor=STAFF, now=NOW + timedelta(days=1))
    assert first in later.deleted and second.path not in later.deleted


def test_backup_to_another_folder(centre_db: Database, tmp_path: Path) -> None:
    result = make_backup(centre_db, tmp_path / "elsewhere" / "nested", actor=STAFF, now=NOW)
    assert result.path.parent == tmp_path / "elsewhere" / "nested"
    assert person_count(result.path) == 3


def test_backup_into_a_file_path_is_a_clear_error(centre_db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="not-a-folder"):
        make_backup(centre_db, blocker / "sub", actor=STAFF, now=NOW)


def test_stale_partial_files_of_ours_are_cleaned_up(centre_db: Database) -> None:
    folder = centre_db.path.parent / "backups"
    folder.mkdir()
    stale = folder / f".{CODE}_20240101-090000.db.0123abcd.partial"
    stale.write_bytes(b"half")
    foreign = folder / ".my-notes.partial"
    foreign.write_bytes(b"keep")
    os.utime(stale, (0, 0))
    os.utime(foreign, (0, 0))
    make_backup(centre_db, actor=STAFF, now=NOW)
    assert not stale.exists() and foreign.exists()


# -- retention ----------------------------------------------------------------------------------
def test_retention_over_half_a_year_keeps_exactly_the_expected_files(
        centre_db: Database) -> None:
    # A backup every morning from 1 January to 30 June 2024, and on Sundays one more in the
    # afternoon; thinning runs after every backup, as it does in use.
    folder = centre_db.path.parent / "backups"
    day = date(2024, 1, 1)
    made = 0
    while day <= date(2024, 6, 30):
        times = [datetime.combine(day, datetime.min.time()) + timedelta(hours=9)]
        if day.isoweekday() == 7:
            times.append(times[0] + timedelta(hours=8))
        for when in times:
            result = make_backup(centre_db, actor=STAFF, now=when)
            made += 1
            names = {p.name for p in folder.iterdir()}
            assert result.path.name in names  # the newest good backup is never deleted
            assert len(names) <= 1 + 7 + 8 + 12
        day += timedelta(days=1)

    def name(stamp: str) -> str:
        return f"{CODE}_2024{stamp}.db"

    # 30 June 2024 is a Sunday, the last day of ISO week 26.
    # Today (30 June) keeps both of its backups; earlier days keep their newest.
    daily = [name(f"06{d:02d}-090000") for d in range(24, 30)] + [name("0630-090000"),
                                                                   name("0630-170000")]
    weekly = [name(f"{md}-170000") for md in ("0623", "0616", "0609", "0602", "0526",
                                              "0519", "0512")]  # ISO weeks 25 … 19
    monthly = [name("0531-090000"), name("0430-090000"), name("0331-170000"),  # a Sunday
               name("0229-090000"), name("0131-090000")]
    assert made == 182 + 26
    assert sorted(p.name for p in folder.iterdir()) == sorted(daily + weekly + monthly)


def test_retention_numbers_come_from_the_settings(centre_db: Database) -> None:
    backup.save_backup_settings(centre_db, actor=ADMIN,
                                retention=Retention(daily=2, weekly=0, monthly=0))
    for days_ago in (5, 4, 3, 2, 1, 0):
        result = make_backup(centre_db, actor=STAFF, now=NOW - timedelta(days=days_ago))
    folder = result.path.parent
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{CODE}_20240531-093000.db", f"{CODE}_20240601-093000.db"]
    assert backup.load_backup_settings(centre_db).retention == Retention(2, 0, 0)


def test_only_our_own_backup_names_are_ever_deleted(centre_db: Database) -> None:
    folder = centre_db.path.parent / "backups"
    folder.mkdir()
    others = ["notes.db", f"{CODE}_copy.db", f"{CODE}_20230101-090000.db.bak",
              "XC-02_20230101-090000.db",  # another centre sharing the folder
              f"{CODE}_20230101-090000_before-restore.db", "readme.txt"]
    for other in others:
        (folder / other).write_bytes(b"someone's file")
    (folder / "subfolder").mkdir()
    old_ours = folder / f"{CODE}_20230101-090000.db"
    old_ours.write_bytes(b"an old backup of ours")

    result = make_backup(centre_db, actor=STAFF, now=NOW)

    assert result.deleted == [old_ours]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*others, "subfolder", result.path.name])


def test_select_kept_keeps_future_dated_and_safety_copies() -> None:
    def entry(stamp: str, suffix: str = "") -> tuple[Path, BackupName]:
        path = Path(f"{CODE}_{stamp}{suffix}.db")
        parsed = parse_backup_name(path.name)
        assert parsed is not None
        return path, parsed

    items = [entry("20240531-080000"), entry("20240531-070000"),
             entry("20300101-000000"),  # written while the clock was wrong
             entry("20200101-000000", "_before-restore"), entry("20200101-000000")]
    # NOW is 1 June: both 31 May backups fall on an earlier day, so only the newer is kept.
    kept = select_kept(items, NOW, Retention(daily=2, weekly=0, monthly=0))
    assert {p.name for p in kept} == {f"{CODE}_20240531-080000.db",
                                      f"{CODE}_20300101-000000.db",
                                      f"{CODE}_20200101-000000_before-restore.db"}


# -- the second folder, encrypted ---------------------------------------------------------------
def test_second_folder_gets_an_encrypted_copy_that_round_trips(
        encrypted_db: Database, usb: Path, tmp_path: Path) -> None:
    result = make_backup(encrypted_db, actor=STAFF, now=NOW)

    assert result.warnings == []
    assert result.encrypted_copy == usb / f"{CODE}_20240601-093000.whbak"
    data = result.encrypted_copy.read_bytes()
    assert data.startswith(backup_crypto.MAGIC)
    assert int.from_bytes(data[8:10], "big") == backup_crypto.FORMAT_VERSION
    plain = result.path.read_bytes()
    assert len(data) == backup_crypto.HEADER_SIZE + len(plain) + backup_crypto.TAG_SIZE
    assert b"SQLite format 3" not in data and "会员0".encode() not in data

    out = tmp_path / "decrypted.db"
    backup_crypto.decrypt_file(result.encrypted_copy, out, PASSPHRASE)
    assert out.read_bytes() == plain


def test_encryption_streams_large_files_and_detects_any_change(tmp_path: Path) -> None:
    plain = tmp_path / "big.db"
    plain.write_bytes(os.urandom(2 * 1024 * 1024 + 12345))  # spans several 1 MB chunks
    key = backup_crypto.derive_key(PASSPHRASE)
    encrypted = tmp_path / "big.whbak"
    backup_crypto.encrypt_file(plain, encrypted, key)
    backup_crypto.verify_encrypted(encrypted, key)
    out = tmp_path / "out.db"
    backup_crypto.decrypt_file(encrypted, out, PASSPHRASE)
    assert out.read_bytes() == plain.read_bytes()
    out.unlink()

    data = bytearray(encrypted.read_bytes())
    for offset in (12, len(data) - 1):  # a header field (scrypt r), the tag
        changed = bytearray(data)
        changed[offset] ^= 0x01
        encrypted.write_bytes(bytes(changed))
        with pytest.raises(BackupError):
            backup_crypto.decrypt_file(encrypted, out, PASSPHRASE)
        assert not out.exists()  # no unauthenticated plaintext left behind


def test_key_is_stored_but_never_the_passphrase(encrypted_db: Database) -> None:
    stored = {r["key"]: r["value"] for r in encrypted_db.query("SELECT key, value FROM setting")}
    assert json.loads(stored["backup.encryption_key"])["key"]
    everything = json.dumps(stored, ensure_ascii=False) + json.dumps(
        [dict(r) for r in encrypted_db.query("SELECT * FROM audit_log")], ensure_ascii=False)
    assert PASSPHRASE not in everything
    last = encrypted_db.query("SELECT after FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert json.loads(last["after"])["backup.passphrase"] == "已更改"


def test_missing_second_folder_is_a_warning_not_a_failure(encrypted_db: Database,
                                                          usb: Path) -> None:
    usb.rmdir()  # the stick was unplugged
    result = make_backup(encrypted_db, actor=STAFF, now=NOW)
    assert result.path.exists() and result.encrypted_copy is None
    assert len(result.warnings) == 1 and str(usb) in result.warnings[0]
    assert not usb.exists()  # never created on the local disk in its place


@pytest.fixture
def unwritable_folder(tmp_path: Path, make_read_only: MakeReadOnly) -> Path:
    """A folder that exists but refuses new files, like a write-protected USB stick."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    make_read_only(folder)
    return folder


def test_unwritable_second_folder_is_a_warning(centre_db: Database,
                                               unwritable_folder: Path) -> None:
    backup.save_backup_settings(centre_db, actor=ADMIN, second_folder=str(unwritable_folder),
                                passphrase=PASSPHRASE)
    result = make_backup(centre_db, actor=STAFF, now=NOW)
    assert result.path.exists() and result.encrypted_copy is None
    assert "无法写入第二备份位置" in result.warnings[0]
    assert str(unwritable_folder) in result.warnings[0]
    assert list(unwritable_folder.iterdir()) == []


def test_second_folder_without_passphrase_gets_nothing(centre_db: Database, usb: Path) -> None:
    backup.save_backup_settings(centre_db, actor=ADMIN, second_folder=str(usb))
    result = make_backup(centre_db, actor=STAFF, now=NOW)
    assert result.encrypted_copy is None and "未设置加密口令" in result.warnings[0]
    assert list(usb.iterdir()) == []  # never a plain copy on a stick


def test_second_folder_is_thinned_too(encrypted_db: Database, usb: Path) -> None:
    backup.save_backup_settings(encrypted_db, actor=ADMIN,
                                retention=Retention(daily=1, weekly=0, monthly=0))
    for days_ago in (2, 1, 0):
        make_backup(encrypted_db, actor=STAFF, now=NOW - timedelta(days=days_ago))
    assert [p.name for p in usb.iterdir()] == [f"{CODE}_20240601-093000.whbak"]


# -- settings -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("kwargs", "field"), [
    ({"passphrase": "short"}, "passphrase"),
    ({"second_folder": "relative/folder"}, "second_folder"),
    ({"retention": Retention(daily=0)}, "daily"),
    ({"retention": Retention(monthly=500)}, "monthly"),
])
def test_bad_backup_settings_are_refused_and_nothing_written(
        centre_db: Database, kwargs: dict[str, object], field: str) -> None:
    before = count_rows(centre_db)
    with pytest.raises(ValidationError) as caught:
        backup.save_backup_settings(centre_db, actor=ADMIN, **kwargs)  # type: ignore[arg-type]
    assert set(caught.value.fields) == {field}
    assert count_rows(centre_db) == before


def test_second_folder_may_not_be_the_primary_folder(centre_db: Database) -> None:
    primary = centre_db.path.parent / "backups"
    with pytest.raises(ValidationError, match="相同"):
        backup.save_backup_settings(centre_db, actor=ADMIN, second_folder=str(primary))


def test_only_admin_changes_backup_settings(centre_db: Database, usb: Path) -> None:
    before = count_rows(centre_db)
    with pytest.raises(PermissionDenied):
        backup.save_backup_settings(centre_db, actor=STAFF, second_folder=str(usb),
                                    passphrase=PASSPHRASE)
    assert count_rows(centre_db) == before


def test_settings_default_and_clear(encrypted_db: Database, usb: Path) -> None:
    settings = backup.load_backup_settings(encrypted_db)
    assert settings.retention == Retention(7, 8, 12)
    assert settings.second_folder == str(usb) and settings.has_passphrase
    assert backup.backup_folders(encrypted_db)[1] == usb
    backup.save_backup_settings(encrypted_db, actor=ADMIN, second_folder="")
    assert backup.backup_folders(encrypted_db) == [encrypted_db.path.parent / "backups"]


# -- listing and status -------------------------------------------------------------------------
def test_list_backups_shows_counts_and_flags(encrypted_db: Database, usb: Path,
                                             tmp_path: Path) -> None:
    older = make_backup(encrypted_db, actor=STAFF, now=NOW - timedelta(days=1))
    add_member(encrypted_db, 10)
    newer = make_backup(encrypted_db, actor=STAFF, now=NOW)
    (usb / "holiday.jpg").write_bytes(b"not ours")
    damaged = encrypted_db.path.parent / "backups" / f"{CODE}_20240501-090000.db"
    damaged.write_bytes(b"garbage")

    entries = list_backups([*backup.backup_folders(encrypted_db), tmp_path / "missing"])

    assert [e.path for e in entries] == [newer.path, newer.encrypted_copy, older.path,
                                         older.encrypted_copy, damaged]
    first = entries[0]
    assert first.created == NOW and first.size == newer.path.stat().st_size
    assert not first.encrypted and first.centre_code == CODE
    assert first.counts == {"people": 4, "members": 4, "volunteers": 1,
                            "audit_entries": count_rows(encrypted_db)["audit_log"]}
    assert entries[2].counts is not None and entries[2].counts["people"] == 3
    assert entries[1].encrypted and entries[1].counts is None and entries[1].problem == ""
    assert entries[4].counts is None and "不是本软件的备份文件" in entries[4].problem


def test_last_good_backup_due_and_stale(centre_db: Database) -> None:
    assert backup.last_good_backup(centre_db, now=NOW) is None
    assert backup.is_backup_due(centre_db, NOW)
    assert backup.is_backup_stale(None, NOW)
    make_backup(centre_db, actor=STAFF, now=NOW)
    folder = centre_db.path.parent / "backups"
    # Neither a safety copy nor a file from a wrong clock counts as the last good backup.
    (folder / f"{CODE}_20240601-120000_before-restore.db").write_bytes(b"x")
    (folder / f"{CODE}_20300101-000000.db").write_bytes(b"x")
    assert backup.last_good_backup(centre_db, now=NOW + timedelta(hours=1)) == NOW
    assert not backup.is_backup_due(centre_db, NOW + timedelta(hours=23, minutes=59))
    assert backup.is_backup_due(centre_db, NOW + timedelta(hours=24))
    assert not backup.is_backup_stale(NOW, NOW + timedelta(days=7))
    assert backup.is_backup_stale(NOW, NOW + timedelta(days=7, seconds=1))


# -- automatic backups --------------------------------------------------------------------------
def test_backup_on_start_only_when_the_newest_is_a_day_old(centre_db: Database) -> None:
    first = backup.backup_on_start(centre_db, now=NOW)
    assert first is not None and first.path.exists()
    assert backup.backup_on_start(centre_db, now=NOW + timedelta(hours=23)) is None
    again = backup.backup_on_start(centre_db, now=NOW + timedelta(hours=24))
    assert again is not None and again.path != first.path


def test_backup_on_exit_only_when_something_changed(centre_db: Database,
                                                    db_path: Path) -> None:
    marker = backup.change_marker(centre_db)
    centre_db.query("SELECT * FROM person")  # reading is not a change
    assert backup.backup_on_exit(centre_db, marker, now=NOW) is None

    add_member(centre_db, 10)  # our own connection
    result = backup.backup_on_exit(centre_db, marker, now=NOW)
    assert result is not None and person_count(result.path) == 4

    marker = backup.change_marker(centre_db)
    with open_database(db_path) as other:  # e.g. the CLI while the app is open
        add_member(other, 11)
    assert backup.changed_since(centre_db, marker)
    later = backup.backup_on_exit(centre_db, marker, now=NOW + timedelta(minutes=5))
    assert later is not None and person_count(later.path) == 5
