"""The main window: a left navigation of working pages and a status bar."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.models.admin import backup, centre
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.ui.admin.backup_settings import BackupStatusLabel
from desktop.ui.common.labels import model_message, role_name
from desktop.ui.common.model_action import succeeded
from desktop.ui.shell.idle_lock import IdleWatcher, ScreenLock
from desktop.ui.shell.keyboard_nav import FocusFollowingScrollArea
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.page_titles import translated_title
from desktop.ui.shell.pages import Page, PageContext, ShellSignals, pages_for
from desktop.ui.shell.theme import apply_theme, restyle, set_text_scale
from desktop.ui.shell.ui_settings import UiSettings

if TYPE_CHECKING:
    from desktop.ui.kiosk.kiosk_window import KioskWindow
    from desktop.ui.shell.help_dialog import HelpDialog

PageType = TypeVar("PageType", bound=QWidget)


class MainWindow(QMainWindow):
    """Navigation on the left (the pages the capabilities declare, for this user), the page on
    the right.

    The window knows no page by name: it lists the declared pages
    (:func:`desktop.ui.shell.pages.pages_for`) and builds each on first show, handing it a
    :class:`PageContext`. Pages reach the window, and each other, through :attr:`signals`.
    ``extra`` names further capability packages whose pages are added (a test capability).
    """

    def __init__(self, db: Database, actor: Actor, ui_settings: UiSettings,
                 parent: QWidget | None = None, *, extra: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._db = db
        self._ui = ui_settings
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("导航"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        self.actor = actor
        self.signals = ShellSignals(self)
        self._context = PageContext(db, actor, ui_settings, self.signals, tuple(extra))
        # Pages other than the first are built when first opened: start-up pays for one.
        self._pages: list[Page] = pages_for(actor, extra)
        self._built: dict[int, QWidget] = {}  # row → what the stack shows (maybe a scroll area)
        self._inner: dict[int, QWidget] = {}  # row → the page itself
        # Pages that were hidden when the text size changed: styled again when next shown.
        self._stale_pages: set[int] = set()
        self._kiosk: KioskWindow | None = None
        for page in self._pages:
            item = QListWidgetItem(translated_title(page))
            item.setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 12))
            self.nav.addItem(item)
        self.signals.open_page.connect(self.select_page)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        # The home page has nothing to type into: start in the navigation (arrow keys move).
        self.nav.setFocus()
        self._fit_nav()

        central = QWidget()
        row = QHBoxLayout(central)
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        # The kiosk is a window of its own (it may sit on a second screen), not a page.
        self.kiosk_button = QPushButton(self.tr("打开签到台(&K)"))
        self.kiosk_button.setAccessibleName(self.tr("打开签到台"))
        self.kiosk_button.setMinimumHeight(48)
        self.kiosk_button.clicked.connect(self.open_kiosk_window)
        self.kiosk_button.setVisible(actor.can(Permission.RUN_KIOSK))
        side.addWidget(self.kiosk_button)
        self._help: HelpDialog | None = None
        # F1 opens the help of the page shown, wherever the focus is in this window.
        self.help_button = QPushButton(self.tr("帮助 (F1)"))
        self.help_button.setAccessibleName(self.tr("打开本页的帮助"))
        self.help_button.clicked.connect(self.show_help)
        side.addWidget(self.help_button)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_help,
                  context=Qt.ShortcutContext.WindowShortcut)
        row.addLayout(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.centre_label = QLabel()
        self.user_label = QLabel(self.tr("当前用户：{user}（{role}）").format(
            user=actor.username, role=role_name(actor.role)))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        self.statusBar().addWidget(self.centre_label)
        self._show_centre()
        # Ctrl+1 … Ctrl+9 for the first nine pages and Ctrl+0 for the last (设置): the keys
        # along the top row, as browsers number their tabs and jump to the last one.
        shortcuts = {number: f"Ctrl+{number + 1}" for number in range(min(self.nav.count(), 9))}
        if self.nav.count() > 9:
            shortcuts[self.nav.count() - 1] = "Ctrl+0"
        for number, keys in shortcuts.items():
            QShortcut(QKeySequence(keys), self, lambda n=number: self.nav.setCurrentRow(n))
        self.restored_path: str | None = None
        self.change_marker = backup.change_marker(db)
        self.backup_status = BackupStatusLabel(db)
        self.statusBar().addPermanentWidget(self.backup_status)
        # The "last backup" age must keep up during a long session.
        self._backup_clock = QTimer(self)
        self._backup_clock.timeout.connect(self.backup_status.refresh)
        self._backup_clock.start(3_600_000)
        self.screen_lock = ScreenLock(self)
        self.idle_watcher = IdleWatcher(centre.idle_lock_minutes(db), self)
        self.idle_watcher.idle.connect(self.lock_screen)
        # What pages tell the window (the settings page, mostly).
        self.signals.centre_changed.connect(self._show_centre)
        self.signals.text_scale_changed.connect(self._apply_text_scale)
        self.signals.high_contrast_changed.connect(self._apply_high_contrast)
        self.signals.idle_minutes_changed.connect(self.idle_watcher.set_minutes)
        self.signals.backup_made.connect(lambda _path: self.backup_status.refresh())
        self.signals.database_restored.connect(self.database_restored)
        geometry = ui_settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        # Long forms scroll instead of forcing a window taller than a 768-px screen; the view
        # follows the focus, so Alt+letter or Tab never lands on a field out of sight.
        area = FocusFollowingScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    def page_ids(self) -> list[str]:
        """The ids of this user's pages, in navigation order."""
        return [page.id for page in self._pages]

    def current_help_key(self) -> str:
        """The id of the page shown now (its help topic's key)."""
        row = self.nav.currentRow()
        return self._pages[row].id if 0 <= row < len(self._pages) else ""

    def show_help(self) -> HelpDialog:
        """Open the help for the page shown now (F1); the window stays usable beside it."""
        from desktop.ui.shell.help_dialog import HelpDialog

        if self._help is not None:
            self._help.close()
        row = self.nav.currentRow()
        topic = self._pages[row].help if 0 <= row < len(self._pages) else None
        self._help = HelpDialog(topic, self)
        self._help.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._help.destroyed.connect(self._help_closed)
        self._help.show()
        return self._help

    def _help_closed(self) -> None:
        self._help = None

    def page_at(self, row: int) -> QWidget:
        """What the stack shows for a navigation row (the page, or the scroll area around
        it), built on first use."""
        if row not in self._built:
            declared = self._pages[row]
            page = declared.make(self._context)
            shown = self._scrolling(page) if declared.scrolls else page
            self._inner[row] = page
            self._built[row] = shown
            self.stack.addWidget(shown)
        return self._built[row]

    def _row(self, page_id: str) -> int:
        for row, page in enumerate(self._pages):
            if page.id == page_id:
                return row
        raise ValueError(f"no page {page_id!r} in this window")

    def page(self, page_id: str, kind: type[PageType]) -> PageType:
        """The page with this id (built if needed, not shown), which must be a ``kind``;
        ValueError if this user's window has no such page."""
        row = self._row(page_id)
        self.page_at(row)
        page = self._inner[row]
        if not isinstance(page, kind):
            raise TypeError(f"page {page_id!r} is a {type(page).__name__}, not {kind.__name__}")
        return page

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            page = self.page_at(row)
            if row in self._stale_pages:
                self._stale_pages.discard(row)
                restyle(page)
            self.stack.setCurrentWidget(page)

    def open_kiosk_window(self) -> None:
        """Open the sign-in kiosk (full screen, on another screen if there is one)."""
        from desktop.ui.kiosk.kiosk_screen import open_kiosk

        if self._kiosk is not None and self._kiosk.isVisible():
            self._kiosk.raise_()
            self._kiosk.activateWindow()
            return
        self._kiosk = open_kiosk(self._db, self.actor, self._ui, near=self)
        self._kiosk.staff_mode_requested.connect(lambda _actor: self._back_to_staff())

    def _back_to_staff(self) -> None:
        self.raise_()
        self.activateWindow()

    def _close_kiosk(self) -> None:
        if self._kiosk is not None:
            self._kiosk.close_without_password()
            self._kiosk = None

    def select_page(self, page_id: str) -> QWidget:
        """Show this page (built if needed) and return what the stack shows; ValueError if this
        user's window has no such page (账户 or 操作日志 without the permission)."""
        row = self._row(page_id)
        self.nav.setCurrentRow(row)
        return self.page_at(row)

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
        # Styling every widget of every page opened so far took seconds: style what is on
        # screen now and each other page when it is next shown.
        app = QApplication.instance()
        if isinstance(app, QApplication) and set_text_scale(app, scale):
            current = self.stack.currentWidget()
            hidden = [page for page in self._built.values() if page is not current]
            self._stale_pages = {row for row, page in self._built.items() if page is not current}
            restyle(self, skip=hidden)
            for window in app.topLevelWidgets():
                if window is not self and window.isVisible():
                    restyle(window)
        self._fit_nav()
        for number in range(self.nav.count()):
            self.nav.item(number).setSizeHint(QSize(0, self.fontMetrics().height() * 2 + 12))

    def _apply_high_contrast(self, on: bool) -> None:
        # A new sheet for every window: a second or two with many pages open, so say so.
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.statusBar().showMessage(self.tr("正在切换显示颜色…"))
        self.statusBar().repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            apply_theme(app, self._ui.text_scale, on)
            self._stale_pages.clear()  # the new sheet styled every page
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()

    def backup_on_start(self) -> None:
        """The daily automatic backup, when the newest is older than 24 hours."""
        def back_up() -> None:
            result = backup.backup_on_start(self._db)
            for warning in result.warnings if result is not None else ():
                self.statusBar().showMessage(model_message(warning), 15_000)

        succeeded(self, back_up, show=lambda reason: self.statusBar().showMessage(
            self.tr("自动备份失败：{reason}").format(reason=reason)))
        # Changes made from here on decide whether leaving the app makes another backup.
        self.change_marker = backup.change_marker(self._db)
        self.backup_status.refresh()

    def database_restored(self, path: str) -> None:
        """A restore replaced the database: close so the app reopens it and asks to sign in."""
        self.restored_path = path
        self._close_kiosk()  # it must not stay open on the replaced database
        self.close()
        QApplication.quit()

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
        # Closing the staff window ends the session, kiosk included.
        self._close_kiosk()
        self._ui.save_window_geometry(self.saveGeometry())
        self._ui.sync()
        super().closeEvent(event)
