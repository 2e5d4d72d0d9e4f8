"""The monthly workbook's 考勤明细 sheet (declared in ``desktop.excel.attendance``)."""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import HEADER_FONT, append_row, append_styled, write_header
from desktop.models.attendance.attendance_month import month_matrix
from desktop.models.db import Database
from desktop.models.people.identity import mask_id

PRESENT = 1  # a number, not ✓: the day columns add up in Excel and in consolidation
FIRST_DAY_COLUMN = 3  # after 序号 and the identifier


def write_attendance(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """Members × days: 1 where the member signed in; the member's days; a total row."""
    matrix = month_matrix(db, month)
    ids = {int(r[0]): (r[1] or "", r[2] or "") for r in db.query(
        "SELECT m.person_id, m.card_number, p.id_number FROM member m"
        " JOIN person p ON p.id = m.person_id")}
    days = matrix.days
    headers = ["序号", "卡号（无卡时为脱敏证件号）", *(str(int(d[8:])) for d in days), "出勤天数"]
    write_header(sheet, headers, [6, 22, *([4.5] * len(days)), 9])
    # Each member's day columns in one pass over the sign-ins, rather than asking the set
    # about every member × day (most of the matrix is empty).
    column_of = {day: offset + FIRST_DAY_COLUMN for offset, day in enumerate(days)}
    columns: dict[int, list[int]] = {}
    for person_id, day in matrix.present:
        columns.setdefault(person_id, []).append(column_of[day])
    totals = [0] * len(days)
    total_column = FIRST_DAY_COLUMN + len(days)
    for number, (person_id, _name) in enumerate(matrix.members, start=1):
        card, id_number = ids.get(person_id, ("", ""))
        present = columns.get(person_id, [])
        for column in present:
            totals[column - FIRST_DAY_COLUMN] += 1
        # Rows carry no names: the card number, else the masked ID, tells members apart.
        append_row(sheet, [number, card or mask_id(id_number)],
                   {**dict.fromkeys(present, PRESENT), total_column: len(present)})
    for cell in append_styled(sheet, [None, TOTAL, *totals, matrix.total]):
        cell.font = HEADER_FONT
    sheet.freeze_panes = "C2"
    return len(matrix.members)
