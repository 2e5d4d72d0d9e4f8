"""The kiosk's header: the centre's name and the date, the clock, and the two buttons.

On a wide screen they sit in one row (the name above the date). Where that row would squeeze
the name or the date onto several lines (large text on a 1024×768 screen, or longer English
words) the header takes two rows instead: the name beside a smaller clock, the date beside
the buttons. Either way the header stays a few lines high, leaving the start hint, the tiles
and the greeting their room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

# The two arrangements, also the header's ``fit`` property the kiosk's style sheet reads.
ONE_ROW = ""
TWO_ROWS = "stacked"
_SPACING = 20


class KioskHeader(QWidget):
    """Arranges the widgets it is given (made and named by the window) in one row or two."""

    def __init__(self, centre: QLabel, date: QLabel, clock: QLabel, bar: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        self.centre, self.date, self.clock, self.bar = centre, date, clock, bar
        clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(_SPACING)
        self._grid.setVerticalSpacing(4)
        self.arrangement: str | None = None
        self._arrange(ONE_ROW)

    def _arrange(self, arrangement: str) -> None:
        if arrangement == self.arrangement:
            return
        for widget in (self.centre, self.date, self.clock, self.bar):
            self._grid.removeWidget(widget)
        if arrangement == ONE_ROW:
            self._grid.addWidget(self.centre, 0, 0)
            self._grid.addWidget(self.date, 1, 0)
            self._grid.addWidget(self.clock, 0, 1, 2, 1)
            self._grid.addWidget(self.bar, 0, 2, 2, 1)
        else:
            self._grid.addWidget(self.centre, 0, 0)
            self._grid.addWidget(self.clock, 0, 1, 1, 2)
            self._grid.addWidget(self.date, 1, 0)
            self._grid.addWidget(self.bar, 1, 1, 1, 2)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column == 0 else 0)
        self.arrangement = arrangement

    def _set_fit(self, arrangement: str) -> None:
        self.setProperty("fit", arrangement)
        self.clock.style().unpolish(self.clock)
        self.clock.style().polish(self.clock)

    def fit(self) -> None:
        """One row when the name and the date each fit on one line beside the clock and the
        buttons; two rows otherwise."""
        self._set_fit(ONE_ROW)
        beside = self.clock.sizeHint().width() + self.bar.sizeHint().width() + 2 * _SPACING
        room = self.width() - beside
        one_line = max(self._line_width(self.centre), self._line_width(self.date))
        arrangement = ONE_ROW if one_line <= room else TWO_ROWS
        self._set_fit(arrangement)
        self._arrange(arrangement)

    @staticmethod
    def _line_width(label: QLabel) -> int:
        # The text on one line (a word-wrapped label's size hint is already wrapped).
        margins = label.contentsMargins()
        return (label.fontMetrics().horizontalAdvance(label.text()) + 2 * label.margin()
                + margins.left() + margins.right())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
