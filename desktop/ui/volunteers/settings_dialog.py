"""志愿服务设置 (opened from the 服务时长 tab's 设置… button): the rounding step of service time
(minutes), the daily maximum (hours) and the star thresholds (hours). Accounts without
EDIT_SETTINGS see the values but cannot change them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.volunteers import rules
from desktop.ui.common.model_action import attempt
from desktop.ui.volunteers.volunteer_fields import DIALOG_CHARS, han_width


class VolunteerSettingsDialog(QDialog):
    """The three volunteer settings; 保存 writes them in one audited change."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("志愿服务设置"))
        self.setMinimumWidth(max(420, han_width(self, DIALOG_CHARS)))
        self.rounding_spin = QSpinBox()
        self.rounding_spin.setRange(1, 60)
        self.rounding_spin.setSuffix(self.tr(" 分钟"))
        self.rounding_spin.setValue(rules.rounding_minutes(db))
        self.rounding_spin.setAccessibleName(self.tr("服务时长取整单位（分钟）"))
        self.daily_spin = QSpinBox()
        self.daily_spin.setRange(1, 24)
        self.daily_spin.setSuffix(self.tr(" 小时"))
        self.daily_spin.setValue(max(1, min(24, rules.max_daily_minutes(db) // 60)))
        self.daily_spin.setAccessibleName(self.tr("每人每天最多记录的服务时长（小时）"))
        self.stars_edit = QLineEdit(",".join(str(value) for value in rules.star_hours(db)))
        self.stars_edit.setAccessibleName(
            self.tr("一星到五星的累计服务小时数，五个从小到大的数，用逗号分开"))
        form = QFormLayout()
        form.addRow(self.tr("取整单位(&R)："), self.rounding_spin)
        form.addRow(self.tr("每日上限(&D)："), self.daily_spin)
        form.addRow(self.tr("星级门槛（小时）(&S)："), self.stars_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("设置保存结果"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setAccessibleName(self.tr("保存志愿服务设置"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        allowed = actor.can(Permission.EDIT_SETTINGS)
        for widget in (self.rounding_spin, self.daily_spin, self.stars_edit, self.save_button):
            widget.setEnabled(allowed)
        if not allowed:
            self.error_label.setText(self.tr("只有可以修改中心信息的账号才能修改这些设置"))
        self.rounding_note = QLabel(self.tr(
            "服务时长按取整单位向下取整，不满一个单位的部分不计（记录只写实际服务的时间）："
            "如取整单位 30 分钟，服务 2 小时 20 分钟记 2 小时。"))
        self.rounding_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rounding_note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Save the settings; on refusal show why and stay open."""
        def action() -> bool:
            rules.save_settings(self._db, rounding=self.rounding_spin.value(),
                                max_daily_hours=self.daily_spin.value(),
                                star_text=self.stars_edit.text(), actor=self._actor)
            return True
        if attempt(self, action, show=self.error_label.setText):
            self.accept()
