"""首页 (the home page): today's sign-ins (live), this month against last month, the 12-month
trend, the three-activities goal and the alerts.

Live updates: the kiosk is a window of this process and signs people in on the same
connection, and other programs (the CLI) may write too. While the page is visible a timer
compares the database's change counters (``backup.change_marker``: our own writes and other
connections' commits) every :data:`POLL_MS`; only when they moved, or the day turned, is
today's count (one indexed query) read again. The trend, goal, month and alerts are read
when the page is shown, after it is on screen.

The models behind the figures (and QtCharts) are imported when first needed, after the
window's first paint: the home page is built with the main window, and start-up must not
pay for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.admin import backup
from desktop.models.admin.backup import ChangeMarker
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.reporting.dashboard_cards import AlertsPanel, GoalPanel, MonthCard, TodayCard
from desktop.ui.reporting.dashboard_trend import TrendPanel

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

POLL_MS = 2000
# How long after the first paint the figures start loading (the window is fully drawn by then).
LOAD_DELAY_MS = 30


class DashboardPage(QWidget):
    """The home page. ``open_page(page)`` asks the main window to show a page (its id).
    Today and now are the database's clock (``db.clock``)."""

    open_page = Signal(str)
    show_alert = Signal(str)  # after open_page: the alert's key (validation.people.…, …)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None,
                 extra: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._extra = tuple(extra)  # further capability packages (their declared alerts)
        self._marker: ChangeMarker | None = None
        self._day = ""
        self.title_label = QLabel()
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.setAccessibleName(self.tr("刷新首页"))
        self.refresh_button.clicked.connect(self.refresh_all)
        self.today_card = TodayCard()
        self.month_card = MonthCard()
        self.trend_panel = TrendPanel()
        self.goal_panel = GoalPanel()
        self.alerts_panel = AlertsPanel()
        self.alerts_panel.open_page.connect(self.open_page)
        self.alerts_panel.show_alert.connect(self.show_alert)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.refresh_button)
        self.grid = QGridLayout()
        self.wide: bool | None = None
        self._wide_needed = 0
        self._watched: QWidget | None = None
        self._arrange(wide=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid, 1)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.loaded = False
        self._pending = False
        self._load_after_paint = False

    # -- layout -----------------------------------------------------------------------------
    def _arrange(self, wide: bool) -> None:
        """Wide: figures along the top, the chart and the alerts (what to act on) side by side
        below, all in view on a 1280 x 760 screen. Narrow (large text, small window): two
        columns, the chart last."""
        if wide == self.wide:
            return
        self.wide = wide
        grid = self.grid
        for panel in (self.today_card, self.month_card, self.goal_panel, self.trend_panel,
                      self.alerts_panel):
            grid.removeWidget(panel)
        for column in range(3):
            grid.setColumnStretch(column, 0)
        for row in range(3):
            grid.setRowStretch(row, 0)
        if wide:
            grid.addWidget(self.today_card, 0, 0)
            grid.addWidget(self.month_card, 0, 1)
            grid.addWidget(self.goal_panel, 0, 2)
            grid.addWidget(self.trend_panel, 1, 0, 1, 2)
            grid.addWidget(self.alerts_panel, 1, 2)
            for column, stretch in enumerate((2, 4, 3)):
                grid.setColumnStretch(column, stretch)
            grid.setRowStretch(1, 1)
        else:
            grid.addWidget(self.today_card, 0, 0)
            grid.addWidget(self.month_card, 0, 1)
            grid.addWidget(self.goal_panel, 1, 0)
            grid.addWidget(self.alerts_panel, 1, 1)
            grid.addWidget(self.trend_panel, 2, 0, 1, 2)
            grid.setColumnStretch(0, 2)
            grid.setColumnStretch(1, 3)
            grid.setRowStretch(2, 1)

    def _available_width(self) -> int:
        # In the main window the page sits in a scroll area, which never makes it narrower
        # than its minimum: the room there is the width of the area's viewport.
        parent = self.parentWidget()
        return parent.width() if parent is not None else self.width()

    def fit_columns(self) -> None:
        """Three columns when they fit in the room there is (it depends on the language and
        the text size), two otherwise."""
        available = self._available_width()
        if self.wide:
            self._wide_needed = self.minimumSizeHint().width()
            if available < self._wide_needed:
                self._arrange(wide=False)
        elif available >= self._wide_needed:
            self._arrange(wide=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The scroll area's viewport resized (the window did): there may be room for more.
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Large text or another language: the minimum width changed; measure after relayout.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            # With the page as context: a page closed meanwhile is not measured.
            QTimer.singleShot(0, self, self.fit_columns)

    # -- refreshing ---------------------------------------------------------------------------
    def refresh_today(self) -> None:
        """Read today's sign-ins again and remember the change counters."""
        from desktop.models.reporting import dashboard

        now = self._db.clock.now()
        self._marker = backup.change_marker(self._db)
        self._day = now.date().isoformat()
        self.today_card.show_figures(dashboard.today_figures(self._db, now.date()))

    def refresh_all(self) -> None:
        """Read every figure and alert again (at once)."""
        for step in self._steps():
            step()
        self.loaded = True

    def _steps(self) -> list[Callable[[], None]]:
        # Cheapest first; the trend loads QtCharts on its first run.
        return [self._load_month, self._load_goal_and_alerts, self._load_trend]

    def _load_month(self) -> None:
        from desktop.models.reporting import dashboard

        now = self._db.clock.now()
        self.title_label.setText(self.tr("<b>{day}</b> 的概况").format(day=now.date().isoformat()))
        self.refresh_today()
        self.month_card.show_comparison(dashboard.month_comparison(self._db, now.date()))

    def _load_goal_and_alerts(self) -> None:
        from desktop.models.reporting import dashboard

        now = self._db.clock.now()
        self.goal_panel.show_progress(dashboard.goal_progress(self._db, now.year))
        self.alerts_panel.show_alerts(dashboard.alerts(self._db, now, self._extra))

    def _load_trend(self) -> None:
        from desktop.models.reporting import dashboard

        self.trend_panel.show_points(dashboard.trend(self._db, self._db.clock.now().date()))

    def _load_in_steps(self, steps: list[Callable[[], None]]) -> None:
        # One step per pass of the event loop: the window paints first and stays responsive
        # between steps. A page hidden meanwhile stops; showing it again starts over.
        if not self.isVisible():
            self._pending = False
            return
        steps[0]()
        if len(steps) > 1:
            QTimer.singleShot(0, self, lambda: self._load_in_steps(steps[1:]))
        else:
            self._pending = False
            self.loaded = True

    def poll(self) -> None:
        """Update today's figures when anything was written since the last look, and every
        figure when the day changed; otherwise do nothing (this runs every few seconds)."""
        if not self.isVisible():
            return
        if self._db.clock.now().date().isoformat() != self._day:
            # After midnight "this month", the trend and the alerts move on too.
            self.refresh_all()
        elif self._marker is None or backup.changed_since(self._db, self._marker):
            self.refresh_today()

    # -- visibility ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None and parent is not self._watched:
            parent.installEventFilter(self)
            self._watched = parent
        self.poll_timer.start()
        # After the page is painted (see paintEvent): the first paint of the app does not wait
        # for the queries or for loading QtCharts.
        if not self._pending:
            self._pending = True
            self._load_after_paint = True
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._load_after_paint:
            self._load_after_paint = False
            # A short pause, not 0: the rest of the window finishes painting first. The page
            # as context: a page closed meanwhile (and deleted) gets no call.
            QTimer.singleShot(LOAD_DELAY_MS, self,
                              lambda: self._load_in_steps(self._steps()))

    def hideEvent(self, event: QHideEvent) -> None:
        self.poll_timer.stop()
        super().hideEvent(event)


def make_page(context: PageContext) -> DashboardPage:
    """The home page for the main window: its alerts open the page that helps."""
    page = DashboardPage(context.db, context.actor, extra=context.extra)
    page.open_page.connect(context.signals.open_page)
    page.show_alert.connect(context.signals.alert_chosen)
    return page
