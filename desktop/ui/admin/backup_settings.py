"""Backups on the settings page: last good backup, back up now, second folder, passphrase,
retention, and the way into the restore dialog. Also the status-bar label for the last backup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import backup
from desktop.models.admin.backup import LIMITS, Retention
from desktop.models.admin.backup_crypto import validate_passphrase
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.ui.admin.account_form import password_edit
from desktop.ui.common.form_fields import FieldErrors
from desktop.ui.common.labels import model_message
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt, succeeded


class BackupStatusLabel(QLabel):
    """“最近一次成功备份：…”; older than 7 days (or none) it says so in words, with ⚠."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setAccessibleName(self.tr("最近一次备份"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh()

    def refresh(self) -> None:
        """Read the primary backup folder again and update the text (as of now by the
        database's clock)."""
        now = self._db.clock.now()
        last = backup.last_good_backup(self._db, now=now)
        stale = backup.is_backup_stale(last, now)
        if last is None:
            text = self.tr("⚠ 还没有成功的备份，请立即备份")
        elif stale:
            text = self.tr("⚠ 最近一次成功备份：{time}（{days} 天前），已超过7天，"
                           "请尽快备份").format(time=last.strftime("%Y-%m-%d %H:%M"),
                                                days=(now - last).days)
        else:
            text = self.tr("最近一次成功备份：{time}").format(time=last.strftime("%Y-%m-%d %H:%M"))
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setProperty("role", "warning" if stale else "")
        # A dynamic property only restyles after the style is re-applied.
        self.style().unpolish(self)
        self.style().polish(self)

    @property
    def is_warning(self) -> bool:
        """Whether the label currently warns (no backup, or older than 7 days)."""
        return self.property("role") == "warning"


class BackupSettingsPanel(QGroupBox):
    """The “备份” group of the settings page.

    Everyone who may back up (staff) sees the status and “立即备份”; the second folder,
    passphrase and retention are administrators' (the models layer checks this too).
    """

    backup_made = Signal(str)  # path of the new backup
    settings_saved = Signal()
    restored = Signal(str)  # the database to reopen (see RestoreDialog.restored)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("备份"), parent)
        self._db = db
        self._actor = actor
        admin = actor.can(Permission.RESTORE_BACKUP)
        layout = QVBoxLayout(self)

        status_row = QHBoxLayout()
        self.status_label = BackupStatusLabel(db)
        self.status_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("立即备份(&B)"))
        self.backup_button.setAccessibleName(self.tr("立即备份"))
        self.backup_button.setEnabled(actor.can(Permission.MAKE_BACKUP))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("从备份恢复(&E)…"))
        self.restore_button.setAccessibleName(self.tr("从备份恢复"))
        self.restore_button.setEnabled(admin)
        self.restore_button.clicked.connect(self.open_restore_dialog)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.backup_button)
        status_row.addWidget(self.restore_button)
        layout.addLayout(status_row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("备份结果"))
        layout.addWidget(self.result_label)
        where = QLabel(self.tr("备份保存在：{folder}").format(
            folder=backup.default_backup_folder(db.path)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        form = QFormLayout()
        self._errors = FieldErrors(form)
        settings = backup.load_backup_settings(db)
        self.folder_edit = QLineEdit(settings.second_folder)
        self.folder_edit.setPlaceholderText(self.tr("如 E:\\温馨家园备份（U盘或网络位置）"))
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        self.choose_button = QPushButton(self.tr("选择文件夹(&O)…"))
        self.choose_button.setAccessibleName(self.tr("选择第二备份位置"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(self.tr("不使用(&X)"))
        self.clear_button.setAccessibleName(self.tr("不使用第二备份位置"))
        self.clear_button.clicked.connect(self.folder_edit.clear)
        folder_layout.addWidget(self.folder_edit, 1)
        folder_layout.addWidget(self.choose_button)
        folder_layout.addWidget(self.clear_button)
        folder_label = QLabel(self.tr("第二备份位置(&U):"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        self.folder_edit.setAccessibleName(self.tr("第二备份位置"))
        folder_error = QLabel()
        form.addRow("", folder_error)
        self._errors.attach("second_folder", self.folder_edit, folder_error)

        self.passphrase_edit = password_edit()
        self.passphrase_edit.setPlaceholderText(
            self.tr("至少8位；已设置时留空表示不修改") if settings.has_passphrase
            else self.tr("至少8位"))
        self.confirm_edit = password_edit()
        self._errors.add_row("passphrase", self.tr("加密口令(&Q):"), self.passphrase_edit)
        self._errors.add_row("confirm", self.tr("再次输入口令(&A):"), self.confirm_edit)
        self.passphrase_state = QLabel(
            self.tr("口令：已设置") if settings.has_passphrase else self.tr("口令：未设置"))
        form.addRow("", self.passphrase_state)

        self.daily_spin = self._spin("daily", settings.retention.daily)
        self.weekly_spin = self._spin("weekly", settings.retention.weekly)
        self.monthly_spin = self._spin("monthly", settings.retention.monthly)
        self._errors.add_row("daily", self.tr("保留每日备份(&Y):"), self.daily_spin)
        self._errors.add_row("weekly", self.tr("保留每周备份(&W):"), self.weekly_spin)
        self._errors.add_row("monthly", self.tr("保留每月备份(&M):"), self.monthly_spin)
        for spin in (self.daily_spin, self.weekly_spin, self.monthly_spin):
            # The spin box's own text field is what a screen reader lands on when typing.
            editor = spin.findChild(QLineEdit)
            if editor is not None:
                editor.setAccessibleName(spin.accessibleName())
        layout.addLayout(form)

        note = QLabel(self.tr(
            "第二备份位置里的备份会用口令加密，U盘丢失也不会泄露会员信息。请把口令另外妥善保管："
            "在新电脑上恢复这些备份时必须输入；忘记口令就无法恢复。更换口令后，旧的加密备份仍需用旧口令打开。"))
        note.setWordWrap(True)
        layout.addWidget(note)

        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存备份设置(&V)"))
        self.save_button.setAccessibleName(self.tr("保存备份设置"))
        self.save_button.clicked.connect(self.save_settings)
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        self.save_status.setAccessibleName(self.tr("备份设置保存结果"))
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_status, 1)
        layout.addLayout(save_row)
        if not admin:
            for widget in (self.folder_edit, self.choose_button, self.clear_button,
                           self.passphrase_edit, self.confirm_edit, self.daily_spin,
                           self.weekly_spin, self.monthly_spin, self.save_button):
                widget.setEnabled(False)
            self.save_status.setText(self.tr("只有管理员可以修改备份设置和恢复备份"))

    def _spin(self, name: str, value: int) -> QSpinBox:
        low, high = LIMITS[name]
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def choose_folder(self) -> None:
        """Pick the second folder (a USB stick or network share)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择第二备份位置"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def save_settings(self) -> None:
        """Validate and store the second folder, passphrase (if typed) and retention."""
        passphrase = self.passphrase_edit.text()
        errors: dict[str, str] = {}
        if passphrase or self.confirm_edit.text():
            problem = validate_passphrase(passphrase)
            if problem:
                errors["passphrase"] = model_message(problem)
            elif self.confirm_edit.text() != passphrase:
                errors["confirm"] = self.tr("两次输入的口令不一致")
        folder = self.folder_edit.text().strip()
        settings = backup.load_backup_settings(self._db)
        if folder and not settings.has_passphrase and not passphrase:
            errors["passphrase"] = self.tr("使用第二备份位置需要设置加密口令")
        if errors:
            self._errors.show(errors)
            self.save_status.setText(self.tr("⚠ 未保存：请改正标出的内容"))
            return
        try:
            saved = succeeded(self, lambda: backup.save_backup_settings(
                self._db, actor=self._actor, second_folder=folder,
                passphrase=passphrase or None,
                retention=Retention(daily=self.daily_spin.value(),
                                    weekly=self.weekly_spin.value(),
                                    monthly=self.monthly_spin.value())),
                show=lambda reason: self.save_status.setText("⚠ " + reason),
                passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            self.save_status.setText(self.tr("⚠ 未保存：请改正标出的内容"))
            return
        if not saved:
            return
        self._errors.show({})
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.passphrase_state.setText(self.tr("口令：已设置") if passphrase or
                                      settings.has_passphrase else self.tr("口令：未设置"))
        self.save_status.setText(self.tr("✓ 已保存"))
        self.settings_saved.emit()

    def back_up_now(self) -> None:
        """Make a backup now and say where it went (and any warning, in words)."""
        # A few seconds for a large database on an old PC: off the GUI thread, with a dialog.
        result = attempt(self, lambda: run_long_job(
            self, self.tr("正在备份…"), self._db,
            lambda db: backup.make_backup(db, actor=self._actor)),
            show=lambda reason: self.result_label.setText("⚠ " + self.tr("备份失败：") + reason))
        if result is None:
            return
        lines = [self.tr("✓ 已备份到 {path}").format(path=result.path)]
        if result.encrypted_copy is not None:
            lines.append(self.tr("✓ 已加密复制到 {path}").format(path=result.encrypted_copy))
        lines += ["⚠ " + model_message(warning) for warning in result.warnings]
        self.result_label.setText("\n".join(lines))
        self.status_label.refresh()
        self.backup_made.emit(str(result.path))

    def open_restore_dialog(self) -> None:
        """The restore dialog; its ``restored`` signal is passed on."""
        from desktop.ui.admin.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._db, self._actor, self)
        dialog.restored.connect(self.restored)
        dialog.exec()
