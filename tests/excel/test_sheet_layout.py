"""The shared sheet layout and the detail-sheet registry of the monthly workbook."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook

from desktop.excel.detail_sheets import detail_sheets, yuan
from desktop.excel.sheet_layout import append_row, clean_text, print_setup, write_header


def test_text_that_looks_like_a_formula_stays_text() -> None:
    sheet = Workbook().active
    append_row(sheet, ["=SUM(A1:A9)", "#N/A", "张三\x07", 12])
    row = sheet[1]
    assert [c.data_type for c in row[:2]] == ["s", "s"]
    assert row[0].value == "=SUM(A1:A9)" and row[2].value == "张三" and row[3].value == 12
    assert clean_text("a\x00b") == "ab"


def test_header_widths_and_a4_landscape_with_a_literal_ampersand() -> None:
    sheet = Workbook().active
    sheet.title = "汇总"
    write_header(sheet, ["指标", "本月"], [30, 12])
    print_setup(sheet, "A&B 温馨家园", "2026-10")
    assert [c.value for c in sheet[1]] == ["指标", "本月"]
    assert sheet.column_dimensions["A"].width == 30
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.oddHeader.center.text == "A&&B 温馨家园 2026-10 汇总"


def test_detail_sheets_are_registered_in_order_and_money_is_exact() -> None:
    assert [s.title for s in detail_sheets()] == ["考勤明细", "活动明细", "补助明细"]
    assert yuan(4000) == Decimal("40.00") and yuan(1) == Decimal("0.01")
