"""Table columns sized by what they hold, with the room left over going where text needs it.

A fixed width per column cuts long values off (a place such as 西城区残疾人文体活动中心) while a
last column that stretches takes whatever is left, however short its values (状态: 有效). Here
each column gets the width of its header or its widest cell, whichever is wider (the cells
capped, so one long entry does not push the others off screen; the header always in full),
and the width left over goes to the columns named to grow. Sizes follow the rows, the table's
width and the font (large text).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

from desktop.ui.common.page_parts import HEADER_PADDING_PX

# Rows measured at most: enough for a year of activities, cheap for any list.
MAX_ROWS_MEASURED = 1_000
CELL_SLACK_PX = 4


class ContentColumns(QObject):
    """Keeps ``table``'s columns fitted to their content; ``max_chars`` caps each column (in
    Han characters, 0: no cap), ``grow`` lists the columns that share the spare width."""

    def __init__(self, table: QTableView, max_chars: Sequence[int], grow: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._max_chars = list(max_chars)
        self._grow = list(grow)
        # The spare width goes to the growing columns, not to the last one.
        table.horizontalHeader().setStretchLastSection(False)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self.apply)

    def content_width(self, column: int) -> int:
        """The width the header and the widest cell of ``column`` need (before the cap)."""
        return max(self.header_width(column), self.cell_width(column))

    def cell_width(self, column: int) -> int:
        """The width the widest cell of ``column`` needs."""
        table = self._table
        model = table.model()
        cells = [table.sizeHintForIndex(model.index(row, column)).width()
                 for row in range(min(model.rowCount(), MAX_ROWS_MEASURED))]
        # The grid line takes a pixel of the cell, and text measured in fractions of a pixel
        # is elided at the exact width: leave a little room.
        return max(cells, default=0) + (1 if table.showGrid() else 0) + CELL_SLACK_PX

    def header_width(self, column: int) -> int:
        """The width the header of ``column`` needs to show in full."""
        table = self._table
        # The theme shows headers in capitals with padding and a sort arrow, which the
        # header's own size hint does not know of (English headers were cut off).
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "").upper()
        return max(table.horizontalHeader().sectionSizeHint(column),
                   table.fontMetrics().horizontalAdvance(title) + HEADER_PADDING_PX)

    def capped_widths(self) -> list[int]:
        """Each column's content width, its cells capped at its ``max_chars``; the header
        always shows in full (an English header is often longer than the cap)."""
        table = self._table
        han = table.fontMetrics().horizontalAdvance("汉")
        widths = []
        for column in range(table.model().columnCount()):
            cell = self.cell_width(column)
            cap = self._max_chars[column] if column < len(self._max_chars) else 0
            if cap:
                cell = min(cell, han * cap + 16)
            widths.append(max(self.header_width(column), cell))
        return widths

    def keep_in_view(self) -> None:
        """Make the table at least as wide as its columns need, so none goes off its right
        edge (call again when the font changes), and size the columns."""
        table = self._table
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(sum(self.capped_widths()) + frame)
        self.apply()

    def apply(self, *_: object) -> None:
        """Size every column now."""
        table = self._table
        widths = self.capped_widths()
        spare = table.viewport().width() - sum(widths)
        growing = [c for c in self._grow if c < len(widths)]
        if spare > 0 and growing:
            share, rest = divmod(spare, len(growing))
            for n, column in enumerate(growing):
                widths[column] += share + (rest if n == 0 else 0)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False
