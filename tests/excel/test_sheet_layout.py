"""The shared sheet layout and the detail-sheet registry of the monthly workbook."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from desktop.excel.detail_sheets import detail_sheets, yuan
from desktop.excel.form_layout import sign_off_block, write_title
from desktop.excel.sheet_layout import (
    BODY_SIZE,
    FONT_NAME,
    GRID_BORDER,
    HEADER_FONT,
    append_row,
    cell_like,
    clean_text,
    fixed_style,
    new_workbook,
    print_setup,
    printed_scale,
    style_model,
    write_header,
)
from tests.excel.printed_pages import printed_pages


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
                                                  "志愿服务", "希联圆梦", "职业培训"]
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


def test_a_cell_made_like_a_model_is_saved_exactly_like_one_styled_one_setter_at_a_time(
        tmp_path: Path) -> None:
    # cell_like copies openpyxl's private style array: if openpyxl stops keeping a cell's
    # style that way, the copied cells lose their style here (or the call fails).
    workbook = new_workbook("t", "温馨家园")
    sheet = workbook.active
    assert sheet is not None
    shade = PatternFill("solid", fgColor="E4E4E4")
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    model = style_model(sheet, border=GRID_BORDER, alignment=centred, fill=shade,
                        font=HEADER_FONT, number_format="0.00")
    by_hand = sheet.cell(row=1, column=1, value=7)
    by_hand.border, by_hand.alignment, by_hand.fill = GRID_BORDER, centred, shade
    by_hand.font, by_hand.number_format = HEADER_FONT, "0.00"
    sheet.append([None, cell_like(sheet, 7, model), cell_like(sheet, None, model),
                  cell_like(sheet, "=A1\x07", model)])
    copied, empty, text = sheet["B2"], sheet["C2"], sheet["D2"]
    assert model.row is None and sheet.max_column == 4  # the model itself is not on the sheet
    assert text.value == "=A1" and text.data_type == "s"  # cleaned, and never a formula
    # Each cell has its own style: restyling one changes neither the model nor the others.
    italic = Font(name=HEADER_FONT.name, sz=HEADER_FONT.sz, b=True, i=True)
    empty.font = italic
    assert copied.font == HEADER_FONT and model.font == HEADER_FONT and empty.font == italic
    workbook.save(tmp_path / "like.xlsx")
    again = load_workbook(tmp_path / "like.xlsx").active
    assert again is not None
    for cell in (again["B2"], again["D2"]):
        for part in ("font", "fill", "border", "alignment", "number_format", "protection"):
            assert repr(getattr(cell, part)) == repr(getattr(again["A1"], part)), part
    assert again["B2"].value == 7 and again["C2"].value is None
    assert again["C2"].border.left.style == "thin" and again["C2"].font.i


@pytest.mark.parametrize("rows", [1, 15, 20, 21, 22, 23, 24, 40, 41, 42, 43, 44, 45, 46, 70])
def test_the_sign_off_block_prints_whole_with_the_tables_last_rows(rows: int) -> None:
    sheet = Workbook().active
    write_title(sheet, "发放表", 4)
    write_header(sheet, ["序号", "姓名", "金额（元）", "签字"], [6, 12, 12, 20])
    for n in range(rows):
        sheet.append([n + 1, f"会员{n:03d}", 10, None])
        sheet.row_dimensions[sheet.max_row].height = 30
    table_end = sheet.max_row
    print_setup(sheet, "中心", "2026年10月", title_rows="2:2", orientation="portrait",
                columns=4)
    after = sign_off_block(sheet, table_end + 1, 4)
    pages = printed_pages(sheet, after - 1)
    # The table's last rows and the whole block on the last page; every page but the last
    # holds table rows, none is left with only its headings.
    assert set(range(table_end - 1, after)) <= set(pages[-1])
    assert all(any(3 <= r <= table_end for r in page) for page in pages)
    # Pages are broken by hand only where needed: each page is filled, but for the one
    # before the last, which may give the block its last rows.
    for page in pages[:-2]:
        assert sum(sheet.row_dimensions[r].height or 15 for r in page) > 600


def test_no_page_is_broken_before_the_sheet_is_set_up_for_printing() -> None:
    sheet = Workbook().active
    for n in range(60):
        sheet.append([n])
        sheet.row_dimensions[sheet.max_row].height = 30
    sign_off_block(sheet, 61, 4)
    assert sheet.row_breaks.brk == []
