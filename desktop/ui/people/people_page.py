"""The people page: search, filters, the registry table, and add / edit / archive / restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.people.identity import CATEGORIES, GRADES
from desktop.models.people.people_query import (
    ArchivedFilter,
    PeopleProblem,
    PeopleQuery,
    PersonRow,
    streets_in_use,
)
from desktop.models.people.person_input import PROGRAMMES, ROLES, PersonRole
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.labels import (
    category_label,
    grade_label,
    programme_label,
    role_label,
)
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.record_table import record_table
from desktop.ui.people.people_model import PeopleTableModel
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.shell.keyboard_nav import search_leads_to

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


def person_line(row: PersonRow | None) -> str:
    """Who a row is, told apart from namesakes: 王秀兰（1950-03-02 出生，身份证号尾号 123X）."""
    if row is None:
        return ""
    details = []
    if row.birth_date:
        details.append(QCoreApplication.translate("PeoplePage", "{born} 出生").format(
            born=row.birth_date))
    if len(row.id_number) >= 4:
        # The list shows the last four in clear anyway (the middle is masked).
        details.append(QCoreApplication.translate("PeoplePage", "身份证号尾号 {digits}").format(
            digits=row.id_number[-4:]))
    if not details:
        return row.name
    return QCoreApplication.translate("PeoplePage", "{name}（{details}）").format(
        name=row.name, details=QCoreApplication.translate("PeoplePage", "，").join(details))


class ArchiveDialog(QDialog):
    """Asks why a person is archived; OK stays disabled until a reason is typed."""

    def __init__(self, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("归档人员"))
        layout = QVBoxLayout(self)
        # Name, birth date and the ID's last digits: with two 王秀兰 the right one is archived.
        self.person_label = QLabel(self.tr("归档后 {name} 不再出现在日常列表中，所有记录都会保留，"
                                           "可随时恢复。").format(name=person))
        self.person_label.setWordWrap(True)
        layout.addWidget(self.person_label)
        # Wide enough that the sentence takes two lines, not five, and the hint shows whole.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 32)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(people.ARCHIVE_REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("如：迁出本街道、去世、本人要求"))
        self.reason_edit.setAccessibleName(self.tr("归档原因"))
        form.addRow(self.tr("归档原因(&R):"), self.reason_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("归档"))
        self.ok_button.setAccessibleName(self.tr("确认归档"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(False)

    def reason(self) -> str:
        """The reason typed."""
        return self.reason_edit.text().strip()


class PeoplePage(QWidget):
    """One registry of members, volunteers and family members."""

    people_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model = PeopleTableModel(db, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._search_row())
        layout.addLayout(self._filter_row())
        self.table = record_table(self.model, self.tr("人员列表"))
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by)
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._edit_index)
        search_leads_to(self.search_edit, self.table)
        self.table.activated.connect(self._edit_index)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_row())
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_person)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.reload()
        self._size_columns()

    # -- building ----------------------------------------------------------------------------
    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("查找(&Q):"))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(50)
        self.search_edit.setPlaceholderText(
            self.tr("姓名、拼音首字母(如 zs)、全拼、证件号后4位、电话或卡号"))
        self.search_edit.setAccessibleName(self.tr("查找人员"))
        label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._apply)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("结果数量"))
        row.addWidget(label)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.count_label)
        return row

    def _combo(self, label_text: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("全部"), None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setAccessibleName(accessible_label(label_text))
        # Let the filter row shrink on small screens and with large text.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        combo.currentIndexChanged.connect(self._apply)
        label = QLabel(label_text)
        label.setBuddy(combo)
        self._place_filter(label, combo)
        return combo

    def _place_filter(self, label: QLabel, combo: QComboBox) -> None:
        # Two rows of three filters: fits a 1024-px screen even with large text.
        slot = self._filter_count
        self._filter_count += 1
        row, column = divmod(slot, 3)
        self._filters_layout.addWidget(label, row, column * 2)
        self._filters_layout.addWidget(combo, row, column * 2 + 1)

    def _filter_row(self) -> QGridLayout:
        self._filters_layout = QGridLayout()
        self._filter_count = 0
        self.role_filter = self._combo(self.tr("身份(&R):"),
                                       [(role_label(r), r) for r in ROLES])
        self.category_filter = self._combo(self.tr("类别(&C):"),
                                           [(category_label(c), c) for c in CATEGORIES])
        self.grade_filter = self._combo(self.tr("等级(&G):"),
                                        [(grade_label(g), g) for g in GRADES])
        self.programme_filter = self._combo(self.tr("项目(&P):"),
                                            [(programme_label(p), p) for p in PROGRAMMES])
        self.street_filter = self._combo(self.tr("街道(&T):"), [])
        self.archived_filter = QComboBox()
        for text, value in ((self.tr("在册"), ArchivedFilter.ACTIVE),
                            (self.tr("已归档"), ArchivedFilter.ARCHIVED),
                            (self.tr("全部"), ArchivedFilter.ALL)):
            self.archived_filter.addItem(text, value.value)  # plain text: Qt keeps it as is
        self.archived_filter.setAccessibleName(self.tr("归档状态"))
        self.archived_filter.currentIndexChanged.connect(self._apply)
        label = QLabel(self.tr("状态(&A):"))
        label.setBuddy(self.archived_filter)
        self._place_filter(label, self.archived_filter)
        # The people the monthly report's checks (and the home page's alerts) point at.
        self.problem_filter = self._combo(self.tr("核查(&V):"), [
            (self.tr("缺残疾证号的会员"), PeopleProblem.NO_CERTIFICATE.value),
            (self.tr("入会或离会日期晚于今天"), PeopleProblem.FUTURE_DATES.value)])
        for column in (1, 3, 5):
            self._filters_layout.setColumnStretch(column, 1)
        self._filters_layout.setColumnStretch(6, 2)
        return self._filters_layout

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增(&N)"))
        self.edit_button = QPushButton(self.tr("编辑(&E)"))
        self.archive_button = QPushButton(self.tr("归档(&H)…"))
        self.restore_button = QPushButton(self.tr("恢复(&U)"))
        for button, name in ((self.add_button, self.tr("新增人员")),
                             (self.edit_button, self.tr("编辑所选人员")),
                             (self.archive_button, self.tr("归档所选人员")),
                             (self.restore_button, self.tr("恢复所选人员"))):
            button.setAccessibleName(name)
            row.addWidget(button)
        row.addStretch(1)
        self.import_button = QPushButton(self.tr("导入名册(&M)…"))
        self.import_button.setAccessibleName(self.tr("从 Excel 名册导入会员"))
        self.template_button = QPushButton(self.tr("保存空白名册(&B)…"))
        self.template_button.setAccessibleName(self.tr("保存空白名册模板"))
        row.addWidget(self.import_button)
        row.addWidget(self.template_button)
        self.import_button.clicked.connect(lambda: self.make_import_dialog().open())
        self.template_button.clicked.connect(self.save_template)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        return row

    def make_import_dialog(self) -> QDialog:
        """The roster import wizard, wired to refresh the list after an import."""
        from desktop.ui.people.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self._db, self._actor, parent=self)
        dialog.imported.connect(lambda _created, _updated: self._after_import())
        return dialog

    def _after_import(self) -> None:
        self.reload()
        self.people_changed.emit()

    def save_template(self) -> None:
        """Ask where, then write a blank roster workbook with headers and drop-downs."""
        from desktop.excel.people.roster_template import write_template

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存空白名册"), "会员名册模板.xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        succeeded(self, lambda: write_template(path), title=self.tr("无法保存"))

    # -- behaviour ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Refresh the street choices and re-run the query (after data changed elsewhere)."""
        current = self.street_filter.currentData()
        self.street_filter.blockSignals(True)
        while self.street_filter.count() > 1:
            self.street_filter.removeItem(1)
        for street in streets_in_use(self._db):
            self.street_filter.addItem(street, street)
        index = self.street_filter.findData(current) if current else 0
        self.street_filter.setCurrentIndex(max(index, 0))
        self.street_filter.blockSignals(False)
        self._apply()

    def current_query(self) -> PeopleQuery:
        """The query described by the search box and filters."""
        query = self.model.query
        return PeopleQuery(
            text=self.search_edit.text(),
            role=PersonRole(role) if (role := self.role_filter.currentData()) else None,
            category=self.category_filter.currentData(),
            grade=self.grade_filter.currentData(),
            street=self.street_filter.currentData(),
            programme=self.programme_filter.currentData(),
            archived=ArchivedFilter(self.archived_filter.currentData() or ArchivedFilter.ACTIVE),
            problem=PeopleProblem(p) if (p := self.problem_filter.currentData()) else None,
            order_by=query.order_by,
            descending=query.descending,
        )

    def _apply(self, *_: object) -> None:
        self.model.set_query(self.current_query())

    def _after_reset(self) -> None:
        self.count_label.setText(self.tr("共 {n} 人").format(n=self.model.rowCount()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        # The large-text setting restyles the app: widen columns and rows to match.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_columns()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        if not hasattr(self, "table"):
            return
        metrics = self.table.fontMetrics()
        han = metrics.horizontalAdvance("汉")
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)
        widths = [7, 2, 6, 11, 7, 6, 3, 3, 10, 5, 7, 6]
        for column, chars in enumerate(widths):
            # The theme shows headers in capitals: measure them that way.
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal)).upper()
            # Room for the header text, the sort arrow and the theme's padding.
            needed = max(han * chars + 16, metrics.horizontalAdvance(header) + 56)
            self.table.setColumnWidth(column, needed)

    def _sort_by(self, column: int) -> None:
        if not self.model.sortable(column):
            header = self.table.horizontalHeader()
            header.setSortIndicator(self._sort_column, self._sort_order)
            return
        if column == self._sort_column:
            self._sort_order = (Qt.SortOrder.DescendingOrder
                                if self._sort_order == Qt.SortOrder.AscendingOrder
                                else Qt.SortOrder.AscendingOrder)
        else:
            self._sort_column, self._sort_order = column, Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, self._sort_order)
        self.model.sort(column, self._sort_order)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def selected_person_id(self) -> int | None:
        """The person on the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        person_id = self.selected_person_id()
        row = self.model.row_data(self.model.row_of(person_id)) if person_id else None
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None and not row.archived)
        self.restore_button.setEnabled(row is not None and row.archived)

    def show_alert(self, key: str) -> None:
        """A home-page alert was chosen: a people check's (``validation.people.<problem>``)
        shows just the people it is about; any other alert is not this page's."""
        prefix = "validation.people."
        if key.startswith(prefix):
            self.show_problem(key.removeprefix(prefix))

    def show_problem(self, problem: str) -> None:
        """Show only the people a monthly check flags (a ``PeopleProblem`` value), everyone on
        the register, with the other filters and the search cleared; a check without a filter
        shows everyone on the register."""
        self.search_edit.clear()
        for combo in (self.role_filter, self.category_filter, self.grade_filter,
                      self.programme_filter, self.street_filter):
            combo.setCurrentIndex(0)
        self.archived_filter.setCurrentIndex(0)
        self.problem_filter.setCurrentIndex(max(self.problem_filter.findData(problem), 0))
        self._apply()

    def select_person(self, person_id: int) -> None:
        """Select and show a person's row (clearing filters that hide them)."""
        if self.model.row_of(person_id) < 0:
            self.search_edit.clear()
            for combo in (self.role_filter, self.category_filter, self.grade_filter,
                          self.programme_filter, self.street_filter):
                combo.setCurrentIndex(0)
            self.archived_filter.setCurrentIndex(self.archived_filter.findData(ArchivedFilter.ALL.value))
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- actions -------------------------------------------------------------------------------
    def make_dialog(self, person_id: int | None) -> PersonDialog:
        """The add/edit dialog, wired to refresh this page (tests drive it directly)."""
        dialog = PersonDialog(self._db, self._actor, person_id, self)
        dialog.saved.connect(self._after_save)
        dialog.open_person_requested.connect(self._open_other)
        return dialog

    def add_person(self) -> None:
        """Open the form for a new person."""
        self.make_dialog(None).open()

    def edit_selected(self) -> None:
        """Open the form for the selected person."""
        person_id = self.selected_person_id()
        if person_id is not None:
            self.make_dialog(person_id).open()

    def _edit_index(self, index: QModelIndex) -> None:
        person_id = self.model.person_id(index.row())
        if person_id is not None:
            self.make_dialog(person_id).open()

    def _open_other(self, person_id: int) -> None:
        self.select_person(person_id)
        self.make_dialog(person_id).open()

    def _after_save(self, person_id: int) -> None:
        # Stay on the view the user chose (e.g. 已归档): the restored person leaves it.
        self.reload()
        self.people_changed.emit()

    def make_archive_dialog(self) -> ArchiveDialog | None:
        """The archive dialog for the selected person, wired to archive on OK."""
        person_id = self.selected_person_id()
        if person_id is None:
            return None
        row = self.model.row_data(self.model.row_of(person_id))
        dialog = ArchiveDialog(person_line(row), self)
        dialog.accepted.connect(lambda: self._archive(person_id, dialog.reason()))
        return dialog

    def archive_selected(self) -> None:
        """Ask for a reason and archive the selected person."""
        dialog = self.make_archive_dialog()
        if dialog is not None:
            dialog.open()

    def _archive(self, person_id: int, reason: str) -> None:
        if not succeeded(self, lambda: people.archive_person(self._db, person_id, reason,
                                                             actor=self._actor),
                         title=self.tr("无法归档")):
            return
        self.reload()
        self.people_changed.emit()

    def restore_selected(self) -> None:
        """Bring the selected archived person back."""
        person_id = self.selected_person_id()
        if person_id is None:
            return
        if not succeeded(self, lambda: people.restore_person(self._db, person_id,
                                                             actor=self._actor),
                         title=self.tr("无法恢复")):
            return
        # Stay on the view the user chose (e.g. 已归档): the restored person leaves it.
        self.reload()
        self.people_changed.emit()


def make_page(context: PageContext) -> PeoplePage:
    """The people page for the main window: a people check's alert on the home page opens it
    showing just the people the check is about."""
    page = PeoplePage(context.db, context.actor)
    context.signals.alert_chosen.connect(page.show_alert)
    return page
