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
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.excel.workbook_file import create_temp_file
from desktop.models.errors import WarmHomeError
from desktop.models.money import capital_yuan, format_yuan
from desktop.models.storage.leftovers import remove_stale_temp_files
from desktop.ui.common.paged_print import (
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
    ``row_height_mm`` tall (when given) leaves room to write or sign in it.
    """

    columns: Sequence[tuple[str, int]]
    rows: Sequence[str]
    row_height_mm: float = 0


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


def sign_off_html(sign_off: SignOff, *, sign_padding: int, stamp_padding: int) -> str:
    """The sign-off block as a bordered table, three boxes to sign a row: the signers, then
    the unit's box for its seal (the seal goes over the words 单位（盖章）, as on paper forms)
    beside the date, or without a seal the date in a box of its own.
    ``sign_padding`` and ``stamp_padding`` (CSS pixels) make the boxes tall enough."""
    signers = list(sign_off.signers) if sign_off.signers is not None else [
        QCoreApplication.translate("PrintedForm", "制表人"),
        QCoreApplication.translate("PrintedForm", "审核人"),
        QCoreApplication.translate("PrintedForm", "负责人")]
    date_label = html.escape(
        sign_off.date_label or QCoreApplication.translate("PrintedForm", "日期"))
    # The date's blanks are spaces to write in: kept, not collapsed.
    date_blank = '<span style="white-space: pre">{}</span>'.format(html.escape(
        sign_off.date_text or QCoreApplication.translate("PrintedForm", "　　年　　月　　日")))
    tall = f'style="padding-top: {sign_padding}px; padding-bottom: {sign_padding}px"'
    boxes = [(html.escape(label), "&nbsp;") for label in signers]
    if not sign_off.stamp:
        boxes.append((date_label, date_blank))
    rows = []
    for first in range(0, len(boxes), 3):
        row = boxes[first:first + 3]
        cells = "".join(f'<td width="11%" nowrap {tall}>{label}</td>'
                        f'<td width="{23 if n == 2 else 22}%" nowrap {tall}>{blank}</td>'
                        for n, (label, blank) in enumerate(row))
        cells += '<td colspan="2">&nbsp;</td>' * (3 - len(row))
        rows.append(f"<tr>{cells}</tr>")
    if sign_off.stamp:
        stamp = html.escape(QCoreApplication.translate("PrintedForm", "单位（盖章）"))
        rows.append(
            f'<tr><td colspan="4" valign="top" style="padding-bottom: {stamp_padding}px">'
            f"{stamp}</td>"
            f'<td nowrap valign="bottom" {tall}>{date_label}</td>'
            f'<td nowrap valign="bottom" {tall}>{date_blank}</td></tr>')
    return "<p>&nbsp;</p>" + _TABLE.format(padding=CELL_PADDING) + "".join(rows) + "</table>"


def _flow(form: PrintedForm, printer: QPrinter) -> PageFlow:
    """The form as HTML for the pages of ``printer`` (paddings measured in its units)."""
    size = form.point_size
    before = f'<h2 align="center">{html.escape(form.title)}</h2>{form.intro}'
    after = form.closing
    if form.total is not None:
        after += paragraphs(total_text(form.total))
    if form.sign_off is not None:
        # The seal's box has its label at the top and all the room below it.
        after += sign_off_html(
            form.sign_off, sign_padding=padding_for_height(printer, size, SIGNATURE_ROW_MM),
            stamp_padding=padding_for_height(printer, size, STAMP_MM) * 2 - CELL_PADDING)
    table = head = ""
    rows: Sequence[str] = ()
    if form.table is not None:
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
                    header_left=header, header_right=form.note, point_size=size)


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
