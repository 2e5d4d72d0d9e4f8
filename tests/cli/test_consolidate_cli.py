"""`warmhome consolidate` as district staff schedule it: real processes, real exported files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.models.db import open_database
from desktop.models.reporting.centre_keys import FIRST_USE, known_keys
from desktop.models.reporting.district import ExpectedCentre, load_expected, save_expected
from tests.cli.conftest import Run, RunMany, digest, one_line_error
from tests.conftest import ADMIN
from tests.excel.reporting.consolidation_helpers import (
    MONTH,
    district_table,
    edit_summary,
    export,
    make_centres,
)


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


def test_consolidates_a_folder_with_the_list_from_a_file(run: Run, reports: Path,
                                                         tmp_path: Path) -> None:
    listed = tmp_path / "centres.csv"
    listed.write_text("中心编码,中心名称,街道\nXC-YT-01,月坛温馨家园,月坛\n"
                      "XC-ZL-04,展览路温馨家园,展览路\n", encoding="utf-8")
    out = tmp_path / "区汇总.xlsx"
    result = run("consolidate", "--month", MONTH, "--out", out, "--expected", listed,
                 reports, "--db", tmp_path / "none.db")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == str(out)
    assert any(line.startswith("未采用：") and "文件在导出后被修改过" in line for line in lines)
    assert any(line.startswith("旧版，未采用：") and "保留第 2 版" in line for line in lines)
    assert f"{MONTH}：采用 2 个文件，未采用 1 个，旧版 1 个，重复 0 个；已报 1/2（50.0%）" \
        f"（名单文件 {listed}）" in lines
    assert "未报：XC-ZL-04 展览路温馨家园" in lines
    # Centres across the district 汇总, 合计 last.
    assert list(district_table(out)) == ["XC-XJK-03", "XC-YT-01", "合计"]
    # The database named by --db did not exist, and was not created.
    assert not (tmp_path / "none.db").exists()


def test_list_stored_in_the_database_and_folder_output(run: Run, reports: Path,
                                                       tmp_path: Path) -> None:
    db_path = tmp_path / "district.db"
    with open_database(db_path) as db:
        save_expected(db, [ExpectedCentre("XC-XJK-03"), ExpectedCentre("XC-YT-01"),
                           ExpectedCentre("XC-DS-02")], actor=ADMIN)
    result = run("consolidate", "--month", MONTH, "--out", tmp_path, reports,
                 "--db", db_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / f"西城区_{MONTH}_汇总.xlsx"
    assert result.stdout.strip().splitlines()[-1] == str(written) and written.is_file()
    lines = result.stdout.splitlines()
    assert any("已报 2/3（66.7%）" in line for line in lines)
    # 德胜's only file was edited: it sent something, but nothing that counts.
    assert "有问题（未采用）：XC-DS-02 德胜温馨家园" in lines
    assert not any(line.startswith("未报：") for line in lines)
    # The list is only read; what the run stores is the keys of the centres whose signed
    # files were accepted with none on file (trusted on first use, with a warning each).
    with open_database(db_path) as db:
        assert [c.code for c in load_expected(db)] == ["XC-XJK-03", "XC-YT-01", "XC-DS-02"]
        register = known_keys(db)
    assert sorted(register) == ["XC-XJK-03", "XC-YT-01"]
    assert all(k.source == FIRST_USE for keys in register.values() for k in keys)
    assert result.stderr.count("首次收到") == 2


def test_refusals_are_one_line_and_write_nothing(run_many: RunMany, reports: Path,
                                                 tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = tmp_path / "out"
    out.mkdir()
    empty = tmp_path / "empty"
    empty.mkdir()
    bad_list = tmp_path / "bad.csv"
    bad_list.write_text("XC-01\nXC-01\n", encoding="utf-8")
    results = run_many([
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


def test_nothing_accepted_exits_1_lists_the_refusals_and_writes_nothing(
        run: Run, reports: Path, tmp_path: Path) -> None:
    edited = next(p for p in sorted(reports.iterdir()) if "XC-DS-02" in p.name)
    renamed = tmp_path / "月报.txt"
    shutil.copy(next(p for p in sorted(reports.iterdir()) if "XC-XJK-03" in p.name), renamed)
    out = tmp_path / "out"
    out.mkdir()
    result = run("consolidate", "--month", MONTH, "--out", out, edited, renamed,
                 "--db", tmp_path / "none.db")
    line = one_line_error(result)
    assert "没有可汇总的月报：2 个文件都未采用，未生成区汇总表" in line
    printed = result.stdout.strip().splitlines()
    assert printed == [f"未采用：{edited}：文件在导出后被修改过（校验码不符），请中心重新导出",
                       f"未采用：{renamed}：不是 .xlsx 文件（扩展名是 .txt），"
                       "请选择中心导出的 .xlsx 月报"]
    assert list(out.iterdir()) == []
    assert not (tmp_path / "none.db").exists()


def test_an_output_that_is_neither_folder_nor_xlsx(run_many: RunMany, reports: Path,
                                                   tmp_path: Path) -> None:
    existing = tmp_path / "notes"
    existing.write_text("keep me")
    results = run_many([
        ("consolidate", "--month", MONTH, "--out", tmp_path / "x.txt", reports),
        ("consolidate", "--month", MONTH, "--out", existing, reports),
        ("consolidate", "--month", MONTH, "--out", tmp_path / "no-such-folder", reports),
    ])
    lines = [one_line_error(result) for result in results]
    assert f"输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名，{tmp_path / 'x.txt'} 两者都不是" \
        in lines[0]
    assert "输出位置必须是已有的文件夹或以 .xlsx 结尾的文件名" in lines[1]
    assert f"文件夹 {tmp_path / 'no-such-folder'} 不存在" in lines[2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]
    assert existing.read_text() == "keep me"


def test_missing_arguments_are_usage_errors(run: Run, tmp_path: Path) -> None:
    result = run("consolidate", "--out", tmp_path, tmp_path)
    assert result.returncode == 2 and "--month" in one_line_error(result)


def test_output_inside_the_input_folder_is_not_read_next_time(run: Run, reports: Path,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    shutil.copytree(reports, folder)
    out = folder / "区汇总.xlsx"
    first, second = (run("consolidate", "--month", MONTH, "--out", out, folder,
                         "--db", tmp_path / "none.db") for _ in range(2))
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert first.stdout.splitlines()[:-1] == second.stdout.splitlines()[:-1]
    assert "区汇总" not in "".join(second.stdout.splitlines()[:-1])


def _contents(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names relative to it) → its digest: what must not change."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


def test_out_naming_one_of_the_inputs_is_refused_and_nothing_changes(
        run_many: RunMany, reports: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    shutil.copytree(reports, folder)
    centre = next(p for p in sorted(folder.iterdir()) if "XC-XJK-03" in p.name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "link.xlsx"
    link.symlink_to(centre)
    before = _contents(tmp_path)
    results = run_many([
        # --out is a centre's report inside the input folder.
        ("consolidate", "--month", MONTH, "--out", centre, folder),
        # The same file named on the command line, reached through another spelling.
        ("consolidate", "--month", MONTH, "--out", folder / ".." / "usb" / centre.name,
         centre),
        # ... and through a symbolic link.
        ("consolidate", "--month", MONTH, "--out", link, folder),
    ])
    lines = [one_line_error(result) for result in results]
    assert lines[0] == f"warmhome: 错误：导出失败：{centre} 是要汇总的文件之一，" \
        "不能用区汇总表覆盖它；请另选保存位置或文件名"
    assert f"导出失败：{folder / '..' / 'usb' / centre.name} 是要汇总的文件之一" in lines[1]
    assert f"导出失败：{link} 是要汇总的文件之一" in lines[2]
    assert all(result.stdout == "" for result in results)  # refused before reading
    assert _contents(tmp_path) == before
    assert link.is_symlink()


def test_out_naming_a_file_that_is_no_district_workbook_is_refused(
        run_many: RunMany, reports: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    other = Workbook()
    other.active["A1"] = "财务台账"
    ledger = tmp_path / "台账.xlsx"
    other.save(ledger)
    text = tmp_path / "说明.xlsx"
    text.write_text("不是工作簿", encoding="utf-8")
    not_listed = tmp_path / "另一个中心.xlsx"  # a centre's report that is not an input
    shutil.copy(next(p for p in sorted(reports.iterdir()) if "XC-YT-01" in p.name), not_listed)
    (tmp_path / "文件夹.xlsx").mkdir()
    before = _contents(tmp_path)
    results = run_many([("consolidate", "--month", MONTH, "--out", out, reports)
                        for out in (ledger, text, not_listed)]
                       + [("consolidate", "--month", MONTH, "--out", tmp_path / "文件夹.xlsx",
                           reports)])
    lines = [one_line_error(result) for result in results]
    for line, out in zip(lines, (ledger, text, not_listed), strict=False):
        assert line == f"warmhome: 错误：导出失败：{out} 已存在，且不是本软件生成的区汇总表，" \
            "未覆盖；请另选文件名"
    assert f"导出失败：{tmp_path / '文件夹.xlsx'} 是已有的文件夹" in lines[3]
    assert _contents(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        ["另一个中心.xlsx", "台账.xlsx", "文件夹.xlsx", "说明.xlsx"]


def test_the_standard_name_in_an_output_folder_is_not_overwritten(
        run: Run, reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    squatter = out / f"西城区_{MONTH}_汇总.xlsx"
    squatter.write_text("别人的文件", encoding="utf-8")
    result = run("consolidate", "--month", MONTH, "--out", out, reports,
                 "--db", tmp_path / "none.db")
    assert one_line_error(result) == f"warmhome: 错误：导出失败：{squatter} 已存在，" \
        "且不是本软件生成的区汇总表，未覆盖；请另选文件名"
    assert squatter.read_text(encoding="utf-8") == "别人的文件"
    assert [p.name for p in out.iterdir()] == [squatter.name]


def test_an_earlier_district_workbook_is_replaced_whatever_its_name(
        run: Run, reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "上月报表.xlsx"
    first = run("consolidate", "--month", MONTH, "--out", out, reports,
                "--db", tmp_path / "none.db")
    assert first.returncode == 0, first.stderr
    one = next(p for p in sorted(reports.iterdir()) if "XC-XJK-03" in p.name)
    again = run("consolidate", "--month", MONTH, "--out", out, one,
                "--db", tmp_path / "none.db")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().splitlines()[-1] == str(out)
    assert list(district_table(out)) == ["XC-XJK-03", "合计"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["上月报表.xlsx"]
