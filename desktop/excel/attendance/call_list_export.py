"""The call list of members not seen recently (久未签到会员联系名单) as an .xlsx workbook.

One sheet to phone or visit from: a title, what the list is (as of which day, how many weeks),
one row per member with the last sign-in (a real date, or 从未签到), weeks since, joining date,
phone, guardians, family and emergency contact (one per line), community and address, and an
empty column to note how the call or visit went. Laid out by the shared sheet layout (A4
landscape, one page wide, headers repeated, centre and date in the page header, page numbers).

Phones and addresses are masked unless the full call list is asked for, which needs
REVEAL_SENSITIVE and is audited (:func:`desktop.models.attendance.not_seen.call_list`): the
audit entry is written in the same transaction as the file, so a failed export leaves
neither. The file is written beside the target and moved into place only when complete.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.form_layout import TITLE_FONT, write_notes
from desktop.excel.sheet_layout import (
    append_row,
    clean_text,
    draw_grid,
    lines_in,
    new_workbook,
    print_setup,
    write_header,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.attendance import not_seen
from desktop.models.attendance.not_seen import NotSeenList
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["COLUMNS", "HEADER_ROW", "SHEET_TITLE", "ExportError", "default_file_name",
           "export_call_list"]

SHEET_TITLE = "久未签到会员"
INFO_TITLE = "导出说明"
NEVER = "从未签到"
DATE_FORMAT = "yyyy-mm-dd"
# (header, width in characters); rows 1 and 2 are the title and what the list is.
COLUMNS: list[tuple[str, float]] = [
    ("序号", 5), ("姓名", 9), ("上次签到", 11), ("未签到（周）", 8), ("入会日期", 11),
    ("本人电话", 13), ("监护人、家属和紧急联系人", 28), ("社区", 12), ("住址", 20),
    ("联系情况记录", 16),
]
HEADER_ROW = 3
_DATE_COLUMNS = (3, 5)
_CONTACTS_COLUMN, _ADDRESS_COLUMN = 7, 9
# Points per line of text at the default 11-point font. Heights are set, not left to the
# program: LibreOffice and WPS do not grow a row for wrapped lines in a file they open.
_LINE_HEIGHT = 15
_WRAPPED = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")


def default_file_name(today: date) -> str:
    """The suggested file name: 久未签到会员-2026-05-20.xlsx."""
    return f"{SHEET_TITLE}-{today.isoformat()}.xlsx"


def describe_list(found: NotSeenList) -> str:
    """What the list is, in one line under the title."""
    scope = found.programme or "全部项目"
    details = ("电话和住址为完整信息，仅供联系会员使用，请妥善保管，用后销毁" if found.full_details
               else "电话和住址已脱敏")
    return (f"截至 {found.today}，{found.weeks} 周以上（{found.cutoff} 及以前签到）"
            f"未签到或从未签到的在册会员 {len(found.members)} 人，"
            f"其中从未签到 {found.never_count} 人；服务项目：{scope}；{details}")




def _write_list(sheet: Worksheet, found: NotSeenList, centre_name: str) -> None:
    last_letter = get_column_letter(len(COLUMNS))
    sheet["A1"] = clean_text(f"{centre_name}{not_seen.LIST_TITLE}")
    sheet["A1"].font = TITLE_FONT
    sheet.row_dimensions[1].height = 28
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(f"A1:{last_letter}1")
    sheet["A2"] = clean_text(describe_list(found))
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="center")
    sheet.merge_cells(f"A2:{last_letter}2")
    sheet.row_dimensions[2].height = _LINE_HEIGHT * lines_in(
        describe_list(found), sum(width for _, width in COLUMNS)) + 3
    # write_header appends below the title rows: row 3.
    write_header(sheet, [h for h, _ in COLUMNS], [w for _, w in COLUMNS])
    for number, member in enumerate(found.members, start=1):
        last: Any = date.fromisoformat(member.last_sign_in) if member.last_sign_in else NEVER
        contacts = "\n".join(c.describe() for c in member.contacts)
        append_row(sheet, [number, member.name, last, member.weeks_since,
                           date.fromisoformat(member.registered_on), member.phone, contacts,
                           member.community, member.address, ""])
        lines = max(lines_in(contacts, COLUMNS[_CONTACTS_COLUMN - 1][1]),
                    lines_in(member.address, COLUMNS[_ADDRESS_COLUMN - 1][1]))
        sheet.row_dimensions[HEADER_ROW + number].height = _LINE_HEIGHT * lines + 3
    sheet.row_dimensions[HEADER_ROW].height = _LINE_HEIGHT * max(
        lines_in(header, width) for header, width in COLUMNS) + 3
    last_row = HEADER_ROW + len(found.members)
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=last_row,
                               max_col=len(COLUMNS)):
        for cell in row:
            cell.alignment = _WRAPPED if cell.column in (_CONTACTS_COLUMN, _ADDRESS_COLUMN) \
                else _TOP
            if cell.column in _DATE_COLUMNS and isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
    draw_grid(sheet, HEADER_ROW, last_row, len(COLUMNS))
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    print_setup(sheet, centre_name, found.today, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def _write_info(sheet: Worksheet, found: NotSeenList, centre_name: str, actor: Actor,
                exported_at: datetime) -> None:
    rule = (f"在册会员（未归档、已入会且未离开）中，最后一次有效签到在 {found.cutoff} 或更早"
            f"（即 {found.weeks} 周或更久以前，正好 {found.weeks} 周也算）的，以及从未签到的；"
            "作废的签到不算。从未签到的会员按入会日期计算未签到周数；没有入会日期的按登记日期。")
    write_notes(sheet, (
        ("中心", centre_name), ("截至日期", date.fromisoformat(str(found.today))),
        ("未签到周数（周）", found.weeks), ("服务项目", found.programme or "全部项目"),
        ("人数（人）", len(found.members)), ("其中从未签到（人）", found.never_count),
        ("名单规则", rule),
        ("电话和住址", "完整（已记入操作日志）" if found.full_details else "已脱敏"),
        ("导出时间", exported_at), ("导出人", actor.username)),
        title=f"{centre_name}{not_seen.LIST_TITLE}：导出说明")
    print_setup(sheet, centre_name, found.today, title_rows=None, columns=2)


def export_call_list(db: Database, path: str | os.PathLike[str], *, weeks: int, today: date,
                     actor: Actor, programme: str | None = None,
                     full_details: bool = False) -> NotSeenList:
    """Write the list of members not seen for ``weeks`` weeks as of ``today`` to ``path``.

    ``full_details`` puts full phones and addresses in (PermissionDenied without
    REVEAL_SENSITIVE; audited together with the file). Returns the list written. Raises
    ValidationError for weeks outside 1–52 or an unknown programme, ExportError when the file
    cannot be written (then nothing is left at ``path``, an existing file there is unchanged,
    and no audit entry remains).
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "导出失败：文件夹 {folder} 不存在"),
                folder=target.parent,
            )
        )
    centre_name = centre.load_profile(db).name
    workbook = new_workbook(f"{centre_name}{not_seen.LIST_TITLE}", centre_name)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    if not full_details:
        found = not_seen.members_not_seen(db, weeks, today=today, programme=programme)
        _write_list(sheet, found, centre_name)
        _write_info(workbook.create_sheet(INFO_TITLE), found, centre_name, actor,
                    db.clock.now())
        save_workbook(workbook, target)
        return found
    with db.transaction():
        found = not_seen.call_list(db, weeks, today=today, actor=actor, programme=programme,
                                   purpose=f"导出 Excel：{target.name}")
        _write_list(sheet, found, centre_name)
        _write_info(workbook.create_sheet(INFO_TITLE), found, centre_name, actor,
                    db.clock.now())
        # Inside the transaction: a file that cannot be written takes the audit entry with it.
        save_workbook(workbook, target)
    return found
