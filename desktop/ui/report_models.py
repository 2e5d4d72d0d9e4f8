"""Qt item models for a month's report: the 汇总 preview and the validation findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.models.indicators import Finding, Row, Severity
from desktop.models.subsidy import format_yuan

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
# (header, shown value, right-aligned?); headers are literal translate calls so lupdate finds them.
Column = tuple[Callable[[], str], Callable[[T], Any], bool]
# Money indicators are computed in integer fen (docs/workbook.md) and shown in yuan.
FEN_UNIT = "分"


def shown_figure(value: float, unit: str) -> str:
    """An indicator's value as shown: money in yuan with two decimals, averages with one."""
    if unit == FEN_UNIT:
        return format_yuan(int(value))
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def shown_unit(unit: str) -> str:
    """The unit as shown (fen are shown as yuan)."""
    return "元" if unit == FEN_UNIT else unit


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows, described by its columns."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]()
        return None


SUMMARY_COLUMNS: list[Column[Row]] = [
    (lambda: QCoreApplication.translate("ReportModels", "指标"),
     lambda r: r.indicator.label, False),
    (lambda: QCoreApplication.translate("ReportModels", "单位"),
     lambda r: shown_unit(r.indicator.unit), False),
    (lambda: QCoreApplication.translate("ReportModels", "本月"),
     lambda r: shown_figure(r.this_month, r.indicator.unit), True),
    (lambda: QCoreApplication.translate("ReportModels", "上月"),
     lambda r: shown_figure(r.last_month, r.indicator.unit), True),
    (lambda: QCoreApplication.translate("ReportModels", "本年累计"),
     lambda r: shown_figure(r.year_to_date, r.indicator.unit), True),
]


def severity_label(severity: Severity) -> str:
    """错误 or 警告, translated, after a sign (never colour alone)."""
    if severity is Severity.ERROR:
        return "✖ " + QCoreApplication.translate("ReportModels", "错误")
    return "⚠ " + QCoreApplication.translate("ReportModels", "警告")


FINDING_COLUMNS: list[Column[Finding]] = [
    (lambda: QCoreApplication.translate("ReportModels", "级别"),
     lambda f: severity_label(f.severity), False),
    (lambda: QCoreApplication.translate("ReportModels", "记录数"),
     lambda f: f.count, True),
    (lambda: QCoreApplication.translate("ReportModels", "说明"),
     lambda f: f.message, False),
]


def summary_model(parent: Any = None) -> ListTableModel[Row]:
    """The 汇总 preview: every indicator with this month, last month and year to date."""
    return ListTableModel(SUMMARY_COLUMNS, parent)


def findings_model(parent: Any = None) -> ListTableModel[Finding]:
    """The validation findings, errors first."""
    return ListTableModel(FINDING_COLUMNS, parent)
