"""The makers' payout sheet (希联圆梦制作者收入发放表) of a month, as an .xlsx workbook.

A sheet ready to print and sign, on the model of the subsidy's payout sheet: title, the split
rule in plain words, one row per maker with a share that month (name, items sold, revenue,
material cost, share, the day it was paid if it was), a total row, the total also in capital
numerals (大写) as a cash payout needs, a column for the maker's (or guardian's) signature and
the sign-off block (经办人, 审核人, 负责人, 单位盖章, 日期). A4 portrait, rows tall enough to sign
in, the headings and the page header (centre, month) on every page. Money exact from integer fen.
The file is written beside the target and moved into place only when complete.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.workbook import Workbook

from desktop.excel.form_layout import capital_total_row, month_words, sign_off_block, write_title
from desktop.excel.sales.month_sheet import rule_words
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_styled,
    clean_text,
    draw_grid,
    new_workbook,
    print_setup,
    write_header,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import yuan
from desktop.models.sales.makers_income import MonthIncome, month_income
from desktop.models.sales.rules import require_sell

__all__ = ["HEADERS", "SHEET_TITLE", "ExportError", "export_payout_sheet"]

SHEET_TITLE = "制作者收入发放表"
COLUMNS: list[tuple[str, float]] = [
    ("序号", 4.5), ("姓名", 9), ("售出件数\n（件）", 7.5), ("销售收入\n（元）", 10),
    ("材料成本\n（元）", 10), ("应得收入\n（元）", 10), ("发放日期", 10.5),
    ("本人或监护人\n签字", 15),
]
HEADERS = [header for header, _ in COLUMNS]
HEADER_ROW = 3
SIGN_ROW_HEIGHT = 30  # about 1 cm: room for a signature or a thumbprint
SIGN_ROLES = ("经办人", "审核人", "负责人")
MONEY_COLUMNS = (3, 4, 5)  # 0-based
_MIDDLE = Alignment(vertical="center")
_WRAPPED = Alignment(vertical="center", wrap_text=True)
_CENTRED = Alignment(horizontal="center", vertical="center")


def _write_table(sheet: Any, income: MonthIncome, title: str) -> int:
    """Title, rule, headings, one tall row per maker with a share, the total and its 大写;
    returns the row after the 大写."""
    columns = len(COLUMNS)
    row = write_title(sheet, title, columns)
    rule = rule_words(income.rule.basis, income.rule.makers_percent)
    note = sheet.cell(row=row, column=1, value=clean_text(
        f"分配规则：{rule}。只计本月未作废的销售，减去本月办理的退款。"))
    note.alignment = _WRAPPED
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    sheet.row_dimensions[row].height = 30  # two lines on A4 portrait
    write_header(sheet, HEADERS, [w for _, w in COLUMNS])
    makers = [m for m in income.makers if m.share_fen > 0]
    for index, maker in enumerate(makers, start=1):
        append_styled(sheet, [index, maker.name, maker.items, yuan(maker.revenue_fen),
                              yuan(maker.material_cost_fen), yuan(maker.share_fen),
                              maker.payout.paid_on if maker.payout else None, None])
        sheet.row_dimensions[sheet.max_row].height = SIGN_ROW_HEIGHT
    total_row = sheet.max_row + 1
    for cell in append_styled(sheet, [
            # Items of the month: one made by two makers is on both their rows, once here.
            "合计", f"{len(makers)} 人", income.items,
            yuan(sum(m.revenue_fen for m in makers)),
            yuan(sum(m.material_cost_fen for m in makers)), yuan(income.share_fen), None,
            None]):
        cell.font = HEADER_FONT
    sheet.row_dimensions[total_row].height = SIGN_ROW_HEIGHT
    draw_grid(sheet, HEADER_ROW, total_row, columns)
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=total_row, max_col=columns):
        for cell in line:
            cell.alignment = _CENTRED if cell.column in (1, 3, 7) else _MIDDLE
        for offset in MONEY_COLUMNS:
            line[offset].number_format = MONEY_FORMAT
    return capital_total_row(sheet, total_row + 1, columns, income.share_fen)


def build_payout_sheet(db: Database, month: str) -> tuple[Workbook, MonthIncome]:
    """The workbook of ``month``'s payout sheet and the income it shows."""
    income = month_income(db, month)
    profile = centre.load_profile(db)
    title = f"{profile.name} {month_words(month)} 希联圆梦手工品制作者收入发放表".strip()
    workbook = new_workbook(title, profile.name)
    sheet: Any = workbook.active
    sheet.title = SHEET_TITLE
    row = _write_table(sheet, income, title)
    print_setup(sheet, profile.name, month_words(month), title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                orientation="portrait", columns=len(COLUMNS))
    # After the print setup: the block is kept on one page with the table's last rows.
    sign_off_block(sheet, row, len(COLUMNS), SIGN_ROLES)
    return workbook, income


def export_payout_sheet(db: Database, actor: Actor, month: str,
                        path: str | os.PathLike[str]) -> MonthIncome:
    """Write ``month``'s (YYYY-MM) makers' payout sheet to an .xlsx file at ``path``; returns
    the income written. PermissionDenied for an account that may not sell, ValidationError for
    a malformed month, ExportError when the file cannot be written (nothing is left at
    ``path`` then, and a file already there is unchanged)."""
    require_sell(actor)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "导出失败：文件夹 {folder} 不存在"), folder=target.parent))
    workbook, income = build_payout_sheet(db, month)
    save_workbook(workbook, target)
    return income
