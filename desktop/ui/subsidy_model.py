"""The subsidy table's Qt item model: one month's rows from desktop.models.subsidy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.models import subsidy
from desktop.models.db import Database
from desktop.models.subsidy import SubsidyMonth, SubsidyRow

_Index = QModelIndex | QPersistentModelIndex
_NUMBERS_FROM = 2  # columns from here on are numbers: right-aligned

# (header, value getter); headers are literal translate calls so lupdate finds them.
Column = tuple[Callable[[], str], Callable[[SubsidyRow], Any]]
COLUMNS: list[Column] = [
    (lambda: QCoreApplication.translate("SubsidyModel", "姓名"), lambda r: r.name),
    (lambda: QCoreApplication.translate("SubsidyModel", "身份证号"), lambda r: r.id_number),
    (lambda: QCoreApplication.translate("SubsidyModel", "签到天数"), lambda r: r.days_signed_in),
    (lambda: QCoreApplication.translate("SubsidyModel", "计补天数"), lambda r: r.days),
    (lambda: QCoreApplication.translate("SubsidyModel", "补助金额（元）"),
     lambda r: subsidy.format_yuan(r.amount_fen)),
]


class SubsidyTableModel(QAbstractTableModel):
    """The 职康站 members of one month with days counted and amounts."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.table: SubsidyMonth | None = None

    def set_month(self, month: str) -> None:
        """Show another month (ValidationError for a malformed one; the table is then empty)."""
        self.beginResetModel()
        try:
            self.table = subsidy.month_table(self._db, month)
        except BaseException:
            self.table = None
            raise
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        """Recompute the month shown (after the settings changed)."""
        if self.table is not None:
            self.set_month(self.table.month)

    def row_data(self, row: int) -> SubsidyRow | None:
        """The row's data."""
        rows = self.table.rows if self.table else []
        return rows[row] if 0 <= row < len(rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None or not 0 <= index.column() < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = COLUMNS[index.column()][1](row)
            return str(value) if role == Qt.ItemDataRole.AccessibleTextRole else value
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= _NUMBERS_FROM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

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
