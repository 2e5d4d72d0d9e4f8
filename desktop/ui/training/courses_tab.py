"""课程: the courses running in a year (newest first; a header click sorts) with their type,
form, teacher, dates, places taken of the capacity (and the waiting list), sessions held of
those planned, the next session, the completion rule and the subsidy standard; below,
the chosen course's trainees (:mod:`.enrol_panel`) and sessions (:mod:`.sessions_panel`).

新建课程 / 修改课程 open the course form (:mod:`.course_dialog`); 取消课程 asks why and cancels
the course's sessions still to come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.models.training import courses, overview, sessions
from desktop.models.training.courses import Course, CourseInput
from desktop.models.training.overview import CourseSummary
from desktop.models.training.sessions import Schedule
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.training.course_dialog import CourseDialog
from desktop.ui.training.course_fields import form_text, subsidy_text
from desktop.ui.training.enrol_panel import EnrolPanel
from desktop.ui.training.sessions_panel import SessionsPanel

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.ui.shell.pages import PageContext

_COLUMN_CHARS = (7, 3, 5, 10, 11, 4, 4, 5, 5, 10, 4)
"""How many Han characters wide each column of the course list is (or its header, when
wider): together they fit 1200 pixels at the normal text size; longer text has a tooltip."""


def places_text(row: CourseSummary) -> str:
    """已报 of 名额, and the waiting list when there is one: 12/20, 20/20（候补 3）."""
    text = f"{row.enrolled}/{row.course.capacity}"
    if row.waiting:
        text += QCoreApplication.translate("CoursesTab", "（候补 {n}）").format(n=row.waiting)
    return text


def rule_text(course: Course) -> str:
    """The completion rule: 出勤 80%, and ＋考核 when an assessment must be passed."""
    text = QCoreApplication.translate("CoursesTab", "出勤 {pct}%").format(
        pct=course.min_attendance_pct)
    if course.assessment_required:
        text += QCoreApplication.translate("CoursesTab", "＋考核")
    return text


def state_text(course: Course, today: str) -> str:
    """Whether the course is cancelled (why), still to start, running or over."""
    if course.cancelled:
        return QCoreApplication.translate("CoursesTab", "已取消：{reason}").format(
            reason=course.cancel_reason or "")
    if today < course.first_day:
        return QCoreApplication.translate("CoursesTab", "未开始")
    if today > course.last_day:
        return QCoreApplication.translate("CoursesTab", "已结束")
    return QCoreApplication.translate("CoursesTab", "进行中")


def dates_text(course: Course) -> str:
    """The course's first and last day: 2024-05-06至2024-06-28."""
    return QCoreApplication.translate("CoursesTab", "{first}至{last}").format(
        first=course.first_day, last=course.last_day)


def course_columns(teacher: Callable[[int], str],
                   today: Callable[[], str]) -> list[Column[CourseSummary]]:
    """The course list's columns; ``teacher`` gives a course's teacher in words."""
    def header(text: str) -> Callable[[], str]:
        return lambda: QCoreApplication.translate("CoursesTab", text)

    return [
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "课程")), lambda r: r.course.name,
               tooltip=lambda r: "\n".join(t for t in (r.course.name, r.course.note) if t),
               sort_key=lambda r: r.course.name),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "类型")), lambda r: r.course.kind,
               sort_key=lambda r: r.course.kind),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "形式")), lambda r: form_text(r.course),
               tooltip=lambda r: form_text(r.course)),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "授课")),
               lambda r: teacher(r.course.id), tooltip=lambda r: teacher(r.course.id) or None),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "起止日期")),
               lambda r: dates_text(r.course), tooltip=lambda r: dates_text(r.course),
               sort_key=lambda r: r.course.first_day),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "已报/名额")), places_text, align=RIGHT,
               sort_key=lambda r: r.enrolled),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "已上/课次")),
               lambda r: f"{r.held}/{r.sessions}", align=RIGHT),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "下次课")),
               lambda r: r.next_day or "—", sort_key=lambda r: r.next_day or "9999"),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "结业要求")),
               lambda r: rule_text(r.course), tooltip=lambda r: rule_text(r.course)),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "补贴标准")),
               lambda r: subsidy_text(r.course.subsidy_kind, r.course.subsidy_fen),
               tooltip=lambda r: subsidy_text(r.course.subsidy_kind, r.course.subsidy_fen)),
        Column(header(QT_TRANSLATE_NOOP("CoursesTab", "状态")),
               lambda r: state_text(r.course, today()),
               tooltip=lambda r: state_text(r.course, today())),
    ]


class CoursesTab(RefreshingPage):
    """A year's courses, and the chosen course's trainees and sessions."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self._teachers: dict[int, str] = {}
        today = self._db.clock.today()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年份(&Y):"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year + 5)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("年份"))
        year_label.setBuddy(self.year_spin)
        self.cancelled_box = QCheckBox(self.tr("显示已取消的课程(&Z)"))
        self.cancelled_box.setAccessibleName(self.tr("显示已取消的课程"))
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.cancelled_box)
        top.addStretch(1)
        self.new_button = named_button(self.tr("新建课程(&N)…"), self.tr("新建一门培训课程并排课"),
                                       self.open_new)
        self.edit_button = named_button(self.tr("修改课程(&M)…"), self.tr("修改选中的课程"),
                                        self.open_edit)
        self.cancel_button = named_button(self.tr("取消课程(&D)…"),
                                          self.tr("取消选中的课程和它以后的课，写明原因"),
                                          self.open_cancel)
        for made in (self.new_button, self.edit_button, self.cancel_button):
            top.addWidget(made)
        layout.addLayout(top)

        self.model: ListTableModel[CourseSummary] = ListTableModel(
            course_columns(lambda course_id: self._teachers.get(course_id, ""),
                           today.isoformat), self, key=lambda r: r.course.id)
        self.table = record_table(self.model, self.tr("这一年的培训课程"), wrap=False)
        # The list opens in the models' order (newest first, no sort arrow): enabling sorting
        # would otherwise sort it at once by the header's indicator (the first column).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.table.activated.connect(lambda _index: self.open_edit())

        self.status_label = StatusLabel(self.tr("结果"))
        self.enrol_panel = EnrolPanel(self._db, self._actor, self.status_label, self.refresh)
        self.sessions_panel = SessionsPanel(self._db, self._actor, self.status_label,
                                            self.refresh)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.enrol_panel)
        below.addWidget(self.sessions_panel)
        below.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        self.year_spin.valueChanged.connect(lambda _year: self.refresh())
        self.cancelled_box.toggled.connect(lambda _on: self.refresh())
        self.refresh()
        self.size_columns()

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The year's courses again, keeping the chosen course when it is still listed."""
        if not hasattr(self, "table"):
            return
        chosen = self.selected()
        rows = overview.course_summaries(self._db, year=self.year_spin.value(),
                                         include_cancelled=self.cancelled_box.isChecked())
        self._teachers = {r.course.id: courses.teacher_text(self._db, r.course) for r in rows}
        self.model.set_rows(rows)
        keep = self.model.row_of(chosen.course.id) if chosen is not None else -1
        if keep < 0 and rows:
            keep = 0
        if keep >= 0:
            self.table.selectRow(keep)
        self._chosen()

    def size_columns(self) -> None:
        fit_columns(self.table, _COLUMN_CHARS)

    def selected(self) -> CourseSummary | None:
        """The course of the current row."""
        return self.model.row_data(self.table.currentIndex().row())

    def select_course(self, course_id: int) -> None:
        """Show the year the course starts in (if it is not running in the year shown) and
        make its row current."""
        course = courses.load_course(self._db, course_id)
        year = self.year_spin.value()
        if not course.first_day <= f"{year}-12-31" or not course.last_day >= f"{year}-01-01":
            self.year_spin.setValue(int(course.first_day[:4]))
        row = self.model.row_of(course_id)
        if row >= 0:
            self.table.selectRow(row)

    def _chosen(self) -> None:
        row = self.selected()
        course = row.course if row is not None else None
        self.edit_button.setEnabled(course is not None and not course.cancelled)
        self.cancel_button.setEnabled(course is not None and not course.cancelled)
        self.enrol_panel.show_course(course)
        self.sessions_panel.show_course(course)

    # -- courses ------------------------------------------------------------------------------
    def create_course(self, data: CourseInput, schedule: Schedule | None) -> int:
        """Store a new course and its schedule's sessions as one action (both or neither);
        raises the models' refusal for the dialog to show."""
        with self._db.transaction():
            course_id = courses.create_course(self._db, data, actor=self._actor)
            made = (sessions.add_sessions(self._db, course_id, schedule, actor=self._actor)
                    if schedule is not None else [])
        self.refresh()
        self.select_course(course_id)
        self.status_label.show_result(self.tr("已新建课程：{name}，排课 {count} 次").format(
            name=data.name.strip(), count=len(made)))
        return course_id

    def make_new_dialog(self) -> CourseDialog:
        """The form for a new course with its schedule."""
        return CourseDialog(self._db, self.create_course, self)

    def open_new(self) -> None:
        self.make_new_dialog().open()

    def make_edit_dialog(self) -> CourseDialog | None:
        """The form of the chosen course, to change it."""
        row = self.selected()
        if row is None or row.course.cancelled:
            return None
        course_id = row.course.id

        def update(data: CourseInput, _schedule: Schedule | None) -> None:
            courses.update_course(self._db, course_id, data, actor=self._actor)
            self.refresh()
            self.select_course(course_id)
            self.status_label.show_result(self.tr("已修改课程：{name}").format(
                name=data.name.strip()))

        return CourseDialog(self._db, update, self, course=row.course)

    def open_edit(self) -> None:
        dialog = self.make_edit_dialog()
        if dialog is not None:
            dialog.open()

    def cancel_course(self, reason: str) -> bool:
        """Cancel the chosen course with ``reason`` (and its sessions still to come)."""
        row = self.selected()
        if row is None:
            return False
        count: list[int] = []
        if not succeeded(self, lambda: count.append(courses.cancel_course(
                self._db, row.course.id, reason, actor=self._actor)), status=self.status_label):
            return False
        self.refresh()
        self.status_label.show_result(self.tr(
            "已取消课程：{name}；以后的 {count} 次课一并取消").format(
            name=row.course.name, count=count[0]))
        return True

    def make_cancel_dialog(self) -> ReasonDialog | None:
        """The dialog asking why the chosen course is cancelled."""
        row = self.selected()
        if row is None or row.course.cancelled:
            return None
        dialog = ReasonDialog(self.tr("取消课程"), self.tr(
            "取消“{name}”：今天以后的课一并取消，已上的课和点名记录保留。").format(
            name=row.course.name), self.tr("取消课程(&D)"), self,
            placeholder=self.tr("如：报名人数不足、老师无法授课"))
        dialog.accepted.connect(lambda: self.cancel_course(dialog.reason()))
        return dialog

    def open_cancel(self) -> None:
        dialog = self.make_cancel_dialog()
        if dialog is not None:
            dialog.open()


def make_tab(context: PageContext) -> CoursesTab:
    """The 课程 tab of the 职业培训 page."""
    return CoursesTab(context)
