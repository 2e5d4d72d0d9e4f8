"""The audit table's Qt item model: holds only the ordered entry ids, fetches rows on demand.

Filtering runs in SQL (desktop.models.admin.audit_query); rows are read a block at a time when the
view paints them, so a log of hundreds of thousands of entries opens at once.
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

from desktop.models.admin.audit_fields import table_names
from desktop.models.admin.audit_query import AuditQuery, AuditRow, fetch_rows, search_ids
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.admin.audit_values import change_texts

BLOCK = 200
CACHE_LIMIT = 5_000
_Index = QModelIndex | QPersistentModelIndex


# Literal translate calls: lupdate finds only those.
def action_label(action: str) -> str:
    """The translated name of an audit action code (the code itself when unknown)."""
    names = {
        "create": QCoreApplication.translate("AuditModel", "新增"),
        "update": QCoreApplication.translate("AuditModel", "修改"),
        "archive": QCoreApplication.translate("AuditModel", "归档"),
        "restore": QCoreApplication.translate("AuditModel", "恢复"),
        "void": QCoreApplication.translate("AuditModel", "作废"),
        "reveal": QCoreApplication.translate("AuditModel", "查看敏感信息"),
        "lock": QCoreApplication.translate("AuditModel", "锁定账户"),
        "password": QCoreApplication.translate("AuditModel", "修改本人密码"),
        "reset_password": QCoreApplication.translate("AuditModel", "重置密码"),
        "disable": QCoreApplication.translate("AuditModel", "停用账户"),
        "enable": QCoreApplication.translate("AuditModel", "启用账户"),
        "role": QCoreApplication.translate("AuditModel", "更改角色"),
        "remove": QCoreApplication.translate("AuditModel", "移除"),
        "export": QCoreApplication.translate("AuditModel", "导出月报"),
        "close": QCoreApplication.translate("AuditModel", "报送关账"),
        "reopen": QCoreApplication.translate("AuditModel", "重新开账"),
        "abandon": QCoreApplication.translate("AuditModel", "作废中断的导出"),
    }
    return names.get(action, action)


def table_label(table: str) -> str:
    """The translated name of a table recorded in the log (the name itself when unknown): the
    words each capability declares (``AUDIT_LABELS``), in the ``AuditModel`` context."""
    chinese = table_names().get(table)
    return QCoreApplication.translate("AuditModel", chinese) if chinese else table


def _record_text(row: AuditRow) -> str:
    return "" if row.record_id is None else str(row.record_id)


# (header, value getter). Headers are literal translate calls so lupdate finds them.
Column = tuple[Callable[[], str], Callable[[AuditRow], str]]
COLUMNS: list[Column] = [
    (lambda: QCoreApplication.translate("AuditModel", "编号"), lambda r: str(r.id)),
    (lambda: QCoreApplication.translate("AuditModel", "时间"), lambda r: r.at_display),
    (lambda: QCoreApplication.translate("AuditModel", "操作人"), lambda r: r.actor),
    (lambda: QCoreApplication.translate("AuditModel", "操作"), lambda r: action_label(r.action)),
    (lambda: QCoreApplication.translate("AuditModel", "数据表"),
     lambda r: table_label(r.table_name)),
    (lambda: QCoreApplication.translate("AuditModel", "记录编号"), _record_text),
    (lambda: QCoreApplication.translate("AuditModel", "修改前"), lambda r: change_texts(r)[0]),
    (lambda: QCoreApplication.translate("AuditModel", "修改后"), lambda r: change_texts(r)[1]),
    (lambda: QCoreApplication.translate("AuditModel", "原因"), lambda r: r.reason or ""),
]
ORDER_COLUMNS = (0, 1)  # id and time: both follow the order entries were written in


class AuditTableModel(QAbstractTableModel):
    """Audit entries matching an AuditQuery, newest first by default."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._query = AuditQuery()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, AuditRow] = OrderedDict()

    # -- loading -----------------------------------------------------------------------------
    @property
    def query(self) -> AuditQuery:
        """The query currently shown."""
        return self._query

    def set_query(self, query: AuditQuery) -> None:
        """Run a new query (raises ValidationError for an impossible date range)."""
        ids = search_ids(self._db, self._actor, query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-run the current query, e.g. when new entries may have been written."""
        self.set_query(self._query)

    def clear(self) -> None:
        """Show no rows (while the filters describe nothing valid)."""
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def entry_id(self, row: int) -> int | None:
        """The audit entry shown on this row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_data(self, row: int) -> AuditRow | None:
        """The fetched entry (loading its block if needed)."""
        entry_id = self.entry_id(row)
        if entry_id is None:
            return None
        cached = self._cache.get(entry_id)
        if cached is None:
            start = max(0, row - BLOCK // 4)
            block = [i for i in self._ids[start:start + BLOCK] if i not in self._cache]
            self._cache.update(fetch_rows(self._db, self._actor, block))
            while len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
            cached = self._cache.get(entry_id)
        return cached

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.column() < len(COLUMNS)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.UserRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        text = COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long before/after values are cut off in the cell; the tooltip shows them whole.
            return text if len(text) > 20 else None
        return text

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
        """Order by when entries were written; other columns keep the current order."""
        if column not in ORDER_COLUMNS:
            return
        newest_first = order == Qt.SortOrder.DescendingOrder
        if newest_first == self._query.newest_first:
            return
        self._query.newest_first = newest_first
        self.beginResetModel()
        self._ids.reverse()
        self.endResetModel()
