"""A worksheet's rows laid out on printed pages the way a printer does it, without one: a new
page at each manual row break and wherever the next row would no longer fit between the top
and bottom margins of A4 (at the scale the sheet prints at), the repeated heading rows
taking their room on every page after the first."""

from __future__ import annotations

from openpyxl.worksheet.print_settings import RowRange
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.sheet_layout import printed_scale

A4_HEIGHT_PT = 841.9
A4_WIDTH_PT = 595.3


def _height(sheet: Worksheet, row: int) -> float:
    dimension = sheet.row_dimensions.get(row)
    if dimension is not None and dimension.height:
        return float(dimension.height)
    return float(sheet.sheet_format.defaultRowHeight or 15)


def printed_pages(sheet: Worksheet, last_row: int) -> list[list[int]]:
    """The rows 1..``last_row`` on each printed page."""
    paper = A4_WIDTH_PT if sheet.page_setup.orientation == "landscape" else A4_HEIGHT_PT
    body = (paper - (sheet.page_margins.top + sheet.page_margins.bottom) * 72) \
        / printed_scale(sheet)
    heading = 0.0
    if sheet.print_title_rows:
        repeated = RowRange(sheet.print_title_rows)
        heading = sum(_height(sheet, r) for r in range(repeated.min_row, repeated.max_row + 1))
    manual = {b.id for b in sheet.row_breaks.brk}
    pages: list[list[int]] = [[]]
    used = 0.0
    for row in range(1, last_row + 1):
        height = _height(sheet, row)
        if pages[-1] and (row - 1 in manual or used + height > body):
            pages.append([])
            used = heading
        pages[-1].append(row)
        used += height
    return pages
