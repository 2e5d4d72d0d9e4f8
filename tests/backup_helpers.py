"""Real files for the backup tests: a centre's database, and bad backup files of every kind."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.db import SCHEMA_VERSION, Database, inspect_snapshot, open_database
from desktop.models.people import people
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input

CODE = "XC-01"
PASSPHRASE = "温馨家园 backup 2024"


def fill_centre(db: Database, people_count: int = 3) -> None:
    """Give ``db`` a centre profile (code XC-01) and some members, one also a volunteer."""
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code=CODE), actor=ADMIN)
    for n in range(people_count):
        people.create_person(db, make_person_input(
            name=f"会员{n}", id_number=make_id_number(seq=n), card_number=f"WH{n:04d}",
            is_volunteer=n == 0, volunteer_number="V0001" if n == 0 else ""), actor=STAFF)


def make_centre_db(path: Path, people_count: int = 3) -> Path:
    """A closed database file with a profile and ``people_count`` members."""
    with open_database(path) as db:
        fill_centre(db, people_count)
    return path


def add_member(db: Database, seq: int) -> int:
    """Register one more member (seq 10–49 keeps identifiers apart from fill_centre's)."""
    return people.create_person(db, make_person_input(
        name=f"新会员{seq}", id_number=make_id_number(seq=seq), card_number=f"NEW{seq}"),
        actor=STAFF)


def fingerprint(db_path: Path) -> dict[str, str | None]:
    """SHA-256 of the database file and its -wal (None when absent): proves nothing changed."""
    found: dict[str, str | None] = {}
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest() \
            if path.exists() else None
    return found


def damage_index(path: Path) -> Path:
    """Overwrite half of the person_name_sort index's root page: integrity_check fails,
    yet the file still opens (the header and schema are intact)."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'person_name_sort'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + page_size // 2:start + page_size] = b"\x5a" * (page_size // 2)
    path.write_bytes(bytes(data))
    return path


def newer_version_copy(source: Path, target: Path) -> Path:
    """A copy of a backup that claims to come from a newer release."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    finally:
        conn.close()
    return target


def truncated_copy(source: Path, target: Path, keep: float = 0.5) -> Path:
    """The first ``keep`` share of a file, as a copy cut short would leave it."""
    data = source.read_bytes()
    target.write_bytes(data[:int(len(data) * keep)])
    return target


def other_app_db(target: Path) -> Path:
    """Another program's SQLite database."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    finally:
        conn.close()
    return target


def person_count(path: Path) -> int:
    """People in the database file at ``path``, read through the read-only gateway."""
    return inspect_snapshot(path, check_integrity=False).counts["people"]


def person_count_live(db: Database) -> int:
    """People in an open database."""
    return int(db.scalar("SELECT count(*) FROM person"))


def leftovers(folder: Path) -> list[str]:
    """Temporary files a backup or restore should never leave behind."""
    return sorted(p.name for p in folder.rglob("*")
                  if ".partial" in p.name or ".restoring" in p.name)
