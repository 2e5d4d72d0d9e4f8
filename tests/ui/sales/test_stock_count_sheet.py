"""The printed count sheet (库存盘点表): 61 products' numbers each on one line, the rows as
tall as the room to write in, three pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop.models.db import Database
from desktop.ui.common.printed_form import write_form_pdf
from desktop.ui.sales.stock_count_sheet import count_sheet_of
from tests.models.sales.sales_support import member, product, sales_db
from tests.ui.sales.catalogue_support import pdf_pages

__all__ = ["sales_db"]


def test_sixty_one_products_fit_three_pages_with_their_numbers_whole(
        qapp, sales_db: Database, tmp_path: Path) -> None:
    maker = member(sales_db, "王芳", 11)
    for n in range(61):
        product(sales_db, [(maker, 100)], name=f"十字绣书签{n:02d}", price_fen=800)
    target = write_form_pdf(count_sheet_of(sales_db), tmp_path / "盘点表.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    numbers = {line.split()[0] for line in text.splitlines()
               if line.split() and line.split()[0].isdigit()}
    assert {str(n) for n in range(1, 62)} <= numbers  # "10" was printed as "1" over "0"
    assert len(pdf_pages(target, tmp_path)) == 3
