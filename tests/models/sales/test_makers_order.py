"""Makers listed by pinyin (冯, 侯, 严), as the people register lists people, not by
character code (严, 侯, 冯): the month's income and the payout sheet (the income tab:
tests/ui/sales/test_income_tab_order.py)."""

from __future__ import annotations

from datetime import date

from desktop.excel.sales.payout_sheet import build_payout_sheet
from desktop.models.db import Database
from desktop.models.sales import makers_income, sales, stock
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.sales_support import member, product, sales_db

__all__ = ["sales_db"]
PINYIN_ORDER = ["冯丽", "侯明", "严华"]


def three_makers(db: Database) -> None:
    for seq, name in enumerate(("严华", "侯明", "冯丽"), start=41):
        made = product(db, [(member(db, name, seq), 100)], name=f"{name}的杯垫")
        stock.record_production(db, made, 2, date(2024, 5, 1), actor=STAFF)
        sales.record_sale(db, SaleInput([LineInput(made)], "现金", day=date(2024, 5, 6)),
                          actor=STAFF)


def test_the_months_makers_and_the_payout_sheet_are_in_pinyin_order(
        sales_db: Database) -> None:
    three_makers(sales_db)
    income = makers_income.month_income(sales_db, "2024-05")
    assert [m.name for m in income.makers] == PINYIN_ORDER
    workbook, _income = build_payout_sheet(sales_db, "2024-05")
    names = [cell for row in workbook.active.iter_rows(values_only=True) for cell in row
             if cell in PINYIN_ORDER]
    assert names == PINYIN_ORDER

