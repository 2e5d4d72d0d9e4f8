"""The attendance page's 久未签到 panel: members not seen for N weeks, as a call list.

Staff phone or visit (走访) the members on it, or tell them about coming activities. N is the
centre's setting, changed with the spin box and remembered. Phones and addresses are masked;
ticking 显示完整电话和住址 (REVEAL_SENSITIVE) shows them in full and writes an audit entry, as
do exporting and printing the full list. The tick is cleared when the panel is left, so the
full numbers are never on screen unattended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.attendance.call_list_export import default_file_name, export_call_list
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance import not_seen
from desktop.models.attendance.not_seen import NotSeenList
from desktop.models.db import Database
from desktop.ui.attendance.call_list_print import call_list_printer, render_call_list
from desktop.ui.attendance.not_seen_model import WEEKS_COLUMN, not_seen_model
from desktop.ui.attendance.paper_sheet import programme_combo
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.model_action import attempt, run_export, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns, xlsx_path

# What the audit entry of a full list says it was for.
# How long the number of weeks must rest before it is saved as the centre's setting.
SAVE_WEEKS_AFTER_MS = 1500
AUDIT_VIEWED = "查看"
AUDIT_PRINTED = "打印"
# Width of each column in Han characters (name, last sign-in, weeks, joined, phone, contacts,
# community, address).
COLUMN_CHARS = (5, 6, 3, 6, 7, 22, 7, 14)


class NotSeenPanel(RefreshingPage):
    """Members on the register with no sign-in for N weeks or never, with whom to call."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.found: NotSeenList | None = None
        self.model = not_seen_model(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("名单人数"))
        layout.addWidget(self.summary_label)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("久未签到会员名单"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        # Each contact on its own line, as on paper: rows grow to fit them.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The list comes longest unseen first; a click on a header sorts by that column.
        self.table.sortByColumn(WEEKS_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)
        self.rule_label = QLabel(self.tr(
            "名单：在册会员中 N 周或更久没有有效签到的（正好 N 周也算），以及从未签到的"
            "（按入会日期计周数）。电话和住址默认只显示部分；需要打电话或走访时勾选"
            "“显示完整电话和住址”，查看、导出和打印完整名单都会记入操作日志。"))
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)
        layout.addLayout(self._button_row())
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        weeks_text = self.tr("未签到满(&W):")
        weeks_label = QLabel(weeks_text)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(not_seen.MIN_WEEKS, not_seen.MAX_WEEKS)
        self.weeks_spin.setSuffix(self.tr(" 周"))
        self.weeks_spin.setAccessibleName(accessible_label(weeks_text))
        self.weeks_spin.setAccessibleDescription(self.tr("改动后中心记住这个周数"))
        # Typing "12" must not list (and save) 1 week on the way.
        self.weeks_spin.setKeyboardTracking(False)
        self.weeks_spin.setValue(not_seen.weeks_setting(self._db))
        weeks_label.setBuddy(self.weeks_spin)
        programme_text = self.tr("服务项目(&O):")
        programme_label_widget = QLabel(programme_text)
        self.programme_combo = programme_combo(self.refresh, accessible_label(programme_text))
        programme_label_widget.setBuddy(self.programme_combo)
        self.full_check = QCheckBox(self.tr("显示完整电话和住址(&F)"))
        self.full_check.setAccessibleName(self.tr("显示完整电话和住址"))
        if self._actor.can(Permission.REVEAL_SENSITIVE):
            self.full_check.setAccessibleDescription(self.tr("会记入操作日志"))
        else:
            self.full_check.setEnabled(False)
            self.full_check.setToolTip(self.tr("没有权限查看完整电话和住址"))
            self.full_check.setAccessibleDescription(self.full_check.toolTip())
        for widget in (weeks_label, self.weeks_spin, programme_label_widget,
                       self.programme_combo):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.full_check)
        row.addStretch(1)
        self._save_weeks_timer = QTimer(self)
        self._save_weeks_timer.setSingleShot(True)
        self._save_weeks_timer.setInterval(SAVE_WEEKS_AFTER_MS)
        self._save_weeks_timer.timeout.connect(self.save_weeks)
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        self.full_check.toggled.connect(lambda _on: self.refresh())
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出 Excel(&L)…"))
        self.export_button.setAccessibleName(self.tr("把久未签到会员名单导出到 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        self.print_button = QPushButton(self.tr("打印(&I)…"))
        self.print_button.setAccessibleName(self.tr("打印久未签到会员联系名单"))
        self.print_button.clicked.connect(self.open_preview)
        self.status_label = StatusLabel(self.tr("操作结果"))
        row.addWidget(self.export_button)
        row.addWidget(self.print_button)
        row.addWidget(self.status_label, 1)
        return row

    # -- what is listed ------------------------------------------------------------------------
    def weeks(self) -> int:
        """N: the weeks without a sign-in that put a member on the list."""
        return self.weeks_spin.value()

    def programme(self) -> str | None:
        """The programme filter (None for all)."""
        value = self.programme_combo.currentData()
        return str(value) if value else None

    def full_details(self) -> bool:
        """Whether phones and addresses are shown in full."""
        return self.full_check.isChecked()

    def _load(self, purpose: str) -> NotSeenList:
        """The list as chosen: masked, or in full (audited with ``purpose``, which is stored
        in the audit log in Chinese like every entry, so it is not translated)."""
        today = self._db.clock.today()
        if self.full_details():
            return not_seen.call_list(self._db, self.weeks(), today=today, actor=self._actor,
                                      purpose=purpose, programme=self.programme())
        return not_seen.members_not_seen(self._db, self.weeks(), today=today,
                                         programme=self.programme())

    def refresh(self) -> None:
        """Read the list again for the weeks and programme chosen."""
        if not hasattr(self, "status_label"):
            return
        found = attempt(self, lambda: self._load(AUDIT_VIEWED), status=self.status_label)
        if found is None:
            if self.full_details():
                self.full_check.setChecked(False)  # shows the masked list instead
            return
        self.found = found
        self.model.set_rows(found.members)
        self.summary_label.setText(self.tr(
            "截至 {today}：{weeks} 周以上未签到或从未签到的在册会员 {n} 人，"
            "其中从未签到 {never} 人").format(today=found.today, weeks=found.weeks,
                                          n=len(found.members), never=found.never_count))
        self.export_button.setEnabled(bool(found.members))
        self.print_button.setEnabled(bool(found.members))
        self.size_columns()

    def _weeks_changed(self, _weeks: int) -> None:
        self.refresh()
        # Stepping from 4 to 8 with the arrows is one decision, not four: the centre's setting
        # (and its audit entry) is written once the number has rested, or when the panel goes.
        self._save_weeks_timer.start()

    def save_weeks(self) -> None:
        """Remember the number of weeks shown as the centre's setting (if it changed)."""
        self._save_weeks_timer.stop()
        weeks = self.weeks()
        if weeks == not_seen.weeks_setting(self._db):
            return
        succeeded(self, lambda: not_seen.set_weeks_setting(self._db, weeks, actor=self._actor),
                  show=lambda reason: self.status_label.show_result(
                      self.tr("周数未能保存为中心的设置：{reason}").format(reason=reason),
                      problem=True))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the panel (or the window) masks the list again.
        if self.full_details():
            self.full_check.setChecked(False)
        if self._save_weeks_timer.isActive():
            self.save_weeks()
        super().hideEvent(event)

    # -- export ------------------------------------------------------------------------------
    def choose_export_path(self) -> None:
        """Ask where to save, then export the list shown."""
        suggested = Path.home() / default_file_name(self._db.clock.today())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出久未签到会员名单"),
                                              str(suggested), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> NotSeenList | None:
        """Export the list as chosen to ``path`` (.xlsx added if missing); full phones and
        addresses when shown in full (audited with the file). Returns what was written, or
        None when the export failed (the reason is shown)."""
        target = xlsx_path(path)
        weeks, programme, full = self.weeks(), self.programme(), self.full_details()
        today, actor = self._db.clock.today(), self._actor
        result = run_export(self, self.status_label, self.tr("正在导出久未签到会员名单…"),
                            self._db,
                            lambda db: export_call_list(db, target, weeks=weeks, today=today,
                                                        actor=actor, programme=programme,
                                                        full_details=full))
        if result is not None:
            done = self.tr("已导出 {n} 人到 {path}").format(n=len(result.members), path=target)
            if result.full_details:
                done += self.tr("（含完整电话和住址，已记入操作日志）")
            self.status_label.show_result(done)
        return result

    # -- print ---------------------------------------------------------------------------------
    def _render(self, printer: QPrinter, found: NotSeenList) -> int | None:
        return attempt(self, lambda: render_call_list(
            printer, found, centre.load_profile(self._db).name), status=self.status_label)

    def print_to(self, printer: QPrinter) -> int | None:
        """Print the list as chosen on ``printer`` (the full list is audited as printed);
        returns the number of pages, or None when it could not be printed (reason shown)."""
        found = attempt(self, lambda: self._load(AUDIT_PRINTED), status=self.status_label)
        return None if found is None else self._render(printer, found)

    def make_preview(self) -> QPrintPreviewDialog | None:
        """The print preview of the list as chosen (its Print button prints on a real
        printer), or None when the list could not be read (the reason is shown). The full
        list is read, and audited as printed, once for the preview and what it prints."""
        found = attempt(self, lambda: self._load(AUDIT_PRINTED), status=self.status_label)
        if found is None:
            return None
        preview = QPrintPreviewDialog(call_list_printer(), self)
        preview.setWindowTitle(self.tr("久未签到会员联系名单打印预览"))
        preview.setAccessibleName(preview.windowTitle())
        preview.paintRequested.connect(lambda printer: self._render(printer, found))
        return preview

    def open_preview(self) -> None:
        """Show the print preview (modal)."""
        preview = self.make_preview()
        if preview is None:
            return
        preview.resize(1000, 760)
        preview.exec()
        preview.deleteLater()

    # -- look ----------------------------------------------------------------------------------
    def size_columns(self) -> None:
        """Fit the columns to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, COLUMN_CHARS)
