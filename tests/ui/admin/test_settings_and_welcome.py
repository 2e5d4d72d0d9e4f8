"""The welcome dialog on a new database, the settings page, and the main window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QStyleOptionFrame,
)

from desktop.models.admin import accounts, centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Role
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.admin.users_page import UsersPage
from desktop.ui.common import long_job
from desktop.ui.reporting.dashboard_page import DashboardPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.page_titles import page_title
from desktop.ui.shell.pages import declared_pages
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.shell.welcome_dialog import WelcomeDialog
from tests.conftest import ADMIN, STAFF, count_rows, make_person_input, not_none
from tests.ui.conftest import type_text, unnamed_interactive_widgets

ACTOR = STAFF


def _fill_profile(qtbot, form) -> None:
    type_text(qtbot, form.name_edit, "西长安街温馨家园")
    type_text(qtbot, form.code_edit, "XC-XCAJ-01")
    form.street_combo.setCurrentText("西长安街")
    type_text(qtbot, form.responsible_edit, "王芳")
    type_text(qtbot, form.phone_edit, "010-66012345")


def _fill_admin(qtbot, account_form) -> None:
    type_text(qtbot, account_form.name_edit, "王芳")
    type_text(qtbot, account_form.username_edit, "admin")
    type_text(qtbot, account_form.password_edit, "secret-pass-1")
    type_text(qtbot, account_form.confirm_edit, "secret-pass-1")


def test_welcome_saves_profile_and_loads_demo(qtbot, db: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(long_job, "SHOW_AFTER_MS", 0)  # whatever this machine's speed
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    _fill_profile(qtbot, dialog.form)
    assert not dialog.ok_button.isEnabled()  # the administrator is still missing
    _fill_admin(qtbot, dialog.account_form)
    assert dialog.ok_button.isEnabled()
    dialog.demo_check.setChecked(True)
    # Seconds of work: a progress dialog says so while the window keeps answering (this
    # timer runs on the window's thread), instead of a frozen window.
    progress_seen: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: progress_seen.extend(
        w.labelText() for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()))
    timer.start(20)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert "正在载入演示数据，请稍候…" in progress_seen
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = centre.load_profile(db)
    assert profile.name == "西长安街温馨家园" and profile.code == "XC-XCAJ-01"
    assert centre.is_configured(db)
    assert int(db.scalar("SELECT count(*) FROM member")) == 400
    assert dialog.account is not None and dialog.account.username == "admin"
    assert accounts.sign_in(db, "admin", "secret-pass-1").role == Role.ADMIN


def test_welcome_without_demo_leaves_registry_empty(qtbot, db: Database) -> None:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    _fill_profile(qtbot, dialog.form)
    _fill_admin(qtbot, dialog.account_form)
    dialog.finish()
    assert int(db.scalar("SELECT count(*) FROM person")) == 0


def test_welcome_bad_code_and_phone_explained_nothing_written(qtbot, db: Database) -> None:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.form.name_edit, "某温馨家园")
    type_text(qtbot, dialog.form.code_edit, "编码!")
    type_text(qtbot, dialog.form.phone_edit, "12")
    assert "中心编码应为" in dialog.form.error_text("code")
    assert dialog.form.error_text("phone")
    assert not dialog.ok_button.isEnabled()
    before = count_rows(db)
    dialog.finish()
    assert count_rows(db) == before
    assert not centre.is_configured(db)
    assert not accounts.has_accounts(db)


def test_welcome_short_or_mismatched_password_refused(qtbot, db: Database) -> None:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    _fill_profile(qtbot, dialog.form)
    type_text(qtbot, dialog.account_form.username_edit, "admin")
    type_text(qtbot, dialog.account_form.password_edit, "short")
    assert dialog.account_form.error_text("password") == "密码至少8位，现在是5位"
    dialog.account_form.password_edit.clear()
    type_text(qtbot, dialog.account_form.password_edit, "long-enough-1")
    type_text(qtbot, dialog.account_form.confirm_edit, "long-enough-2")
    assert dialog.account_form.error_text("confirm") == "两次输入的密码不一致"
    assert not dialog.ok_button.isEnabled()
    before = count_rows(db)
    dialog.finish()
    assert count_rows(db) == before
    assert not accounts.has_accounts(db)


def test_welcome_refused_by_the_models_says_why_in_a_box_and_writes_nothing(
        qtbot, db: Database) -> None:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_profile(qtbot, dialog.form)
    _fill_admin(qtbot, dialog.account_form)
    dialog.demo_check.setChecked(True)
    # Meanwhile someone registered a person (the command line, another window): demo data
    # may no longer be loaded, and the models refuse the whole set-up.
    people.create_person(db, make_person_input(), actor=STAFF, today=date(2024, 7, 1))
    before = count_rows(db)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def boxes() -> list[QMessageBox]:
        return [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    qtbot.waitUntil(lambda: bool(boxes()))
    [box] = boxes()
    assert box.windowTitle() == "无法保存" and box.icon() == QMessageBox.Icon.Critical
    assert box.text() == "数据库中已有人员，演示数据只能载入空数据库"
    assert box.button(QMessageBox.StandardButton.Ok).accessibleName() == "确定"
    # The dialog stays open with what was typed; nothing of the set-up was written.
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.account is None
    assert dialog.account_form.username_edit.text() == "admin"
    assert count_rows(db) == before
    assert not accounts.has_accounts(db) and not centre.is_configured(db)
    box.button(QMessageBox.StandardButton.Ok).click()


def test_settings_page_edits_profile(qtbot, db: Database, ui_settings: UiSettings) -> None:
    centre.save_profile(db, CentreProfile(name="旧名", code="XC-01"), actor=ACTOR)
    page = SettingsPage(db, ACTOR, ui_settings)
    qtbot.addWidget(page)
    assert page.centre_form.name_edit.text() == "旧名"
    page.centre_form.name_edit.clear()
    assert not page.save_button.isEnabled()
    type_text(qtbot, page.centre_form.name_edit, "新街口温馨家园")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert centre.load_profile(db).name == "新街口温馨家园"
    assert "已保存" in page.status_label.text()


def test_large_text_scales_fonts(qtbot, db: Database, ui_settings: UiSettings, themed) -> None:
    centre.save_profile(db, CentreProfile(name="中心", code="XC-01"), actor=ACTOR)
    window = MainWindow(db, ACTOR, ui_settings)
    qtbot.addWidget(window)
    window.show()
    normal = QApplication.font().pointSizeF()
    page = window.page("settings", SettingsPage)
    window.select_page("settings")
    normal_px = page.save_button.fontInfo().pixelSize()
    page.text_size_combo.setCurrentIndex(page.text_size_combo.findData(1.5))
    assert QApplication.font().pointSizeF() == normal * 1.5
    assert page.save_button.fontInfo().pixelSize() >= normal_px * 1.4  # what people see
    assert ui_settings.text_scale == 1.5
    page.text_size_combo.setCurrentIndex(page.text_size_combo.findData(1.0))
    assert QApplication.font().pointSizeF() == normal
    assert page.save_button.fontInfo().pixelSize() == normal_px


def test_window_geometry_is_remembered(qtbot, db: Database, ui_settings: UiSettings) -> None:
    centre.save_profile(db, CentreProfile(name="中心", code="XC-01"), actor=ACTOR)
    first = MainWindow(db, ACTOR, ui_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 520)
    saved = first.size()
    assert saved.height() == 520
    first.close()
    second = MainWindow(db, ACTOR, ui_settings)
    qtbot.addWidget(second)
    assert second.size() == saved


def test_navigation_has_only_working_pages(qtbot, db: Database, ui_settings: UiSettings) -> None:
    centre.save_profile(db, CentreProfile(name="中心", code="XC-01"), actor=ACTOR)
    window = MainWindow(db, ACTOR, ui_settings)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["首页", "人员登记", "考勤", "文体活动", "日间照料", "志愿服务", "康复补助",
                      "希联圆梦", "职业培训", "月报", "区汇总", "设置"]
    window.select_page("settings")
    settings_page = window.page("settings", SettingsPage)
    assert not_none(window.stack.currentWidget()).isAncestorOf(settings_page)
    for page in ("attendance", "activities", "subsidy", "export", "consolidation"):
        assert window.select_page(page) is window.stack.currentWidget()
    # A staff window has no 账户 or 操作日志: asking for them says so instead of guessing.
    for page in ("users", "audit"):
        with pytest.raises(ValueError, match=page):
            window.select_page(page)
    assert "中心" in window.windowTitle()


def test_every_page_has_a_ctrl_number_shortcut(qtbot, db: Database,
                                               ui_settings: UiSettings) -> None:
    centre.save_profile(db, CentreProfile(name="中心", code="XC-01"), actor=ACTOR)
    window = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.nav.count() == 14  # an administrator sees fourteen pages
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().text() == "设置"  # Ctrl+0: the last page
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().text() == "希联圆梦"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentItem().text() == "职业培训"


def test_settings_and_welcome_widgets_have_accessible_names(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    page = SettingsPage(db, ACTOR, ui_settings)
    qtbot.addWidget(page)
    assert unnamed_interactive_widgets(page) == []
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    assert unnamed_interactive_widgets(dialog) == []
    window = MainWindow(db, ACTOR, ui_settings)
    qtbot.addWidget(window)
    assert unnamed_interactive_widgets(window) == []


def test_staff_open_the_kiosk_and_closing_the_window_closes_it(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    centre.save_profile(db, CentreProfile(name="中心", code="XC-01"), actor=ACTOR)
    window = MainWindow(db, ACTOR, ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.kiosk_button.isVisible()
    qtbot.mouseClick(window.kiosk_button, Qt.MouseButton.LeftButton)
    kiosk = window._kiosk
    assert kiosk is not None and kiosk.isVisible()
    window.open_kiosk_window()  # a second click raises the same kiosk
    assert window._kiosk is kiosk
    window.close()
    assert not kiosk.isVisible()


def test_welcome_asks_the_administrators_real_name_for_the_accounts_list(
        qtbot, db: Database) -> None:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_profile(qtbot, dialog.form)
    form = dialog.account_form
    type_text(qtbot, form.username_edit, "admin")
    type_text(qtbot, form.password_edit, "secret-pass-1")
    type_text(qtbot, form.confirm_edit, "secret-pass-1")
    assert form.name_edit.isVisible() and form.name_edit.accessibleName() == "姓名"
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint_label.text() == "还需要：请填写姓名"
    dialog.finish()  # asked anyway: nothing is created without the name
    assert not accounts.has_accounts(db)
    assert form.error_text("display_name") == "请填写姓名"
    type_text(qtbot, form.name_edit, "王芳")
    assert dialog.ok_button.isEnabled() and dialog.hint_label.text() == ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert accounts.get_account(db, "admin").display_name == "王芳"
    page = UsersPage(db, accounts.get_account(db, "admin").as_actor())
    qtbot.addWidget(page)
    model = page.table.model()
    names = [model.index(r, 1).data() for r in range(model.rowCount())
             if model.index(r, 0).data() == "admin"]
    assert names == ["王芳"]  # 账户 no longer shows a blank 姓名


def _text_room(edit: QLineEdit) -> int:
    """How many pixels of text the field shows (Qt elides a longer hint with "…")."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 4  # QLineEdit's 2 px a side


def test_welcome_fields_show_their_hints_and_a_long_password(qtbot, db: Database) -> None:
    dialog = WelcomeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()  # at the size it opens with
    form = dialog.account_form
    type_text(qtbot, form.password_edit, "correct-h0rse")  # 13 characters
    edits = [e for e in dialog.findChildren(QLineEdit) if e.isVisible()]
    hinted = [e for e in edits if e.placeholderText()]
    assert len(hinted) >= 5
    for edit in hinted:
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        assert _text_room(edit) >= needed, edit.placeholderText()
    for edit in (form.password_edit, form.confirm_edit):
        dots = edit.fontMetrics().horizontalAdvance(
            chr(edit.style().styleHint(QStyle.StyleHint.SH_LineEdit_PasswordCharacter, None,
                                       edit)) * 16)
        assert _text_room(edit) >= dots
    # All of it still fits a 1024 x 600 screen.
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= 1024 and minimum.height() <= 600


def test_every_page_opens_by_its_id_in_english(qtbot, db: Database, ui_settings: UiSettings,
                                               english: QTranslator) -> None:
    # Pages used to be found by their translated title, which tests and the home page's
    # alerts passed in Chinese: in English no title matched.
    window = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.show()  # the home page reads its figures and alerts once shown
    for page in [declared.id for declared in declared_pages()]:
        assert window.select_page(page) is window.stack.currentWidget()
        assert window.current_help_key() == page
        title = window.nav.currentItem().text()
        assert title == page_title(page) and title.isascii(), title
    assert window.nav.currentItem().text() == "Settings"
    window.select_page("dashboard")
    home = window.page("dashboard", DashboardPage)
    qtbot.waitUntil(lambda: home.loaded)
    alert, _label, button = home.alerts_panel.rows[0]  # no backup yet: open Settings
    assert alert.target == "settings" and button is not None
    assert button.text() == "Open “Settings”"
    button.click()
    assert window.nav.currentItem().text() == "Settings"
    settings_page = window.page("settings", SettingsPage)
    assert not_none(window.stack.currentWidget()).isAncestorOf(settings_page)
