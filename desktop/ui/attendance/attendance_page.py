"""The staff attendance page (考勤): a day view and a month view.

Add it to the main window with ``AttendancePage(db, actor)`` under the title 考勤.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.attendance.attendance_day_panel import DayPanel
from desktop.ui.attendance.attendance_month_panel import MonthPanel
from desktop.ui.attendance.not_seen_panel import NotSeenPanel

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


class AttendancePage(QWidget):
    """Who came and when: 日视图 (one day, with corrections and the paper sheet),
    月视图 (the member x day matrix, exported to Excel) and 久未签到 (who has not come for
    weeks, as a call list).

    The time is the database's clock's (``db.clock``; tests set a fixed one): the default day and
    month, and the limit that no sign-in is recorded in the future.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_panel = DayPanel(db, actor)
        self.month_panel = MonthPanel(db, actor)
        self.not_seen_panel = NotSeenPanel(db, actor)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("考勤视图"))
        self.tabs.addTab(self.day_panel, self.tr("日视图"))
        self.tabs.addTab(self.month_panel, self.tr("月视图"))
        self.tabs.addTab(self.not_seen_panel, self.tr("久未签到"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # A change made in the day view shows in the matrix and the list when looked at next.
        self.day_panel.attendance_changed.connect(self.month_panel.refresh)
        self.day_panel.attendance_changed.connect(self.not_seen_panel.refresh)

    def show_month(self) -> MonthPanel:
        """Switch to the month view."""
        self.tabs.setCurrentWidget(self.month_panel)
        return self.month_panel

    def show_not_seen(self) -> NotSeenPanel:
        """Switch to the members not seen recently."""
        self.tabs.setCurrentWidget(self.not_seen_panel)
        return self.not_seen_panel

    def show_day(self) -> DayPanel:
        """Switch to the day view."""
        self.tabs.setCurrentWidget(self.day_panel)
        return self.day_panel


def make_page(context: PageContext) -> AttendancePage:
    """The attendance page for the main window; another page may ask for a day's view."""
    page = AttendancePage(context.db, context.actor)
    context.signals.day_chosen.connect(
        lambda day: page.show_day().set_day(date.fromisoformat(day)))
    return page
