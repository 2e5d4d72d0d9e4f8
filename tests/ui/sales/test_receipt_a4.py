"""The A4 receipt: 单价, 数量 and 金额 right-aligned, their last digits in one column."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desktop.ui.common.printed_form import write_form_pdf
from desktop.ui.sales.receipt_print import Receipt, ReceiptLine, a4_form


def test_the_numbers_are_right_aligned(qapp, tmp_path: Path) -> None:
    receipt = Receipt("测试温馨家园", "AB12CD34", "2024-06-03", "10:30:00", (
        ReceiptLine("软陶钥匙扣", 2, 500, 0, ""),
        ReceiptLine("编织手提包", 12, 12_000, 0, "")), 145_000, "现金", 150_000, 5_000)
    pdf = write_form_pdf(a4_form(receipt), tmp_path / "小票.pdf")
    page = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    # Each word with where it ends on the page (points).
    words = [(m.group(3), float(m.group(2)), float(m.group(1))) for m in re.finditer(
        r'xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]+)</word>', page)]
    rows = sorted({round(y) for word, y, _x in words if word in ("软陶钥匙扣", "编织手提包")})
    assert len(rows) == 2

    def ends(row: int) -> list[float]:
        return [x for _word, y, x in sorted(words, key=lambda w: w[2]) if round(y) == row]

    first, second = ends(rows[0]), ends(rows[1])
    assert len(first) == len(second) == 4  # name, price, quantity, amount
    for a, b in zip(first[1:], second[1:], strict=True):
        assert abs(a - b) < 1, (first, second)  # 单价, 数量, 金额 end in one column
