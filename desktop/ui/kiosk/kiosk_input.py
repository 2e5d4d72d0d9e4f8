"""The kiosk's one input, which tells a card reader from a person typing.

A keyboard-wedge reader (card or QR) "types" the whole code in a few milliseconds and ends
with Enter; a person types a key every tenth of a second or slower. A run of at least
``min_scan_chars`` characters, each within ``burst_gap_ms`` of the previous, is a scan.
A reader types capital letters as a person does, with Shift pressed around each one; the
Shift (or any modifier) press is part of the character, not a pause in the burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

BURST_GAP_MS = 30.0
MIN_SCAN_CHARS = 4
# A reader sends Enter straight after the code; this long a silence after a burst means
# no Enter is coming (a reader configured without it, or a broken read).
BURST_END_MS = 300
MAX_INPUT = 200
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
}
# Keys that only change what the next key types: they neither extend a burst nor end it.
MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
    Qt.Key.Key_Mode_switch, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
})


class ScanInput(QLineEdit):
    """A line edit that reports scans, typed entries and bursts that never ended.

    Signals: ``scanned(text)`` for a burst ended by Enter (only the burst's characters, not
    anything typed before it); ``entered(text)`` for Enter after typing;
    ``burst_without_enter()`` when a burst stopped with no Enter (the text is cleared).
    ``clock`` gives the time in seconds at which each key is handled (tests step it).
    """

    scanned = Signal(str)
    entered = Signal(str)
    burst_without_enter = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        # ``clock`` measures seconds between keys (elapsed time, time.monotonic): it is not
        # the clock of record (desktop/models/clock.py), which dates sign-ins.
        super().__init__(parent)
        self._clock = clock
        self.burst_gap_ms = BURST_GAP_MS
        self.min_scan_chars = MIN_SCAN_CHARS
        self.setMaxLength(MAX_INPUT)
        self._last_key: float | None = None
        self._run_start = 0
        self._run_length = 0
        self.burst_end = QTimer(self)
        self.burst_end.setSingleShot(True)
        self.burst_end.setInterval(BURST_END_MS)
        self.burst_end.timeout.connect(self._burst_ended)

    def in_burst(self) -> bool:
        """Whether the characters typed last arrived as fast as a reader sends them."""
        return self._run_length >= self.min_scan_chars

    def burst_text(self) -> str:
        """The characters of the burst now arriving (empty when the last keys were typed)."""
        if not self.in_burst():
            return ""
        return self.text()[self._run_start:self._run_start + self._run_length]

    def reset_run(self) -> None:
        """Forget the key timing (after the text was used or cleared)."""
        self._last_key = None
        self._run_start = 0
        self._run_length = 0
        self.burst_end.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            event.accept()
            return
        if event.key() in MODIFIER_KEYS:
            super().keyPressEvent(event)
            return
        text = event.text()
        if text and text.isprintable():
            now = self._clock()
            fast = self._last_key is not None and \
                (now - self._last_key) * 1000 <= self.burst_gap_ms
            if not fast:
                self._run_start = self.cursorPosition() - len(self.selectedText())
                self._run_length = 0
            self._run_length += 1
            self._last_key = now
        else:
            self.reset_run()
        super().keyPressEvent(event)
        if self.in_burst():
            self.burst_end.start()

    def _enter(self) -> None:
        if self.in_burst():
            code = self.burst_text()
            self.reset_run()
            self.scanned.emit(code)
        else:
            self.reset_run()
            self.entered.emit(self.text())

    def _burst_ended(self) -> None:
        if self.in_burst():
            self.reset_run()
            self.clear()
            self.burst_without_enter.emit()


class KioskActivity(QObject):
    """Watches the kiosk's widgets: any input restarts the idle timer, and characters typed
    while a button or tile has keyboard focus go to the input instead.

    Installed on the kiosk's own widgets rather than on the application, so staff working in
    the main window neither keep the kiosk awake nor pay for a filter on every event.
    """

    def __init__(self, kiosk: QWidget, scan_input: ScanInput, idle_timer: QTimer) -> None:
        super().__init__(kiosk)
        self._kiosk = kiosk
        self._input = scan_input
        self._idle = idle_timer

    def watch(self, root: QWidget) -> None:
        """Watch ``root`` and everything in it (the kiosk, later its password dialog)."""
        for widget in [root, *root.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            return False
        self._idle.start()
        if kind == QEvent.Type.KeyPress and watched is not self._input and \
                isinstance(event, QKeyEvent) and isinstance(watched, QWidget) and \
                watched.window() is self._kiosk:
            text = event.text()
            # A reader keeps typing while a tile or key has keyboard focus: send its
            # characters to the input. Space still presses the focused button.
            if text and text.isprintable() and text != " ":
                self._input.setFocus()
                QApplication.sendEvent(self._input, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), text,
                    event.isAutoRepeat(), event.count()))
                return True
        return False
