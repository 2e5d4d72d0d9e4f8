"""Printing a table by the paper rules (docs/architecture.md, Paper): A4, a header on every
page naming the centre, the title and the date, "第 n 页，共 m 页" at the foot, the column
headings repeated on every page, and no row split across two pages (a member's name on one
sheet and the phone number on the next is no use to whoever calls).

The table is HTML laid out by QTextDocument at the printer's resolution. QTextDocument's own
paging (and ``print_``) splits rows and can only number pages "1", "2" …: here the rows are
measured once, shared out over the pages whole, and each page is laid out and painted on its
own with the running header and the page number around it. Works on a real printer, a PDF
file printer and the print preview alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.models.errors import WarmHomeError

PAGE_MARGIN_MM = 12
BODY_POINT_SIZE = 10
MARGIN_POINT_SIZE = 9
TABLE_ATTRIBUTES = ('border="1" cellspacing="0" cellpadding="5" width="100%"'
                    ' style="border-collapse: collapse; border-color: #000000"')


class PrintError(WarmHomeError):
    """Printing could not start (no printer, or the PDF file could not be opened)."""


def a4_printer(orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
               mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer set to A4 in ``orientation`` with 12 mm margins."""
    printer = QPrinter(mode)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                      QMarginsF(*[PAGE_MARGIN_MM] * 4),
                                      QPageLayout.Unit.Millimeter))
    return printer


def page_number_text(page: int, pages: int) -> str:
    """第 1 页，共 3 页."""
    return QCoreApplication.translate("PagedPrint", "第 {page} 页，共 {pages} 页").format(
        page=page, pages=pages)


class _Pages:
    """The geometry of the printer's pages and the documents laid out for them."""

    def __init__(self, printer: QPrinter, point_size: int) -> None:
        self.printer = printer
        self.page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        self.page.moveTo(0, 0)  # the painter's origin is the printable area's corner
        self.margin_font = QFont()
        self.margin_font.setPointSizeF(MARGIN_POINT_SIZE)
        self.line_height = QFontMetricsF(self.margin_font, printer).height()
        band = self.line_height * 2  # the running header above, the page number below
        self.body = QRectF(0, band, self.page.width(), self.page.height() - 2 * band)
        # Rows are measured in one layout and printed in another, where a column may come out
        # a little wider: leave this much spare so the check rarely has to move a row on.
        self.slack = self.line_height / 2
        self.font = QFont()
        self.font.setPointSizeF(point_size)

    def document(self, html: str) -> QTextDocument:
        """``html`` laid out at the body's width, in the printer's units."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.printer)
        document.setDefaultFont(self.font)
        document.setHtml(html)
        document.setTextWidth(self.body.width())
        return document

    def fits(self, document: QTextDocument) -> bool:
        """Whether the document fits in one page's body."""
        return document.size().height() <= self.body.height()


def _table_html(before: str, head: str, rows: Sequence[str]) -> str:
    return f"{before}<table {TABLE_ATTRIBUTES}><thead>{head}</thead>{''.join(rows)}</table>"


def _row_heights(document: QTextDocument, rows: int) -> tuple[float, float, list[float]]:
    """Where the table starts, its heading's height and each row's height, measured in one
    layout of the whole table."""
    cursor = QTextCursor(document)
    table: QTextTable | None = None
    while table is None and not cursor.atEnd():
        table = cursor.currentTable()
        if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock):
            break
    assert table is not None and table.rows() == rows + 1
    layout = document.documentLayout()

    def top(row: int) -> float:
        # Cells are aligned to the top, so a row's cells all start at its top.
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    tops = [top(row) for row in range(rows + 1)]
    bottom = layout.frameBoundingRect(table).bottom()
    # The heading's top is measured like a row's: the table's own start sits a border above.
    start = layout.frameBoundingRect(table).top()
    heights = [after - before for before, after in zip(tops[1:], [*tops[2:], bottom],
                                                       strict=True)]
    return start, tops[1] - start, heights


# Rows measured per layout: laying out a table costs more than linearly in its rows.
_MEASURE_CHUNK = 50


def _measure(pages: _Pages, before: str, head: str,
             rows: Sequence[str]) -> tuple[float, float, list[float]]:
    """Where the rows start on the first page (below the title and the heading) and on the
    pages after it (below the heading), and each row's height."""
    first_start = later_start = 0.0
    heights: list[float] = []
    for first in range(0, len(rows), _MEASURE_CHUNK):
        chunk = rows[first:first + _MEASURE_CHUNK]
        document = pages.document(_table_html(before if first == 0 else "", head, chunk))
        table_top, heading, measured = _row_heights(document, len(chunk))
        if first == 0:
            first_start = table_top + heading
            # Without the title the table starts at the document's margin.
            later_start = document.documentMargin() + heading
        heights.extend(measured)
    return first_start, later_start, heights


def _share_out(pages: _Pages, before: str, head: str,
               rows: Sequence[str]) -> list[QTextDocument]:
    """Each page laid out with its rows, none split: shared out by the measured heights, and
    checked page by page (a row that does not fit after all moves on to the next page)."""
    if not rows:
        return [pages.document(_table_html(before, head, []))]
    first_start, later_start, heights = _measure(pages, before, head, rows)
    documents: list[QTextDocument] = []
    first, room = 0, pages.body.height() - first_start
    while first < len(rows):
        last = first + 1  # at least one row a page, however tall
        used = heights[first]
        while last < len(rows) and used + heights[last] <= room - pages.slack:
            used += heights[last]
            last += 1
        lead = before if not documents else ""
        document = pages.document(_table_html(lead, head, rows[first:last]))
        while last > first + 1 and not pages.fits(document):
            last -= 1
            document = pages.document(_table_html(lead, head, rows[first:last]))
        documents.append(document)
        first, room = last, pages.body.height() - later_start
    return documents


def print_table(printer: QPrinter, *, before: str, head: str, rows: Sequence[str],
                header_left: str, header_right: str = "",
                point_size: int = BODY_POINT_SIZE) -> int:
    """Print a table on ``printer``'s pages and return how many there are.

    ``before`` is HTML printed once above the table (title, what the list is); ``head`` is the
    heading row (``<tr><th>…</th></tr>``), repeated on every page; ``rows`` are the table's
    rows (``<tr>…</tr>``, cells aligned to the top), never split across pages. The running
    header shows ``header_left`` and ``header_right``; the foot "第 n 页，共 m 页".
    PrintError when the printer cannot be opened.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "PagedPrint", "无法开始打印：打印机或文件 {name} 无法打开").format(
                name=printer.outputFileName() or printer.printerName()))
    try:
        pages = _Pages(printer, point_size)
        documents = _share_out(pages, before, head, rows)
        for number, document in enumerate(documents):
            if number:
                printer.newPage()
            _paint_margins(painter, pages, header_left, header_right,
                           page_number_text(number + 1, len(documents)))
            painter.save()
            painter.translate(pages.body.topLeft())
            document.drawContents(painter, QRectF(0, 0, pages.body.width(),
                                                  pages.body.height()))
            painter.restore()
        return len(documents)
    finally:
        painter.end()


def _paint_margins(painter: QPainter, pages: _Pages, left: str, right: str,
                   page_number: str) -> None:
    painter.setFont(pages.margin_font)
    header = QRectF(0, 0, pages.page.width(), pages.line_height)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    if right:
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         right)
    line = QPen(Qt.GlobalColor.black)
    line.setWidthF(max(pages.printer.resolution() / 150, 1.0))
    painter.setPen(line)
    painter.drawLine(header.bottomLeft(), header.bottomRight())
    footer = QRectF(0, pages.page.height() - pages.line_height, pages.page.width(),
                    pages.line_height)
    painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, page_number)
