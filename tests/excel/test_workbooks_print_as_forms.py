"""Every workbook the app writes, made from demo data, checked as a clerk's printer sees it.

The centre's monthly workbook, the district workbook, the payout sheet, the attendance matrix,
the audit log, the call list, the roster template, the 志愿北京 export and the meal statement: A4
on every visible sheet, header rows repeated, a page header and page numbers, a title in row 1,
no machine key in a visible cell, numbers and dates stored as numbers and dates, money in 元
with two decimals and wide enough not to print as ###, wrapped text within the height its row
was given, and text that prints at 8 pt or more (the fit-to-width scale, worked out from the
column widths, times the font size). LibreOffice is not needed: `make print-check` is where
the pages are looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.excel.admin.audit_export import export_audit
from desktop.excel.attendance.attendance_export import export_month
from desktop.excel.attendance.call_list_export import export_call_list
from desktop.excel.care.meal_statement import export_meal_statement
from desktop.excel.people.roster_template import write_template
from desktop.excel.reporting.consolidation import consolidate
from desktop.excel.reporting.consolidation_output import write_consolidation
from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.excel.sheet_layout import lines_in
from desktop.excel.subsidy.subsidy_export import export_subsidy
from desktop.excel.training.claim_sheet import export_claim_workbook
from desktop.excel.volunteers.platform_export import export_platform
from desktop.models.admin.audit_query import AuditQuery
from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import open_database
from desktop.models.demo import demo

TODAY = date(2026, 11, 20)
MONTH = "2026-10"
ADMIN = Actor("admin", Role.ADMIN)
# Forms of label and value (no table, so no header row to repeat).
NO_TABLE = {"封面", "导出说明", "填写说明"}
# The roster sheet's row 1 is the header row the importer reads (its title is in the page
# header), like the 志愿北京 export's: the sheets without a title row.
IMPORT_SHEETS = {"会员名册", "志愿服务记录"}
MACHINE_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
NUMBER_TEXT = re.compile(r"^-?\d{1,10}(\.\d+)?$")  # 11 digits and more: phone or ID, text
DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$")
MONEY_FORMAT = "#,##0.00"
A4 = 9
# Printed width of a column: a unit of width is at most 6.75 pt in 宋体 (LibreOffice prints it
# widest), plus the cell's padding.
POINTS_PER_UNIT, PADDING = 6.75, 3.8


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Every kind of workbook, written from two small demo centres."""
    folder = tmp_path_factory.mktemp("forms")
    inputs = folder / "centres"
    inputs.mkdir()
    files: dict[str, Path] = {}
    for number, street in enumerate(("月坛", "德胜")):
        db = open_database(folder / f"c{number}.db")
        try:
            demo.generate(db, demo.DemoOptions(seed=5 + number, members=40, years=1,
                                               today=TODAY, street=street))
            centre = export_monthly_workbook(db, MONTH, inputs, generated_by="staff",
                                             today=TODAY).path
            if number:
                continue
            files["月报"] = centre
            files["发放表"] = folder / "发放表.xlsx"
            export_subsidy(db, ADMIN, MONTH, files["发放表"])
            files["考勤表"] = folder / "考勤表.xlsx"
            export_month(db, MONTH, None, files["考勤表"], actor=ADMIN)
            files["操作日志"] = folder / "操作日志.xlsx"
            export_audit(db, ADMIN, AuditQuery(), files["操作日志"])
            files["联系名单"] = folder / "联系名单.xlsx"
            export_call_list(db, files["联系名单"], weeks=2, today=TODAY, actor=ADMIN)
            files["志愿北京"] = folder / "志愿北京.xlsx"
            export_platform(db, ADMIN, MONTH, files["志愿北京"])
            files["餐费明细"] = folder / "餐费明细.xlsx"
            export_meal_statement(db, ADMIN, MONTH, files["餐费明细"])
            files["培训补贴申请"] = folder / "培训补贴申请.xlsx"
            course = db.scalar("SELECT id FROM training_course WHERE cancelled_at IS NULL"
                               " AND subsidy_kind <> 'none' AND last_day < ?"
                               " ORDER BY last_day DESC", (TODAY.isoformat(),))
            export_claim_workbook(db, ADMIN, int(course), files["培训补贴申请"])
        finally:
            db.close()
    district = consolidate([inputs], MONTH, clock=FixedClock(datetime(2026, 11, 20, 17, 0)))
    files["区汇总"] = write_consolidation(district, folder / "区汇总.xlsx")
    files["名册模板"] = write_template(folder / "名册模板.xlsx")
    yield files


def _visible_sheets(path: Path) -> list[Any]:
    return [s for s in load_workbook(path).worksheets if s.sheet_state == "visible"]


def _hidden_columns(sheet: Any) -> set[int]:
    return {c for c in range(1, sheet.max_column + 1)
            if sheet.column_dimensions[get_column_letter(c)].hidden}


def _visible_cells(sheet: Any) -> Iterator[Any]:
    hidden = _hidden_columns(sheet)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None and cell.column not in hidden:
                yield cell


def _printed_width(sheet: Any) -> float:
    hidden = _hidden_columns(sheet)
    return sum((sheet.column_dimensions[get_column_letter(c)].width or 8.43) * POINTS_PER_UNIT
               + PADDING for c in range(1, sheet.max_column + 1) if c not in hidden)


def _scale(sheet: Any) -> float:
    """The share the sheet prints at: fitted to the page width, or its fixed scale."""
    setup = sheet.page_setup
    if sheet.sheet_properties.pageSetUpPr.fitToPage:
        paper = 841.9 if setup.orientation == "landscape" else 595.3
        margins = sheet.page_margins
        usable = paper - 72 * (margins.left + margins.right)
        return min(1.0, usable / _printed_width(sheet))
    return (setup.scale or 100) / 100


KINDS = ["月报", "区汇总", "发放表", "考勤表", "操作日志", "联系名单", "名册模板", "志愿北京",
         "餐费明细", "培训补贴申请"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_sheet_is_set_up_for_a4_with_headers_footers_and_a_title(
        workbooks: dict[str, Path], kind: str) -> None:
    workbook = load_workbook(workbooks[kind])
    assert workbook.properties.creator not in (None, "", "openpyxl")
    assert workbook.properties.title
    for sheet in _visible_sheets(workbooks[kind]):
        name = f"{kind}/{sheet.title}"
        assert int(sheet.page_setup.paperSize) == A4, name
        assert sheet.page_setup.orientation in ("portrait", "landscape"), name
        assert sheet.oddHeader.center.text, name
        assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页", name
        if sheet.title not in NO_TABLE:
            assert sheet.print_title_rows, name
        if sheet.title not in IMPORT_SHEETS:
            title = next(c for c in sheet[1] if c.value is not None)
            assert isinstance(title.value, str) and title.font.b, name
            assert title.font.sz >= 14 or sheet.title in NO_TABLE, name


@pytest.mark.parametrize("kind", KINDS)
def test_no_machine_key_and_numbers_and_dates_are_not_text(workbooks: dict[str, Path],
                                                          kind: str) -> None:
    for sheet in _visible_sheets(workbooks[kind]):
        for cell in _visible_cells(sheet):
            where = f"{kind}/{sheet.title}!{cell.coordinate}"
            if isinstance(cell.value, str):
                text = cell.value.strip()
                assert not MACHINE_KEY.match(text), (where, text)
                assert not NUMBER_TEXT.match(text), (where, text)
                assert not DATE_TEXT.match(text), (where, text)
                assert "（分）" not in text, (where, text)


def _money_cells(sheet: Any) -> Iterator[Any]:
    """Numbers under a heading in 元, and in rows whose 单位 is 元."""
    headings: dict[int, str] = {}
    unit_column = None
    for row in sheet.iter_rows():
        texts = {c.column: c.value for c in row if isinstance(c.value, str)}
        if "单位" in texts.values():
            unit_column = next(k for k, v in texts.items() if v == "单位")
        for column, text in texts.items():
            if "（元" in text or "(元" in text:
                headings[column] = text
        in_yuan = unit_column is not None and row[unit_column - 1].value == "元"
        for cell in row:
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool) and (
                    cell.column in headings or in_yuan):
                yield cell


@pytest.mark.parametrize("kind", ["月报", "区汇总", "发放表", "餐费明细"])
def test_money_is_in_yuan_with_two_decimals(workbooks: dict[str, Path], kind: str) -> None:
    found = 0
    for sheet in _visible_sheets(workbooks[kind]):
        for cell in _money_cells(sheet):
            found += 1
            assert cell.number_format == MONEY_FORMAT, f"{kind}/{sheet.title}!{cell.coordinate}"
    assert found


@pytest.mark.parametrize("kind", KINDS)
def test_printed_text_is_at_least_8_points(workbooks: dict[str, Path], kind: str) -> None:
    for sheet in _visible_sheets(workbooks[kind]):
        scale = _scale(sheet)
        smallest = min((cell.font.sz or 11) for cell in _visible_cells(sheet))
        assert scale * smallest >= 8, (f"{kind}/{sheet.title}", scale, smallest)


def _width(sheet: Any, cell: Any) -> float:
    """The cell's width in characters: its column's, or its merged range's."""
    for merged in sheet.merged_cells.ranges:
        if cell.coordinate in merged:
            return sum(sheet.column_dimensions[get_column_letter(c)].width or 8.43
                       for c in range(merged.min_col, merged.max_col + 1))
    return sheet.column_dimensions[get_column_letter(cell.column)].width or 8.43


@pytest.mark.parametrize("kind", KINDS)
def test_wrapped_text_fits_the_height_its_row_was_given(workbooks: dict[str, Path],
                                                        kind: str) -> None:
    """A row given a height must hold its wrapped text (a row left without one grows by
    itself): the app's own estimate of the lines, without its margin of a character, and a
    line about 1.25 times the font size."""
    for sheet in _visible_sheets(workbooks[kind]):
        for cell in _visible_cells(sheet):
            height = sheet.row_dimensions[cell.row].height
            if height is None or not isinstance(cell.value, str) or not (
                    cell.alignment and cell.alignment.wrap_text):
                continue
            lines = lines_in(cell.value, _width(sheet, cell) + 1)
            needed = lines * (cell.font.sz or 11) * 1.25
            assert needed <= height + 1, (f"{kind}/{sheet.title}!{cell.coordinate}",
                                          cell.value, height)


@pytest.mark.parametrize("kind", KINDS)
def test_money_fits_its_column_without_hashes(workbooks: dict[str, Path], kind: str) -> None:
    """A money figure printed with its thousands comma fits its column (Excel and
    LibreOffice print ### instead of a number too wide); bold digits count a little wider."""
    for sheet in _visible_sheets(workbooks[kind]):
        for cell in _visible_cells(sheet):
            if cell.number_format != MONEY_FORMAT or not isinstance(cell.value, int | float):
                continue
            shown = f"{cell.value:,.2f}"
            wide = len(shown) * (1.1 if cell.font.b else 1.0) + 1
            assert wide <= _width(sheet, cell), (f"{kind}/{sheet.title}!{cell.coordinate}",
                                                 shown)


def test_the_payout_sheet_carries_the_sign_off_block_and_the_total_in_capitals(
        workbooks: dict[str, Path]) -> None:
    sheet = load_workbook(workbooks["发放表"]).worksheets[0]
    texts = [str(c.value) for c in _visible_cells(sheet)]
    capital = next(t for t in texts if t.startswith("合计金额（大写）："))
    assert capital.split("：")[1].split("　")[0].endswith(("整", "分", "角"))
    for role in ("经办人（签字）：", "审核人（签字）：", "负责人（签字）：", "单位（盖章）："):
        assert role in texts
