"""The rows of a page that sets a rate from a month on (餐费标准, 补助标准) and shows a
month's table: "从 [YYYY-MM] 起执行", the save button with its result line, and the
"月份: [YYYY-MM] <the rule in force>" row above the table.

Texts come translated from the page, so each page keeps its own wording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.page_parts import month_picker


def effective_month_row(from_text: str, until_text: str, name: str, today: date,
                        months_ahead: int, before: QWidget | None = None,
                        ) -> tuple[QWidget, QDateEdit]:
    """``before`` (if any), then "从 [month] 起执行": the month a new rate applies from, up to
    ``months_ahead`` months after this one (a planned change), named ``name`` for screen
    readers. Returns the row and its month picker."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    from_label = QLabel(from_text)
    picker = month_picker(from_label, today)
    # The picker stops at this month by default; a planned change lies ahead.
    picker.setMaximumDate(picker.maximumDate().addMonths(months_ahead))
    picker.setAccessibleName(name)
    inner = picker.findChild(QLineEdit)
    if inner is not None:
        # Screen readers may land on the text field inside the month picker.
        inner.setAccessibleName(name)
    if before is not None:
        layout.addWidget(before)
        layout.addSpacing(12)
    layout.addWidget(from_label)
    layout.addWidget(picker)
    layout.addWidget(QLabel(until_text))
    layout.addStretch(1)
    return row, picker


def save_row(text: str, name: str, result_name: str,
             save: Callable[[], object]) -> tuple[QHBoxLayout, QPushButton, QLabel]:
    """The save button (``text``, calling ``save``) and a wrapping line for its result."""
    row = QHBoxLayout()
    button = named_button(text, name, save)
    result = QLabel()
    result.setAccessibleName(result_name)
    result.setWordWrap(True)
    row.addWidget(button)
    row.addWidget(result, 1)
    return row, button, result


def month_row(label_text: str, today: date) -> tuple[QHBoxLayout, QDateEdit, QLabel]:
    """"月份: [this month]" and a wrapping line for the rule in force that month. Returns the
    row, its month picker and the rule line."""
    row = QHBoxLayout()
    label = QLabel(label_text)
    picker = month_picker(label, today)
    rule = QLabel()
    rule.setWordWrap(True)
    row.addWidget(label)
    row.addWidget(picker)
    row.addWidget(rule, 1)
    return row, picker, rule
