"""The centre's choice whether the monthly workbook carries 考勤明细 (the per-day matrix)."""

from __future__ import annotations

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.reporting import workbook_options
from tests.conftest import ADMIN


def _audited(db: Database) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in db.query(
        "SELECT before, after FROM audit_log WHERE table_name = 'setting' ORDER BY id")]


def test_included_unless_switched_off_and_each_change_is_audited(db: Database) -> None:
    assert workbook_options.includes_attendance_matrix(db)
    workbook_options.set_attendance_matrix(db, False, actor=ADMIN)
    assert not workbook_options.includes_attendance_matrix(db)
    workbook_options.set_attendance_matrix(db, False, actor=ADMIN)  # no change, no entry
    workbook_options.set_attendance_matrix(db, True, actor=ADMIN)
    assert workbook_options.includes_attendance_matrix(db)
    entries = _audited(db)
    assert len(entries) == 2
    assert "report.attendance_matrix" in entries[0][0] and "false" in entries[0][1]


def test_the_kiosk_account_may_not_change_it(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        workbook_options.set_attendance_matrix(db, False, actor=Actor("kiosk", Role.KIOSK))
    assert workbook_options.includes_attendance_matrix(db)
