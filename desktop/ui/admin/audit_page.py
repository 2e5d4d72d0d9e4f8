"""The audit page (administrators): filter the log, export it to Excel, verify its hash chain."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.admin.audit_export import export_audit
from desktop.excel.reporting.audit_anchor import AnchorCheck, check_anchor
from desktop.models.admin import audit
from desktop.models.admin.audit_query import AuditQuery, actors_in_use, tables_in_use
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.text_input import compact, is_ascii_digits
from desktop.ui.admin.audit_model import ORDER_COLUMNS, AuditTableModel, table_label
from desktop.ui.common.form_fields import use_calendar_popup
from desktop.ui.common.labels import model_message
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import run_export
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    fit_columns,
    open_message,
    xlsx_path,
)
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters of width per column: id, time, user, action, table, record, before, after, reason.
_COLUMN_CHARS = (4, 10, 6, 6, 4, 5, 20, 20)
_DEFAULT_DAYS = 30


def _python_date(edit: QDateEdit) -> date:
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


class AuditPage(RefreshingPage):
    """Who did what, when: the audit log with filters, export and verification.

    Raises PermissionDenied when ``actor`` may not view the audit log, so only build it for
    administrators.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        actor.require(Permission.VIEW_AUDIT)
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model = AuditTableModel(db, actor, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_grid())
        self.table = record_table(self.model, self.tr("操作日志列表"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._sort_column = 0
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._sort_by)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        self.model.modelReset.connect(self._show_count)
        self.reload()
        self.size_columns()

    # -- building ----------------------------------------------------------------------------
    def _date_filter(self, text: str, name: str, initial: date) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text)
        check.setAccessibleName(name)
        edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
        use_calendar_popup(edit)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.setAccessibleName(name)
        # Screen readers may land on the text field inside the date edit: name it too.
        inner = edit.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(name)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._apply)
        edit.dateChanged.connect(self._apply)
        return check, edit

    def _labelled(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _filter_grid(self) -> QGridLayout:
        grid = QGridLayout()
        today = self._db.clock.today()
        start = date.fromordinal(today.toordinal() - _DEFAULT_DAYS)
        self.from_check, self.from_edit = self._date_filter(
            self.tr("起始日期(&F)"), self.tr("起始日期"), start)
        self.to_check, self.to_edit = self._date_filter(
            self.tr("截止日期(&T)"), self.tr("截止日期"), today)
        self.actor_filter = QComboBox()
        self.actor_filter.setAccessibleName(self.tr("操作人"))
        self.table_filter = QComboBox()
        self.table_filter.setAccessibleName(self.tr("数据表"))
        for combo in (self.actor_filter, self.table_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.currentIndexChanged.connect(self._apply)
        self.record_edit = QLineEdit()
        self.record_edit.setValidator(QIntValidator(1, 2_147_483_647, self.record_edit))
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setPlaceholderText(self.tr("全部"))
        self.record_edit.setAccessibleName(self.tr("记录编号"))
        self.record_edit.textChanged.connect(self._apply)
        self.clear_button = QPushButton(self.tr("清除筛选(&C)"))
        self.clear_button.setAccessibleName(self.tr("清除筛选条件"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.from_check, 0, 0)
        grid.addWidget(self.from_edit, 0, 1)
        grid.addWidget(self.to_check, 0, 2)
        grid.addWidget(self.to_edit, 0, 3)
        grid.addWidget(self.count_label, 0, 4, 1, 3)
        grid.addWidget(self._labelled(self.tr("操作人(&U):"), self.actor_filter), 1, 0)
        grid.addWidget(self.actor_filter, 1, 1)
        grid.addWidget(self._labelled(self.tr("数据表(&B):"), self.table_filter), 1, 2)
        grid.addWidget(self.table_filter, 1, 3)
        grid.addWidget(self._labelled(self.tr("记录编号(&R):"), self.record_edit), 1, 4)
        grid.addWidget(self.record_edit, 1, 5)
        grid.addWidget(self.clear_button, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        return grid

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出到 Excel(&X)…"))
        self.export_button.setAccessibleName(self.tr("把筛选出的操作日志导出到 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        self.verify_button = QPushButton(self.tr("校验日志(&V)"))
        self.verify_button.setAccessibleName(self.tr("校验操作日志是否被改动"))
        self.verify_button.clicked.connect(self.run_verify)
        self.anchor_button = QPushButton(self.tr("核对月报锚点(&A)…"))
        self.anchor_button.setAccessibleName(self.tr("用已报送的月报核对操作日志是否被改写"))
        self.anchor_button.clicked.connect(self.choose_anchors)
        self.refresh_button = QPushButton(self.tr("刷新(&E)"))
        self.refresh_button.setAccessibleName(self.tr("刷新操作日志"))
        self.refresh_button.clicked.connect(self.reload)
        self.status_label = StatusLabel(self.tr("操作结果"))
        for button in (self.export_button, self.verify_button, self.anchor_button,
                       self.refresh_button):
            row.addWidget(button)
        row.addWidget(self.status_label, 1)
        return row

    # -- filters -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Refresh the user and table choices and re-run the query (new entries appear)."""
        self._refill(self.actor_filter, [(name, name) for name in
                                         actors_in_use(self._db, self._actor)])
        self._refill(self.table_filter, [(table_label(name), name) for name in
                                         tables_in_use(self._db, self._actor)])
        self._apply()

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部"), None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_query(self) -> AuditQuery:
        """The query the filter widgets describe."""
        record = compact(self.record_edit.text())
        return AuditQuery(
            date_from=_python_date(self.from_edit) if self.from_check.isChecked() else None,
            date_to=_python_date(self.to_edit) if self.to_check.isChecked() else None,
            actor=self.actor_filter.currentData(),
            table=self.table_filter.currentData(),
            record_id=int(record) if is_ascii_digits(record) else None,
            newest_first=self.model.query.newest_first,
        )

    def _apply(self, *_: object) -> None:
        try:
            self.model.set_query(self.current_query())
        except ValidationError as exc:
            self.model.clear()
            self.status_label.show_result(model_message(exc.message), problem=True)
            return
        if self.status_label.property("role") == "error":
            self.status_label.show_result("")

    def clear_filters(self) -> None:
        """Show the whole log again."""
        for widget in (self.from_check, self.to_check, self.actor_filter, self.table_filter,
                       self.record_edit):
            widget.blockSignals(True)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self.actor_filter.setCurrentIndex(0)
        self.table_filter.setCurrentIndex(0)
        self.record_edit.clear()
        for widget in (self.from_check, self.to_check, self.actor_filter, self.table_filter,
                       self.record_edit):
            widget.blockSignals(False)
        self._apply()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("共 {n} 条").format(n=self.model.rowCount()))

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        if column not in ORDER_COLUMNS:
            # Only the order of writing can be sorted: keep showing it where it was.
            header.setSortIndicator(self._sort_column, self._order())
            return
        newest_first = not self.model.query.newest_first
        order = Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)
        self._sort_column = column
        header.setSortIndicator(column, order)

    def _order(self) -> Qt.SortOrder:
        return (Qt.SortOrder.DescendingOrder if self.model.query.newest_first
                else Qt.SortOrder.AscendingOrder)

    # -- export and verification ---------------------------------------------------------------
    def choose_export_path(self) -> None:
        """Ask where to save, then export the filtered entries there."""
        suggested = f"操作日志-{self._db.clock.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出操作日志"), str(Path.home() / suggested),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int | None:
        """Export the entries the filters show to ``path`` (.xlsx is added if missing).

        Returns how many entries were written, or None when the export failed (the reason is
        shown on the page and in a message box).
        """
        target = xlsx_path(path)
        query = self.model.query
        count = run_export(self, self.status_label, self.tr("正在导出操作日志…"), self._db,
                           lambda db: export_audit(db, self._actor, query, target))
        if count is not None:
            self.status_label.show_result(self.tr("已导出 {n} 条记录到 {path}").format(
                n=count, path=target))
        return count

    def run_verify(self) -> audit.VerifyResult:
        """Check the hash chain and show the result; a problem also opens a message box."""
        result = run_long_job(self, self.tr("正在校验操作日志…"), self._db, audit.verify)
        message = model_message(result.message)
        self.status_label.show_result(message, problem=not result.ok)
        if not result.ok:
            open_message(self, self.tr("操作日志校验未通过"), message, self.tr("确定"),
                         QMessageBox.Icon.Critical)
        return result

    def choose_anchors(self) -> None:
        """Ask for the centre's submitted workbooks, then check the log against them."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择本中心已报送的月报"),
                                                str(Path.home()), self.tr("Excel 工作簿 (*.xlsx)"))
        if paths:
            self.verify_anchors([Path(p) for p in paths])

    def verify_anchors(self, paths: list[Path]) -> list[AnchorCheck]:
        """Check the chain, then each workbook's signed anchor against it; show the result
        (a problem also opens a message box naming every file that failed)."""
        def check(db: Database) -> tuple[audit.VerifyResult, list[AnchorCheck]]:
            chain = audit.verify(db)
            return chain, [check_anchor(db, p) for p in paths] if chain.ok else []
        chain, checks = run_long_job(self, self.tr("正在核对操作日志…"), self._db, check)
        if not chain.ok:
            message = model_message(chain.message)
        else:
            failed = [model_message(c.message) for c in checks if not c.ok]
            message = "\n".join(failed) if failed else self.tr(
                "操作日志与 {n} 个月报中的锚点一致，导出后未被改写").format(n=len(checks))
        problem = not chain.ok or any(not c.ok for c in checks)
        self.status_label.show_result(message, problem=problem)
        if problem:
            open_message(self, self.tr("操作日志核对未通过"), message, self.tr("确定"),
                         QMessageBox.Icon.Critical)
        return checks

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Entries are written on other pages: show them whenever this page comes into view."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the filters and the table to the font (large text)."""
        if not hasattr(self, "table"):
            return
        metrics = self.table.fontMetrics()
        han = metrics.horizontalAdvance("汉")
        for check in (self.from_check, self.to_check):
            # The theme's focus border is not in the size hint: leave room so the text shows.
            check.setMinimumWidth(check.fontMetrics().horizontalAdvance(check.text()) + han * 3)
        fit_columns(self.table, _COLUMN_CHARS)


def make_page(context: PageContext) -> AuditPage:
    """The audit log page for the main window."""
    return AuditPage(context.db, context.actor)
