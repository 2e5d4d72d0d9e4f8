"""What the centre chooses to put in its monthly workbook, kept in the settings table.

For now one choice: whether the per-day attendance matrix (考勤明细: anonymous members × days)
goes to the district. It is included unless the centre switches it off: the district has
received it so far and may use it to check the attendance figures of 汇总; a centre that
wants to send less personal data (the matrix shows on which days each member came) can leave
it out, and 汇总 still carries every attendance figure (docs/workbook.md, 考勤明细).
"""

from __future__ import annotations

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database

ATTENDANCE_MATRIX = "report.attendance_matrix"
_YES, _NO = "1", "0"


def sheet_included(db: Database, key: str) -> bool:
    """Whether the optional sheet switched by setting ``key`` goes into the workbook
    (included unless switched off)."""
    return get_setting(db, key, _YES) != _NO


def includes_attendance_matrix(db: Database) -> bool:
    """Whether the monthly workbook carries 考勤明细 (default: yes)."""
    return sheet_included(db, ATTENDANCE_MATRIX)


def set_attendance_matrix(db: Database, include: bool, *, actor: Actor) -> None:
    """Include 考勤明细 in later exports or leave it out; audited. Those who may export the
    workbook (EDIT_ATTENDANCE) may choose."""
    actor.require(Permission.EDIT_ATTENDANCE)
    with db.transaction():
        before = includes_attendance_matrix(db)
        if before == include:
            return
        set_setting(db, ATTENDANCE_MATRIX, _YES if include else _NO)
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None, before={ATTENDANCE_MATRIX: before},
                     after={ATTENDANCE_MATRIX: include})
