"""The one layout every sheet the app writes follows, so that it reads and prints as a form.

A workbook starts with :func:`new_workbook` (the form font for every cell, the centre as its
author, a title). A sheet gets rows through :func:`append_row` / :func:`append_styled` (text is
cleaned and never becomes a formula), its column headings through :func:`write_header` (units
belong in the heading: ``补助金额（元）``), lines through :func:`draw_grid`, and its paper through
:func:`print_setup`: A4, the orientation that fits, fitted to the page width but never below
:data:`MIN_SCALE` (a wider table is split across pages with its first columns repeated instead),
header rows repeated, the centre and month in the page header and "第 n 页，共 m 页" in the
footer. Titles, notes and the sign-off block are in :mod:`desktop.excel.form_layout`.

Why 宋体 (SimSun) is the font: it is installed with every Chinese edition of Windows since the
1990s, WPS Office ships it on Windows and on the domestic Linux systems (UOS, Kylin), and it is
the font government forms are printed in; Excel's own default (等线) is missing on older Office
and WPS, which then substitutes a font of different width. docs/workbook.md says the same.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.descriptors.serialisable import Serialisable
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "宋体"
BODY_SIZE = 11
# Fitting to the page width may shrink a sheet to this share and no further: 11 pt × 0.8 is
# 8.8 pt on paper, above the 8 pt that is still readable. Wider sheets are split instead.
MIN_SCALE = 0.8
MIN_PRINTED_PT = 8.0


def form_font(*, bold: bool = False, size: float = BODY_SIZE, italic: bool = False,
              color: str | None = None) -> Font:
    """The workbook's font (宋体) in a size and weight; ``scheme=None`` so that Excel does not
    replace it with the theme's font."""
    return Font(name=FONT_NAME, sz=size, b=bold, i=italic, color=color, scheme=None)


BODY_FONT = form_font()
_STYLE = TypeVar("_STYLE", bound=Serialisable)
_FIXED_CLASSES: dict[type, type] = {}
_FIXED_STYLES: dict[Serialisable, Serialisable] = {}


def fixed_style(style: _STYLE) -> _STYLE:
    """The same style, with its hash worked out once.

    openpyxl files a style into the workbook's list on every assignment (``cell.border = …``)
    by hashing it, and a style's hash walks all its fields each time: a form that sets the same
    border on ten thousand cells spent most of its time there. The copy compares and writes
    exactly like the original (a subclass adding only the remembered hash).
    """
    # Equal styles give the one same object: two equal but distinct keys would make openpyxl
    # compare them field by field on every assignment.
    known = _FIXED_STYLES.get(style)
    if known is not None:
        return known
    cls = type(style)
    fixed = _FIXED_CLASSES.get(cls)
    if fixed is None:
        field_hash: Callable[[Any], int] = getattr(cls, "__hash__")  # noqa: B009

        def remembered(self: Any) -> int:
            known = self.__dict__.get("_hash_once")
            if known is None:
                known = self.__dict__["_hash_once"] = field_hash(self)
            return int(known)

        # openpyxl's metaclass lists a class's fields from its own body: hand the subclass
        # the original's lists, or it would write an empty style.
        body = {name: getattr(cls, name) for name in ("__attrs__", "__nested__", "__elements__")}
        fixed = _FIXED_CLASSES[cls] = type(f"Fixed{cls.__name__}", (cls,),
                                           {**body, "__hash__": remembered})
    copy: _STYLE = object.__new__(fixed)
    copy.__dict__.update(style.__dict__)
    _FIXED_STYLES[style] = copy
    return copy


HEADER_FONT = fixed_style(form_font(bold=True))
HEADER_FILL = fixed_style(PatternFill("solid", fgColor="E3E8EC"))
HEADER_ALIGN = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
PAGE_NUMBERS = "第 &P 页，共 &N 页"

# Page geometry in points: A4, margins of 1.27 cm left and right (the header and footer sit in
# the top and bottom margins).
A4_SHORT, A4_LONG = 595.3, 841.9
SIDE_MARGIN_IN, TOP_MARGIN_IN, HEADER_MARGIN_IN = 0.5, 0.7, 0.3
# One unit of column width (a digit of the 11 pt body font) in points, and the cell padding:
# measured on LibreOffice's print of 宋体 (wider than Excel's, about 6 pt), so that a table
# that fits here fits in Excel and WPS too.
POINTS_PER_WIDTH_UNIT = 6.75
CELL_PADDING_PT = 3.8


def clean_text(value: str) -> str:
    """Text without the control characters that make Excel refuse the whole file."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def text_width(text: str) -> int:
    """Width in Excel's character units: Han characters and full-width forms count double."""
    return sum(2 if ord(char) > 0x2E7F else 1 for char in text)


def lines_in(text: str, width: float) -> int:
    """Lines ``text`` takes in a wrapped cell ``width`` characters wide (a Han character
    prints about 1.7 digits wide in 宋体)."""
    usable = max(width - 1, 1.0)
    return sum(max(math.ceil(sum(1.7 if ord(char) > 0x2E7F else 1.0 for char in line)
                             / usable), 1) for line in text.split("\n"))


# -- the workbook -------------------------------------------------------------------------------
def use_form_font(workbook: Workbook) -> None:
    """Make 宋体 the font of every cell that sets none (and of Excel's Normal style, on which
    its column widths are measured). Call before any cell is styled."""
    # openpyxl keeps the default font as entry 0 of the workbook's font list, and the Normal
    # style's font separately; both must change, and nothing public sets them.
    fonts: IndexedList = IndexedList()
    fonts.add(BODY_FONT)
    for font in workbook._fonts[1:]:  # private: see above
        fonts.add(font)
    workbook._fonts = fonts
    workbook._named_styles["Normal"].font = BODY_FONT


def set_properties(workbook: Workbook, title: str, author: str) -> None:
    """The document's title and author (the centre, not the library that wrote the file)."""
    who = clean_text(author).strip() or "温馨家园工作台"
    workbook.properties.title = clean_text(title)
    workbook.properties.creator = who
    workbook.properties.lastModifiedBy = who


def new_workbook(title: str, author: str, *, write_only: bool = False) -> Workbook:
    """An empty workbook in the form font, titled ``title`` and written by ``author``."""
    workbook = Workbook(write_only=write_only)
    use_form_font(workbook)
    set_properties(workbook, title, author)
    return workbook


# -- rows ---------------------------------------------------------------------------------------
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


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """Set one cell; text is cleaned and stays text (never a formula)."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def style_header(cells: Iterable[Cell]) -> None:
    """Bold, shaded, centred and wrapped: a table's column headings."""
    for cell in cells:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN


def set_widths(sheet: Worksheet, widths: Sequence[float], first: int = 1) -> None:
    """Column widths in characters, from column ``first`` on."""
    for column, width in enumerate(widths, start=first):
        sheet.column_dimensions[get_column_letter(column)].width = width


def write_header(sheet: Worksheet, headers: Sequence[str], widths: Sequence[float]) -> None:
    """The next row: bold shaded headers, frozen below; the column widths in characters.
    Headers that need more than one line get the height for it."""
    style_header(append_styled(sheet, headers))
    set_widths(sheet, widths)
    row = sheet.max_row
    lines = max((lines_in(h, w) for h, w in zip(headers, widths, strict=False)), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = 15 * lines + 3
    sheet.freeze_panes = f"A{row + 1}"


def number_format(sheet: Worksheet, columns: Iterable[int], fmt: str, first_row: int = 2) -> None:
    """Apply a number format to whole columns below the header."""
    for column in columns:
        for (cell,) in sheet.iter_rows(min_row=first_row, min_col=column, max_col=column):
            cell.number_format = fmt


THIN_SIDE = Side(style="thin", color="000000")
GRID_BORDER = fixed_style(Border(left=THIN_SIDE, right=THIN_SIDE, top=THIN_SIDE,
                                 bottom=THIN_SIDE))


def draw_grid(sheet: Worksheet, first_row: int, last_row: int, columns: int,
              first_column: int = 1) -> None:
    """Thin borders round every cell of rows ``first_row``..``last_row``, columns
    ``first_column``..``columns`` (a printed table needs its lines; empty cells get them too)."""
    for row in sheet.iter_rows(min_row=first_row, max_row=last_row, min_col=first_column,
                               max_col=columns):
        for cell in row:
            cell.border = GRID_BORDER


def grid_by_format(sheet: Worksheet, ranges: Sequence[str], shade: str | None = None) -> None:
    """Thin borders round every cell of ``ranges`` (e.g. ``["B5:B90", "D5:E90"]``), and the
    background ``shade`` (``"E4E4E4"``) if given, drawn by one conditional format that always
    applies instead of a styled cell at every empty position.

    Why: a matrix that is mostly marks still has thousands of empty positions, and each styled
    one is a cell to make and to write (a month's attendance matrix: ~3,700 of its ~12,800).
    Excel, WPS and LibreOffice draw and print a conditional format's borders and fill like a
    cell's own; cells with a value keep their own style as well.
    """
    if not ranges:
        return
    # In a conditional format a solid fill's colour is its background colour (Excel), the
    # foreground one elsewhere: give both.
    fill = PatternFill("solid", fgColor=shade, bgColor=shade) if shade else None
    sheet.conditional_formatting.add(
        " ".join(ranges), FormulaRule(formula=["TRUE"], border=GRID_BORDER, fill=fill))


def style_model(sheet: Worksheet, **style: Any) -> Cell:
    """A cell that is never placed on ``sheet``, styled through openpyxl's public setters
    (``font=…, border=…, alignment=…``): the model that :func:`cell_like` copies."""
    model = Cell(sheet)
    for name, value in style.items():
        setattr(model, name, value)
    return model


def cell_like(sheet: Worksheet, value: Any, model: Cell) -> Cell:
    """A new cell of ``sheet`` holding ``value`` (text cleaned, kept as text) with the whole
    style of ``model`` (a :func:`style_model` of the same workbook), to :meth:`append`.

    The one place that uses openpyxl's private ``Cell._style`` (the cell's array of indexes
    into the workbook's fonts, fills, borders …), on purpose: a matrix of ten thousand cells
    spent most of its time filing the same three styles through the public setters, one
    attribute at a time; handing the prepared array to the documented ``style_array``
    argument (which copies it, as openpyxl's own sheet copier does) makes a cell with four
    styles about three times faster and writes the very same file.
    ``tests/excel/test_sheet_layout.py`` fails if openpyxl stops keeping a cell's style that
    way.
    """
    cell = Cell(sheet, value=clean_text(value) if isinstance(value, str) else value,
                style_array=model._style)  # private: see above
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


# -- paper --------------------------------------------------------------------------------------
def column_points(sheet: Worksheet, column: int) -> float:
    """The printed width of one column in points (0 when hidden)."""
    dimension = sheet.column_dimensions.get(get_column_letter(column))
    if dimension is not None and dimension.hidden:
        return 0.0
    width = dimension.width if dimension is not None and dimension.width else 8.43
    return width * POINTS_PER_WIDTH_UNIT + CELL_PADDING_PT


def table_points(sheet: Worksheet, columns: int | None = None) -> float:
    """The printed width of columns 1..``columns`` (default: every column used)."""
    last = columns or sheet.max_column
    return sum(column_points(sheet, c) for c in range(1, last + 1))


def printable_points(orientation: str) -> float:
    """The width inside the side margins of an A4 page in that orientation."""
    paper = A4_LONG if orientation == "landscape" else A4_SHORT
    return paper - 2 * SIDE_MARGIN_IN * 72


def fit_scale(width_pt: float, orientation: str) -> float:
    """The share (≤ 1) to which fitting ``width_pt`` to the page width shrinks it."""
    return min(1.0, printable_points(orientation) / width_pt) if width_pt else 1.0


def choose_orientation(width_pt: float) -> str:
    """Portrait when the table fits it at 85 % or more, else landscape."""
    return "portrait" if fit_scale(width_pt, "portrait") >= 0.85 else "landscape"


def print_setup(sheet: Worksheet, centre: str, month: str, *, title_rows: str | None = "1:1",
                orientation: str = "auto", title_columns: str | None = None,
                columns: int | None = None) -> None:
    """A4 in the orientation that fits (or the one given), fitted to the page width unless that
    would shrink it below :data:`MIN_SCALE`: then printed at full size across several pages,
    ``title_columns`` (e.g. ``"A:B"``) repeated on each. Header rows ``title_rows`` repeat on
    every page; the page header names the centre, the month (or day) and the sheet; the footer
    numbers the pages. ``columns``: how many columns the table has (default: all used)."""
    width = table_points(sheet, columns)
    if orientation == "auto":
        orientation = choose_orientation(width)
    setup = sheet.page_setup
    setup.orientation = orientation
    setup.paperSize = Worksheet.PAPERSIZE_A4
    margins = sheet.page_margins
    margins.left = margins.right = SIDE_MARGIN_IN
    margins.top = margins.bottom = TOP_MARGIN_IN
    margins.header = margins.footer = HEADER_MARGIN_IN
    if fit_scale(width, orientation) >= MIN_SCALE:
        setup.fitToWidth = 1
        # 0: as many pages down as needed (only the width is fitted).
        setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        sheet.sheet_properties.pageSetUpPr.fitToPage = False
        setup.scale = 100
        # Across first, then down: a clerk reads one band of columns page by page.
        setup.pageOrder = "overThenDown"
        if title_columns:
            sheet.print_title_cols = title_columns
    sheet.print_options.horizontalCentered = True
    if title_rows:
        sheet.print_title_rows = title_rows
    # "&" starts a header code in Excel; a centre name containing one must print literally.
    sheet.oddHeader.center.text = f"{centre} {month} {sheet.title}".replace("&", "&&")
    sheet.oddHeader.center.font = FONT_NAME
    sheet.oddFooter.center.text = PAGE_NUMBERS
    sheet.oddFooter.center.font = FONT_NAME


def printed_scale(sheet: Worksheet) -> float:
    """The share the sheet prints at: the fit-to-width scale when fitted, else its scale."""
    if sheet.sheet_properties.pageSetUpPr is not None and \
            sheet.sheet_properties.pageSetUpPr.fitToPage:
        return fit_scale(table_points(sheet), sheet.page_setup.orientation or "portrait")
    return (sheet.page_setup.scale or 100) / 100

