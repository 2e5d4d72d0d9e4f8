"""Headers that wrap: an English header with spaces wraps onto more lines (its column as wide
as its longest word, the header taller), a Chinese header stays whole on one line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui.common.columns import Column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.page_parts import HEADER_PADDING_PX
from desktop.ui.common.record_table import record_table
from desktop.ui.common.wrapped_headers import HEADER_HEIGHT_PADDING_PX, fit_columns_wrapping


def _table(qtbot, headers: tuple[str, str]):
    def header(text: str) -> Callable[[], str]:
        return lambda: QCoreApplication.translate("Test", text)

    columns: list[Column[str]] = [Column(header(text), lambda row: row) for text in headers]
    model: ListTableModel[str] = ListTableModel(columns)
    model.set_rows(["12.0"])
    table = record_table(model, "表")
    qtbot.addWidget(table)
    return table


def test_an_english_header_wraps_and_a_chinese_one_stays_whole(qtbot, themed) -> None:
    table = _table(qtbot, ("CUMULATIVE HOURS AT MONTH END", "月末累计时长"))
    fit_columns_wrapping(table, (3, 3))
    titles = table.horizontalHeader().fontMetrics()
    english = table.columnWidth(0)
    assert english == titles.horizontalAdvance("CUMULATIVE") + HEADER_PADDING_PX
    assert english < titles.horizontalAdvance("CUMULATIVE HOURS AT MONTH END")
    assert table.columnWidth(1) >= titles.horizontalAdvance("月末累计时长") + HEADER_PADDING_PX
    assert table.horizontalHeader().minimumHeight() >= (
        2 * titles.lineSpacing() + HEADER_HEIGHT_PADDING_PX)
    assert table.horizontalHeader().defaultAlignment() & Qt.TextFlag.TextWordWrap


def test_chinese_headers_keep_one_line(qtbot, themed) -> None:
    table = _table(qtbot, ("本月时长", "累计时长"))
    fit_columns_wrapping(table, (5, 5))
    titles = table.horizontalHeader().fontMetrics()
    one_line = titles.lineSpacing() + HEADER_HEIGHT_PADDING_PX
    assert table.horizontalHeader().minimumHeight() == one_line
