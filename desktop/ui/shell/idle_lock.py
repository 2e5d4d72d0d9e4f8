"""Lock the screen after a period without keyboard or mouse input.

While locked, the main window is covered and open dialogs are hidden (not closed: what was
typed stays); the signed-in user's password unlocks, and everything comes back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once no input arrived for the configured time."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time (0 switches locking off; fractions are for tests)."""
        self._minutes = minutes
        self.restart()

    def restart(self) -> None:
        """Start counting again from now."""
        if self._minutes > 0:
            self._timer.start(max(1, round(self._minutes * 60_000)))
        else:
            self._timer.stop()

    def pause(self) -> None:
        """Stop counting (while the lock dialog is up)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            # Members using the kiosk are not staff at the desk: their taps must not keep
            # the staff window unlocked.
            if isinstance(watched, QWidget) and watched.window().property("kiosk"):
                return False
            self._timer.start()
        return False


class ScreenLock:
    """Covers a main window and hides its dialogs until ``unlock`` is called."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._hidden: list[QWidget] = []
        self.cover = QLabel(window)
        self.cover.setAutoFillBackground(True)
        self.cover.setStyleSheet("background: #263238; color: white; font-size: 20pt;")
        self.cover.setText(QApplication.translate(
            "ScreenLock", "已锁定\n请在弹出的窗口中输入密码解锁，未保存的内容仍在"))
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setWordWrap(True)
        self.cover.setAccessibleName(QApplication.translate("ScreenLock", "屏幕已锁定"))
        self.cover.hide()

    @property
    def locked(self) -> bool:
        """Whether the window is covered now."""
        return self.cover.isVisible()

    def lock(self) -> None:
        """Hide open dialogs (keeping their contents) and cover the window."""
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QDialog) and w.isVisible()]
        for dialog in self._hidden:
            dialog.hide()
        self.cover.setGeometry(self._window.rect())
        self.cover.show()
        self.cover.raise_()

    def unlock(self) -> None:
        """Uncover the window and bring the hidden dialogs back."""
        self.cover.hide()
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
