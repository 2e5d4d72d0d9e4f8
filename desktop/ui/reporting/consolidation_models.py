"""The consolidation page's tables: per-file outcomes and the editable expected-centre list."""

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
from desktop.ui.common.columns import Column
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel

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


def _revision_text(outcome: FileOutcome) -> str:
    return "" if outcome.revision is None else str(outcome.revision)


def _file_name(outcome: FileOutcome) -> str:
    return outcome.path.name


# Headers are literal translate calls so lupdate finds them. Each cell's tooltip repeats it
# (a long reason is cut off in the cell); the file's shows its whole path.
OUTCOME_COLUMNS: list[Column[FileOutcome]] = [
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "文件"), _file_name,
           tooltip=lambda o: str(o.path)),
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "中心编码"),
           lambda o: o.code, tooltip=lambda o: o.code),
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "版本"), _revision_text,
           tooltip=_revision_text),
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "结果"),
           lambda o: status_label(o.status), tooltip=lambda o: status_label(o.status)),
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "原因"),
           lambda o: model_message(o.reason), tooltip=lambda o: model_message(o.reason)),
]


class OutcomeModel(ListTableModel[FileOutcome]):
    """One row per input file: name, centre, revision, result, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(OUTCOME_COLUMNS, parent)

    def set_outcomes(self, outcomes: Sequence[FileOutcome]) -> None:
        """Show these outcomes (in the order given)."""
        self.set_rows(outcomes)


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
