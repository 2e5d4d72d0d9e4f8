"""What the training dialogs and tabs share: finding a person on the register by name, pinyin
initials or the last digits of the ID number (members or not), the course's form and subsidy
in words, a day field, a list of days typed as text, and widths in characters of the font.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.people import search_keys
from desktop.models.people.identity import mask_id
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.training import rules
from desktop.models.training.courses import Course
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.form_fields import use_calendar_popup
from desktop.ui.common.labels import model_message
from desktop.ui.shell.keyboard_nav import search_leads_to

FOUND_MAX = 30
"""How many people a search lists at most (best matches first)."""
_VISIBLE_RESULTS = 5


def han_width(widget: QWidget, count: int) -> int:
    """The width of ``count`` Han characters in ``widget``'s font (it grows with large text)."""
    return widget.fontMetrics().horizontalAdvance("汉") * count


@dataclass(frozen=True)
class PersonFound:
    """A person found on the register: the ID number masked, whether a member."""

    person_id: int
    name: str
    masked_id: str
    member: bool


def find_people(db: Database, text: str, limit: int = FOUND_MAX) -> list[PersonFound]:
    """People not archived found by name, pinyin, initials or an ID ending as the people
    register finds them, best first; members and others alike; nothing for a blank text."""
    if not search_keys.normalise_query(text):
        return []
    ids = search_ids(db, PeopleQuery(text=text))[:limit]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {int(r["id"]): r for r in db.query(
        "SELECT p.id, p.name, p.id_number, coalesce(m.active, 0) AS member FROM person p"
        f" LEFT JOIN member m ON m.person_id = p.id WHERE p.id IN ({marks})", ids)}
    return [PersonFound(i, rows[i]["name"], mask_id(rows[i]["id_number"]),
                        bool(rows[i]["member"])) for i in ids if i in rows]


class PersonPicker(QObject):
    """A search field with the people it finds listed under it; typing searches, Down or
    Enter moves into the list, the first one found is chosen. ``chosen`` is emitted whenever
    the person chosen changes."""

    chosen = Signal()

    def __init__(self, db: Database, label: str, name: str, parent: QWidget, *,
                 visible_rows: int = _VISIBLE_RESULTS) -> None:
        super().__init__(parent)
        self._db = db
        self.search_edit = QLineEdit(parent)
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或身份证号末几位"))
        self.search_edit.setAccessibleName(name)
        self.results = QListWidget(parent)
        self.results.setAccessibleName(self.tr("找到的人员"))
        rows = self.results.fontMetrics().height() + 6
        self.results.setMinimumHeight(rows * visible_rows)
        self.results.setMaximumHeight(rows * (visible_rows + 2))
        self.results.setMinimumWidth(han_width(self.results, 22))
        search_leads_to(self.search_edit, self.results)
        self.search_edit.textChanged.connect(self._search)
        self.results.currentRowChanged.connect(lambda _row: self.chosen.emit())
        self.label = QLabel(label, parent)
        self.label.setBuddy(self.search_edit)

    def add_to(self, form: QFormLayout) -> None:
        """The label and the search field on one row, the list under the field."""
        form.addRow(self.label, self.search_edit)
        form.addRow("", self.results)

    def _search(self, text: str) -> None:
        self.results.clear()
        for found in find_people(self._db, text):
            who = self.tr("会员") if found.member else self.tr("非会员")
            item = QListWidgetItem(self.tr("{name}　{id}　{who}").format(
                name=found.name, id=found.masked_id, who=who))
            item.setData(Qt.ItemDataRole.UserRole, found.person_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.chosen.emit()  # none now

    def choose(self, person_id: int) -> None:
        """Find the person ``person_id`` by name and choose them."""
        name = self._db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
        self.search_edit.setText(str(name or ""))
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.results.setCurrentRow(row)

    def person_id(self) -> int | None:
        """The chosen person, if any (none while the search field is empty)."""
        item = self.results.currentItem()
        if item is None or not self.search_edit.text().strip():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def required(self, show: Callable[[str], object]) -> int | None:
        """The chosen person; when none is, ``show`` says to find one first and the search
        field takes the focus."""
        found = self.person_id()
        if found is None:
            show(self.tr("请先输入姓名或拼音首字母，在列表中选中一位"))
            self.search_edit.setFocus()
        return found


def day_edit(day: str, name: str) -> QDateEdit:
    """A day field (yyyy-MM-dd, with a calendar) showing ``day``, named for screen readers."""
    edit = QDateEdit(QDate.fromString(day, "yyyy-MM-dd"))
    edit.setDisplayFormat("yyyy-MM-dd")
    use_calendar_popup(edit)
    name_editor(edit, name)
    return edit


def iso(edit: QDateEdit) -> str:
    """The day in a day field as YYYY-MM-DD."""
    return edit.date().toString("yyyy-MM-dd")


_DAY_SEPARATORS = re.compile(r"[\s,，、;；]+")


def typed_days(text: str) -> list[str]:
    """The days typed in a list field (separated by spaces, commas or 、), as typed: the models
    refuse a malformed one naming it."""
    return [part for part in _DAY_SEPARATORS.split(text.strip()) if part]


def form_text(course: Course) -> str:
    """The course's form in words; an order-based course names its employer."""
    text = model_message(rules.FORM_NAMES[course.form])
    if course.form == "order" and course.employer:
        return QCoreApplication.translate("CourseFields", "{form}（{employer}）").format(
            form=text, employer=course.employer)
    return text


def subsidy_text(kind: str, fen: int) -> str:
    """The subsidy standard in words: 800.00元/结业学员, 30.00元/学时, or 无补贴."""
    if kind == "per_completion":
        return QCoreApplication.translate("CourseFields", "{amount}元/结业学员").format(
            amount=format_yuan(fen))
    if kind == "per_hour":
        return QCoreApplication.translate("CourseFields", "{amount}元/学时").format(
            amount=format_yuan(fen))
    return model_message(rules.SUBSIDY_KIND_NAMES["none"])
