"""The GUI start: QApplication, theme, translator, the database, which window opens.

The command line (``desktop.cli.main``, the entry of main.py and both executables) hands over
to ``run_gui`` when no subcommand is given; this module never imports the command line back.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import __version__
from desktop.models import locations
from desktop.models.admin import accounts, backup, centre
from desktop.models.admin.backup import ChangeMarker
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.clock import Clock, SystemClock
from desktop.models.db import Database, open_database
from desktop.models.errors import WarmHomeError
from desktop.models.storage import leftovers
from desktop.ui.common.labels import model_message
from desktop.ui.common.wheel_guard import install_wheel_guard
from desktop.ui.shell.error_dialog import install_error_reporting
from desktop.ui.shell.instance_lock import InstanceLock, LockState
from desktop.ui.shell.login_dialog import LoginDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.shell.welcome_dialog import WelcomeDialog

if TYPE_CHECKING:
    from desktop.ui.kiosk.kiosk_window import KioskWindow

log = logging.getLogger("warmhome")
QUIT_AFTER_READY = "WARMHOME_QUIT_AFTER_READY"
# The database is already open in another window; distinct from 1 (cannot open it at all).
EXIT_ALREADY_OPEN = 2


def install_qt_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load Qt's own translation for ``language`` (the words on standard buttons and dialogs:
    是/否, 保存/取消, 确定), shipped with PySide6 and kept in the frozen build."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)
        return translator
    if language != "en":  # English is Qt's own source language: there is no catalogue
        log.warning("Qt translation qtbase_%s not found in %s", language, folder)
    return None


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the interface translation (Chinese is the source; others come from .qm files)."""
    if language == "zh_CN":
        return None
    translator = QTranslator(app)
    folder = str(locations.resource_root() / "translations")
    if translator.load(f"warmhome_{language}", folder):
        app.installTranslator(translator)
        return translator
    log.warning("translation %s not found in %s", language, folder)
    return None


def create_app(argv: list[str] | None = None) -> tuple[QApplication, UiSettings]:
    """The QApplication with theme and translation applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("warmhome")
    app.setOrganizationName("WarmHome")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(locations.resource_root() / "icons" / "warmhome.svg")))
    app.setDesktopFileName("warmhome")  # Linux: matches warmhome.desktop (taskbar, Wayland)
    settings = UiSettings()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if settings.language == "zh_CN" else QLocale(QLocale.Language.English))
    install_qt_translator(app, settings.language)
    install_translator(app, settings.language)
    app.setApplicationDisplayName(app.translate("App", "温馨家园工作台"))
    apply_theme(app, settings.text_scale, settings.staff_high_contrast)
    install_wheel_guard(app)
    return app, settings


def sign_in_actor(db: Database) -> Actor | None:
    """The welcome dialog on a database without accounts, else the login dialog.

    Returns who signed in, or None when the user chose to quit.
    """
    if not accounts.has_accounts(db):
        welcome = WelcomeDialog(db)
        if welcome.exec() != QDialog.DialogCode.Accepted or welcome.account is None:
            return None
        return welcome.account.as_actor()
    login = LoginDialog(db, centre.load_profile(db).name)
    if login.exec() != QDialog.DialogCode.Accepted or login.account is None:
        return None
    return login.account.as_actor()


def window_for(db: Database, actor: Actor, settings: UiSettings) -> QWidget | None:
    """The first window for a signed-in account: the main window for staff and
    administrators, the sign-in kiosk for a 签到台 account (None, after saying why, for an
    account that may do neither)."""
    if actor.can(Permission.EDIT_PEOPLE):
        return MainWindow(db, actor, settings)
    if actor.can(Permission.RUN_KIOSK):
        # Imported here: staff start-up should not pay for the kiosk's modules.
        from desktop.ui.kiosk.kiosk_window import KioskWindow

        return KioskWindow(db, actor, settings)
    QMessageBox.information(None, QApplication.translate("App", "无法打开"),
                            QApplication.translate(
                                "App", "此账户不能打开任何窗口。请用工作人员或管理员账户登录。"))
    return None


def open_main_window(db: Database, settings: UiSettings) -> QWidget | None:
    """Sign in (or set up a new database), then the window for that account."""
    actor = sign_in_actor(db)
    if actor is None:
        return None
    return window_for(db, actor, settings)


class Session:
    """The windows of one sign-in: the main window, or the kiosk for a 签到台 account.

    A staff member leaving the kiosk with the 工作人员 button and their password gets the
    main window under their own account (the kiosk closes); closing the kiosk with a staff
    password ends the session. Backups on exit compare with the state at the session start
    (after its start-up backup), so sign-ins made at the kiosk are backed up too.
    """

    def __init__(self, db: Database, settings: UiSettings, first: QWidget) -> None:
        self._db = db
        self._settings = settings
        self.main: MainWindow | None = first if isinstance(first, MainWindow) else None
        self.kiosk: KioskWindow | None = None
        self._marker = backup.change_marker(db)
        if self.main is None:
            from desktop.ui.kiosk.kiosk_window import KioskWindow

            assert isinstance(first, KioskWindow)
            self.kiosk = first
            first.staff_mode_requested.connect(self.open_staff_window)

    def show(self, smoke: bool) -> None:
        """Show the first window (the kiosk full screen) and start the daily backup."""
        if self.main is not None:
            self.main.show()
            if not smoke:
                # After the window is up, so the start is not slowed by the copy.
                QTimer.singleShot(0, self.main.backup_on_start)
        elif self.kiosk is not None:
            self.kiosk.showFullScreen()
            if not smoke:
                QTimer.singleShot(0, self._kiosk_backup_on_start)

    def _kiosk_backup_on_start(self) -> None:
        # The kiosk has no status bar: problems go to the log, as on exit.
        try:
            result = backup.backup_on_start(self._db)
        except WarmHomeError as exc:
            log.error("backup on start failed: %s", exc.message)
        else:
            for warning in result.warnings if result is not None else []:
                log.warning("%s", warning)
        self._marker = backup.change_marker(self._db)

    def open_staff_window(self, actor: Actor) -> None:
        """The staff member who left the kiosk works on in the main window, as themselves."""
        # Shown before the kiosk closes, so the application never has no window.
        self.main = MainWindow(self._db, actor, self._settings)
        self.main.show()

    @property
    def change_marker(self) -> ChangeMarker:
        """What a backup on exit compares with."""
        if self.main is not None and self.kiosk is None:
            return self.main.change_marker
        return self._marker

    @property
    def restored_path(self) -> str | None:
        """The backup file a restore put in place during the session, if any."""
        return self.main.restored_path if self.main is not None else None


def run_gui(db_path: str | None = None, *, kiosk: bool = False,
            clock: Clock | None = None) -> int:
    """Start the GUI on the given (or default) database; returns the exit code. ``clock``
    (default the computer's) is the one the database, every page and the kiosk read the
    date and time from."""
    clock = clock or SystemClock()
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    install_error_reporting(smoke=bool(os.environ.get(QUIT_AFTER_READY)))
    app, settings = create_app()
    path = locations.default_db_path(db_path)
    smoke = bool(os.environ.get(QUIT_AFTER_READY))
    # Before the database is opened: a second window must not open, migrate or checkpoint it.
    lock = InstanceLock(path)
    state = lock.acquire()
    if state is LockState.HELD_ELSEWHERE:
        _explain_already_open(app, path, smoke)
        return EXIT_ALREADY_OPEN
    if state is LockState.UNAVAILABLE:
        log.warning("no instance lock beside %s; opening without it", path)
    try:
        return _run_on_database(app, settings, path, smoke, kiosk, clock)
    finally:
        lock.release()


def _explain_already_open(app: QApplication, path: Path, smoke: bool) -> None:
    """Tell the user (and stderr) that another window has this database open."""
    message = app.translate(
        "App", "温馨家园工作台已经打开（{database}），请切换到已打开的窗口").format(database=path)
    print(f"warmhome: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Information, app.translate("App", "已经打开"), message)
    if smoke:
        box.show()
    else:
        box.exec()


def _run_on_database(app: QApplication, settings: UiSettings, path: Path, smoke: bool,
                     kiosk: bool = False, clock: Clock | None = None) -> int:
    """Open the database with ``clock`` (default the computer's), sign in, show the main
    window and run the event loop."""
    clock = clock or SystemClock()
    try:
        db = open_database(path, clock=clock)
    except WarmHomeError as exc:
        print(f"warmhome: 错误：{exc.message}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, app.translate("App", "无法打开数据库"),
                          model_message(exc.message))
        if smoke:
            box.show()
        else:
            box.exec()
        return 1
    while True:
        with db:
            leftovers.tidy_on_start(db, [settings.export_folder])
            if smoke:
                # Smoke tests and benchmarks: close whatever opened first, once it is shown.
                QTimer.singleShot(0, _close_when_shown)
            window = open_main_window(db, settings)
            if window is None:
                return 0
            session = Session(db, settings, window)
            session.show(smoke)
            if kiosk and session.main is not None and not smoke:
                # Started from the 签到台 shortcut by a staff member: open the kiosk too.
                session.main.open_kiosk_window()
            log.info("ready: %s shown (%s)", "main window" if session.main else "kiosk", path)
            if smoke:
                QTimer.singleShot(0, app.quit)
            code = app.exec()
            restored = session.restored_path
            if restored is None:
                if not smoke:
                    _backup_on_exit(db, session.change_marker)
                return code
        # A restore replaced the file: open it again and sign in again, because the
        # accounts now come from the backup.
        try:
            db = open_database(restored, clock=clock)
        except WarmHomeError as exc:
            QMessageBox.critical(None, app.translate("App", "无法打开数据库"),
                                 model_message(exc.message))
            return 1


def _backup_on_exit(db: Database, since: ChangeMarker) -> None:
    """A verified backup when anything changed during the session; say so if it fails."""
    try:
        result = backup.backup_on_exit(db, since)
    except WarmHomeError as exc:
        log.error("backup on exit failed: %s", exc.message)
        QMessageBox.warning(None, QApplication.translate("App", "退出时备份失败"),
                            model_message(exc.message))
        return
    if result is not None:
        log.info("backup on exit: %s", result.path)
        for warning in result.warnings:
            log.warning("%s", warning)


def _close_when_shown() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        log.info("ready: %s shown", modal.metaObject().className())
        modal.close()
