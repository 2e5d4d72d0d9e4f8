"""The 就业 tab's dialogs: 登记就业 (a placement after a course: the course and its trainee,
employer, job, start day, employment form by its national code) and 离岗 (the day the job
ended and why). A refusal is shown in the dialog, which stays open; nothing is written then.

Also the fields the outcome tabs' other dialogs share (a day field, the line for a refusal,
the dialogs' width).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import courses, employment, enrolment, rules
from desktop.models.training.employment import Placement, PlacementInput
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import attempt, succeeded

# How many Han characters wide the dialogs are at least.
DIALOG_CHARS = 32


def qdate(day: str) -> QDate:
    """A ``YYYY-MM-DD`` day as a QDate."""
    return QDate.fromString(day, "yyyy-MM-dd")


def day_edit(day: date, name: str, *, latest: date | None = None) -> QDateEdit:
    """A day field (yyyy-MM-dd, with a calendar) on ``day``, named ``name`` for screen
    readers; days after ``latest`` cannot be chosen."""
    editor = QDateEdit(QDate(day.year, day.month, day.day))
    editor.setDisplayFormat("yyyy-MM-dd")
    editor.setCalendarPopup(True)
    editor.setAccessibleName(name)
    if latest is not None:
        editor.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    return editor


def problem_line(name: str) -> QLabel:
    """The dialog's line for a refusal (hidden until there is one), named for screen
    readers."""
    label = error_line()
    label.setAccessibleName(name)
    return label


def form_text(form_code: int) -> str:
    """``5 辅助性就业``: the national code and its name."""
    return f"{form_code} {model_message(rules.EMPLOYMENT_FORMS[form_code])}"


class PlacementDialog(QDialog):
    """登记就业: choose the course and the trainee, then the job. ``placement_id`` is the new
    placement's id once saved."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.placement_id: int | None = None
        self.setWindowTitle(self.tr("登记就业"))
        self.setAccessibleName(self.windowTitle())
        today = db.clock.today()
        form = QFormLayout()
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("学员参加的培训课程"))
        for course in courses.list_courses(db):
            if course.first_day <= today.isoformat():
                self.course_combo.addItem(self.tr("{name}（{first} 至 {last}）").format(
                    name=course.name, first=course.first_day, last=course.last_day), course.id)
        self.trainee_combo = QComboBox()
        self.trainee_combo.setAccessibleName(self.tr("学员"))
        self.employer_edit = QLineEdit()
        self.employer_edit.setMaxLength(60)
        self.employer_edit.setAccessibleName(self.tr("就业单位"))
        self.job_edit = QLineEdit()
        self.job_edit.setMaxLength(40)
        self.job_edit.setAccessibleName(self.tr("岗位"))
        self.start_edit = day_edit(today, self.tr("上岗日期"), latest=today)
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("就业形式（全国残疾人动态更新表代码）"))
        for code in rules.EMPLOYMENT_FORMS:
            self.form_combo.addItem(form_text(code), code)
        for text, widget in ((self.tr("培训课程(&U):"), self.course_combo),
                             (self.tr("学员(&T):"), self.trainee_combo),
                             (self.tr("就业单位(&E):"), self.employer_edit),
                             (self.tr("岗位(&J):"), self.job_edit),
                             (self.tr("上岗日期(&D):"), self.start_edit),
                             (self.tr("就业形式(&F):"), self.form_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error_label = problem_line(self.tr("登记就业的问题"))
        buttons, _ok = accept_cancel_buttons(self, self.tr("保存(&S)"), self.tr("保存就业记录"),
                                             self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wide enough for the longest choice at any text size.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * DIALOG_CHARS)
        self.course_combo.currentIndexChanged.connect(lambda _i: self._fill_trainees())
        self._fill_trainees()

    def _fill_trainees(self) -> None:
        self.trainee_combo.clear()
        course_id = self.course_combo.currentData()
        if course_id is None:
            return
        for found in enrolment.enrolments_of(self._db, int(course_id),
                                             statuses=("enrolled", "withdrawn")):
            if found.enrolled_on is not None:
                self.trainee_combo.addItem(found.name, found.id)

    def choose(self, course_id: int, enrolment_id: int) -> None:
        """Choose the course and the trainee (tests and callers that know them)."""
        self.course_combo.setCurrentIndex(self.course_combo.findData(course_id))
        self.trainee_combo.setCurrentIndex(self.trainee_combo.findData(enrolment_id))

    def save(self) -> None:
        """Record the placement; on refusal show why and stay open."""
        enrolment_id = self.trainee_combo.currentData()
        if enrolment_id is None:
            show_error(self.error_label, self.tr("请先选择培训课程和学员"))
            self.trainee_combo.setFocus()
            return
        data = PlacementInput(self.employer_edit.text(), self.job_edit.text(),
                              self.start_edit.date().toString("yyyy-MM-dd"),
                              int(self.form_combo.currentData()))
        found = attempt(self, lambda: employment.add_placement(
            self._db, int(enrolment_id), data, actor=self._actor),
            show=lambda text: show_error(self.error_label, text))
        if found is not None:
            self.placement_id = found
            self.accept()


class EndPlacementDialog(QDialog):
    """离岗: the day the job ended and why."""

    def __init__(self, db: Database, actor: Actor, placement: Placement,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._placement = placement
        self.setWindowTitle(self.tr("登记离岗：{name}").format(name=placement.name))
        self.setAccessibleName(self.windowTitle())
        today = db.clock.today()
        explanation = QLabel(self.tr("{name} 在 {employer} 的 {job} 工作（{start} 上岗）已经结束。"
                                     "离岗后仍按时回访。").format(
            name=placement.name, employer=placement.employer, job=placement.job,
            start=placement.started_on))
        explanation.setWordWrap(True)
        self.end_edit = day_edit(today, self.tr("离岗日期"), latest=today)
        self.end_edit.setMinimumDate(qdate(placement.started_on))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(rules.REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("如：合同到期、本人辞职、单位裁员"))
        self.reason_edit.setAccessibleName(self.tr("离岗原因"))
        form = QFormLayout()
        for text, widget in ((self.tr("离岗日期(&D):"), self.end_edit),
                             (self.tr("原因(&R):"), self.reason_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error_label = problem_line(self.tr("登记离岗的问题"))
        buttons, _ok = accept_cancel_buttons(self, self.tr("保存(&S)"), self.tr("保存离岗"),
                                             self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wide enough for the longest choice at any text size.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * DIALOG_CHARS)

    def save(self) -> None:
        """Record the end of the job; on refusal show why and stay open."""
        if succeeded(self, lambda: employment.end_placement(
                self._db, self._placement.id, self.end_edit.date().toString("yyyy-MM-dd"),
                self.reason_edit.text(), actor=self._actor),
                     show=lambda text: show_error(self.error_label, text)):
            self.accept()
