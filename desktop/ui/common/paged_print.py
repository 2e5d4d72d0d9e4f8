"""Laying HTML out on printed pages by the paper rules (docs/architecture.md, Paper): A4, a
running header on every page, "第 n 页，共 m 页" at the foot, a table's heading row repeated on
every page, no table row split across two pages (a member's name on one sheet and the phone
number on the next is no use to whoever calls), and what follows the table (a total, the
sign-off block) kept whole on the last page. The forms themselves are made by
:mod:`desktop.ui.common.printed_form`, which prints through this.

The content is HTML laid out by QTextDocument at the printer's resolution. QTextDocument's own
paging (and ``print_``) splits rows and can only number pages "1", "2" …: here the rows are
measured once, shared out over the pages whole, and each page is laid out and painted on its
own with the running header and the page number around it. Works on a real printer, a PDF
file printer and the print preview alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
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
MARGIN_POINT_SIZE = 9
# Qt's rich text reads lengths in CSS pixels, 96 to the inch, whatever the paint device.
CSS_PIXELS_PER_MM = 96 / 25.4


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


def padding_for_height(printer: QPrinter, point_size: float, height_mm: float) -> int:
    """The cell padding (CSS pixels, above and below) that makes a one-line table row in
    ``point_size`` text at least ``height_mm`` tall on ``printer``."""
    font = QFont()
    font.setPointSizeF(point_size)
    line_mm = QFontMetricsF(font, printer).height() / printer.resolution() * 25.4
    return max(0, int((height_mm - line_mm) / 2 * CSS_PIXELS_PER_MM) + 1)


@dataclass(frozen=True)
class PageFlow:
    """What goes on the pages, as HTML.

    ``before`` is printed once at the top of the first page (it holds no table); then the
    table: ``table`` is its opening tag (``<table …>``, empty for none), ``head`` its heading
    row, repeated on every page, and ``rows`` its rows (``<tr>…</tr>``, cells aligned to the
    top), never split across pages; ``after`` is printed once below the table and kept whole
    on the last page, with at least the table's last ``keep_rows`` rows (a page of signatures
    alone could be stapled to any table; a total row alone says nothing of what it adds up).
    The running header shows ``header_left`` and ``header_right``.
    What does not fit a page even so (a page of free text) flows on, broken between lines.
    """

    before: str = ""
    table: str = ""
    head: str = ""
    rows: Sequence[str] = ()
    after: str = ""
    header_left: str = ""
    header_right: str = ""
    point_size: float = 10
    keep_rows: int = 1


class _Pages:
    """The geometry of the printer's pages and the documents laid out for them."""

    def __init__(self, printer: QPrinter, flow: PageFlow) -> None:
        self.printer = printer
        self.flow = flow
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
        self.font.setPointSizeF(flow.point_size)

    def html(self, *, lead: bool, rows: Sequence[str], tail: bool) -> str:
        """One page's HTML: the opening text when ``lead``, the table with ``rows``, and what
        follows the table when ``tail``."""
        flow = self.flow
        table = f"{flow.table}<thead>{flow.head}</thead>{''.join(rows)}</table>" \
            if flow.table else ""
        return (flow.before if lead else "") + table + (flow.after if tail else "")

    def document(self, html: str, *, paged: bool = True) -> QTextDocument:
        """``html`` laid out at the body's width in the printer's units; ``paged``: in pages of
        the body's height (else in one long page, to measure)."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.printer)
        document.setDefaultFont(self.font)
        document.setHtml(html)
        if paged:
            document.setPageSize(self.body.size())
        else:
            document.setTextWidth(self.body.width())
        return document

    def sheet(self, *, lead: bool, rows: Sequence[str], tail: bool) -> QTextDocument:
        """One page's document."""
        return self.document(self.html(lead=lead, rows=rows, tail=tail))

    @staticmethod
    def fits(document: QTextDocument) -> bool:
        """Whether the document fits in one page's body."""
        return document.pageCount() == 1


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


def _measure(pages: _Pages) -> tuple[float, float, list[float]]:
    """Where the rows start on the first page (below the opening text and the heading) and on
    the pages after it (below the heading), and each row's height."""
    rows = pages.flow.rows
    first_start = later_start = 0.0
    heights: list[float] = []
    for first in range(0, len(rows), _MEASURE_CHUNK):
        chunk = rows[first:first + _MEASURE_CHUNK]
        document = pages.document(pages.html(lead=first == 0, rows=chunk, tail=False),
                                  paged=False)
        table_top, heading, measured = _row_heights(document, len(chunk))
        if first == 0:
            first_start = table_top + heading
            # Without the opening text the table starts at the document's margin.
            later_start = document.documentMargin() + heading
        heights.extend(measured)
    return first_start, later_start, heights


def _share_out(pages: _Pages) -> list[QTextDocument]:
    """Each page laid out with its rows, none split: shared out by the measured heights, and
    checked page by page (a row that does not fit after all moves on to the next page); then
    what follows the table added to the last page, or to a page of its own with the last
    ``keep_rows`` rows (fewer when the page before would be left without any)."""
    rows = pages.flow.rows
    if not pages.flow.table or not rows:
        return [pages.sheet(lead=True, rows=(), tail=True)]
    first_start, later_start, heights = _measure(pages)
    spans: list[tuple[int, int]] = []
    documents: list[QTextDocument] = []
    first, room = 0, pages.body.height() - first_start
    while first < len(rows):
        last = first + 1  # at least one row a page, however tall
        used = heights[first]
        while last < len(rows) and used + heights[last] <= room - pages.slack:
            used += heights[last]
            last += 1
        lead = not documents
        document = pages.sheet(lead=lead, rows=rows[first:last], tail=False)
        while last > first + 1 and not pages.fits(document):
            last -= 1
            document = pages.sheet(lead=lead, rows=rows[first:last], tail=False)
        documents.append(document)
        spans.append((first, last))
        first, room = last, pages.body.height() - later_start
    if pages.flow.after:
        first, last = spans[-1]
        lead = len(spans) == 1
        document = pages.sheet(lead=lead, rows=rows[first:last], tail=True)
        if pages.fits(document) or last == first + 1:
            documents[-1] = document
        else:
            moved = max(1, min(pages.flow.keep_rows, last - first - 1))
            documents[-1] = pages.sheet(lead=lead, rows=rows[first:last - moved], tail=False)
            documents.append(pages.sheet(lead=False, rows=rows[last - moved:last], tail=True))
    return documents


def print_pages(printer: QPrinter, flow: PageFlow) -> int:
    """Print ``flow`` on ``printer``'s pages and return how many there are.

    PrintError when the printer cannot be opened.
    """
    return print_flows(printer, [flow])


def print_flows(printer: QPrinter, flows: Sequence[PageFlow]) -> int:
    """Print each of ``flows`` on pages of its own, one after another on ``printer`` (many
    forms in one PDF: each starts on a new page and counts its own pages); returns the
    number of pages. PrintError when the printer cannot be opened."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "PagedPrint", "无法开始打印：打印机或文件 {name} 无法打开").format(
                name=printer.outputFileName() or printer.printerName()))
    printed = 0
    try:
        for flow in flows:
            pages = _Pages(printer, flow)
            sheets = [(document, part) for document in _share_out(pages)
                      for part in range(document.pageCount())]
            height = pages.body.height()
            for number, (document, part) in enumerate(sheets):
                if printed:
                    printer.newPage()
                printed += 1
                _paint_margins(painter, pages, page_number_text(number + 1, len(sheets)))
                painter.save()
                painter.translate(pages.body.topLeft() - QPointF(0, part * height))
                document.drawContents(painter, QRectF(0, part * height, pages.body.width(),
                                                      height))
                painter.restore()
        return printed
    finally:
        painter.end()


def _paint_margins(painter: QPainter, pages: _Pages, page_number: str) -> None:
    painter.setFont(pages.margin_font)
    header = QRectF(0, 0, pages.page.width(), pages.line_height)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     pages.flow.header_left)
    if pages.flow.header_right:
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         pages.flow.header_right)
    line = QPen(Qt.GlobalColor.black)
    line.setWidthF(max(pages.printer.resolution() / 150, 1.0))
    painter.setPen(line)
    painter.drawLine(header.bottomLeft(), header.bottomRight())
    footer = QRectF(0, pages.page.height() - pages.line_height, pages.page.width(),
                    pages.line_height)
    painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, page_number)
