"""The people page driven as a person would: typing, tabbing, clicking."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.models.db import Database
from desktop.models.demo import demo
from desktop.models.people import people
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.ui.people.people_model import PeopleTableModel
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.people.roster_import_dialog import RosterImportDialog
from tests.conftest import STAFF, count_rows, make_id_number, make_person_input, not_none
from tests.ui.conftest import type_text, unnamed_interactive_widgets

ACTOR = STAFF


def _page(qtbot, db: Database) -> PeoplePage:
    page = PeoplePage(db, ACTOR)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _tab_to(qtbot, dialog: QWidget, target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def test_people_model_passes_qt_model_tester(qtmodeltester, db: Database) -> None:
    demo.generate(db, demo.DemoOptions(members=30, today=date(2026, 11, 29)))
    model = PeopleTableModel(db)
    model.set_query(PeopleQuery())
    assert model.rowCount() > 30
    qtmodeltester.check(model)
    model.set_query(PeopleQuery(text="z"))
    qtmodeltester.check(model)


def test_model_fetches_rows_on_demand(db: Database) -> None:
    demo.generate(db, demo.DemoOptions(members=60, today=date(2026, 11, 29)))
    model = PeopleTableModel(db)
    model.set_query(PeopleQuery())
    assert model.rowCount() == len(search_ids(db, PeopleQuery()))
    assert len(model._cache) == 0  # nothing fetched until asked
    model.data(model.index(0, 0))
    assert 0 < len(model._cache) <= 200


def test_table_masks_identifiers(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(), actor=ACTOR)
    page = _page(qtbot, db)
    row = page.model.row_of(pid)
    shown_id = page.model.index(row, 3).data()
    shown_phone = page.model.index(row, 4).data()
    assert shown_id == "110102********" + make_id_number()[-4:]
    assert shown_phone == "138****5678"


def test_add_member_with_keyboard_alone(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in page.findChildren(PersonDialog))
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.form
    assert QApplication.focusWidget() is form.name_edit
    type_text(qtbot, form.name_edit, "张三")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    id_number = "11010519491231002X"
    type_text(qtbot, not_none(QApplication.focusWidget()), id_number.lower())
    assert form.sex_combo.currentData() == "女"
    assert form.birth_edit.text() == "1949-12-31"
    _tab_to(qtbot, dialog, form.phone_edit)
    type_text(qtbot, form.phone_edit, "010-66012345")
    _tab_to(qtbot, dialog, form.member_check)
    qtbot.keyClick(form.member_check, Qt.Key.Key_Space)
    assert form.member_check.isChecked()
    _tab_to(qtbot, dialog, form.cert_edit)
    type_text(qtbot, form.cert_edit, id_number + "52")
    assert "智力" in form.cert_label.text() and "二级" in form.cert_label.text()
    _tab_to(qtbot, dialog, form.programme_checks["职康站"])
    qtbot.keyClick(form.programme_checks["职康站"], Qt.Key.Key_Space)
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = people.load_person(db, page.selected_person_id() or 0)
    assert stored.name == "张三"
    assert stored.id_number == id_number
    assert stored.cert_number == id_number + "52"
    assert stored.programmes == ["职康站"]
    assert stored.sex == "女"


def test_invalid_id_shows_message_and_disables_save(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(qtbot, form.name_edit, "李四")
    type_text(qtbot, form.id_edit, "360426199101010072")
    assert form.error_text("id_number") == "身份证号校验位不正确，请核对每一位数字"
    assert not dialog.save_button.isEnabled()
    before = count_rows(db)
    dialog.save()
    assert dialog.isVisible()
    assert count_rows(db) == before


def test_bad_inputs_each_named_next_to_field(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(qtbot, form.name_edit, "王五")
    type_text(qtbot, form.id_edit, "11010519990230001")
    assert "18位" in form.error_text("id_number")
    form.id_edit.clear()
    type_text(qtbot, form.id_edit, "110105199902300010")
    assert "不是有效日期" in form.error_text("id_number")
    form.id_edit.clear()
    type_text(qtbot, form.phone_edit, "12345")
    assert "电话" in form.error_text("phone")
    form.phone_edit.clear()
    form.member_check.setChecked(True)
    type_text(qtbot, form.id_edit, "360426199101010071")
    type_text(qtbot, form.cert_edit, "36042619910101007181")
    assert form.error_text("cert_number") == "残疾人证号第19位是残疾类别，应为1–7"
    form.cert_edit.clear()
    type_text(qtbot, form.cert_edit, "11010519491231002X43")
    assert form.error_text("cert_number") == "残疾人证号的前18位应与身份证号一致"
    form.cert_edit.clear()
    type_text(qtbot, form.joined_edit, "2020-13-01")
    assert "不是有效日期" in form.error_text("joined_on")
    assert not dialog.save_button.isEnabled()
    before = count_rows(db)
    dialog.save()
    assert count_rows(db) == before


def test_save_button_disabled_until_role_chosen(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.name_edit, "赵六")
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert "身份" in dialog.form.error_text("roles")
    dialog.form.volunteer_check.setChecked(True)
    assert dialog.save_button.isEnabled()


def test_duplicate_id_refused_and_offers_to_open_existing(qtbot, db: Database) -> None:
    existing = people.create_person(db, make_person_input(name="张三"), actor=ACTOR)
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.name_edit, "张叁")
    type_text(qtbot, dialog.form.id_edit, make_id_number())
    dialog.form.volunteer_check.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert "张三" in dialog.duplicate_label.text()
    assert dialog.open_duplicate_button.isVisible()
    before = count_rows(db)
    with qtbot.waitSignal(dialog.open_person_requested) as signal:
        qtbot.mouseClick(dialog.open_duplicate_button, Qt.MouseButton.LeftButton)
    assert signal.args == [existing]
    assert count_rows(db) == before
    assert page.selected_person_id() == existing


def test_same_name_and_birth_date_is_a_warning_not_a_refusal(qtbot, db: Database) -> None:
    people.create_person(db, make_person_input(name="张三"), actor=ACTOR)
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.name_edit, "张三")
    type_text(qtbot, dialog.form.id_edit, make_id_number(seq=7))
    dialog.form.volunteer_check.setChecked(True)
    assert dialog.save_button.isEnabled()
    assert "同名且出生日期相同" in dialog.duplicate_label.text()
    dialog.save()
    assert int(db.scalar("SELECT count(*) FROM person WHERE name = '张三'")) == 2


def test_search_finds_by_initials_and_ranks_exact_first(qtbot, db: Database) -> None:
    people.create_person(db, make_person_input(name="张三"), actor=ACTOR)
    people.create_person(db, make_person_input(
        name="曾国藩", id_number=make_id_number(seq=2), card_number="WH2"), actor=ACTOR)
    page = _page(qtbot, db)
    type_text(qtbot, page.search_edit, "cgf")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "曾国藩"
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "zgf")
    assert page.model.index(0, 0).data() == "曾国藩"
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "%_'; DROP TABLE person; --")
    assert page.model.rowCount() == 0
    assert int(db.scalar("SELECT count(*) FROM person")) == 2


def test_filters_narrow_the_table(qtbot, db: Database) -> None:
    demo.generate(db, demo.DemoOptions(members=40, today=date(2026, 11, 29)))
    page = _page(qtbot, db)
    total = page.model.rowCount()
    page.role_filter.setCurrentIndex(page.role_filter.findData("volunteer"))
    volunteers = page.model.rowCount()
    assert 0 < volunteers < total
    assert all("志愿者" in page.model.index(r, 5).data() for r in range(volunteers))
    page.role_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(page.category_filter.findData(4))
    assert all(page.model.index(r, 6).data() == "肢体" for r in range(page.model.rowCount()))
    page.category_filter.setCurrentIndex(0)
    page.programme_filter.setCurrentIndex(page.programme_filter.findData("温馨家园"))
    assert page.model.rowCount() == 40


def test_archive_with_reason_hides_and_filter_shows(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(), actor=ACTOR)
    page = _page(qtbot, db)
    page.select_person(pid)
    dialog = page.make_archive_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason_edit, "迁出本街道")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.model.row_of(pid) == -1
    assert people.archive_state(db, pid)[1] == "迁出本街道"
    page.archived_filter.setCurrentIndex(page.archived_filter.findData("archived"))
    row = page.model.row_of(pid)
    assert row >= 0
    assert page.model.index(row, 12).data() == "已归档"
    page.select_person(pid)
    assert page.restore_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert people.archive_state(db, pid) == (None, None)


def test_photo_is_scaled_stored_and_shown(qtbot, db: Database, tmp_path: Path) -> None:
    big = QImage(2000, 1500, QImage.Format.Format_RGB32)
    big.fill(QColor("#3366aa"))
    path = tmp_path / "photo.png"
    assert big.save(str(path))
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.name_edit, "孙七")
    dialog.form.volunteer_check.setChecked(True)
    assert dialog.set_photo_file(str(path))
    assert not dialog.photo_label.pixmap().isNull()
    dialog.save()
    stored = people.load_photo(db, dialog.person_id or 0)
    assert stored is not None and stored[:2] == b"\xff\xd8"  # JPEG
    image = QImage.fromData(stored)
    assert max(image.width(), image.height()) == 480


def test_unreadable_photo_file_is_explained(qtbot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "not-a-photo.jpg"
    path.write_text("this is text")
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.set_photo_file(str(path))
    assert dialog.photo_error.text() == (
        "⚠ 无法读取图片：不是支持的图片格式（JPG、PNG、BMP、GIF），或文件已损坏")


def test_edit_keeps_values_and_saves_changes(qtbot, db: Database) -> None:
    pid = people.create_person(db, make_person_input(), actor=ACTOR)
    page = _page(qtbot, db)
    dialog = page.make_dialog(pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.name_edit.text() == "张三"
    assert dialog.form.member_check.isChecked()
    assert dialog.form.phone_edit.text() == "138****5678" and dialog.form.phone_edit.isReadOnly()
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.form.phone_edit.text() == "13812345678"
    dialog.form.phone_edit.clear()
    type_text(qtbot, dialog.form.phone_edit, "13900001111")
    dialog.save()
    assert people.load_person(db, pid).phone == "13900001111"


def test_every_interactive_widget_has_an_accessible_name(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    assert unnamed_interactive_widgets(page) == []
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.form.member_check.setChecked(True)
    dialog.form.volunteer_check.setChecked(True)
    dialog.form.family_check.setChecked(True)
    assert unnamed_interactive_widgets(dialog) == []


def test_greyed_save_says_why(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.name_edit, "赵六")
    assert not dialog.save_button.isEnabled()
    assert dialog.hint_label.text() == "还不能保存：请至少选择一个身份：会员、志愿者或家属/监护人"
    dialog.form.volunteer_check.setChecked(True)
    assert dialog.save_button.isEnabled() and dialog.hint_label.text() == ""


def test_tab_leaves_the_table_for_the_buttons(qtbot, db: Database) -> None:
    people.create_person(db, make_person_input(), actor=ACTOR)
    page = _page(qtbot, db)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table


def test_accessible_names_have_no_mnemonic(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.form.name_edit.accessibleName() == "姓名"
    assert page.role_filter.accessibleName() == "身份"


def test_missing_photo_file_is_explained_in_chinese(qtbot, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, db)
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.set_photo_file(str(tmp_path / "gone.jpg"))
    assert dialog.photo_error.text().startswith("⚠ 找不到照片文件")


def test_roster_import_and_template_from_the_people_page(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    assert page.import_button.isVisible() and page.template_button.isVisible()
    dialog = page.make_import_dialog()
    assert isinstance(dialog, RosterImportDialog)
    qtbot.addWidget(dialog)
    assert unnamed_interactive_widgets(dialog) == []
    with qtbot.waitSignal(page.people_changed):
        dialog.imported.emit(1, 0)
