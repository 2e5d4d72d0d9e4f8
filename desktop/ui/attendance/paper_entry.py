"""The paper fallback, part two: enter a ticked paper sheet back in one pass.

A checkable list of the members expected that day (the same list and order as the printed
sheet). Space or Enter ticks the current member; typing pinyin initials (``zs``) jumps to a
member, in the list itself or in the jump box where Enter ticks and clears. Members already
signed in that day are shown ticked and cannot be unticked here. Saving is one transaction
(``attendance.enter_paper_sheet``).
"""

from __future__ import annotations

import time as clock_time
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import search_keys
from desktop.ui.attendance.paper_sheet import programme_combo
from desktop.ui.attendance.sign_in_dialogs import (
    DEFAULT_ARRIVAL,
    date_edit,
    python_date,
    python_time,
    time_edit,
)
from desktop.ui.common.form_fields import FieldErrors, accessible_label
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import attempt

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_CHECK = int(Qt.ItemDataRole.CheckStateRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked


@dataclass(frozen=True)
class TickRow:
    """One expected member: who, their card, how to find them by typing, and whether they
    already signed in that day (the HH:MM, or '')."""

    person_id: int
    name: str
    card: str
    keys: tuple[str, ...]
    signed_in_at: str = ""


def tick_rows(db: Database, day: str, programme: str | None) -> list[TickRow]:
    """The expected members of the day in pinyin order, with their typing keys."""
    already = {s.person_id: s.time_in for s in attendance.day_sign_ins(
        db, day, include_voided=False)}
    rows = []
    for person_id, name, card in attendance.expected_members(db, day, programme):
        initials, full = search_keys.pinyin_keys(name)
        keys = (*initials, *full, name, card.lower())
        rows.append(TickRow(person_id, name, card, tuple(k for k in keys if k),
                            already.get(person_id, "")))
    return rows


class TickListModel(QAbstractListModel):
    """Expected members with a check box each; ``ticked_ids`` are the ones to enter."""

    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TickRow] = []
        self._ticked: set[int] = set()

    def set_rows(self, rows: list[TickRow]) -> None:
        """Show these members; ticks of members still listed are kept."""
        self.beginResetModel()
        self._rows = rows
        listed = {r.person_id for r in rows if not r.signed_in_at}
        self._ticked &= listed
        self.endResetModel()
        self.ticks_changed.emit()

    def row(self, number: int) -> TickRow | None:
        """The member on a row."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def ticked_ids(self) -> list[int]:
        """Ticked members not yet signed in, in list order."""
        return [r.person_id for r in self._rows if r.person_id in self._ticked]

    def already_count(self) -> int:
        """Members listed who signed in that day already (at the kiosk or by staff)."""
        return sum(1 for r in self._rows if r.signed_in_at)

    def set_all(self, ticked: bool) -> None:
        """Tick (or untick) every member not yet signed in."""
        self._ticked = {r.person_id for r in self._rows if not r.signed_in_at} if ticked \
            else set()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [_CHECK])
        self.ticks_changed.emit()

    def toggle(self, number: int) -> None:
        """Tick or untick the member on a row (members already signed in stay ticked)."""
        row = self.row(number)
        if row is None or row.signed_in_at:
            return
        self.setData(self.index(number), _UNCHECKED if row.person_id in self._ticked
                     else _CHECKED, _CHECK)

    def find(self, typed: str, start: int = 0) -> int:
        """The first row from ``start`` (wrapping) whose name, card or pinyin starts with
        ``typed``; -1 if none."""
        text = search_keys.normalise_query(typed)
        if not text or not self._rows:
            return -1
        count = len(self._rows)
        for step in range(count):
            number = (start + step) % count
            if any(key.startswith(text) for key in self._rows[number].keys):
                return number
        return -1

    def _text(self, row: TickRow) -> str:
        text = f"{row.name}　{row.card}" if row.card else row.name
        if row.signed_in_at:
            text += QCoreApplication.translate("TickListModel", "（已于 {time} 签到）").format(
                time=row.signed_in_at)
        return text

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == _DISPLAY:
            return self._text(row)
        if role == _CHECK:
            return _CHECKED if row.signed_in_at or row.person_id in self._ticked \
                else _UNCHECKED
        if role == _ACCESSIBLE:
            state = (QCoreApplication.translate("TickListModel", "已勾选")
                     if row.signed_in_at or row.person_id in self._ticked
                     else QCoreApplication.translate("TickListModel", "未勾选"))
            return f"{self._text(row)}，{state}"
        if role == _USER:
            return row.person_id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row(index.row()) if index.isValid() else None
        if int(role) != _CHECK or row is None or row.signed_in_at:
            return False
        # Views hand the state over as an int, code as a Qt.CheckState.
        checked = (value.value if isinstance(value, Qt.CheckState) else int(value)) == \
            _CHECKED.value
        if checked:
            self._ticked.add(row.person_id)
        else:
            self._ticked.discard(row.person_id)
        self.dataChanged.emit(index, index, [_CHECK])
        self.ticks_changed.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not row.signed_in_at:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class TickListView(QListView):
    """A list whose type-ahead matches pinyin initials and full pinyin, not only the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0

    def keyboardSearch(self, search: str) -> None:
        model = self.model()
        if not isinstance(model, TickListModel) or not search.strip():
            return
        # Elapsed time between keys (type-ahead), not the clock of record.
        now = clock_time.monotonic()
        fresh = now - self._typed_at > QApplication.keyboardInputInterval() / 1000
        self._typed = search if fresh else self._typed + search
        self._typed_at = now
        current = max(self.currentIndex().row(), 0)
        # A new word starts after the current member, so typing "z" again moves on.
        found = model.find(self._typed, current + 1 if fresh else current)
        if found >= 0:
            self.setCurrentIndex(model.index(found))


class PaperEntryDialog(QDialog):
    """录入纸质签到表: tick who signed the paper sheet and enter them in one pass."""

    entered = Signal(int)

    def __init__(self, db: Database, actor: Actor, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.added = 0
        self.setWindowTitle(self.tr("录入纸质签到表"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.date_edit = date_edit(day, self.tr("日期"))
        self.errors.add_row("day", self.tr("日期(&D):"), self.date_edit)
        programme_text = self.tr("服务项目(&G):")
        self.programme_combo = programme_combo(self.reload, accessible_label(programme_text))
        form.addRow(programme_text, self.programme_combo)
        self.arrival_edit = time_edit(DEFAULT_ARRIVAL, self.tr("签到时间"))
        self.arrival_edit.setToolTip(self.tr("纸质签到表上没有逐人时间时，按此时间录入"))
        self.errors.add_row("arrival", self.tr("统一签到时间(&I):"), self.arrival_edit)
        self.jump_edit = QLineEdit()
        self.jump_edit.setPlaceholderText(self.tr("输入拼音首字母(如 zs)，回车勾选"))
        self.jump_edit.setMaxLength(50)
        form.addRow(self.tr("拼音跳转(&J):"), self.jump_edit)
        self.jump_edit.setAccessibleName(self.tr("拼音跳转"))
        layout.addLayout(form)

        self.model = TickListModel(self)
        self.list_view = TickListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("应到会员（空格键勾选）"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setMinimumHeight(self.fontMetrics().height() * 14)
        # The theme draws nothing for an unticked box: outline it, so both states show.
        self.list_view.setStyleSheet(
            "QListView::indicator:unchecked { border: 2px solid #546e7a; border-radius: 3px;"
            " background: #ffffff; }")
        layout.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("全选(&A)"))
        self.all_button.setAccessibleName(self.tr("勾选全部未签到的会员"))
        self.none_button = QPushButton(self.tr("全不选(&N)"))
        self.none_button.setAccessibleName(self.tr("取消全部勾选"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("勾选人数"))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        self.general_error = QLabel()
        self.general_error.setProperty("role", "error")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("录入(&S)"))
        self.ok_button.setAccessibleName(self.tr("录入勾选的会员"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.model.ticks_changed.connect(self._show_count)
        self.jump_edit.textEdited.connect(self._jump)
        self.jump_edit.returnPressed.connect(self._tick_jumped)
        self.date_edit.dateChanged.connect(lambda _day: self.reload())
        self.reload()
        han = self.fontMetrics().horizontalAdvance("汉")
        self.resize(max(self.sizeHint().width(), han * 40), max(self.sizeHint().height(),
                                                                han * 44))
        self.jump_edit.setFocus()

    def reload(self) -> None:
        """Re-read the expected members for the chosen day and programme."""
        day = python_date(self.date_edit).isoformat()
        self.model.set_rows(tick_rows(self._db, day, self.programme_combo.currentData()))
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("已勾选 {n} 人；已签到 {m} 人（不重复录入）").format(
            n=len(self.model.ticked_ids()), m=self.model.already_count()))

    def _jump(self, text: str) -> None:
        found = self.model.find(text)
        if found >= 0:
            self.list_view.setCurrentIndex(self.model.index(found))

    def _tick_jumped(self) -> None:
        if self.jump_edit.text().strip() and self.model.find(self.jump_edit.text()) >= 0:
            self.model.toggle(self.list_view.currentIndex().row())
        self.jump_edit.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter ticks a member (in the jump box, or on the list's current row); it must not
        # reach the default button and enter a half-ticked sheet.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.list_view.hasFocus():
                self.model.toggle(self.list_view.currentIndex().row())
                event.accept()
                return
            if self.jump_edit.hasFocus():
                event.accept()  # returnPressed has ticked already
                return
        super().keyPressEvent(event)

    def save(self) -> None:
        """Enter the ticked members in one transaction; on a refusal nothing is written."""
        ids = self.model.ticked_ids()
        self.errors.show({})
        if not ids:
            self._general(self.tr("还没有勾选任何人"))
            return
        day = python_date(self.date_edit)
        try:
            added = attempt(self, lambda: attendance.enter_paper_sheet(
                self._db, day.isoformat(), ids, actor=self._actor,
                arrival=python_time(self.arrival_edit)),
                show=self._general, passing=(ValidationError,))
        except ValidationError as exc:
            fields = {("arrival" if k == "day" and day == self._db.clock.today() else k):
                      model_message(v) for k, v in exc.fields.items()}
            self.errors.show(fields)
            return
        if added is None:
            return
        self.added = added
        self.entered.emit(self.added)
        self.accept()

    def _general(self, text: str) -> None:
        self.general_error.setText("⚠ " + text)
        self.general_error.setVisible(True)

    def error_text(self) -> str:
        """The message about the whole sheet, if one is shown."""
        return self.general_error.text().removeprefix("⚠ ") \
            if not self.general_error.isHidden() else ""

