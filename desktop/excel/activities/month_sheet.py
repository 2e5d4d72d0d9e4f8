"""The monthly workbook's 活动明细 sheet (declared in ``desktop.excel.activities``): the month's
activities held, one per row, with their participant counts (no participant's name)."""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_form import HEADER_ROW, day_cell, detail_print_setup, detail_title
from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import (
    DATE_FORMAT,
    HEADER_FONT,
    append_row,
    append_styled,
    draw_grid,
    number_format,
    set_widths,
    write_header,
)
from desktop.models.activities.activities import COUNTED_KINDS
from desktop.models.db import Database

HEADERS = ["日期", "活动名称", "类型", "地点", "组织者", "参加人次\n（人次）", "计入文体\n目标"]
WIDTHS = [12, 30, 8, 18, 20, 10, 10]
ABOUT = ("本月已开展的活动（作废的和今天以后计划的不计），与汇总的“开展活动”“参加活动人次”一致；"
         "文化、体育类活动计入“本年参加文体活动满3次”的目标。")


def write_activities(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """The month's activities held (voided ones and those planned after ``today`` left out,
    as 汇总 counts them) with their participant counts."""
    rows = db.query(
        "SELECT a.day, a.title, a.kind, a.place, a.organiser,"
        " (SELECT count(*) FROM activity_participant ap WHERE ap.activity_id = a.id)"
        " FROM activity a WHERE substr(a.day, 1, 7) = ? AND a.day <= ?"
        " AND a.voided_at IS NULL ORDER BY a.day, a.id", (month, today.isoformat()))
    set_widths(sheet, WIDTHS)
    detail_title(db, month, sheet, len(HEADERS), ABOUT)
    write_header(sheet, HEADERS, WIDTHS)
    for r in rows:
        append_row(sheet, [day_cell(r[0]), r[1], r[2], r[3], r[4], int(r[5]),
                           "是" if r[2] in COUNTED_KINDS else "否"])
    for cell in append_styled(sheet, [TOTAL, f"{len(rows)} 次", None, None, None,
                                      sum(int(r[5]) for r in rows), None]):
        cell.font = HEADER_FONT
    last = sheet.max_row
    number_format(sheet, (1,), DATE_FORMAT, first_row=HEADER_ROW + 1)
    wrap = Alignment(vertical="top", wrap_text=True)
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=last, max_col=len(HEADERS)):
        for cell in line:
            cell.alignment = wrap
    draw_grid(sheet, HEADER_ROW, last, len(HEADERS))
    detail_print_setup(db, month, sheet)
    return len(rows)
