"""The attendance page's month view: a member x day matrix with totals, and its export."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.attendance.attendance_export import MonthExport, export_month
from desktop.models.admin.permissions import Actor
from desktop.models.attendance.attendance_month import MonthMatrix, month_matrix
from desktop.models.db import Database
from desktop.models.people.people_query import fetch_rows
from desktop.ui.attendance.attendance_month_model import MonthMatrixModel
from desktop.ui.attendance.paper_sheet import programme_combo
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.labels import programme_label
from desktop.ui.common.model_action import run_export
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    month_picker,
    pick_month,
    picked_month,
    xlsx_path,
)


class MonthPanel(RefreshingPage):
    """Members down, days across, ✓ where a member signed in; totals per member and day."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model = MonthMatrixModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row(db.clock.today()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("月度出勤表"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        # Names are the row headers: they stay in view while scrolling across the month.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        self.model.modelReset.connect(self._after_reset)
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _filter_row(self, today: date) -> QHBoxLayout:
        row = QHBoxLayout()
        month_label = QLabel(self.tr("月份(&M):"))
        self.month_edit = month_picker(month_label, today)
        programme_text = self.tr("服务项目(&G):")
        programme_label_widget = QLabel(programme_text)
        self.programme_combo = programme_combo(self.refresh, accessible_label(programme_text))
        programme_label_widget.setBuddy(self.programme_combo)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("本月合计"))
        self.summary_label.setWordWrap(True)
        for widget in (month_label, self.month_edit, programme_label_widget,
                       self.programme_combo):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.summary_label, 1)
        self.month_edit.dateChanged.connect(lambda _day: self.refresh())
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出到 Excel(&X)…"))
        self.export_button.setAccessibleName(self.tr("把这张月度出勤表导出到 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        self.status_label = StatusLabel(self.tr("导出结果"))
        row.addWidget(self.export_button)
        row.addWidget(self.status_label, 1)
        return row

    # -- the month ---------------------------------------------------------------------------
    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def set_month(self, month: str) -> None:
        """Show another month (YYYY-MM)."""
        pick_month(self.month_edit, month)

    def programme(self) -> str | None:
        """The programme filter (None for all)."""
        value = self.programme_combo.currentData()
        return str(value) if value else None

    def set_programme(self, programme: str | None) -> None:
        """Filter by a programme (None for all)."""
        self.programme_combo.setCurrentIndex(max(self.programme_combo.findData(programme), 0))

    def refresh(self) -> None:
        """Re-read the matrix for the month and programme chosen."""
        if not hasattr(self, "month_edit"):
            return
        matrix = month_matrix(self._db, self.month(), self.programme())
        self.model.set_matrix(matrix, self._same_name_labels(matrix))

    def _same_name_labels(self, matrix: MonthMatrix) -> dict[int, str]:
        """姓名（卡号） for members who share their name with another row, else nothing."""
        counts = Counter(name for _, name in matrix.members)
        shared = [pid for pid, name in matrix.members if counts[name] > 1]
        rows = fetch_rows(self._db, shared) if shared else {}
        return {pid: f"{row.name}（{row.card_number}）" for pid, row in rows.items()
                if row.card_number}

    def _after_reset(self) -> None:
        matrix = self.model.matrix
        if matrix is None:
            return
        days_open = sum(1 for column in range(self.model.day_count())
                        if self.model.day_total(column))
        self.summary_label.setText(
            self.tr("{members} 人；签到 {total} 人次；有签到的日子 {days} 天").format(
                members=len(matrix.members), total=matrix.total, days=days_open))
        self.export_button.setEnabled(bool(matrix.members))
        self.size_columns()

    # -- export ------------------------------------------------------------------------------
    def choose_export_path(self) -> None:
        """Ask where to save, then export the month shown."""
        programme = self.programme()
        suffix = f"-{programme_label(programme)}" if programme else ""
        suggested = Path.home() / self.tr("考勤-{month}{programme}.xlsx").format(
            month=self.month(), programme=suffix)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出月度出勤表"), str(suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> MonthExport | None:
        """Export the month and programme shown to ``path`` (.xlsx added if missing).

        Returns what was written, or None when the export failed (the reason is shown).
        """
        target = xlsx_path(path)
        month, programme, actor = self.month(), self.programme(), self._actor
        result = run_export(self, self.status_label, self.tr("正在导出月度出勤表…"), self._db,
                            lambda db: export_month(db, month, programme, target, actor=actor))
        if result is not None:
            self.status_label.show_result(self.tr("已导出 {n} 人到 {path}").format(
                n=result.members, path=target))
        return result

    # -- look ----------------------------------------------------------------------------------
    def size_columns(self) -> None:
        """Fit the day columns and the header to the font (large text)."""
        if not hasattr(self, "table"):
            return
        metrics = self.table.fontMetrics()
        # The theme pads header sections 24 px a side and fixes them at one line: the day
        # columns are narrow and their headers two lines (day number over the weekday).
        header_height = metrics.height() * 2 + 12
        style = f"QHeaderView::section:horizontal {{ padding: 0 2px; height: {header_height}px; }}"
        header = self.table.horizontalHeader()
        if header.styleSheet() != style:  # restyling is costly: only when the font changed
            header.setStyleSheet(style)
        day_width = max(metrics.horizontalAdvance("31"), metrics.horizontalAdvance("汉")) + 14
        total_width = metrics.horizontalAdvance(self.tr("合计")) + 16
        header.setDefaultSectionSize(day_width)
        for column in range(self.model.day_count()):
            self.table.setColumnWidth(column, day_width)
        self.table.setColumnWidth(self.model.day_count(), max(total_width, day_width * 2))
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
