"""The roster import wizard: choose a roster workbook, see every row checked, then import it
all at once (or nothing).

Reading and checking happen in :mod:`desktop.excel.people.roster_import`; this dialog only shows the
preview and asks whether people already registered are updated or skipped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.people import roster_import
from desktop.excel.people.roster_import import RosterPreview, RosterRow
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.people.identity import mask_id
from desktop.ui.common.labels import clause_separator, model_message

AnyIndex = QModelIndex | QPersistentModelIndex


class RosterPreviewModel(QAbstractTableModel):
    """The roster's rows: row number, status, name, masked ID and the problems in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._headers = [self.tr("行号"), self.tr("状态"), self.tr("姓名"), self.tr("身份证号"),
                         self.tr("问题")]

    def set_preview(self, preview: RosterPreview | None) -> None:
        """Show this preview's rows (None: empty)."""
        self.beginResetModel()
        self._rows = list(preview.rows) if preview is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> RosterRow:
        """The roster row shown in table row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: RosterRow, column: int) -> str:
        if column == 0:
            return str(row.row)
        if column == 1:
            # Words, not colour alone: the status reads the same to a screen reader.
            return {"error": self.tr("有错误"), roster_import.EXISTING: self.tr("已登记"),
                    roster_import.NEW: self.tr("新增")}[row.status]
        if column == 2:
            return row.data.name
        if column == 3:
            return mask_id(row.data.id_number)
        if row.problems:
            # The column is named by its header in the file (Chinese, as the roster has it).
            return clause_separator().join(
                self.tr("{column}（{letter}列）：{message}").format(
                    column=p.column, letter=p.letter, message=model_message(p.message))
                for p in row.problems)
        if row.existing_id is not None:
            return self.tr("身份证号已登记（人员编号 %1）").replace("%1", str(row.existing_id))
        return ""


class RosterImportDialog(QDialog):
    """Choose a roster, check it, and import it in one transaction.

    Emits ``imported(created, updated)`` after a successful import.
    """

    imported = Signal(int, int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.preview: RosterPreview | None = None
        self.setWindowTitle(self.tr("导入会员名册"))
        self.resize(900, 560)

        intro = QLabel(self.tr("选择按名册模板填写的 Excel 文件（xlsx）。"
                               "每一行都检查无误后才能导入，"
                               "导入一次完成：要么全部写入，要么都不写入。"))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("选择名册文件(&O)…"))
        self.choose_button.setAccessibleName(self.tr("选择名册文件"))
        self.choose_button.clicked.connect(self._choose)
        self.file_label = QLabel(self.tr("尚未选择文件"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.file_label, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("检查结果"))

        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("名册预览"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.summary.setBuddy(self.table)

        self.skip_radio = QRadioButton(self.tr("跳过已登记的人员(&S)"))
        self.update_radio = QRadioButton(self.tr("用名册内容更新已登记的人员(&U)"))
        self.skip_radio.setAccessibleName(self.tr("跳过已登记的人员"))
        self.update_radio.setAccessibleName(self.tr("用名册内容更新已登记的人员"))
        self.skip_radio.setChecked(True)
        self._existing_group = QButtonGroup(self)
        self._existing_group.addButton(self.skip_radio)
        self._existing_group.addButton(self.update_radio)
        existing_row = QHBoxLayout()
        existing_row.addWidget(QLabel(self.tr("身份证号已登记的人员：")))
        existing_row.addWidget(self.skip_radio)
        existing_row.addWidget(self.update_radio)
        existing_row.addStretch(1)

        self.import_button = QPushButton(self.tr("导入(&I)"))
        self.import_button.setAccessibleName(self.tr("导入"))
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAccessibleName(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(existing_row)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择名册文件"), "",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check ``path``; show its rows, or why it cannot be read."""
        self.file_label.setText(str(path))
        try:
            self.preview = roster_import.read_roster(self._db, path, today=self._today)
        except WarmHomeError as exc:
            self.preview = None
            self.summary.setText(model_message(exc.message))
        else:
            self.summary.setText(self._summary_text(self.preview))
        self.model.set_preview(self.preview)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _summary_text(self, preview: RosterPreview) -> str:
        problems = preview.problems
        # Which sheet was read, so that a workbook with several sheets holds no surprise.
        text = self.tr("读取的工作表：“%1”。").replace("%1", preview.sheet)
        text += self.tr("共 %1 行：新增 %2，已登记 %3，有错误 %4（%5 处）").replace(
            "%1", str(len(preview.rows))).replace("%2", str(preview.count(roster_import.NEW))) \
            .replace("%3", str(preview.count(roster_import.EXISTING))) \
            .replace("%4", str(preview.count("error"))).replace("%5", str(len(problems)))
        if problems:
            text += self.tr("。请在 Excel 中改正后重新选择文件；有错误时不会导入任何人。")
        elif not preview.rows:
            text += self.tr("。名册中没有可导入的行。")
        return text

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = preview is not None and bool(preview.rows) and not preview.problems
        self.import_button.setEnabled(ready)
        has_existing = preview is not None and preview.count(roster_import.EXISTING) > 0
        self.skip_radio.setEnabled(has_existing)
        self.update_radio.setEnabled(has_existing)

    def run_import(self) -> None:
        """Import the checked roster; on success show the counts and emit ``imported``."""
        if self.preview is None:
            return
        on_existing = "update" if self.update_radio.isChecked() else "skip"
        try:
            result = roster_import.apply(self._db, self.preview, actor=self._actor,
                                         on_existing=on_existing, today=self._today)
        except WarmHomeError as exc:
            self.summary.setText(self.tr("导入失败，未写入任何人员：") + model_message(exc.message))
            return
        sheet = self.preview.sheet
        self.preview = None
        self.model.set_preview(None)
        self._update_buttons()
        self.summary.setText(self.tr("已从工作表“%4”导入：新增 %1 人，更新 %2 人，跳过已登记 %3 人")
                             .replace("%1", str(result.created))
                             .replace("%2", str(result.updated))
                             .replace("%3", str(result.skipped)).replace("%4", sheet))
        self.imported.emit(result.created, result.updated)
