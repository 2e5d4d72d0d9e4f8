"""The receipt on each paper: 58 mm and 80 mm rolls one page as long as the receipt, A4 as a
form; everything on it, the reprint marked 补打 and a voided sale 已作废."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.ui.sales.receipt_print import (
    A4,
    PAPERS,
    ROLL_58,
    ROLL_80,
    Receipt,
    ReceiptLine,
    write_receipt_pdf,
)
from tests.ui.sales.till_support import pdf_text

RECEIPT = Receipt("测试温馨家园", "AB12CD34", "2024-06-03", "10:00:00", (
    ReceiptLine("软陶钥匙扣", 2, 2_000, 500, "残疾人家属"),
    ReceiptLine("串珠手链", 1, 3_500, 0, "")), 7_000, "现金", 10_000, 3_000, reprint=True)


def page_size_pt(path: Path) -> tuple[float, float] | None:
    tool = shutil.which("pdfinfo")
    if tool is None:
        return None
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    line = next(text for text in out.splitlines() if text.startswith("Page size:"))
    width, _, height = line.split(":", 1)[1].split()[:3]
    return float(width), float(height)


@pytest.mark.parametrize("paper", PAPERS)
def test_each_paper_has_everything(qapp, tmp_path: Path, paper: str) -> None:
    path = write_receipt_pdf(RECEIPT, paper, tmp_path / f"{paper}.pdf")
    assert path.is_file() and path.stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p != path]  # no temporary file left
    text = pdf_text(path)
    if text:
        for part in ("测试温馨家园", "AB12CD34", "2024-06-03 10:00:00", "软陶钥匙扣",
                     "优惠 -5.00（残疾人家属）", "串珠手链", "¥70.00", "现金", "¥100.00",
                     "¥30.00", "感谢您支持残疾人手工制作", "【补打】"):
            assert part in text, (paper, part)
    size = page_size_pt(path)
    if size is not None:
        width_mm = size[0] / 72 * 25.4
        expected = {ROLL_58: 58, ROLL_80: 80, A4: 210}[paper]
        assert abs(width_mm - expected) < 1, (paper, width_mm)
        if paper != A4:
            assert size[1] / 72 * 25.4 < 150  # as long as the receipt, not a page


def test_a_voided_sale_says_so(qapp, tmp_path: Path) -> None:
    from dataclasses import replace

    path = write_receipt_pdf(replace(RECEIPT, voided=True, reprint=False), ROLL_80,
                             tmp_path / "voided.pdf")
    text = pdf_text(path)
    if text:
        assert "【已作废】" in text and "【补打】" not in text
