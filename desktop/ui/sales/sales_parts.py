"""What the 希联圆梦 tabs and dialogs share: the product search line, a row of buttons, a
list that keeps its selection when read again, opening a dialog made for the selection, and
the small form dialog (labelled rows, wide enough for its hints).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.page_parts import StatusLabel

T = TypeVar("T")


def product_search_row(changed: Callable[[], None]) -> tuple[QHBoxLayout, QLineEdit]:
    """查找(&F): a line to find products by name, pinyin initials or code, calling
    ``changed`` as it is typed in; the row (to add more to) and the line."""
    row = QHBoxLayout()
    # The catalogue's words (and their translations) serve every tab that finds products.
    label = QLabel(QCoreApplication.translate("CatalogueTab", "查找(&F):"))
    edit = QLineEdit()
    edit.setPlaceholderText(
        QCoreApplication.translate("CatalogueTab", "商品名称、拼音首字母或编码"))
    edit.setAccessibleName(QCoreApplication.translate("CatalogueTab", "查找商品"))
    edit.setClearButtonEnabled(True)
    label.setBuddy(edit)
    edit.textChanged.connect(lambda _text: changed())
    row.addWidget(label)
    row.addWidget(edit, 1)
    return row, edit


def button_row(buttons: Sequence[QWidget]) -> QHBoxLayout:
    """The buttons side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def action_buttons(actions: Sequence[tuple[str, Callable[[], object]]]
                   ) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A :func:`button_row` of buttons showing each action's text, named for screen readers
    by that text without its shortcut and dots (改数量(&Q) → 改数量, 优惠(&D)… → 优惠) and
    calling the action; the row and the buttons in order."""
    made = [named_button(text, accessible_label(text).rstrip("…").strip(), clicked)
            for text, clicked in actions]
    return button_row(made), made


def status_below(layout: QBoxLayout, table: QTableView,
                 changed: Callable[[], None]) -> StatusLabel:
    """结果: the status line added under a list tab, and ``changed`` run whenever another
    row of ``table`` becomes current."""
    status = StatusLabel(QCoreApplication.translate("CatalogueTab", "结果"))
    layout.addWidget(status)
    table.selectionModel().currentRowChanged.connect(lambda *_: changed())
    return status


def show_rows(model: ListTableModel[T], table: QTableView, rows: Sequence[T],
              chosen: Hashable | None) -> None:
    """Show ``rows``, selecting again the row whose key is ``chosen`` (else the first)."""
    model.set_rows(rows)
    row = model.row_of(chosen) if chosen is not None else -1
    if model.rowCount():
        table.selectRow(max(row, 0))


def current_row(model: ListTableModel[T], table: QTableView | None) -> T | None:
    """The row object of the table's current row (None before the table is made)."""
    if table is None:
        return None
    return model.row_data(table.currentIndex().row())


def open_made(dialog: QDialog | None) -> None:
    """Open a dialog made for the selection (nothing when there was nothing to make it for)."""
    if dialog is not None:
        dialog.open()


class FormDialog(QDialog):
    """A modal dialog of labelled rows (``form``), at least ``width_chars`` characters wide
    in the font in use."""

    def __init__(self, title: str, parent: QWidget | None, width_chars: int) -> None:
        super().__init__(parent)
        self._width_chars = width_chars
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()

    def add_row(self, label_text: str, field: QWidget) -> None:
        """A labelled row; the label is the field's buddy and accessible name."""
        label = QLabel(label_text)
        label.setBuddy(field)
        if isinstance(field, QDateEdit):
            name_editor(field, accessible_label(label_text))
        else:
            field.setAccessibleName(accessible_label(label_text))
        self.form.addRow(label, field)

    def sizeHint(self) -> QSize:
        """Wide enough for the hints in the font in use."""
        self.ensurePolished()
        width = self.fontMetrics().horizontalAdvance("汉")
        return super().sizeHint().expandedTo(QSize(width * self._width_chars, 0))

