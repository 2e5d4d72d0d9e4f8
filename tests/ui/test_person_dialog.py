"""The person dialogs as staff meet them: leaving with unsaved changes, masked identifiers,
archiving one of two people with the same name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models import people
from desktop.models.db import Database
from desktop.ui.people_page import PeoplePage
from desktop.ui.person_dialog import PersonDialog
from tests.conftest import STAFF, count_rows, make_person_input
from tests.ui.conftest import type_text


def _page(qtbot, db: Database) -> PeoplePage:
    page = PeoplePage(db, STAFF)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _edit(qtbot, page: PeoplePage, person_id: int | None) -> PersonDialog:
    dialog = page.make_dialog(person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _question(qtbot, dialog: PersonDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)))
    return next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())


# -- 5: Esc with unsaved changes asks first -------------------------------------------------
def test_esc_after_an_edit_asks_before_dropping_the_changes(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(), actor=STAFF)
    page = _page(qtbot, db)
    dialog = _edit(qtbot, page, pid)
    dialog.form.community_edit.clear()
    type_text(qtbot, dialog.form.community_edit, "月坛社区")
    before, rows = people.load_person(db, pid), count_rows(db)

    qtbot.keyClick(dialog.form.community_edit, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert box.windowTitle() == "放弃修改？"
    assert box.text().startswith("放弃修改？")
    assert dialog.isVisible()
    # Esc again (or Enter) keeps editing: only a deliberate choice loses the changes.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.form.community_edit.text() == "月坛社区"

    qtbot.keyClick(dialog.form.community_edit, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    discard = box.button(QMessageBox.StandardButton.Discard)
    assert discard.text() == "放弃修改(&D)"
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == PersonDialog.DialogCode.Rejected
    assert people.load_person(db, pid) == before and count_rows(db) == rows


def test_cancel_on_a_new_person_with_typing_asks_too(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    dialog = _edit(qtbot, page, None)
    type_text(qtbot, dialog.form.name_edit, "赵六")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    box = _question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.name_edit.text() == "赵六"


def test_esc_without_changes_closes_at_once(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(), actor=STAFF)
    page = _page(qtbot, db)
    dialog = _edit(qtbot, page, pid)
    # Revealing the identifiers is not an edit.
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
