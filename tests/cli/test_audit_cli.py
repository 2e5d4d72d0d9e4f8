"""`warmhome audit verify` as district staff schedule it: a subprocess on a real file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.models.db import open_database
from desktop.models.people import people
from tests.cli.conftest import Run, one_line_error
from tests.conftest import STAFF, make_id_number, make_person_input


@pytest.fixture
def logged(tmp_path: Path) -> Path:
    """A database with five people registered, one of them archived (6 audit entries)."""
    path = tmp_path / "centre.db"
    with open_database(path) as db:
        for seq in range(1, 6):
            people.create_person(db, make_person_input(
                name=f"会员{seq}", id_number=make_id_number(seq=seq),
                card_number=f"WH{seq:06d}"), actor=STAFF)
        people.archive_person(db, 3, "迁出本街道", actor=STAFF)
    return path


def tamper(path: Path, *statements: str) -> None:
    """Drop the audit triggers with plain sqlite3 and edit the log."""
    conn = sqlite3.connect(path)
    try:
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_an_intact_log_passes(run: Run, logged: Path) -> None:
    result = run("audit", "verify", "--db", logged)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["操作日志完整：共 6 条记录，哈希链校验通过"]
    assert result.stderr == ""


def test_db_may_come_before_the_subcommand(run: Run, logged: Path) -> None:
    result = run("--db", logged, "audit", "verify")
    assert result.returncode == 0, result.stderr


def test_a_new_database_has_an_intact_empty_log(run: Run, tmp_path: Path) -> None:
    open_database(tmp_path / "new.db").close()
    result = run("audit", "verify", "--db", tmp_path / "new.db")
    assert result.returncode == 0, result.stderr
    assert "共 0 条" in result.stdout


@pytest.mark.parametrize(("statements", "named", "what"), [
    (["UPDATE audit_log SET after = '{\"name\": \"别人\"}' WHERE id = 2"], "编号 2", "改动"),
    (["UPDATE audit_log SET actor = 'admin' WHERE id = 4"], "编号 4", "改动"),
    (["DELETE FROM audit_log WHERE id = 3"], "编号 3", "删除"),
    (["DELETE FROM audit_log WHERE id = 6"], "编号 6", "删除"),
    (["UPDATE audit_log SET id = -1 WHERE id = 2", "UPDATE audit_log SET id = 2 WHERE id = 3",
      "UPDATE audit_log SET id = 3 WHERE id = -1"], "编号 2", "顺序"),
    (["UPDATE audit_log SET hash = 'x' WHERE id = 5"], "编号 5", "改动"),
], ids=["edited-after", "edited-actor", "deleted", "deleted-newest", "swapped", "hash"])
def test_a_tampered_log_fails_naming_the_first_entry(run: Run, logged: Path,
                                                     statements: list[str], named: str,
                                                     what: str) -> None:
    tamper(logged, *statements)
    result = run("audit", "verify", "--db", logged)
    line = one_line_error(result)
    assert result.returncode == 3
    assert named in line and what in line, line
    assert result.stdout == ""


def test_dropped_protection_alone_fails(run: Run, logged: Path) -> None:
    tamper(logged)
    line = one_line_error(run("audit", "verify", "--db", logged))
    assert "保护" in line


def test_a_file_that_is_not_a_database_fails_in_one_line(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database", encoding="utf-8")
    line = one_line_error(run("audit", "verify", "--db", path))
    assert "不是本软件的数据库" in line
    assert path.read_text(encoding="utf-8") == "not a database"


def test_audit_without_an_action_is_a_usage_error(run: Run) -> None:
    result = run("audit")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_check_also_reports_an_edited_audit_log(run: Run, tmp_path: Path) -> None:
    db_path = tmp_path / "x.db"
    ok = run("demo", "--db", db_path, "--members", "5", "--years", "1")
    assert ok.returncode == 0, ok.stderr
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER audit_log_append_only_update")
        conn.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 2")
    conn.close()
    result = run("check", "--db", db_path)
    assert result.returncode == 3
    assert "问题：" in result.stdout and "2" in result.stdout
    assert result.stderr.count("\n") == 1 and "检查未通过" in result.stderr
