"""The monthly workbook's 希联圆梦 sheet (declared in ``desktop.excel.sales``): the month's
handicraft sales, one anonymous row per maker with income or items sold, then the sales by
channel.

Privacy: like 考勤明细 and 志愿服务, a maker's row has no name, ID or number, only its number on
this sheet, and the rows are in the order of their own figures (largest share first), never in
name order. The district sees how the money reached the makers; the named payout sheet (发放表)
stays in the centre.

Every figure equals the 希联圆梦 rows of 汇总 (:mod:`desktop.models.sales.indicator_provider`:
the makers' income of the month, valid sales less the refunds dated in it).
"""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_form import HEADER_ROW, detail_print_setup, detail_title
from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_styled,
    draw_grid,
    fixed_style,
    put,
    set_widths,
    style_header,
    write_header,
)
from desktop.models.db import Database
from desktop.models.money import yuan
from desktop.models.sales.makers_income import MakerIncome, month_income
from desktop.models.sales.rules import CHANNEL_NAMES, month_bounds

HEADERS = ["序号", "售出件数\n（件）", "销售收入\n（元）", "材料成本\n（元）", "应得收入\n（元）",
           "已发放\n（是/否）"]
WIDTHS = [6, 11, 13, 13, 13, 11]
COLUMNS = len(HEADERS)
MONEY = (2, 3, 4)  # the columns (0-based) in 元
CHANNEL_HEADERS = ["销售渠道", "销售笔数\n（笔）", "销售金额\n（元）"]
# Channel rows in the order staff think of them, in the till's words.
CHANNELS = tuple((channel, str(CHANNEL_NAMES[channel])) for channel in ("counter", "bazaar",
                                                                         "order"))
REFUNDS = "退款（按退款日期）"
CENTRED = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
LEFT = fixed_style(Alignment(horizontal="left", vertical="center", wrap_text=True))
ABOUT = ("本月有手工品售出的制作者，每行一人，不含姓名和证件号，按应得收入等数字排列。"
         "只计未作废的销售，减去本月的退款；合作的商品按份额计入。分配规则：{rule}。")


def rule_words(basis: str, percent: int) -> str:
    """The split rule in plain words (the same words as the makers' income tab)."""
    base = "销售收入减去材料成本" if basis == "margin" else "销售收入"
    return f"{base}的 {percent}% 归制作者，按各自份额分配"


def _order(maker: MakerIncome) -> tuple[int, ...]:
    """Largest share first, then by the other figures: never by name or id."""
    return (-maker.share_fen, -maker.revenue_fen, -maker.items, -maker.material_cost_fen)


def write_sales(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """Per maker with items sold in the month: items, revenue, material cost, share and
    whether it was paid, with a total row; then each channel's sales and the refunds.
    Returns the maker rows."""
    del today  # sales are never dated after the day they are made
    income = month_income(db, month)
    makers = sorted(income.makers, key=_order)
    set_widths(sheet, WIDTHS)
    detail_title(db, month, sheet, COLUMNS,
                 ABOUT.format(rule=rule_words(income.rule.basis, income.rule.makers_percent)))
    write_header(sheet, HEADERS, WIDTHS)
    for number, maker in enumerate(makers, start=1):
        append_styled(sheet, [number, maker.items, yuan(maker.revenue_fen),
                              yuan(maker.material_cost_fen), yuan(maker.share_fen),
                              "是" if maker.payout is not None else "否"])
    for cell in append_styled(sheet, [TOTAL, income.items, yuan(income.revenue_fen),
                                      yuan(income.material_cost_fen), yuan(income.share_fen),
                                      None]):
        cell.font = HEADER_FONT
    last = sheet.max_row
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=last, max_col=COLUMNS):
        for offset, cell in enumerate(line):
            cell.alignment = CENTRED
            if offset in MONEY:
                cell.number_format = MONEY_FORMAT
    draw_grid(sheet, HEADER_ROW, last, COLUMNS)
    _channels(db, month, sheet, last + 2)
    detail_print_setup(db, month, sheet, columns=COLUMNS)
    return len(makers)


def channel_totals(db: Database, month: str) -> tuple[dict[str, tuple[int, int]], int]:
    """The month's valid sales per channel as (count, fen), and the refunds dated in it."""
    first, last = month_bounds(month)
    found = {r[0]: (int(r[1]), int(r[2])) for r in db.query(
        "SELECT channel, count(*), sum(total_fen) FROM sales_sale WHERE day BETWEEN ? AND ?"
        " AND voided_at IS NULL GROUP BY channel", (first, last))}
    refunded = int(db.scalar(
        "SELECT coalesce(sum(r.amount_fen), 0) FROM sales_refund r JOIN sales_line l"
        " ON l.id = r.line_id JOIN sales_sale s ON s.id = l.sale_id"
        " WHERE r.day BETWEEN ? AND ? AND s.voided_at IS NULL", (first, last)))
    return {channel: found.get(channel, (0, 0)) for channel, _ in CHANNELS}, refunded


def _channels(db: Database, month: str, sheet: Worksheet, row: int) -> None:
    """Counter, bazaar and order sales, the refunds (negative) and the total: the month's
    sales count and revenue of 汇总."""
    totals, refunded = channel_totals(db, month)
    first = row
    for column, text in enumerate(CHANNEL_HEADERS, start=1):
        put(sheet, row, column, text)
    style_header(sheet.cell(row=row, column=column) for column in range(1, 4))
    sheet.row_dimensions[row].height = 33
    lines: list[tuple[str, int | None, int]] = [
        (words, *totals[channel]) for channel, words in CHANNELS]
    lines.append((REFUNDS, None, -refunded))
    lines.append((TOTAL, sum(count for count, _ in totals.values()),
                  sum(fen for _, fen in totals.values()) - refunded))
    for label, count, fen in lines:
        row += 1
        put(sheet, row, 1, label).alignment = LEFT
        put(sheet, row, 2, count).alignment = CENTRED
        money = put(sheet, row, 3, yuan(fen))
        money.alignment = CENTRED
        money.number_format = MONEY_FORMAT
        if label == TOTAL:
            for column in range(1, 4):
                sheet.cell(row=row, column=column).font = HEADER_FONT
    draw_grid(sheet, first, row, 3)
