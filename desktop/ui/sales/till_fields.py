"""A field the till's tabs share: the day picker."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit

from desktop.ui.common.form_fields import accessible_label, use_calendar_popup


def day_picker(label: QLabel, today: date) -> QDateEdit:
    """A YYYY-MM-DD chooser up to today, showing today, named after its ``label`` (whose buddy
    it becomes), with a calendar."""
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    use_calendar_popup(edit)
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    name = accessible_label(label.text())
    edit.setAccessibleName(name)
    inner = edit.findChild(QLineEdit)
    if inner is not None:
        # Screen readers may land on the text field inside the date editor.
        inner.setAccessibleName(name)
    label.setBuddy(edit)
    return edit


def picked_day(edit: QDateEdit) -> date:
    """The day chosen."""
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())
