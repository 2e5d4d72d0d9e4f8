"""The columns of a record table, declared once for every table model of the app.

A page lists its columns as :class:`Column` values: the header (a function returning a literal
translate call, so that lupdate finds the text and the language can change after the model is
made), the value shown, and whatever else the column needs (alignment, tooltip, spoken text,
sort key, colour, font). :class:`~desktop.ui.common.list_model.ListTableModel` (rows
computed whole) and :class:`~desktop.ui.common.lazy_model.LazyTableModel` (rows fetched from
SQL as they are shown) both take such a list; neither knows anything about the rows' type.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt

T = TypeVar("T")
Getter = Callable[[T], Any]

# Roles as plain ints: a view asks thousands of times while painting, and an int's hash costs
# far less than the enum's.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
EDIT = int(Qt.ItemDataRole.EditRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)

RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
"""Numbers are right-aligned (``Column(..., align=RIGHT)``)."""
CENTER = int(Qt.AlignmentFlag.AlignCenter.value)


def shown_text(value: Any) -> str:
    """A value as a screen reader says it: its text, nothing for None."""
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column of a record table; the getters take the row object.

    Only ``header`` and ``value`` are needed. ``accessible`` defaults to the value's text.
    ``sort_key`` makes an in-memory list sortable by this column; ``order_by`` names the SQL
    order a lazy model asks its source for. ``tooltip``, ``foreground``, ``background``
    and ``font`` answer their role when given (a getter may return None: no answer for that
    row). ``edit`` makes the column editable in a list model: it returns the row as changed by
    the text typed into the cell, or raises ValueError to refuse it.
    """

    header: Callable[[], str]
    value: Getter[T]
    align: int | None = None
    tooltip: Getter[T] | None = None
    accessible: Getter[T] | None = None
    sort_key: Getter[T] | None = None
    order_by: str | None = None
    foreground: Getter[T] | None = None
    background: Getter[T] | None = None
    font: Getter[T] | None = None
    edit: Callable[[T, str], T] | None = None

    def roles(self) -> dict[int, Getter[T]]:
        """What this column answers, by role (as int)."""
        value = self.value
        answers: dict[int, Getter[T]] = {
            DISPLAY: value,
            ACCESSIBLE: self.accessible or (lambda row: shown_text(value(row))),
        }
        if self.edit is not None:
            answers[EDIT] = value
        if self.align is not None:
            align = self.align
            answers[ALIGNMENT] = lambda _row: align
        optional = ((TOOLTIP, self.tooltip), (FOREGROUND, self.foreground),
                    (BACKGROUND, self.background), (FONT, self.font))
        answers.update({role: getter for role, getter in optional if getter is not None})
        return answers


def every_column(columns: Sequence[Column[T]], *, tooltip: Getter[T] | None = None,
                 foreground: Getter[T] | None = None, background: Getter[T] | None = None,
                 font: Getter[T] | None = None) -> list[Column[T]]:
    """The columns with row-wide getters filled in where a column has none of its own: e.g.
    a voided row greyed in every cell."""
    return [dataclasses.replace(
        column,
        tooltip=column.tooltip or tooltip,
        foreground=column.foreground or foreground,
        background=column.background or background,
        font=column.font or font,
    ) for column in columns]


class ColumnRoles(Generic[T]):
    """Answers a model's ``data``/``headerData`` from its column declarations.

    Shared by the in-memory and the lazy model; ``key`` gives the row's user role (its id).
    """

    def __init__(self, columns: Sequence[Column[T]], key: Getter[T] | None = None) -> None:
        self.columns = list(columns)
        self.by_column = [column.roles() for column in self.columns]
        if key is not None:
            for answers in self.by_column:
                answers[USER] = key

    def __len__(self) -> int:
        return len(self.columns)

    def getter(self, column: int, role: int) -> Getter[T] | None:
        """The getter answering ``role`` in ``column``, or None (nothing to fetch)."""
        if 0 <= column < len(self.by_column):
            return self.by_column[column].get(role)
        return None

    def header(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        """Column headers from the declarations; rows numbered from 1."""
        if int(role) != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return str(section + 1)
