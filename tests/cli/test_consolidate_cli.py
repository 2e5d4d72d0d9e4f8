"""`warmhome consolidate` as district staff schedule it: real processes, real exported files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models.db import open_database
from desktop.models.district import ExpectedCentre, save_expected
from tests.cli.test_attendance_cli import digest, one_line_error, run, run_many
from tests.conftest import ADMIN
from tests.excel.consolidation_helpers import MONTH, edit_summary, export, make_centres


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as a USB stick brings it: three centres, one of them twice, one file edited."""
    centres = make_centres(tmp_path_factory.mktemp("centres"))
    folder = tmp_path_factory.mktemp("usb")
    for centre in centres:
        export(centre, folder)
    export(centres[0], folder, revision=2)
    edited = export(centres[1], folder)
    edit_summary(edited, "activities.held", 99)
    return folder


def test_consolidates_a_folder_with_the_list_from_a_file(home: Path, reports: Path,
                                                         tmp_path: Path) -> None:
    listed = tmp_path / "centres.csv"
    listed.write_text("中心编码,中心名称,街道\nXC-YT-01,月坛温馨家园,月坛\n"
                      "XC-ZL-04,展览路温馨家园,展览路\n", encoding="utf-8")
    out = tmp_path / "区汇总.xlsx"
    result = run(home, "consolidate", "--month", MONTH, "--out", out, "--expected", listed,
                 reports, "--db", tmp_path / "none.db")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == str(out)
    assert any(line.startswith("未采用：") and "文件在导出后被修改过" in line for line in lines)
    assert any(line.startswith("旧版，未采用：") and "保留第 2 版" in line for line in lines)
    assert f"{MONTH}：采用 2 个文件，未采用 1 个，旧版 1 个，重复 0 个；已报 1/2（50.0%）" \
        f"（名单文件 {listed}）" in lines
    assert "未报：XC-ZL-04 展览路温馨家园" in lines
    workbook = load_workbook(out)
    assert [r[0] for r in workbook["汇总"].iter_rows(min_row=3, values_only=True)] == \
        ["XC-XJK-03", "XC-YT-01", "合计"]
    # The database named by --db did not exist, and was not created.
    assert not (tmp_path / "none.db").exists()


def test_list_stored_in_the_database_and_folder_output(home: Path, reports: Path,
                                                       tmp_path: Path) -> None:
    db_path = tmp_path / "district.db"
    with open_database(db_path) as db:
        save_expected(db, [ExpectedCentre("XC-XJK-03"), ExpectedCentre("XC-YT-01"),
                           ExpectedCentre("XC-DS-02")], actor=ADMIN)
    before = digest(db_path)
    result = run(home, "consolidate", "--month", MONTH, "--out", tmp_path, reports,
                 "--db", db_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / f"西城区_{MONTH}_汇总.xlsx"
    assert result.stdout.strip().splitlines()[-1] == str(written) and written.is_file()
    assert "已报 2/3（66.7%）" in result.stdout and "未报：XC-DS-02" in result.stdout
    assert digest(db_path) == before


def test_refusals_are_one_line_and_write_nothing(home: Path, reports: Path,
                                                 tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = tmp_path / "out"
    out.mkdir()
    empty = tmp_path / "empty"
    empty.mkdir()
    bad_list = tmp_path / "bad.csv"
    bad_list.write_text("XC-01\nXC-01\n", encoding="utf-8")
    results = run_many(home, [
        ("consolidate", "--month", "2026-13", "--out", out, reports),
        ("consolidate", "--month", "2999-01", "--out", out, reports),
        # Tests run as root, who may write into a read-only folder; under a regular file no
        # folder can exist at all.
        ("consolidate", "--month", MONTH, "--out", blocker / "district.xlsx", reports),
        ("consolidate", "--month", MONTH, "--out", out, empty),
        ("consolidate", "--month", MONTH, "--out", out, "--expected", bad_list, reports),
        ("consolidate", "--month", MONTH, "--out", out, "--expected", tmp_path / "x.csv",
         reports),
    ])
    lines = [one_line_error(result) for result in results]
    assert "YYYY-MM" in lines[0]
    assert "不能汇总未来的月份" in lines[1]
    assert "不存在" in lines[2]
    assert "没有找到要汇总的文件" in lines[3]
    assert "XC-01 重复" in lines[4]
    assert "不存在" in lines[5]
    assert list(out.iterdir()) == []


def test_missing_arguments_are_usage_errors(home: Path, tmp_path: Path) -> None:
    result = run(home, "consolidate", "--out", tmp_path, tmp_path)
    assert result.returncode == 2 and "--month" in one_line_error(result)


def test_output_inside_the_input_folder_is_not_read_next_time(home: Path, reports: Path,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    shutil.copytree(reports, folder)
    out = folder / "区汇总.xlsx"
    first, second = (run(home, "consolidate", "--month", MONTH, "--out", out, folder,
                         "--db", tmp_path / "none.db") for _ in range(2))
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert first.stdout.splitlines()[:-1] == second.stdout.splitlines()[:-1]
    assert "区汇总" not in "".join(second.stdout.splitlines()[:-1])
