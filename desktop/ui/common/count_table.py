"""A table where a whole number is typed for each row: how many to take to a bazaar, how many
were counted at a stock-take.

The rows live in a :class:`~desktop.ui.common.list_model.ListTableModel`; the count is one of
its columns, made by :func:`count_column`, whose ``edit`` refuses anything but a whole number
from 0 up to the row's maximum (the model then keeps the row as it was). The view made by
:func:`count_table` lets staff type straight into the current count cell: a digit opens the
cell's editor, which takes only digits within the range, and Enter or Tab stores the number and
moves down to the next row's count (Tab does not leave the table while a count is typed; once
no cell is being edited it moves on to the buttons as in every record table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.models.text_input import compact
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.record_table import record_table

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex

COUNT_DIGITS = 6
"""No count is longer than this (999,999 items)."""


def parse_count(text: str, maximum: int | None, *, blank: int | None) -> int | None:
    """The count typed: a whole number from 0 to ``maximum`` (no upper bound when None);
    blank gives ``blank``. Anything else raises ValueError."""
    value = compact(text)
    if not value:
        return blank
    if not value.isascii() or not value.isdigit() or len(value) > COUNT_DIGITS:
        raise ValueError(text)
    count = int(value)
    if maximum is not None and count > maximum:
        raise ValueError(text)
    return count


def count_column(header: Callable[[], str], count: Callable[[T], int | None],
                 with_count: Callable[[T, int | None], T], *,
                 maximum: Callable[[T], int | None] = lambda _row: None,
                 blank: int | None = None) -> Column[T]:
    """An editable, right-aligned count column: ``count`` reads the row's number (None shows
    an empty cell), ``with_count`` returns the row with the number typed; ``maximum`` bounds
    what may be typed for a row, ``blank`` is what an emptied cell means."""
    def edit(row: T, text: str) -> T:
        return with_count(row, parse_count(text, maximum(row), blank=blank))
    return Column(header, lambda row: _shown(count(row)), align=RIGHT, edit=edit)


def _shown(count: int | None) -> str:
    return "" if count is None else str(count)


class CountValidator(QValidator):
    """Digits only, at most ``maximum`` (when given); empty is acceptable when it means
    something (``blank_ok``), otherwise it is still being typed."""

    def __init__(self, maximum: int | None, blank_ok: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._maximum = maximum
        self._blank_ok = blank_ok

    def validate(self, text: str, pos: int) -> Any:
        """Acceptable, Intermediate (empty, not allowed yet) or Invalid (the key is refused)."""
        if not compact(text):
            state = QValidator.State.Acceptable if self._blank_ok else \
                QValidator.State.Intermediate
            return state, text, pos
        try:
            parse_count(text, self._maximum, blank=None)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class CountDelegate(QStyledItemDelegate):
    """The count cell's editor: a line taking only a valid count for its row."""

    def __init__(self, model: ListTableModel[T], maximum: Callable[[T], int | None],
                 blank_ok: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._maximum = maximum
        self._blank_ok = blank_ok

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        """A line edit with the row's range as its validator, named after the column."""
        editor = QLineEdit(parent)
        row = self._model.row_data(index.row())
        maximum = None if row is None else self._maximum(row)
        editor.setValidator(CountValidator(maximum, self._blank_ok, editor))
        editor.setMaxLength(COUNT_DIGITS)
        editor.setAlignment(Qt.AlignmentFlag(RIGHT))
        editor.setAccessibleName(str(self._model.headerData(index.column(),
                                                            Qt.Orientation.Horizontal)))
        return editor


class CountTableView(QTableView):
    """A table view whose editor, closed by Enter or Tab, moves the current cell down."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter and Tab store the count and move down the same column (no editor opened:
        typing the next number opens it)."""
        moving = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                          QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moving
                            else hint)
        if moving:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)


def count_table(model: ListTableModel[T], column: int, accessible_name: str, *,
                maximum: Callable[[T], int | None] = lambda _row: None,
                blank_ok: bool = True, parent: QWidget | None = None) -> QTableView:
    """A record table over ``model`` where ``column`` (a :func:`count_column`) is typed into:
    single cells selected, the first row's count current, typing a digit starts the edit."""
    table = record_table(model, accessible_name, parent, table=CountTableView(parent))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.DoubleClicked)
    table.setItemDelegateForColumn(column, CountDelegate(model, maximum, blank_ok, table))
    first_count(table, column)
    model.modelReset.connect(lambda: first_count(table, column))
    return table


def first_count(table: QTableView, column: int) -> None:
    """Make the first row's count the current cell (when there is a row)."""
    model: QAbstractItemModel = table.model()
    if model.rowCount():
        table.setCurrentIndex(model.index(0, column))
