"""`warmhome export-month` as scripts use it: real processes, one-line failures, no file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models.admin import centre
from desktop.models.db import open_database
from desktop.models.demo import demo
from tests.cli.conftest import Run, RunMany, digest, one_line_error
from tests.conftest import ADMIN, zone_not_on_a_months_last_day
from tests.excel.printed_grid import drawn

THIS_MONTH = date.today().strftime("%Y-%m")


def _previous(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty demo members over one year ending today (the CLI checks against the real date)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(members=30, years=1, today=date.today()))
        profile = centre.load_profile(db)
        profile.street = "月坛"
        centre.save_profile(db, profile, actor=ADMIN)
    return path


def test_good_month_into_a_folder_and_to_a_file(run_many: RunMany, demo_db: Path,
                                                tmp_path: Path) -> None:
    month = _previous(THIS_MONTH)
    with open_database(demo_db) as db:
        code = centre.load_profile(db).code
    named = tmp_path / "报表.xlsx"
    into_folder, into_file = run_many([
        ("export-month", month, "--out", tmp_path, "--db", demo_db),
        ("export-month", month, "--out", named, "--db", demo_db)])
    assert into_folder.returncode == 0, into_folder.stderr
    written = Path(into_folder.stdout.strip())
    assert written == tmp_path / f"西城区_月坛_{code}_{month}_v1.xlsx"
    assert "汇总" in load_workbook(written).sheetnames
    assert into_file.returncode == 0, into_file.stderr
    assert Path(into_file.stdout.strip()) == named and named.is_file()
    assert not list(tmp_path.glob(".*.partial"))


def test_refusals_are_one_line_non_zero_and_write_nothing(run_many: RunMany, demo_db: Path,
                                                          tmp_path: Path) -> None:
    before = digest(demo_db)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = tmp_path / "out"
    out.mkdir()
    future = f"{date.today().year + 1}-01"
    results = run_many([
        ("export-month", future, "--out", out, "--db", demo_db),
        ("export-month", "2026-13", "--out", out, "--db", demo_db),
        ("export-month", "26-11", "--out", out, "--db", demo_db),
        # Tests run as root, who may write into a read-only folder; under a regular file
        # no folder can exist at all.
        ("export-month", THIS_MONTH, "--out", blocker / "usb", "--db", demo_db),
        ("export-month", THIS_MONTH, "--out", blocker / "report.xlsx", "--db", demo_db),
        ("export-month", THIS_MONTH, "--out", out / "x.txt", "--db", demo_db),
        ("export-month", THIS_MONTH, "--out", blocker, "--db", demo_db),
    ])
    lines = [one_line_error(result) for result in results]
    assert "未来" in lines[0]
    assert "YYYY-MM" in lines[1] and "YYYY-MM" in lines[2]
    assert "不存在" in lines[3] and "不存在" in lines[4]
    assert f"输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名，{out / 'x.txt'} 两者都不是" \
        in lines[5]
    assert f"输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名，{blocker} 两者都不是" in lines[6]
    assert blocker.read_text() == "not a folder"
    assert list(out.iterdir()) == []
    assert digest(demo_db) == before


def test_blocking_errors_say_how_many_and_the_first(run: Run, tmp_path: Path) -> None:
    # The command runs in a time zone where today has a tomorrow in the same month.
    zone, today = zone_not_on_a_months_last_day()
    tomorrow = today + timedelta(days=1)
    path = tmp_path / "future.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(members=5, years=1, today=today))
        person = db.scalar("SELECT person_id FROM member LIMIT 1")
        with db.transaction():
            db.execute("DELETE FROM sign_in WHERE day >= ?", (tomorrow.isoformat(),))
            db.execute("INSERT INTO sign_in (person_id, day, signed_in_at, method, recorded_by,"
                       " created_at) VALUES (?, ?, ?, 'staff', 'x', ?)",
                       (person, tomorrow.isoformat(), f"{tomorrow}T09:00:00",
                        f"{today}T09:00:00"))
    out = tmp_path / "out"
    out.mkdir()
    result = run("export-month", tomorrow.strftime("%Y-%m"), "--out", out, "--db", path,
                 TZ=zone)
    line = one_line_error(result)
    assert "1 个错误" in line and "晚于今天" in line
    assert list(out.iterdir()) == []


def test_a_centre_without_a_code_is_refused(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()  # never through the welcome dialog: no centre profile
    before = digest(path)
    out = tmp_path / "out"
    out.mkdir()
    result = run("export-month", _previous(THIS_MONTH), "--out", out, "--db", path)
    assert one_line_error(result) == "warmhome: 错误：请先在 设置 中填写中心编码"
    assert result.returncode == 1 and list(out.iterdir()) == []
    assert digest(path) == before


def _sheets_and_hashed(path: Path) -> tuple[list[str], list[str]]:
    workbook = load_workbook(path)
    meta = {r[0]: r[1] for r in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    return workbook.sheetnames, str(meta["hashed_sheets"]).split(",")


def test_the_attendance_matrix_follows_the_setting_unless_the_option_says(
        run_many: RunMany, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    from desktop.models.reporting import workbook_options

    path = tmp_path_factory.mktemp("matrix") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(members=12, years=1, today=date.today()))
        workbook_options.set_attendance_matrix(db, False, actor=ADMIN)
    month = _previous(THIS_MONTH)
    files = [tmp_path / name for name in ("setting.xlsx", "with.xlsx", "without.xlsx")]
    by_setting, forced_on, forced_off = run_many([
        ("export-month", month, "--out", files[0], "--db", path),
        ("export-month", month, "--out", files[1], "--attendance-matrix", "--db", path),
        ("export-month", month, "--out", files[2], "--no-attendance-matrix", "--db", path)])
    for result in (by_setting, forced_on, forced_off):
        assert result.returncode == 0, result.stderr
    for file in (files[0], files[2]):
        sheets, hashed = _sheets_and_hashed(file)
        assert "考勤明细" not in sheets and "考勤明细" not in hashed
        assert "补助明细" in sheets and "补助明细" in hashed
    sheets, hashed = _sheets_and_hashed(files[1])
    assert "考勤明细" in sheets and "考勤明细" in hashed
    matrix = load_workbook(files[1])["考勤明细"]
    # A grid and a weekday row under the day numbers.
    assert matrix["B3"].value == 1 and matrix["B4"].value in "一二三四五六日"
    assert drawn(matrix, 5, 2)[0]
    # The option is for that export only: the centre's setting stays off.
    with open_database(path) as db:
        assert not workbook_options.includes_attendance_matrix(db)
