"""The makers' payout sheet (发放表): a row per maker with a share, the total in figures and
in 大写, a signature column and the sign-off block; printed on A4 with its headings repeated;
refused for the kiosk account and for a missing folder, with nothing written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.sales.payout_sheet import HEADERS, SHEET_TITLE, export_payout_sheet
from desktop.excel.workbook_file import ExportError
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.db import Database
from desktop.models.sales import sales, stock
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF, save_centre_profile
from tests.excel.printed_pages import printed_pages
from tests.models.sales.income_support import APRIL, MAY, april_and_may
from tests.models.sales.sales_support import KIOSK, member, product, sales_db

__all__ = ["sales_db"]


def test_a_row_per_maker_total_in_capitals_and_room_to_sign(sales_db: Database,
                                                            tmp_path: Path) -> None:
    save_centre_profile(sales_db)
    april_and_may(sales_db)
    income = export_payout_sheet(sales_db, STAFF, MAY, tmp_path / "payout.xlsx")
    assert income.share_fen == 5_500
    sheet = load_workbook(tmp_path / "payout.xlsx")[SHEET_TITLE]
    assert sheet["A1"].value == "测试温馨家园 2024年5月 希联圆梦手工品制作者收入发放表"
    assert "销售收入减去材料成本的 100% 归制作者，按各自份额分配" in sheet["A2"].value
    assert [c.value for c in sheet[3]] == HEADERS
    rows = [row for row in sheet.iter_rows(min_row=4, max_row=6, values_only=True)]
    assert rows == [
        (1, "李强", 1, Decimal("20"), Decimal("4"), Decimal("16"), None, None),
        (2, "王芳", 2, Decimal("50"), Decimal("11"), Decimal("39"), None, None),
        ("合计", "2 人", 2, Decimal("70"), Decimal("15"), Decimal("55"), None, None)]
    assert sheet["A7"].value == "合计金额（大写）：伍拾伍元整　　（小写）¥55.00"
    text = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert {"经办人（签字）：", "审核人（签字）：", "负责人（签字）：",
            "单位（盖章）："} <= set(text)
    assert sheet.row_dimensions[4].height >= 30  # room to sign
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.oddHeader.center.text  # the centre and month on every page


def test_a_paid_month_shows_the_day_paid(sales_db: Database, tmp_path: Path) -> None:
    save_centre_profile(sales_db)
    april_and_may(sales_db)
    export_payout_sheet(sales_db, STAFF, APRIL, tmp_path / "april.xlsx")
    sheet = load_workbook(tmp_path / "april.xlsx")[SHEET_TITLE]
    assert [row[6] for row in sheet.iter_rows(min_row=4, max_row=5, values_only=True)] == [
        "2024-05-10", "2024-05-10"]


def test_refused_for_the_kiosk_and_a_missing_folder(sales_db: Database, tmp_path: Path) -> None:
    april_and_may(sales_db)
    with pytest.raises(PermissionDenied):
        export_payout_sheet(sales_db, KIOSK, MAY, tmp_path / "k.xlsx")
    with pytest.raises(ExportError, match=r"导出失败：文件夹 .* 不存在"):
        export_payout_sheet(sales_db, STAFF, MAY, tmp_path / "nowhere" / "p.xlsx")
    assert not any(p.suffix == ".xlsx" for p in tmp_path.rglob("*"))


def test_a_forty_maker_month_prints_the_sign_off_with_the_last_rows(
        sales_db: Database, tmp_path: Path) -> None:
    save_centre_profile(sales_db)
    for n in range(40):
        maker = member(sales_db, f"制作者{n:02d}", 100 + n)
        made = product(sales_db, [(maker, 100)], name=f"商品{n:02d}", price_fen=3_000)
        stock.record_production(sales_db, made, 1, date(2024, 5, 1), actor=STAFF)
        sales.record_sale(sales_db, SaleInput([LineInput(made)], "微信", day=date(2024, 5, 7),
                                              time="11:00"), actor=STAFF)
    export_payout_sheet(sales_db, STAFF, MAY, tmp_path / "payout.xlsx")
    sheet = load_workbook(tmp_path / "payout.xlsx")[SHEET_TITLE]
    where = {c.value: c.row for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)}
    last_maker, seal = where["制作者39"], where["单位（盖章）："]
    assert where["合计"] == last_maker + 1
    pages = printed_pages(sheet, seal)
    assert len(pages) == 3
    # The last page: the last maker, 合计, the 大写 total, the signatures and the seal.
    assert pages[-1][0] <= last_maker and pages[-1][-1] == seal
    assert where["经办人（签字）："] in pages[-1]
    # Every page starts with makers (under the repeated headings), none with the block.
    assert all(any(sheet.cell(r, 2).value in where and str(sheet.cell(r, 2).value)
                   .startswith("制作者") for r in page) for page in pages)
