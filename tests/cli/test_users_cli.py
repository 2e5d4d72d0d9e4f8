"""`warmhome users …` as district staff script it: passwords on standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_add_list_reset_disable(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    first = _run("users", "add", "boss", "--role", "admin", "--db", db, stdin="secret-pass-1\n")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "已添加账户 boss（管理员）"
    assert _run("users", "add", "desk", "--role", "staff", "--db", db,
                stdin="desk-pass-11\n").returncode == 0
    listed = json.loads(_run("users", "list", "--json", "--db", db).stdout)
    assert [(a["username"], a["role"], a["disabled"]) for a in listed] == [
        ("boss", "admin", False), ("desk", "staff", False)]
    assert "secret-pass-1" not in json.dumps(listed)
    assert _run("users", "reset-password", "desk", "--db", db,
                stdin="fresh-pass-22\n").returncode == 0
    assert _run("users", "disable", "desk", "--db", db).returncode == 0
    listed = json.loads(_run("users", "list", "--json", "--db", db).stdout)
    assert listed[1]["disabled"] is True


def test_bad_inputs_are_one_line_and_write_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    cases = [
        (("users", "add", "desk", "--role", "staff"), "secret-pass-1\n", "第一个账户必须是管理员"),
        (("users", "add", "boss", "--role", "admin"), "short\n", "密码至少8位，现在是5位"),
        (("users", "add", "boss", "--role", "admin"), "", "请在标准输入中提供密码（一行）"),
    ]
    for args, stdin, message in cases:
        result = _run(*args, "--db", db, stdin=stdin)
        assert result.returncode != 0
        assert result.stderr.strip() == f"warmhome: 错误：{message}"
        assert "Traceback" not in result.stderr
    # The database these first-time commands would have created is not left behind.
    assert not Path(db).exists()


def test_roles_by_chinese_name_as_users_list_prints_them(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert _run("users", "add", "boss", "--role", "管理员", "--db", db,
                stdin="secret-pass-1\n").returncode == 0
    assert _run("users", "add", "desk", "--role", "签到台", "--db", db,
                stdin="secret-pass-2\n").returncode == 0
    listed = json.loads(_run("users", "list", "--json", "--db", db).stdout)
    assert [(a["username"], a["role"]) for a in listed] == [("boss", "admin"), ("desk", "kiosk")]
    bad = _run("users", "add", "x", "--role", "boss", "--db", db, stdin="secret-pass-3\n")
    assert bad.returncode == 2 and "角色应为" in bad.stderr
