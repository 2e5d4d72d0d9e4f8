"""The kiosk's on-screen initials keypad: A–Z, delete, clear, for members who cannot type."""

from __future__ import annotations

import string

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

MIN_TOUCH_PX = 64
COLUMNS = 7
SPACING = 6
# Room a key's style may add around its 64 px (the high-contrast border).
KEY_FRAME = 6


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
    """Letter buttons in alphabetical order (easier to find than QWERTY for many members)."""

    letter = Signal(str)
    backspace = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskKeypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        self.letter_buttons: dict[str, QPushButton] = {}
        for index, char in enumerate(string.ascii_uppercase):
            button = touch_button(char, self.tr("字母 {letter}").format(letter=char))
            button.setObjectName(f"key_{char}")
            button.clicked.connect(lambda _checked=False, c=char: self.letter.emit(c.lower()))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.letter_buttons[char] = button
        # Z is the 26th key: row 3, column 4; delete and clear fill the rest of that row.
        self.delete_button = touch_button(self.tr("删除"), self.tr("删除一个字母"))
        self.delete_button.setObjectName("key_delete")
        self.delete_button.clicked.connect(self.backspace)
        self.clear_button = touch_button(self.tr("清空"), self.tr("清空输入"))
        self.clear_button.setObjectName("key_clear")
        self.clear_button.clicked.connect(self.cleared)
        last_row = len(string.ascii_uppercase) // COLUMNS
        used = len(string.ascii_uppercase) % COLUMNS
        grid.addWidget(self.delete_button, last_row, used, 1, 1)
        grid.addWidget(self.clear_button, last_row, used + 1, 1, COLUMNS - used - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_word_keys()

    def fit_word_keys(self) -> None:
        """Shrink the text of 删除 and 清空 (two characters on a one-letter key) until it fits
        inside the key: large text must not spill over the key's border."""
        letter_px = self.letter_buttons["A"].font().pixelSize()
        for button in (self.delete_button, self.clear_button):
            # Two Han characters are about two em wide; leave the border and a margin.
            fit_px = int((button.width() - 2 * KEY_FRAME - 4) / 2.1)
            wanted = f"font-size: {max(12, min(letter_px, fit_px))}px;" \
                if 0 < fit_px < letter_px else ""
            if button.styleSheet() != wanted:
                button.setStyleSheet(wanted)

    @staticmethod
    def minimum_width() -> int:
        """The narrowest keypad whose keys are all still at least 64 px wide."""
        return COLUMNS * (MIN_TOUCH_PX + KEY_FRAME) + (COLUMNS - 1) * SPACING

    def buttons(self) -> list[QPushButton]:
        """Every key, letters first."""
        return [*self.letter_buttons.values(), self.delete_button, self.clear_button]
