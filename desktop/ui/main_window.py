"""The main window: a left navigation of working pages and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.models import centre
from desktop.models.db import Database
from desktop.models.permissions import Actor, Permission
from desktop.ui.idle_lock import IdleWatcher, ScreenLock
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.people_page import PeoplePage
from desktop.ui.settings_page import SettingsPage
from desktop.ui.theme import apply_theme
from desktop.ui.ui_settings import UiSettings
from desktop.ui.users_page import UsersPage, role_label


class MainWindow(QMainWindow):
    """Navigation on the left (a short fixed list of pages), the page on the right."""

    def __init__(self, db: Database, actor: Actor, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ui = ui_settings
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("导航"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        self.actor = actor
        self.people_page = PeoplePage(db, actor)
        self.settings_page = SettingsPage(db, actor, ui_settings)
        self._add_page(self.tr("人员登记"), self.people_page)
        self.users_page: UsersPage | None = None
        if actor.can(Permission.MANAGE_USERS):
            self.users_page = UsersPage(db, actor)
            self._add_page(self.tr("账户"), self.users_page)
        self._add_page(self.tr("设置"), self._scrolling(self.settings_page))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        # Staff usually come to find someone: start in the search box.
        self.people_page.search_edit.setFocus()
        self._fit_nav()

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.centre_label = QLabel()
        self.user_label = QLabel(self.tr("当前用户：{user}（{role}）").format(
            user=actor.username, role=role_label(actor.role)))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        self.statusBar().addWidget(self.centre_label)
        self._show_centre()
        self.settings_page.profile_saved.connect(self._show_centre)
        self.settings_page.text_scale_changed.connect(self._apply_text_scale)
        for number in range(self.nav.count()):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self,
                      lambda n=number: self.nav.setCurrentRow(n))
        self.screen_lock = ScreenLock(self)
        self.idle_watcher = IdleWatcher(centre.idle_lock_minutes(db), self)
        self.idle_watcher.idle.connect(self.lock_screen)
        self.settings_page.idle_minutes_changed.connect(self.idle_watcher.set_minutes)
        geometry = ui_settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        # Long forms scroll instead of forcing a window taller than a 768-px screen.
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _add_page(self, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 12))
        self.nav.addItem(item)
        self.stack.addWidget(page)

    def _fit_nav(self) -> None:
        width = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                    for i in range(self.nav.count()))
        self.nav.setFixedWidth(width + 48)

    def _show_centre(self) -> None:
        profile = centre.load_profile(self._db)
        title = self.tr("温馨家园工作台")
        self.setWindowTitle(f"{profile.name} — {title}" if profile.name else title)
        self.centre_label.setText(self.tr("{name}（{code}）").format(
            name=profile.name, code=profile.code) if profile.name else "")

    def _apply_text_scale(self, scale: float) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, scale)
        self._fit_nav()
        for number in range(self.nav.count()):
            self.nav.item(number).setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 12))

    def make_unlock_dialog(self) -> LoginDialog:
        """The password prompt shown while the screen is locked."""
        return LoginDialog(self._db, "", locked_username=self.actor.username, parent=self)

    def lock_screen(self) -> None:
        """Cover the window and hidden dialogs until the same user signs in again."""
        if self.screen_lock.locked:
            return
        self.idle_watcher.pause()
        self.screen_lock.lock()
        dialog = self.make_unlock_dialog()
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self._give_up)
        dialog.open()

    def _unlocked(self) -> None:
        self.screen_lock.unlock()
        self.idle_watcher.restart()

    def _give_up(self) -> None:
        # Leaving the lock without the password closes the app; nothing is shown again.
        QApplication.quit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.screen_lock.locked:
            self.screen_lock.cover.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ui.save_window_geometry(self.saveGeometry())
        self._ui.sync()
        super().closeEvent(event)
