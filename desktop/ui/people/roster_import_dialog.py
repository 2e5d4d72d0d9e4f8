"""The roster import wizard: choose a roster workbook, see every row checked, then import it
all at once (or nothing).

Reading and checking happen in :mod:`desktop.excel.people.roster_import`; this dialog only shows the
preview and asks whether people already registered are updated or skipped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from desktop.models.people.identity import mask_id
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.labels import clause_separator, model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt


def _status(row: RosterRow) -> str:
    # Words, not colour alone: the status reads the same to a screen reader.
    return {"error": QCoreApplication.translate("RosterPreviewModel", "有错误"),
            roster_import.EXISTING: QCoreApplication.translate("RosterPreviewModel", "已登记"),
            roster_import.NEW: QCoreApplication.translate("RosterPreviewModel", "新增")
            }[row.status]


def _problems(row: RosterRow) -> str:
    if row.problems:
        # The column is named by its header in the file (Chinese, as the roster has it).
        return clause_separator().join(
            QCoreApplication.translate("RosterPreviewModel", "{column}（{letter}列）：{message}")
            .format(column=p.column, letter=p.letter, message=model_message(p.message))
            for p in row.problems)
    if row.existing_id is not None:
        text = QCoreApplication.translate("RosterPreviewModel", "身份证号已登记（人员编号 %1）")
        return text.replace("%1", str(row.existing_id))
    return ""


# Headers are literal translate calls so lupdate finds them; each cell's tooltip repeats it
# (the problems are often longer than the column).
ROSTER_COLUMNS: list[Column[RosterRow]] = [
    Column(lambda: QCoreApplication.translate("RosterPreviewModel", "行号"),
           lambda r: str(r.row), align=RIGHT, tooltip=lambda r: str(r.row)),
    Column(lambda: QCoreApplication.translate("RosterPreviewModel", "状态"), _status,
           tooltip=_status),
    Column(lambda: QCoreApplication.translate("RosterPreviewModel", "姓名"),
           lambda r: r.data.name, tooltip=lambda r: r.data.name),
    Column(lambda: QCoreApplication.translate("RosterPreviewModel", "身份证号"),
           lambda r: mask_id(r.data.id_number), tooltip=lambda r: mask_id(r.data.id_number)),
    Column(lambda: QCoreApplication.translate("RosterPreviewModel", "问题"), _problems,
           tooltip=_problems),
]


class RosterPreviewModel(ListTableModel[RosterRow]):
    """The roster's rows: row number, status, name, masked ID and the problems in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ROSTER_COLUMNS, parent)

    def set_preview(self, preview: RosterPreview | None) -> None:
        """Show this preview's rows (None: empty)."""
        self.set_rows(preview.rows if preview is not None else [])


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
        self.preview = attempt(self, lambda: roster_import.read_roster(
            self._db, path, today=self._today), show=self.summary.setText)
        if self.preview is not None:
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
        preview = self.preview
        result = attempt(self, lambda: roster_import.apply(
            self._db, preview, actor=self._actor, on_existing=on_existing, today=self._today),
            show=lambda reason: self.summary.setText(
                self.tr("导入失败，未写入任何人员：") + reason))
        if result is None:
            return
        sheet = preview.sheet
        self.preview = None
        self.model.set_preview(None)
        self._update_buttons()
        self.summary.setText(self.tr("已从工作表“%4”导入：新增 %1 人，更新 %2 人，跳过已登记 %3 人")
                             .replace("%1", str(result.created))
                             .replace("%2", str(result.updated))
                             .replace("%3", str(result.skipped)).replace("%4", sheet))
        self.imported.emit(result.created, result.updated)
