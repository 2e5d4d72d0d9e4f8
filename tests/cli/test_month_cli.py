"""`warmhome month …` and `export-month` end to end, as real processes, on demo data:
export v1, close, reopen with a reason, edit, export v2 with its 变更 sheet, close again."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import data_checksum, meta_checksum
from desktop.models.admin import centre
from desktop.models.attendance import attendance
from desktop.models.db import open_database
from desktop.models.demo import demo
from tests.cli.conftest import Run, digest, one_line_error
from tests.cli.test_export_month_cli import THIS_MONTH, _previous
from tests.conftest import ADMIN, STAFF

MONTH = _previous(THIS_MONTH)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """Twenty demo members over one year ending today (the CLI checks the real date)."""
    path = tmp_path / "demo.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(members=20, years=1, today=date.today()))
        profile = centre.load_profile(db)
        profile.street = "月坛"
        centre.save_profile(db, profile, actor=ADMIN)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _data_sha(path: Path) -> object:
    """The content checksum: the hashed sheets alone (生成时间 and the revision left out)."""
    workbook = load_workbook(path)
    meta = dict(workbook["_meta"].iter_rows(min_row=2, values_only=True))
    return data_checksum(workbook, str(meta["hashed_sheets"]).split(","))


def _ok(run: Run, *args: str | Path) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_export_close_reopen_export_v2_close(run: Run, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    status = _ok(run, "month", "status", MONTH, "--db", demo_db)
    assert "未报送" in status and "v1" in status

    before = digest(demo_db)
    refused = run("month", "close", MONTH, "--db", demo_db)
    assert "先导出本月报表再报送" in one_line_error(refused) and refused.returncode == 1
    assert digest(demo_db) == before

    first = Path(_ok(run, "export-month", MONTH, "--out", out, "--db", demo_db).strip())
    assert first.name.endswith(f"_{MONTH}_v1.xlsx")
    closed = _ok(run, "month", "close", MONTH, "--db", demo_db)
    assert _sha(first) in closed and first.name in closed

    # Closed: the submitted file is never overwritten; a fresh copy elsewhere is the same data.
    before, submitted = digest(demo_db), first.read_bytes()
    line = one_line_error(run("export-month", MONTH, "--out", out, "--db", demo_db))
    assert line == f"warmhome: 错误：文件已存在，未覆盖：{first}"
    assert first.read_bytes() == submitted and digest(demo_db) == before
    elsewhere = tmp_path / "copy"
    elsewhere.mkdir()
    copy = Path(_ok(run, "export-month", MONTH, "--out", elsewhere, "--db", demo_db).strip())
    assert copy.name == first.name
    assert _data_sha(copy) == _data_sha(first)

    before = digest(demo_db)
    for args, expected in (((), "--reason"), (("--reason", "  "), "请填写重新开账的原因")):
        line = one_line_error(run("month", "reopen", MONTH, *args, "--db", demo_db))
        assert expected in line
    assert digest(demo_db) == before
    assert "第 2 版" in _ok(run, "month", "reopen", MONTH, "--reason", "补录漏签",
                           "--db", demo_db)

    with open_database(demo_db) as db:
        # A member outside 日间照料: a voided sign-in with care recorded that day would block
        # the export until the care is voided too (care.without_sign_in).
        sign_in_id = int(db.scalar("SELECT id FROM sign_in WHERE substr(day, 1, 7) = ?"
                                   " AND voided_at IS NULL AND person_id NOT IN (SELECT"
                                   " person_id FROM member_programme WHERE programme = '日间照料')"
                                   " ORDER BY id LIMIT 1", (MONTH,)))
        attendance.void_sign_in(db, sign_in_id, actor=STAFF, reason="重复签到")

    second = Path(_ok(run, "export-month", MONTH, "--out", out, "--db", demo_db).strip())
    assert second.name.endswith(f"_{MONTH}_v2.xlsx") and first.is_file()
    workbook = load_workbook(second)
    meta = {str(k): v for k, v in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    hashed = str(meta["hashed_sheets"]).split(",")
    assert "变更" in hashed and meta_checksum(workbook, meta) == meta["sha256"]
    changes = [row for row in workbook["变更"].iter_rows(min_row=2, values_only=True)]
    assert [(r[2], r[6]) for r in changes] == [("重新开账", "补录漏签"), ("作废", "重复签到")]

    _ok(run, "month", "close", MONTH, "--db", demo_db)
    log = json.loads(_ok(run, "month", "submissions", "--month", MONTH, "--json",
                         "--db", demo_db))
    assert [(s["revision"], s["file_name"], s["file_sha256"]) for s in log] == \
        [(2, second.name, _sha(second)), (1, first.name, _sha(first))]
    listed = _ok(run, "month", "submissions", "--db", demo_db)
    assert _sha(second) in listed and _sha(first) in listed
    state = json.loads(_ok(run, "month", "status", MONTH, "--json", "--db", demo_db))
    assert (state["closed"], state["revision"], state["reopened_reason"]) == \
        (True, 2, "补录漏签")


def test_refusals_are_one_line_and_write_nothing(run: Run, demo_db: Path,
                                                 tmp_path: Path) -> None:
    before = digest(demo_db)
    cases = [
        (("month", "close", THIS_MONTH), "还没有结束"),
        (("month", "close", "2026-13"), "YYYY-MM"),
        (("month", "status", "26-1"), "YYYY-MM"),
        (("month", "submissions", "--month", "2026/10"), "YYYY-MM"),
        (("month", "reopen", MONTH, "--reason", "核对"), "没有报送关账"),
    ]
    for args, expected in cases:
        assert expected in one_line_error(run(*args, "--db", demo_db)), args
    assert digest(demo_db) == before
