"""The activities page (文体活动): the year's activities, and each member's count this year.

Two tabs under one year choice: the activity list (new, edit, participants, void) and the
members' counts of cultural and sports activities with those still below the policy's three.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.activities import activities
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import NotFoundError
from desktop.models.reporting import month_close
from desktop.ui.activities.activities_model import (
    ActivitiesTableModel,
    MemberCountModel,
    kind_label,
)
from desktop.ui.activities.activity_dialogs import ActivityDialog, ReasonDialog
from desktop.ui.activities.participants_dialog import ParticipantsDialog
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.labels import (
    closed_month_line,
    closed_month_tip,
    list_separator,
)
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import RefreshingPage, fit_columns
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# The activity list is sized by content (desktop.ui.common.column_fit): at most this many characters
# per column (date, title, kind, place, organiser, participants, status); the room left over
# goes to the title and the place, not to the short status.
_ACTIVITY_MAX_CHARS = (0, 24, 0, 20, 14, 0, 20)
_ACTIVITY_GROW = (1, 3)
_COUNT_CHARS = (8, 8)


class ActivitiesPage(RefreshingPage):
    """Activities with their participants, and the yearly count per member."""

    activities_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.can_edit = actor.can(Permission.EDIT_ATTENDANCE)
        self.model = ActivitiesTableModel(db, self)
        self.count_model = MemberCountModel(db, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._year_row())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("活动和参加次数"))
        self.tabs.addTab(self._activities_tab(), self.tr("活动列表(&1)"))
        self.tabs.addTab(self._counts_tab(), self.tr("本年参加次数(&2)"))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_activity)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.count_model.modelReset.connect(self._show_count_summary)
        self.reload()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    def _year_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("年份(&Y):"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("年份"))
        label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self._apply)
        self.policy_label = QLabel(self.tr(
            "政策要求：有需求的会员每人每年至少参加三次文化体育活动（计入：{kinds}）").format(
            kinds=list_separator().join(kind_label(k) for k in activities.COUNTED_KINDS)))
        self.policy_label.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.year_combo)
        row.addWidget(self.policy_label, 1)
        return row

    def _activities_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        label = QLabel(self.tr("类型(&T):"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部"), None)
        for kind in activities.KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.setAccessibleName(self.tr("活动类型"))
        label.setBuddy(self.kind_filter)
        self.kind_filter.currentIndexChanged.connect(self._apply)
        self.voided_check = QCheckBox(self.tr("显示已作废(&V)"))
        self.voided_check.setAccessibleName(self.tr("显示已作废的活动"))
        self.voided_check.toggled.connect(self._apply)
        self.activity_count_label = QLabel()
        filters.addWidget(label)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.voided_check)
        filters.addStretch(1)
        filters.addWidget(self.activity_count_label)
        layout.addLayout(filters)
        self.table = record_table(self.model, self.tr("活动列表"), wrap=False)
        self.activity_columns = ContentColumns(self.table, _ACTIVITY_MAX_CHARS, _ACTIVITY_GROW)
        self.table.doubleClicked.connect(self._open_participants)
        self.table.activated.connect(self._open_participants)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新建活动(&N)"))
        self.edit_button = QPushButton(self.tr("编辑(&E)"))
        self.participants_button = QPushButton(self.tr("参加者(&P)…"))
        self.void_button = QPushButton(self.tr("作废(&D)…"))
        for button, name in ((self.add_button, self.tr("新建活动")),
                             (self.edit_button, self.tr("编辑所选活动")),
                             (self.participants_button, self.tr("登记所选活动的参加者")),
                             (self.void_button, self.tr("作废所选活动"))):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_selected)
        self.participants_button.clicked.connect(self.open_participants)
        self.void_button.clicked.connect(self.void_selected)
        self.add_button.setEnabled(self.can_edit)
        layout.addLayout(buttons)
        # Why the buttons are off for the selected activity, in words (not a tooltip alone).
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)
        return tab

    def _counts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.below_check = QCheckBox(self.tr("只看不足三次的会员(&B)"))
        self.below_check.setAccessibleName(self.tr("只看不足三次的会员"))
        self.below_check.toggled.connect(self.count_model.set_below_only)
        self.count_summary = QLabel()
        self.count_summary.setAccessibleName(self.tr("参加次数汇总"))
        self.count_summary.setWordWrap(True)
        row.addWidget(self.below_check)
        row.addWidget(self.count_summary, 1)
        layout.addLayout(row)
        self.count_table = record_table(self.count_model, self.tr("会员本年文体活动次数"),
                                        wrap=False)
        layout.addWidget(self.count_table, 1)
        return tab

    # -- behaviour -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Refresh the year choices and both tabs (after data changed elsewhere)."""
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in activities.activity_years(self._db, self._today):
            self.year_combo.addItem(str(year), year)
        wanted = current if current is not None else self._today.year
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(wanted), 0))
        self.year_combo.blockSignals(False)
        self._apply()

    def selected_year(self) -> int:
        """The year shown."""
        year = self.year_combo.currentData()
        return int(year) if year is not None else self._today.year

    def _apply(self, *_: object) -> None:
        year = self.selected_year()
        self.model.set_filter(year, self.kind_filter.currentData(),
                              self.voided_check.isChecked())
        self.count_model.set_year(year)

    def _after_reset(self) -> None:
        self.activity_count_label.setText(self.tr("共 {n} 个活动").format(
            n=self.model.rowCount()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _show_count_summary(self) -> None:
        model = self.count_model
        self.count_summary.setText(self.tr(
            "{year} 年：共 {total} 名会员，{below} 人参加文体活动不足三次").format(
            year=model.year, total=model.total, below=model.below))

    def selected_activity_id(self) -> int | None:
        """The activity on the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        activity = self.model.activity(rows[0].row()) if rows else None
        return activity.id if activity else None

    def select_activity(self, activity_id: int) -> None:
        """Select an activity's row (switching to its year)."""
        try:
            day = activities.get_activity(self._db, activity_id).day
        except NotFoundError:  # gone (or never there): nothing to select
            return
        index = self.year_combo.findData(int(day[:4]))
        if index >= 0 and index != self.year_combo.currentIndex():
            self.year_combo.setCurrentIndex(index)
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self, *_: object) -> None:
        activity_id = self.selected_activity_id()
        activity = self.model.activity(self.model.row_of(activity_id)) if activity_id else None
        month = activity.day[:7] if activity is not None else ""
        # A closed month's activities are read-only (the models refuse changes anyway).
        closed = bool(month) and month_close.is_closed(self._db, month)
        editable = self.can_edit and activity is not None and not activity.voided \
            and not closed
        self.edit_button.setEnabled(editable)
        self.void_button.setEnabled(editable)
        self.participants_button.setEnabled(self.can_edit and activity is not None)
        self.closed_label.setText("⚠ " + closed_month_line(month) if closed else "")
        self.closed_label.setVisible(closed)
        tip = closed_month_tip(month) if closed else ""
        self.edit_button.setToolTip(tip)
        self.void_button.setToolTip(tip)
        # Still opens, to see who took part; the dialog is read-only for a closed month.
        self.participants_button.setToolTip(
            self.tr("查看参加者（只读）：{tip}").format(tip=tip) if closed else "")

    def _changed(self, activity_id: int | None = None) -> None:
        self.reload()
        if activity_id is not None:
            self.select_activity(activity_id)
        self.activities_changed.emit()

    # -- actions -----------------------------------------------------------------------------------
    def make_activity_dialog(self, activity_id: int | None) -> ActivityDialog:
        """The new/edit dialog, wired to refresh this page (tests drive it directly)."""
        dialog = ActivityDialog(self._db, self._actor, activity_id, self)
        dialog.saved.connect(self._changed)
        return dialog

    def add_activity(self) -> None:
        """Open the form for a new activity."""
        if self.can_edit:
            self.make_activity_dialog(None).open()

    def edit_selected(self) -> None:
        """Open the form for the selected activity."""
        activity_id = self.selected_activity_id()
        if activity_id is not None and self.edit_button.isEnabled():
            self.make_activity_dialog(activity_id).open()

    def make_participants_dialog(self, activity_id: int | None = None) -> ParticipantsDialog | None:
        """The participants editor for an activity (the selected one by default)."""
        activity_id = activity_id if activity_id is not None else self.selected_activity_id()
        if activity_id is None or not self.can_edit:
            return None
        dialog = ParticipantsDialog(self._db, self._actor, activity_id, self)
        dialog.participants_changed.connect(lambda: self._changed(activity_id))
        return dialog

    def open_participants(self) -> None:
        """Open the participants editor for the selected activity."""
        dialog = self.make_participants_dialog()
        if dialog is not None:
            dialog.open()

    def _open_participants(self, index: QModelIndex) -> None:
        activity = self.model.activity(index.row())
        if activity is not None:
            dialog = self.make_participants_dialog(activity.id)
            if dialog is not None:
                dialog.open()

    def make_void_dialog(self) -> ReasonDialog | None:
        """The reason dialog for voiding the selected activity, wired to void on OK."""
        activity_id = self.selected_activity_id()
        if activity_id is None or not self.void_button.isEnabled():
            return None
        activity = activities.get_activity(self._db, activity_id)
        dialog = ReasonDialog(
            self.tr("作废活动"),
            self.tr("作废后“{title}”不再计入会员的参加次数；活动和参加者仍保留在记录中。")
            .format(title=activity.title), self.tr("作废"), self)
        dialog.accepted.connect(lambda: self._void(activity_id, dialog.reason()))
        return dialog

    def void_selected(self) -> None:
        """Ask for a reason and void the selected activity."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            dialog.open()

    def _void(self, activity_id: int, reason: str) -> None:
        if succeeded(self, lambda: activities.void_activity(self._db, activity_id, reason,
                                                           actor=self._actor),
                     title=self.tr("无法作废")):
            self._changed()

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Sign-ins and members change on other pages: count again whenever the page shows."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if not hasattr(self, "count_table"):
            return
        fit_columns(self.table, [])  # the row height; the widths follow the content
        self.activity_columns.apply()
        fit_columns(self.count_table, _COUNT_CHARS)


def make_page(context: PageContext) -> ActivitiesPage:
    """The activities page for the main window."""
    return ActivitiesPage(context.db, context.actor)
