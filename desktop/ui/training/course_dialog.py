"""The course form (新建课程 / 修改课程): name, type, form (an order-based course names its
employer), the teacher (a person on the register or an organisation), place, dates, minutes a
session, places, the completion rule (minimum attendance in %, optionally an assessment), the
subsidy standard typed in 元 (stored in fen) and a note; a new course also gets its schedule:
weekly on chosen weekdays or on listed days, with days to skip (holidays).

The course and its sessions are one action: both are stored or neither. A refusal keeps the
dialog open with the reason; it closes when the save went through.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.training import rules
from desktop.models.training.courses import Course, CourseInput, course_input
from desktop.models.training.sessions import Schedule
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import succeeded
from desktop.ui.training.course_fields import PersonPicker, day_edit, han_width, iso
from desktop.ui.training.course_schedule import ScheduleFields

SaveCourse = Callable[[CourseInput, Schedule | None], object]


class CourseDialog(QDialog):
    """The form of one course: new (``course`` None, with its schedule) or to change."""

    def __init__(self, db: Database, save: SaveCourse, parent: QWidget | None = None, *,
                 course: Course | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._save = save
        self._course = course
        self.setWindowTitle(self.tr("新建课程") if course is None else self.tr("修改课程"))
        self.setModal(True)
        today = db.clock.today()
        data = course_input(course) if course is not None else CourseInput(
            name="", kind=rules.COURSE_KINDS[0], first_day=today.isoformat(),
            last_day=(today + timedelta(weeks=8)).isoformat(), minutes_per_session=120,
            capacity=20, min_attendance_pct=rules.default_min_attendance(db))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        about = QGroupBox(self.tr("课程"))
        form = QFormLayout(about)
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("如：西点烘焙初级班"))
        self._row(form, self.tr("课程名称(&N):"), self.name_edit)
        self.kind_combo = QComboBox()
        for kind in rules.COURSE_KINDS:
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self._row(form, self.tr("培训类型(&K):"), self.kind_combo)
        self.form_combo = QComboBox()
        for form_id in rules.FORMS:
            self.form_combo.addItem(model_message(rules.FORM_NAMES[form_id]), form_id)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(data.form)))
        self._row(form, self.tr("培训形式(&F):"), self.form_combo)
        self.employer_edit = QLineEdit(data.employer)
        self.employer_edit.setPlaceholderText(self.tr("订单、定岗、定向培训的用人单位"))
        self._row(form, self.tr("用人单位(&E):"), self.employer_edit)
        self.teacher_combo = QComboBox()
        self.teacher_combo.addItem(self.tr("机构授课"), "org")
        self.teacher_combo.addItem(self.tr("个人授课（人员登记中的人）"), "person")
        self._row(form, self.tr("授课方(&T):"), self.teacher_combo)
        self.teacher = PersonPicker(db, self.tr("授课人(&P):"), self.tr("查找授课人"), self,
                                    visible_rows=3)
        self.teacher.add_to(form)
        self.teacher_org_edit = QLineEdit(data.teacher_org)
        self.teacher_org_edit.setPlaceholderText(self.tr("如：西城区职业康复中心"))
        self._row(form, self.tr("授课机构(&O):"), self.teacher_org_edit)
        self.place_edit = QLineEdit(data.place)
        self._row(form, self.tr("地点(&L):"), self.place_edit)
        self.note_edit = QLineEdit(data.note)
        self._row(form, self.tr("备注(&M):"), self.note_edit)
        self._about_form = form
        left.addWidget(about)

        times = QGroupBox(self.tr("时间与名额"))
        form = QFormLayout(times)
        self.first_edit = day_edit(data.first_day, self.tr("开始日期"))
        self._row(form, self.tr("开始日期(&B):"), self.first_edit)
        self.last_edit = day_edit(data.last_day, self.tr("结束日期"))
        self._row(form, self.tr("结束日期(&D):"), self.last_edit)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 1440)
        self.minutes_spin.setSuffix(self.tr(" 分钟"))
        self.minutes_spin.setValue(data.minutes_per_session)
        self._row(form, self.tr("每次课时长(&H):"), self.minutes_spin)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, 999)
        self.capacity_spin.setSuffix(self.tr(" 人"))
        self.capacity_spin.setValue(data.capacity)
        self._row(form, self.tr("招收人数(&C):"), self.capacity_spin)
        right.addWidget(times)

        rule = QGroupBox(self.tr("结业与补贴"))
        form = QFormLayout(rule)
        self.rule_spin = QSpinBox()
        self.rule_spin.setRange(0, 100)
        self.rule_spin.setSuffix(" %")
        self.rule_spin.setValue(data.min_attendance_pct if data.min_attendance_pct is not None
                                else rules.default_min_attendance(db))
        self._row(form, self.tr("结业出勤率至少(&R):"), self.rule_spin)
        self.assessment_box = QCheckBox(self.tr("需要考核合格才能结业(&A)"))
        self.assessment_box.setAccessibleName(self.tr("需要考核合格才能结业"))
        self.assessment_box.setChecked(data.assessment_required)
        form.addRow("", self.assessment_box)
        self.subsidy_combo = QComboBox()
        for kind in rules.SUBSIDY_KINDS:
            self.subsidy_combo.addItem(model_message(rules.SUBSIDY_KIND_NAMES[kind]), kind)
        self.subsidy_combo.setCurrentIndex(max(0, self.subsidy_combo.findData(
            data.subsidy_kind)))
        self._row(form, self.tr("补贴方式(&S):"), self.subsidy_combo)
        self.subsidy_edit = QLineEdit(format_yuan(data.subsidy_fen).replace(",", "")
                                      if data.subsidy_fen else "")
        self.subsidy_edit.setPlaceholderText(self.tr("元，如 800 或 30.50"))
        self._subsidy_label = self._row(form, self.tr("补贴标准（元）(&Y):"), self.subsidy_edit)
        # Beside the dates when there is no schedule to make (a course changed), else under
        # the course's fields: either way the form fits a 768-pixel-high screen.
        (left if course is None else right).addWidget(rule)
        left.addStretch(1)

        self.schedule_box: ScheduleFields | None = None
        if course is None:
            self.schedule_box = ScheduleFields(later=True)
            # The minutes of a session follow the times typed (staff may lower them).
            self.schedule_box.times_changed.connect(self._follow_times)
            right.addWidget(self.schedule_box)
        right.addStretch(1)

        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("保存(&S)"), self.tr("保存课程"), self.tr("取消"), self.save)
        layout.addWidget(buttons)

        self.form_combo.currentIndexChanged.connect(self._enable)
        self.teacher_combo.currentIndexChanged.connect(self._enable)
        self.subsidy_combo.currentIndexChanged.connect(self._enable)
        if data.teacher_person_id is not None:
            self.teacher_combo.setCurrentIndex(1)
            self.teacher.choose(data.teacher_person_id)
        self._enable()

    def sizeHint(self) -> QSize:
        """Wide enough for two columns of fields in the font in use."""
        self.ensurePolished()
        return super().sizeHint().expandedTo(QSize(han_width(self, 56), 0))

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        if isinstance(field, QTimeEdit):
            name_editor(field, accessible_label(text))
        elif not field.accessibleName():
            field.setAccessibleName(accessible_label(text))
        form.addRow(label, field)
        return label

    def _follow_times(self) -> None:
        assert self.schedule_box is not None
        minutes = self.schedule_box.minutes()
        if minutes > 0:
            self.minutes_spin.setValue(minutes)

    def _enable(self) -> None:
        self.employer_edit.setEnabled(self.form_combo.currentData() == "order")
        person = self.teacher_combo.currentData() == "person"
        form = self._about_form
        form.setRowVisible(self.teacher.search_edit, person)
        form.setRowVisible(self.teacher.results, person)
        form.setRowVisible(self.teacher_org_edit, not person)
        self.subsidy_edit.setEnabled(self.subsidy_combo.currentData() != "none")

    # -- reading the form ---------------------------------------------------------------------
    def course_input(self) -> CourseInput:
        """The course as filled in; ValidationError when the subsidy is not an amount in 元."""
        subsidy_kind = str(self.subsidy_combo.currentData())
        fen = 0
        if subsidy_kind != "none":
            text = self.subsidy_edit.text().strip()
            label = Message(QT_TRANSLATE_NOOP("Messages", "补贴标准"))
            fen = (-parse_yuan(text[1:], field="subsidy_fen", label=label)
                   if text.startswith(("-", "－")) else
                   parse_yuan(text, field="subsidy_fen", label=label))
        person = self.teacher_combo.currentData() == "person"
        return CourseInput(
            name=self.name_edit.text(), kind=str(self.kind_combo.currentData()),
            first_day=iso(self.first_edit), last_day=iso(self.last_edit),
            minutes_per_session=self.minutes_spin.value(),
            capacity=self.capacity_spin.value(), form=str(self.form_combo.currentData()),
            employer=self.employer_edit.text() if self.form_combo.currentData() == "order"
            else "",
            teacher_person_id=self.teacher.person_id() if person else None,
            teacher_org="" if person else self.teacher_org_edit.text(),
            place=self.place_edit.text(), min_attendance_pct=self.rule_spin.value(),
            assessment_required=self.assessment_box.isChecked(), subsidy_kind=subsidy_kind,
            subsidy_fen=fen, note=self.note_edit.text())

    def schedule(self) -> Schedule | None:
        """The schedule of a new course as filled in; None when sessions are made later (or
        the course is being changed)."""
        if self.schedule_box is None:
            return None
        made = self.schedule_box.schedule()
        if made is not None:
            made.minutes = self.minutes_spin.value()
        return made

    def save(self) -> bool:
        """Store the course (and a new course's sessions); close when it was stored."""
        if self.teacher_combo.currentData() == "person" and self.teacher.required(
                lambda text: show_error(self.error_label, text)) is None:
            return False
        if not succeeded(self, lambda: self._save(self.course_input(), self.schedule()),
                         show=lambda text: show_error(self.error_label, text)):
            return False
        self.accept()
        return True
