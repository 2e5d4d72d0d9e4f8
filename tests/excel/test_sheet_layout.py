"""The shared sheet layout and the detail-sheet registry of the monthly workbook."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Border, Side

from desktop.excel.detail_sheets import detail_sheets, yuan
from desktop.excel.form_layout import sign_off_block
from desktop.excel.sheet_layout import (
    BODY_SIZE,
    FONT_NAME,
    append_row,
    clean_text,
    fixed_style,
    new_workbook,
    print_setup,
    printed_scale,
    write_header,
)


def test_text_that_looks_like_a_formula_stays_text() -> None:
    sheet = Workbook().active
    append_row(sheet, ["=SUM(A1:A9)", "#N/A", "张三\x07", 12])
    row = sheet[1]
    assert [c.data_type for c in row[:2]] == ["s", "s"]
    assert row[0].value == "=SUM(A1:A9)" and row[2].value == "张三" and row[3].value == 12
    assert clean_text("a\x00b") == "ab"


def test_header_widths_and_a4_with_a_literal_ampersand() -> None:
    sheet = Workbook().active
    sheet.title = "汇总"
    write_header(sheet, ["指标", "本月"], [30, 12])
    print_setup(sheet, "A&B 温馨家园", "2026-10")
    assert [c.value for c in sheet[1]] == ["指标", "本月"]
    assert sheet.column_dimensions["A"].width == 30
    # A narrow table prints portrait (the orientation is chosen by the table's width).
    assert sheet.page_setup.orientation == "portrait"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.oddHeader.center.text == "A&&B 温馨家园 2026-10 汇总"
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_a_wide_table_goes_landscape_and_fits_the_width() -> None:
    sheet = Workbook().active
    write_header(sheet, ["指标"] * 12, [10] * 12)
    print_setup(sheet, "中心", "2026-10")
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert printed_scale(sheet) * BODY_SIZE >= 8


def test_a_table_too_wide_to_fit_readably_is_split_with_its_first_columns_repeated() -> None:
    sheet = Workbook().active
    write_header(sheet, ["指标", *(["本月"] * 40)], [24, *([9] * 40)])
    print_setup(sheet, "中心", "2026-10", title_columns="A:A")
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.scale == 100 and printed_scale(sheet) == 1
    assert sheet.print_title_cols == "$A:$A"


def test_new_workbook_has_the_form_font_and_the_centre_as_author() -> None:
    workbook = new_workbook("西长安街温馨家园 2026年10月 发放表", "西长安街温馨家园")
    assert workbook.properties.creator == "西长安街温馨家园"
    assert workbook.properties.title == "西长安街温馨家园 2026年10月 发放表"
    sheet = workbook.active
    sheet["A1"] = "张三"
    assert sheet["A1"].font.name == FONT_NAME and sheet["A1"].font.scheme is None


def test_sign_off_block_has_every_role_the_seal_and_the_date() -> None:
    sheet = Workbook().active
    write_header(sheet, ["序号", "姓名", "金额（元）", "签字"], [6, 12, 12, 20])
    after = sign_off_block(sheet, 2, 4)
    texts = [c.value for row in sheet.iter_rows(min_row=3) for c in row if c.value]
    assert texts == ["制表人（签字）：", "审核人（签字）：", "负责人（签字）：",
                     "单位（盖章）：", "日期：　　　　年　　月　　日"]
    # A blank row after the table (row 2), then the signatures (as many rows as the table's
    # width needs), each tall enough to sign in, and the seal row tall enough for a stamp.
    rows_of = {c.value: c.row for row in sheet.iter_rows(min_row=3) for c in row if c.value}
    seal_row = rows_of["单位（盖章）："]
    sign_rows = {rows_of[f"{role}（签字）："] for role in ("制表人", "审核人", "负责人")}
    assert min(sign_rows) == 3 and max(sign_rows) < seal_row
    assert all(sheet.row_dimensions[r].height >= 30 for r in sign_rows)
    assert sheet.row_dimensions[seal_row].height >= 110
    assert after == seal_row + 1


def test_detail_sheets_are_registered_in_order_and_money_is_exact() -> None:
    assert [s.title for s in detail_sheets()] == ["考勤明细", "活动明细", "补助明细", "日间照料",
                                                  "志愿服务", "希联圆梦"]
    assert yuan(4000) == Decimal("40.00") and yuan(1) == Decimal("0.01")


def test_a_fixed_style_is_written_exactly_like_the_original(tmp_path: Path) -> None:
    thin = Side(style="thin")
    original = Border(left=thin, right=thin, top=thin, bottom=thin)
    fixed = fixed_style(original)
    assert hash(fixed) == hash(original) and fixed.left == original.left
    assert fixed.to_tree().attrib == original.to_tree().attrib
    assert [child.tag for child in fixed.to_tree()] == [c.tag for c in original.to_tree()]
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"].border, sheet["A2"].border = original, fixed
    workbook.save(tmp_path / "b.xlsx")
    again = load_workbook(tmp_path / "b.xlsx").active
    assert repr(again["A2"].border) == repr(again["A1"].border)
    assert again["A2"].border.left.style == "thin"
