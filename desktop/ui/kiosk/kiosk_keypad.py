"""The kiosk's on-screen initials keypad: A–Z, delete, clear, for members who cannot type."""

from __future__ import annotations

import math
import string
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

MIN_TOUCH_PX = 64
COLUMNS = 7
SPACING = 6
# Room a key's style may add around its 64 px (the high-contrast border).
KEY_FRAME = 6
# A hand tremor lands a finger twice on the same key within a few tens of milliseconds; a
# person who means a double letter lifts the finger and taps again, which takes well over
# 100 ms. A second tap of the same key sooner than this after the first is the same tap.
REPEAT_TAP_MS = 80
# The smallest text a word key may shrink to; below this it is not readable at a kiosk.
MIN_LABEL_PX = 12
# Space kept between a word key's text and each side of the key: the border and some air.
LABEL_MARGIN = KEY_FRAME + 4
# The last row is 清空 V W X Y Z 删除: the two word keys at opposite ends, so a finger
# reaching for 删除 cannot land on 清空. Their neighbours are V and U, which no pinyin
# syllable starts with; 删除 sits where a keyboard's backspace is.
CLEAR_CELL = (3, 0)
DELETE_CELL = (3, COLUMNS - 1)
# Where the letters after the first three full rows start (right of 清空).
_LAST_ROW_START = 1


def touch_button(text: str, accessible_name: str, parent: QWidget | None = None) -> QPushButton:
    """A large kiosk button that a tap does not focus (so a card reader keeps typing into
    the input) but Tab does (so the keypad still works from a keyboard)."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setMinimumSize(MIN_TOUCH_PX, MIN_TOUCH_PX)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setAutoDefault(False)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return button


class InitialsKeypad(QWidget):
    """Letter buttons in alphabetical order (easier to find than QWERTY for many members).

    A second tap of the same key within ``REPEAT_TAP_MS`` is ignored; ``clock`` gives the
    time in seconds of each tap (tests step it).
    """

    letter = Signal(str)
    backspace = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        # ``clock`` measures seconds between keys (elapsed time, time.monotonic): it is not
        # the clock of record (desktop/models/clock.py), which dates sign-ins.
        super().__init__(parent)
        self.setObjectName("kioskKeypad")
        self._clock = clock
        self._last_tap: tuple[QPushButton, float] | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        self.letter_buttons: dict[str, QPushButton] = {}
        for index, char in enumerate(string.ascii_uppercase):
            button = touch_button(char, self.tr("字母 {letter}").format(letter=char))
            button.setObjectName(f"key_{char}")
            self._on_tap(button, partial(self.letter.emit, char.lower()))
            grid.addWidget(button, *_letter_cell(index))
            self.letter_buttons[char] = button
        self.delete_button = touch_button(self.tr("删除"), self.tr("删除一个字母"))
        self.delete_button.setObjectName("key_delete")
        self._on_tap(self.delete_button, self.backspace.emit)
        self.clear_button = touch_button(self.tr("清空"), self.tr("清空输入"))
        self.clear_button.setObjectName("key_clear")
        self._on_tap(self.clear_button, self.cleared.emit)
        grid.addWidget(self.clear_button, *CLEAR_CELL)
        grid.addWidget(self.delete_button, *DELETE_CELL)

    def _on_tap(self, button: QPushButton, action: Callable[[], None]) -> None:
        def tapped() -> None:
            now = self._clock()
            last, self._last_tap = self._last_tap, (button, now)
            if last is not None and last[0] is button and \
                    (now - last[1]) * 1000 < REPEAT_TAP_MS:
                return
            action()
        button.clicked.connect(tapped)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_word_keys()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            # The kiosk's sheet changed (large text, high contrast): usually the keys are
            # resized too, but not always, so fit the words to the new letter size now.
            self.fit_word_keys()

    def fit_word_keys(self) -> None:
        """Shrink the text of 删除 and 清空 (a word, in English a long one) until it fits
        inside its key, both to the same size: large text must not spill over a key's
        border, and the two words should not look different in importance."""
        sample = self.letter_buttons["A"]
        sample.ensurePolished()
        letter_font = QFont(sample.font())
        letter_px = letter_font.pixelSize()
        if letter_px <= 0:
            return  # not styled yet
        px = min(_fitting_px(letter_font, button.text(), button.width() - 2 * LABEL_MARGIN)
                 for button in self.word_buttons())
        wanted = f"font-size: {px}px;" if px < letter_px else ""
        for button in self.word_buttons():
            if button.styleSheet() != wanted:
                button.setStyleSheet(wanted)

    @staticmethod
    def minimum_width() -> int:
        """The narrowest keypad whose keys are all still at least 64 px wide."""
        return COLUMNS * (MIN_TOUCH_PX + KEY_FRAME) + (COLUMNS - 1) * SPACING

    def buttons(self) -> list[QPushButton]:
        """Every key, letters first."""
        return [*self.letter_buttons.values(), *self.word_buttons()]

    def word_buttons(self) -> list[QPushButton]:
        """The keys labelled with a word: 删除 and 清空."""
        return [self.delete_button, self.clear_button]


def _letter_cell(index: int) -> tuple[int, int]:
    """Row and column of the ``index``-th letter: full rows, then the last row after 清空."""
    full_rows = CLEAR_CELL[0]
    if index < full_rows * COLUMNS:
        return divmod(index, COLUMNS)
    return full_rows, _LAST_ROW_START + index - full_rows * COLUMNS


def _fitting_px(font: QFont, text: str, room: int) -> int:
    """The largest pixel size, up to the font's own, at which ``text`` is at most ``room``
    wide (never below ``MIN_LABEL_PX``)."""
    px = font.pixelSize()
    width = QFontMetricsF(font).horizontalAdvance(text)
    if room <= 0 or width <= room:
        return px
    px = max(MIN_LABEL_PX, math.floor(px * room / width))
    while px > MIN_LABEL_PX and _text_width(font, px, text) > room:
        px -= 1
    return px


def _text_width(font: QFont, pixel_size: int, text: str) -> float:
    sized = QFont(font)
    sized.setPixelSize(pixel_size)
    return QFontMetricsF(sized).horizontalAdvance(text)
