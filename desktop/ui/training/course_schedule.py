"""A course's schedule as staff type it: weekly on chosen weekdays (between the course's
first and last day) or on listed days, the times of a session, and the days to skip
(holidays); used by the new-course form and by 排课 / 加课 on a course's sessions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.models.training.sessions import Schedule
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.model_action import succeeded
from desktop.ui.training.course_fields import han_width, typed_days

WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("CourseSchedule", "一"),
                 QT_TRANSLATE_NOOP("CourseSchedule", "二"),
                 QT_TRANSLATE_NOOP("CourseSchedule", "三"),
                 QT_TRANSLATE_NOOP("CourseSchedule", "四"),
                 QT_TRANSLATE_NOOP("CourseSchedule", "五"),
                 QT_TRANSLATE_NOOP("CourseSchedule", "六"),
                 QT_TRANSLATE_NOOP("CourseSchedule", "日"))
WEEKDAY_FULL = (QT_TRANSLATE_NOOP("CourseSchedule", "星期一"),
                QT_TRANSLATE_NOOP("CourseSchedule", "星期二"),
                QT_TRANSLATE_NOOP("CourseSchedule", "星期三"),
                QT_TRANSLATE_NOOP("CourseSchedule", "星期四"),
                QT_TRANSLATE_NOOP("CourseSchedule", "星期五"),
                QT_TRANSLATE_NOOP("CourseSchedule", "星期六"),
                QT_TRANSLATE_NOOP("CourseSchedule", "星期日"))

# How sessions are made.
WEEKLY, LISTED, LATER = "weekly", "listed", "later"


def weekday_name(weekday: int) -> str:
    """星期一 … 星期日 for ``weekday`` 1 (Monday) … 7, translated."""
    return QCoreApplication.translate("CourseSchedule", WEEKDAY_FULL[weekday - 1])


def time_edit(text: str) -> QTimeEdit:
    """A time field (HH:mm) showing ``text``."""
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


def hhmm(edit: QTimeEdit) -> str:
    """The time in a time field as HH:MM."""
    return edit.time().toString("HH:mm")


def _row(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    if isinstance(field, QTimeEdit):
        name_editor(field, accessible_label(text))
    else:
        field.setAccessibleName(accessible_label(text))
    form.addRow(label, field)


class ScheduleFields(QGroupBox):
    """The 排课 fields; ``later`` offers 以后再排 (no sessions now). ``times_changed`` is
    emitted when a time changes."""

    times_changed = Signal()

    def __init__(self, *, later: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("排课"))
        form = QFormLayout(self)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("每周固定星期"), WEEKLY)
        self.mode_combo.addItem(self.tr("列出上课日期"), LISTED)
        if later:
            self.mode_combo.addItem(self.tr("以后再排"), LATER)
        _row(form, self.tr("上课安排(&W):"), self.mode_combo)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for n in range(7):
            check = QCheckBox(QCoreApplication.translate("CourseSchedule", WEEKDAY_NAMES[n]))
            check.setAccessibleName(weekday_name(n + 1))
            row.addWidget(check)
            self.weekday_boxes.append(check)
        label = QLabel(self.tr("每周:"))
        label.setBuddy(self.weekday_boxes[0])
        form.addRow(label, days)
        self.days_edit = QLineEdit()
        self.days_edit.setPlaceholderText(self.tr("如：2024-05-06 2024-05-13，用空格或逗号分开"))
        _row(form, self.tr("上课日期(&I):"), self.days_edit)
        self.starts_edit = time_edit("14:00")
        _row(form, self.tr("上课时间(&G):"), self.starts_edit)
        self.ends_edit = time_edit("16:00")
        _row(form, self.tr("下课时间(&U):"), self.ends_edit)
        self.except_edit = QLineEdit()
        self.except_edit.setPlaceholderText(self.tr("节假日等，如：2024-05-01 2024-06-10"))
        _row(form, self.tr("不上课的日期(&X):"), self.except_edit)
        self.mode_combo.currentIndexChanged.connect(self._enable)
        self.starts_edit.timeChanged.connect(lambda _t: self.times_changed.emit())
        self.ends_edit.timeChanged.connect(lambda _t: self.times_changed.emit())
        self._enable()

    def set_mode(self, mode: str) -> None:
        """Choose how sessions are made (WEEKLY, LISTED or LATER)."""
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))

    def minutes(self) -> int:
        """The minutes between the times typed (0 or less when the end is not later)."""
        return self.starts_edit.time().secsTo(self.ends_edit.time()) // 60

    def _enable(self) -> None:
        mode = self.mode_combo.currentData()
        for check in self.weekday_boxes:
            check.setEnabled(mode == WEEKLY)
        self.days_edit.setEnabled(mode == LISTED)
        for field in (self.starts_edit, self.ends_edit, self.except_edit):
            field.setEnabled(mode != LATER)

    def schedule(self) -> Schedule | None:
        """The schedule as filled in (the course's minutes a session); None for 以后再排."""
        mode = self.mode_combo.currentData()
        if mode == LATER:
            return None
        weekly = mode == WEEKLY
        return Schedule(
            hhmm(self.starts_edit), hhmm(self.ends_edit),
            weekdays=tuple(n + 1 for n, check in enumerate(self.weekday_boxes)
                           if check.isChecked()) if weekly else (),
            days=() if weekly else tuple(typed_days(self.days_edit.text())),
            except_days=tuple(typed_days(self.except_edit.text())))


class ScheduleDialog(QDialog):
    """排课 / 加课 for a course: its sessions as a schedule, saved through ``save``; a refusal
    keeps the dialog open with the reason."""

    def __init__(self, course_text: str, save: Callable[[Schedule], object],
                 parent: QWidget | None = None, *, mode: str = WEEKLY) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("排课"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        about = QLabel(course_text)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.fields = ScheduleFields()
        self.fields.set_mode(mode)
        layout.addWidget(self.fields)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("排课(&S)"), self.tr("排课"), self.tr("取消"), self.save)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:
        """Wide enough for the hints in the day fields in the font in use."""
        self.ensurePolished()
        return super().sizeHint().expandedTo(QSize(han_width(self, 34), 0))

    def save(self) -> bool:
        """Make the sessions; close when they were made."""
        schedule = self.fields.schedule()
        assert schedule is not None  # no 以后再排 here
        if not succeeded(self, lambda: self._save(schedule),
                         show=lambda text: show_error(self.error_label, text)):
            return False
        self.accept()
        return True
