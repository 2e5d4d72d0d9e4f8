"""样例明细: one row per volunteer number."""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.sheet_layout import append_row, write_header
from desktop.models.db import Database


def write(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """The volunteers' numbers, sorted."""
    write_header(sheet, ["序号", "志愿者编号"], [6, 16])
    numbers = [str(r[0] or "") for r in db.query(
        "SELECT v.volunteer_number FROM volunteer v ORDER BY v.volunteer_number")]
    for number, value in enumerate(numbers, start=1):
        append_row(sheet, [number, value])
    return len(numbers)
