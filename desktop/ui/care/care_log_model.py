"""The table of the daily care log (今日照料): a Qt model over one :class:`DaySheet`.

Columns, in the order of the printed sheet: the member's name, one per service (a check box
each), one per medication time of the day, mood, note. A service cell is ticked when recorded;
when only the member's plan foresees it, it is shown half-ticked with the word 计划 in grey
italics (never by colour alone) and nothing is stored until staff tick it. Minutes show in the
cell (30 分钟) and are typed into it for services that count them. A medication cell says 待服,
已服 11:58, 拒服 or 漏服 (— when the member takes nothing then).

The model only shows; writes go through the tab (``edit_requested``), which saves through the
models layer and hands the sheet back with :meth:`CareLogModel.set_sheet`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.models.care.care_log import DaySheet, ServiceCell, SheetRow
from desktop.models.care.day_care import DOSE_STATUSES
from desktop.models.care.doses import ScheduledDose
from desktop.ui.care.care_words import service_name
from desktop.ui.common.columns import (
    ACCESSIBLE,
    ALIGNMENT,
    CENTER,
    DISPLAY,
    EDIT,
    FONT,
    FOREGROUND,
    TOOLTIP,
    USER,
)
from desktop.ui.common.labels import model_message

_Index = QModelIndex | QPersistentModelIndex
_CHECK = int(Qt.ItemDataRole.CheckStateRole.value)


class Kind(Enum):
    """What a column holds."""

    NAME = "name"
    SERVICE = "service"
    DOSE = "dose"
    MOOD = "mood"
    NOTE = "note"


@dataclass(frozen=True)
class SheetColumn:
    """One column: its kind and key (service key or HH:MM), header and whether it counts
    minutes."""

    kind: Kind
    key: str
    header: str
    counts_minutes: bool = False




def sheet_columns(sheet: DaySheet) -> list[SheetColumn]:
    """The columns of ``sheet`` in screen and paper order."""
    columns = [SheetColumn(Kind.NAME, "", QCoreApplication.translate("CareLogModel", "姓名"))]
    columns += [SheetColumn(Kind.SERVICE, service.key, service_name(service.name),
                            service.counts_minutes)
                for service in sheet.services]
    columns += [SheetColumn(Kind.DOSE, time, QCoreApplication.translate(
        "CareLogModel", "药 {time}").format(time=time))
                for time in sheet.dose_times]
    columns += [SheetColumn(Kind.MOOD, "", QCoreApplication.translate("CareLogModel", "心情")),
                SheetColumn(Kind.NOTE, "", QCoreApplication.translate("CareLogModel", "备注"))]
    return columns


def status_word(status: str | None) -> str:
    """已服 / 拒服 / 漏服 (translated), or 待服 when nothing is recorded."""
    return model_message(DOSE_STATUSES[status]) if status else QCoreApplication.translate(
        "CareLogModel", "待服")


def service_text(cell: ServiceCell) -> str:
    """What a service cell says beside its box: minutes recorded, or 计划 (and minutes)."""
    if cell.recorded:
        return QCoreApplication.translate(
            "CareLogModel", "{minutes}分").format(minutes=cell.minutes) if cell.minutes else ""
    if cell.planned:
        return QCoreApplication.translate(
            "CareLogModel", "计划{minutes}分").format(minutes=cell.plan_minutes) \
            if cell.plan_minutes else QCoreApplication.translate("CareLogModel", "计划")
    return ""


def dose_text(doses: tuple[ScheduledDose, ...]) -> str:
    """A medication cell: — (no medicine then), 待服, 已服 11:58, or counts for several."""
    if not doses:
        return "—"
    if len(doses) == 1:
        dose = doses[0]
        return f"{status_word(dose.status)} {dose.at_time}".strip() if dose.status == "given" \
            else status_word(dose.status)
    counts: dict[str | None, int] = {}
    for dose in doses:
        counts[dose.status] = counts.get(dose.status, 0) + 1
    return " ".join(f"{status_word(status)}{n}" for status, n in counts.items())


def dose_details(doses: tuple[ScheduledDose, ...]) -> str:
    """Each medicine of a medication cell on its line: 丙戊酸钠缓释片 0.5g：已服 11:58（张护士）."""
    lines = []
    for dose in doses:
        state = status_word(dose.status)
        if dose.status:
            state = QCoreApplication.translate("CareLogModel", "{status} {time}（{giver}）").format(
                status=state, time=dose.at_time, giver=dose.given_by or "—")
        lines.append(QCoreApplication.translate(
            "CareLogModel", "{medicine} {dose}：{state}").format(
            medicine=dose.medicine, dose=dose.dose, state=state))
    return "\n".join(lines)


class CareLogModel(QAbstractTableModel):
    """Members present × services, medication times, mood and note, for one day."""

    # (row, column, text typed): minutes, mood or note for the tab to save.
    edit_requested = Signal(int, int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sheet: DaySheet | None = None
        self._columns: list[SheetColumn] = []

    # -- what is shown ---------------------------------------------------------------------
    def set_sheet(self, sheet: DaySheet) -> None:
        """Show ``sheet``; when only the cells changed (same members and columns) the view
        keeps its current cell and scroll position."""
        columns = sheet_columns(sheet)
        same = self._sheet is not None and columns == self._columns and \
            [r.person_id for r in sheet.rows] == [r.person_id for r in self._sheet.rows] \
            and sheet.closed == self._sheet.closed
        if same and sheet.rows:
            self._sheet = sheet
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(sheet.rows) - 1, len(columns) - 1))
            return
        self.beginResetModel()
        self._sheet, self._columns = sheet, columns
        self.endResetModel()

    @property
    def sheet(self) -> DaySheet | None:
        """The sheet shown."""
        return self._sheet

    def column(self, number: int) -> SheetColumn | None:
        """The column's declaration."""
        return self._columns[number] if 0 <= number < len(self._columns) else None

    def columns(self) -> list[SheetColumn]:
        """Every column in order."""
        return list(self._columns)

    def sheet_row(self, number: int) -> SheetRow | None:
        """The member on a row."""
        if self._sheet is None or not 0 <= number < len(self._sheet.rows):
            return None
        return self._sheet.rows[number]

    def row_of(self, person_id: int) -> int:
        """The row of a member, or -1."""
        rows = self._sheet.rows if self._sheet else []
        return next((n for n, r in enumerate(rows) if r.person_id == person_id), -1)

    def first_column(self, kind: Kind) -> int:
        """The first column of a kind, or -1."""
        return next((n for n, c in enumerate(self._columns) if c.kind is kind), -1)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.column(section)
            return column.header if column else None
        # The row's number and name: the row header stays in view while the grid scrolls
        # sideways to the medication, mood and note columns.
        row = self.sheet_row(section)
        return f"{section + 1}  {row.name}" if row is not None else str(section + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.sheet_row(index.row()) if index.isValid() else None
        column = self.column(index.column()) if index.isValid() else None
        if row is None or column is None:
            return None
        role = int(role)
        if role == USER:
            return row.person_id
        if column.kind is Kind.SERVICE:
            return self._service_data(row, column, role)
        if column.kind is Kind.DOSE:
            return self._dose_data(row, column, role)
        value = {Kind.NAME: row.name, Kind.MOOD: row.mood, Kind.NOTE: row.note}[column.kind]
        if role in (DISPLAY, EDIT):
            return value
        if role == ACCESSIBLE:
            if column.kind is Kind.NAME:
                return row.name
            shown = value or QCoreApplication.translate("CareLogModel", "未填写")
            return f"{row.name}，{column.header}：{shown}"
        if role == ALIGNMENT and column.kind is Kind.MOOD:
            return CENTER
        if role == TOOLTIP and column.kind is Kind.NOTE and value:
            return value
        return None

    def _service_data(self, row: SheetRow, column: SheetColumn, role: int) -> Any:
        cell = row.cells.get(column.key, ServiceCell())
        if role == DISPLAY:
            return service_text(cell)
        if role == _CHECK:
            return (Qt.CheckState.Checked if cell.recorded else Qt.CheckState.PartiallyChecked
                    if cell.planned else Qt.CheckState.Unchecked)
        if role == EDIT:
            minutes = cell.minutes if cell.recorded else cell.plan_minutes
            return str(minutes) if minutes else ""
        if role == FOREGROUND and cell.planned and not cell.recorded:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if role == FONT and cell.planned and not cell.recorded:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ACCESSIBLE:
            if cell.recorded:
                state = QCoreApplication.translate("CareLogModel", "已记录")
            elif cell.planned:
                state = QCoreApplication.translate("CareLogModel", "计划内，未记录")
            else:
                state = QCoreApplication.translate("CareLogModel", "未记录")
            return f"{row.name}，{column.header}：{state} {service_text(cell)}".strip()
        if role == TOOLTIP and cell.planned:
            return QCoreApplication.translate("CareLogModel", "个别化服务计划中有这项服务")
        return None

    def _dose_data(self, row: SheetRow, column: SheetColumn, role: int) -> Any:
        doses = row.doses.get(column.key, ())
        if role == DISPLAY:
            return dose_text(doses)
        if role == ALIGNMENT:
            return CENTER
        if role == TOOLTIP and doses:
            return dose_details(doses)
        if role == ACCESSIBLE:
            if not doses:
                return QCoreApplication.translate(
                    "CareLogModel", "{name}，{column}：无需服药").format(name=row.name,
                                                          column=column.header)
            return f"{row.name}，{column.header}：{dose_details(doses)}"
        if role == FOREGROUND and not doses:
            return QBrush(QColor(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                              QPalette.ColorRole.Text)))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        column = self.column(index.column()) if index.isValid() else None
        if column is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        closed = self._sheet is not None and self._sheet.closed
        editable = (column.kind is Kind.SERVICE and column.counts_minutes) or \
            column.kind in (Kind.MOOD, Kind.NOTE)
        if editable and not closed:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edited cell is not stored here: the tab saves it (``edit_requested``) and shows
        the sheet as saved."""
        if not index.isValid() or int(role) != EDIT:
            return False
        self.edit_requested.emit(index.row(), index.column(), "" if value is None else
                                 str(value))
        return False
