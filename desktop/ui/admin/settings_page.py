"""The settings page: the centre profile, text size and language, and where the data lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.ui.admin.backup_settings import BackupSettingsPanel
from desktop.ui.admin.centre_form import CentreForm
from desktop.ui.admin.signing_key_panel import SigningKeyPanel
from desktop.ui.admin.users_page import ChangePasswordDialog
from desktop.ui.common.model_action import succeeded
from desktop.ui.shell.ui_settings import TEXT_SCALES, UiSettings

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


class SettingsPage(QWidget):
    """Edit the centre profile and the interface preferences."""

    text_scale_changed = Signal(float)
    high_contrast_changed = Signal(bool)
    idle_minutes_changed = Signal(int)
    profile_saved = Signal()

    def __init__(self, db: Database, actor: Actor, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._ui = ui_settings
        layout = QVBoxLayout(self)

        profile_box = QGroupBox(self.tr("中心信息"))
        profile_layout = QVBoxLayout(profile_box)
        self.centre_form = CentreForm()
        self.centre_form.set_profile(centre.load_profile(db))
        profile_layout.addWidget(self.centre_form)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存中心信息(&F)"))
        self.save_button.setAccessibleName(self.tr("保存中心信息"))
        self.save_button.clicked.connect(self.save_profile)
        self.centre_form.validity_changed.connect(self.save_button.setEnabled)
        self.save_button.setEnabled(not self.centre_form.errors())
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("保存结果"))
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status_label, 1)
        profile_layout.addLayout(save_row)
        layout.addWidget(profile_box)

        look_box = QGroupBox(self.tr("显示"))
        look = QFormLayout(look_box)
        self.text_size_combo = QComboBox()
        for scale, name in zip(TEXT_SCALES, (self.tr("标准"), self.tr("大字"), self.tr("特大字")),
                               strict=True):
            self.text_size_combo.addItem(name, scale)
        self.text_size_combo.setCurrentIndex(max(0, self.text_size_combo.findData(
            ui_settings.text_scale)))
        self.text_size_combo.setAccessibleName(self.tr("文字大小"))
        self.text_size_combo.currentIndexChanged.connect(self._text_size_chosen)
        look.addRow(self.tr("文字大小(&T):"), self.text_size_combo)
        self.contrast_check = QCheckBox(self.tr("高对比度（黑底白字，按钮为黄色）(&G)"))
        self.contrast_check.setAccessibleName(self.tr("高对比度"))
        self.contrast_check.setChecked(ui_settings.staff_high_contrast)
        self.contrast_check.toggled.connect(self._contrast_chosen)
        look.addRow("", self.contrast_check)
        self.language_combo = QComboBox()
        self.language_combo.addItem("中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            ui_settings.language)))
        self.language_combo.setAccessibleName(self.tr("界面语言"))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        look.addRow(self.tr("界面语言(&L):"), self.language_combo)
        self.language_note = QLabel()
        look.addRow("", self.language_note)
        layout.addWidget(look_box)

        security_box = QGroupBox(self.tr("安全"))
        security = QFormLayout(security_box)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, centre.MAX_IDLE_LOCK_MINUTES)
        self.idle_spin.setSuffix(self.tr(" 分钟"))
        self.idle_spin.setSpecialValueText(self.tr("不自动锁定"))
        self.idle_spin.setValue(centre.idle_lock_minutes(db))
        self.idle_spin.setAccessibleName(self.tr("无操作自动锁定时间"))
        self.idle_spin.setEnabled(actor.can(Permission.EDIT_SETTINGS))
        self.idle_spin.editingFinished.connect(self.save_idle_minutes)
        security.addRow(self.tr("无操作自动锁定(&I):"), self.idle_spin)
        self.password_button = QPushButton(self.tr("修改我的密码(&H)…"))
        self.password_button.setAccessibleName(self.tr("修改我的密码"))
        self.password_button.setEnabled(actor.user_id is not None)
        self.password_button.clicked.connect(lambda: self.make_password_dialog().open())
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_button)
        password_row.addStretch(1)
        security.addRow("", password_row)
        layout.addWidget(security_box)

        self.backup_panel = BackupSettingsPanel(db, actor)
        layout.addWidget(self.backup_panel)
        self.signing_panel = SigningKeyPanel(db, actor)
        layout.addWidget(self.signing_panel)

        data_box = QGroupBox(self.tr("数据"))
        data = QFormLayout(data_box)
        path_label = QLabel(str(db.path))
        path_label.setAccessibleName(self.tr("数据库文件位置"))
        data.addRow(self.tr("数据库文件:"), path_label)
        data.addRow(self.tr("结构版本:"), QLabel(str(db.schema_version)))
        layout.addWidget(data_box)
        layout.addStretch(1)

    def save_profile(self) -> None:
        """Validate and store the centre profile."""
        try:
            saved = succeeded(self, lambda: centre.save_profile(
                self._db, self.centre_form.profile(), actor=self._actor),
                show=self._problem, passing=(ValidationError,))
        except ValidationError:
            self.centre_form.show_all_errors()
            self.status_label.setText(self.tr("⚠ 未保存：请改正标出的内容"))
            return
        if not saved:
            return
        self.status_label.setText(self.tr("✓ 已保存"))
        self.profile_saved.emit()

    def save_idle_minutes(self) -> None:
        """Store the idle lock time and tell the main window."""
        minutes = self.idle_spin.value()
        if minutes == centre.idle_lock_minutes(self._db):
            return
        if succeeded(self, lambda: centre.set_idle_lock_minutes(self._db, minutes,
                                                                 actor=self._actor),
                     show=self._problem):
            self.idle_minutes_changed.emit(minutes)

    def _problem(self, reason: str) -> None:
        self.status_label.setText("⚠ " + reason)

    def make_password_dialog(self) -> ChangePasswordDialog:
        """The dialog in which the signed-in user changes their password."""
        return ChangePasswordDialog(self._db, self._actor, self)

    def _text_size_chosen(self) -> None:
        scale = float(self.text_size_combo.currentData())
        self._ui.text_scale = scale
        self.text_scale_changed.emit(scale)

    def _contrast_chosen(self, on: bool) -> None:
        self._ui.staff_high_contrast = on
        self.high_contrast_changed.emit(on)

    def _language_chosen(self) -> None:
        self._ui.language = str(self.language_combo.currentData())
        self.language_note.setText(self.tr("重新启动软件后生效"))


def make_page(context: PageContext) -> SettingsPage:
    """The settings page for the main window: what changes here (the centre's name, text
    size, contrast, the idle lock, a backup made or restored) is told through the window's
    signals."""
    page = SettingsPage(context.db, context.actor, context.ui_settings)
    signals = context.signals
    page.profile_saved.connect(signals.centre_changed)
    page.text_scale_changed.connect(signals.text_scale_changed)
    page.high_contrast_changed.connect(signals.high_contrast_changed)
    page.idle_minutes_changed.connect(signals.idle_minutes_changed)
    page.backup_panel.backup_made.connect(signals.backup_made)
    page.backup_panel.restored.connect(signals.database_restored)
    return page
