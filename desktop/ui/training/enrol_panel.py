"""学员: the trainees of the course chosen on the 课程 tab (enrolled by name, then the waiting
list in its order, then those who withdrew with their day and reason), and the buttons that
enrol a person (报名), give a waiting person a place (递补) and withdraw a trainee (退出, with
a reason).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import enrolment
from desktop.models.training.courses import Course
from desktop.models.training.enrolment import Enrolment
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.common.record_table import record_table
from desktop.ui.training.enrol_dialog import EnrolDialog


def status_text(row: Enrolment, place: int) -> str:
    """The enrolment's status in words; ``place`` is its place on the waiting list."""
    if row.status == "enrolled":
        if row.completed_on:
            return QCoreApplication.translate("EnrolPanel", "已结业")
        return QCoreApplication.translate("EnrolPanel", "已报名")
    if row.status == "waiting":
        return QCoreApplication.translate("EnrolPanel", "候补第 {n} 位").format(n=place)
    return QCoreApplication.translate("EnrolPanel", "已退出")


def _note(row: Enrolment) -> str:
    if row.status == "withdrawn":
        return QCoreApplication.translate("EnrolPanel", "{day} 退出：{reason}").format(
            day=row.withdrawn_on, reason=row.withdraw_reason or "")
    if row.status == "waiting":
        return QCoreApplication.translate("EnrolPanel", "{day} 登记").format(day=row.applied_on)
    return row.enrolled_on or ""


class EnrolPanel(QWidget):
    """The chosen course's trainees and what can be done with them; ``changed`` is called
    after each change (the course list shows the counts)."""

    def __init__(self, db: Database, actor: Actor, status: StatusLabel,
                 changed: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._status = status
        self._changed = changed
        self.course: Course | None = None
        self._places: dict[int, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        layout.addWidget(self.title_label)
        self.model: ListTableModel[Enrolment] = ListTableModel([
            Column(lambda: QCoreApplication.translate("EnrolPanel", "姓名"), lambda r: r.name),
            Column(lambda: QCoreApplication.translate("EnrolPanel", "状态"),
                   lambda r: status_text(r, self._places.get(r.id, 0))),
            Column(lambda: QCoreApplication.translate("EnrolPanel", "入班日期/说明"), _note,
                   tooltip=_note),
        ], self, key=lambda r: r.id)
        self.table = record_table(self.model, self.tr("课程的学员和候补名单"), wrap=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.enrol_button = named_button(self.tr("报名(&E)…"), self.tr("给选中的课程报名一位学员"),
                                         self.open_enrol)
        self.promote_button = named_button(self.tr("递补(&P)"),
                                           self.tr("让选中的候补学员补上空出的名额"),
                                           self.promote)
        self.withdraw_button = named_button(self.tr("退出(&Q)…"),
                                            self.tr("选中的学员退出课程，写明原因"),
                                            self.open_withdraw)
        for made in (self.enrol_button, self.promote_button, self.withdraw_button):
            row.addWidget(made)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_course(None)

    def show_course(self, course: Course | None) -> None:
        """Show the trainees of ``course`` (none when no course is chosen)."""
        self.course = course
        chosen = self.selected()
        rows = enrolment.enrolments_of(self._db, course.id) if course is not None else []
        waiting = [r.id for r in rows if r.status == "waiting"]
        self._places = {i: n for n, i in enumerate(waiting, start=1)}
        self.model.set_rows(rows)
        enrolled = sum(r.status == "enrolled" for r in rows)
        if course is None:
            self.title_label.setText(self.tr("学员：请先在上面选中一门课程"))
        else:
            self.title_label.setText(self.tr(
                "学员：{course}　已报 {enrolled}/{capacity}，候补 {waiting}").format(
                course=course.name, enrolled=enrolled, capacity=course.capacity,
                waiting=len(waiting)))
        keep = self.model.row_of(chosen.id) if chosen is not None else -1
        if keep < 0 and rows:
            keep = 0
        if keep >= 0:
            self.table.selectRow(keep)
        self._enable()

    def selected(self) -> Enrolment | None:
        """The enrolment of the current row."""
        if not hasattr(self, "table"):
            return None
        return self.model.row_data(self.table.currentIndex().row())

    def _enable(self) -> None:
        course = self.course
        live = course is not None and not course.cancelled and \
            course.last_day >= self._db.clock.today().isoformat()
        row = self.selected()
        self.enrol_button.setEnabled(live)
        self.promote_button.setEnabled(live and row is not None and row.status == "waiting")
        self.withdraw_button.setEnabled(row is not None and row.status != "withdrawn"
                                        and not row.completed)

    def _done(self, text: str, enrolment_id: int | None = None) -> None:
        self._changed()
        if enrolment_id is not None:
            row = self.model.row_of(enrolment_id)
            if row >= 0:
                self.table.selectRow(row)
        self._status.show_result(text)

    def make_enrol_dialog(self) -> EnrolDialog | None:
        """The dialog that enrols a person on the chosen course."""
        course = self.course
        if course is None:
            return None

        def enrol(person_id: int, waiting: bool) -> int:
            made = enrolment.enrol(self._db, course.id, person_id, actor=self._actor,
                                   waiting=waiting)
            name = self._db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
            self._done(self.tr("已登记到候补名单：{name}").format(name=name) if waiting
                       else self.tr("已报名：{name}").format(name=name), made)
            return made

        text = self.tr("课程：{course}（已报 {taken}/{capacity}）").format(
            course=course.name, taken=enrolment.places_taken(self._db, course.id),
            capacity=course.capacity)
        return EnrolDialog(self._db, text, enrol, self)

    def open_enrol(self) -> None:
        dialog = self.make_enrol_dialog()
        if dialog is not None:
            dialog.open()

    def promote(self) -> bool:
        """Give the chosen waiting person a place."""
        row = self.selected()
        if row is None:
            return False
        if not succeeded(self, lambda: enrolment.promote(self._db, row.id, actor=self._actor),
                         status=self._status):
            return False
        self._done(self.tr("已递补：{name}").format(name=row.name), row.id)
        return True

    def withdraw(self, reason: str) -> bool:
        """Withdraw the chosen trainee today with ``reason``."""
        row = self.selected()
        if row is None:
            return False
        if not succeeded(self, lambda: enrolment.withdraw(self._db, row.id, reason,
                                                          actor=self._actor),
                         status=self._status):
            return False
        self._done(self.tr("已退出：{name}（{reason}）").format(name=row.name,
                                                           reason=reason.strip()), row.id)
        return True

    def make_withdraw_dialog(self) -> ReasonDialog | None:
        """The dialog asking why the chosen trainee withdraws."""
        row = self.selected()
        if row is None:
            return None
        dialog = ReasonDialog(self.tr("退出课程"), self.tr(
            "{name} 从今天起退出“{course}”：以后的课不再计入 TA 的出勤，记录保留。").format(
            name=row.name, course=self.course.name if self.course else ""),
            self.tr("退出(&Q)"), self, placeholder=self.tr("如：找到工作、身体原因、搬家"))
        dialog.accepted.connect(lambda: self.withdraw(dialog.reason()))
        return dialog

    def open_withdraw(self) -> None:
        dialog = self.make_withdraw_dialog()
        if dialog is not None:
            dialog.open()
