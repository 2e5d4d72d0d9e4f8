"""The small forms of the 签到记录 tab: confirm unplanned service (post and content), correct a
sign-in's times (with a reason) and sign a volunteer in by hand. Each gathers what staff chose;
on OK the tab's ``submit`` makes the change: the form closes when it was made, and stays open
with the reason shown in it when the models refused (nothing typed is lost)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.volunteers import sign_ins
from desktop.ui.attendance.sign_in_dialogs import python_time, time_edit
from desktop.ui.volunteers.volunteer_fields import DIALOG_CHARS, han_width


class SubmitDialog(QDialog):
    """A form whose OK runs ``submit`` (set by the tab; True when the change was made) and
    closes only then; ``error_label`` shows a refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], bool] | None = None
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()

    def show_error(self, message: str) -> None:
        """Show why the change was refused."""
        self.error_label.setText("⚠ " + message)
        self.error_label.show()

    def try_accept(self) -> None:
        """OK: make the change; close when it was made."""
        self.error_label.hide()
        if self.submit is None or self.submit():
            self.accept()


def _buttons(dialog: SubmitDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("VolunteerSignInDialogs", "取消"))
    cancel.setAccessibleName(cancel.text())
    buttons.accepted.connect(dialog.try_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ConfirmServiceDialog(SubmitDialog):
    """确认临时服务: the post served at and what was done."""

    def __init__(self, name: str, posts: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("确认临时服务"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("{name} 这次没有排班。请选择服务岗位，写明做了什么；"
                              "确认后按签到到签退的时间计服务时长。").format(name=name))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.post_combo = QComboBox()
        for post_id, post_name in posts:
            self.post_combo.addItem(post_name, post_id)
        self.post_combo.setAccessibleName(self.tr("服务岗位"))
        self.content_edit = QLineEdit()
        self.content_edit.setMaxLength(sign_ins.CONTENT_MAX)
        self.content_edit.setPlaceholderText(self.tr("如：协助午餐分餐"))
        self.content_edit.setAccessibleName(self.tr("服务内容"))
        form.addRow(self.tr("服务岗位(&P):"), self.post_combo)
        form.addRow(self.tr("服务内容(&C):"), self.content_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self, self.tr("确认")))
        self.resize(max(480, han_width(self, DIALOG_CHARS)), self.sizeHint().height())

    def post_id(self) -> int:
        """The post chosen (0 when there is none)."""
        value = self.post_combo.currentData()
        return int(value) if value is not None else 0

    def content(self) -> str:
        """What was done, as typed."""
        return self.content_edit.text()


class CorrectTimesDialog(SubmitDialog):
    """更正时间: the sign-in time, the sign-out time (or none yet) and why."""

    def __init__(self, name: str, signed_in: time, signed_out: time | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正签到时间"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("更正 {name} 当天的签到、签退时间；服务时长按更正后的时间重新计算，"
                              "原记录保留。").format(name=name))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.in_edit = time_edit(signed_in, self.tr("签到时间"))
        self.out_check = QCheckBox(self.tr("已签退(&O)"))
        self.out_check.setAccessibleName(self.tr("已签退"))
        self.out_check.setChecked(signed_out is not None)
        self.out_edit = time_edit(signed_out or signed_in, self.tr("签退时间"))
        self.out_edit.setEnabled(signed_out is not None)
        self.out_check.toggled.connect(self.out_edit.setEnabled)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(sign_ins.REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("如：忘记签退，按本人说明更正"))
        self.reason_edit.setAccessibleName(self.tr("原因"))
        form.addRow(self.tr("签到时间(&I):"), self.in_edit)
        form.addRow(self.out_check, self.out_edit)
        form.addRow(self.tr("原因(&R):"), self.reason_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self, self.tr("更正")))
        self.resize(max(460, han_width(self, DIALOG_CHARS)), self.sizeHint().height())

    def signed_in(self) -> time:
        """The sign-in time chosen."""
        return python_time(self.in_edit)

    def signed_out(self) -> time | None:
        """The sign-out time chosen, or None (not signed out)."""
        return python_time(self.out_edit) if self.out_check.isChecked() else None

    def reason(self) -> str:
        """Why, as typed."""
        return self.reason_edit.text()


class StaffSignInDialog(SubmitDialog):
    """员工代签到: which volunteer and when they came."""

    def __init__(self, volunteers: list[tuple[int, str]], at: time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("员工代签到"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("志愿者没有在签到台签到时，由工作人员代为签到；"
                              "有当天班次的自动对应班次，否则记为临时服务。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.person_combo = QComboBox()
        for person_id, name in volunteers:
            self.person_combo.addItem(name, person_id)
        self.person_combo.setAccessibleName(self.tr("志愿者"))
        self.time_edit = time_edit(at, self.tr("签到时间"))
        form.addRow(self.tr("志愿者(&V):"), self.person_combo)
        form.addRow(self.tr("签到时间(&I):"), self.time_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self, self.tr("签到")))
        self.resize(max(420, han_width(self, DIALOG_CHARS)), self.sizeHint().height())

    def person_id(self) -> int:
        """The volunteer chosen (0 when there is none)."""
        value = self.person_combo.currentData()
        return int(value) if value is not None else 0

    def signed_in(self) -> time:
        """The time they came."""
        return python_time(self.time_edit)
