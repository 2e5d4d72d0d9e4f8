"""Barcode labels: the EAN-8 bars drawn (on an image, and in the PDF of a label sheet, as
pdftoppm renders it) decode back to the product's code through the EAN-8 width tables, which
is what a USB scanner does; the label sheets (3×8, 4×10) and the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from desktop.models.db import Database
from desktop.models.sales import catalogue
from desktop.ui.sales.catalogue_tab import make_tab
from desktop.ui.sales.labels_barcode import draw_ean8, ean8_modules
from desktop.ui.sales.labels_print import SHEETS, LabelSheet, label_items, write_labels_pdf
from tests.models.sales.sales_support import member, product, sales_db
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.sales.catalogue_support import open_tab, pdf_pages

__all__ = ["sales_db"]

# The digits as the widths of their two spaces and two bars (left half: space first), the
# table a scanner decodes by; written out here apart from the code's module patterns.
WIDTHS = {"3211": "0", "2221": "1", "2122": "2", "1411": "3", "1132": "4",
          "1231": "5", "1114": "6", "1312": "7", "1213": "8", "3112": "9"}


def runs_of(dark: list[bool]) -> list[int]:
    """The widths of the runs from the first dark pixel to the last one."""
    first, last = dark.index(True), len(dark) - 1 - dark[::-1].index(True)
    runs, count = [], 1
    for before, now in zip(dark[first:last], dark[first + 1:last + 1], strict=True):
        if now == before:
            count += 1
        else:
            runs.append(count)
            count = 1
    runs.append(count)
    return runs


def decode(dark: list[bool]) -> str | None:
    """The EAN-8 code in one row of pixels, read as a scanner does, or None."""
    if True not in dark:
        return None
    runs = runs_of(dark)
    # 3 guard + 16 digit + 5 centre + 16 digit + 3 guard runs; 67 modules in all.
    if len(runs) != 43:
        return None
    module = sum(runs) / 67
    widths = [round(r / module) for r in runs]
    if widths[:3] != [1, 1, 1] or widths[19:24] != [1, 1, 1, 1, 1] or widths[-3:] != [1, 1, 1]:
        return None
    digits = []
    for start in [*range(3, 19, 4), *range(24, 40, 4)]:
        digit = WIDTHS.get("".join(str(w) for w in widths[start:start + 4]))
        if digit is None:
            return None
        digits.append(digit)
    code = "".join(digits)
    return code if catalogue.ean8_check_digit(code[:7]) == code[7] else None


def image_rows(image: QImage, top: int, bottom: int, left: int, right: int, step: int = 1
               ) -> list[list[bool]]:
    """Rows ``top``…``bottom`` (every ``step``-th) of the image, dark pixels True."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels, line = bytes(gray.constBits()), gray.bytesPerLine()
    return [[value < 128 for value in pixels[y * line + left:y * line + right]]
            for y in range(top, bottom, step)]


def test_the_module_patterns_follow_the_ean8_tables() -> None:
    # 96385074 is the usual EAN-8 example; its check digit is 4.
    assert catalogue.ean8_check_digit("9638507") == "4"
    modules = ean8_modules("96385074")
    assert len(modules) == 67
    assert modules.startswith("101" + "0001011") and modules.endswith("1011100" + "101")
    assert modules[31:36] == "01010"
    with pytest.raises(ValueError):
        ean8_modules("96385075")


@pytest.mark.parametrize("code", ["20000011", "20000028", "29999996", "21234569", "96385074"])
def test_the_drawn_bars_decode_back_to_the_code(qapp, code: str) -> None:
    image = QImage(81 * 3, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(12)
    draw_ean8(painter, QRectF(0, 0, 81 * 3, 80), code, 3, font)
    painter.end()
    rows = image_rows(image, 0, 80, 0, image.width())
    assert decode(rows[10]) == code
    assert decode(rows[40]) == code
    # No row reads as any other code.
    assert {decode(row) for row in rows} <= {code, None}


def test_a_label_sheet_pdf_scans_back_to_each_code(qtbot, sales_db: Database,
                                                   tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    first = catalogue.get_product(sales_db, product(sales_db, [(wang, 100)]))
    second = catalogue.get_product(sales_db, product(
        sales_db, [(wang, 100)], name="手工香皂（薰衣草味，大块装，送礼佳品）", price_fen=1_580))
    for sheet in SHEETS:
        items = label_items([first, second], 3)
        pdf = write_labels_pdf(items, sheet, tmp_path / f"labels-{sheet.columns}.pdf")
        assert pdf.is_file()
        page = QImage(str(pdf_pages(pdf, tmp_path, dpi=600)[0]))
        width_mm, height_mm = sheet.label_mm
        per_mm = page.width() / 210
        for place, expected in enumerate(items):
            column, row = place % sheet.columns, place // sheet.columns
            left, top = int(column * width_mm * per_mm), int(row * height_mm * per_mm)
            right = int((column + 1) * width_mm * per_mm) - 1
            bottom = int((row + 1) * height_mm * per_mm) - 1
            found = [decode(r) for r in image_rows(page, top, bottom, left, right, 4)]
            assert expected.code in found, (sheet, place)
            assert set(found) <= {expected.code, None}


def test_labels_fill_a_sheet_then_start_the_next(qtbot, sales_db: Database,
                                                 tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    keyring = catalogue.get_product(sales_db, product(sales_db, [(wang, 100)]))
    items = label_items([keyring], 25)
    pdf = write_labels_pdf(items, LabelSheet(3, 8), tmp_path / "labels.pdf")
    assert len(pdf_pages(pdf, tmp_path)) == 2


def test_the_dialog_saves_the_labels_of_the_products_listed(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    product(sales_db, [(wang, 100)])
    product(sales_db, [(wang, 100)], name="手工香皂", code="SOAP-1")
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = tab.make_labels_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert [p.name for p in dialog.items()] == ["软陶钥匙扣"]
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.copies_spin.setValue(40)
    assert dialog.sheet() == LabelSheet(4, 10)
    assert dialog.save_pdf(tmp_path / "标签.pdf")
    assert dialog.status_label.text() == f"✓ 已保存标签：{tmp_path / '标签.pdf'}"
    assert len(pdf_pages(tmp_path / "标签.pdf", tmp_path)) == 1
    assert not dialog.save_pdf(tmp_path / "没有" / "标签.pdf")
    assert dialog.error_label.text() == f"⚠ 保存失败：文件夹 {tmp_path / '没有'} 不存在"
