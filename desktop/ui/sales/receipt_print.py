"""The till's receipt (销售小票): on 58 mm or 80 mm receipt paper, or on A4.

A receipt names the centre and 希联圆梦, the date and time, the sale number (the short form of
the sale's uid), each line with any discount and its reason, the total, the payment, the cash
given and the change, and thanks the customer for supporting handicrafts made by people with
disabilities. A reprint is marked 补打 and a voided sale 已作废.

On roll paper the page is as long as the receipt (one page, cut after it); on A4 the receipt
is a :class:`~desktop.ui.common.printed_form.PrintedForm` like every other A4 printout. The
paper is a setting of the till kept per computer (``UiSettings.receipt_paper``): the receipt
printer is attached to that computer.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.models.money import format_yuan
from desktop.models.sales.rules import CASH
from desktop.models.sales.sales import Sale
from desktop.ui.common.paged_print import PrintError
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    form_printer,
    paragraphs,
    print_form,
    write_pdf,
)

ROLL_58 = "58"
ROLL_80 = "80"
A4 = "A4"
PAPERS = (ROLL_58, ROLL_80, A4)
DEFAULT_PAPER = ROLL_80
# Paper width and the margin each side, in mm (a 58 mm printer prints about 48 mm wide).
_ROLL_MM = {ROLL_58: (58.0, 4.0), ROLL_80: (80.0, 4.0)}
# Body text: the smallest the paper rules allow on the narrow roll, a little larger on 80 mm.
_ROLL_POINTS = {ROLL_58: 9.0, ROLL_80: 10.0}
SHORT_NUMBER = 8


# The payment methods as stored (rules.PAYMENT_METHODS), marked for translation where shown.
_PAYMENT_NAMES = (QT_TRANSLATE_NOOP("Payment", "现金"), QT_TRANSLATE_NOOP("Payment", "微信"),
                  QT_TRANSLATE_NOOP("Payment", "支付宝"), QT_TRANSLATE_NOOP("Payment", "银行卡"),
                  QT_TRANSLATE_NOOP("Payment", "其他"))


def payment_name(method: str) -> str:
    """A stored payment method as shown (translated)."""
    return QCoreApplication.translate("Payment", method)


def sale_number(uid: str) -> str:
    """The sale number printed and typed at the till: the uid's first eight characters."""
    return uid[:SHORT_NUMBER].upper()


def paper_name(paper: str) -> str:
    """58 毫米小票纸 / 80 毫米小票纸 / A4 纸."""
    if paper == A4:
        return QCoreApplication.translate("ReceiptPrint", "A4 纸")
    return QCoreApplication.translate("ReceiptPrint", "{mm} 毫米小票纸").format(mm=paper)


@dataclass(frozen=True)
class ReceiptLine:
    """One line as printed."""

    name: str
    quantity: int
    unit_price_fen: int
    discount_fen: int
    discount_reason: str

    @property
    def amount_fen(self) -> int:
        """What the customer paid for the line."""
        return self.quantity * self.unit_price_fen - self.discount_fen


@dataclass(frozen=True)
class Receipt:
    """Everything a receipt shows."""

    centre: str
    number: str
    day: str
    time: str
    lines: Sequence[ReceiptLine]
    total_fen: int
    payment: str
    cash_given_fen: int | None
    change_fen: int | None
    reprint: bool = False
    voided: bool = False


def receipt_of(sale: Sale, centre: str, *, reprint: bool = False) -> Receipt:
    """The receipt of a stored sale (``reprint``: printed again later, marked 补打)."""
    return Receipt(centre, sale_number(sale.uid), sale.day, sale.time, tuple(
        ReceiptLine(line.name, line.quantity, line.unit_price_fen, line.discount_fen,
                    line.discount_reason) for line in sale.lines),
        sale.total_fen, sale.payment, sale.cash_given_fen, sale.change_fen, reprint,
        sale.voided)



def _marks(receipt: Receipt) -> list[str]:
    marks = []
    if receipt.reprint:
        marks.append(QCoreApplication.translate("ReceiptPrint", "【补打】"))
    if receipt.voided:
        marks.append(QCoreApplication.translate("ReceiptPrint", "【已作废】"))
    return marks


def _payment_lines(receipt: Receipt) -> list[tuple[str, str]]:
    rows = [(QCoreApplication.translate("ReceiptPrint", "合计"),
             "¥" + format_yuan(receipt.total_fen)),
            (QCoreApplication.translate("ReceiptPrint", "付款方式"),
             payment_name(receipt.payment))]
    if receipt.payment == CASH and receipt.cash_given_fen is not None:
        rows.append((QCoreApplication.translate("ReceiptPrint", "实收现金"),
                     "¥" + format_yuan(receipt.cash_given_fen)))
        rows.append((QCoreApplication.translate("ReceiptPrint", "找零"),
                     "¥" + format_yuan(receipt.change_fen or 0)))
    return rows


def thanks_text() -> str:
    """The closing line."""
    return QCoreApplication.translate("ReceiptPrint", "感谢您支持残疾人手工制作！")


def discount_text(line: ReceiptLine) -> str:
    """优惠 -5.00（残疾人家属）."""
    return QCoreApplication.translate("ReceiptPrint", "优惠 -{amount}（{reason}）").format(
        amount=format_yuan(line.discount_fen), reason=line.discount_reason)


def roll_html(receipt: Receipt) -> str:
    """The receipt for roll paper: one narrow column."""
    esc = html.escape
    parts = [f'<p align="center"><b>{esc(receipt.centre)}</b></p>',
             '<p align="center">{}</p>'.format(esc(QCoreApplication.translate(
                 "ReceiptPrint", "希联圆梦 · 残疾人手工制作"))),
             *(f'<p align="center"><b>{esc(mark)}</b></p>' for mark in _marks(receipt)),
             "<p>{}<br/>{}</p>".format(
                 esc(QCoreApplication.translate("ReceiptPrint", "单号：{number}").format(
                     number=receipt.number)),
                 esc(QCoreApplication.translate("ReceiptPrint", "时间：{day} {time}").format(
                     day=receipt.day, time=receipt.time))),
             "<hr/>", '<table width="100%" cellspacing="0" cellpadding="1">']
    for line in receipt.lines:
        parts.append(f'<tr><td colspan="2">{esc(line.name)}</td></tr>')
        parts.append('<tr><td>{}</td><td align="right">{}</td></tr>'.format(
            esc(QCoreApplication.translate("ReceiptPrint", "{quantity} × {price}").format(
                quantity=line.quantity, price=format_yuan(line.unit_price_fen))),
            esc(format_yuan(line.quantity * line.unit_price_fen))))
        if line.discount_fen:
            parts.append(f'<tr><td colspan="2">{esc(discount_text(line))}</td></tr>')
    parts.append("</table><hr/>")
    parts.append('<table width="100%" cellspacing="0" cellpadding="1">')
    for n, (label, value) in enumerate(_payment_lines(receipt)):
        size = ' style="font-size: large; font-weight: bold"' if n == 0 else ""
        parts.append(f'<tr><td{size}>{esc(label)}</td>'
                     f'<td align="right"{size}>{esc(value)}</td></tr>')
    parts.append("</table><hr/>")
    parts.append(f'<p align="center">{esc(thanks_text())}</p>')
    return "".join(parts)


def a4_form(receipt: Receipt) -> PrintedForm:
    """The receipt as an A4 form (the shared layout: header, table, page numbers)."""
    rows = []
    for line in receipt.lines:
        discount = discount_text(line) if line.discount_fen else ""
        # Numbers right-aligned, so their digits line up down the column.
        rows.append("<tr>" + "".join(f'<td align="{align}">{html.escape(cell)}</td>'
                                     for cell, align in (
            (line.name, "left"), (format_yuan(line.unit_price_fen), "right"),
            (str(line.quantity), "right"), (discount, "left"),
            (format_yuan(line.amount_fen), "right"))) + "</tr>")
    table = FormTable((
        (QCoreApplication.translate("ReceiptPrint", "商品"), 34),
        (QCoreApplication.translate("ReceiptPrint", "单价（元）"), 14),
        (QCoreApplication.translate("ReceiptPrint", "数量"), 10),
        (QCoreApplication.translate("ReceiptPrint", "优惠"), 26),
        (QCoreApplication.translate("ReceiptPrint", "金额（元）"), 16)), rows)
    marks = "".join(_marks(receipt))
    intro = paragraphs(QCoreApplication.translate(
        "ReceiptPrint", "单号：{number}　时间：{day} {time}").format(
            number=receipt.number, day=receipt.day, time=receipt.time), *(
        [marks] if marks else []))
    closing = paragraphs(*(QCoreApplication.translate("ReceiptPrint", "{label}：{value}")
                           .format(label=label, value=value)
                           for label, value in _payment_lines(receipt)), thanks_text())
    return PrintedForm(
        title=QCoreApplication.translate("ReceiptPrint", "希联圆梦 销售小票"),
        centre=receipt.centre, subject=QCoreApplication.translate("ReceiptPrint", "销售小票"),
        period=receipt.day, note=marks, intro=intro, table=table, closing=closing)


def _roll_document(receipt: Receipt, paper: str, printer: QPrinter) -> QTextDocument:
    width, margin = _ROLL_MM[paper]
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    font = QFont()
    font.setPointSizeF(_ROLL_POINTS[paper])
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(roll_html(receipt))
    document.setTextWidth((width - 2 * margin) / 25.4 * printer.resolution())
    return document


def _set_roll_page(printer: QPrinter, paper: str, length_mm: float) -> None:
    width, margin = _ROLL_MM[paper]
    size = QPageSize(QSizeF(width, length_mm), QPageSize.Unit.Millimeter,
                     QCoreApplication.translate("ReceiptPrint", "小票"),
                     QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(margin, margin, margin, margin),
                                      QPageLayout.Unit.Millimeter))


def print_receipt(printer: QPrinter, receipt: Receipt, paper: str) -> int:
    """Print the receipt on ``printer`` on ``paper`` (its page size is set here); returns
    the number of pages. PrintError when the printer cannot be opened."""
    if paper == A4:
        form = a4_form(receipt)
        printer.setPageLayout(form_printer(form).pageLayout())
        return print_form(printer, form)
    _set_roll_page(printer, paper, 200)
    document = _roll_document(receipt, paper, printer)
    height = document.size().height()
    _, margin = _ROLL_MM[paper]
    _set_roll_page(printer, paper, height / printer.resolution() * 25.4 + 2 * margin + 2)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "ReceiptPrint", "无法打印小票：打印机或文件 {name} 无法打开").format(
                name=printer.outputFileName() or printer.printerName()))
    try:
        document.drawContents(painter, QRectF(0, 0, document.textWidth(), height))
    finally:
        painter.end()
    return 1


def write_receipt_pdf(receipt: Receipt, paper: str, path: str | os.PathLike[str]) -> Path:
    """Write the receipt as a PDF at ``path`` atomically (tests, and a till without a
    printer); PdfError when the folder is missing or the file cannot be written."""
    return write_pdf(path, lambda: QPrinter(QPrinter.PrinterMode.HighResolution),
                     lambda printer: print_receipt(printer, receipt, paper))
