"""Qt item models of the consolidation page: per-file outcomes and the expected-centre list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.excel.reporting.consolidation import (
    ACCEPTED,
    DUPLICATE,
    REJECTED,
    SUPERSEDED,
    FileOutcome,
)
from desktop.models.reporting.district import ExpectedCentre
from desktop.ui.common.labels import model_message

_Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    """What happened to a file, in words (never colour alone)."""
    names = {
        ACCEPTED: QCoreApplication.translate("ConsolidationModels", "✓ 已采用"),
        REJECTED: QCoreApplication.translate("ConsolidationModels", "✗ 未采用"),
        SUPERSEDED: QCoreApplication.translate("ConsolidationModels", "旧版，未采用"),
        DUPLICATE: QCoreApplication.translate("ConsolidationModels", "重复，只计一次"),
    }
    return names[status]


def _outcome_headers() -> list[str]:
    return [QCoreApplication.translate("ConsolidationModels", "文件"),
            QCoreApplication.translate("ConsolidationModels", "中心编码"),
            QCoreApplication.translate("ConsolidationModels", "版本"),
            QCoreApplication.translate("ConsolidationModels", "结果"),
            QCoreApplication.translate("ConsolidationModels", "原因")]


class OutcomeModel(QAbstractTableModel):
    """One row per input file: name, centre, revision, result, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FileOutcome] = []

    def set_outcomes(self, outcomes: Sequence[FileOutcome]) -> None:
        """Show these outcomes (in the order given)."""
        self.beginResetModel()
        self._rows = list(outcomes)
        self.endResetModel()

    def outcome(self, row: int) -> FileOutcome:
        """The outcome shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < 5:
            return _outcome_headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        outcome = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return str(outcome.path)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = [outcome.path.name, outcome.code,
                  "" if outcome.revision is None else str(outcome.revision),
                  status_label(outcome.status), model_message(outcome.reason)]
        return values[index.column()]


def _expected_headers() -> list[str]:
    return [QCoreApplication.translate("ConsolidationModels", "中心编码"),
            QCoreApplication.translate("ConsolidationModels", "中心名称"),
            QCoreApplication.translate("ConsolidationModels", "街道")]


class ExpectedCentresModel(QAbstractTableModel):
    """The expected-centre list as an editable table (code, name, street)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.changed = False  # edited since loaded or saved

    def set_centres(self, centres: Sequence[ExpectedCentre]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = [[c.code, c.name, c.street] for c in centres]
        self.endResetModel()

    def centres(self) -> list[ExpectedCentre]:
        """The rows as typed (blank rows left out); checked only when saved or used."""
        return [ExpectedCentre(*row) for row in self._rows if any(v.strip() for v in row)]

    def add_row(self) -> int:
        """Append an empty row; returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", "", ""])
        self.endInsertRows()
        self.changed = True
        return row

    def remove_row(self, row: int) -> None:
        """Remove one row."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed = True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < 3:
            return _expected_headers()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or not 0 <= index.row() < len(self._rows):
            return False
        text = str(value or "").strip()
        if index.column() == 0:
            text = text.upper()
        self._rows[index.row()][index.column()] = text
        self.changed = True
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True
