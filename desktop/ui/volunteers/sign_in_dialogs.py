"""The small forms of the 签到记录 tab: confirm unplanned service (post and content), correct a
sign-in's times (with a reason) and sign a volunteer in by hand (found by name or pinyin, on
one of their shifts of the day). Each gathers what staff chose;
on OK the tab's ``submit`` makes the change: the form closes when it was made, and stays open
with the reason shown in it when the models refused (nothing typed is lost)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime
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

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.volunteers import sign_ins
from desktop.models.volunteers.staff_sign_ins import ShiftChoice
from desktop.ui.attendance.sign_in_dialogs import python_time, time_edit
from desktop.ui.volunteers.volunteer_fields import DIALOG_CHARS, VolunteerPicker, han_width


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
    """员工代签到: which volunteer (found by name, pinyin initials or ID ending), which of
    their shifts that day, when they came and, for a shift already over, when they left.

    Choosing a shift sets the times to the shift's (a past shift is signed in at its start
    and out at its end unless staff change them), so the sign-in belongs to that shift and
    the sign-up is not marked 未到; 临时服务 keeps the time given by the tab."""

    def __init__(self, db: Database, actor: Actor,
                 shifts: Callable[[int], Sequence[ShiftChoice]], at: time,
                 latest: time | None, parent: QWidget | None = None) -> None:
        """``shifts`` lists a volunteer's shifts of the day, ``at`` is the sign-in time without
        a shift, ``latest`` the time now when the day is today (None for a past day: every
        shift is over)."""
        super().__init__(parent)
        self._shifts = shifts
        self._at = at
        self._latest = latest
        self.setWindowTitle(self.tr("员工代签到"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("志愿者没有在签到台签到时，由工作人员代为签到：输入姓名或拼音首字母"
                              "找到志愿者，选择 TA 报名的班次（时间按班次填好，可以改）；"
                              "没有报名的记为临时服务。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.picker = VolunteerPicker(db, actor, self)
        self.search_edit = self.picker.search_edit
        self.results = self.picker.results
        self.picker.chosen.connect(self._fill_shifts)
        self.picker.add_to(form)
        self.shift_combo = QComboBox()
        self.shift_combo.setAccessibleName(self.tr("班次"))
        self.shift_combo.currentIndexChanged.connect(lambda _i: self._shift_times())
        self.time_edit = time_edit(at, self.tr("签到时间"))
        self.out_check = QCheckBox(self.tr("已签退(&O)"))
        self.out_check.setAccessibleName(self.tr("已签退"))
        self.out_edit = time_edit(at, self.tr("签退时间"))
        self.out_edit.setEnabled(False)
        self.out_check.toggled.connect(self.out_edit.setEnabled)
        form.addRow(self.tr("班次(&H):"), self.shift_combo)
        form.addRow(self.tr("签到时间(&I):"), self.time_edit)
        form.addRow(self.out_check, self.out_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self, self.tr("签到")))
        self._fill_shifts()
        self.resize(max(460, han_width(self, DIALOG_CHARS)), self.sizeHint().height())

    def _fill_shifts(self) -> None:
        """The chosen volunteer's shifts of the day, then 临时服务; the first chosen."""
        self.shift_combo.blockSignals(True)
        self.shift_combo.clear()
        person_id = self.person_id()
        for choice in self._shifts(person_id) if person_id else ():
            self.shift_combo.addItem(choice.label, choice)
        self.shift_combo.addItem(self.tr("不按班次（临时服务）"), None)
        self.shift_combo.setCurrentIndex(0)
        self.shift_combo.blockSignals(False)
        self._shift_times()

    def _chosen(self) -> ShiftChoice | None:
        value = self.shift_combo.currentData()
        return value if isinstance(value, ShiftChoice) else None

    def _shift_times(self) -> None:
        """The shift's start (and, when it is over, its end) as the times; without a shift
        the tab's time and no sign-out."""
        choice = self._chosen()
        if choice is None:
            self.time_edit.setTime(QTime(self._at.hour, self._at.minute))
            self.out_check.setChecked(False)
            return
        self.time_edit.setTime(QTime.fromString(choice.starts_at, "HH:mm"))
        self.out_edit.setTime(QTime.fromString(choice.ends_at, "HH:mm"))
        over = self._latest is None or choice.ends_at <= self._latest.strftime("%H:%M")
        self.out_check.setChecked(over)

    def person_id(self) -> int:
        """The volunteer chosen (0 when there is none)."""
        return self.picker.person_id() or 0

    def shift_id(self) -> int | None:
        """The shift chosen, or None (临时服务)."""
        choice = self._chosen()
        return choice.shift_id if choice is not None else None

    def signed_in(self) -> time:
        """The time they came."""
        return python_time(self.time_edit)

    def signed_out(self) -> time | None:
        """The time they left, or None (still here, or not known)."""
        return python_time(self.out_edit) if self.out_check.isChecked() else None
