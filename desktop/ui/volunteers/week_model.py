"""The Qt item model of the 排班 week grid: one column a day (Monday first), one cell a shift.

A row of the model is a line across the week: the n-th shift of each day (None where a day has
fewer). Each cell says the shift's time and post, "已报 2/3", what is missing in words
("缺 1 人", "已满", "已取消") and the names signed up; screen readers hear the day, the time,
the post, the places and the names. The headers name the days of the week shown, the weekday
over the date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.volunteers.shifts import Shift
from desktop.ui.common.columns import Column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.volunteers.shift_dialogs import weekday_name

WeekRow = tuple[Shift | None, ...]
"""The n-th shift of each day of the week, Monday first (None: that day has fewer)."""

DAYS = 7


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def places_text(shift: Shift) -> str:
    """已报 2/3 and, in words, what is missing: 缺 1 人, 已满, or 已取消 with the reason."""
    if shift.cancelled:
        return QCoreApplication.translate("WeekTab", "已取消：{reason}").format(
            reason=shift.cancel_reason or "")
    taken = QCoreApplication.translate("WeekTab", "已报 {taken}/{capacity}").format(
        taken=shift.taken, capacity=shift.capacity)
    missing = QCoreApplication.translate("WeekTab", "缺 {count} 人").format(
        count=shift.open_places) if shift.open_places else \
        QCoreApplication.translate("WeekTab", "已满")
    return f"{taken}　{missing}"


def shift_text(shift: Shift) -> str:
    """A cell: time and post, places, the names signed up."""
    names = "、".join(v.name for v in shift.volunteers) if shift.volunteers else \
        QCoreApplication.translate("WeekTab", "（还没有人报名）")
    lines = [f"{shift.starts_at}–{shift.ends_at} {shift.post_name}", places_text(shift)]
    if not shift.cancelled:
        lines.append(names)
    if shift.note:
        lines.append(shift.note)
    return "\n".join(lines)


def describe(shift: Shift) -> str:
    """The shift in one line (dialogs say which shift they act on)."""
    return QCoreApplication.translate("WeekTab", "{day}（{weekday}）{start}–{end} {post}").format(
        day=shift.day, weekday=weekday_name(date.fromisoformat(shift.day).weekday()),
        start=shift.starts_at, end=shift.ends_at, post=shift.post_name)


def spoken_text(shift: Shift) -> str:
    """What a screen reader says for a cell: the shift, its places, the names."""
    return f"{describe(shift)}；{places_text(shift)}；" + "、".join(
        v.name for v in shift.volunteers)


def week_rows(found: Sequence[Shift]) -> list[WeekRow]:
    """The shifts of one week laid out as the grid's rows (each day's shifts in the order
    given, top to bottom)."""
    by_day: list[list[Shift]] = [[] for _ in range(DAYS)]
    for shift in found:
        by_day[date.fromisoformat(shift.day).weekday()].append(shift)
    height = max((len(day) for day in by_day), default=0)
    return [tuple(day[row] if row < len(day) else None for day in by_day)
            for row in range(height)]


def _cell(day: int, show: Callable[[Shift], str]) -> Callable[[WeekRow], str | None]:
    """What ``show`` says of the day's shift in a row; None for an empty cell."""
    def get(row: WeekRow) -> str | None:
        shift = row[day]
        return None if shift is None else show(shift)
    return get


def week_columns(monday: Callable[[], date]) -> list[Column[WeekRow]]:
    """The seven day columns; ``monday`` gives the week shown (the headers follow it)."""

    def header(day: int) -> Callable[[], str]:
        def text() -> str:
            shown = monday() + timedelta(days=day)
            text = QCoreApplication.translate("WeekTab", "{weekday} {month}月{day}日").format(
                weekday=weekday_name(day), month=shown.month, day=shown.day)
            # The weekday over the date: a day column narrowed by large text still shows both.
            return text.replace(" ", "\n", 1)
        return text

    return [Column(header(day), _cell(day, shift_text), tooltip=_cell(day, shift_text),
                   accessible=_cell(day, spoken_text)) for day in range(DAYS)]


class WeekModel(ListTableModel[WeekRow]):
    """The week's shifts as a grid of days; ``shift_at`` and ``index_of`` go between cells
    and shifts."""

    def __init__(self, monday: date, parent: Any = None) -> None:
        self.monday = monday
        super().__init__(week_columns(lambda: self.monday), parent)

    def set_week(self, monday: date, found: Sequence[Shift]) -> None:
        """Show the shifts of the week starting on ``monday``."""
        self.monday = monday
        self.set_rows(week_rows(found))

    def shift_at(self, index: QModelIndex) -> Shift | None:
        """The shift in this cell, or None (an empty cell or outside the grid)."""
        row = self.row_data(index.row()) if index.isValid() else None
        return None if row is None else row[index.column()]

    def index_of(self, shift_id: int) -> QModelIndex:
        """The cell of the shift ``shift_id`` (invalid when it is not in the week shown)."""
        for number, row in enumerate(self.rows()):
            for day, shift in enumerate(row):
                if shift is not None and shift.id == shift_id:
                    return self.index(number, day)
        return QModelIndex()


_CELL_PADDING_PX = 12
"""The theme pads every cell (4 px a side) and the focus frame takes some more."""


class CellDelegate(QStyledItemDelegate):
    """Measures a cell's wrapped lines at the width its text is really painted in.

    The theme's cell padding narrows the text when painted but not when measured, so a line
    that only just fits when measured wraps once more when painted and the last line (the
    names) was cut off with "…". Measuring a little narrower keeps every line whole.
    """

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -_CELL_PADDING_PX, 0)
        return super().sizeHint(narrower, index)
