"""A closed month in the UI: the attendance day view, the activities page and the activity form
disable its changes and say why in words; the models' refusal still shows in a dialog that was
already open (voiding a sign-in, a people edit that would change its register), and writes
nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.reporting import month_close
from desktop.ui.activities.activities_page import ActivitiesPage
from desktop.ui.activities.activity_dialogs import ActivityDialog
from desktop.ui.people.people_page import PeoplePage
from tests.conftest import STAFF, count_rows, make_person_input, submit_month
from tests.ui.attendance.attendance_helpers import DAY, add_members, open_page, select, written
from tests.ui.conftest import type_text


def test_voiding_a_sign_in_of_a_closed_month_shows_why(qtbot, db: Database) -> None:
    members = add_members(db)
    submit_month(db, "2024-06", date(2024, 7, 1))
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


def _close_june(db: Database) -> None:
    submit_month(db, "2024-06", date(2024, 7, 1))


CLOSED_LINE = "⚠ 2024-06 已报送关账，记录只读"
CLOSED_TIP = "2024-06 已报送关账，记录只读；如需修改请管理员重新开账"


def test_a_closed_days_changes_are_disabled_and_say_why(qtbot, db: Database) -> None:
    members = add_members(db)
    _close_june(db)
    page = open_page(qtbot, db)
    panel = page.day_panel
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    changes = (panel.add_button, panel.correct_button, panel.void_button, panel.paper_button)
    assert [b.isEnabled() for b in changes] == [False] * 4
    assert all(b.toolTip() == CLOSED_TIP for b in changes)
    assert panel.closed_label.isVisible() and panel.closed_label.text() == CLOSED_LINE
    assert panel.print_button.isEnabled()  # reading and printing stay possible
    # A day of an open month: the same view becomes editable again.
    panel.set_day(date(2024, 5, 31))
    assert panel.add_button.isEnabled() and panel.paper_button.isEnabled()
    assert not panel.closed_label.isVisible() and panel.add_button.toolTip() == ""


def test_the_void_dialog_shows_its_whole_explanation_with_an_error(qtbot, db: Database) -> None:
    members = add_members(db)
    page = open_page(qtbot, db)
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    dialog = page.day_panel.make_void_dialog()
    assert dialog is not None
    dialog.show()
    _close_june(db)  # closed while the dialog is open: the model refuses
    type_text(qtbot, dialog.reason_edit, "录错人")
    dialog.ok_button.click()
    assert dialog.error_text("") == month_close.closed_message("2024-06")
    [about] = [label for label in dialog.findChildren(QLabel)
               if label.text().startswith("作废 张三")]
    for label in (about, dialog.general_error):
        # Tall enough for every wrapped line, and not pushed above the dialog's top.
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.geometry().top() >= 0
    assert dialog.height() >= dialog.layout_.totalHeightForWidth(dialog.width())


def test_a_closed_months_activities_are_read_only(qtbot, db: Database) -> None:
    add_members(db)
    june = activities.create_activity(db, ActivityInput("书法班", "文化", "2024-06-03"),
                                      actor=STAFF, today=date(2024, 6, 3))
    july = activities.create_activity(db, ActivityInput("合唱", "文化", "2024-07-01"),
                                      actor=STAFF, today=date(2024, 7, 1))
    _close_june(db)
    db.clock = FixedClock(date(2024, 7, 2))
    page = ActivitiesPage(db, STAFF)
    qtbot.addWidget(page)
    page.show()
    page.select_activity(june)
    assert not page.edit_button.isEnabled() and not page.void_button.isEnabled()
    assert page.edit_button.toolTip() == CLOSED_TIP
    assert page.closed_label.isVisible() and page.closed_label.text() == CLOSED_LINE
    assert page.make_void_dialog() is None
    # Who took part can still be seen; nothing can be changed there.
    participants = page.make_participants_dialog(june)
    assert participants is not None
    qtbot.addWidget(participants)
    assert not participants.can_add and not participants.remove_button.isEnabled()
    assert not participants.search_edit.isEnabled()
    assert participants.closed_label.text() == "⚠ " + CLOSED_TIP
    page.select_activity(july)
    assert page.edit_button.isEnabled() and page.void_button.isEnabled()
    assert not page.closed_label.isVisible()


def test_an_activity_form_for_a_closed_month_cannot_be_saved(qtbot, db: Database) -> None:
    add_members(db)
    june = activities.create_activity(db, ActivityInput("书法班", "文化", "2024-06-03"),
                                      actor=STAFF, today=date(2024, 6, 3))
    _close_june(db)
    db.clock = FixedClock(date(2024, 7, 2))
    form = ActivityDialog(db, STAFF, None)
    qtbot.addWidget(form)
    form.show()
    assert form.save_button.isEnabled()  # today, 2 July: an open month
    form.day_edit.setDate(QDate(2024, 6, 20))
    assert not form.save_button.isEnabled() and form.save_button.toolTip() == CLOSED_TIP
    assert form.closed_label.isVisible() and form.closed_label.text() == CLOSED_LINE
    form.day_edit.setDate(QDate(2024, 7, 5))
    assert form.save_button.isEnabled() and not form.closed_label.isVisible()
    # Moving a closed month's activity out of it is a change to that month too.
    db.clock = FixedClock(date(2024, 7, 2))
    edit = ActivityDialog(db, STAFF, june)
    qtbot.addWidget(edit)
    edit.day_edit.setDate(QDate(2024, 7, 5))
    assert not edit.save_button.isEnabled()
    before = written(db)
    edit.save()  # the model refuses too
    assert written(db) == before
    assert activities.get_activity(db, june).day == "2024-06-03"


def test_a_people_edit_that_changes_a_closed_month_shows_why(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(joined_on="2024-01-10"), actor=STAFF,
                               today=date(2024, 7, 1))
    submit_month(db, "2024-05", date(2024, 7, 1))
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
    qtbot.waitUntil(lambda: bool(shown))  # the box opens without blocking, like every other
    assert shown[0].startswith(month_close.register_closed_message(["2024-05"]))
    # Retrying later would not help: the box says what to do instead.
    assert shown[0].endswith("表单内容仍然保留，可以改正后再保存，或取消。")
    assert dialog.isVisible()  # the form stays open with what was typed
    assert dialog.form.left_edit.text() == "2024-04-30"
    assert people.load_person(db, pid) == before and count_rows(db) == rows
