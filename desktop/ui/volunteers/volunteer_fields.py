"""Fields the volunteer dialogs share: finding and choosing one volunteer (by name, pinyin
initials or the last digits of the ID number), a day field named for screen readers, and
widths counted in characters of the font in use (large text widens them).

Used by 补录服务 (服务时长 tab), 出具志愿服务证明 (服务证明 tab) and 员工代签到 (签到记录 tab).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.volunteers import ledger
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.shell.keyboard_nav import search_leads_to

_VISIBLE_RESULTS = 4
"""How many found volunteers the list shows without scrolling."""
_RESULT_CHARS = 22
"""How many Han characters wide the list of found volunteers is."""
DIALOG_CHARS = 36
"""How many Han characters wide a volunteer dialog is at least."""


def han_width(widget: QWidget, count: int) -> int:
    """The width of ``count`` Han characters in ``widget``'s font (it grows with large text)."""
    return widget.fontMetrics().horizontalAdvance("汉") * count


def date_editor(day: QDate, name: str) -> QDateEdit:
    """A day field (yyyy-MM-dd, with a calendar), named ``name`` for screen readers."""
    editor = QDateEdit(day)
    editor.setDisplayFormat("yyyy-MM-dd")
    editor.setCalendarPopup(True)
    name_editor(editor, name)
    return editor


class VolunteerPicker(QObject):
    """A search field with the volunteers it finds listed under it; typing searches, Down or
    Enter moves into the list, the first one found is chosen.

    ``add_to`` puts the label, the field and the list into a form; ``chosen`` is emitted
    whenever the volunteer chosen changes.
    """

    chosen = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.search_edit = QLineEdit(parent)
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或身份证号末几位"))
        self.search_edit.setAccessibleName(self.tr("查找志愿者"))
        self.results = QListWidget(parent)
        self.results.setAccessibleName(self.tr("找到的志愿者"))
        rows = self.results.fontMetrics().height() + 6
        self.results.setMinimumHeight(rows * _VISIBLE_RESULTS)
        # Wide enough for a name, the masked ID number and the 志愿北京 number on one line.
        self.results.setMinimumWidth(han_width(self.results, _RESULT_CHARS))
        self.results.setMaximumHeight(rows * (_VISIBLE_RESULTS + 2))
        search_leads_to(self.search_edit, self.results)
        self.search_edit.textChanged.connect(self._search)
        self.results.currentRowChanged.connect(lambda _row: self.chosen.emit())
        self.label = QLabel(self.tr("志愿者(&V):"), parent)
        self.label.setBuddy(self.search_edit)

    def add_to(self, form: QFormLayout) -> None:
        """The label and the search field on one row, the list under the field."""
        form.addRow(self.label, self.search_edit)
        form.addRow("", self.results)

    def _search(self, text: str) -> None:
        self.results.clear()
        for found in ledger.find_volunteers(self._db, text, actor=self._actor):
            item = QListWidgetItem(self.tr("{name}　{id}　{number}").format(
                name=found.name, id=found.masked_id, number=found.volunteer_number))
            item.setData(Qt.ItemDataRole.UserRole, found.person_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.chosen.emit()  # none now

    def choose(self, person_id: int) -> None:
        """Find the volunteer ``person_id`` by name and choose them."""
        self.search_edit.setText(ledger.person_name(self._db, person_id))
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.results.setCurrentRow(row)

    def person_id(self) -> int | None:
        """The chosen volunteer, if any."""
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def required(self, show: Callable[[str], object]) -> int | None:
        """The chosen volunteer; when none is, ``show`` says to find one first and the search
        field takes the focus."""
        person_id = self.person_id()
        if person_id is None:
            show(self.tr("请先输入姓名或拼音找到志愿者，再选中一位"))
            self.search_edit.setFocus()
        return person_id
