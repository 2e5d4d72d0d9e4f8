"""The people table's Qt item model: holds only the ordered ids, fetches rows on demand.

Search, filters and sorting run in SQL (desktop.models.people.people_query); the model asks for the
rows of a block of ids only when the view paints them, so 100,000 people open instantly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.models.db import Database
from desktop.models.people.people_query import PeopleQuery, PersonRow, fetch_rows, search_ids
from desktop.ui.common.labels import (
    category_label,
    grade_label,
    list_separator,
    programme_label,
    role_label,
    sex_label,
)
from desktop.ui.shell.theme import muted_brush

BLOCK = 200
CACHE_LIMIT = 5_000
_Index = QModelIndex | QPersistentModelIndex


def _archived_text(row: PersonRow) -> str:
    if row.archived:
        return QCoreApplication.translate("PeopleModel", "已归档")
    return QCoreApplication.translate("PeopleModel", "在册")


def _joined(values: list[str]) -> str:
    return list_separator().join(values)


# (header, sort key in people_query.SORT_COLUMNS or None, value getter). Headers are literal
# translate calls so lupdate finds them.
Column = tuple[Callable[[], str], str | None, Callable[[PersonRow], str]]
COLUMNS: list[Column] = [
    (lambda: QCoreApplication.translate("PeopleModel", "姓名"), "name", lambda r: r.name),
    (lambda: QCoreApplication.translate("PeopleModel", "性别"), "sex",
     lambda r: sex_label(r.sex)),
    (lambda: QCoreApplication.translate("PeopleModel", "出生日期"), "birth_date",
     lambda r: r.birth_date),
    (lambda: QCoreApplication.translate("PeopleModel", "身份证号"), None, lambda r: r.id_number),
    (lambda: QCoreApplication.translate("PeopleModel", "联系电话"), None, lambda r: r.phone),
    (lambda: QCoreApplication.translate("PeopleModel", "身份"), None,
     lambda r: _joined([role_label(x) for x in r.roles])),
    (lambda: QCoreApplication.translate("PeopleModel", "残疾类别"), "category",
     lambda r: category_label(r.category)),
    (lambda: QCoreApplication.translate("PeopleModel", "等级"), "grade",
     lambda r: grade_label(r.grade)),
    (lambda: QCoreApplication.translate("PeopleModel", "服务项目"), None,
     lambda r: _joined([programme_label(p) for p in r.programmes])),
    (lambda: QCoreApplication.translate("PeopleModel", "街道"), "street", lambda r: r.street),
    (lambda: QCoreApplication.translate("PeopleModel", "社区"), "community",
     lambda r: r.community),
    (lambda: QCoreApplication.translate("PeopleModel", "签到卡号"), None,
     lambda r: r.card_number),
    (lambda: QCoreApplication.translate("PeopleModel", "状态"), None, _archived_text),
]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ANSWERED_ROLES = frozenset({_DISPLAY, _FOREGROUND, _USER, _TOOLTIP, _ACCESSIBLE})


class PeopleTableModel(QAbstractTableModel):
    """Rows of people matching a PeopleQuery, identifiers masked."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = PeopleQuery()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, PersonRow] = OrderedDict()

    # -- loading -----------------------------------------------------------------------------
    @property
    def query(self) -> PeopleQuery:
        """The query currently shown."""
        return self._query

    def set_query(self, query: PeopleQuery) -> None:
        """Run a new search; the view resets to the matching rows."""
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Re-run the current query, e.g. after an add or edit."""
        self.beginResetModel()
        self._ids = search_ids(self._db, self._query)
        self._cache.clear()
        self.endResetModel()

    def person_id(self, row: int) -> int | None:
        """The person shown on this row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int:
        """The row showing this person, or -1."""
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> PersonRow | None:
        """The fetched row (loading its block if needed)."""
        person_id = self.person_id(row)
        if person_id is None:
            return None
        cached = self._cache.get(person_id)
        if cached is None:
            start = max(0, row - BLOCK // 4)
            block = [i for i in self._ids[start:start + BLOCK] if i not in self._cache]
            self._cache.update(fetch_rows(self._db, block))
            while len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
            cached = self._cache.get(person_id)
        return cached

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles compared as plain ints: the view asks thousands of times while painting, and
        # each Qt enum attribute lookup costs far more than the answer.
        role = int(role)
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == _USER:
            return row.id
        if role == _FOREGROUND:
            return muted_brush() if row.archived else None
        if role == _TOOLTIP:
            return _archived_text(row) if row.archived else None
        column = index.column()
        return COLUMNS[column][2](row) if 0 <= column < len(COLUMNS) else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]() if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a sortable column; other columns keep the current order."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        self._query.order_by = key
        self._query.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._ids = search_ids(self._db, self._query)
        self.endResetModel()

    @staticmethod
    def sortable(column: int) -> bool:
        """Whether clicking this header sorts."""
        return 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None
