"""库存盘点表: the printed count sheet of a stock-take. Every product on sale with its code,
name, category and the number the books expect, and empty columns to write the count and
the difference in, signed off by who counted and who checked (a PrintedForm, A4)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.sales import stock
from desktop.models.sales.stock import StockRow
from desktop.ui.common.printed_form import FormTable, PrintedForm, SignOff, paragraphs

ROW_MM = 9
"""Tall enough to write a number by hand."""


def count_sheet(rows: Sequence[StockRow], centre_name: str, day: date) -> PrintedForm:
    """The count sheet of ``rows`` on ``day``."""
    body = []
    for number, row in enumerate(rows, 1):
        cells = (str(number), row.code, row.name, row.category, str(row.on_hand), "", "", "")
        aligns = ("center", "center", "left", "left", "right", "right", "right", "left")
        body.append("<tr>" + "".join(
            f'<td align="{align}">{html.escape(cell) or "&nbsp;"}</td>'
            for cell, align in zip(cells, aligns, strict=True)) + "</tr>")
    # 序号 wide enough for "序号" and three digits on one line: at 5 % "10" wrapped to two
    # lines and 61 products took four pages.
    columns = [(QCoreApplication.translate("StockCountSheet", "序号"), 8),
               (QCoreApplication.translate("StockCountSheet", "编码"), 14),
               (QCoreApplication.translate("StockCountSheet", "商品名称"), 24),
               (QCoreApplication.translate("StockCountSheet", "类别"), 10),
               (QCoreApplication.translate("StockCountSheet", "账面数（件）"), 10),
               (QCoreApplication.translate("StockCountSheet", "实盘数（件）"), 11),
               (QCoreApplication.translate("StockCountSheet", "差异（件）"), 9),
               (QCoreApplication.translate("StockCountSheet", "备注"), 14)]
    return PrintedForm(
        title=QCoreApplication.translate("StockCountSheet", "希联圆梦 库存盘点表"),
        centre=centre_name,
        subject=QCoreApplication.translate("StockCountSheet", "库存盘点表"),
        period=QCoreApplication.translate("StockCountSheet", "盘点日期：{day}").format(
            day=day.isoformat()),
        intro=paragraphs(
            QCoreApplication.translate(
                "StockCountSheet", "账面数为打印时的库存（不含寄售在外的）。请逐件清点，在“实盘数”"
                "栏写下实际件数，与账面不符的在“差异”栏写明多或少几件并在备注中说明原因。"),
            QCoreApplication.translate("StockCountSheet", "共 {count} 种商品。").format(
                count=len(rows))),
        table=FormTable(columns, body, row_height_mm=ROW_MM),
        sign_off=SignOff(signers=[QCoreApplication.translate("StockCountSheet", "盘点人"),
                                  QCoreApplication.translate("StockCountSheet", "复核人"),
                                  QCoreApplication.translate("StockCountSheet", "负责人")],
                         stamp=False))

def count_sheet_of(db: Database) -> PrintedForm:
    """Today's count sheet of every product on sale."""
    return count_sheet(stock.stock_list(db), centre.load_profile(db).name, db.clock.today())
