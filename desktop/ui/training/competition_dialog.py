"""登记参赛: a person's entry in a skills competition (技能竞赛) — found by name, pinyin
initials or the last digits of the ID number among the people on the register — with the
competition's name, level (区级, 市级, 国家级), the day it was held, the result and, when
there was one, the course that prepared them. A refusal (no name, a day in a closed month)
shows in the dialog, which stays open; nothing is written then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.people.people_query import PeopleQuery, fetch_rows, search_ids
from desktop.models.training import competitions, courses, rules
from desktop.models.training.competitions import CompetitionInput
from desktop.ui.common.dialog_parts import accept_cancel_buttons, show_error
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import attempt
from desktop.ui.shell.keyboard_nav import search_leads_to
from desktop.ui.training.employment_dialogs import DIALOG_CHARS, day_edit, problem_line

# How many people the search lists.
FOUND_MAX = 20


class CompetitionDialog(QDialog):
    """Record a competition entry; ``entry_id`` is its id once saved."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("登记技能竞赛参赛"))
        self.setAccessibleName(self.windowTitle())
        today = db.clock.today()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母或身份证号末几位"))
        self.search_edit.setAccessibleName(self.tr("查找参赛人"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("找到的人员"))
        self.results.setMaximumHeight(self.results.fontMetrics().height() * 7)
        search_leads_to(self.search_edit, self.results)
        self.search_edit.textChanged.connect(self._search)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setAccessibleName(self.tr("竞赛名称"))
        self.name_edit.setPlaceholderText(self.tr("如：西城区残疾人职业技能竞赛"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("竞赛级别"))
        for level in rules.COMPETITION_LEVELS:
            self.level_combo.addItem(model_message(rules.LEVEL_NAMES[level]), level)
        self.held_edit = day_edit(today, self.tr("比赛日期"))
        self.result_edit = QLineEdit()
        self.result_edit.setMaxLength(40)
        self.result_edit.setAccessibleName(self.tr("成绩"))
        self.result_edit.setPlaceholderText(self.tr("如：二等奖、优秀奖、参赛"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("为比赛做准备的培训课程（可不选）"))
        self.course_combo.addItem(self.tr("（不关联课程）"), None)
        for course in courses.list_courses(db):
            self.course_combo.addItem(self.tr("{name}（{first}）").format(
                name=course.name, first=course.first_day), course.id)
        form = QFormLayout()
        for text, widget in ((self.tr("参赛人(&P):"), self.search_edit),
                             ("", self.results),
                             (self.tr("竞赛名称(&N):"), self.name_edit),
                             (self.tr("级别(&L):"), self.level_combo),
                             (self.tr("比赛日期(&D):"), self.held_edit),
                             (self.tr("成绩(&R):"), self.result_edit),
                             (self.tr("相关课程(&U):"), self.course_combo)):
            label = QLabel(text)
            if text:
                label.setBuddy(widget)
            form.addRow(label, widget)
        self.error_label = problem_line(self.tr("登记参赛的问题"))
        buttons, _ok = accept_cancel_buttons(self, self.tr("保存(&S)"), self.tr("保存参赛记录"),
                                             self.tr("取消"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Wide enough for the longest choice at any text size.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * DIALOG_CHARS)

    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        ids = search_ids(self._db, PeopleQuery(text=text))[:FOUND_MAX]
        found = fetch_rows(self._db, ids)
        for person_id in ids:
            row = found[person_id]
            item = QListWidgetItem(self.tr("{name}　{id}").format(name=row.name,
                                                                  id=row.id_number))
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def person_id(self) -> int | None:
        """The person chosen, if any."""
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def save(self) -> None:
        """Record the entry; on refusal show why and stay open."""
        person_id = self.person_id()
        if person_id is None:
            show_error(self.error_label, self.tr("请先输入姓名或拼音找到参赛人，再选中一位"))
            self.search_edit.setFocus()
            return
        course = self.course_combo.currentData()
        data = CompetitionInput(person_id, self.name_edit.text(),
                                str(self.level_combo.currentData()),
                                self.held_edit.date().toString("yyyy-MM-dd"),
                                self.result_edit.text(),
                                None if course is None else int(course))
        found = attempt(self, lambda: competitions.add_entry(self._db, data, actor=self._actor),
                        show=lambda text: show_error(self.error_label, text))
        if found is not None:
            self.entry_id = found
            self.accept()
