"""The printed form of the monthly workbook's detail sheets (考勤明细, 活动明细, 补助明细 and
the sheets later capabilities declare), laid out like 汇总 and 校验: a title in row 1 naming
the centre and the month, a line in row 2 saying what the sheet is, the column headings in
row 3 (repeated on every printed page), thin borders, the centre, month and sheet in the page
header and page numbers in the footer (``desktop.excel.sheet_layout``).

Dates go into a detail sheet as :func:`day_cell` values (a date-time at midnight, shown as a
date): openpyxl reads a date cell back as a date-time, so the value the checksum hashes when the
file is written is the value a consolidator reads (docs/workbook.md, "Checksum").
"""

from __future__ import annotations

import math
from datetime import datetime

from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.form_layout import TITLE_FONT, month_words, write_title
from desktop.excel.sheet_layout import (
    BODY_SIZE,
    POINTS_PER_WIDTH_UNIT,
    column_points,
    print_setup,
    text_width,
)
from desktop.models.admin.centre import load_profile
from desktop.models.db import Database

# Rows 1–2: title and what the sheet is; the column headings from row 3.
HEADER_ROW = 3


def detail_title(db: Database, month: str, sheet: Worksheet, columns: int,
                 subtitle: str, *, title_columns: int | None = None,
                 first_column: int = 1) -> int:
    """Rows 1–2 of a detail sheet: ``{centre}（{code}）{year}年{month}月工作报表：{sheet}``
    across ``title_columns`` (default: the table's ``columns``; a sheet printed in bands
    of columns merges only its first band, else the title prints cut in two) and
    ``subtitle``, from ``first_column`` (right of columns repeated on every page, which would
    otherwise print a cut-off piece of the title on each band). Returns the next row (the
    headings')."""
    profile = load_profile(db)
    width = title_columns or columns
    title = f"{profile.name}（{profile.code}）{month_words(month)}工作报表：{sheet.title}"
    row = write_title(sheet, title, width, subtitle=subtitle, first_column=first_column)
    # A narrow table (one band of days) takes the title on two lines or more: room for them.
    room = sum(column_points(sheet, c) for c in range(first_column, first_column + width))
    lines = math.ceil(text_width(title) * TITLE_FONT.sz / BODY_SIZE * POINTS_PER_WIDTH_UNIT
                      / max(room, 1.0))
    if lines > 1:
        sheet.row_dimensions[1].height = 24 * lines + 4
    return row


def detail_print_setup(db: Database, month: str, sheet: Worksheet, *,
                       title_rows: str = f"{HEADER_ROW}:{HEADER_ROW}",
                       title_columns: str | None = None, orientation: str = "auto",
                       columns: int | None = None) -> None:
    """A4 with the heading rows repeated, the page header naming the centre and the month and
    the pages numbered (``sheet_layout.print_setup``)."""
    print_setup(sheet, load_profile(db).name, month, title_rows=title_rows,
                title_columns=title_columns, orientation=orientation, columns=columns)


def day_cell(day: str) -> datetime:
    """An ISO day (``2026-10-05``) as the cell value of a date (see the module's docstring)."""
    return datetime.fromisoformat(day)
