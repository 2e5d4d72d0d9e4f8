"""A read-only Qt table model over a list of rows, described by its columns.

For the short lists that are computed whole (a month's subsidy table, the year's activity
counts, the 汇总 preview): large, growing tables fetch on demand instead (people, audit log).
Given sort keys, the list sorts itself when a header is clicked, and keeps that order when new
rows are set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
# (header, shown value, right-aligned?); headers are functions returning a literal translate
# call, so that lupdate finds them and the language can change after the model is made.
Column = tuple[Callable[[], str], Callable[[T], Any], bool]


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows shown as given: the display role holds the column's value, the accessible text
    its string, the user role the row's ``key`` (when one is given); numbers right-aligned."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None, *,
                 key: Callable[[T], Any] | None = None,
                 sort_keys: Sequence[Callable[[T], Any]] | None = None) -> None:
        """``sort_keys``, one per column, make the rows sortable by any column: the view's
        ``setSortingEnabled(True)`` then sorts by clicking a header (ties keep their order)."""
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._sort_keys = list(sort_keys) if sort_keys is not None else None
        if self._sort_keys is not None and len(self._sort_keys) != len(self._columns):
            raise ValueError("one sort key per column")
        self._rows: list[T] = []
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows (in the order last sorted by, if any)."""
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def _sorted(self, rows: list[T]) -> list[T]:
        if self._sort_keys is None or self._order is None:
            return rows
        column, order = self._order
        return sorted(rows, key=self._sort_keys[column],
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (only when sort keys were given)."""
        if self._sort_keys is None or not 0 <= column < len(self._columns):
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        _, value, numeric = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return str(value(row))
        if role == Qt.ItemDataRole.UserRole and self._key is not None:
            return self._key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]() if 0 <= section < len(self._columns) else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
