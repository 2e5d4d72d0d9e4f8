"""Export a month's attendance matrix (members x days, with totals) to an .xlsx workbook.

The sheet is what the attendance page shows: one row per member in pinyin order (with the card
number, which tells apart members of the same name) with ✓ on the
days they signed in, their day count in the last column, the number of members per day in the
last row and the month's total (人次) where both meet. Printed as a form: A4 landscape, the
whole month on one page width, the day and weekday rows repeated on every page, weekends
shaded, centre and month in the page header, page numbers, and a 制表人 / 审核人 line under the
table. Written atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.form_layout import TITLE_FONT, month_words, sign_off_block, write_notes
from desktop.excel.sheet_layout import (
    GRID_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    new_workbook,
    print_setup,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor
from desktop.models.attendance.attendance_month import MonthMatrix, month_matrix
from desktop.models.db import Database
from desktop.models.people.people_query import fetch_rows

__all__ = ["ExportError", "MonthExport", "export_month"]

SHEET_TITLE = "考勤月表"
INFO_TITLE = "导出说明"
PRESENT_MARK = "✓"
WEEKDAYS = "一二三四五六日"
TOTAL = "合计"
# Rows 1–3 are the title and the two header rows (day number, weekday); members start at 4.
HEADER_ROW = 2
WEEKDAY_ROW = 3
FIRST_DATA_ROW = 4
FIRST_DAY_COLUMN = 4
# Number, name and card stay in view while scrolling across; headers while scrolling down.
FREEZE = "D4"
# A day column holds three digits (members per day) at full size; a month is then wider than
# an A4 page and prints in two bands, number, name and card repeated on each (never shrunk to
# fit: the digits would be unreadable).
WIDTHS = {"number": 4, "name": 8, "card": 10, "day": 3.6, "total": 6}
BAND_DAYS = 16
WEEKEND_FILL = PatternFill("solid", fgColor="E4E4E4")


@dataclass(frozen=True)
class MonthExport:
    """What was written: the month, the filter and the figures of the sheet."""

    month: str
    programme: str | None
    members: int
    sign_ins: int


def _text(value: str) -> str:
    # Control characters make Excel refuse the whole file.
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _put_text(sheet: Worksheet, row: int, column: int, value: str) -> Any:
    cell = sheet.cell(row=row, column=column, value=_text(value))
    # A name typed as "=…" must stay text, never become a formula Excel would run.
    cell.data_type = "s"
    return cell


def programme_text(programme: str | None) -> str:
    """The filter in words: a programme name or 全部项目."""
    return programme or "全部项目"


def _title(centre_name: str, month: str, programme: str | None) -> str:
    year, number = month.split("-")
    parts = [centre_name, f"{year}年{int(number)}月考勤", f"（{programme_text(programme)}）"]
    return "".join(p for p in parts if p)


def _write_matrix(sheet: Worksheet, matrix: MonthMatrix, cards: dict[int, str],
                  title: str) -> None:
    days = matrix.days
    total_column = FIRST_DAY_COLUMN + len(days)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    weekend = {FIRST_DAY_COLUMN + offset for offset, day in enumerate(days)
               if date.fromisoformat(day).weekday() >= 5}

    title_cell = _put_text(sheet, 1, 1, title)
    title_cell.font = TITLE_FONT
    title_cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 28
    # Over the first band of days only: merged across the break it would print cut in two.
    sheet.merge_cells(start_row=1, start_column=1, end_row=1,
                      end_column=min(total_column, FIRST_DAY_COLUMN + BAND_DAYS - 1))
    # The card number tells apart members with the same name; it is not an identity number.
    headers = ["序号", "姓名", "卡号"]
    for column, text in enumerate(headers, start=1):
        _put_text(sheet, HEADER_ROW, column, text)
        sheet.merge_cells(start_row=HEADER_ROW, start_column=column, end_row=WEEKDAY_ROW,
                          end_column=column)
    for offset, day in enumerate(days):
        column = FIRST_DAY_COLUMN + offset
        sheet.cell(row=HEADER_ROW, column=column, value=int(day[8:]))
        sheet.cell(row=WEEKDAY_ROW, column=column, value=WEEKDAYS[date.fromisoformat(day)
                                                                  .weekday()])
    _put_text(sheet, HEADER_ROW, total_column, "出勤天数")
    sheet.merge_cells(start_row=HEADER_ROW, start_column=total_column, end_row=WEEKDAY_ROW,
                      end_column=total_column)

    day_totals = [0] * len(days)
    row = FIRST_DATA_ROW
    for number, (person_id, name) in enumerate(matrix.members, start=1):
        sheet.cell(row=row, column=1, value=number)
        _put_text(sheet, row, 2, name)
        _put_text(sheet, row, 3, cards.get(person_id, ""))
        count = 0
        for offset, day in enumerate(days):
            if (person_id, day) in matrix.present:
                sheet.cell(row=row, column=FIRST_DAY_COLUMN + offset, value=PRESENT_MARK)
                day_totals[offset] += 1
                count += 1
        sheet.cell(row=row, column=total_column, value=count)
        row += 1
    total_row = row
    _put_text(sheet, total_row, 2, TOTAL)
    for offset, value in enumerate(day_totals):
        sheet.cell(row=total_row, column=FIRST_DAY_COLUMN + offset, value=value)
    sheet.cell(row=total_row, column=total_column, value=matrix.total)

    for line in sheet.iter_rows(min_row=HEADER_ROW, max_row=total_row, max_col=total_column):
        for cell in line:
            cell.border = GRID_BORDER
            if cell.column not in (2, 3) or cell.row < FIRST_DATA_ROW:
                cell.alignment = centre
            if cell.row < FIRST_DATA_ROW or cell.row == total_row or \
                    cell.column == total_column:
                cell.font = HEADER_FONT
            if cell.row < FIRST_DATA_ROW or cell.row == total_row or \
                    cell.column == total_column:
                cell.fill = HEADER_FILL
            elif cell.column in weekend:
                cell.fill = WEEKEND_FILL

    sheet.column_dimensions["A"].width = WIDTHS["number"]
    sheet.column_dimensions["B"].width = WIDTHS["name"]
    sheet.column_dimensions["C"].width = WIDTHS["card"]
    for offset in range(len(days)):
        sheet.column_dimensions[get_column_letter(FIRST_DAY_COLUMN + offset)].width = \
            WIDTHS["day"]
    sheet.column_dimensions[get_column_letter(total_column)].width = WIDTHS["total"]
    sheet.freeze_panes = FREEZE
    sign_off_block(sheet, total_row + 1, total_column, ("制表人", "审核人"), seal=False)


def export_month(db: Database, month: str, programme: str | None,
                 path: str | os.PathLike[str], *, actor: Actor) -> MonthExport:
    """Write the month's matrix (optionally one programme) to an .xlsx file at ``path``.

    Raises ValidationError for a malformed month or unknown programme, ExportError when the
    file cannot be written (then nothing is left at ``path``).
    """
    matrix = month_matrix(db, month, programme)
    centre_name = load_profile(db).name
    title = _title(centre_name, month, programme)
    workbook = new_workbook(title, centre_name)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    rows = fetch_rows(db, [person_id for person_id, _ in matrix.members])
    cards = {person_id: row.card_number for person_id, row in rows.items()}
    _write_matrix(sheet, matrix, cards, title)
    # A month is wide: landscape, in two bands of days (1–16, then the rest with the member's
    # total) across pages, number, name and card repeated on each.
    sheet.col_breaks.append(Break(id=FIRST_DAY_COLUMN + BAND_DAYS - 1))
    print_setup(sheet, centre_name, month_words(month),
                title_rows=f"{HEADER_ROW}:{WEEKDAY_ROW}", title_columns="A:C",
                orientation="landscape", columns=FIRST_DAY_COLUMN + len(matrix.days))
    info = workbook.create_sheet(INFO_TITLE)
    write_notes(info, [
        ("中心", centre_name),
        ("月份", month),
        ("服务项目", programme_text(programme)),
        ("人数（人）", len(matrix.members)),
        ("签到人次（人次）", matrix.total),
        ("导出时间", db.clock.now()),
        ("导出人", actor.username),
        ("说明", "✓ 表示当天已签到；作废的签到不计入。名单含当月在册会员和当月签到过的人。"
                 "周六、周日的列底色较深。"),
    ], title=f"{title}：导出说明")
    print_setup(info, centre_name, month_words(month), title_rows=None, columns=2)
    save_workbook(workbook, path)
    return MonthExport(month=month, programme=programme, members=len(matrix.members),
                       sign_ins=matrix.total)
