"""Reading the expected-centre list from text, CSV and xlsx files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.excel.reporting.expected_centres import ExpectedListError, read_expected_file
from desktop.models.reporting.district import ExpectedCentre


def test_text_with_header_comments_and_full_width_commas(tmp_path: Path) -> None:
    path = tmp_path / "centres.csv"
    path.write_text("中心编码,中心名称,街道\n# 西城区\nxc-yt-01,月坛温馨家园,月坛\n\n"
                    "XC-DS-02，德胜温馨家园\nXC-XJK-03\n", encoding="utf-8-sig")
    assert read_expected_file(path) == [ExpectedCentre("XC-YT-01", "月坛温馨家园", "月坛"),
                                        ExpectedCentre("XC-DS-02", "德胜温馨家园", ""),
                                        ExpectedCentre("XC-XJK-03", "", "")]


def test_gbk_text_from_chinese_excel(tmp_path: Path) -> None:
    path = tmp_path / "centres.txt"
    path.write_bytes("XC-YT-01\t月坛温馨家园\t月坛\n".encode("gbk"))
    assert read_expected_file(path) == [ExpectedCentre("XC-YT-01", "月坛温馨家园", "月坛")]


def test_xlsx_columns_in_any_order(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["街道", "中心编码", "中心名称"])
    sheet.append(["月坛", "XC-YT-01", "月坛温馨家园"])
    sheet.append([None, None, None])
    sheet.append([None, "XC-DS-02", None])
    path = tmp_path / "centres.xlsx"
    workbook.save(path)
    assert read_expected_file(path) == [ExpectedCentre("XC-YT-01", "月坛温馨家园", "月坛"),
                                        ExpectedCentre("XC-DS-02", "", "")]


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(ExpectedListError, match="不存在"):
        read_expected_file(tmp_path / "none.csv")
    repeated = tmp_path / "repeated.csv"
    repeated.write_text("XC-01\nxc-01\n", encoding="utf-8")
    with pytest.raises(ExpectedListError, match="中心编码 XC-01 重复"):
        read_expected_file(repeated)
    no_column = tmp_path / "no-column.xlsx"
    workbook = Workbook()
    assert workbook.active is not None
    workbook.active.append(["名称"])
    workbook.save(no_column)
    with pytest.raises(ExpectedListError, match="第一行缺少列“中心编码”"):
        read_expected_file(no_column)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    with pytest.raises(ExpectedListError, match="不是有效的 xlsx 文件"):
        read_expected_file(fake)
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(128, 256)))
    with pytest.raises(ExpectedListError, match="不是 UTF-8 或 GBK"):
        read_expected_file(binary)
