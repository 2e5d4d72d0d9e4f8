"""The attendance page's day view: who signed in and out, how and by whom; staff changes;
the kiosk's refusals; and the paper fallback for days the kiosk cannot be used."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance.attendance import SignIn
from desktop.models.db import Database
from desktop.models.reporting import month_close
from desktop.ui.attendance.attendance_day_model import DaySignInModel, KioskEventModel
from desktop.ui.attendance.paper_entry import PaperEntryDialog
from desktop.ui.attendance.paper_sheet import PaperSheetDialog
from desktop.ui.attendance.sign_in_dialogs import (
    AddSignInDialog,
    CorrectSignInDialog,
    VoidSignInDialog,
    date_edit,
    python_date,
)
from desktop.ui.common.labels import closed_month_line, closed_month_tip
from desktop.ui.common.page_parts import RefreshingPage, fit_columns
from desktop.ui.common.record_table import record_table

# Width of each sign-in column in Chinese characters (name, in, out, time, how, by, status).
_SIGN_IN_CHARS = [6, 4, 4, 6, 5, 6, 12]
_EVENT_CHARS = [5, 14, 10, 6]


class DayPanel(RefreshingPage):
    """One day's sign-ins with 补签 / 更正时间 / 作废, and the paper sign-in sheet."""

    attendance_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._can_edit = actor.can(Permission.EDIT_ATTENDANCE)
        # Whether the shown day's month is closed (submitted): its records are read-only.
        self._closed = False
        self.model = DaySignInModel(db, self)
        self.events_model = KioskEventModel(db, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._date_row())

        self.table = record_table(self.model, self.tr("当天签到列表"), wrap=False)
        self.table.doubleClicked.connect(self._correct_index)
        events = QWidget()
        events_layout = QVBoxLayout(events)
        events_layout.setContentsMargins(0, 0, 0, 0)
        self.events_table = record_table(self.events_model, self.tr("签到台拒绝记录"), wrap=False)
        events_label = QLabel(self.tr("签到台拒绝记录（未登记的卡、已归档或不在册的会员，"
                                      "均未签到）："))
        events_label.setWordWrap(True)
        events_label.setBuddy(self.events_table)
        events_layout.addWidget(events_label)
        events_layout.addWidget(self.events_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(events)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        # Said in words above the disabled buttons (a tooltip alone is easily missed).
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)
        layout.addLayout(self._button_row())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.date_edit.dateChanged.connect(lambda _day: self.refresh())
        self.refresh()
        self.size_columns()

    # -- building ----------------------------------------------------------------------------
    def _date_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("日期(&D):"))
        self.date_edit = date_edit(self._db.clock.today(), self.tr("日期"))
        label.setBuddy(self.date_edit)
        self.previous_button = QPushButton(self.tr("◀ 前一天(&B)"))
        self.previous_button.setAccessibleName(self.tr("前一天"))
        self.next_button = QPushButton(self.tr("后一天(&N) ▶"))
        self.next_button.setAccessibleName(self.tr("后一天"))
        self.today_button = QPushButton(self.tr("今天(&T)"))
        self.today_button.setAccessibleName(self.tr("回到今天"))
        self.previous_button.clicked.connect(lambda: self.step_day(-1))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        self.today_button.clicked.connect(lambda: self.set_day(self._db.clock.today()))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("当天签到人数"))
        for widget in (label, self.date_edit, self.previous_button, self.next_button,
                       self.today_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.count_label, 1)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("补签(&A)…"))
        self.correct_button = QPushButton(self.tr("更正时间(&C)…"))
        self.void_button = QPushButton(self.tr("作废(&V)…"))
        self.print_button = QPushButton(self.tr("打印签到表(&P)…"))
        self.paper_button = QPushButton(self.tr("录入纸质签到表(&E)…"))
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        for button, name in ((self.add_button, self.tr("为会员补签")),
                             (self.correct_button, self.tr("更正所选签到的时间")),
                             (self.void_button, self.tr("作废所选签到")),
                             (self.print_button, self.tr("打印纸质签到表")),
                             (self.paper_button, self.tr("录入纸质签到表")),
                             (self.refresh_button, self.tr("刷新签到列表"))):
            button.setAccessibleName(name)
        for button in (self.add_button, self.correct_button, self.void_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.print_button, self.paper_button, self.refresh_button):
            row.addWidget(button)
        self.add_button.clicked.connect(lambda: self.make_add_dialog().open())
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.print_button.clicked.connect(lambda: self.make_print_dialog().open())
        self.paper_button.clicked.connect(lambda: self.make_paper_entry_dialog().open())
        self.refresh_button.clicked.connect(self.refresh)
        return row

    # -- the day -----------------------------------------------------------------------------
    def day(self) -> date:
        """The date shown."""
        return python_date(self.date_edit)

    def set_day(self, day: date) -> None:
        """Show another date."""
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def step_day(self, days: int) -> None:
        """Move the shown date by a number of days."""
        self.set_day(self.day() + timedelta(days=days))

    def refresh(self) -> None:
        """Re-read the day's sign-ins and refusals, keeping the selected entry."""
        selected = self.selected_sign_in()
        day = self.day().isoformat()
        self._show_closed(day[:7])
        self.model.set_day(day)
        self.events_model.set_day(day)
        if selected is not None:
            self.select_sign_in(selected.id)

    def _after_reset(self) -> None:
        valid, voided = self.model.counts()
        text = self.tr("签到 {n} 人").format(n=valid)
        if voided:
            text += self.tr("；另有 {m} 条已作废").format(m=voided)
        self.count_label.setText(text)
        self._update_buttons()

    def selected_sign_in(self) -> SignIn | None:
        """The sign-in on the selected row, if any."""
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.sign_in(rows[0].row()) if rows else None

    def select_sign_in(self, sign_in_id: int) -> None:
        """Select and show a sign-in's row."""
        row = self.model.row_of(sign_in_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_closed(self, month: str) -> None:
        """Disable the day's changes when its month is closed, and say so; the models refuse
        such changes anyway (a month closed while a dialog is open)."""
        self._closed = month_close.is_closed(self._db, month)
        self.closed_label.setText("⚠ " + closed_month_line(month) if self._closed else "")
        self.closed_label.setVisible(self._closed)
        tip = closed_month_tip(month) if self._closed else ""
        for button in (self.add_button, self.correct_button, self.void_button,
                       self.paper_button):
            button.setToolTip(tip)
        self.add_button.setEnabled(self._can_edit and not self._closed)
        self.paper_button.setEnabled(self._can_edit and not self._closed)

    def _update_buttons(self, *_: object) -> None:
        selected = self.selected_sign_in()
        changeable = self._can_edit and not self._closed and selected is not None \
            and not selected.voided
        self.correct_button.setEnabled(changeable)
        self.void_button.setEnabled(changeable)

    # -- dialogs (tests drive the dialogs these return) -----------------------------------------
    def _wire(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def make_add_dialog(self) -> AddSignInDialog:
        """The 补签 dialog for the shown day, wired to refresh this view."""
        dialog = AddSignInDialog(self._db, self._actor, self.day(), self)
        dialog.saved.connect(self._after_change)
        self._wire(dialog)
        return dialog

    def make_correct_dialog(self) -> CorrectSignInDialog | None:
        """The 更正时间 dialog for the selected sign-in (None without a valid selection)."""
        selected = self.selected_sign_in()
        if selected is None or selected.voided:
            return None
        dialog = CorrectSignInDialog(self._db, self._actor, selected, self)
        dialog.saved.connect(self._after_change)
        self._wire(dialog)
        return dialog

    def make_void_dialog(self) -> VoidSignInDialog | None:
        """The 作废 dialog for the selected sign-in (None without a valid selection)."""
        selected = self.selected_sign_in()
        if selected is None or selected.voided:
            return None
        dialog = VoidSignInDialog(self._db, self._actor, selected, self)
        dialog.saved.connect(self._after_change)
        self._wire(dialog)
        return dialog

    def make_print_dialog(self) -> PaperSheetDialog:
        """The 打印签到表 dialog for the shown day."""
        dialog = PaperSheetDialog(self._db, self.day(), self)
        self._wire(dialog)
        return dialog

    def make_paper_entry_dialog(self) -> PaperEntryDialog:
        """The tick-list that enters a paper sheet for the shown day."""
        dialog = PaperEntryDialog(self._db, self._actor, self.day(), self)
        dialog.entered.connect(lambda _added: self._after_change(None))
        self._wire(dialog)
        return dialog

    def correct_selected(self) -> None:
        """Open 更正时间 for the selected sign-in."""
        dialog = self.make_correct_dialog()
        if dialog is not None:
            dialog.open()

    def void_selected(self) -> None:
        """Open 作废 for the selected sign-in."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            dialog.open()

    def _correct_index(self, index: QModelIndex) -> None:
        if self._can_edit and not self._closed and index.isValid():
            self.table.selectRow(index.row())
            self.correct_selected()

    def _after_change(self, sign_in_id: int | None) -> None:
        self.refresh()
        if sign_in_id is not None:
            self.select_sign_in(sign_in_id)
        self.attendance_changed.emit()

    # -- look ----------------------------------------------------------------------------------
    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if not hasattr(self, "events_table"):
            return
        for table, chars in ((self.table, _SIGN_IN_CHARS), (self.events_table, _EVENT_CHARS)):
            fit_columns(table, chars)
