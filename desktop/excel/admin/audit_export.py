"""Export a filtered audit log to an .xlsx workbook (administrators only).

The workbook is written to a temporary file beside the target and moved into place only when
complete, so a failure never leaves a half-written file or damages an existing one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin.audit_query import AuditQuery, AuditRow, iter_entries
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

SHEET_TITLE = "操作日志"
INFO_TITLE = "导出说明"
# (header, width in characters, value)
COLUMNS: list[tuple[str, int, Callable[[AuditRow], Any]]] = [
    ("编号", 8, lambda r: r.id),
    ("时间", 20, lambda r: r.at_display),
    ("操作人", 12, lambda r: r.actor),
    ("操作", 14, lambda r: r.action_name),
    ("数据表", 10, lambda r: r.table_display_name),
    ("记录编号", 10, lambda r: r.record_id),
    ("修改前", 50, lambda r: r.before_text),
    ("修改后", 50, lambda r: r.after_text),
    ("原因", 24, lambda r: r.reason or ""),
]
HEADERS = [header for header, _, _ in COLUMNS]




def _cell(sheet: Any, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    # Control characters make Excel refuse the whole file.
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if not text.startswith("="):
        return text
    # A reason typed as "=…" must stay text, never become a formula Excel would run.
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
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


def _build(db: Database, actor: Actor, query: AuditQuery) -> tuple[Workbook, int]:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    bold = Font(bold=True)
    for number, (_, width, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in HEADERS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in iter_entries(db, actor, query):
        sheet.append([_cell(sheet, getter(row)) for _, _, getter in COLUMNS])
        count += 1
    info = workbook.create_sheet(INFO_TITLE)
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 50
    for label, value in (("导出时间", db.clock.now().strftime("%Y-%m-%d %H:%M:%S")),
                         ("导出人", actor.username), ("筛选条件", describe_query(query)),
                         ("记录数", count),
                         ("说明", "证件号、电话等敏感信息在记录时已脱敏")):
        info.append([label, _cell(info, value)])
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
