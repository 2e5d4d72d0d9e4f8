"""The parts of a printed form around its table: the title rows, notes (说明) as label and value
side by side, the money total in capital numerals (大写) and the sign-off block
(制表人 / 审核人 / 负责人 / 单位（盖章）/ 日期) with room to sign and to stamp.

Each function writes from a given row and returns the next free row, so a form is built top to
bottom; the table between uses :mod:`desktop.excel.sheet_layout`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.print_settings import RowRange
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.sheet_layout import (
    A4_LONG,
    A4_SHORT,
    DATE_FORMAT,
    DATETIME_FORMAT,
    GRID_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    MONEY_FORMAT,
    POINTS_PER_WIDTH_UNIT,
    clean_text,
    column_points,
    form_font,
    lines_in,
    printed_scale,
    put,
    set_widths,
)
from desktop.models.money import capital_yuan, format_yuan

TITLE_FONT = form_font(bold=True, size=16)
SUBTITLE_FONT = form_font(size=11)
SIGN_ROLES = ("制表人", "审核人", "负责人")
# Heights in points: a signature needs about 1 cm, an official seal (about 4.2 cm across)
# about 4.5 cm.
SIGN_HEIGHT = 36
SIGN_ROOM = 22
SEAL_HEIGHT = 126
LINE_HEIGHT = 15
KEEP_ROWS = 3
"""Table rows printed on the sign-off block's page (e.g. the last row, 合计 and 大写)."""
PAGE_SPARE = 30
"""Points of a page left unfilled when the pages are broken by hand: LibreOffice prints a
page's rows a little apart and its header band somewhat taller than the margins say."""
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_UNDERLINE = Border(bottom=Side(style="thin", color="000000"))


def month_words(month: str) -> str:
    """``2026-10`` → ``2026年10月``."""
    year, number = month.split("-")
    return f"{year}年{int(number)}月"


def _merged_width(sheet: Worksheet, first: int, last: int) -> float:
    """Characters that fit across columns ``first``..``last``."""
    return sum(column_points(sheet, c) for c in range(first, last + 1)) / POINTS_PER_WIDTH_UNIT


def write_title(sheet: Worksheet, title: str, columns: int, *, subtitle: str | None = None,
                first_column: int = 1, row: int = 1) -> int:
    """Row ``row``: ``title`` bold and centred across the table's ``columns``; below it an
    optional ``subtitle`` (what the table is, as of when) wrapped to its length. Returns the
    next row."""
    last = first_column + columns - 1
    cell = put(sheet, row, first_column, title)
    cell.font, cell.alignment = TITLE_FONT, _CENTRE
    sheet.row_dimensions[row].height = 28
    if columns > 1:
        sheet.merge_cells(start_row=row, start_column=first_column, end_row=row,
                          end_column=last)
    row += 1
    if subtitle:
        cell = put(sheet, row, first_column, subtitle)
        cell.font, cell.alignment = SUBTITLE_FONT, _LEFT
        if columns > 1:
            sheet.merge_cells(start_row=row, start_column=first_column, end_row=row,
                              end_column=last)
        lines = lines_in(subtitle, _merged_width(sheet, first_column, last))
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines + 4
        row += 1
    return row


def capital_total_row(sheet: Worksheet, row: int, columns: int, total_fen: int,
                      label: str = "合计金额") -> int:
    """One bordered row across the table: ``合计金额（大写）：肆仟…元整　（小写）¥4,152.00``, the
    way a cash payout must show its total. Returns the next row."""
    text = f"{label}（大写）：{capital_yuan(total_fen)}　　（小写）¥{format_yuan(total_fen)}"
    cell = put(sheet, row, 1, text)
    cell.font, cell.alignment = HEADER_FONT, _LEFT
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    for column in range(1, columns + 1):
        sheet.cell(row=row, column=column).border = GRID_BORDER
    sheet.row_dimensions[row].height = 30
    return row + 1


def _groups(sheet: Worksheet, columns: int, parts: int, first_column: int = 1
            ) -> list[tuple[int, int]]:
    """Split ``columns`` columns from ``first_column`` on into ``parts`` runs of about equal
    printed width (fewer runs when there are fewer columns than parts)."""
    parts = max(1, min(parts, columns))
    offset = first_column - 1
    widths = [column_points(sheet, c + offset) for c in range(1, columns + 1)]
    total = sum(widths) or 1.0
    cumulative = [sum(widths[:c]) for c in range(1, columns + 1)]
    ends: list[int] = []
    for part in range(1, parts):
        target = total * part / parts
        end = next(c for c in range(1, columns + 1) if cumulative[c - 1] >= target)
        low = (ends[-1] + 1) if ends else 1
        ends.append(min(max(end, low), columns - (parts - part)))
    ends.append(columns)
    starts = [1, *(end + 1 for end in ends[:-1])]
    return [(start + offset, end + offset) for start, end in zip(starts, ends, strict=True)]


def sign_off_block(sheet: Worksheet, row: int, columns: int,
                   roles: Sequence[str] = SIGN_ROLES, *, seal: bool = True,
                   first_column: int = 1, keep_rows: int = KEEP_ROWS) -> int:
    """Below a table of ``columns`` columns: one row with ``roles`` (制表人, 审核人, 负责人 …)
    each followed by a line to sign on, tall enough to sign; then 单位（盖章） with room for
    the seal and 日期 with ``年 月 日`` to fill in; from ``first_column`` on (right of columns
    that repeat on every page). Returns the next row.

    On a sheet already set up for printing (:func:`~desktop.excel.sheet_layout.print_setup`
    called first), the pages are broken by hand so that the block is printed whole, on the
    same page as the ``keep_rows`` rows above ``row`` (the table's last rows, its total): a
    page holding only the headings and the signatures could be stapled to any table."""
    kept_from = max(1, row - keep_rows)
    row += 1  # a blank row between the table and the signatures
    # Each role needs about 22 characters: the label and room to sign beside it.
    room = sum(column_points(sheet, c) for c in range(first_column, first_column + columns))
    per_row = max(1, min(len(roles), int(room / POINTS_PER_WIDTH_UNIT // SIGN_ROOM)))
    groups = _groups(sheet, columns, per_row, first_column)
    # A narrow table takes the roles on several rows, as many to a row as it has room for.
    for start in range(0, len(roles), len(groups)):
        for role, (first, last) in zip(roles[start:], groups, strict=False):
            cell = put(sheet, row, first, f"{role}（签字）：")
            cell.font, cell.alignment = HEADER_FONT, Alignment(vertical="bottom")
            for column in range(first + 1, last + 1):
                sheet.cell(row=row, column=column).border = _UNDERLINE
        sheet.row_dimensions[row].height = SIGN_HEIGHT
        row += 1
    if seal:
        half = _groups(sheet, columns, 2, first_column)
        first, last = half[0]
        cell = put(sheet, row, first, "单位（盖章）：")
        cell.font, cell.alignment = HEADER_FONT, _TOP_LEFT
        if last > first:
            sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        if len(half) > 1:
            first, last = half[1]
            cell = put(sheet, row, first, "日期：　　　　年　　月　　日")
            # Right-aligned: a narrow block lets the text run left, never onto the next page.
            cell.font = HEADER_FONT
            cell.alignment = Alignment(horizontal="right", vertical="bottom")
            if last > first:
                sheet.merge_cells(start_row=row, start_column=first, end_row=row,
                                  end_column=last)
        sheet.row_dimensions[row].height = SEAL_HEIGHT
        row += 1
    break_pages(sheet, row - 1, keep_from=kept_from)
    return row


def _row_points(sheet: Worksheet, row: int) -> float:
    """A row's height in points as printed at full size (a row without a height set: the
    sheet's default)."""
    dimension = sheet.row_dimensions.get(row)
    if dimension is not None and dimension.hidden:
        return 0.0
    if dimension is not None and dimension.height:
        return float(dimension.height)
    return float(sheet.sheet_format.defaultRowHeight or LINE_HEIGHT)


def page_points(sheet: Worksheet) -> float:
    """The height a page holds of the sheet's rows, in points at full size: A4 between the
    top and bottom margins, divided by the scale it prints at, less some spare (LibreOffice
    and Excel lay rows out a little taller than their heights add up to)."""
    paper = A4_SHORT if sheet.page_setup.orientation == "landscape" else A4_LONG
    body = paper - (sheet.page_margins.top + sheet.page_margins.bottom) * 72 - PAGE_SPARE
    return body / printed_scale(sheet)


def break_pages(sheet: Worksheet, last: int, *, keep_from: int) -> None:
    """Break the printed pages of rows 1..``last`` by hand, each page as full as it goes,
    except that rows ``keep_from``..``last`` stay on one page (the break before them moved
    up). Nothing is done on a sheet not yet set up for printing (no orientation), or when
    the kept rows alone would not fit a page. The rows repeated on every page
    (``print_title_rows``) are counted on each page."""
    if sheet.page_setup.orientation is None:
        return
    room = page_points(sheet)
    heading = 0.0
    if sheet.print_title_rows:
        repeated = RowRange(sheet.print_title_rows)
        heading = sum(_row_points(sheet, r) for r in range(repeated.min_row,
                                                          repeated.max_row + 1))
    heights = {r: _row_points(sheet, r) for r in range(1, last + 1)}
    if heading + sum(heights[r] for r in range(keep_from, last + 1)) > room:
        return
    breaks: list[int] = []
    used = 0.0
    for row in range(1, last + 1):
        if used + heights[row] <= room or used == heading:
            used += heights[row]
            continue
        # This row starts a new page; inside the kept rows, the page starts at their first
        # (unless they already start this page).
        start = keep_from if row > keep_from and keep_from - 1 > (breaks or [0])[-1] \
            else row
        breaks.append(start - 1)
        used = heading + sum(heights[r] for r in range(start, row + 1))
    sheet.row_breaks.brk = [b for b in sheet.row_breaks.brk
                            if not 1 <= b.id <= last]  # breaks of an earlier layout
    for after in breaks:
        sheet.row_breaks.append(Break(id=after))


def _note_cells(sheet: Any, row: int, label: str, value: Any) -> tuple[Any, Any]:
    """The label and value cells of one note, styled (for a sheet in memory or streamed)."""
    if isinstance(sheet, WriteOnlyWorksheet):
        head, cell = WriteOnlyCell(sheet, value=clean_text(label)), WriteOnlyCell(sheet)
        cell.value = clean_text(value) if isinstance(value, str) else value
        head.data_type = "s"
        if isinstance(value, str):
            cell.data_type = "s"
    else:
        head, cell = put(sheet, row, 1, label), put(sheet, row, 2, value)
    head.font, head.fill, head.alignment = HEADER_FONT, HEADER_FILL, _TOP_LEFT
    cell.alignment = _TOP_LEFT
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = MONEY_FORMAT
    head.border = cell.border = GRID_BORDER
    return head, cell


def write_notes(sheet: Any, rows: Sequence[tuple[str, Any]], *, title: str,
                widths: tuple[float, float] = (22, 58)) -> int:
    """A notes sheet (导出说明): ``title`` in row 1, then each label beside its value in a
    bordered two-column table, values wrapped and each row as tall as its text, so that a
    label is never printed apart from its value. Dates and times stay real dates; money
    should be passed as Decimal 元 with a label that says 元. Works on a streamed
    (write-only) sheet too. Returns the next row."""
    set_widths(sheet, widths)
    streamed = isinstance(sheet, WriteOnlyWorksheet)
    if streamed:
        sheet.row_dimensions[1].height = 28
        head = WriteOnlyCell(sheet, value=clean_text(title))
        head.font, head.data_type = TITLE_FONT, "s"
        sheet.append([head])
        row = 2
    else:
        row = write_title(sheet, title, 2)
    for label, value in rows:
        text = value if isinstance(value, str) else "0"
        sheet.row_dimensions[row].height = LINE_HEIGHT * max(
            lines_in(text, widths[1]), lines_in(label, widths[0])) + 5
        cells = _note_cells(sheet, row, label, value)
        if streamed:
            sheet.append(list(cells))
        row += 1
    return row
