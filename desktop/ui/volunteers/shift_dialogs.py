"""The dialogs of the week's schedule (排班): a new one-off shift, a weekly pattern, signing a
volunteer up (found by name or pinyin initials), cancelling a sign-up and cancelling a shift.

Each dialog saves through the function it is given and stays open, with the reason shown, when
the models refuse; it closes when the save went through.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.models.people.search_keys import normalise_query
from desktop.models.volunteers.details import VolunteerRow
from desktop.models.volunteers.posts import Post
from desktop.models.volunteers.shifts import MAX_CAPACITY, NOTE_MAX, PatternInput, ShiftInput
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.form_fields import accessible_label, use_calendar_popup
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.volunteers.volunteer_fields import DIALOG_CHARS, han_width


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _hhmm(edit: QTimeEdit) -> str:
    return edit.time().toString("HH:mm")


class _SavingDialog(QDialog):
    """A form over a status line and 保存 / 取消 buttons; ``save()`` runs ``_store``."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.status_label = StatusLabel(self.tr("结果"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(ok_text)
        self.save_button.setAccessibleName(accessible_label(ok_text))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

    def sizeHint(self) -> QSize:
        """Wide enough for the shift described on top, the hints and the shift choices in
        the font in use (a minimum width set instead would keep the dialog from growing to
        fit its rows when shown)."""
        self.ensurePolished()  # the theme's font and padding, not the plain ones
        return super().sizeHint().expandedTo(QSize(han_width(self, DIALOG_CHARS), 0))

    def finish_layout(self) -> None:
        """Put the status line and the buttons under the form."""
        self.layout_.addWidget(self.status_label)
        self.layout_.addWidget(self.buttons)

    def add_row(self, label_text: str, field: QWidget) -> None:
        """A labelled row whose label is the field's buddy and accessible name."""
        label = QLabel(label_text)
        label.setBuddy(field)
        if isinstance(field, (QDateEdit, QTimeEdit)):
            name_editor(field, accessible_label(label_text))
        else:
            field.setAccessibleName(accessible_label(label_text))
        self.form.addRow(label, field)

    def _store(self) -> object:
        raise NotImplementedError

    def save(self) -> bool:
        """Save through the given function; close when it went through."""
        if not succeeded(self, self._store, status=self.status_label):
            return False
        self.accept()
        return True


def _post_combo(posts: Sequence[Post]) -> QComboBox:
    combo = QComboBox()
    for post in posts:
        combo.addItem(post.name, post.id)
    return combo


def _time_edit(hour: int, minute: int = 0) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    use_calendar_popup(edit)
    return edit


class ShiftDialog(_SavingDialog):
    """A one-off shift: post, day, times, places, note."""

    def __init__(self, posts: Sequence[Post], day: date, save: Callable[[ShiftInput], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新建班次"), self.tr("保存(&S)"), parent)
        self._save = save
        self.post_combo = _post_combo(posts)
        self.add_row(self.tr("岗位(&P):"), self.post_combo)
        self.day_edit = _date_edit(day)
        self.add_row(self.tr("日期(&D):"), self.day_edit)
        self.starts_edit = _time_edit(9)
        self.add_row(self.tr("开始(&B):"), self.starts_edit)
        self.ends_edit = _time_edit(11)
        self.add_row(self.tr("结束(&E):"), self.ends_edit)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, MAX_CAPACITY)
        self.capacity_spin.setValue(2)
        self.add_row(self.tr("需要人数(&N):"), self.capacity_spin)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.add_row(self.tr("备注(&M):"), self.note_edit)
        self.finish_layout()

    def shift_input(self) -> ShiftInput:
        """The shift as filled in."""
        return ShiftInput(int(self.post_combo.currentData() or 0), _iso(self.day_edit),
                          _hhmm(self.starts_edit), _hhmm(self.ends_edit),
                          self.capacity_spin.value(), self.note_edit.text())

    def _store(self) -> object:
        return self._save(self.shift_input())


WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("ShiftDialogs", "星期一"),
                 QT_TRANSLATE_NOOP("ShiftDialogs", "星期二"),
                 QT_TRANSLATE_NOOP("ShiftDialogs", "星期三"),
                 QT_TRANSLATE_NOOP("ShiftDialogs", "星期四"),
                 QT_TRANSLATE_NOOP("ShiftDialogs", "星期五"),
                 QT_TRANSLATE_NOOP("ShiftDialogs", "星期六"),
                 QT_TRANSLATE_NOOP("ShiftDialogs", "星期日"))


def weekday_name(weekday: int) -> str:
    """星期一 … 星期日 for ``weekday`` 0 (Monday) … 6, translated."""
    return QCoreApplication.translate("ShiftDialogs", WEEKDAY_NAMES[weekday])


class PatternDialog(_SavingDialog):
    """A weekly pattern: post, weekdays, times, places, first and last day, the exception days
    (holidays) to skip, note."""

    def __init__(self, posts: Sequence[Post], first: date,
                 save: Callable[[PatternInput, tuple[str, ...]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("每周排班"), self.tr("排班(&S)"), parent)
        self._save = save
        self.post_combo = _post_combo(posts)
        self.add_row(self.tr("岗位(&P):"), self.post_combo)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for n in range(7):
            box = QCheckBox(weekday_name(n))
            box.setAccessibleName(weekday_name(n))
            box.setChecked(n < 5)
            row.addWidget(box)
            self.weekday_boxes.append(box)
        label = QLabel(self.tr("每周(&W):"))
        label.setBuddy(self.weekday_boxes[0])
        self.form.addRow(label, days)
        self.starts_edit = _time_edit(9)
        self.add_row(self.tr("开始(&B):"), self.starts_edit)
        self.ends_edit = _time_edit(11)
        self.add_row(self.tr("结束(&E):"), self.ends_edit)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, MAX_CAPACITY)
        self.capacity_spin.setValue(2)
        self.add_row(self.tr("需要人数(&N):"), self.capacity_spin)
        self.first_edit = _date_edit(first)
        self.add_row(self.tr("第一天(&F):"), self.first_edit)
        # Four weeks unless changed.
        self.last_edit = _date_edit(first + timedelta(days=27))
        self.add_row(self.tr("最后一天(&L):"), self.last_edit)
        self.holidays_edit = QLineEdit()
        self.holidays_edit.setPlaceholderText(self.tr("例如 2024-06-10, 2024-09-17"))
        self.add_row(self.tr("跳过的日子(&H):"), self.holidays_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.add_row(self.tr("备注(&M):"), self.note_edit)
        self.finish_layout()

    def weekdays(self) -> str:
        """The weekdays ticked as digits (1 = Monday)."""
        return "".join(str(n + 1) for n, box in enumerate(self.weekday_boxes) if box.isChecked())

    def holidays(self) -> tuple[str, ...]:
        """The exception days typed (the models refuse, naming it, one that is no date, lies
        outside the period or falls on a weekday not ticked)."""
        return tuple(p for p in re.split(r"[,，、;；\s]+", self.holidays_edit.text()) if p)

    def _store(self) -> object:
        return self._save(PatternInput(
            int(self.post_combo.currentData() or 0), self.weekdays(), _hhmm(self.starts_edit),
            _hhmm(self.ends_edit), self.capacity_spin.value(), _iso(self.first_edit),
            _iso(self.last_edit), self.note_edit.text()), self.holidays())


def matches(volunteer: VolunteerRow, query: str) -> bool:
    """Whether the typed ``query`` finds the volunteer: part of the name, or the start of one
    of the pinyin keys (initials ``wf``, full ``wangfang``), or the 志愿北京 number."""
    typed = normalise_query(query)
    if not typed:
        return True
    return (typed in volunteer.name or typed in volunteer.search_text
            or typed in volunteer.volunteer_number.lower())


class SignUpDialog(_SavingDialog):
    """Pick a volunteer (by name or pinyin initials) to sign up for the shift described."""

    def __init__(self, shift_text: str, volunteers: Sequence[VolunteerRow],
                 save: Callable[[int], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("报名"), self.tr("报名(&S)"), parent)
        self._save = save
        self._volunteers = list(volunteers)
        about = QLabel(shift_text)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("姓名或拼音首字母，如 wf"))
        self.add_row(self.tr("查找(&F):"), self.search_edit)
        self.volunteer_list = QListWidget()
        self.add_row(self.tr("志愿者(&V):"), self.volunteer_list)
        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.returnPressed.connect(self.save)
        self.finish_layout()
        self._filter("")
        self.resize(max(420, han_width(self, DIALOG_CHARS)), max(420, han_width(self, 32)))

    def _filter(self, text: str) -> None:
        self.volunteer_list.clear()
        for volunteer in self._volunteers:
            if matches(volunteer, text):
                item = QListWidgetItem(f"{volunteer.name}　{volunteer.volunteer_number}")
                item.setData(Qt.ItemDataRole.UserRole, volunteer.person_id)
                self.volunteer_list.addItem(item)
        if self.volunteer_list.count():
            self.volunteer_list.setCurrentRow(0)
        self.save_button.setEnabled(self.volunteer_list.count() > 0)

    def chosen(self) -> int | None:
        """The person id of the volunteer chosen."""
        item = self.volunteer_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _store(self) -> object:
        person_id = self.chosen()
        assert person_id is not None
        return self._save(person_id)

    def save(self) -> bool:
        """Sign the chosen volunteer up (nothing when no one matches)."""
        if self.chosen() is None:
            self.status_label.show_result(self.tr("没有找到这位志愿者：请换个写法再查"),
                                          problem=True)
            return False
        return super().save()


class CancelSignupDialog(_SavingDialog):
    """Pick who no longer comes and say why."""

    def __init__(self, shift_text: str, signed: Sequence[tuple[int, str]],
                 save: Callable[[int, str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("取消报名"), self.tr("取消报名(&C)"), parent)
        self._save = save
        about = QLabel(shift_text)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.person_combo = QComboBox()
        for signup_id, name in signed:
            self.person_combo.addItem(name, signup_id)
        self.add_row(self.tr("志愿者(&V):"), self.person_combo)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("如：身体不适、家里有事"))
        self.add_row(self.tr("原因(&R):"), self.reason_edit)
        self.finish_layout()

    def _store(self) -> object:
        return self._save(int(self.person_combo.currentData() or 0), self.reason_edit.text())


class CapacityDialog(_SavingDialog):
    """How many volunteers the shift needs now, and why it changed."""

    def __init__(self, shift_text: str, capacity: int, taken: int,
                 save: Callable[[int, str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改名额"), self.tr("保存(&S)"), parent)
        self._save = save
        about = QLabel(self.tr("{shift}：已报名 {taken} 人，名额不能少于报名人数。").format(
            shift=shift_text, taken=taken))
        about.setWordWrap(True)
        self.form.addRow(about)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, MAX_CAPACITY)
        self.capacity_spin.setValue(capacity)
        self.add_row(self.tr("需要人数(&N):"), self.capacity_spin)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("如：活动人多、场地变小"))
        self.add_row(self.tr("原因(&R):"), self.reason_edit)
        self.finish_layout()

    def _store(self) -> object:
        return self._save(self.capacity_spin.value(), self.reason_edit.text())


class SwapDialog(_SavingDialog):
    """Move one volunteer of a shift to another shift (same day or another), with a reason.

    ``shifts_on(day)`` gives (shift id, text) of the shifts of a day that can be chosen.
    """

    def __init__(self, shift_text: str, signed: Sequence[tuple[int, str]], day: date,
                 shifts_on: Callable[[str], Sequence[tuple[int, str]]],
                 save: Callable[[int, int, str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("换班"), self.tr("换班(&S)"), parent)
        self._save = save
        self._shifts_on = shifts_on
        about = QLabel(shift_text)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.person_combo = QComboBox()
        for signup_id, name in signed:
            self.person_combo.addItem(name, signup_id)
        self.add_row(self.tr("志愿者(&V):"), self.person_combo)
        self.day_edit = _date_edit(day)
        self.add_row(self.tr("换到哪天(&D):"), self.day_edit)
        self.shift_combo = QComboBox()
        self.add_row(self.tr("换到班次(&H):"), self.shift_combo)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("如：那天要上课，换到下午"))
        self.add_row(self.tr("原因(&R):"), self.reason_edit)
        self.finish_layout()
        self.day_edit.dateChanged.connect(lambda *_: self._fill_shifts())
        self._fill_shifts()

    def _fill_shifts(self) -> None:
        self.shift_combo.clear()
        choices = self._shifts_on(_iso(self.day_edit))
        for shift_id, text in choices:
            self.shift_combo.addItem(text, shift_id)
        if not choices:
            self.status_label.show_result(self.tr("这一天没有别的班次：请换一天"), problem=True)
        else:
            self.status_label.show_result("")

    def _store(self) -> object:
        return self._save(int(self.person_combo.currentData() or 0),
                          int(self.shift_combo.currentData() or 0), self.reason_edit.text())

    def save(self) -> bool:
        """Refuse (and say so) when no shift is chosen; otherwise swap."""
        if self.shift_combo.currentData() is None:
            self.status_label.show_result(self.tr("请选择要换到的班次"), problem=True)
            return False
        return super().save()


def button(text: str, name: str, action: Callable[[], object]) -> QPushButton:
    """A push button with an accessible name that runs ``action``."""
    made = QPushButton(text)
    made.setAccessibleName(name)
    made.clicked.connect(lambda: action())
    return made
