"""Table layout shared by the monthly workbook's sheets: header row, widths, print setup."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E3E8EC")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
MONEY_FORMAT = "#,##0.00"
PAGE_NUMBERS = "第 &P 页，共 &N 页"


def clean_text(value: str) -> str:
    """Text without the control characters that make Excel refuse the whole file."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _cell(sheet: Worksheet, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    cell = Cell(sheet, value=clean_text(value))
    # Text typed as "=…" (or an error code such as #N/A) must stay text, never become a
    # formula that Excel would run.
    cell.data_type = "s"
    return cell


def _needs_cell(value: Any) -> bool:
    return isinstance(value, str) and (value.startswith("=") or value in ERROR_CODES)


def append_row(sheet: Worksheet, values: Sequence[Any],
               more: dict[int, int | float] | None = None) -> None:
    """Append one row below the last; text is cleaned and always stays text. ``more`` adds
    numbers by column (1-based) beyond ``values``, for sparse rows such as the matrix.

    Empty values make no cell at all (most of a month's attendance matrix is empty days).
    Cells are never looked up afterwards: finding a sheet's last row scans every cell.
    """
    if any(_needs_cell(value) for value in values):
        row: dict[int, Any] = {column: _cell(sheet, value)
                               for column, value in enumerate(values, start=1)}
        # openpyxl takes ready Cells only in a list: make one, empty positions included.
        width = max([len(values), *(more or {})])
        line = [row.get(c, (more or {}).get(c)) for c in range(1, width + 1)]
        sheet.append([v if isinstance(v, Cell) else Cell(sheet, value=v) for v in line])
        return
    row = {column: clean_text(value) if isinstance(value, str) else value
           for column, value in enumerate(values, start=1) if value is not None}
    if more:
        row.update(more)
    sheet.append(row)


def append_styled(sheet: Worksheet, values: Sequence[Any]) -> list[Cell]:
    """Append one row and return all its cells, to style them (headers, total rows)."""
    row = [value if isinstance(value, Cell) else Cell(sheet, value=value)
           for value in (_cell(sheet, v) for v in values)]
    sheet.append(row)
    return row


def write_header(sheet: Worksheet, headers: Sequence[str], widths: Sequence[float]) -> None:
    """Row 1: bold shaded headers, frozen; the column widths in characters."""
    for cell in append_styled(sheet, headers):
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def number_format(sheet: Worksheet, columns: Iterable[int], fmt: str, first_row: int = 2) -> None:
    """Apply a number format to whole columns below the header."""
    for column in columns:
        for (cell,) in sheet.iter_rows(min_row=first_row, min_col=column, max_col=column):
            cell.number_format = fmt


def print_setup(sheet: Worksheet, centre: str, month: str, *, title_rows: str | None = "1:1"
                ) -> None:
    """A4 landscape, one page wide; header with centre and month, page numbers in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    # 0: as many pages down as needed (only the width is fitted).
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    # "&" starts a header code in Excel; a centre name containing one must print literally.
    sheet.oddHeader.center.text = f"{centre} {month} {sheet.title}".replace("&", "&&")
    sheet.oddFooter.center.text = PAGE_NUMBERS


THIN_SIDE = Side(style="thin", color="808080")
GRID_BORDER = Border(left=THIN_SIDE, right=THIN_SIDE, top=THIN_SIDE, bottom=THIN_SIDE)


def draw_grid(sheet: Worksheet, first_row: int, last_row: int, columns: int) -> None:
    """Thin borders round every cell of rows ``first_row``..``last_row``, columns 1..``columns``
    (a printed table needs its lines; empty cells get them too)."""
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row, max_col=columns):
        for cell in row:
            cell.border = GRID_BORDER
