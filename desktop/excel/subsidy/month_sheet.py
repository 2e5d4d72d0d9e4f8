"""The monthly workbook's 补助明细 sheet (declared in ``desktop.excel.subsidy``): the 职康站
members' rehab labour subsidy, named, because the district pays it to these people and checks
it against the payout sheet they signed (docs/workbook.md, 补助明细). Identity numbers are
masked; 考勤明细 shares no key and no order with this sheet."""

from __future__ import annotations

from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_form import HEADER_ROW, detail_print_setup, detail_title
from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_row,
    append_styled,
    draw_grid,
    number_format,
    set_widths,
    write_header,
)
from desktop.models.db import Database
from desktop.models.money import format_yuan, yuan
from desktop.models.subsidy import subsidy

# The units on a line of their own: a narrow column then breaks between words, not inside "（天）".
HEADERS = ["序号", "姓名", "身份证号（已脱敏）", "签到天数\n（天）", "计补天数\n（天）",
           "日补助标准\n（元）", "补助金额（元）"]
WIDTHS = [6, 12, 22, 10, 10, 12, 14]


def write_subsidy(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """职康站 members' subsidy: days and amounts in yuan with two decimals, and a total."""
    table = subsidy.month_table(db, month)
    settings = table.settings
    set_widths(sheet, WIDTHS)
    stay = ("签到即计 1 天" if not settings.min_stay_minutes
            else f"当天在站满 {settings.min_stay_minutes} 分钟计 1 天")
    detail_title(db, month, sheet, len(HEADERS),
                 f"职康站会员本月的康复劳动生活补助（与发放表一致）：日补助标准 "
                 f"{format_yuan(settings.daily_rate_fen)} 元，{stay}。金额单位：元。")
    write_header(sheet, HEADERS, WIDTHS)
    rate = yuan(settings.daily_rate_fen)
    for number, row in enumerate(table.rows, start=1):
        append_row(sheet, [number, row.name, row.id_number, row.days_signed_in, row.days, rate,
                           yuan(row.amount_fen)])
    for cell in append_styled(sheet, [None, TOTAL, None, sum(r.days_signed_in for r in table.rows),
                                      table.total_days, None, yuan(table.total_fen)]):
        cell.font = HEADER_FONT
    last = sheet.max_row
    number_format(sheet, (6, 7), MONEY_FORMAT, first_row=HEADER_ROW + 1)
    draw_grid(sheet, HEADER_ROW, last, len(HEADERS))
    detail_print_setup(db, month, sheet)
    return len(table.rows)
