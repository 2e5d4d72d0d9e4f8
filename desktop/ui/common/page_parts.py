"""Pieces every list page shares: the result line, the warning box, column sizing, and a page
that refreshes when shown and re-sizes its columns when the text size changes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QMessageBox, QTableView, QWidget

from desktop.ui.common.form_fields import accessible_label, use_calendar_popup

# Room qt-material's header padding and sort arrow take beside a header's text.
HEADER_PADDING_PX = 56
ROW_PADDING_PX = 14


class StatusLabel(QLabel):
    """The result of the last action in words, marked ✓ or ⚠ (never by colour alone)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_result(self, text: str, *, problem: bool = False) -> None:
        """Show ``text`` as a success, or as a problem; empty text clears the line."""
        prefix = ("⚠ " if problem else "✓ ") if text else ""
        self.setText(prefix + text)
        self.setAccessibleDescription(text)
        # The theme colours role=error; the sign above says it in words too.
        self.setProperty("role", "error" if problem else "")
        self.style().unpolish(self)
        self.style().polish(self)


def open_message(parent: QWidget, title: str, message: str, ok_name: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A message box (a warning unless told) with one OK button named for screen readers,
    shown without blocking."""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setAccessibleName(ok_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def month_picker(label: QLabel, today: date, *, months_back: int = 0) -> QDateEdit:
    """A YYYY-MM chooser up to the current month, named after its ``label`` (whose buddy it
    becomes), showing the month ``months_back`` before today's."""
    current = QDate(today.year, today.month, 1)
    editor = QDateEdit(current.addMonths(-months_back))
    editor.setDisplayFormat("yyyy-MM")
    use_calendar_popup(editor)
    editor.setDateRange(QDate(2000, 1, 1), current)
    name = accessible_label(label.text())
    editor.setAccessibleName(name)
    inner = editor.findChild(QLineEdit)
    if inner is not None:
        # Screen readers may land on the text field inside the date editor.
        inner.setAccessibleName(name)
    label.setBuddy(editor)
    return editor


def allow_months_until(editor: QDateEdit, today: date) -> None:
    """Let a month picker reach the current month (a new month may have begun since it was
    made)."""
    editor.setMaximumDate(QDate(today.year, today.month, 1))


def picked_month(editor: QDateEdit) -> str:
    """The month a month picker shows, YYYY-MM."""
    shown = editor.date()
    return f"{shown.year():04d}-{shown.month():02d}"


def pick_month(editor: QDateEdit, month: str) -> None:
    """Show a YYYY-MM month in a month picker."""
    year, number = (int(part) for part in month.split("-"))
    editor.setDate(QDate(year, number, 1))


def xlsx_path(path: str | Path) -> Path:
    """The path with .xlsx added when the name chosen lacks it."""
    target = Path(path)
    return target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")


def fit_columns(table: QTableView, chars: Sequence[int], *,
                row_padding: int = ROW_PADDING_PX) -> None:
    """Size rows to the font, and each listed column to ``chars`` Han characters or its
    header, whichever is wider (the large-text setting changes both)."""
    metrics = table.fontMetrics()
    han = metrics.horizontalAdvance("汉")
    table.verticalHeader().setDefaultSectionSize(metrics.height() + row_padding)
    model = table.model()
    for column, count in enumerate(chars):
        header = str(model.headerData(column, Qt.Orientation.Horizontal)).upper()
        table.setColumnWidth(column, max(han * count + 16,
                                         metrics.horizontalAdvance(header) + HEADER_PADDING_PX))


class RefreshingPage(QWidget):
    """A page whose data changes elsewhere: ``refresh()`` runs whenever it comes into view,
    ``size_columns()`` whenever the font or style changes (large text)."""

    def refresh(self) -> None:
        """Load the page's data again (subclasses override)."""

    def size_columns(self) -> None:
        """Fit the tables to the font (subclasses override)."""

    def showEvent(self, event: QShowEvent) -> None:
        # A spontaneous show is the window being restored, not the page being chosen.
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.size_columns()
        super().changeEvent(event)
