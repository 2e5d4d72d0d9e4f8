"""Putting the kiosk on screen: its own top-level window, full screen, on a second screen if
there is one (the staff window keeps the first)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings


def open_kiosk(db: Database, actor: Actor, ui_settings: UiSettings,
               near: QWidget | None = None, *, full_screen: bool = True) -> KioskWindow:
    """Make and show the kiosk as its own top-level window, full screen.

    With a second screen it goes to a screen other than the one ``near`` (the staff
    window) is on. The caller keeps the returned window alive.
    """
    kiosk = KioskWindow(db, actor, ui_settings)
    screens = QGuiApplication.screens()
    current = near.screen() if near is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not current]
    if others:
        kiosk.move(others[0].geometry().topLeft())
        kiosk.create()
        handle = kiosk.windowHandle()
        if handle is not None:
            handle.setScreen(others[0])
    if full_screen:
        kiosk.showFullScreen()
    else:
        kiosk.resize(1280, 800)
        kiosk.show()
    return kiosk
