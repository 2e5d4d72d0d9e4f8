"""The person dialogs as staff meet them: leaving with unsaved changes, masked identifiers,
archiving one of two people with the same name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.people.person_dialog import PersonDialog
from tests.conftest import STAFF, count_rows, make_id_number, make_person_input
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


# -- 8: typing into a masked identifier says how to edit it ---------------------------------
def _reveals(db: Database, pid: int) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log WHERE action = 'reveal'"
                         " AND record_id = ?", (pid,)))


def test_typing_into_the_masked_id_explains_and_offers_an_audited_edit(
        qtbot, db: Database) -> None:
    old_id, new_id = make_id_number(seq=1), make_id_number(date(1975, 3, 8), seq=2)
    pid = people.create_person(db, make_person_input(
        id_number=old_id, is_member=False, is_volunteer=True, programmes=[], card_number=""),
        actor=STAFF)
    page = _page(qtbot, db)
    dialog = _edit(qtbot, page, pid)
    form = dialog.form
    masked = form.id_edit.text()
    assert masked == "110102********" + old_id[-4:]
    notice = form.masked_fields.notices["id_number"]
    assert not notice.isVisible()
    form.id_edit.setFocus()
    type_text(qtbot, form.id_edit, "3")
    # The key is not taken silently: the field says why and what to do.
    assert form.id_edit.text() == masked
    assert notice.isVisible() and notice.button.isVisible()
    assert notice.label.text() == ("身份证号已隐藏，不能直接修改。点“显示并修改”显示完整信息后再改"
                                   "（查看会记入操作日志）。")
    assert form.id_edit.accessibleDescription() == notice.label.text()
    assert notice.button.accessibleName() == "显示完整身份证号并修改"
    assert _reveals(db, pid) == 0  # nothing is revealed until asked
    # The keyboard reaches the button straight from the field.
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is notice.button
    qtbot.keyClick(notice.button, Qt.Key.Key_Space)
    assert _reveals(db, pid) == 1  # the look is in the audit log
    assert not notice.isVisible()
    assert QApplication.focusWidget() is form.id_edit and not form.id_edit.isReadOnly()
    assert form.id_edit.selectedText() == old_id  # typing replaces it
    type_text(qtbot, form.id_edit, new_id)
    assert form.birth_edit.text() == "1975-03-08"
    dialog.save()
    assert people.load_person(db, pid).id_number == new_id


def test_without_the_reveal_permission_the_notice_says_whom_to_ask(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(), actor=STAFF)
    dialog = PersonDialog(db, Actor("kiosk", Role.KIOSK), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    form.address_edit.setFocus()
    before = count_rows(db)
    type_text(qtbot, form.address_edit, "新")  # Chinese arrives from the input method
    notice = form.masked_fields.notices["address"]
    assert notice.isVisible() and not notice.button.isVisible()
    assert notice.label.text().startswith(
        "住址已隐藏。这个账户没有查看完整证件号、电话和住址的权限")
    assert "新" not in form.address_edit.text()
    assert count_rows(db) == before


# -- 13: the archive dialog tells namesakes apart --------------------------------------------
def test_the_archive_dialog_tells_two_people_of_the_same_name_apart(qtbot, db: Database) -> None:
    first = people.create_person(db, make_person_input(
        name="王秀兰", id_number=make_id_number(date(1950, 3, 2), seq=1, male=False)),
        actor=STAFF)
    second_id = make_id_number(date(1961, 11, 20), seq=2, male=False)
    second = people.create_person(db, make_person_input(
        name="王秀兰", id_number=second_id, card_number="WH000002"), actor=STAFF)
    page = _page(qtbot, db)
    page.select_person(second)
    dialog = page.make_archive_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.person_label.text() == (
        f"归档后 王秀兰（1961-11-20 出生，身份证号尾号 {second_id[-4:]}） 不再出现在日常列表中，"
        "所有记录都会保留，可随时恢复。")
    type_text(qtbot, dialog.reason_edit, "迁出本街道")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert people.archive_state(db, second)[1] == "迁出本街道"
    assert people.archive_state(db, first) == (None, None)
