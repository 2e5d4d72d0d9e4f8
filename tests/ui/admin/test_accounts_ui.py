"""Sign-in, the idle screen lock, the users page and the masked person form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models.admin import accounts, centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.admin.users_page import UsersPage
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import count_rows, make_person_input
from tests.ui.conftest import type_text, unnamed_interactive_widgets

PASSWORD = "correct-horse-1"


def _admin(db: Database) -> Actor:
    actor = accounts.create_account(db, "admin", PASSWORD, Role.ADMIN,
                                    actor=accounts.first_admin_actor("admin")).as_actor()
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-01"), actor=actor)
    return actor


def test_login_dialog_refuses_wrong_password_then_signs_in(qtbot, db: Database) -> None:
    _admin(db)
    dialog = LoginDialog(db, "西长安街温馨家园")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.username_edit, "admin")
    type_text(qtbot, dialog.password_edit, "wrong-pass")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "⚠ 用户名或密码不正确（还可尝试4次）"
    assert dialog.password_edit.text() == "" and dialog.account is None
    type_text(qtbot, dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.account is not None and dialog.account.role == Role.ADMIN
    assert unnamed_interactive_widgets(dialog) == []


def test_login_dialog_answers_an_unknown_name_as_a_known_one(qtbot, db: Database) -> None:
    _admin(db)
    dialog = LoginDialog(db, "西长安街温馨家园")
    qtbot.addWidget(dialog)
    dialog.show()
    shown: dict[str, list[str]] = {"admin": [], "nobody": []}
    for _ in range(2):
        for name, answers in shown.items():
            dialog.username_edit.clear()
            type_text(qtbot, dialog.username_edit, name)
            type_text(qtbot, dialog.password_edit, "wrong-pass")
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
            answers.append(dialog.error_label.text())
    # The dialog must not tell which user names exist.
    assert shown["nobody"] == shown["admin"] == [
        "⚠ 用户名或密码不正确（还可尝试4次）", "⚠ 用户名或密码不正确（还可尝试3次）"]
    assert dialog.account is None


def test_idle_lock_hides_and_restores_the_open_form(qtbot, db: Database,
                                                    ui_settings: UiSettings) -> None:
    admin = _admin(db)
    window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(window)
    window.show()
    form_dialog = window.page("people", PeoplePage).make_dialog(None)
    form_dialog.show()
    type_text(qtbot, form_dialog.form.name_edit, "未保存的名字")
    window.idle_watcher.set_minutes(0.002)  # ~120 ms
    qtbot.waitUntil(lambda: window.screen_lock.locked, timeout=3000)
    assert not form_dialog.isVisible()
    unlock = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, LoginDialog) and w.isVisible())
    assert unlock.username_edit.text() == "admin" and unlock.username_edit.isReadOnly()
    type_text(qtbot, unlock.password_edit, "wrong-pass")
    unlock.try_sign_in()
    assert window.screen_lock.locked and "不正确" in unlock.error_label.text()
    type_text(qtbot, unlock.password_edit, PASSWORD)
    unlock.try_sign_in()
    assert not window.screen_lock.locked
    assert form_dialog.isVisible() and form_dialog.form.name_edit.text() == "未保存的名字"
    window.idle_watcher.set_minutes(0)


def test_users_page_only_for_admins(qtbot, db: Database, ui_settings: UiSettings) -> None:
    admin = _admin(db)
    staff = accounts.create_account(db, "desk", PASSWORD, Role.STAFF, actor=admin).as_actor()
    admin_window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(admin_window)
    staff_window = MainWindow(db, staff, ui_settings)
    qtbot.addWidget(staff_window)
    assert "users" in admin_window.page_ids() and "users" not in staff_window.page_ids()
    assert isinstance(admin_window.page("users", UsersPage), UsersPage)
    titles = [staff_window.nav.item(i).text() for i in range(staff_window.nav.count())]
    assert "账户" not in titles
    assert "desk（工作人员）" in staff_window.user_label.text()


def test_users_page_add_disable_reset_and_role(qtbot, db: Database) -> None:
    admin = _admin(db)
    page = UsersPage(db, admin)
    qtbot.addWidget(page)
    dialog = page.make_add_dialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.account_form.username_edit, "desk")
    type_text(qtbot, dialog.account_form.password_edit, PASSWORD)
    type_text(qtbot, dialog.account_form.confirm_edit, PASSWORD)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("staff"))
    dialog.submit()
    assert accounts.get_account(db, "desk").role == Role.STAFF
    page.table.selectRow(1)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert accounts.get_account(db, "desk").disabled
    page.table.selectRow(1)
    page.role_combo.setCurrentIndex(page.role_combo.findData("kiosk"))
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert accounts.get_account(db, "desk").role == Role.KIOSK
    page.table.selectRow(0)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "⚠ 至少要保留一个可用的管理员账户"
    assert not accounts.get_account(db, "admin").disabled
    page.table.selectRow(1)
    reset = page.make_reset_dialog()
    assert reset is not None
    qtbot.addWidget(reset)
    type_text(qtbot, reset.account_form.password_edit, "fresh-pass-22")
    type_text(qtbot, reset.account_form.confirm_edit, "fresh-pass-22")
    reset.submit()
    accounts.set_disabled(db, admin, "desk", False)
    assert accounts.sign_in(db, "desk", "fresh-pass-22").username == "desk"
    assert unnamed_interactive_widgets(page) == []
    assert unnamed_interactive_widgets(dialog) == []


def test_change_own_password_wrong_old_refused(qtbot, db: Database,
                                               ui_settings: UiSettings) -> None:
    admin = _admin(db)
    window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(window)
    dialog = window.page("settings", SettingsPage).make_password_dialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.old_edit, "not-the-one")
    type_text(qtbot, dialog.account_form.password_edit, "brand-new-pass")
    type_text(qtbot, dialog.account_form.confirm_edit, "brand-new-pass")
    before = count_rows(db)
    dialog.submit()
    assert dialog.error_label.text() == "⚠ 原密码不正确"
    assert count_rows(db) == before
    dialog.old_edit.clear()
    type_text(qtbot, dialog.old_edit, PASSWORD)
    dialog.submit()
    assert accounts.sign_in(db, "admin", "brand-new-pass").username == "admin"


def test_person_form_masks_until_revealed_and_reveal_is_audited(qtbot, db: Database,
                                                                ui_settings: UiSettings) -> None:
    admin = _admin(db)
    pid = people.create_person(db, make_person_input(), actor=admin)
    window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(window)
    dialog = window.page("people", PeoplePage).make_dialog(pid)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert "*" in form.id_edit.text() and form.id_edit.isReadOnly()
    assert form.address_edit.text().endswith("****")
    dialog.save()  # saving without revealing keeps the real values
    assert people.load_person(db, pid).id_number == make_person_input().id_number
    dialog = window.page("people", PeoplePage).make_dialog(pid)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.form.id_edit.text() == make_person_input().id_number
    reveals = db.scalar("SELECT count(*) FROM audit_log WHERE action = 'reveal'"
                        " AND record_id = ? AND actor = 'admin'", (pid,))
    assert reveals == 1


def test_backups_are_wired_into_the_main_window(qtbot, db: Database,
                                                ui_settings: UiSettings) -> None:
    from desktop.models.admin import backup

    admin = _admin(db)
    window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(window)
    assert backup.last_good_backup(db) is None
    window.backup_on_start()  # no backup yet: one is made now
    made = backup.last_good_backup(db)
    assert made is not None
    assert list(backup.default_backup_folder(db.path).glob("XC-01_*.db"))
    window.backup_on_start()  # a fresh one exists: nothing more
    assert len(backup.list_backups(backup.default_backup_folder(db.path))) == 1
    assert window.backup_status.text()
    window.page("settings", SettingsPage).backup_panel.restored.emit(str(db.path))
    assert window.restored_path == str(db.path)


def test_a_start_up_backup_that_fails_is_said_on_the_status_bar(qtbot, db: Database,
                                                                 ui_settings: UiSettings) -> None:
    from desktop.models.admin import backup

    admin = _admin(db)
    window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(window)
    folder = backup.default_backup_folder(db.path)
    folder.write_text("不是文件夹", encoding="utf-8")  # a file where the folder belongs
    window.backup_on_start()
    assert window.statusBar().currentMessage().startswith(
        f"自动备份失败：无法创建备份文件夹 {folder}：")
    assert backup.last_good_backup(db) is None
    assert window.change_marker == backup.change_marker(db)  # the start carried on


def test_escape_at_the_lock_does_not_quit_or_unlock(qtbot, db: Database,
                                                    ui_settings: UiSettings) -> None:
    admin = _admin(db)
    window = MainWindow(db, admin, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.lock_screen()
    unlock = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, LoginDialog) and w.isVisible())
    qtbot.keyClick(unlock, Qt.Key.Key_Escape)
    assert unlock.isVisible() and window.screen_lock.locked
    assert window.restored_path is None
    type_text(qtbot, unlock.password_edit, PASSWORD)
    unlock.try_sign_in()
    assert not window.screen_lock.locked
