"""The district consolidation page (区汇总): centres' workbooks in, one district workbook out.

Pick the month, add files or folders, keep the list of expected centres (saved in the
database), run the consolidation off the GUI thread, read each file's result and the
completeness, and save the district workbook where it should go. Saving is possible only
while the result matches what is shown (month, files, list) and at least one file counted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.reporting.consolidation import (
    ACCEPTED,
    REPORTED,
    CompletenessRow,
    Consolidation,
    consolidate,
)
from desktop.excel.reporting.consolidation_output import standard_file_name, write_consolidation
from desktop.excel.reporting.expected_centres import read_expected_file
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import centre_keys, district
from desktop.models.reporting.district import ExpectedCentre, clean_list
from desktop.ui.common.labels import model_message
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import (
    StatusLabel,
    allow_months_until,
    month_picker,
    pick_month,
    picked_month,
)
from desktop.ui.common.record_table import record_table
from desktop.ui.reporting.consolidation_models import ExpectedCentresModel, OutcomeModel

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button


class ConsolidationPage(QWidget):
    """区汇总: consolidate centres' monthly workbooks for the district federation."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        # A fixed day for tests; otherwise the real date, read each time: the app may stay
        # open across midnight into a new month.
        self.result: Consolidation | None = None
        # What the shown result was computed from: month, inputs, expected list as typed.
        self._ran_with: tuple[object, ...] | None = None
        self._stale_shown = False
        self.outcomes = OutcomeModel(self)
        self.expected_model = ExpectedCentresModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._month_row())
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self._inputs_box())
        self.split.addWidget(self._expected_box())
        self.split.setSizes([500, 500])
        layout.addWidget(self.split, 2)
        layout.addWidget(self._results_box(), 3)
        self.load_expected()
        # Any change after a run makes the shown result stale: saving waits for a new run.
        self.month_edit.dateChanged.connect(self._check_stale)
        inputs = self.input_list.model()
        inputs.rowsInserted.connect(self._check_stale)
        inputs.rowsRemoved.connect(self._check_stale)
        for signal in (self.expected_model.dataChanged, self.expected_model.rowsInserted,
                       self.expected_model.rowsRemoved, self.expected_model.modelReset):
            signal.connect(self._check_stale)


    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    # -- building ------------------------------------------------------------------------------
    def _month_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("汇总月份(&O):"))
        # Centres report the month just ended: start there.
        self.month_edit = month_picker(label, self._today, months_back=1)
        self.run_button = _button(self.tr("开始汇总(&R)"), self.tr("开始汇总"))
        self.run_button.clicked.connect(self.run_consolidation)
        row.addWidget(label)
        row.addWidget(self.month_edit)
        row.addWidget(self.run_button)
        row.addStretch(1)
        return row

    def _inputs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("各中心的月报文件"))
        layout = QVBoxLayout(box)
        self.input_list = QListWidget()
        self.input_list.setAccessibleName(self.tr("要汇总的文件和文件夹"))
        self.input_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Three lines at least: when space is short the page scrolls, the list does not vanish.
        self.input_list.setMinimumHeight(self.input_list.fontMetrics().height() * 4 + 12)
        layout.addWidget(self.input_list, 1)
        buttons = QHBoxLayout()
        self.add_files_button = _button(self.tr("添加文件(&F)…"), self.tr("添加月报文件"))
        self.add_folder_button = _button(self.tr("添加文件夹(&D)…"),
                                         self.tr("添加存放月报的文件夹"))
        self.remove_input_button = _button(self.tr("移除(&M)"), self.tr("移除选中的文件"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_input_button.clicked.connect(self.remove_selected_inputs)
        for button in (self.add_files_button, self.add_folder_button, self.remove_input_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint = QLabel(self.tr("文件夹中的每个 .xlsx 都会读取；"
                              "同一中心有多个版本时采用版本号最高的。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return box

    def _expected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("应报中心名单"))
        layout = QVBoxLayout(box)
        self.expected_table = QTableView()
        self.expected_table.setModel(self.expected_model)
        self.expected_table.setAccessibleName(self.tr("应报中心名单"))
        self.expected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expected_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expected_table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        triggers = QAbstractItemView.EditTrigger
        self.expected_table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                            | triggers.AnyKeyPressed)
        self.expected_table.verticalHeader().setVisible(False)
        self.expected_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.expected_table.setMinimumHeight(self.expected_table.fontMetrics().height() * 8)
        layout.addWidget(self.expected_table, 1)
        buttons = QHBoxLayout()
        self.add_centre_button = _button(self.tr("添加中心(&A)"), self.tr("添加一个应报中心"))
        self.remove_centre_button = _button(self.tr("删除中心(&E)"),
                                            self.tr("删除选中的应报中心"))
        self.import_button = _button(self.tr("从文件导入(&I)…"),
                                     self.tr("从 txt、csv 或 xlsx 文件导入名单"))
        self.save_list_button = _button(self.tr("保存名单(&S)"), self.tr("保存应报中心名单"))
        self.add_centre_button.clicked.connect(self.add_expected_row)
        self.remove_centre_button.clicked.connect(self.remove_expected_row)
        self.import_button.clicked.connect(self.choose_expected_file)
        self.save_list_button.clicked.connect(self.save_expected_list)
        for button in (self.add_centre_button, self.remove_centre_button, self.import_button,
                       self.save_list_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list_status = StatusLabel(self.tr("名单状态"))
        layout.addWidget(self.list_status)
        if not self._actor.can(Permission.EDIT_SETTINGS):
            # The list may still be used for this run; only storing it needs the permission.
            self.save_list_button.setEnabled(False)
            self.list_status.setText(self.tr("只有可以修改设置的账户能保存名单"))
        return box

    def _results_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("汇总结果"))
        layout = QVBoxLayout(box)
        self.summary_label = QLabel(self.tr("尚未汇总"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("汇总概况"))
        self.summary_label.setProperty("role", "heading")
        self.completeness_label = QLabel()
        self.completeness_label.setWordWrap(True)
        self.completeness_label.setAccessibleName(self.tr("报送完成情况"))
        self.completeness_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.completeness_label)
        self.outcome_table = record_table(self.outcomes, self.tr("每个文件的处理结果"))
        self.outcome_table.setMinimumHeight(self.outcome_table.fontMetrics().height() * 8)
        layout.addWidget(self.outcome_table, 1)
        row = QHBoxLayout()
        self.save_button = _button(self.tr("保存区汇总表(&X)…"), self.tr("保存区汇总工作簿"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_output)
        self.status_label = StatusLabel(self.tr("操作结果"))
        row.addWidget(self.save_button)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)
        return box

    # -- month and inputs ------------------------------------------------------------------------
    def month(self) -> str:
        """The month chosen, YYYY-MM."""
        return picked_month(self.month_edit)

    def set_month(self, month: str) -> None:
        """Choose a YYYY-MM month."""
        pick_month(self.month_edit, month)

    def showEvent(self, event: QShowEvent) -> None:
        # A new month may have begun since the page was made (the app stays open for days).
        allow_months_until(self.month_edit, self._today)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The file list and the expected list side by side need about 70 characters of
        # width; with less (a small screen, large text) the list goes below the files.
        wide = self.width() >= self.fontMetrics().horizontalAdvance("汉") * 70
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)

    def inputs(self) -> list[Path]:
        """The files and folders to read, in the order added."""
        return [Path(self.input_list.item(i).text()) for i in range(self.input_list.count())]

    def add_paths(self, paths: list[str | Path]) -> None:
        """Add files or folders (each once)."""
        present = {str(p) for p in self.inputs()}
        for path in paths:
            if str(path) not in present:
                self.input_list.addItem(str(path))
                present.add(str(path))

    def choose_files(self) -> None:
        """Ask for workbooks and add them."""
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择各中心的月报文件"),
                                                str(Path.home()),
                                                self.tr("Excel 工作簿 (*.xlsx)"))
        self.add_paths(list(files))

    def choose_folder(self) -> None:
        """Ask for a folder (a USB stick, a shared folder) and add it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放月报的文件夹"),
                                                  str(Path.home()))
        if folder:
            self.add_paths([folder])

    def remove_selected_inputs(self) -> None:
        """Remove the selected files and folders from the list."""
        for item in self.input_list.selectedItems():
            self.input_list.takeItem(self.input_list.row(item))

    # -- the expected list -----------------------------------------------------------------------
    def load_expected(self) -> None:
        """Show the list stored in the database."""
        self.expected_model.set_centres(district.load_expected(self._db))
        self.expected_model.changed = False

    def add_expected_row(self) -> None:
        """Add an empty row and start typing its code."""
        row = self.expected_model.add_row()
        index = self.expected_model.index(row, 0)
        self.expected_table.setCurrentIndex(index)
        self.expected_table.edit(index)

    def remove_expected_row(self) -> None:
        """Remove the selected centre from the list (saved with 保存名单)."""
        index = self.expected_table.currentIndex()
        if index.isValid():
            self.expected_model.remove_row(index.row())

    def choose_expected_file(self) -> None:
        """Ask for a list file and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入应报中心名单"), str(Path.home()),
            self.tr("名单文件 (*.xlsx *.csv *.txt)"))
        if path:
            self.import_expected(path)

    def import_expected(self, path: str | Path) -> bool:
        """Replace the shown list with the file's (not yet saved); False when unreadable."""
        centres = attempt(self, lambda: read_expected_file(path), status=self.list_status)
        if centres is None:
            return False
        self.expected_model.set_centres(centres)
        self.expected_model.changed = True
        self.list_status.show_result(self.tr("已导入 {n} 个中心，保存后下次仍可使用").format(
            n=len(centres)))
        return True

    def save_expected_list(self) -> bool:
        """Store the shown list in the database (audited); False with the reason shown."""
        if not succeeded(self, lambda: district.save_expected(
                self._db, self.expected_model.centres(), actor=self._actor),
                status=self.list_status):
            return False
        self.load_expected()
        self.list_status.show_result(self.tr("名单已保存：{n} 个中心").format(
            n=self.expected_model.rowCount()))
        return True

    # -- running and saving ----------------------------------------------------------------------
    def run_consolidation(self) -> Consolidation | None:
        """Read every input for the month; show per-file results and completeness."""
        inputs, month = self.inputs(), self.month()
        if not inputs:
            self.status_label.show_result(self.tr("请先添加月报文件或文件夹"), problem=True)
            return None
        try:
            expected: list[ExpectedCentre] = clean_list(self.expected_model.centres())
        except ValidationError as exc:
            self.list_status.show_result(model_message(exc.message), problem=True)
            return None
        result = attempt(self, lambda: run_long_job(
            self, self.tr("正在读取各中心的月报…"), self._db,
            lambda db: consolidate(inputs, month, expected or None, clock=db.clock,
                                   keys=centre_keys.known_keys(db))),
            status=self.status_label)
        if result is None:
            return None
        # A signed file of a centre with no key on file: its key is registered now, and the
        # summary says to compare the fingerprint with the centre (trust on first use).
        for centre in result.centres:
            if centre.first_use:
                centre_keys.trust_first_use(self._db, centre.code, centre.signing_key,
                                            by=self._actor.username)
        self.result = result
        self._ran_with = self._conditions(month, inputs)
        self._stale_shown = False
        self.outcomes.set_outcomes(result.outcomes)
        # The file name is what people look for; the reason takes the rest of the width.
        for column in range(4):
            self.outcome_table.resizeColumnToContents(column)
            # Room for the theme's upper-case, padded header text.
            header = str(self.outcomes.headerData(column, Qt.Orientation.Horizontal))
            self.outcome_table.setColumnWidth(column, max(
                self.outcome_table.columnWidth(column) + 24,
                self.outcome_table.fontMetrics().horizontalAdvance(header) + 56))
        self.outcome_table.setColumnWidth(0, min(self.outcome_table.columnWidth(0), 420))
        self._show_summary(result)
        self.save_button.setEnabled(bool(result.centres))
        if result.centres:
            self.status_label.show_result("")
        else:
            # Nothing counted: a district workbook without a centre would hide that.
            self.status_label.show_result(self.tr(
                "没有可汇总的月报：{n} 个文件都未采用，不能保存区汇总表").format(
                n=len(result.outcomes)), problem=True)
        return result

    def _conditions(self, month: str, inputs: list[Path]) -> tuple[object, ...]:
        return month, tuple(inputs), tuple(self.expected_model.centres())

    def is_stale(self) -> bool:
        """Whether the month, the inputs or the expected list changed since the last run."""
        return self._ran_with is not None and \
            self._conditions(self.month(), self.inputs()) != self._ran_with

    def _check_stale(self) -> None:
        if self.result is None:
            return
        stale = self.is_stale()
        self.save_button.setEnabled(not stale and bool(self.result.centres))
        if stale and not self._stale_shown:
            self.status_label.show_result(self.tr(
                "月份、文件或应报中心名单已改变：请重新汇总后再保存"), problem=True)
        elif not stale and self._stale_shown:
            self.status_label.show_result("")
        self._stale_shown = stale

    def _show_summary(self, result: Consolidation) -> None:
        self.summary_label.setText(self.tr(
            "{month}：采用 {accepted} 个文件，未采用 {rejected} 个，旧版或重复 {other} 个").format(
            month=result.month, accepted=result.count(ACCEPTED), rejected=len(result.rejected),
            other=len(result.outcomes) - result.count(ACCEPTED) - len(result.rejected)))
        completeness = result.completeness()

        def names(rows: list[CompletenessRow]) -> str:
            return "、".join(f"{r.code} {r.name}".strip() for r in rows)
        lines: list[str] = []
        if not completeness.expected:
            lines.append(self.tr("未设置应报中心名单；已报 {n} 个中心").format(
                n=sum(r.status == REPORTED for r in completeness.rows)))
        else:
            lines.append(self.tr("已报 {reported}/{expected}（{percent:.1f}%）").format(
                reported=completeness.reported, expected=completeness.expected,
                percent=completeness.percent or 0.0))
            if completeness.missing:
                lines.append(self.tr("未报：{names}").format(names=names(completeness.missing)))
            elif not completeness.problems:
                lines.append(self.tr("名单中的中心都已报送"))
        if completeness.problems:
            # Files came, none counted: distinct from 未报, and never counted as reported.
            lines.append(self.tr("有问题（未采用）：{names}").format(
                names=names(completeness.problems)))
        if completeness.unlisted:
            lines.append(self.tr("名单外：{names}").format(names=names(completeness.unlisted)))
        for centre in result.centres:
            if centre.first_use:
                warning = self.tr("注意：首次收到 {code} {name} 的签名月报，"
                                  "已登记其公钥（指纹 {fingerprint}），请与中心核对")
                lines.append(warning.format(
                    code=centre.code, name=centre.name, fingerprint=centre.key_fingerprint))
        text = "\n".join(lines)
        self.completeness_label.setText(text)

    def choose_output(self) -> None:
        """Ask where to save the district workbook, then save it."""
        if self.result is None:
            return
        suggested = standard_file_name(self.result)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存区汇总表"),
                                              str(Path.home() / suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        """Write the district workbook to ``path`` (.xlsx added if missing); None on failure."""
        if self.result is None or not self.save_button.isEnabled():
            return None  # stale, or nothing counted: the button says so too
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        result = self.result
        written = attempt(self, lambda: run_long_job(
            self, self.tr("正在保存区汇总表…"), self._db,
            lambda _db: write_consolidation(result, target)), status=self.status_label)
        if written is None:
            return None
        self.status_label.show_result(self.tr("已保存到 {path}").format(path=written))
        return written


def make_page(context: PageContext) -> ConsolidationPage:
    """The district consolidation page for the main window."""
    return ConsolidationPage(context.db, context.actor)
