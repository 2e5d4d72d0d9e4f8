"""Qt item models of one day: its sign-ins, and the kiosk's refusals.

A day holds at most one valid sign-in per member (a few hundred rows in a large centre), so
each model loads its day with one query when the day changes, instead of paging ids.
"""

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
from PySide6.QtGui import QFont

from desktop.models.attendance import attendance
from desktop.models.attendance.attendance import SignIn
from desktop.models.db import Database
from desktop.ui.attendance.attendance_labels import kiosk_event_label, method_label
from desktop.ui.shell.theme import muted_brush

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


def _duration(row: SignIn) -> str:
    minutes = row.minutes_present()
    if minutes is None:
        return ""
    return QCoreApplication.translate("DaySignInModel", "{h}小时{m:02d}分").format(
        h=minutes // 60, m=minutes % 60)


def _status(row: SignIn) -> str:
    if row.voided:
        # Voided entries are said in words (and greyed): never by colour alone.
        return QCoreApplication.translate("DaySignInModel", "已作废：{reason}").format(
            reason=row.void_reason or "")
    return QCoreApplication.translate("DaySignInModel", "有效")


# (header, value getter). Headers are literal translate calls so lupdate finds them.
SIGN_IN_COLUMNS: list[tuple[Callable[[], str], Callable[[SignIn], str]]] = [
    (lambda: QCoreApplication.translate("DaySignInModel", "姓名"), lambda r: r.name),
    (lambda: QCoreApplication.translate("DaySignInModel", "签到"), lambda r: r.time_in),
    (lambda: QCoreApplication.translate("DaySignInModel", "签退"), lambda r: r.time_out),
    (lambda: QCoreApplication.translate("DaySignInModel", "在场时长"), _duration),
    (lambda: QCoreApplication.translate("DaySignInModel", "方式"),
     lambda r: method_label(r.method)),
    (lambda: QCoreApplication.translate("DaySignInModel", "记录人"), lambda r: r.recorded_by),
    (lambda: QCoreApplication.translate("DaySignInModel", "状态"), _status),
]


class DaySignInModel(QAbstractTableModel):
    """Every sign-in of one day in time order, voided ones included and marked."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._day = ""
        self._rows: list[SignIn] = []

    @property
    def day(self) -> str:
        """The ISO date shown."""
        return self._day

    def set_day(self, day: str) -> None:
        """Show the sign-ins of this ISO date."""
        self._day = day
        self.refresh()

    def refresh(self) -> None:
        """Re-read the day (after a change here or at the kiosk)."""
        self.beginResetModel()
        self._rows = attendance.day_sign_ins(self._db, self._day) if self._day else []
        self.endResetModel()

    def sign_in(self, row: int) -> SignIn | None:
        """The sign-in shown on this row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, sign_in_id: int) -> int:
        """The row showing this sign-in, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == sign_in_id), -1)

    def counts(self) -> tuple[int, int]:
        """(valid sign-ins, voided entries) of the day."""
        voided = sum(1 for r in self._rows if r.voided)
        return len(self._rows) - voided, voided

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SIGN_IN_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        row = self.sign_in(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == _DISPLAY:
            column = index.column()
            return SIGN_IN_COLUMNS[column][1](row) if 0 <= column < len(SIGN_IN_COLUMNS) \
                else None
        if role == _USER:
            return row.id
        if row.voided:
            if role == _FOREGROUND:
                return muted_brush()
            if role == _FONT:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == _TOOLTIP:
                return _status(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return SIGN_IN_COLUMNS[section][0]() if 0 <= section < len(SIGN_IN_COLUMNS) \
                else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _event_detail(event: dict[str, Any]) -> str:
    """The card or text the kiosk was given; a tile's bare person id says nothing to staff."""
    detail = str(event["detail"] or "")
    return "" if event["name"] and detail == str(event["person_id"]) else detail


EVENT_COLUMNS: list[tuple[Callable[[], str], Callable[[dict[str, Any]], str]]] = [
    (lambda: QCoreApplication.translate("KioskEventModel", "时间"),
     lambda e: str(e["at"])[11:19]),
    (lambda: QCoreApplication.translate("KioskEventModel", "情况"),
     lambda e: kiosk_event_label(str(e["kind"]))),
    (lambda: QCoreApplication.translate("KioskEventModel", "卡号或内容"),
     lambda e: _event_detail(e)),
    (lambda: QCoreApplication.translate("KioskEventModel", "姓名"),
     lambda e: str(e["name"] or "")),
]


class KioskEventModel(QAbstractTableModel):
    """The kiosk's refusals on one day: unknown cards, archived or departed members."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[dict[str, Any]] = []

    def set_day(self, day: str) -> None:
        """Show the refusals of this ISO date."""
        self.beginResetModel()
        self._rows = attendance.kiosk_events(self._db, day)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EVENT_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) != _DISPLAY or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or \
                not 0 <= index.column() < len(EVENT_COLUMNS):
            return None
        return EVENT_COLUMNS[index.column()][1](self._rows[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return EVENT_COLUMNS[section][0]() if 0 <= section < len(EVENT_COLUMNS) else None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
