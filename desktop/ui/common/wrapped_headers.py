"""Table columns sized to the font, whose headers wrap onto more lines rather than widen.

:func:`~desktop.ui.common.page_parts.fit_columns` makes each column as wide as its whole
header: right for Chinese headers (本月时长), but English ones (HOURS THIS MONTH, VOLUNTEER
BEIJING NO.) then push the last columns out of sight behind a scroll bar. Here a column is as
wide as its values need and as its longest header WORD; the header wraps at spaces and grows
in height to show every line. A header without spaces (Chinese) stays on one line, as wide
as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableView

from desktop.ui.common.page_parts import HEADER_PADDING_PX, ROW_PADDING_PX

# Room above and below a header's lines (the theme's padding).
HEADER_HEIGHT_PADDING_PX = 16
_WRAP = int(Qt.TextFlag.TextWordWrap.value)


def fit_columns_wrapping(table: QTableView, chars: Sequence[int], *,
                         row_padding: int = ROW_PADDING_PX) -> None:
    """Size rows to the font, each listed column to ``chars`` Han characters or its longest
    header word (the theme shows headers in capitals), and the header to its lines."""
    metrics = table.fontMetrics()
    han = metrics.horizontalAdvance("汉")
    table.verticalHeader().setDefaultSectionSize(metrics.height() + row_padding)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag(
        int(Qt.AlignmentFlag.AlignCenter.value) | _WRAP))
    titles = header.fontMetrics()
    model = table.model()
    lines = 1
    for column, count in enumerate(chars):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "").upper()
        widest = max((titles.horizontalAdvance(word) for word in title.split()), default=0)
        width = max(han * count + 16, widest + HEADER_PADDING_PX)
        table.setColumnWidth(column, width)
        # A pixel of slack: text measured in fractions of a pixel must not wrap at the
        # exact width it was measured at.
        text = titles.boundingRect(QRect(0, 0, width - HEADER_PADDING_PX + 1, 10_000),
                                   _WRAP, title)
        # Rounded, not ceiled: a line of Han characters measures a little over a line.
        lines = max(lines, round(text.height() / titles.lineSpacing()))
    header.setMinimumHeight(lines * titles.lineSpacing() + HEADER_HEIGHT_PADDING_PX)
