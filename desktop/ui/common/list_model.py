"""A read-only Qt table model over a list of rows, described by its columns.

For the short lists that are computed whole (a day's sign-ins, a month's subsidy table, the
year's activities, the 汇总 preview): large, growing tables fetch on demand instead
(:mod:`desktop.ui.common.lazy_model`: people, audit log). The columns are
:class:`~desktop.ui.common.columns.Column` declarations; when they carry sort keys, the list
sorts itself when a header is clicked, and keeps that order when new rows are set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.common.columns import EDIT, Column, ColumnRoles

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows shown as given, each cell answered by its column's declaration; the user role
    holds the row's ``key`` (when one is given)."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None, *,
                 key: Callable[[T], Any] | None = None) -> None:
        """A column with a ``sort_key`` makes the rows sortable by it: the view's
        ``setSortingEnabled(True)`` then sorts by clicking its header (ties keep their order)."""
        super().__init__(parent)
        self._roles: ColumnRoles[T] = ColumnRoles(columns, key)
        self._key = key
        self._rows: list[T] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    @property
    def columns(self) -> list[Column[T]]:
        """The column declarations shown."""
        return self._roles.columns

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows (in the order last sorted by, if any)."""
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def insert_row(self, position: int, row: T) -> None:
        """Show one more row at ``position`` (where it is put, whatever the sort order)."""
        position = max(0, min(position, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()

    def remove_row(self, position: int) -> None:
        """Stop showing the row at ``position`` (nothing outside the table)."""
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    def rows(self) -> list[T]:
        """The rows in the order shown."""
        return list(self._rows)

    def _sorted(self, rows: list[T]) -> list[T]:
        if self._order is None:
            return rows
        column, order = self._order
        sort_key = self.columns[column].sort_key
        assert sort_key is not None  # only sortable columns are remembered
        return sorted(rows, key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sortable(self, column: int) -> bool:
        """Whether clicking this column's header sorts."""
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (only a column with a sort key)."""
        if not self.sortable(column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows_before = [self._rows[index.row()] for index in before]
        self._order = (column, order)
        self._rows = self._sorted(self._rows)
        # Selections and the current cell follow their row to its new place.
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[id(row)], index.column())
                     for index, row in zip(before, rows_before, strict=True)])
        self.layoutChanged.emit()

    def row_data(self, row: int) -> T | None:
        """The row's object, or None outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Any) -> int:
        """The row whose ``key`` is this (e.g. an id), or -1."""
        if self._key is None:
            return -1
        return next((n for n, row in enumerate(self._rows) if self._key(row) == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        getter = self._roles.getter(index.column(), int(role))
        if getter is None:
            return None
        row = self.row_data(index.row())
        return None if row is None else getter(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._roles.header(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editor(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change a row through its column's ``edit`` (an editable column only); False when
        the column refuses the text (its ``edit`` raised ValueError)."""
        edit = self._editor(index.column()) if index.isValid() else None
        row = self.row_data(index.row())
        if edit is None or row is None or int(role) != EDIT:
            return False
        try:
            self._rows[index.row()] = edit(row, "" if value is None else str(value))
        except ValueError:
            return False  # the column refused what was typed: the row stays as it was
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def _editor(self, column: int) -> Callable[[T, str], T] | None:
        return self.columns[column].edit if 0 <= column < len(self.columns) else None
