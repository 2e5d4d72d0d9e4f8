"""Export a month's rehab labour subsidy table (职业康复劳动训练生活补助) to an .xlsx workbook.

A sheet ready to print and sign: title, the rule that was applied, one row per 职康站 member
(ID numbers masked), a total row, and a column for the member's signature. Amounts are yuan
with two decimals, the total also in capital numerals (大写) as a cash payout needs; below the
table the sign-off block (经办人, 审核人, 负责人, 单位盖章, 日期). A4 portrait, rows tall enough
to sign in, the centre and month in the page header of every page. Amounts are made exactly
from integer fen (Decimal, never float). The file is written beside the target and moved into
place only when complete.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.workbook import Workbook

from desktop.excel.form_layout import (
    capital_total_row,
    month_words,
    sign_off_block,
    write_notes,
    write_title,
)
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
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import capital_yuan, yuan
from desktop.models.subsidy import subsidy

__all__ = ["HEADERS", "SHEET_TITLE", "ExportError", "export_subsidy", "yuan"]

SHEET_TITLE = "康复补助"
INFO_TITLE = "导出说明"
# (header with its unit, width in characters): fits A4 portrait.
COLUMNS: list[tuple[str, float]] = [
    ("序号", 4.5), ("姓名", 8), ("身份证号\n（已脱敏）", 19.5), ("签到天数\n（天）", 8.5),
    ("计补天数\n（天）", 8.5), ("日补助标准\n（元）", 10.5), ("补助金额\n（元）", 10.5),
    ("本人或监护人\n签字", 15),
]
HEADERS = [header for header, _ in COLUMNS]
HEADER_ROW = 3
# About 1 cm: room for a signature (a thumbprint, for some members).
SIGN_ROW_HEIGHT = 30
# The payout is handed over by the person who made the sheet (经办人).
SIGN_ROLES = ("经办人", "审核人", "负责人")
_MIDDLE = Alignment(vertical="center")
_CENTRED = Alignment(horizontal="center", vertical="center")


def rule_text(settings: subsidy.SubsidySettings) -> str:
    """The counting rule in words, printed under the title."""
    stay = settings.min_stay_minutes
    if stay is None:
        condition = "有效签到即计入"
    else:
        hours, minutes = divmod(stay, 60)
        length = f"{hours} 小时" + (f" {minutes} 分钟" if minutes else "") if hours \
            else f"{minutes} 分钟"
        condition = f"当天签到并签退、停留满 {length} 计入（未签退不计入）"
    return f"日补助标准：{subsidy.format_yuan(settings.daily_rate_fen)} 元/天；{condition}"


def _write_table(sheet: Any, table: subsidy.SubsidyMonth, title: str) -> int:
    """Title, rule, headers, one tall row per member, the total and its 大写; returns the
    row after the total in capitals."""
    columns = len(COLUMNS)
    row = write_title(sheet, title, columns)
    sheet.cell(row=row, column=1, value=clean_text(rule_text(table.settings)))
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    write_header(sheet, HEADERS, [w for _, w in COLUMNS])
    rate = yuan(table.settings.daily_rate_fen)
    for index, member in enumerate(table.rows, start=1):
        append_styled(sheet, [index, member.name, member.id_number, member.days_signed_in,
                              member.days, rate, yuan(member.amount_fen), None])
        sheet.row_dimensions[sheet.max_row].height = SIGN_ROW_HEIGHT
    total_row = sheet.max_row + 1
    for cell in append_styled(sheet, [
            "合计", None, f"{len(table.rows)} 人", sum(r.days_signed_in for r in table.rows),
            table.total_days, None, yuan(table.total_fen), None]):
        cell.font = HEADER_FONT
    sheet.row_dimensions[total_row].height = SIGN_ROW_HEIGHT
    draw_grid(sheet, HEADER_ROW, total_row, columns)
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=total_row, max_col=columns):
        for cell in line:
            cell.alignment = _CENTRED if cell.column in (1, 4, 5) else _MIDDLE
        line[5].number_format = MONEY_FORMAT
        line[6].number_format = MONEY_FORMAT
    return capital_total_row(sheet, total_row + 1, columns, table.total_fen)


def _build(db: Database, actor: Actor, month: str) -> tuple[Workbook, subsidy.SubsidyMonth]:
    table = subsidy.month_table(db, month)
    profile = centre.load_profile(db)
    title = f"{profile.name} {month_words(month)} 职业康复劳动训练生活补助发放表".strip()
    workbook = new_workbook(title, profile.name)
    sheet: Any = workbook.active
    sheet.title = SHEET_TITLE
    row = _write_table(sheet, table, title)
    # Headers stay in view while scrolling and print on every page, under the page header
    # that names the centre and month.
    print_setup(sheet, profile.name, month_words(month), title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                orientation="portrait", columns=len(COLUMNS))
    # After the print setup: the block is kept on one page with the table's last rows.
    sign_off_block(sheet, row, len(COLUMNS), SIGN_ROLES)

    info: Any = workbook.create_sheet(INFO_TITLE)
    stay = table.settings.min_stay_minutes
    write_notes(info, (
        ("中心", profile.name), ("中心编码", profile.code), ("月份", month_words(month)),
        ("日补助标准（元/天）", yuan(table.settings.daily_rate_fen)),
        ("最短停留（分钟）", stay if stay is not None else "不要求"),
        ("人数（人）", len(table.rows)), ("计补天数合计（天）", table.total_days),
        ("金额合计（元）", yuan(table.total_fen)),
        ("金额合计（大写）", capital_yuan(table.total_fen)),
        ("导出时间", db.clock.now()),
        ("导出人", actor.username),
        ("说明", "只计未作废的签到；名单为目前登记在职康站项目的会员；身份证号已脱敏。"
                 "发放时请本人或监护人在“本人或监护人签字”栏签字，经办人、审核人、"
                 "负责人签字并加盖单位公章后存档。")),
        title=f"{title}：导出说明")
    print_setup(info, profile.name, month_words(month), title_rows=None, columns=2)
    return workbook, table


def export_subsidy(db: Database, actor: Actor, month: str,
                   path: str | os.PathLike[str]) -> subsidy.SubsidyMonth:
    """Write the subsidy table of ``month`` (YYYY-MM) to an .xlsx file at ``path``.

    Returns the table that was written. Raises PermissionDenied without EDIT_ATTENDANCE,
    ValidationError for a malformed month, ExportError when the file cannot be written (then
    nothing is left at ``path`` and an existing file there is unchanged).
    """
    actor.require(Permission.EDIT_ATTENDANCE)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {folder} 不存在"),
                folder=target.parent,
            )
        )
    workbook, table = _build(db, actor, month)
    save_workbook(workbook, target)
    return table
