"""`warmhome users …` as district staff script it: passwords on standard input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def test_add_list_reset_disable(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    first = run("users", "add", "boss", "--role", "admin", "--db", db, stdin="secret-pass-1\n")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "已添加账户 boss（管理员）"
    assert run("users", "add", "desk", "--role", "staff", "--db", db,
               stdin="desk-pass-11\n").returncode == 0
    listed = json.loads(run("users", "list", "--json", "--db", db).stdout)
    assert [(a["username"], a["role"], a["disabled"]) for a in listed] == [
        ("boss", "admin", False), ("desk", "staff", False)]
    assert "secret-pass-1" not in json.dumps(listed)
    assert run("users", "reset-password", "desk", "--db", db,
               stdin="fresh-pass-22\n").returncode == 0
    assert run("users", "disable", "desk", "--db", db).returncode == 0
    listed = json.loads(run("users", "list", "--json", "--db", db).stdout)
    assert listed[1]["disabled"] is True


def test_bad_inputs_are_one_line_and_write_nothing(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    cases = [
        (("users", "add", "desk", "--role", "staff"), "secret-pass-1\n", "第一个账户必须是管理员"),
        (("users", "add", "boss", "--role", "admin"), "short\n", "密码至少8位，现在是5位"),
        (("users", "add", "boss", "--role", "admin"), "", "请在标准输入中提供密码（一行）"),
    ]
    for args, stdin, message in cases:
        result = run(*args, "--db", db, stdin=stdin)
        assert result.returncode != 0
        assert result.stderr.strip() == f"warmhome: 错误：{message}"
        assert "Traceback" not in result.stderr
    # The database these first-time commands would have created is not left behind.
    assert not Path(db).exists()


def test_roles_by_chinese_name_as_users_list_prints_them(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert run("users", "add", "boss", "--role", "管理员", "--db", db,
               stdin="secret-pass-1\n").returncode == 0
    assert run("users", "add", "desk", "--role", "签到台", "--db", db,
               stdin="secret-pass-2\n").returncode == 0
    listed = json.loads(run("users", "list", "--json", "--db", db).stdout)
    assert [(a["username"], a["role"]) for a in listed] == [("boss", "admin"), ("desk", "kiosk")]
    bad = run("users", "add", "x", "--role", "boss", "--db", db, stdin="secret-pass-3\n")
    assert bad.returncode == 2 and "角色应为" in bad.stderr
