"""Restore from a backup (administrators): choose a backup, confirm, restore, reload.

The dialog performs the restore through :func:`desktop.models.admin.backup.restore`, handing it the
open Database (which restore closes before the file is replaced) and then emits ``restored``
with the database path: the main window must reopen that file and ask for a sign-in again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import backup
from desktop.models.admin.backup import BackupEntry, RestoreError, WrongPassphraseError
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.ui.admin.account_form import password_edit
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded


def format_size(size: int) -> str:
    """A file size people read at a glance: 512 KB, 12.3 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _count(key: str) -> Callable[[BackupEntry], str]:
    """A record count stored in the backup's manifest (a dash when it has none)."""
    def text(entry: BackupEntry) -> str:
        counts = entry.counts or {}
        return str(counts[key]) if key in counts else "—"
    return text


def _note(entry: BackupEntry) -> str:
    if entry.problem:
        return "⚠ " + model_message(entry.problem)
    return QCoreApplication.translate("BackupListModel", "恢复前自动保存的数据") \
        if entry.before_restore else ""


def backup_columns(primary_folder: Path) -> list[Column[BackupEntry]]:
    """Time, place, size, record counts, encrypted, note; every cell's tooltip is the file.
    A backup in ``primary_folder`` is "本机"; elsewhere its folder is named."""
    def place(entry: BackupEntry) -> str:
        return QCoreApplication.translate("BackupListModel", "本机") \
            if entry.path.parent == primary_folder else str(entry.path.parent)

    def encrypted(entry: BackupEntry) -> str:
        return QCoreApplication.translate("BackupListModel", "是（需要口令）") \
            if entry.encrypted else QCoreApplication.translate("BackupListModel", "否")

    # Headers are literal translate calls so lupdate finds them.
    return every_column([
        Column(lambda: QCoreApplication.translate("BackupListModel", "备份时间"),
               lambda e: e.created.strftime("%Y-%m-%d %H:%M:%S")),
        Column(lambda: QCoreApplication.translate("BackupListModel", "位置"), place),
        Column(lambda: QCoreApplication.translate("BackupListModel", "大小"),
               lambda e: format_size(e.size), align=RIGHT),
        Column(lambda: QCoreApplication.translate("BackupListModel", "人员"), _count("people"),
               align=RIGHT),
        Column(lambda: QCoreApplication.translate("BackupListModel", "会员"),
               _count("members"), align=RIGHT),
        Column(lambda: QCoreApplication.translate("BackupListModel", "志愿者"),
               _count("volunteers"), align=RIGHT),
        Column(lambda: QCoreApplication.translate("BackupListModel", "操作日志"),
               _count("audit_entries"), align=RIGHT),
        Column(lambda: QCoreApplication.translate("BackupListModel", "加密"), encrypted),
        Column(lambda: QCoreApplication.translate("BackupListModel", "说明"), _note),
    ], tooltip=lambda e: str(e.path))


class BackupListModel(ListTableModel[BackupEntry]):
    """Backups as rows: time, place, size, record counts, encrypted, note."""

    def __init__(self, primary_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(backup_columns(primary_folder), parent)

    def set_entries(self, entries: list[BackupEntry]) -> None:
        """Show these backups (newest first, as listed)."""
        self.set_rows(entries)

    def add_entry(self, entry: BackupEntry) -> int:
        """Add one backup picked from elsewhere at the top (or find it); returns its row."""
        for row, existing in enumerate(self.rows()):
            if existing.path == entry.path:
                return row
        self.insert_row(0, entry)
        return 0

    def entry(self, row: int) -> BackupEntry:
        """The backup shown in ``row``."""
        found = self.row_data(row)
        if found is None:
            raise IndexError(row)
        return found


class RestoreDialog(QDialog):
    """Choose a backup (primary and second folder, or any file), confirm, restore.

    ``restored(path)`` is emitted after a successful restore, and also when a restore failed
    after the current database had already been closed: either way, reopen ``path``.
    """

    restored = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.result_info: backup.RestoreResult | None = None
        self.setWindowTitle(self.tr("从备份恢复"))
        self.resize(900, 520)
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._confirm_page())
        self.model.set_entries(backup.list_backups(backup.backup_folders(db)))
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        self.table.setFocus()

    # -- page 1: choose -------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("选择要恢复的备份。恢复会用备份里的数据替换当前的全部数据；"
                               "恢复前，当前数据会先自动备份，需要时可以再恢复回来。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupListModel(backup.default_backup_folder(self._db.path), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("备份列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            8, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.ask_to_confirm)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("还没有找到备份。可以用“选择其他备份文件”"
                                          "打开U盘上的备份。"))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        other_row = QHBoxLayout()
        self.other_file_button = QPushButton(self.tr("选择其他备份文件(&F)…"))
        self.other_file_button.setAccessibleName(self.tr("选择其他备份文件"))
        self.other_file_button.clicked.connect(self.choose_other_file)
        # Return anywhere on this page means “restore the selected backup” (the default
        # button), never “open a file dialog”; Space still presses the focused button.
        self.other_file_button.setAutoDefault(False)
        other_row.addWidget(self.other_file_button)
        other_row.addStretch(1)
        layout.addLayout(other_row)

        pass_row = QHBoxLayout()
        self.passphrase_label = QLabel(self.tr("加密备份的口令(&P):"))
        self.passphrase_edit = password_edit()
        self.passphrase_edit.setAccessibleName(self.tr("加密备份的口令"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_edit.textChanged.connect(lambda _text: self._show_passphrase_error(""))
        self.passphrase_error = QLabel()
        self.passphrase_error.setProperty("role", "error")
        self.passphrase_error.setWordWrap(True)
        self.passphrase_error.setVisible(False)
        pass_row.addWidget(self.passphrase_label)
        pass_row.addWidget(self.passphrase_edit, 1)
        pass_row.addWidget(self.passphrase_error, 2)
        layout.addLayout(pass_row)

        self._showing_file_problem = False
        self.message_label = QLabel()
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("恢复结果"))
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.restore_button = QPushButton(self.tr("恢复所选备份(&R)…"))
        self.restore_button.setAccessibleName(self.tr("恢复所选备份"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.ask_to_confirm)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAccessibleName(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        if not self._actor.can(Permission.RESTORE_BACKUP):
            self.message_label.setText(self.tr("⚠ 只有管理员可以恢复备份。"))
        return page

    def _selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        entry = self._selected()
        encrypted = entry is not None and entry.encrypted
        self.passphrase_edit.setEnabled(encrypted)
        self.passphrase_label.setEnabled(encrypted)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.restore_button.setEnabled(entry is not None and not entry.problem
                                       and self._actor.can(Permission.RESTORE_BACKUP))
        self._show_passphrase_error("")
        # The table cell is too narrow for the whole reason: say it in full below.
        if entry is not None and entry.problem:
            self.message_label.setText(self.tr("⚠ 不能用这个文件恢复：{reason}").format(
                reason=model_message(entry.problem)))
            self._showing_file_problem = True
        elif self._showing_file_problem:
            self.message_label.setText("")
            self._showing_file_problem = False

    def _show_passphrase_error(self, text: str) -> None:
        self.passphrase_error.setText(("⚠ " + text) if text else "")
        self.passphrase_error.setVisible(bool(text))
        # Read out by a screen reader when the field has focus: not colour alone, not hidden.
        self.passphrase_edit.setAccessibleDescription(text)

    def choose_other_file(self) -> None:
        """Add a backup file from anywhere (a USB stick not set as the second folder)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), "",
            self.tr("温馨家园备份 (*.db *.whbak);;所有文件 (*)"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """Show ``path`` in the list and select it."""
        entry = attempt(self, lambda: backup.describe_backup(path), show=self._problem)
        if entry is None:
            return
        row = self.model.add_entry(entry)
        self.table.selectRow(row)
        self._selection_changed()

    # -- page 2: confirm ------------------------------------------------------------------------
    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.confirm_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.confirm_button = QPushButton(self.tr("确认恢复(&C)"))
        self.confirm_button.setAccessibleName(self.tr("确认恢复"))
        self.confirm_button.clicked.connect(self.perform_restore)
        self.back_button = QPushButton(self.tr("返回(&B)"))
        self.back_button.setAccessibleName(self.tr("返回备份列表"))
        self.back_button.clicked.connect(self._back)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        return page

    def ask_to_confirm(self) -> None:
        """Check the passphrase (quick), then show what will happen and ask to confirm."""
        entry = self._selected()
        if entry is None or not self.restore_button.isEnabled():
            return
        self.message_label.setText("")
        if entry.encrypted:
            passphrase = self.passphrase_edit.text()
            if not passphrase:
                self._passphrase_problem(self.tr("请输入这个加密备份的口令"))
                return
            try:
                checked = succeeded(self, lambda: backup.check_passphrase(entry.path, passphrase),
                                    show=self._problem, passing=(WrongPassphraseError,))
            except WrongPassphraseError:
                self._passphrase_problem(self.tr("口令不正确，请重新输入"))
                return
            if not checked:
                return
        folder = backup.default_backup_folder(self._db.path)
        self.confirm_label.setText(self.tr(
            "<h3>确认恢复</h3>"
            "<p>将用 <b>{time}</b> 的备份替换当前的全部数据：</p><p>{file}</p>"
            "<p>当前数据会先备份到 {folder}，如果恢复错了，可以从那里再恢复回来。</p>"
            "<p>恢复后软件会重新载入数据，请重新登录。</p>").format(
            time=entry.created.strftime("%Y-%m-%d %H:%M"), file=entry.path, folder=folder))
        self.stack.setCurrentIndex(1)
        self.back_button.setFocus()  # the safe choice has the focus

    def _problem(self, reason: str) -> None:
        self.message_label.setText("⚠ " + reason)

    def _passphrase_problem(self, text: str) -> None:
        self._show_passphrase_error(text)
        self.stack.setCurrentIndex(0)
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def _restore_refused(self, reason: str) -> None:
        self._back()
        self._problem(reason)

    def _back(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def perform_restore(self) -> None:
        """Restore the chosen backup; on success emit ``restored`` and close."""
        entry = self._selected()
        if entry is None:
            return
        passphrase = self.passphrase_edit.text() if entry.encrypted else None
        # Copying and checking a large database takes a few seconds on an old PC.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = attempt(self, lambda: backup.restore(self._db, entry.path, actor=self._actor,
                                                          passphrase=passphrase),
                             show=self._restore_refused,
                             passing=(WrongPassphraseError, RestoreError))
        except WrongPassphraseError:
            self._passphrase_problem(self.tr("口令不正确，请重新输入"))
            return
        except RestoreError as exc:
            self._restore_refused(model_message(exc.message))
            if exc.reopen_path is not None:
                # The database was already closed: nothing here can be used any more.
                self.restore_button.setEnabled(False)
                self.restored.emit(str(exc.reopen_path))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            return
        self.result_info = result
        self.restored.emit(str(self.result_info.db_path))
        self.accept()
