"""The 结业 tab: the trainees of a year's courses with their attendance against the course's
rule, the assessment, completion (结业) and the completion certificate (结业证书).

Each row shows the sessions counted (held since the trainee joined, less excused ones), the
sessions attended, the attendance % (rounded down) and the course's rule, whether it is met
(in words, not only by colour), the assessment, the day of completion and the certificate's
number. 办理结业 is refused by the models below the rule — the refusal, with the % and the
rule, shows on the tab's result line and nothing is written; likewise while sessions remain,
a roll call is missing or a required assessment is not passed. 结业证书 issues the
certificate (numbered, in the register) or reprints it (补打) and opens the print preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import completion, outcome_lists
from desktop.models.training.certificates import CertificateData
from desktop.models.training.completion import CompletionRow
from desktop.models.training.enrolment import load_enrolment
from desktop.models.training.outcome_lists import EnrolmentState
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.training.certificate_preview import CertificatePreview, issue_or_reprint
from desktop.ui.training.completion_assessment import AssessmentDialog

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters per column: course, name, counted, attended, excused, unmarked, %, the rule and
# whether it is met, assessment, completed, certificate. At the normal text size they fit
# 1200 pixels with a reprinted certificate's number whole (the course's name has a tooltip).
_CHARS = (7, 4, 2, 2, 2, 2, 4, 6, 4, 6, 16)
_SHORT = QColor("#b00020")


class CompletionLine:
    """A row of the tab: the models' completion row with the enrolment's status and
    certificate."""

    def __init__(self, row: CompletionRow, state: EnrolmentState | None) -> None:
        self.row = row
        self.state = state

    @property
    def enrolment_id(self) -> int:
        """The enrolment's id (the table's key)."""
        return self.row.enrolment_id

    @property
    def withdrawn(self) -> bool:
        """Whether the trainee withdrew."""
        return self.state is not None and self.state.status == "withdrawn"


def _met(line: CompletionLine) -> str:
    translate = QCoreApplication.translate
    attendance = line.row.attendance
    if attendance.counted <= 0:
        return translate("CompletionTab", "—")
    if attendance.meets_rule:
        return translate("CompletionTab", "达到")
    return translate("CompletionTab", "未达到")


def _assessment(line: CompletionLine) -> str:
    translate = QCoreApplication.translate
    found = {"passed": translate("CompletionTab", "合格"),
             "failed": translate("CompletionTab", "不合格")}.get(
        line.row.assessment or "")
    if found:
        return found
    return translate("CompletionTab", "待考核") if line.row.assessment_required else translate(
        "CompletionTab", "无需考核")


def _completed(line: CompletionLine) -> str:
    if line.row.completed_on:
        return line.row.completed_on
    if line.withdrawn:
        return QCoreApplication.translate("CompletionTab", "已退出")
    return QCoreApplication.translate("CompletionTab", "未结业")


def _certificate(line: CompletionLine) -> str:
    if line.state is None or not line.state.number:
        return ""
    if line.state.reprints:
        return QCoreApplication.translate("CompletionTab", "{number}（补打 {n} 次）").format(
            number=line.state.number, n=line.state.reprints)
    return line.state.number


def completion_columns() -> list[Column[CompletionLine]]:
    """The tab's columns."""
    translate = QCoreApplication.translate
    return every_column([
        Column(lambda: translate("CompletionTab", "课程"), lambda r: r.row.course_name,
               tooltip=lambda r: r.row.course_name),
        Column(lambda: translate("CompletionTab", "姓名"), lambda r: r.row.name),
        Column(lambda: translate("CompletionTab", "应出勤"), lambda r: r.row.attendance.counted,
               align=RIGHT, tooltip=lambda _r: translate(
                   "CompletionTab", "入班以来已上的课，不含取消的课和请假的课")),
        Column(lambda: translate("CompletionTab", "出勤"), lambda r: r.row.attendance.attended,
               align=RIGHT,
               tooltip=lambda _r: translate("CompletionTab", "出勤、迟到、早退都算出勤")),
        Column(lambda: translate("CompletionTab", "请假"), lambda r: r.row.attendance.excused,
               align=RIGHT),
        Column(lambda: translate("CompletionTab", "未点名"), lambda r: r.row.attendance.unmarked,
               align=RIGHT),
        Column(lambda: translate("CompletionTab", "出勤率"), lambda r: r.row.attendance.percent,
               align=RIGHT,
               foreground=lambda r: QBrush(_SHORT) if r.row.attendance.counted > 0
               and not r.row.attendance.meets_rule else None),
        Column(lambda: translate("CompletionTab", "结业要求"),
               lambda r: translate("CompletionTab", "≥{pct}%：{met}").format(
                   pct=r.row.attendance.min_pct, met=_met(r))),
        Column(lambda: translate("CompletionTab", "考核"), _assessment),
        Column(lambda: translate("CompletionTab", "结业"), _completed),
        Column(lambda: translate("CompletionTab", "证书编号"), _certificate),
    ])


class CompletionTab(RefreshingPage):
    """The year's trainees, their completion and certificates."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model: ListTableModel[CompletionLine] = ListTableModel(
            completion_columns(), self, key=lambda r: r.enrolment_id)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年份(&Y):"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("课程所在年份"))
        year_label.setBuddy(self.year_combo)
        course_label = QLabel(self.tr("课程(&U):"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("只看一门课程"))
        self.course_combo.setMinimumContentsLength(16)
        course_label.setBuddy(self.course_combo)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("学员和结业人数"))
        for widget in (year_label, self.year_combo, course_label, self.course_combo):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.table = record_table(self.model, self.tr("学员出勤与结业"), wrap=False)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.assess_button = QPushButton(self.tr("记录考核(&A)…"))
        self.complete_button = QPushButton(self.tr("办理结业(&C)"))
        self.certificate_button = QPushButton(self.tr("结业证书(&P)"))
        for button, name, action in (
                (self.assess_button, self.tr("记录所选学员的考核结果"), self.open_assessment),
                (self.complete_button, self.tr("为所选学员办理结业（按出勤率和考核）"),
                 self.complete_selected),
                (self.certificate_button,
                 self.tr("打印所选学员的结业证书（首次编号，已发过的补打）"),
                 self.certificate_selected)):
            button.setAccessibleName(name)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = StatusLabel(self.tr("结业操作结果"))
        layout.addWidget(self.status_label)
        self.preview = CertificatePreview(self, self.status_label)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.course_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+P"), self, self.certificate_selected)
        self._lines: list[CompletionLine] = []
        self.reload()
        self.size_columns()

    # -- reading -------------------------------------------------------------------------------
    def year(self) -> int:
        """The year chosen (the current one by default)."""
        return int(self.year_combo.currentData() or self._db.clock.today().year)

    def reload(self) -> None:
        """The years (this one and every year with courses) and the year's list."""
        current = self.year_combo.currentData()
        this_year = self._db.clock.today().year
        years = sorted({this_year, *outcome_lists.course_years(self._db)}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current or this_year), 0))
        self.year_combo.blockSignals(False)
        self.reload_list()

    def reload_list(self, select: int | None = None) -> None:
        """The chosen year's trainees (the course choice kept when it is still there)."""
        keep = select if select is not None else self.selected_id()
        year = self.year()
        states = outcome_lists.enrolment_states(self._db, year)
        self._lines = [CompletionLine(r, states.get(r.enrolment_id))
                       for r in completion.year_completion(self._db, year)]
        course = self.course_combo.currentData()
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        self.course_combo.addItem(self.tr("全部课程"), None)
        for course_id, name in dict.fromkeys(
                (line.row.course_id, line.row.course_name) for line in self._lines):
            self.course_combo.addItem(name, course_id)
        self.course_combo.setCurrentIndex(max(self.course_combo.findData(course), 0))
        self.course_combo.blockSignals(False)
        self._show_rows(keep)

    def _show_rows(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.selected_id()
        course = self.course_combo.currentData()
        lines = [line for line in self._lines if course is None or line.row.course_id == course]
        self.model.set_rows(lines)
        done = sum(1 for line in lines if line.row.completed_on)
        self.count_label.setText(self.tr("学员 {n} 人次，已结业 {done} 人").format(
            n=len(lines), done=done))
        index = self.model.row_of(keep) if keep is not None else -1
        if index < 0 and lines:
            index = 0
        if index >= 0:
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> CompletionLine | None:
        """The row selected, if any."""
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        """The selected enrolment's id, if any."""
        found = self.selected()
        return found.enrolment_id if found else None

    def choose(self, enrolment_id: int) -> None:
        """Select the enrolment's row (showing every course)."""
        self.course_combo.setCurrentIndex(0)
        index = self.model.row_of(enrolment_id)
        if index >= 0:
            self.table.selectRow(index)

    def _update_buttons(self) -> None:
        line = self.selected()
        open_line = line is not None and not line.row.completed_on and not line.withdrawn
        self.assess_button.setEnabled(open_line)
        self.complete_button.setEnabled(open_line)
        self.certificate_button.setEnabled(line is not None and bool(line.row.completed_on))

    # -- actions -------------------------------------------------------------------------------
    def make_assessment_dialog(self) -> AssessmentDialog | None:
        """The assessment dialog for the selected trainee, wired to reload (tests drive it)."""
        line = self.selected()
        if line is None:
            return None
        score = load_enrolment(self._db, line.enrolment_id).assessment_score
        dialog = AssessmentDialog(self._db, self._actor, line.enrolment_id, line.row.name,
                                  line.row.assessment, score, self)
        dialog.accepted.connect(lambda: self._assessed(line))
        return dialog

    def open_assessment(self) -> None:
        """Open the assessment dialog for the selected trainee."""
        dialog = self.make_assessment_dialog()
        if dialog is not None:
            dialog.open()

    def _assessed(self, line: CompletionLine) -> None:
        self.reload_list(select=line.enrolment_id)
        self.status_label.show_result(self.tr("已记录 {name} 的考核结果").format(
            name=line.row.name))

    def complete_selected(self) -> bool:
        """Record the selected trainee's completion today; a refusal (below the rule, with
        the % and the rule; sessions to come; roll calls missing; the assessment) shows on
        the result line and nothing is written."""
        line = self.selected()
        if line is None:
            return False
        figures = attempt(self, lambda: completion.complete(
            self._db, line.enrolment_id, actor=self._actor), status=self.status_label)
        if figures is None:
            return False
        self.reload_list(select=line.enrolment_id)
        self.status_label.show_result(self.tr(
            "{name} 已结业：出勤 {attended}/{counted} 次（{percent}），课程要求 {rule}%").format(
                name=line.row.name, attended=figures.attended, counted=figures.counted,
                percent=figures.percent, rule=figures.min_pct))
        return True

    def certificate_selected(self) -> CertificateData | None:
        """Issue (or reprint, 补打) the selected trainee's certificate and preview it."""
        line = self.selected()
        if line is None or not line.row.completed_on:
            return None
        data = attempt(self, lambda: issue_or_reprint(self._db, line.enrolment_id,
                                                      actor=self._actor),
                       status=self.status_label)
        if data is None:
            return None
        self.reload_list(select=line.enrolment_id)
        if data.reprint:
            self.status_label.show_result(self.tr(
                "补打 {name} 的结业证书 {number}（第 {n} 次补打）").format(
                    name=data.name, number=data.number, n=data.reprints))
        else:
            self.status_label.show_result(self.tr("已发 {name} 的结业证书 {number}").format(
                name=data.name, number=data.number))
        self.preview.open([data])
        return data

    def _activated(self, _index: QModelIndex) -> None:
        line = self.selected()
        if line is not None and line.row.completed_on:
            self.certificate_selected()
        else:
            self.open_assessment()

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again whenever the tab shows (roll calls are taken on another tab)."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _CHARS)


def make_tab(context: PageContext) -> CompletionTab:
    """The 结业 tab of the 职业培训 page."""
    return CompletionTab(context.db, context.actor)
