"""Refusing a file leaves its folder as it was; a damaged rollback-journal file is not rewritten."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.models.db import SCHEMA_VERSION, DatabaseError, open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_refused_newer_file_leaves_no_wal_or_shm(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    digest = _digest(path)
    with pytest.raises(DatabaseError, match="更新版本"):
        open_database(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert _digest(path) == digest


def test_damaged_rollback_journal_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    db = open_database(path)
    with db.transaction():
        for n in range(300):
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{n}", "x" * 200))
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'setting'"
                            ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))
    digest = _digest(path)
    with pytest.raises(DatabaseError, match="已损坏"):
        open_database(path)
    assert _digest(path) == digest
