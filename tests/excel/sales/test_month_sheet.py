"""The monthly workbook's 希联圆梦 sheet: present and sealed by the checksum, anonymous (no
name or id; rows in the order of their figures), its figures equal to 汇总's and to the
makers' income, the channels' sales less the refunds, printed as a form."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook, meta_checksum
from desktop.excel.sales.month_sheet import HEADERS
from desktop.models.db import Database
from tests.conftest import save_centre_profile
from tests.models.sales.income_support import MAY, april_and_may
from tests.models.sales.sales_support import TODAY, sales_db

__all__ = ["sales_db"]
SHEET = "希联圆梦"
HEADER_ROW = 3


def _export(db: Database, out: Path) -> Any:
    export_monthly_workbook(db, MAY, out, generated_by="staff", today=TODAY)
    return load_workbook(out)


def test_the_sheet_is_in_the_workbook_and_its_checksum(sales_db: Database,
                                                       tmp_path: Path) -> None:
    save_centre_profile(sales_db)
    april_and_may(sales_db)
    workbook = _export(sales_db, tmp_path / "m.xlsx")
    assert workbook.sheetnames.index(SHEET) == workbook.sheetnames.index("志愿服务") + 1
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert SHEET in str(meta["hashed_sheets"]).split(",")
    assert meta["rows.希联圆梦"] == 2
    assert meta_checksum(workbook, meta) == meta["sha256"]
    sheet = workbook[SHEET]
    assert sheet["A1"].value == "测试温馨家园（XC-T-01）2024年5月工作报表：希联圆梦"
    assert "分配规则：销售收入减去材料成本的 100% 归制作者" in sheet["A2"].value
    assert [c.value for c in sheet[HEADER_ROW]][:len(HEADERS)] == HEADERS


def test_anonymous_rows_equal_the_summary(sales_db: Database, tmp_path: Path) -> None:
    save_centre_profile(sales_db)
    april_and_may(sales_db)
    workbook = _export(sales_db, tmp_path / "m.xlsx")
    sheet = workbook[SHEET]
    rows = [row[:len(HEADERS)] for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=6,
                                                          values_only=True)]
    # 王芳 (largest share first): keyring 1 net + 60 % of the vase; 李强 40 % of the vase.
    assert rows == [
        (1, 2, Decimal("50"), Decimal("11"), Decimal("39"), "否"),
        (2, 1, Decimal("20"), Decimal("4"), Decimal("16"), "否"),
        ("合计", 2, Decimal("70"), Decimal("15"), Decimal("55"), None)]
    text = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "王芳" not in text and "李强" not in text
    summary = {r[6]: r[2] for r in workbook["汇总"].iter_rows(min_row=4, values_only=True)
               if r[6]}
    assert summary["sales.revenue_fen"] == rows[-1][2]
    assert summary["sales.maker_income_fen"] == rows[-1][4]
    assert summary["sales.items"] == rows[-1][1]
    assert summary["sales.sales"] == 2
    channels = [row[:3] for row in sheet.iter_rows(min_row=8, values_only=True) if any(row)]
    assert channels == [
        ("销售渠道", "销售笔数\n（笔）", "销售金额\n（元）"),
        ("门店", 2, Decimal("90")), ("义卖展销", 0, Decimal("0")), ("订单", 0, Decimal("0")),
        ("退款（按退款日期）", None, Decimal("-20")), ("合计", 2, Decimal("70"))]
    assert channels[-1][1] == summary["sales.sales"]
    assert channels[-1][2] == summary["sales.revenue_fen"]
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.print_title_rows == "$3:$3"
