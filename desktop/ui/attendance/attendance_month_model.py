"""The month matrix as a Qt item model: members down, days across, totals last.

The matrix is small (a few hundred members x 31 days) and comes from one query
(``attendance_month.month_matrix``); the model keeps it and answers each cell from a set, with
the totals counted once when the month is set.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.models.attendance.attendance_month import MonthMatrix
from desktop.ui.attendance.attendance_labels import weekday_label
from desktop.ui.shell.theme import total_brush

_Index = QModelIndex | QPersistentModelIndex
PRESENT_MARK = "✓"
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class MonthMatrixModel(QAbstractTableModel):
    """One row per member and a 合计 row; one column per day and a 合计 column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: MonthMatrix | None = None
        self._member_totals: list[int] = []
        self._day_totals: list[int] = []
        self._weekdays: list[int] = []
        self._labels: list[str] = []
        self._bold = _bold()

    @property
    def matrix(self) -> MonthMatrix | None:
        """The matrix shown (None before the first month is set)."""
        return self._matrix

    def set_matrix(self, matrix: MonthMatrix, labels: dict[int, str] | None = None) -> None:
        """Show a month's matrix; ``labels`` replace the names of some members on their row
        (e.g. with the card number, to tell apart two members of the same name)."""
        self.beginResetModel()
        self._matrix = matrix
        self._labels = [(labels or {}).get(pid, name) for pid, name in matrix.members]
        present = matrix.present
        self._member_totals = [sum(1 for d in matrix.days if (pid, d) in present)
                               for pid, _ in matrix.members]
        self._day_totals = [sum(1 for pid, _ in matrix.members if (pid, d) in present)
                            for d in matrix.days]
        self._weekdays = [date.fromisoformat(d).weekday() for d in matrix.days]
        self.endResetModel()

    # -- what a cell is ------------------------------------------------------------------------
    def member_count(self) -> int:
        """Rows of members (the 合计 row not counted)."""
        return len(self._matrix.members) if self._matrix else 0

    def day_count(self) -> int:
        """Columns of days (the 合计 column not counted)."""
        return len(self._matrix.days) if self._matrix else 0

    def person_id(self, row: int) -> int | None:
        """The member on this row (None on the 合计 row)."""
        if self._matrix and 0 <= row < len(self._matrix.members):
            return self._matrix.members[row][0]
        return None

    def day(self, column: int) -> str | None:
        """The ISO date of this column (None on the 合计 column)."""
        if self._matrix and 0 <= column < len(self._matrix.days):
            return self._matrix.days[column]
        return None

    def member_total(self, row: int) -> int:
        """Days the member on this row came."""
        return self._member_totals[row]

    def day_total(self, column: int) -> int:
        """Members who came on the day of this column."""
        return self._day_totals[column]

    def _cell_text(self, row: int, column: int) -> str:
        assert self._matrix is not None
        members, days = self.member_count(), self.day_count()
        if row == members:
            return str(self._matrix.total if column == days else self._day_totals[column])
        if column == days:
            return str(self._member_totals[row])
        present = (self._matrix.members[row][0], self._matrix.days[column]) in \
            self._matrix.present
        return PRESENT_MARK if present else ""

    def _spoken(self, row: int, column: int) -> str:
        """What a screen reader says for a cell: whose, which day, and the value in words."""
        assert self._matrix is not None
        members, days = self.member_count(), self.day_count()
        who = self._labels[row] if row < members \
            else QCoreApplication.translate("MonthMatrixModel", "合计")
        if column == days:
            return QCoreApplication.translate("MonthMatrixModel", "{who}，本月合计 {n}").format(
                who=who, n=self._cell_text(row, column))
        when = self._matrix.days[column]
        if row == members:
            return QCoreApplication.translate("MonthMatrixModel", "{day} 合计 {n} 人").format(
                day=when, n=self._day_totals[column])
        state = (QCoreApplication.translate("MonthMatrixModel", "出勤")
                 if self._cell_text(row, column)
                 else QCoreApplication.translate("MonthMatrixModel", "未出勤"))
        return QCoreApplication.translate("MonthMatrixModel", "{who}，{day}：{state}").format(
            who=who, day=when, state=state)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._matrix is None:
            return 0
        return self.member_count() + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._matrix is None:
            return 0
        return self.day_count() + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles compared as plain ints: a painted month asks ~40,000 times.
        role = int(role)
        if self._matrix is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role == _DISPLAY:
            return self._cell_text(row, column)
        if role == _ALIGN:
            return _CENTER
        total = row == self.member_count() or column == self.day_count()
        if role == _FONT:
            return self._bold if total else None
        if role == _BACKGROUND:
            return total_brush() if total else None
        if role in (_ACCESSIBLE, _TOOLTIP):
            return self._spoken(row, column)
        if role == _USER:
            return self.person_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._matrix is None:
            return None
        role = int(role)
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section <= self.day_count():
                return None
            if section == self.day_count():
                if role in (_DISPLAY, _TOOLTIP):
                    return QCoreApplication.translate("MonthMatrixModel", "合计")
                return None
            if role == _DISPLAY:
                # Day number over the weekday: weekends are told by name, not colour.
                return f"{section + 1}\n{weekday_label(self._weekdays[section])}"
            if role == _TOOLTIP:
                return self._matrix.days[section]
            return None
        if not 0 <= section <= self.member_count():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            if section == self.member_count():
                return QCoreApplication.translate("MonthMatrixModel", "合计")
            return self._labels[section]
        if role == _FONT and section == self.member_count():
            return self._bold
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
