"""The 技能竞赛 tab: the entries of people in skills competitions by year (name, level, day,
result, the course that prepared them), recording one and voiding one entered by mistake
with a reason (kept, not deleted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import competitions, courses, rules
from desktop.models.training.competitions import CompetitionEntry
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.training.competition_dialog import CompetitionDialog

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters per column: person, competition, level, day, result, course.
_CHARS = (5, 18, 5, 9, 8, 14)


class EntryLine:
    """An entry with its course's name."""

    def __init__(self, entry: CompetitionEntry, course_name: str) -> None:
        self.entry = entry
        self.course_name = course_name

    @property
    def id(self) -> int:
        """The entry's id (the table's key)."""
        return self.entry.id


def entry_columns() -> list[Column[EntryLine]]:
    """The entries' columns."""
    translate = QCoreApplication.translate
    return every_column([
        Column(lambda: translate("CompetitionTab", "姓名"), lambda r: r.entry.person_name),
        Column(lambda: translate("CompetitionTab", "竞赛名称"), lambda r: r.entry.name),
        Column(lambda: translate("CompetitionTab", "级别"),
               lambda r: model_message(rules.LEVEL_NAMES[r.entry.level])),
        Column(lambda: translate("CompetitionTab", "比赛日期"), lambda r: r.entry.held_on),
        Column(lambda: translate("CompetitionTab", "成绩"), lambda r: r.entry.result),
        Column(lambda: translate("CompetitionTab", "相关课程"), lambda r: r.course_name),
    ])


class CompetitionTab(RefreshingPage):
    """The year's competition entries."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model: ListTableModel[EntryLine] = ListTableModel(entry_columns(), self,
                                                               key=lambda r: r.id)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年份(&Y):"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("比赛年份"))
        year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("参赛人次"))
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.table = record_table(self.model, self.tr("技能竞赛参赛记录"), wrap=False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = named_button(self.tr("登记参赛(&N)…"),
                                       self.tr("登记一位人员参加技能竞赛"), self.open_add)
        self.void_button = named_button(self.tr("作废(&V)…"),
                                        self.tr("作废录错的参赛记录（保留记录，写明原因）"),
                                        self.open_void)
        row.addWidget(self.add_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = StatusLabel(self.tr("技能竞赛操作结果"))
        layout.addWidget(self.status_label)
        self.dialog: QWidget | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.size_columns()

    def year(self) -> int:
        """The year chosen (the current one by default)."""
        return int(self.year_combo.currentData() or self._db.clock.today().year)

    def reload(self) -> None:
        """The years (this one and every year with entries) and the year's entries."""
        current = self.year_combo.currentData()
        this_year = self._db.clock.today().year
        years = sorted({this_year, *(int(e.held_on[:4]) for e in competitions.entries(
            self._db))}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current or this_year), 0))
        self.year_combo.blockSignals(False)
        self.reload_list()

    def reload_list(self, select: int | None = None) -> None:
        """The chosen year's entries, newest first."""
        names = {c.id: c.name for c in courses.list_courses(self._db, include_cancelled=True)}
        lines = [EntryLine(e, names.get(e.course_id, "") if e.course_id else "")
                 for e in competitions.entries(self._db, year=self.year())]
        self.model.set_rows(lines)
        self.count_label.setText(self.tr("{year} 年参赛 {n} 人次").format(year=self.year(),
                                                                      n=len(lines)))
        index = self.model.row_of(select) if select is not None else -1
        if index < 0 and lines:
            index = 0
        if index >= 0:
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> EntryLine | None:
        """The entry selected, if any."""
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        if hasattr(self, "void_button"):
            self.void_button.setEnabled(self.selected() is not None)

    def make_add_dialog(self) -> CompetitionDialog:
        """登记参赛, wired to show the new entry."""
        dialog = CompetitionDialog(self._db, self._actor, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        return dialog

    def open_add(self) -> None:
        """Open 登记参赛."""
        self.dialog = self.make_add_dialog()
        self.dialog.show()

    def _added(self, dialog: CompetitionDialog) -> None:
        held = dialog.held_edit.date().year()
        self.reload()
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(held), 0))
        self.reload_list(select=dialog.entry_id)
        line = self.selected()
        if line is not None:
            self.status_label.show_result(self.tr("已登记 {name} 参加{competition}").format(
                name=line.entry.person_name, competition=line.entry.name))

    def make_void_dialog(self) -> ReasonDialog | None:
        """Ask why the selected entry is voided."""
        line = self.selected()
        if line is None:
            return None
        dialog = ReasonDialog(
            self.tr("作废参赛记录"),
            self.tr("作废 {name} 参加{competition}（{day}）的记录；记录仍保留。").format(
                name=line.entry.person_name, competition=line.entry.name,
                day=line.entry.held_on),
            self.tr("作废(&V)"), self, placeholder=self.tr("如：录错人、重复登记"),
            max_length=rules.REASON_MAX)
        dialog.accepted.connect(lambda: self.void(line.id, dialog.reason()))
        return dialog

    def open_void(self) -> None:
        """Ask why, then void the selected entry."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            self.dialog = dialog
            dialog.show()

    def void(self, entry_id: int, reason: str) -> bool:
        """Void the entry with ``reason``; a refusal shows on the result line."""
        if not succeeded(self, lambda: competitions.void_entry(
                self._db, entry_id, reason, actor=self._actor), status=self.status_label):
            return False
        self.reload()
        self.status_label.show_result(self.tr("已作废这条参赛记录"))
        return True

    def refresh(self) -> None:
        """Read again whenever the tab shows."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _CHARS)


def make_tab(context: PageContext) -> CompetitionTab:
    """The 技能竞赛 tab of the 职业培训 page."""
    return CompetitionTab(context.db, context.actor)
