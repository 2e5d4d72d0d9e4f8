"""A closed month in the UI: voiding one of its sign-ins, or a people edit that would change its
register, shows the model's message and writes nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models import attendance, month_close, people
from desktop.models.db import Database
from desktop.ui.people_page import PeoplePage
from tests.conftest import STAFF, count_rows, make_person_input
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


def test_a_people_edit_that_changes_a_closed_month_shows_why(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(joined_on="2024-01-10"), actor=STAFF,
                               today=date(2024, 7, 1))
    month_close.record_export(db, "2024-05", revision=1, path="may.xlsx",
                              file_sha256="a" * 64, data_sha256="b" * 64, actor=STAFF)
    month_close.close_month(db, "2024-05", actor=STAFF, today=date(2024, 7, 1))
    page = PeoplePage(db, STAFF)
    qtbot.addWidget(page)
    dialog = page.make_dialog(pid)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.left_edit, "2024-04-30")
    shown: list[str] = []

    def read_and_close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close_the_box)
            return
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close_the_box)
    before, rows = people.load_person(db, pid), count_rows(db)
    dialog.save()
    assert shown and shown[0].startswith(month_close.register_closed_message(["2024-05"]))
    assert dialog.isVisible()  # the form stays open with what was typed
    assert dialog.form.left_edit.text() == "2024-04-30"
    assert people.load_person(db, pid) == before and count_rows(db) == rows
