"""The tables of one day: its sign-ins, and the kiosk's refusals.

A day holds at most one valid sign-in per member (a few hundred rows in a large centre), so
each model loads its day with one query when the day changes, instead of paging ids.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from desktop.models.attendance import attendance
from desktop.models.attendance.attendance import SignIn
from desktop.models.db import Database
from desktop.ui.attendance.attendance_labels import kiosk_event_label, method_label
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.shell.theme import muted_brush


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


def _struck_out(row: SignIn) -> QFont | None:
    if not row.voided:
        return None
    font = QFont()
    font.setStrikeOut(True)
    return font


# Headers are literal translate calls so lupdate finds them. A voided entry is greyed and
# struck out, and says why in its tooltip.
SIGN_IN_COLUMNS: list[Column[SignIn]] = every_column([
    Column(lambda: QCoreApplication.translate("DaySignInModel", "姓名"), lambda r: r.name),
    Column(lambda: QCoreApplication.translate("DaySignInModel", "签到"), lambda r: r.time_in),
    Column(lambda: QCoreApplication.translate("DaySignInModel", "签退"), lambda r: r.time_out),
    Column(lambda: QCoreApplication.translate("DaySignInModel", "在场时长"), _duration),
    Column(lambda: QCoreApplication.translate("DaySignInModel", "方式"),
           lambda r: method_label(r.method)),
    Column(lambda: QCoreApplication.translate("DaySignInModel", "记录人"),
           lambda r: r.recorded_by),
    Column(lambda: QCoreApplication.translate("DaySignInModel", "状态"), _status),
], foreground=lambda r: muted_brush() if r.voided else None, font=_struck_out,
   tooltip=lambda r: _status(r) if r.voided else None)


class DaySignInModel(ListTableModel[SignIn]):
    """Every sign-in of one day in time order, voided ones included and marked; the user role
    holds the sign-in's id."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(SIGN_IN_COLUMNS, parent, key=lambda r: r.id)
        self._db = db
        self._day = ""

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
        self.set_rows(attendance.day_sign_ins(self._db, self._day) if self._day else [])

    def sign_in(self, row: int) -> SignIn | None:
        """The sign-in shown on this row."""
        return self.row_data(row)

    def counts(self) -> tuple[int, int]:
        """(valid sign-ins, voided entries) of the day."""
        rows = self.rows()
        voided = sum(1 for r in rows if r.voided)
        return len(rows) - voided, voided


def _event_detail(event: dict[str, Any]) -> str:
    """The card or text the kiosk was given; a tile's bare person id says nothing to staff."""
    detail = str(event["detail"] or "")
    return "" if event["name"] and detail == str(event["person_id"]) else detail


EVENT_COLUMNS: list[Column[dict[str, Any]]] = [
    Column(lambda: QCoreApplication.translate("KioskEventModel", "时间"),
           lambda e: str(e["at"])[11:19]),
    Column(lambda: QCoreApplication.translate("KioskEventModel", "情况"),
           lambda e: kiosk_event_label(str(e["kind"]))),
    Column(lambda: QCoreApplication.translate("KioskEventModel", "卡号或内容"), _event_detail),
    Column(lambda: QCoreApplication.translate("KioskEventModel", "姓名"),
           lambda e: str(e["name"] or "")),
]


class KioskEventModel(ListTableModel[dict[str, Any]]):
    """The kiosk's refusals on one day: unknown cards, archived or departed members."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(EVENT_COLUMNS, parent)
        self._db = db

    def set_day(self, day: str) -> None:
        """Show the refusals of this ISO date."""
        self.set_rows(attendance.kiosk_events(self._db, day))
