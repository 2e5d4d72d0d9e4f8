"""A read-only Qt table model over a large SQL table: it holds only the ordered ids and fetches
rows a block at a time when the view paints them (people, audit log).

The search, filters and order run in SQL in the models layer; a :class:`RowSource` connects the
model to them: ``search(query)`` returns every matching id in the order shown (cheap even for
100,000 people: one integer each) and ``fetch(ids)`` the rows of a block of ids. The model
always knows how many rows there are (the count, the scroll bar and "go to the person just
added" need that), so it needs no ``canFetchMore``/``fetchMore``: what is paged is the rows'
contents, not their number.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.common.columns import Column, ColumnRoles

BLOCK = 200
CACHE_LIMIT = 5_000
_Index = QModelIndex | QPersistentModelIndex
Q = TypeVar("Q")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class RowSource(Protocol[Q, T_co]):
    """How a lazy model reads its rows: models-layer query functions behind three methods."""

    def search(self, query: Q) -> list[int]:
        """Every id matching ``query``, in the order shown (may raise for an invalid query)."""
        ...

    def fetch(self, ids: list[int]) -> Mapping[int, T_co]:
        """The rows of these ids (ids no longer found are left out)."""
        ...

    def reordered(self, query: Q, order_by: str, descending: bool,
                  ids: list[int]) -> tuple[Q, list[int] | None]:
        """``query`` ordered by a column's ``order_by`` key, and the ids in that order when
        they follow from ``ids`` without asking SQL again (None: search again)."""
        ...


class LazyTableModel(QAbstractTableModel, Generic[Q, T]):
    """The rows matching a query, each cell answered by its column's declaration."""

    def __init__(self, columns: Sequence[Column[T]], source: RowSource[Q, T], query: Q,
                 parent: Any = None, *, key: Callable[[T], Any] | None = None) -> None:
        super().__init__(parent)
        self._roles: ColumnRoles[T] = ColumnRoles(columns, key)
        self._source = source
        self._query = query
        self._ids: list[int] = []
        self._cache: OrderedDict[int, T] = OrderedDict()

    # -- loading -----------------------------------------------------------------------------
    @property
    def query(self) -> Q:
        """The query currently shown."""
        return self._query

    @property
    def columns(self) -> list[Column[T]]:
        """The column declarations shown."""
        return self._roles.columns

    def set_query(self, query: Q) -> None:
        """Run a new query; the view resets to the matching rows. An invalid query raises
        (the source's error) and leaves the rows shown as they were."""
        ids = self._source.search(query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the current query, e.g. after an add or edit: every row is read again."""
        self.set_query(self._query)

    def clear(self) -> None:
        """Show no rows (while the filters describe nothing valid)."""
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def row_id(self, row: int) -> int | None:
        """The id shown on this row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int:
        """The row showing this id, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> T | None:
        """The fetched row (loading its block if needed)."""
        row_id = self.row_id(row)
        if row_id is None:
            return None
        cached = self._cache.get(row_id)
        if cached is None:
            # A block around the row: a view paints downwards from the first row it needs,
            # and scrolling up a little should not fetch again.
            start = max(0, row - BLOCK // 4)
            block = [i for i in self._ids[start:start + BLOCK] if i not in self._cache]
            self._cache.update(self._source.fetch(block))
            while len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
            cached = self._cache.get(row_id)
        return cached

    # -- sorting -------------------------------------------------------------------------------
    def sortable(self, column: int) -> bool:
        """Whether clicking this header sorts (the column names an SQL order)."""
        return 0 <= column < len(self.columns) and self.columns[column].order_by is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a sortable column; other columns keep the current order. The rows
        already read stay read: only their order changes."""
        order_by = self.columns[column].order_by if self.sortable(column) else None
        if order_by is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query, ids = self._source.reordered(self._query, order_by, descending, self._ids)
        if query == self._query:
            return
        if ids is None:
            ids = self._source.search(query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self.endResetModel()

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A role no column answers costs no fetch.
        getter = self._roles.getter(index.column(), int(role)) if index.isValid() else None
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
