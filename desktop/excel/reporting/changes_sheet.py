"""The 变更 sheet of a monthly workbook from revision 2 on (docs/workbook.md).

It lists every change to the month's records since the previous submission, from the audit
log, including the reopening itself with its reason, so the district sees what differs from the
workbook it already has.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.sheet_layout import append_row, write_header
from desktop.models.db import Database
from desktop.models.reporting.month_changes import Change, changes_between
from desktop.models.reporting.month_close import previous_submission_audit_id, submission_audit_id

CHANGES = "变更"
CHANGE_HEADERS = ["时间", "操作人", "操作", "记录", "修改前", "修改后", "原因"]
NO_CHANGES = "上次报送后没有修改记录"


def changes_for_revision(db: Database, month: str, revision: int) -> list[Change]:
    """The changes revision ``revision`` carries: after the previous submission, and up to its
    own submission when this revision was already submitted (a re-export of a closed month)."""
    after_id = previous_submission_audit_id(db, month, revision)
    return changes_between(db, month, after_id, submission_audit_id(db, month, revision))


def write_changes(sheet: Worksheet, changes: list[Change]) -> int:
    """Fill the 变更 sheet; returns the number of changes listed."""
    write_header(sheet, CHANGE_HEADERS, [20, 12, 10, 40, 40, 40, 30])
    wrap = Alignment(wrap_text=True, vertical="top")
    for change in changes:
        append_row(sheet, [change.at, change.actor, change.action, change.record,
                           change.before, change.after, change.reason])
    if not changes:
        append_row(sheet, ["", "", "", NO_CHANGES])
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=7):
        for cell in row:
            cell.alignment = wrap
    return len(changes)
