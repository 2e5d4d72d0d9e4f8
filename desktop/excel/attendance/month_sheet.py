"""The monthly workbook's 考勤明细 sheet (declared in ``desktop.excel.attendance``): the month's
attendance, members × days, without anything that says who a row is.

Privacy: 补助明细 in the same workbook names the 职康站 members (with masked ID numbers), so no
row here may be linked to a row there by its place or by a shared key. A row carries no name,
card number or ID number, only its number on this sheet, and the rows are in the order of their
own content (most days first, then by the days attended), never in the order of names: the
sheet is the same whatever the members are called, and two members who came on the same days
have identical rows. The district needs the shape of the month (how many came each day, how
often each member came), not who came (docs/workbook.md, 考勤明细). Whether the sheet is in the
workbook at all is the centre's choice (``desktop.models.reporting.workbook_options``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_form import HEADER_ROW, detail_print_setup, detail_title
from desktop.excel.detail_sheets import TOTAL, Written
from desktop.excel.sheet_layout import (
    GRID_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    MIN_SCALE,
    cell_like,
    draw_grid,
    fit_scale,
    fixed_style,
    grid_by_format,
    put,
    set_widths,
    style_header,
    style_model,
    table_points,
)
from desktop.models.attendance.attendance_month import month_matrix
from desktop.models.db import Database

PRESENT = 1  # a number, not ✓: the day columns add up in Excel and in consolidation
FIRST_DAY_COLUMN = 2  # after 序号
WEEKDAY_ROW = HEADER_ROW + 1
FIRST_DATA_ROW = WEEKDAY_ROW + 1
WEEKDAYS = "一二三四五六日"
# A day column holds three digits (members per day) at full size. A month is wider than an A4
# page at 80 %, so it prints in two bands of days, 序号 repeated on each (never shrunk).
NUMBER_WIDTH, DAY_WIDTH, TOTAL_WIDTH = 6, 3.6, 9
BAND_DAYS = 16
WEEKEND_SHADE = "E4E4E4"
WEEKEND_FILL = fixed_style(PatternFill("solid", fgColor=WEEKEND_SHADE))
CENTRED = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
ABOUT = ("每行一名会员（当月在册或签到过），不含姓名、卡号和证件号；各行按出勤天数和出勤日期排列，"
         "与本工作簿其他表的顺序无关。1 表示当天签到（作废的签到不计）；最后一行为每天签到人数。"
         "周六、周日的列底色较深。")


def write_attendance(db: Database, month: str, sheet: Worksheet, today: date) -> Written:
    """Members × days: 1 where the member signed in, the member's days, a total row; the
    rows in the order of their content (the module's docstring). Returns the number of rows
    with the values written (for the checksum: reading ~12,800 cells back costs more)."""
    matrix = month_matrix(db, month)
    days = matrix.days
    total_column = FIRST_DAY_COLUMN + len(days)
    column_of = {day: offset + FIRST_DAY_COLUMN for offset, day in enumerate(days)}
    # Each member's day columns in one pass over the sign-ins, rather than asking the set
    # about every member × day (most of the matrix is empty); each member's few days are
    # put in order afterwards, cheaper than ordering the month's sign-ins first.
    columns: dict[int, list[int]] = {person_id: [] for person_id, _name in matrix.members}
    for person_id, day in matrix.present:
        columns.setdefault(person_id, []).append(column_of[day])
    # Only the content orders the rows: nothing of the person (name, id, card) is left.
    patterns = sorted((tuple(sorted(present)) for present in columns.values()),
                      key=lambda present: (-len(present), present))

    set_widths(sheet, [NUMBER_WIDTH, *([DAY_WIDTH] * len(days)), TOTAL_WIDTH])
    banded = fit_scale(table_points(sheet, total_column), "landscape") < MIN_SCALE
    # Right of 序号, which repeats on every band: over the first band of days only.
    last = min(total_column, FIRST_DAY_COLUMN + BAND_DAYS - 1) if banded else total_column
    detail_title(db, month, sheet, total_column, ABOUT,
                 title_columns=last - FIRST_DAY_COLUMN + 1, first_column=FIRST_DAY_COLUMN)
    _write_headings(sheet, days, total_column)
    draw_grid(sheet, HEADER_ROW, WEEKDAY_ROW, total_column)
    # Rows 1–4 (title, what the sheet is, headings, merged cells) as the sheet holds them.
    values: list[Sequence[Any]] = list(sheet.iter_rows(max_row=WEEKDAY_ROW, values_only=True))
    values += _write_table(sheet, days, patterns, matrix.total)
    sheet.freeze_panes = f"{get_column_letter(FIRST_DAY_COLUMN)}{FIRST_DATA_ROW}"
    if banded:
        sheet.col_breaks.append(Break(id=FIRST_DAY_COLUMN + BAND_DAYS - 1))
    detail_print_setup(db, month, sheet, title_rows=f"{HEADER_ROW}:{WEEKDAY_ROW}",
                       title_columns="A:A", orientation="landscape", columns=total_column)
    return Written(len(patterns), values)


def _write_headings(sheet: Worksheet, days: list[str], total_column: int) -> None:
    """Row 3: 序号, the days as numbers, 出勤天数（天）; row 4: each day's weekday."""
    put(sheet, HEADER_ROW, 1, "序号")
    for offset, day in enumerate(days):
        column = FIRST_DAY_COLUMN + offset
        sheet.cell(row=HEADER_ROW, column=column, value=int(day[8:]))
        put(sheet, WEEKDAY_ROW, column, WEEKDAYS[date.fromisoformat(day).weekday()])
    put(sheet, HEADER_ROW, total_column, "出勤天数（天）")
    for column in (1, total_column):
        sheet.merge_cells(start_row=HEADER_ROW, start_column=column, end_row=WEEKDAY_ROW,
                          end_column=column)
    style_header(cell for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=WEEKDAY_ROW,
                                                 max_col=total_column) for cell in row)
    sheet.row_dimensions[HEADER_ROW].height = 33


def _write_table(sheet: Worksheet, days: list[str], patterns: list[tuple[int, ...]],
                 total: int) -> list[list[Any]]:
    """One row per pattern of days (its number, 1 on each day present, the days) and the
    total row: lines round every cell (the empty days too), figures centred, the totals bold
    and shaded, weekends shaded. Each cell is made with its finished style
    (:func:`sheet_layout.cell_like`): one style per kind of cell, prepared once. The empty
    days are no cells: their lines and shading are drawn by the sheet
    (:func:`sheet_layout.grid_by_format`). Returns the values written, row by row."""
    plain = style_model(sheet, border=GRID_BORDER, alignment=CENTRED)
    weekend = style_model(sheet, border=GRID_BORDER, alignment=CENTRED, fill=WEEKEND_FILL)
    bold = style_model(sheet, border=GRID_BORDER, alignment=CENTRED, font=HEADER_FONT,
                       fill=HEADER_FILL)
    weekends = [date.fromisoformat(day).weekday() >= 5 for day in days]
    models = [plain, *(weekend if shaded else plain for shaded in weekends)]
    totals = [0] * len(days)
    written: list[list[Any]] = []
    for number, present in enumerate(patterns, start=1):
        # None: an empty day, which openpyxl neither styles nor writes.
        cells: list[Cell | None] = [cell_like(sheet, number, plain), *([None] * len(days))]
        values: list[Any] = [number, *([None] * len(days)), len(present)]
        for column in present:
            totals[column - FIRST_DAY_COLUMN] += 1
            cells[column - 1] = cell_like(sheet, PRESENT, models[column - 1])
            values[column - 1] = PRESENT
        cells.append(cell_like(sheet, len(present), bold))
        sheet.append(cells)
        written.append(values)
    last_row = [TOTAL, *totals, total]
    sheet.append([cell_like(sheet, value, bold) for value in last_row])
    written.append(last_row)
    if patterns:
        last = FIRST_DATA_ROW + len(patterns) - 1
        # Runs of weekdays and of weekends, e.g. B5:F390 and G5:H390.
        ranges: dict[bool, list[str]] = {False: [], True: []}
        start = 0
        for offset in range(1, len(days) + 1):
            if offset == len(days) or weekends[offset] != weekends[start]:
                left = get_column_letter(FIRST_DAY_COLUMN + start)
                right = get_column_letter(FIRST_DAY_COLUMN + offset - 1)
                ranges[weekends[start]].append(f"{left}{FIRST_DATA_ROW}:{right}{last}")
                start = offset
        grid_by_format(sheet, ranges[False])
        grid_by_format(sheet, ranges[True], shade=WEEKEND_SHADE)
    return written
