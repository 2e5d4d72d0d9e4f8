"""Export a filtered audit log to an .xlsx workbook (administrators only).

The workbook is written to a temporary file beside the target and moved into place only when
complete, so a failure never leaves a half-written file or damages an existing one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment

from desktop.excel.form_layout import SUBTITLE_FONT, TITLE_FONT, write_notes
from desktop.excel.sheet_layout import (
    DATETIME_FORMAT,
    GRID_BORDER,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    lines_in,
    new_workbook,
    print_setup,
    set_widths,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin.audit_query import AuditQuery, AuditRow, iter_entries
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

SHEET_TITLE = "操作日志"
INFO_TITLE = "导出说明"
# (header, width in characters, value): fits A4 landscape at a readable size.
COLUMNS: list[tuple[str, float, Callable[[AuditRow], Any]]] = [
    ("编号", 7, lambda r: r.id),
    ("时间", 18, lambda r: datetime.fromisoformat(r.at.replace(" ", "T")[:19])),
    ("操作人", 9, lambda r: r.actor),
    ("操作", 7, lambda r: r.action_name),
    ("数据表", 8, lambda r: r.table_display_name),
    ("记录编号", 6, lambda r: r.record_id),
    ("修改前", 30, lambda r: r.before_text),
    ("修改后", 30, lambda r: r.after_text),
    ("原因", 14, lambda r: r.reason or ""),
]
HEADERS = [header for header, _, _ in COLUMNS]
# Row 1 the title, row 2 what was exported, row 3 the headers; entries from row 4.
HEADER_ROW = 3
_WRAPPED_COLUMNS = (7, 8, 9)
_TOP = Alignment(vertical="top", wrap_text=True)
_LINE_HEIGHT = 13.5


def _cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATETIME_FORMAT
        cell.border, cell.alignment = GRID_BORDER, _TOP
        return cell
    if isinstance(value, str):
        # Control characters make Excel refuse the whole file.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        # A reason typed as "=…" must stay text, never become a formula Excel would run.
        cell.data_type = "s"
    cell.border, cell.alignment = GRID_BORDER, _TOP
    return cell


def describe_query(query: AuditQuery) -> str:
    """The filters in words, e.g. ``2024-06-01 至 2024-06-30；操作人 admin``."""
    parts: list[str] = []
    if query.date_from or query.date_to:
        start = query.date_from.isoformat() if query.date_from else "最早"
        end = query.date_to.isoformat() if query.date_to else "最新"
        parts.append(f"{start} 至 {end}")
    if query.actor:
        parts.append(f"操作人 {query.actor}")
    if query.table:
        parts.append(f"数据表 {query.table}")
    if query.record_id is not None:
        parts.append(f"记录编号 {query.record_id}")
    return "；".join(parts) or "全部记录"


def _title_cell(sheet: Any, text: str, font: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
    cell.data_type = "s"
    cell.font = font
    return cell


def _build(db: Database, actor: Actor, query: AuditQuery) -> tuple[Workbook, int]:
    centre_name = load_profile(db).name
    title = f"{centre_name}操作日志"
    workbook = new_workbook(title, centre_name, write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    set_widths(sheet, [width for _, width, _ in COLUMNS])
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    exported = db.clock.now()
    # Set before the rows are written: a write-only sheet streams each row as it comes.
    print_setup(sheet, centre_name, exported.strftime("%Y-%m-%d"),
                title_rows=f"{HEADER_ROW}:{HEADER_ROW}", orientation="landscape",
                columns=len(COLUMNS))
    sheet.row_dimensions[1].height = 28
    sheet.append([_title_cell(sheet, title, TITLE_FONT)])
    sheet.append([_title_cell(sheet, f"筛选条件：{describe_query(query)}；导出时间："
                              f"{exported:%Y-%m-%d %H:%M:%S}；导出人：{actor.username}",
                              SUBTITLE_FONT)])
    header_cells = []
    for header in HEADERS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        cell.border = GRID_BORDER
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in iter_entries(db, actor, query):
        values = [getter(row) for _, _, getter in COLUMNS]
        # Programs that open the file do not grow a row for wrapped text: set its height.
        lines = max(lines_in(str(values[c - 1]), COLUMNS[c - 1][1]) for c in _WRAPPED_COLUMNS)
        if lines > 1:
            sheet.row_dimensions[HEADER_ROW + count + 1].height = _LINE_HEIGHT * lines + 3
        sheet.append([_cell(sheet, value) for value in values])
        count += 1
    info = workbook.create_sheet(INFO_TITLE)
    write_notes(info, (("导出时间", exported), ("导出人", actor.username),
                       ("筛选条件", describe_query(query)), ("记录数（条）", count),
                       ("说明", "证件号、电话等敏感信息在记录时已脱敏")),
                title=f"{title}：导出说明")
    print_setup(info, centre_name, exported.strftime("%Y-%m-%d"), title_rows=None, columns=2)
    return workbook, count


def export_audit(db: Database, actor: Actor, query: AuditQuery,
                 path: str | os.PathLike[str]) -> int:
    """Write the entries matching ``query`` to an .xlsx file at ``path``; returns how many.

    Raises PermissionDenied without VIEW_AUDIT, ExportError when the file cannot be written
    (then no file is left at ``path``, and an existing file there is unchanged).
    """
    actor.require(Permission.VIEW_AUDIT)
    target = Path(path)
    # Checked before building: a write-only workbook that is never saved leaves an open
    # generator behind.
    if not target.parent.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {folder} 不存在"),
                folder=target.parent,
            )
        )
    workbook, count = _build(db, actor, query)
    save_workbook(workbook, target)
    return count
