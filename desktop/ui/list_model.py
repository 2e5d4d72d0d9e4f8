"""A read-only Qt table model over a list of rows, described by its columns.

For the short lists that are computed whole (a month's subsidy table, the year's activity
counts, the 汇总 preview): large, growing tables fetch on demand instead (people, audit log).
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
                 key: Callable[[T], Any] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show these rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
