"""The monthly workbook's 补助明细 sheet (declared in ``desktop.excel.subsidy``)."""

from __future__ import annotations

from datetime import date

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_sheets import TOTAL, yuan
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_row,
    append_styled,
    number_format,
    write_header,
)
from desktop.models.db import Database
from desktop.models.subsidy import subsidy


def write_subsidy(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """职康站 members' subsidy: days and amounts in yuan with two decimals, and a total."""
    table = subsidy.month_table(db, month)
    rate = yuan(table.settings.daily_rate_fen)
    write_header(sheet, ["序号", "姓名", "身份证号（已脱敏）", "签到天数", "计补天数",
                         "日补助标准（元）", "补助金额（元）"], [6, 12, 22, 10, 10, 16, 16])
    for number, row in enumerate(table.rows, start=1):
        append_row(sheet, [number, row.name, row.id_number, row.days_signed_in, row.days, rate,
                           yuan(row.amount_fen)])
    for cell in append_styled(sheet, [None, TOTAL, None, sum(r.days_signed_in for r in table.rows),
                                   table.total_days, None, yuan(table.total_fen)]):
        cell.font = HEADER_FONT
    number_format(sheet, (6, 7), MONEY_FORMAT)
    sheet.column_dimensions[get_column_letter(7)].width = 16
    return len(table.rows)
