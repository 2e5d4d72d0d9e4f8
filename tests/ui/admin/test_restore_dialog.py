"""The restore dialog and the backup settings panel, clicked and typed through as a person would."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models.admin import backup
from desktop.models.admin.backup import Retention, make_backup
from desktop.models.clock import FixedClock
from desktop.models.db import Database, inspect_snapshot
from desktop.ui.admin.backup_settings import BackupSettingsPanel, BackupStatusLabel
from desktop.ui.admin.restore_dialog import BackupListModel, RestoreDialog
from tests.backup_helpers import CODE, PASSPHRASE, add_member, fill_centre, fingerprint
from tests.conftest import ADMIN, STAFF
from tests.ui.conftest import type_text, unnamed_interactive_widgets

NOW = datetime(2024, 6, 1, 9, 30)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def with_backups(db: Database, usb: Path) -> Database:
    """Three members at the first backup (also encrypted to the USB folder), four at the
    second; then a fifth member that only the current data has."""
    fill_centre(db)
    backup.save_backup_settings(db, actor=ADMIN, second_folder=str(usb), passphrase=PASSPHRASE)
    make_backup(db, actor=STAFF, now=NOW - timedelta(days=1))
    add_member(db, 10)
    make_backup(db, actor=STAFF, now=NOW)
    add_member(db, 11)
    return db


def _dialog(qtbot, db: Database, actor=ADMIN) -> RestoreDialog:
    dialog = RestoreDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row_of(dialog: RestoreDialog, name: str) -> int:
    for row in range(dialog.model.rowCount()):
        if dialog.model.entry(row).path.name == name:
            return row
    raise AssertionError(f"{name} not listed")


def _cells(dialog: RestoreDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_list_shows_backups_from_both_folders(qtbot, with_backups: Database, usb: Path) -> None:
    dialog = _dialog(qtbot, with_backups)
    model = dialog.model
    names = [model.entry(row).path.name for row in range(model.rowCount())]
    assert names == [f"{CODE}_20240601-093000.db", f"{CODE}_20240601-093000.whbak",
                     f"{CODE}_20240531-093000.db", f"{CODE}_20240531-093000.whbak"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["备份时间", "位置", "大小", "人员", "会员", "志愿者", "操作日志", "加密",
                       "说明"]
    plain = _cells(dialog, 0)
    assert plain[0] == "2024-06-01 09:30:00" and plain[1] == "本机"
    assert plain[2].endswith("KB") and plain[3:6] == ["4", "4", "1"] and plain[7] == "否"
    encrypted = _cells(dialog, 1)
    assert encrypted[1] == str(usb) and encrypted[3] == "—" and encrypted[7] == "是（需要口令）"
    assert _cells(dialog, 2)[3] == "3"
    # The newest is selected, the passphrase field is only for encrypted ones.
    assert dialog.restore_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.passphrase_edit.isEnabled()
    assert not dialog.empty_label.isVisible()


def test_backup_list_model_passes_qt_model_tester(qtmodeltester, with_backups: Database) -> None:
    model = BackupListModel(with_backups.path.parent / "backups")
    model.set_entries(backup.list_backups(backup.backup_folders(with_backups)))
    qtmodeltester.check(model)


def test_restore_through_the_dialog_emits_restored(qtbot, with_backups: Database,
                                                   db_path: Path) -> None:
    dialog = _dialog(qtbot, with_backups)
    dialog.table.selectRow(_row_of(dialog, f"{CODE}_20240531-093000.db"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    # The confirm step says the current data is backed up first; the safe button has focus.
    assert dialog.stack.currentIndex() == 1
    text = dialog.confirm_label.text()
    assert "2024-05-31 09:30" in text and "当前数据会先备份到" in text
    assert dialog.focusWidget() is dialog.back_button

    with qtbot.waitSignal(dialog.restored, timeout=10000) as signal:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    assert signal.args == [str(db_path)]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert inspect_snapshot(db_path, check_integrity=False).counts["people"] == 3
    result = dialog.result_info
    assert result is not None and result.safety_backup is not None
    assert inspect_snapshot(result.safety_backup, check_integrity=False).counts["people"] == 5


def test_going_back_from_the_confirm_step_changes_nothing(qtbot, with_backups: Database,
                                                          db_path: Path) -> None:
    before = fingerprint(db_path)
    dialog = _dialog(qtbot, with_backups)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Space)  # the focused button, by keyboard
    assert dialog.stack.currentIndex() == 0
    assert fingerprint(db_path) == before
    assert with_backups.scalar("SELECT count(*) FROM person") == 5


def test_wrong_passphrase_is_shown_next_to_the_field(qtbot, with_backups: Database,
                                                     db_path: Path) -> None:
    before = fingerprint(db_path)
    dialog = _dialog(qtbot, with_backups)
    dialog.table.selectRow(_row_of(dialog, f"{CODE}_20240601-093000.whbak"))

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_error.isVisible()
    assert "请输入" in dialog.passphrase_error.text()

    type_text(qtbot, dialog.passphrase_edit, "错误的口令 wrong")
    assert not dialog.passphrase_error.isVisible()  # typing clears the old message
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)

    assert dialog.stack.currentIndex() == 0
    assert dialog.passphrase_error.isVisible()
    assert dialog.passphrase_error.text() == "⚠ 口令不正确，请重新输入"
    assert dialog.passphrase_edit.accessibleDescription() == "口令不正确，请重新输入"
    assert dialog.focusWidget() is dialog.passphrase_edit
    assert fingerprint(db_path) == before
    assert with_backups.scalar("SELECT count(*) FROM person") == 5  # still open


def test_encrypted_restore_with_the_right_passphrase(qtbot, with_backups: Database,
                                                     db_path: Path) -> None:
    dialog = _dialog(qtbot, with_backups)
    dialog.table.selectRow(_row_of(dialog, f"{CODE}_20240531-093000.whbak"))
    type_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 1
    with qtbot.waitSignal(dialog.restored, timeout=10000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert inspect_snapshot(db_path, check_integrity=False).counts["people"] == 3


def test_a_bad_file_picked_from_elsewhere_cannot_be_restored(qtbot, with_backups: Database,
                                                             tmp_path: Path) -> None:
    bad = tmp_path / "copy-from-stick.db"
    bad.write_bytes(b"not a database at all")
    dialog = _dialog(qtbot, with_backups)
    dialog.add_file(bad)
    assert dialog.model.entry(0).path == bad
    assert "不是本软件的备份文件" in _cells(dialog, 0)[8]
    assert not dialog.restore_button.isEnabled()
    # The whole reason, not only what fits in the cell, is written below the table.
    assert dialog.message_label.text().startswith("⚠ 不能用这个文件恢复：")
    assert str(bad) in dialog.message_label.text()


def test_staff_see_the_list_but_cannot_restore(qtbot, with_backups: Database) -> None:
    dialog = _dialog(qtbot, with_backups, actor=STAFF)
    assert dialog.model.rowCount() == 4
    assert not dialog.restore_button.isEnabled()
    assert "只有管理员" in dialog.message_label.text()


def test_empty_list_says_how_to_find_a_backup(qtbot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible() and not dialog.restore_button.isEnabled()


def test_every_interactive_widget_has_a_name(qtbot, with_backups: Database) -> None:
    dialog = _dialog(qtbot, with_backups)
    assert unnamed_interactive_widgets(dialog) == []
    panel = BackupSettingsPanel(with_backups, ADMIN)
    qtbot.addWidget(panel)
    assert unnamed_interactive_widgets(panel) == []


# -- the settings panel and the status label ----------------------------------------------------
def test_panel_saves_second_folder_passphrase_and_retention(qtbot, db: Database,
                                                            usb: Path) -> None:
    fill_centre(db)
    panel = BackupSettingsPanel(db, ADMIN)
    qtbot.addWidget(panel)
    type_text(qtbot, panel.folder_edit, str(usb))
    type_text(qtbot, panel.passphrase_edit, "短口令")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "至少8位" in panel._errors.text("passphrase")
    assert not backup.load_backup_settings(db).second_folder

    panel.passphrase_edit.clear()
    type_text(qtbot, panel.passphrase_edit, PASSPHRASE)
    type_text(qtbot, panel.confirm_edit, PASSPHRASE + "x")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel._errors.text("confirm") == "两次输入的口令不一致"

    qtbot.keyClick(panel.confirm_edit, Qt.Key.Key_Backspace)
    panel.daily_spin.setValue(10)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    assert panel.save_status.text() == "✓ 已保存"
    assert panel.passphrase_edit.text() == "" and panel.passphrase_state.text() == "口令：已设置"
    settings = backup.load_backup_settings(db)
    assert settings.second_folder == str(usb) and settings.has_passphrase
    assert settings.retention == Retention(10, 8, 12)


def test_second_folder_needs_a_passphrase(qtbot, db: Database, usb: Path) -> None:
    panel = BackupSettingsPanel(db, ADMIN)
    qtbot.addWidget(panel)
    type_text(qtbot, panel.folder_edit, str(usb))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "需要设置加密口令" in panel._errors.text("passphrase")
    assert backup.load_backup_settings(db).second_folder == ""


def test_back_up_now_shows_where_and_updates_the_status(qtbot, db: Database,
                                                        usb: Path) -> None:
    fill_centre(db)
    backup.save_backup_settings(db, actor=ADMIN, second_folder=str(usb), passphrase=PASSPHRASE)
    usb.rmdir()  # the stick is not plugged in
    panel = BackupSettingsPanel(db, STAFF)  # staff may back up
    qtbot.addWidget(panel)
    assert panel.status_label.is_warning
    assert panel.status_label.text() == "⚠ 还没有成功的备份，请立即备份"
    assert not panel.save_button.isEnabled() and not panel.restore_button.isEnabled()

    with qtbot.waitSignal(panel.backup_made) as signal:
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)

    made = Path(signal.args[0])
    assert made.is_file()
    lines = panel.result_label.text().splitlines()
    assert lines[0] == f"✓ 已备份到 {made}"
    assert lines[1].startswith("⚠ 第二备份位置") and str(usb) in lines[1]
    assert not panel.status_label.is_warning
    assert panel.status_label.text().startswith("最近一次成功备份：")


def test_a_backup_that_cannot_be_made_says_why(qtbot, db: Database) -> None:
    fill_centre(db)
    folder = backup.default_backup_folder(db.path)
    folder.write_text("不是文件夹", encoding="utf-8")  # a file where the folder belongs
    panel = BackupSettingsPanel(db, STAFF)
    qtbot.addWidget(panel)
    made: list[str] = []
    panel.backup_made.connect(made.append)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.result_label.text()))
    assert panel.result_label.text().startswith(f"⚠ 备份失败：无法创建备份文件夹 {folder}：")
    assert made == [] and folder.read_text(encoding="utf-8") == "不是文件夹"
    assert panel.status_label.text() == "⚠ 还没有成功的备份，请立即备份"


def test_status_label_warns_in_words_after_seven_days(qtbot, db: Database) -> None:
    fill_centre(db)
    make_backup(db, actor=STAFF, now=NOW)
    label = BackupStatusLabel(db)
    qtbot.addWidget(label)
    db.clock = FixedClock(NOW + timedelta(days=7))
    label.refresh()
    assert label.text() == "最近一次成功备份：2024-06-01 09:30" and not label.is_warning
    db.clock = FixedClock(NOW + timedelta(days=9))
    label.refresh()
    assert label.text().startswith("⚠ 最近一次成功备份：2024-06-01 09:30（9 天前）")
    assert "已超过7天" in label.text() and label.is_warning
    assert label.accessibleName() == "最近一次备份"
