"""课次: the sessions of the course chosen on the 课程 tab, by day (cancelled ones shown with
their reason, held ones with their roll call), and the buttons that add sessions (排课: weekly
or listed days; one listed day is a make-up class) and cancel one with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import overview, sessions
from desktop.models.training.courses import Course
from desktop.models.training.overview import SessionSummary
from desktop.models.training.sessions import Schedule
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.common.record_table import record_table
from desktop.ui.training.course_schedule import LISTED, WEEKLY, ScheduleDialog, weekday_name


def roll_call_text(row: SessionSummary, today: str) -> str:
    """What became of the session: cancelled (why), roll-called (how many came), to come, or
    held without a roll call."""
    session = row.session
    if session.cancelled:
        return QCoreApplication.translate("SessionsPanel", "已取消：{reason}").format(
            reason=session.cancel_reason or "")
    if session.roll_called_at is not None:
        return QCoreApplication.translate("SessionsPanel", "已点名：出勤 {attended}/{marked}"
                                          ).format(attended=row.attended, marked=row.marked)
    if session.day > today:
        return QCoreApplication.translate("SessionsPanel", "未上")
    return QCoreApplication.translate("SessionsPanel", "未点名")


class SessionsPanel(QWidget):
    """The chosen course's sessions; ``changed`` is called after each change."""

    def __init__(self, db: Database, actor: Actor, status: StatusLabel,
                 changed: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._status = status
        self._changed = changed
        self.course: Course | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        layout.addWidget(self.title_label)
        today = db.clock.today().isoformat
        self.model: ListTableModel[SessionSummary] = ListTableModel([
            Column(lambda: QCoreApplication.translate("SessionsPanel", "日期"),
                   lambda r: r.session.day),
            Column(lambda: QCoreApplication.translate("SessionsPanel", "星期"),
                   lambda r: weekday_name(date.fromisoformat(r.session.day).isoweekday())),
            Column(lambda: QCoreApplication.translate("SessionsPanel", "时间"),
                   lambda r: f"{r.session.starts_at}–{r.session.ends_at}"),
            Column(lambda: QCoreApplication.translate("SessionsPanel", "分钟"),
                   lambda r: r.session.minutes, align=RIGHT),
            Column(lambda: QCoreApplication.translate("SessionsPanel", "点名"),
                   lambda r: roll_call_text(r, today()),
                   tooltip=lambda r: roll_call_text(r, today())),
        ], self, key=lambda r: r.session.id)
        self.table = record_table(self.model, self.tr("课程的课次"), wrap=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.schedule_button = named_button(self.tr("排课(&J)…"),
                                            self.tr("给选中的课程按星期或日期排课、加课"),
                                            self.open_schedule)
        self.cancel_button = named_button(self.tr("取消课次(&X)…"),
                                          self.tr("取消选中的一次课，写明原因"),
                                          self.open_cancel)
        row.addWidget(self.schedule_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_course(None)

    def show_course(self, course: Course | None) -> None:
        """Show the sessions of ``course``; the next one to come is selected at first."""
        self.course = course
        chosen = self.selected()
        rows = overview.session_summaries(self._db, course.id) if course is not None else []
        self.model.set_rows(rows)
        if course is None:
            self.title_label.setText(self.tr("课次：请先在上面选中一门课程"))
        else:
            live = [r for r in rows if not r.session.cancelled]
            self.title_label.setText(self.tr("课次：共 {count} 次（取消 {cancelled} 次）").format(
                count=len(live), cancelled=len(rows) - len(live)))
        keep = self.model.row_of(chosen.session.id) if chosen is not None else -1
        if keep < 0 and rows:
            today = self._db.clock.today().isoformat()
            keep = next((n for n, r in enumerate(rows) if r.session.day >= today),
                        len(rows) - 1)
        if keep >= 0:
            self.table.selectRow(keep)
        self._enable()

    def selected(self) -> SessionSummary | None:
        """The session of the current row."""
        if not hasattr(self, "table"):
            return None
        return self.model.row_data(self.table.currentIndex().row())

    def _enable(self) -> None:
        live = self.course is not None and not self.course.cancelled
        row = self.selected()
        self.schedule_button.setEnabled(live)
        self.cancel_button.setEnabled(live and row is not None and not row.session.cancelled)

    def _done(self, text: str, session_id: int | None = None) -> None:
        self._changed()
        if session_id is not None:
            row = self.model.row_of(session_id)
            if row >= 0:
                self.table.selectRow(row)
        self._status.show_result(text)

    def add(self, schedule: Schedule) -> list[int]:
        """Add the schedule's sessions to the chosen course (one listed day: a make-up class,
        refused when that day already has one then); raises the models' refusal."""
        course = self.course
        assert course is not None
        if len(schedule.days) == 1 and not schedule.weekdays:
            made = [sessions.add_session(self._db, course.id, schedule.days[0],
                                         schedule.starts_at, schedule.ends_at,
                                         actor=self._actor)]
        else:
            made = sessions.add_sessions(self._db, course.id, schedule, actor=self._actor)
        self._done(self.tr("已排课：{course} 新增 {count} 次课").format(
            course=course.name, count=len(made)), made[0] if made else None)
        return made

    def make_schedule_dialog(self) -> ScheduleDialog | None:
        """排课 for the chosen course: weekly when it has no sessions yet, else listed days."""
        course = self.course
        if course is None:
            return None
        text = self.tr("课程：{course}（{first} 至 {last}，每次 {minutes} 分钟）").format(
            course=course.name, first=course.first_day, last=course.last_day,
            minutes=course.minutes_per_session)
        mode = LISTED if self.model.rowCount() else WEEKLY
        return ScheduleDialog(text, self.add, self, mode=mode)

    def open_schedule(self) -> None:
        dialog = self.make_schedule_dialog()
        if dialog is not None:
            dialog.open()

    def cancel(self, reason: str) -> bool:
        """Cancel the chosen session with ``reason``."""
        row = self.selected()
        if row is None:
            return False
        if not succeeded(self, lambda: sessions.cancel_session(
                self._db, row.session.id, reason, actor=self._actor), status=self._status):
            return False
        self._done(self.tr("已取消 {day} {starts} 的课").format(
            day=row.session.day, starts=row.session.starts_at), row.session.id)
        return True

    def make_cancel_dialog(self) -> ReasonDialog | None:
        """The dialog asking why the chosen session is cancelled."""
        row = self.selected()
        if row is None or row.session.cancelled:
            return None
        dialog = ReasonDialog(self.tr("取消课次"), self.tr(
            "取消 {day} {starts} 的课：取消的课不计入任何学员的出勤，记录保留。").format(
            day=row.session.day, starts=row.session.starts_at),
            self.tr("取消课次(&X)"), self, placeholder=self.tr("如：老师生病、场地维修、暴雨停课"))
        dialog.accepted.connect(lambda: self.cancel(dialog.reason()))
        return dialog

    def open_cancel(self) -> None:
        dialog = self.make_cancel_dialog()
        if dialog is not None:
            dialog.open()
