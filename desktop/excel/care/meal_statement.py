"""Export a month's meal statement (餐费明细) of the day-care members to an .xlsx workbook.

A sheet ready to print and sign when families pay: title, the month's price, one row per
member who had meals (the meals, the days, the cost, what the family pays, the centre's share)
and a column for a family member's signature, a total row, the families' total in capital
numerals (大写), and the sign-off block. A4 portrait, the centre and month in the page header
of every page, the header row repeated. Amounts are exact Decimals made from integer fen. The
file is written beside the target and moved into place only when complete.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment

from desktop.excel.form_layout import capital_total_row, month_words, sign_off_block, write_title
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_styled,
    draw_grid,
    lines_in,
    new_workbook,
    print_setup,
    write_header,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.care import meals
from desktop.models.care.meals import MealRate, MealStatement
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, yuan

SHEET_TITLE = "餐费明细"
# (header with its unit, width in characters): fits A4 portrait.
COLUMNS: list[tuple[str, float]] = [
    ("序号", 4.5), ("姓名", 8), ("用餐次数\n（次）", 7.5), ("用餐日期\n（日）", 24),
    ("餐费\n（元）", 10), ("家属应缴\n（元）", 10), ("中心承担\n（元）", 10), ("家属签字", 11),
]
HEADERS = [header for header, _ in COLUMNS]
HEADER_ROW = 3
SIGN_ROW_HEIGHT = 30
# Points per printed line of the days, and the days column's width.
_LINE_HEIGHT = 15
_DAYS_WIDTH = COLUMNS[3][1]
_MIDDLE = Alignment(vertical="center", wrap_text=True)
_CENTRED = Alignment(horizontal="center", vertical="center")


def price_words(rate: MealRate | None) -> str:
    """The month's price in words, under the title."""
    if rate is None:
        return "本月未设定餐费标准：金额按 0 元计"
    return (f"每餐 {format_yuan(rate.cost_fen)} 元，其中个人自付 "
            f"{format_yuan(rate.contribution_fen)} 元、中心承担 {format_yuan(rate.centre_fen)} 元"
            f"（{rate.effective_from} 起执行）")


def _write(sheet: Any, statement: MealStatement, title: str) -> int:
    columns = len(COLUMNS)
    write_title(sheet, title, columns, subtitle=price_words(statement.rate))
    write_header(sheet, HEADERS, [w for _, w in COLUMNS])
    for index, row in enumerate(statement.rows, start=1):
        days = "、".join(str(int(day[8:])) for day in row.days)
        append_styled(sheet, [index, row.name, row.meals, days,
                              yuan(row.cost_fen), yuan(row.contribution_fen),
                              yuan(row.centre_fen), None])
        # A month of days wraps to three or four lines: the row grows so none is cut off.
        sheet.row_dimensions[sheet.max_row].height = max(
            SIGN_ROW_HEIGHT, _LINE_HEIGHT * lines_in(days, _DAYS_WIDTH) + 3)
    total_row = sheet.max_row + 1
    for cell in append_styled(sheet, [
            "合计", None, statement.meals, f"{len(statement.rows)} 人",
            yuan(statement.cost_fen), yuan(statement.contribution_fen),
            yuan(statement.centre_fen), None]):
        cell.font = HEADER_FONT
    draw_grid(sheet, HEADER_ROW, total_row, columns)
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=total_row, max_col=columns):
        for cell in line:
            cell.alignment = _CENTRED if cell.column in (1, 3) else _MIDDLE
        for money in line[4:7]:
            money.number_format = MONEY_FORMAT
    return capital_total_row(sheet, total_row + 1, columns, statement.contribution_fen,
                             label="家属应缴合计")


def export_meal_statement(db: Database, actor: Actor, month: str,
                          path: str | os.PathLike[str]) -> MealStatement:
    """Write the meal statement of ``month`` (YYYY-MM) to an .xlsx file at ``path``; returns
    the statement written.

    PermissionDenied without RECORD_CARE, ValidationError for a malformed month, ExportError
    when the file cannot be written (nothing is then left at ``path``).
    """
    statement = meals.meal_statement(db, month, actor=actor)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "导出失败：文件夹 {folder} 不存在"), folder=target.parent))
    profile = centre.load_profile(db)
    title = f"{profile.name} {month_words(month)} 日间照料餐费明细".strip()
    workbook = new_workbook(title, profile.name)
    sheet: Any = workbook.active
    sheet.title = SHEET_TITLE
    row = _write(sheet, statement, title)
    print_setup(sheet, profile.name, month_words(month), title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                orientation="portrait", columns=len(COLUMNS))
    # After the print setup: the block is kept on one page with the table's last rows.
    sign_off_block(sheet, row, len(COLUMNS))
    save_workbook(workbook, target)
    return statement
