"""打印标签: barcode labels of products on A4 label sheets (3×8 or 4×10 a page), each with
the product's name, its price and its EAN-8 barcode with the digits under the bars; printed
on a printer or saved as a PDF.

Label sheets are cut into labels: there is no room (and no use) for the running header and
page numbers of a printed form, so the sheet is drawn with QPainter edge to edge, each label
kept 3 mm inside its edges; the bars are drawn at the standard EAN-8 size (0.33 mm a module)
or, on the small labels, no smaller than 80 % of it, which scanners read.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.money import format_yuan
from desktop.models.sales.catalogue import Product
from desktop.ui.common.dialog_parts import error_line, named_button, show_error
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.common.paged_print import PrintError
from desktop.ui.common.printed_form import write_pdf
from desktop.ui.sales.labels_barcode import MODULES, QUIET_MODULES, draw_ean8, is_ean8

A4_MM = (210.0, 297.0)
INSET_MM = 3.0
MODULE_MM = 0.33
MIN_MODULE_MM = MODULE_MM * 0.8
MAX_COPIES = 240


@dataclass(frozen=True)
class LabelSheet:
    """An A4 label sheet: ``columns`` × ``rows`` labels filling the page."""

    columns: int
    rows: int

    @property
    def per_page(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows

    @property
    def label_mm(self) -> tuple[float, float]:
        """One label's width and height in mm."""
        return A4_MM[0] / self.columns, A4_MM[1] / self.rows


SHEETS = (LabelSheet(3, 8), LabelSheet(4, 10))
"""The usual A4 label sheets: 3×8 (70 × 37 mm) and 4×10 (52.5 × 29.7 mm)."""


def label_items(products: Sequence[Product], copies: int) -> list[Product]:
    """Each product ``copies`` times, in order (only products with an EAN-8 code)."""
    return [p for p in products if is_ean8(p.code) for _ in range(copies)]


def _points(mm: float) -> float:
    return mm * 72 / 25.4


def _draw_label(painter: QPainter, box: QRectF, product: Product, per_mm: float,
                name_font: QFont, price_font: QFont, digit_font: QFont) -> None:
    inner = box.adjusted(INSET_MM * per_mm, INSET_MM * per_mm, -INSET_MM * per_mm,
                         -INSET_MM * per_mm)
    painter.setFont(name_font)
    name_height = painter.fontMetrics().height()
    name = painter.fontMetrics().elidedText(product.name, Qt.TextElideMode.ElideRight,
                                            int(inner.width()))
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), name_height),
                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), name)
    painter.setFont(price_font)
    price_height = painter.fontMetrics().height()
    price = QCoreApplication.translate("LabelsPrint", "¥{price}").format(
        price=format_yuan(product.price_fen))
    painter.drawText(QRectF(inner.left(), inner.top() + name_height, inner.width(),
                            price_height),
                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), price)
    bars = QRectF(inner.left(), inner.top() + name_height + price_height, inner.width(),
                  inner.height() - name_height - price_height)
    module = min(MODULE_MM, inner.width() / per_mm / (MODULES + 2 * QUIET_MODULES)) * per_mm
    draw_ean8(painter, bars, product.code, max(module, MIN_MODULE_MM * per_mm), digit_font)


def print_labels(printer: QPrinter, items: Sequence[Product], sheet: LabelSheet) -> int:
    """Draw the labels of ``items`` on ``printer`` (A4, edge to edge), a new sheet when one
    is full; returns the number of pages. PrintError when the printer cannot be opened."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "LabelsPrint", "无法打开打印机：请检查打印机是否已连接并开机"))
    try:
        per_mm = printer.resolution() / 25.4
        width_mm, height_mm = sheet.label_mm
        small = sheet.columns > 3
        name_font = QFont()
        name_font.setPointSizeF(9 if small else 11)
        name_font.setBold(True)
        price_font = QFont()
        price_font.setPointSizeF(9 if small else 10)
        digit_font = QFont("DejaVu Sans Mono")
        digit_font.setStyleHint(QFont.StyleHint.Monospace)
        digit_font.setPointSizeF(8 if small else 9)
        pages = 0
        for index, product in enumerate(items):
            place = index % sheet.per_page
            if place == 0:
                if pages:
                    printer.newPage()
                pages += 1
            column, row = place % sheet.columns, place // sheet.columns
            box = QRectF(column * width_mm * per_mm, row * height_mm * per_mm,
                         width_mm * per_mm, height_mm * per_mm)
            _draw_label(painter, box, product, per_mm, name_font, price_font, digit_font)
        return pages
    finally:
        painter.end()


def write_labels_pdf(items: Sequence[Product], sheet: LabelSheet,
                     path: str | os.PathLike[str]) -> Path:
    """Write the labels as an A4 PDF at ``path``, atomically; PdfError when the folder is
    missing or the file cannot be written."""
    return write_pdf(path, lambda: QPrinter(QPrinter.PrinterMode.HighResolution),
                     lambda printer: print_labels(printer, items, sheet))


class LabelsDialog(QDialog):
    """Which sheet, how many labels of each product; 打印 or 保存为PDF."""

    def __init__(self, products: Sequence[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._products = list(products)
        self.setModal(True)
        self.setWindowTitle(self.tr("打印条码标签"))
        layout = QVBoxLayout(self)
        skipped = [p for p in self._products if not is_ean8(p.code)]
        intro = QLabel(self.tr("为列出的 {count} 种商品打印标签（名称、售价、条码）。").format(
            count=len(self._products) - len(skipped)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if skipped:
            note = QLabel(self.tr("以下商品的编码不是8位商品条码，不打印标签：{names}").format(
                names=self.tr("、").join(self.tr("{name}（{code}）").format(
                    name=p.name, code=p.code) for p in skipped)))
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.sheet_combo = QComboBox()
        for sheet in SHEETS:
            width, height = sheet.label_mm
            text = self.tr("A4 {columns}×{rows}（每张 {count} 个，{width}×{height} 毫米）")
            self.sheet_combo.addItem(text.format(
                columns=sheet.columns, rows=sheet.rows, count=sheet.per_page,
                width=f"{width:g}", height=f"{height:.1f}"), sheet)
        self.sheet_combo.setAccessibleName(self.tr("标签纸规格"))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, MAX_COPIES)
        self.copies_spin.setAccessibleName(self.tr("每种商品的标签数"))
        for text, field in ((self.tr("标签纸(&T):"), self.sheet_combo),
                            (self.tr("每种张数(&C):"), self.copies_spin)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.print_button = named_button(self.tr("打印(&P)…"), self.tr("打印标签"),
                                         self._print)
        self.pdf_button = named_button(self.tr("保存为PDF(&F)…"), self.tr("把标签保存为PDF文件"),
                                       self._ask_pdf)
        close = named_button(self.tr("关闭"), self.tr("关闭"), self.reject)
        for made in (self.print_button, self.pdf_button, close):
            buttons.addWidget(made)
        layout.addLayout(buttons)
        enabled = bool(self.items())
        self.print_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def sheet(self) -> LabelSheet:
        """The label sheet chosen."""
        chosen = self.sheet_combo.currentData()
        assert isinstance(chosen, LabelSheet)
        return chosen

    def items(self) -> list[Product]:
        """The labels to print, in order."""
        return label_items(self._products, self.copies_spin.value())

    def save_pdf(self, path: Path) -> bool:
        """Write the labels to ``path``; says where (or why not)."""
        written = attempt(self, lambda: write_labels_pdf(self.items(), self.sheet(), path),
                          show=lambda text: show_error(self.error_label, text))
        if written is None:
            return False
        show_error(self.error_label, "")
        self.status_label.show_result(self.tr("已保存标签：{path}").format(path=written))
        return True

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存标签"),
                                              self.tr("商品标签.pdf"), self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_pdf(Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = attempt(self, lambda: print_labels(printer, self.items(), self.sheet()),
                        show=lambda text: show_error(self.error_label, text))
        if pages is None:
            return
        self.status_label.show_result(self.tr("已送打印：{pages} 页标签").format(pages=pages))
