"""One printed form on A4, the shared way every printout the app makes is laid out.

A form has a title at the top of its first page; on every page a running header naming the
centre, what the form is and its period (a day, a month), and "第 n 页，共 m 页" at the foot;
then free paragraphs, an optional table that flows over the pages with its heading row
repeated and no row split, a money total also in capital numerals (大写), and an optional
sign-off block (制表人 / 审核人 / 负责人 / 单位（盖章）/ 日期) with room to sign and to stamp,
kept whole on the last page. The same code prints to a printer, the print preview and a PDF
file (:func:`print_form`, :func:`write_form_pdf`); the paging itself is
:mod:`desktop.ui.common.paged_print`.

Sizes follow what people can read and sign: body text at least 9 pt (``point_size``, 10 by
default), signature rows at least 12 mm tall, room for a 42 mm round seal.
"""

from __future__ import annotations

import contextlib
import html
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.excel.workbook_file import create_temp_file
from desktop.models.errors import WarmHomeError
from desktop.models.money import capital_yuan, format_yuan
from desktop.models.storage.leftovers import remove_stale_temp_files
from desktop.ui.common.paged_print import (
    CSS_PIXELS_PER_MM,
    PageFlow,
    a4_printer,
    padding_for_height,
    print_flows,
    print_pages,
)

BODY_POINT_SIZE = 10
MIN_POINT_SIZE = 9
CELL_PADDING = 5
SIGNATURE_ROW_MM = 12
# A centre's round seal is 40–42 mm across; the stamp box leaves a little room around it.
STAMP_MM = 46
_TABLE = ('<table border="1" cellspacing="0" cellpadding="{padding}" width="100%"'
          ' style="border-collapse: collapse; border-color: #000000">')


class PdfError(WarmHomeError):
    """The PDF could not be written; nothing was left at the target path."""


@dataclass(frozen=True)
class FormTable:
    """A table that flows over the pages.

    ``columns`` are the headings with each column's share of the width in percent; ``rows``
    are the rows as HTML (``<tr>…</tr>``, text escaped by the caller; cells are aligned to
    the top unless the row says otherwise). A row at least
    ``row_height_mm`` tall (when given) leaves room to write or sign in it. The last
    ``keep_rows`` rows stay on the page of what follows the table (e.g. a few rows with the
    table's own total row).
    """

    columns: Sequence[tuple[str, int]]
    rows: Sequence[str]
    row_height_mm: float = 0
    keep_rows: int = 1


@dataclass(frozen=True)
class MoneyTotal:
    """A total printed in figures and in capital numerals: 合计金额：人民币（大写）…"""

    label: str
    fen: int


@dataclass(frozen=True)
class SignOff:
    """The sign-off block: a box to sign for each of ``signers`` (None: 制表人, 审核人,
    负责人), a box for the unit's seal when ``stamp``, and the date (``date_label``, None:
    日期), left blank to write in unless ``date_text`` fills it (e.g. a certificate's date of
    issue)."""

    signers: Sequence[str] | None = None
    stamp: bool = True
    date_label: str | None = None
    date_text: str | None = None


@dataclass(frozen=True)
class PrintedForm:
    """What one printed form shows.

    ``title`` is printed large at the top of the first page; ``centre``, ``subject`` (what
    the form is, short) and ``period`` make the running header on every page, ``note`` its
    right-hand side (e.g. that the form holds personal information). ``intro`` and
    ``closing`` are HTML paragraphs (see :func:`paragraphs`) above and below the table; the
    closing, the total and the sign-off stay together on the last page.
    """

    title: str
    centre: str
    subject: str
    period: str
    note: str = ""
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait
    intro: str = ""
    table: FormTable | None = None
    closing: str = ""
    total: MoneyTotal | None = None
    sign_off: SignOff | None = None
    point_size: float = BODY_POINT_SIZE

    def __post_init__(self) -> None:
        if self.point_size < MIN_POINT_SIZE:
            raise ValueError(f"printed text below {MIN_POINT_SIZE} pt: {self.point_size}")


def paragraphs(*texts: str, align: str = "") -> str:
    """Plain texts as HTML paragraphs (escaped), e.g. ``align="center"``."""
    attribute = f' align="{align}"' if align else ""
    # Spaces (the ideographic ones between the parts of a line) are kept, not collapsed.
    return "".join(f'<p{attribute} style="white-space: pre-wrap">{html.escape(text)}</p>'
                   for text in texts if text)


def form_printer(form: PrintedForm,
                 mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    """A printer set up for ``form``: A4 in its orientation."""
    return a4_printer(form.orientation, mode)


def total_text(total: MoneyTotal) -> str:
    """合计金额：人民币（大写）肆仟壹佰伍拾贰元整　（小写）¥4,152.00"""
    return QCoreApplication.translate(
        "PrintedForm", "{label}：人民币（大写）{capital}　（小写）¥{amount}").format(
            label=total.label, capital=capital_yuan(total.fen), amount=format_yuan(total.fen))


SIGN_BOX_MM = 30
"""The least width of a box to sign in (a name written by hand)."""


@dataclass(frozen=True)
class SignOffGeometry:
    """What the sign-off block is laid out for: the width of the line and of a text in a
    cell (its padding and borders included), both in millimetres, and the paddings (CSS
    pixels) that make a box tall enough to sign in and to stamp."""

    line_mm: float
    cell_mm: Callable[[str], float]
    sign_padding: int
    stamp_padding: int


def _sign_off_widths(boxes: Sequence[Sequence[tuple[str, str]]], per_row: int,
                     date: tuple[str, str] | None, geometry: SignOffGeometry
                     ) -> list[int] | None:
    """The columns' widths in percent (label, box, label, box …) when ``boxes`` are laid out
    as rows of ``per_row`` (label, blank) pairs, the stamp row (when ``date``) ending with
    the date's label and blank; None when the labels and boxes need more than the line."""
    columns = 2 * per_row
    least = [0.0] * columns
    cells = [(2 * n + part, text) for row in boxes for n, pair in enumerate(row)
             for part, text in enumerate(pair)]
    if date is not None:
        cells += [(columns - 2, date[0]), (columns - 1, date[1])]
    for column, text in cells:
        least[column] = max(least[column], geometry.cell_mm(text))
    for column in range(1, columns, 2):  # room to sign by hand
        least[column] = max(least[column], SIGN_BOX_MM)
    spare = geometry.line_mm - sum(least)
    if spare < 0:
        return None
    # The spare width goes to the boxes, evening them out: the narrowest grow first.
    boxes_mm = sorted(least[1::2])
    level = boxes_mm[0]
    for n, width in enumerate(boxes_mm):
        if (width - level) * n > spare:
            break
        spare -= (width - level) * n
        level = width
        last = n + 1
    level += spare / last
    widths = [least[c] if c % 2 == 0 else max(least[c], level) for c in range(columns)]
    percent = [max(1, math.ceil(w / geometry.line_mm * 100)) for w in widths]
    # Rounded up, the labels keep their room; the last box gives back what rounding took.
    percent[-1] -= sum(percent) - 100
    return percent


def sign_off_html(sign_off: SignOff, geometry: SignOffGeometry) -> str:
    """The sign-off block as a bordered table of boxes to sign (up to three a row, fewer when
    large type needs it): the signers, then the unit's box for its seal (the seal goes over
    the words 单位（盖章）, as on paper forms) beside the date, or without a seal the date in a
    box of its own. No label or date is broken over two lines: the columns are as wide as
    their words in the form's type, the boxes to sign share the rest."""
    signers = list(sign_off.signers) if sign_off.signers is not None else [
        QCoreApplication.translate("PrintedForm", "制表人"),
        QCoreApplication.translate("PrintedForm", "审核人"),
        QCoreApplication.translate("PrintedForm", "负责人")]
    date_label = sign_off.date_label or QCoreApplication.translate("PrintedForm", "日期")
    date_blank = sign_off.date_text or QCoreApplication.translate(
        "PrintedForm", "　　年　　月　　日")
    boxes = [(label, "") for label in signers]
    if not sign_off.stamp:
        boxes.append((date_label, date_blank))
    date = (date_label, date_blank) if sign_off.stamp else None
    # Three boxes a row at most; a seal's row needs two columns of boxes beside the date.
    most = min(3, max(len(boxes), 2 if sign_off.stamp else 1))
    for per_row in range(most, 0, -1):
        rows_of = [boxes[first:first + per_row] for first in range(0, len(boxes), per_row)]
        widths = _sign_off_widths(rows_of, per_row, date, geometry)
        if widths is not None:
            break
    else:  # words wider than the page: let them wrap rather than run off it
        widths = None
    tall = (f'style="white-space: nowrap; padding-top: {geometry.sign_padding}px;'
            f' padding-bottom: {geometry.sign_padding}px"')

    def text(words: str) -> str:
        # The date's blanks are spaces to write in: kept, not collapsed.
        return f'<span style="white-space: pre">{html.escape(words)}</span>' if words \
            else "&nbsp;"

    def width(column: int, first: bool) -> str:
        return f' width="{widths[column]}%"' if first and widths is not None else ""

    rows = []
    for number, row in enumerate(rows_of):
        cells = "".join(f"<td{width(2 * n, number == 0)} {tall}>{text(label)}</td>"
                        f"<td{width(2 * n + 1, number == 0)} {tall}>{text(blank)}</td>"
                        for n, (label, blank) in enumerate(row))
        cells += '<td colspan="2">&nbsp;</td>' * (per_row - len(row))
        rows.append(f"<tr>{cells}</tr>")
    if sign_off.stamp:
        stamp = html.escape(QCoreApplication.translate("PrintedForm", "单位（盖章）"))
        # One box a row: the seal's box above the date (both in the stamp row otherwise).
        apart = "</tr><tr>" if per_row == 1 else ""
        rows.append(
            f'<tr><td colspan="{max(2, 2 * per_row - 2)}" valign="top"'
            f' style="padding-bottom: {geometry.stamp_padding}px">{stamp}</td>{apart}'
            f'<td valign="bottom"{width(2 * per_row - 2, True)} {tall}>{text(date_label)}</td>'
            f'<td valign="bottom"{width(2 * per_row - 1, True)} {tall}>{text(date_blank)}</td>'
            "</tr>")
    return "<p>&nbsp;</p>" + _TABLE.format(padding=CELL_PADDING) + "".join(rows) + "</table>"


def sign_off_geometry(printer: QPrinter, point_size: float) -> SignOffGeometry:
    """The sign-off block's geometry on ``printer``'s pages in ``point_size`` type."""
    font = QFont()
    font.setPointSizeF(point_size)
    metrics = QFontMetricsF(font, printer)
    mm_per_pixel = 25.4 / printer.resolution()
    # Each side of a cell: its padding and its border, in CSS pixels.
    edges_mm = 2 * (CELL_PADDING + 1) / CSS_PIXELS_PER_MM
    line_mm = printer.pageLayout().paintRect(QPageLayout.Unit.Millimeter).width()
    return SignOffGeometry(
        line_mm=line_mm - 1,  # the document's own margin, and a little to spare
        cell_mm=lambda words: metrics.horizontalAdvance(words) * mm_per_pixel + edges_mm + 0.5,
        sign_padding=padding_for_height(printer, point_size, SIGNATURE_ROW_MM),
        # The seal's box has its label at the top and all the room below it.
        stamp_padding=padding_for_height(printer, point_size, STAMP_MM) * 2 - CELL_PADDING)


def _flow(form: PrintedForm, printer: QPrinter) -> PageFlow:
    """The form as HTML for the pages of ``printer`` (paddings measured in its units)."""
    size = form.point_size
    before = f'<h2 align="center">{html.escape(form.title)}</h2>{form.intro}'
    after = form.closing
    if form.total is not None:
        after += paragraphs(total_text(form.total))
    if form.sign_off is not None:
        after += sign_off_html(form.sign_off, sign_off_geometry(printer, size))
    table = head = ""
    rows: Sequence[str] = ()
    keep_rows = 1
    if form.table is not None:
        keep_rows = form.table.keep_rows
        padding = max(CELL_PADDING, padding_for_height(printer, size, form.table.row_height_mm))
        table = _TABLE.format(padding=padding)
        head = "<tr>" + "".join(f'<th width="{width}%">{html.escape(text)}</th>'
                                for text, width in form.table.columns) + "</tr>"
        # Rows are measured by where their cells' text starts: aligned to the top, that is
        # where the row starts.
        rows = [row if "valign" in row.split(">", 1)[0] else
                row.replace("<tr", '<tr valign="top"', 1) for row in form.table.rows]
    header = QCoreApplication.translate("PrintedForm", "　").join(
        part for part in (form.centre, form.subject, form.period) if part)
    return PageFlow(before=before, table=table, head=head, rows=rows, after=after,
                    header_left=header, header_right=form.note, point_size=size,
                    keep_rows=keep_rows)


def form_html(form: PrintedForm, printer: QPrinter | None = None) -> str:
    """The whole form as one HTML document (without the running header and page numbers),
    laid out for ``printer`` (default: an A4 printer)."""
    flow = _flow(form, printer or form_printer(form, QPrinter.PrinterMode.ScreenResolution))
    table = f"{flow.table}<thead>{flow.head}</thead>{''.join(flow.rows)}</table>" \
        if flow.table else ""
    return flow.before + table + flow.after


def print_form(printer: QPrinter, form: PrintedForm) -> int:
    """Print ``form`` on ``printer`` (a printer, the print preview's or a PDF file's) and
    return the number of pages. PrintError when the printer cannot be opened."""
    return print_pages(printer, _flow(form, printer))


def print_forms(printer: QPrinter, forms: Sequence[PrintedForm]) -> int:
    """Print ``forms`` one after another, each from a new page (e.g. a year's certificates
    in one PDF); returns the number of pages. PrintError when the printer cannot be opened."""
    return print_flows(printer, [_flow(form, printer) for form in forms])


def write_form_pdf(form: PrintedForm, path: str | os.PathLike[str]) -> Path:
    """Write ``form`` as an A4 PDF at ``path``, atomically; returns the path.

    Safe on a worker thread (QPrinter and QTextDocument paint without widgets). Raises
    PdfError when the folder is missing or the file cannot be written.
    """
    return write_forms_pdf([form], path)


def write_forms_pdf(forms: Sequence[PrintedForm], path: str | os.PathLike[str]) -> Path:
    """Write ``forms`` (at least one; the first one's orientation) into ONE A4 PDF at
    ``path``, each from a new page, atomically; returns the path. PdfError as
    :func:`write_form_pdf`."""
    return write_pdf(path, lambda: form_printer(forms[0]),
                     lambda printer: print_forms(printer, forms))


def write_pdf(path: str | os.PathLike[str], make_printer: Callable[[], QPrinter],
              paint: Callable[[QPrinter], object]) -> Path:
    """Write what ``paint`` prints on a printer from ``make_printer`` (set up here to write
    PDF) to ``path``, atomically: a temporary file beside it, flushed to disk, then renamed;
    returns the path. PdfError when the folder is missing or the file cannot be written (no
    file is then left at ``path``). Every printed PDF of the app goes through here."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise PdfError(QCoreApplication.translate(
            "PrintedForm", "保存失败：文件夹 {folder} 不存在").format(folder=folder))
    remove_stale_temp_files(folder)  # what an earlier save, killed midway, left there
    try:
        # The mode of an ordinary new file (not mkstemp's 0600): others open it too.
        handle, temp = create_temp_file(folder, target.stem)
    except OSError as exc:
        raise PdfError(QCoreApplication.translate(
            "PrintedForm", "保存失败：无法在 {folder} 写入文件（{reason}）").format(
                folder=folder, reason=exc.strerror)) from exc
    os.close(handle)
    try:
        printer = make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setDocName(target.stem)
        paint(printer)
        del printer  # closes the file
        if temp.stat().st_size == 0:
            raise PdfError(QCoreApplication.translate(
                "PrintedForm", "保存失败，未生成文件 {path}：无法写入 PDF").format(path=target))
        with open(temp, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise PdfError(QCoreApplication.translate(
            "PrintedForm", "保存失败，未生成文件 {path}：{reason}").format(
                path=target, reason=exc.strerror or exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target
