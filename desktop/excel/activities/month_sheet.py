"""The monthly workbook's 活动明细 sheet (declared in ``desktop.excel.activities``)."""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import HEADER_FONT, append_row, append_styled, write_header
from desktop.models.activities.activities import COUNTED_KINDS
from desktop.models.db import Database


def write_activities(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """The month's activities held (voided ones and those planned after ``today`` left out,
    as 汇总 counts them) with their participant counts."""
    rows = db.query(
        "SELECT a.day, a.title, a.kind, a.place, a.organiser,"
        " (SELECT count(*) FROM activity_participant ap WHERE ap.activity_id = a.id)"
        " FROM activity a WHERE substr(a.day, 1, 7) = ? AND a.day <= ?"
        " AND a.voided_at IS NULL ORDER BY a.day, a.id", (month, today.isoformat()))
    write_header(sheet, ["日期", "活动名称", "类型", "地点", "组织者", "参加人次", "计入文体目标"],
                 [12, 30, 10, 20, 14, 10, 12])
    for r in rows:
        append_row(sheet, [r[0], r[1], r[2], r[3], r[4], int(r[5]),
                           "是" if r[2] in COUNTED_KINDS else "否"])
    for cell in append_styled(sheet, [TOTAL, f"{len(rows)} 次", None, None, None,
                                   sum(int(r[5]) for r in rows), None]):
        cell.font = HEADER_FONT
    return len(rows)
