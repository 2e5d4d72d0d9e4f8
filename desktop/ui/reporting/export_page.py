"""The monthly report page (月报): preview 汇总 and the validation list, export the workbook."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.reporting.monthly_workbook import (
    MonthlyExport,
    export_monthly_workbook,
    standard_file_name,
)
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.reporting import indicators, workbook_options
from desktop.models.reporting.indicators import Report
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.model_action import attempt, run_export, succeeded
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    allow_months_until,
    fit_columns,
    month_picker,
    pick_month,
    picked_month,
)
from desktop.ui.common.record_table import record_table
from desktop.ui.reporting.month_close_panel import MonthClosePanel
from desktop.ui.reporting.report_models import findings_model, summary_model
from desktop.ui.shell.ui_settings import UiSettings

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


class ExportPage(RefreshingPage):
    """月报: choose a month, see its 汇总 and validation findings, export the workbook to a
    folder (a USB stick, a shared folder) under the standard file name."""

    exported = Signal(str)  # the path written

    def __init__(self, db: Database, actor: Actor, ui_settings: UiSettings,
                 parent: QWidget | None = None, *, extra: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._db = db
        # Further capability packages whose indicators and sheets the workbook includes.
        self._extra = tuple(extra)
        self._actor = actor
        self._ui_settings = ui_settings
        self.report: Report | None = None
        self.last_export: MonthlyExport | None = None
        self._code_was_missing = False
        self.summary = summary_model(self)
        self.findings = findings_model(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._month_row())
        # Left: what the workbook will say; right: writing it and sending it.
        figures = QSplitter(Qt.Orientation.Vertical)
        figures.setChildrenCollapsible(False)
        figures.addWidget(self._summary_box())
        figures.addWidget(self._findings_box())
        figures.setStretchFactor(0, 3)
        figures.setStretchFactor(1, 1)
        self.actions_side = actions = QWidget()
        column = QVBoxLayout(actions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._export_box())
        self.close_panel = MonthClosePanel(db, actor)
        self.close_panel.changed.connect(self.show_month)
        column.addWidget(self.close_panel, 1)
        self.sides = QSplitter(Qt.Orientation.Horizontal)
        self.sides.setChildrenCollapsible(False)
        self.sides.addWidget(figures)
        self.sides.addWidget(actions)
        self.sides.setStretchFactor(0, 3)
        self.sides.setStretchFactor(1, 2)
        layout.addWidget(self.sides, 1)
        self.show_month()
        self.size_columns()


    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    # -- building ------------------------------------------------------------------------------
    def _month_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("报表月份(&M):"))
        # Reports are usually made for the month just ended.
        self.month_edit = month_picker(label, self._today, months_back=1)
        self.month_edit.dateChanged.connect(self.show_month)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(self.tr("校验结果"))
        row.addWidget(label)
        row.addWidget(self.month_edit)
        row.addWidget(self.check_label, 1)
        return row

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("汇总预览"))
        inner = QVBoxLayout(box)
        self.summary_table = record_table(self.summary, self.tr("汇总预览"))
        # Columns as wide as their longest text (the names are long, more so in English),
        # the room left over to the names; the table never gets narrower than all of them
        # together (_fit_summary): the page scrolls instead.
        self.summary_columns = ContentColumns(self.summary_table, [], grow=[0])
        inner.addWidget(self.summary_table)
        return box

    def _findings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("校验"))
        inner = QVBoxLayout(box)
        self.findings_table = record_table(self.findings, self.tr("校验结果列表"))
        inner.addWidget(self.findings_table)
        return box

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("导出"))
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        label = QLabel(self.tr("保存到文件夹(&F):"))
        self.folder_edit = QLineEdit(self._ui_settings.export_folder or str(Path.home()))
        self.folder_edit.setAccessibleName(self.tr("保存到文件夹"))
        label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self.tr("选择文件夹(&B)…"))
        self.browse_button.setAccessibleName(self.tr("选择保存月报的文件夹"))
        self.browse_button.clicked.connect(self.choose_folder)
        row.addWidget(label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        inner.addLayout(row)
        self.name_label = QLabel()
        self.name_label.setAccessibleName(self.tr("文件名"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.name_label)
        # The centre's choice, kept in its settings: the matrix shows on which days each
        # (unnamed) member came; 汇总 carries the attendance figures either way.
        self.matrix_check = QCheckBox(self.tr("包含考勤明细(&A)"))
        self.matrix_check.setAccessibleName(self.tr("月报包含考勤明细"))
        self.matrix_check.setToolTip(self.tr(
            "考勤明细是每人每天的签到表（不含姓名）。不勾选时，月报不含这张表；"
            "汇总中的签到人次、人数等数字不受影响"))
        self.matrix_check.setChecked(workbook_options.includes_attendance_matrix(self._db))
        self.matrix_check.toggled.connect(self.choose_matrix)
        inner.addWidget(self.matrix_check)
        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出月报(&E)"))
        self.export_button.setAccessibleName(self.tr("导出本月月报工作簿"))
        self.export_button.clicked.connect(self.export)
        self.open_folder_button = QPushButton(self.tr("打开所在文件夹(&O)"))
        self.open_folder_button.setAccessibleName(self.tr("打开月报所在的文件夹"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setEnabled(False)
        self.status_label = StatusLabel(self.tr("导出结果"))
        actions.addWidget(self.export_button)
        actions.addWidget(self.open_folder_button)
        actions.addStretch(1)
        inner.addLayout(actions)
        inner.addWidget(self.status_label)
        return box

    # -- the month -------------------------------------------------------------------------------
    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def set_month(self, month: str) -> None:
        """Show a YYYY-MM month."""
        pick_month(self.month_edit, month)
        self.show_month()

    def revision(self) -> int:
        """The revision the next export of the month will carry."""
        return self.close_panel.next_revision()

    def show_month(self, *_: object) -> None:
        """Compute the month's indicators and findings and show them, with its state."""
        allow_months_until(self.month_edit, self._today)
        self.close_panel.set_month(self.month())
        self.report = attempt(self, lambda: indicators.compute(
            self._db, self.month(), self._today, self._extra),
                              show=lambda reason: self.check_label.setText("⚠ " + reason))
        if self.report is None:
            self.summary.set_rows([])
            self.findings.set_rows([])
            self._update_actions()
            return
        self.summary.set_rows(self.report.rows)
        self.findings.set_rows(self.report.findings)
        self._fit_summary()
        errors, warnings = len(self.report.errors), len(self.report.warnings)
        if errors:
            text = self.tr("✖ {errors} 个错误：改正后才能导出；{warnings} 个警告").format(
                errors=errors, warnings=warnings)
        elif warnings:
            text = self.tr("⚠ {warnings} 个警告：可以导出，警告会列在“校验”表中").format(
                warnings=warnings)
        else:
            text = self.tr("✓ 校验通过，未发现问题")
        self.check_label.setText(text)
        self._update_actions()

    def _update_actions(self) -> None:
        profile = load_profile(self._db)
        self.name_label.setText(self.tr("文件名：{name}").format(
            name=standard_file_name(profile, self.month(), self.revision())))
        may = self._actor.can(Permission.EDIT_ATTENDANCE)
        self.matrix_check.setEnabled(may)
        blocked = self.report is None or bool(self.report.errors)
        no_code = not profile.code.strip()
        self.export_button.setEnabled(may and not blocked and not no_code)
        if no_code:
            # Said in words on the page too, not only in a tooltip (the export refuses anyway).
            self.status_label.show_result(self.tr("请先在 设置 中填写中心编码"), problem=True)
        elif self._code_was_missing:
            self.status_label.show_result("")  # the code has been filled in meanwhile
        self._code_was_missing = no_code
        if no_code:
            self.export_button.setToolTip(self.tr("请先在 设置 中填写中心编码"))
        elif not may:
            self.export_button.setToolTip(self.tr("这个账户不能导出月报"))
        elif blocked:
            self.export_button.setToolTip(self.tr("本月数据有错误，改正后才能导出"))
        else:
            self.export_button.setToolTip("")

    # -- export ----------------------------------------------------------------------------------
    def choose_matrix(self, include: bool) -> None:
        """Save whether the workbook carries 考勤明细 (the centre's setting, audited); when
        that is refused the box shows the stored choice again."""
        if not succeeded(self, lambda: workbook_options.set_attendance_matrix(
                self._db, include, actor=self._actor), status=self.status_label):
            stored = workbook_options.includes_attendance_matrix(self._db)
            if self.matrix_check.isChecked() != stored:
                self.matrix_check.blockSignals(True)
                self.matrix_check.setChecked(stored)
                self.matrix_check.blockSignals(False)

    def choose_folder(self) -> None:
        """Ask for the folder the workbook goes to."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择保存月报的文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def export(self) -> Path | None:
        """Write the month's workbook to the chosen folder; returns its path, or None when it
        failed (the reason is shown on the page)."""
        folder = Path(self.folder_edit.text().strip())
        month, actor = self.month(), self._actor
        if not self.folder_edit.text().strip() or not folder.is_dir():
            self.status_label.show_result(self.tr("文件夹不存在，请重新选择"), problem=True)
            return None
        result = run_export(
            self, self.status_label, self.tr("正在导出月报…"), self._db,
            lambda db: export_monthly_workbook(db, month, folder, generated_by=actor.username,
                                               actor=actor, today=self._today,
                                               extra=self._extra))
        self.show_month()
        if result is None:
            return None
        self.last_export = result
        self._ui_settings.export_folder = str(folder)
        self.open_folder_button.setEnabled(True)
        self.status_label.show_result(self.tr("已导出第 {revision} 版：{path}").format(
            revision=result.revision, path=result.path))
        self.exported.emit(str(result.path))
        return result.path

    def open_folder(self) -> None:
        """Open the folder of the last export in the system file manager."""
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))

    # -- layout --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        # Side by side needs about 80 characters of width; with less (a small screen, large
        # text) the export and submission parts go below the figures instead of squeezing them.
        # Nor when the figures' table and the actions need more than there is (English).
        needed = self.summary_table.minimumWidth() + self.actions_side.minimumSizeHint().width() \
            + self.sides.handleWidth() + 48  # the group boxes' frames and margins
        wide = self.width() >= max(self.fontMetrics().horizontalAdvance("汉") * 80, needed)
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.sides.orientation() != wanted:
            self.sides.setOrientation(wanted)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Records change on other pages: recompute whenever the page comes into view."""
        self.show_month()

    def _fit_summary(self) -> None:
        if not hasattr(self, "summary_columns"):  # still being built
            return
        self.summary_columns.apply()
        table = self.summary_table
        needed = sum(self.summary_columns.content_width(column)
                     for column in range(self.summary.columnCount()))
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(needed + frame)

    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if not hasattr(self, "close_panel"):  # still being built
            return
        metrics = self.summary_table.fontMetrics()
        fit_columns(self.summary_table, [], row_padding=12)  # the rows' height
        self._fit_summary()
        fit_columns(self.findings_table, [4, 4], row_padding=12)
        self.close_panel.size_columns()
        self._fit_layout()
        # Four findings stay visible however the splitter is dragged.
        self.findings_table.setMinimumHeight((metrics.height() + 12) * 5)


def make_page(context: PageContext) -> ExportPage:
    """The monthly report page for the main window (with the window's extra capabilities'
    indicators and sheets)."""
    return ExportPage(context.db, context.actor, context.ui_settings, extra=context.extra)
