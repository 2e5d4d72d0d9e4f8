"""今日照料: the day's care log as one grid, filled from the keyboard.

Rows are the day-care members signed in that day, columns the services, the day's medication
times, mood and note (the same order as the printed sheet, so a paper sheet is entered back
row by row). Every change is saved at once:

- Space, Enter or a click on a service ticks it, or takes the tick back (voided, with the
  reason 取消勾选); a cell the member's plan foresees shows 计划 half-ticked until then;
- typing a number on a service that counts minutes records it with those minutes;
- Space or Enter on a medication time opens the small 已服 / 拒服 / 漏服 choice (Enter: 已服
  now, by the signed-in account);
- 1, 2, 3 on the mood column set 好, 一般, 差 (0 clears); typing on the note column writes
  the note, Enter saves it;
- 按计划勾选全部 (Alt+A) ticks every member's planned services of the day in one go.

Keys for 30 members whose plan is the day: Alt+A once, then for each of the members with a
12:00 dose Space, Enter and Down (3 keys), and an arrow and a key for each exception.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.care import care_log, doses
from desktop.models.care.day_care import MOODS, NotPresentError
from desktop.models.db import Database
from desktop.ui.care.care_log_model import CareLogModel, Kind, status_word
from desktop.ui.care.dose_dialog import DoseChoice, DoseDialog, name_editor
from desktop.ui.common.form_fields import accessible_label, use_calendar_popup
from desktop.ui.common.model_action import attempt, show_refusal, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.ui.shell.pages import PageContext

_Index = QModelIndex | QPersistentModelIndex
# Days ahead the picker reaches: a blank sheet can be printed for the coming weeks.
DAYS_AHEAD = 31
_MOOD_KEYS = {Qt.Key.Key_1: MOODS[0], Qt.Key.Key_2: MOODS[1], Qt.Key.Key_3: MOODS[2],
              Qt.Key.Key_0: ""}


class CareLogView(QTableView):
    """The grid: Space and Enter act on the current cell (``act``), 0–3 on the mood column
    set the mood (``mood_key``); other keys move or start typing as in any table."""

    act = Signal(QModelIndex)
    mood_key = Signal(QModelIndex, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        column = model.column(index.column()) if isinstance(model, CareLogModel) and \
            index.isValid() else None
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # Enter in a cell's editor reaches the table too (the editor passes it on): it saves
        # the text typed, it must not also tick the cell.
        editing = self.state() == QAbstractItemView.State.EditingState
        if column is not None and plain and not editing:
            key = Qt.Key(event.key())
            if column.kind is Kind.MOOD and key in _MOOD_KEYS:
                self.mood_key.emit(index, _MOOD_KEYS[key])
                return
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    column.kind in (Kind.SERVICE, Kind.DOSE):
                self.act.emit(index)
                return
        super().keyPressEvent(event)


class CareLogDelegate(QStyledItemDelegate):
    """Editors of the grid: minutes (1–720), mood (a list), note (one line, 200 characters)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        model = index.model()
        column = model.column(index.column()) if isinstance(model, CareLogModel) else None
        if column is not None and column.kind is Kind.MOOD:
            combo = QComboBox(parent)
            combo.addItems(["", *MOODS])
            combo.setAccessibleName(self.tr("心情"))
            return combo
        edit = QLineEdit(parent)
        if column is not None and column.kind is Kind.SERVICE:
            # Digits only; a number out of range still reaches the model, which says what the
            # range is (a range validator would keep the editor open without a word).
            edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{1,4}"),
                                                          edit))
            edit.setAccessibleName(self.tr("分钟数"))
        else:
            edit.setMaxLength(care_log.MAX_NOTE)
            edit.setAccessibleName(self.tr("备注"))
        return edit

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        elif isinstance(editor, QLineEdit) and not editor.text():
            # Typing on the cell started the editor with that key: keep it.
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: object, index: _Index) -> None:
        text = editor.currentText() if isinstance(editor, QComboBox) else \
            editor.text() if isinstance(editor, QLineEdit) else ""
        if isinstance(model, CareLogModel):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class CareLogTab(RefreshingPage):
    """今日照料: the date, the grid, 按计划勾选全部, 打印, and the result line."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self._signals = context.signals
        self._shown_day = ""  # the day the status line last spoke of
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        day_label = QLabel(self.tr("日期(&D):"))
        today = self._db.clock.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        use_calendar_popup(self.date_edit)
        name_editor(self.date_edit, accessible_label(day_label.text()))
        day_label.setBuddy(self.date_edit)
        self._limit_dates(today)
        top.addWidget(day_label)
        top.addWidget(self.date_edit)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        top.addStretch(1)
        self.plan_button = QPushButton(self.tr("按计划勾选全部(&A)"))
        self.plan_button.setAccessibleName(self.tr("按个别化服务计划勾选全部会员今天的服务并保存"))
        self.plan_button.clicked.connect(self.apply_plan)
        top.addWidget(self.plan_button)
        self.print_button = QPushButton(self.tr("打印照料表(&P)…"))
        self.print_button.setAccessibleName(self.tr("打印空白或已填的照料表"))
        self.print_button.clicked.connect(self.open_print)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.legend = QLabel(self.tr(
            "空格或回车：勾选／取消；康复等项目直接输入分钟数；服药格按空格记录；心情列按 1 好、"
            "2 一般、3 差；“计划”＝计划内尚未保存。"))
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.model = CareLogModel(self)
        self.model.edit_requested.connect(self._edited)
        self.table = CareLogView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("照料记录表：每行一位会员，每列一项服务"))
        self.table.setItemDelegate(CareLogDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Many narrow columns: the theme's wide header padding would cut their names off.
        self.table.horizontalHeader().setStyleSheet(
            "QHeaderView::section { padding-left: 2px; padding-right: 2px; }")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.act.connect(self.act_on)
        self.table.clicked.connect(self._clicked)
        self.table.mood_key.connect(lambda index, mood: self.save_note(index.row(), mood=mood))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.status_label = StatusLabel(self.tr("结果"))
        bottom.addWidget(self.status_label, 1)
        self.attendance_button = QPushButton(self.tr("去考勤页补签(&G)"))
        self.attendance_button.setAccessibleName(self.tr("打开考勤页，为没有签到的会员补签"))
        self.attendance_button.clicked.connect(self.open_attendance)
        self.attendance_button.setVisible(False)
        bottom.addWidget(self.attendance_button)
        layout.addLayout(bottom)
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()
        self.table.setFocus()

    # -- loading ---------------------------------------------------------------------------
    def _limit_dates(self, today: date) -> None:
        ahead = today + timedelta(days=DAYS_AHEAD)
        self.date_edit.setDateRange(QDate(2000, 1, 1), QDate(ahead.year, ahead.month, ahead.day))

    def day(self) -> date:
        """The day shown."""
        shown = self.date_edit.date()
        return date(shown.year(), shown.month(), shown.day())

    def refresh(self) -> None:
        """Read the day's sheet again (fast: a handful of queries)."""
        self._limit_dates(self._db.clock.today())
        sheet = attempt(self, lambda: care_log.day_sheet(self._db, self.day(),
                                                         actor=self._actor),
                        status=self.status_label)
        if sheet is None:
            return
        first = self.model.sheet is None or self.model.sheet.day != sheet.day
        self.model.set_sheet(sheet)
        # The name is in the row header, which stays in view; the paper keeps its column.
        for number, column in enumerate(self.model.columns()):
            self.table.setColumnHidden(number, column.kind is Kind.NAME)
        self._describe(sheet)
        if first:
            self.size_columns()
            if sheet.rows:
                start = max(self.model.first_column(Kind.SERVICE), 0)
                self.table.setCurrentIndex(self.model.index(0, start))

    def _describe(self, sheet: care_log.DaySheet) -> None:
        future = self.day() > self._db.clock.today()
        planned = sum(1 for r in sheet.rows for c in r.cells.values()
                      if c.planned and not c.recorded)
        today = self.day() == self._db.clock.today()
        present = self.tr("今天在站 {n} 人") if today else self.tr("当天在站 {n} 人")
        self.count_label.setText(present.format(n=len(sheet.rows)) if not future else "")
        self.plan_button.setEnabled(bool(planned) and not sheet.closed and not future)
        self.attendance_button.setVisible(not sheet.rows and not future)
        if future:
            self.status_label.show_result(self.tr("这一天还没到，不能记录；可以打印空白照料表。"))
        elif sheet.closed:
            self.status_label.show_result(self.tr("这个月已报送关账，照料记录只能查看。"))
        elif not sheet.rows:
            self.status_label.show_result(self.tr(
                "这一天没有日间照料会员签到：请先在“考勤”页签到，再记录照料。"), problem=True)
        elif self._shown_day != sheet.day:
            # Another day: what the line said was about the day before.
            self.status_label.show_result("")
        self._shown_day = sheet.day

    def size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        heading = self.table.horizontalHeader().fontMetrics()
        han = metrics.horizontalAdvance("汉")
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)
        for number, column in enumerate(self.model.columns()):
            # A check box and 计划30分 in a service that counts minutes; ✓ alone otherwise.
            # Sized by the texts as shown, in the interface's language (English is longer).
            planned = QCoreApplication.translate("CareLogModel", "计划{minutes}分").format(
                minutes=30) if column.counts_minutes else QCoreApplication.translate(
                    "CareLogModel", "计划")
            cell = {Kind.NAME: "汉汉汉汉", Kind.SERVICE: "☐ " + planned,
                    Kind.DOSE: f"{status_word('given')} 08:00", Kind.MOOD: "一般",
                    Kind.NOTE: "汉" * 10}[column.kind]
            width = max(heading.horizontalAdvance(column.header.upper()) + 16,
                        metrics.horizontalAdvance(cell) + han + 16)
            self.table.setColumnWidth(number, width)

    def open_attendance(self) -> None:
        """Show the attendance page on the day being entered, to add a missing sign-in."""
        self._signals.open_page.emit("attendance")
        self._signals.day_chosen.emit(self.day().isoformat())

    # -- writing ---------------------------------------------------------------------------
    def _save(self, action: Callable[[], object], done: str) -> bool:
        """Run ``action``; on a member not signed in, offer the attendance page."""
        self.attendance_button.setVisible(False)
        try:
            result = succeeded(self, action, status=self.status_label,
                               passing=(NotPresentError,))
        except NotPresentError as refusal:
            self.refresh()  # the sheet as it is now: without the member
            show_refusal(self, refusal, status=self.status_label)
            self.attendance_button.setVisible(True)
            return False
        if not result:
            self.refresh()
            return False
        self.refresh()
        self.status_label.show_result(done)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        column = self.model.column(index.column())
        if column is not None and column.kind in (Kind.SERVICE, Kind.DOSE):
            self.act_on(index)

    def act_on(self, index: QModelIndex) -> None:
        """Space, Enter or a click on a cell: tick or untick a service, record a dose."""
        row = self.model.sheet_row(index.row())
        column = self.model.column(index.column())
        if row is None or column is None:
            return
        if column.kind is Kind.DOSE:
            self.open_dose(index)
            return
        if column.kind is not Kind.SERVICE:
            return
        cell = row.cells[column.key]
        day, person = self.day(), row.person_id
        if cell.recorded:
            self._save(lambda: care_log.untick(self._db, person, day, column.key,
                                               actor=self._actor),
                       self.tr("已取消：{name} {service}").format(name=row.name,
                                                              service=column.header))
        else:
            self._save(lambda: care_log.tick(self._db, person, day, column.key,
                                             actor=self._actor),
                       self.tr("已记录：{name} {service}").format(name=row.name,
                                                              service=column.header))

    def _edited(self, row_number: int, column_number: int, text: str) -> None:
        row = self.model.sheet_row(row_number)
        column = self.model.column(column_number)
        if row is None or column is None:
            return
        if column.kind is Kind.SERVICE:
            value = text.strip()
            if not value:
                return
            if not value.isdigit():
                self.status_label.show_result(self.tr("分钟数请填写数字"), problem=True)
                return
            day, person, minutes = self.day(), row.person_id, int(value)
            self._save(lambda: care_log.tick(self._db, person, day, column.key,
                                             minutes=minutes, actor=self._actor),
                       self.tr("已记录：{name} {service} {minutes} 分钟").format(
                           name=row.name, service=column.header, minutes=minutes))
        elif column.kind is Kind.MOOD:
            self.save_note(row_number, mood=text)
        elif column.kind is Kind.NOTE:
            self.save_note(row_number, note=text)

    def save_note(self, row_number: int, *, mood: str | None = None,
                  note: str | None = None) -> None:
        """Keep the member's mood or note (the other stays as it is)."""
        row = self.model.sheet_row(row_number)
        if row is None:
            return
        new_mood = row.mood if mood is None else mood
        new_note = row.note if note is None else note
        day, person = self.day(), row.person_id
        self._save(lambda: care_log.set_note(self._db, person, day, new_mood, new_note,
                                             actor=self._actor),
                   self.tr("已保存：{name} 的心情和备注").format(name=row.name))

    def apply_plan(self) -> None:
        """按计划勾选全部: every planned service of the day, one transaction."""
        added = attempt(self, lambda: care_log.apply_plan_defaults(
            self._db, self.day(), actor=self._actor), status=self.status_label)
        self.refresh()
        if added is not None:
            self.status_label.show_result(self.tr("已按计划勾选 {n} 项").format(n=added))
        self.table.setFocus()

    def dose_dialog(self, index: QModelIndex) -> DoseDialog | None:
        """The 已服 / 拒服 / 漏服 choice for a medication cell (None: nothing to record, the
        reason shown)."""
        row = self.model.sheet_row(index.row())
        column = self.model.column(index.column())
        if row is None or column is None:
            return None
        scheduled = row.doses.get(column.key, ())
        if not scheduled:
            self.status_label.show_result(self.tr("{name} 在 {time} 没有要服的药").format(
                name=row.name, time=column.key))
            return None
        if all(d.recorded for d in scheduled):
            done = "、".join(f"{d.medicine} {status_word(d.status)} {d.at_time}"
                            for d in scheduled)
            self.status_label.show_result(self.tr(
                "{name} {time} 的药已记录（{done}）；如需更正，请到“用药”页").format(
                    name=row.name, time=column.key, done=done))
            return None
        offered = doses.default_time(self.day(), column.key, self._db.clock.now())
        at = time(int(offered[:2]), int(offered[3:]))
        day, person = self.day(), row.person_id

        def save(choice: DoseChoice) -> object:
            return doses.record_doses(self._db, choice.medication_ids, day, column.key,
                                      choice.status, choice.at_time, choice.given_by,
                                      choice.note, actor=self._actor, person_id=person)
        return DoseDialog(scheduled, at, doses.default_giver(self._db, self._actor), save, self)

    def open_dose(self, index: QModelIndex) -> None:
        """Open the choice for a medication cell; show the sheet as saved afterwards."""
        self.attendance_button.setVisible(False)
        dialog = self.dose_dialog(index)
        if dialog is None:
            return
        dialog.finished.connect(lambda _code: self._dose_done(dialog))
        dialog.open()

    def _dose_done(self, dialog: DoseDialog) -> None:
        choice = dialog.choice
        dialog.deleteLater()
        self.refresh()
        if choice is not None:
            self.status_label.show_result(self.tr("已记录服药：{status}").format(
                status=status_word(choice.status)))
        self.table.setFocus()

    def open_print(self) -> None:
        """The print dialog for the day shown."""
        from desktop.ui.care.care_log_print import CareSheetPrintDialog

        dialog = CareSheetPrintDialog(self._db, self._actor, self.day(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def make_tab(context: PageContext) -> CareLogTab:
    """The 今日照料 tab of the 日间照料 page."""
    return CareLogTab(context)
