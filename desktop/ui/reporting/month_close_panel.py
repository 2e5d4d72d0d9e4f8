"""The 报送 part of the 月报 page: the month's state, submit (close) and reopen, the log."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import month_close
from desktop.models.reporting.month_close import MonthStatus, Submission
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table

SUBMISSION_COLUMNS: list[Column[Submission]] = [
    Column(lambda: QCoreApplication.translate("MonthClosePanel", "月份"), lambda s: s.month),
    Column(lambda: QCoreApplication.translate("MonthClosePanel", "版本"),
           lambda s: str(s.revision), align=RIGHT),
    Column(lambda: QCoreApplication.translate("MonthClosePanel", "报送时间"),
           lambda s: s.submitted_at.replace("T", " ")[:19]),
    Column(lambda: QCoreApplication.translate("MonthClosePanel", "报送人"),
           lambda s: s.submitted_by),
    Column(lambda: QCoreApplication.translate("MonthClosePanel", "文件"), lambda s: s.file_name),
    Column(lambda: QCoreApplication.translate("MonthClosePanel", "文件校验码（SHA-256）"),
           lambda s: s.file_sha256),
]
_COLUMN_CHARS = (5, 3, 10, 6, 24)


def _stamp(text: str | None) -> str:
    return (text or "").replace("T", " ")[:16]


class MonthClosePanel(QGroupBox):
    """Whether the month shown is submitted; submit it (staff), reopen it (administrators,
    with a reason); and every submission so far: month, revision, when, who, file, hash."""

    changed = Signal()  # the month was closed or reopened

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("报送"), parent)
        self._db = db
        self._actor = actor
        # A fixed day for tests; otherwise the real date, read each time: the app may stay
        # open across midnight into a new month.
        self._month = ""
        self.status: MonthStatus | None = None
        layout = QVBoxLayout(self)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("本月报送状态"))
        layout.addWidget(self.state_label)
        row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("报送并关账(&S)…"))
        self.close_button.setAccessibleName(self.tr("报送本月月报并关账"))
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_button = QPushButton(self.tr("重新开账(&R)…"))
        self.reopen_button.setAccessibleName(self.tr("重新打开已报送的月份"))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.result_label = StatusLabel(self.tr("报送结果"))
        # Why 报送并关账 is greyed out, in words beside it (not only in a tooltip).
        self.close_hint_label = QLabel()
        self.close_hint_label.setProperty("role", "warning")
        self.close_hint_label.setWordWrap(True)
        self.close_hint_label.setAccessibleName(self.tr("不能报送的原因"))
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        row.addWidget(self.close_hint_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        log_label = QLabel(self.tr("报送记录（所有月份，最新在前）:"))
        layout.addWidget(log_label)
        self.log_model: ListTableModel[Submission] = ListTableModel(SUBMISSION_COLUMNS, self)
        self.log_table = record_table(self.log_model, self.tr("报送记录"))
        log_label.setBuddy(self.log_table)
        # Room for a few submissions even when the page is short: it scrolls instead.
        self.log_table.setMinimumHeight(self.log_table.fontMetrics().height() * 7)
        layout.addWidget(self.log_table, 1)


    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    # -- showing ---------------------------------------------------------------------------------
    def set_month(self, month: str) -> None:
        """Show the state of a YYYY-MM month."""
        self._month = month
        self.refresh()

    def refresh(self) -> None:
        """Read the month's state and the submission log again."""
        try:
            self.status = month_close.month_status(self._db, self._month)
        except ValidationError:  # no month chosen yet: no state to show
            self.status = None
        self.log_model.set_rows(month_close.submissions(self._db))
        self._show_state()

    def next_revision(self) -> int:
        """The revision the month's next export carries."""
        return self.status.revision if self.status else 1

    def _show_state(self) -> None:
        status = self.status
        if status is None:
            self.state_label.setText("")
        elif status.closed:
            self.state_label.setText(self.tr(
                "已报送关账：第 {revision} 版，{at} 由 {who} 报送。本月记录只读；"
                "如需修改，请管理员重新开账。").format(
                revision=status.revision, at=_stamp(status.closed_at), who=status.closed_by))
        elif status.reopened_at:
            self.state_label.setText(self.tr(
                "已重新开账（{at} 由 {who}，原因：{reason}）。改好后导出第 {revision} 版，"
                "再报送。").format(at=_stamp(status.reopened_at), who=status.reopened_by,
                                  reason=status.reopened_reason, revision=status.revision))
        elif status.last_export is not None:
            self.state_label.setText(self.tr(
                "未报送。第 {revision} 版已于 {at} 导出；报送后本月记录只读。").format(
                revision=status.revision, at=_stamp(status.last_export.exported_at)))
        else:
            self.state_label.setText(self.tr("未报送。先导出月报，再报送并关账。"))
        closed = bool(status and status.closed)
        blocker = self.close_blocker()
        self.close_button.setEnabled(status is not None and not closed and not blocker
                                     and self._actor.can(Permission.CLOSE_MONTH))
        self.close_hint_label.setText(blocker)
        self.close_button.setToolTip(blocker)
        self.close_button.setAccessibleDescription(blocker)
        self.reopen_button.setEnabled(closed and self._actor.can(Permission.REOPEN_MONTH))
        self.reopen_button.setToolTip(
            "" if self._actor.can(Permission.REOPEN_MONTH) else self.tr("只有管理员可以重新开账"))

    def close_blocker(self) -> str:
        """Why the month shown cannot be submitted yet ('' when it can, or is closed): the
        model would refuse anyway, so the button is greyed out with this reason beside it."""
        status = self.status
        if status is None or status.closed:
            return ""
        if self._month >= self._today.strftime("%Y-%m"):
            return self.tr("{month} 还没有结束，月底之后才能报送").format(month=self._month)
        exported = status.last_export
        if exported is None or exported.revision != status.revision:
            # After a reopen the next revision must be exported first: the old file is not it.
            return self.tr("第 {revision} 版还没有导出：先导出月报，再报送").format(
                revision=status.revision)
        return ""

    # -- closing ---------------------------------------------------------------------------------
    def make_close_confirmation(self) -> QMessageBox:
        """The question before submitting (tests answer it directly)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("报送并关账"), self.tr(
            "报送 {month} 第 {revision} 版月报并关账？\n关账后本月的签到和活动记录只读，"
            "只有管理员可以重新开账。").format(month=self._month,
                                           revision=self.next_revision()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("报送并关账"))
        yes.setAccessibleName(self.tr("报送并关账"))
        no = box.button(QMessageBox.StandardButton.No)
        no.setText(self.tr("取消"))
        no.setAccessibleName(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self.close_month)
        return box

    def ask_close(self) -> None:
        """Ask, then submit and close the month."""
        box = self.make_close_confirmation()
        box.finished.connect(box.deleteLater)
        box.open()

    def close_month(self) -> Submission | None:
        """Submit the month's last export and close the month; None when refused (the
        reason is shown)."""
        submission = attempt(self, lambda: month_close.close_month(
            self._db, self._month, actor=self._actor, today=self._today),
            status=self.result_label)
        if submission is None:
            return None
        self.result_label.show_result(self.tr("已报送第 {revision} 版并关账").format(
            revision=submission.revision))
        self.refresh()
        self.changed.emit()
        return submission

    # -- reopening -------------------------------------------------------------------------------
    def make_reopen_dialog(self) -> ReasonDialog:
        """The reason dialog before reopening (tests fill it in directly)."""
        dialog = ReasonDialog(
            self.tr("重新开账"),
            self.tr("重新打开 {month} 后可以修改本月记录；再导出时为第 {revision} 版，"
                    "并附“变更”表列出报送后的所有修改。").format(
                month=self._month, revision=self.next_revision() + 1),
            self.tr("重新开账(&O)"), self, placeholder=self.tr("如：区残联要求更正签到人次"),
            max_length=month_close.REASON_MAX)
        dialog.accepted.connect(lambda: self.reopen_month(dialog.reason()))
        return dialog

    def ask_reopen(self) -> None:
        """Ask why, then reopen the month."""
        dialog = self.make_reopen_dialog()
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def reopen_month(self, reason: str) -> bool:
        """Reopen the month with ``reason``; False when refused (the reason is shown)."""
        if not succeeded(self, lambda: month_close.reopen_month(
                self._db, self._month, reason=reason, actor=self._actor),
                status=self.result_label):
            return False
        self.result_label.show_result(self.tr("已重新开账，下次导出为第 {revision} 版").format(
            revision=self.next_revision() + 1))
        self.refresh()
        self.changed.emit()
        return True

    def size_columns(self) -> None:
        """Fit the log to the font (large text)."""
        fit_columns(self.log_table, _COLUMN_CHARS)

    def log_rows(self) -> list[list[Any]]:
        """The submission log as shown (for tests and screen readers)."""
        return [[self.log_model.index(r, c).data() for c in range(self.log_model.columnCount())]
                for r in range(self.log_model.rowCount())]
