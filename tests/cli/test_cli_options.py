"""Command-line options that do not fit together, and output cut short by the reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import Run
from tests.conftest import ROOT, main_env


def test_member_options_without_member_role_are_refused(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = run("people", "add", "--db", str(db), "--name", "王五", "--role", "volunteer",
                 "--cert", "11010519491231002X52")
    assert result.returncode == 2
    assert result.stderr.strip() == "warmhome: 错误：--cert 只用于会员，请同时给出 --role member"
    assert not db.exists()  # refused before the database was even opened


def test_future_demo_today_is_refused(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "x.db"), "--today", "2999-01-01")
    assert result.returncode == 2
    assert "晚于今天" in result.stderr and "Traceback" not in result.stderr


def test_validation_messages_name_fields_in_chinese(run: Run, tmp_path: Path) -> None:
    result = run("people", "add", "--db", str(tmp_path / "x.db"), "--name", "王五",
                 "--id", "123", "--role", "volunteer")
    assert result.returncode == 1
    assert result.stderr.strip() == "warmhome: 错误：身份证号应为18位，现在是3位"


def test_reader_closing_the_pipe_is_not_an_error(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert run("demo", "--db", str(db), "--members", "30").returncode == 0
    pipeline = subprocess.run(
        f"set -o pipefail; '{sys.executable}' main.py people list --db '{db}' | head -1",
        shell=True, executable="/bin/bash", cwd=ROOT, env=main_env(tmp_path),
        capture_output=True, text=True,
        timeout=60)
    assert pipeline.returncode == 0, pipeline.stderr
    assert "Broken pipe" not in pipeline.stderr


def test_future_months_are_refused(run: Run, tmp_path: Path) -> None:
    for command in (("attendance", "summary"), ("subsidy",)):
        result = run(*command, "--month", "2999-01", "--db", str(tmp_path / "x.db"))
        assert result.returncode == 1  # refused input, as a malformed month and export-month
        assert result.stderr.strip() == (
            "warmhome: 错误：--month 2999-01 还没有到：只能查看本月和以前的月份")
    assert not (tmp_path / "x.db").exists()
