"""The consolidation page's tables: per-file outcomes and the editable expected-centre list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
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


def _typed(text: str) -> str:
    return text.strip()


# The expected-centre list is typed in: codes in capitals, as district.normalise_code checks.
EXPECTED_COLUMNS: list[Column[ExpectedCentre]] = [
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "中心编码"),
           lambda c: c.code, edit=lambda c, text: replace(c, code=_typed(text).upper())),
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "中心名称"),
           lambda c: c.name, edit=lambda c, text: replace(c, name=_typed(text))),
    Column(lambda: QCoreApplication.translate("ConsolidationModels", "街道"),
           lambda c: c.street, edit=lambda c, text: replace(c, street=_typed(text))),
]


class ExpectedCentresModel(ListTableModel[ExpectedCentre]):
    """The expected-centre list as an editable table (code, name, street)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(EXPECTED_COLUMNS, parent)
        self.changed = False  # edited since loaded or saved

    def set_centres(self, centres: Sequence[ExpectedCentre]) -> None:
        """Replace the rows."""
        self.set_rows(centres)

    def centres(self) -> list[ExpectedCentre]:
        """The rows as typed (blank rows left out); checked only when saved or used."""
        return [c for c in self.rows() if any(v.strip() for v in (c.code, c.name, c.street))]

    def add_row(self) -> int:
        """Append an empty row; returns its number."""
        row = self.rowCount()
        self.insert_row(row, ExpectedCentre(""))
        self.changed = True
        return row

    def remove_row(self, position: int) -> None:
        """Remove one row."""
        if 0 <= position < self.rowCount():
            super().remove_row(position)
            self.changed = True

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not super().setData(index, value, role):
            return False
        self.changed = True
        return True
