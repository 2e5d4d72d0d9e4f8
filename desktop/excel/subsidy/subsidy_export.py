"""Export a month's rehab labour subsidy table (职业康复劳动训练生活补助) to an .xlsx workbook.

A sheet ready to print and sign: title, the rule that was applied, one row per 职康站 member
(ID numbers masked), a total row, and a column for the member's signature. Amounts are yuan
with two decimals, made exactly from integer fen (Decimal, never float). The file is written
beside the target and moved into place only when complete.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.subsidy import subsidy

__all__ = ["HEADERS", "SHEET_TITLE", "ExportError", "export_subsidy", "yuan"]

SHEET_TITLE = "康复补助"
INFO_TITLE = "导出说明"
# (header, width in characters)
COLUMNS: list[tuple[str, int]] = [
    ("序号", 6), ("姓名", 12), ("身份证号（已脱敏）", 22), ("签到天数", 10), ("计补天数", 10),
    ("日补助标准（元）", 16), ("补助金额（元）", 16), ("本人或监护人签字", 18),
]
HEADERS = [header for header, _ in COLUMNS]
HEADER_ROW = 3
MONEY_FORMAT = "#,##0.00"
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def yuan(fen: int) -> Decimal:
    """Integer fen as an exact Decimal amount of yuan: 4000 → Decimal('40.00')."""
    return Decimal(int(fen)).scaleb(-2)


def _text(value: str) -> str:
    # Control characters make Excel refuse the whole file.
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _no_formulas(sheet: Any) -> None:
    # Text typed as "=…" (a centre name, a user name) must stay text, never become a formula.
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"


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


def _build(db: Database, actor: Actor, month: str) -> tuple[Workbook, subsidy.SubsidyMonth]:
    table = subsidy.month_table(db, month)
    profile = centre.load_profile(db)
    workbook = Workbook()
    sheet: Any = workbook.active
    sheet.title = SHEET_TITLE
    last_column = get_column_letter(len(COLUMNS))
    year, number = month.split("-")
    sheet["A1"] = _text(f"{profile.name} {year}年{int(number)}月 职业康复劳动训练生活补助发放表"
                        .strip())
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.merge_cells(f"A1:{last_column}1")
    sheet["A2"] = _text(rule_text(table.settings))
    sheet.merge_cells(f"A2:{last_column}2")
    for number_, (header, width) in enumerate(COLUMNS, start=1):
        letter = get_column_letter(number_)
        sheet.column_dimensions[letter].width = width
        cell = sheet.cell(row=HEADER_ROW, column=number_, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.border = _BOX
    rate = yuan(table.settings.daily_rate_fen)
    for index, row in enumerate(table.rows, start=1):
        values: list[Any] = [index, _text(row.name), row.id_number, row.days_signed_in,
                             row.days, rate, yuan(row.amount_fen), ""]
        sheet.append(values)
    total_row = HEADER_ROW + len(table.rows) + 1
    sheet.append(["合计", "", f"{len(table.rows)} 人",
                  sum(r.days_signed_in for r in table.rows), table.total_days, "",
                  yuan(table.total_fen), ""])
    for row_cells in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=total_row):
        for cell in row_cells:
            cell.border = _BOX
        row_cells[5].number_format = MONEY_FORMAT
        row_cells[6].number_format = MONEY_FORMAT
    for cell in sheet[total_row]:
        cell.font = Font(bold=True)
    # Headers stay in view while scrolling; printed on every page, landscape, one page wide.
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    info: Any = workbook.create_sheet(INFO_TITLE)
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 60
    stay = table.settings.min_stay_minutes
    for label, value in (
            ("中心", _text(profile.name)), ("中心编码", _text(profile.code)), ("月份", month),
            ("日补助标准（分）", table.settings.daily_rate_fen),
            ("最短停留（分钟）", stay if stay is not None else "不要求"),
            ("人数", len(table.rows)), ("计补天数合计", table.total_days),
            ("金额合计（分）", table.total_fen),
            ("导出时间", db.clock.now().strftime("%Y-%m-%d %H:%M:%S")),
            ("导出人", _text(actor.username)),
            ("说明", "只计未作废的签到；名单为目前登记在职康站项目的会员；身份证号已脱敏")):
        info.append([label, value])
    _no_formulas(sheet)
    _no_formulas(info)
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
