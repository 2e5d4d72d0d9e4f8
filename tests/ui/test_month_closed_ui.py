"""A closed month on the attendance page: voiding one of its sign-ins shows the model's message
in the dialog and writes nothing."""

from __future__ import annotations

from datetime import date

from desktop.models import attendance, month_close
from desktop.models.db import Database
from tests.conftest import STAFF
from tests.ui.attendance_helpers import DAY, add_members, open_page, select, written
from tests.ui.conftest import type_text


def test_voiding_a_sign_in_of_a_closed_month_shows_why(qtbot, db: Database) -> None:
    members = add_members(db)
    month_close.record_export(db, "2024-06", revision=1, path="june.xlsx",
                              file_sha256="a" * 64, data_sha256="b" * 64, actor=STAFF)
    month_close.close_month(db, "2024-06", actor=STAFF, today=date(2024, 7, 1))
    page = open_page(qtbot, db)
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    dialog = page.day_panel.make_void_dialog()
    assert dialog is not None
    dialog.show()
    type_text(qtbot, dialog.reason_edit, "误刷了别人的卡")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error_text("") == month_close.closed_message("2024-06")
    assert written(db) == before
    assert attendance.get_sign_in(db, first.id).voided is False
