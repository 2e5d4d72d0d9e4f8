"""EAN-8 barcodes: the modules of a code (from the EAN-8 encoding tables) and drawing them
with QPainter, the digits under the bars.

Product codes are EAN-8 numbers (``2nnnnnnC``, see :mod:`desktop.models.sales.catalogue`),
which every USB barcode scanner reads. An EAN-8 symbol is 67 modules: the start guard 101,
four digits in the L (odd parity) patterns, the centre guard 01010, four digits in the R
patterns (the L ones inverted), the end guard 101; seven light modules of quiet zone on each
side keep a scanner from reading into the print beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from desktop.models.sales.catalogue import ean8_check_digit

# L patterns of the digits 0–9 (ISO/IEC 15420); R patterns are their complements.
L_PATTERNS = ("0001101", "0011001", "0010011", "0111101", "0100011",
              "0110001", "0101111", "0111011", "0110111", "0001011")
R_PATTERNS = tuple("".join("1" if bit == "0" else "0" for bit in code) for code in L_PATTERNS)
START = END = "101"
CENTRE = "01010"
MODULES = 67
QUIET_MODULES = 7
GUARD_SPANS = ((0, 3), (31, 36), (64, 67))
"""Where the guard bars are (module ranges): they reach below the digits' baseline."""


def is_ean8(code: str) -> bool:
    """Whether ``code`` is eight digits whose last is the EAN-8 check digit."""
    return len(code) == 8 and code.isascii() and code.isdigit() \
        and ean8_check_digit(code[:7]) == code[7]


def ean8_modules(code: str) -> str:
    """The 67 modules of the EAN-8 symbol of ``code`` ("1" dark, "0" light); ValueError
    unless ``code`` is a valid EAN-8 number."""
    if not is_ean8(code):
        raise ValueError(f"not an EAN-8 code: {code!r}")
    return (START + "".join(L_PATTERNS[int(d)] for d in code[:4]) + CENTRE
            + "".join(R_PATTERNS[int(d)] for d in code[4:]) + END)


def draw_ean8(painter: QPainter, area: QRectF, code: str, module: float,
              digit_font: QFont) -> None:
    """Draw the EAN-8 symbol of ``code`` centred in ``area`` (its quiet zones included),
    ``module`` device units a module, the digits under the bars in ``digit_font``: the bars
    fill the height above the digits, the guard bars reach half way down beside them."""
    modules = ean8_modules(code)
    painter.save()
    painter.setFont(digit_font)
    digit_height = painter.fontMetrics().height()
    left = area.left() + (area.width() - MODULES * module) / 2
    top = area.top()
    bar_bottom = area.bottom() - digit_height
    guard_bottom = bar_bottom + digit_height / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    guards = {i for start, end in GUARD_SPANS for i in range(start, end)}
    start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and start is None:
            start = index
        elif bit == "0" and start is not None:
            bottom = guard_bottom if start in guards else bar_bottom
            painter.drawRect(QRectF(left + start * module, top, (index - start) * module,
                                    bottom - top))
            start = None
    painter.setPen(QColor("black"))
    for first, digits in ((3, code[:4]), (36, code[4:])):
        box = QRectF(left + first * module, bar_bottom, 28 * module, digit_height)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), digits)
    painter.restore()

