"""Pieces every form dialog has below its fields: a line for a refusal that belongs to no
field, a line saying why the record cannot be saved (a closed month), and the save / cancel
buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton


def error_line() -> QLabel:
    """A hidden line for a refusal that belongs to no field."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    """Show (or, with no text, hide) a refusal on ``label``, marked ⚠ in words."""
    label.setText("⚠ " + text if text else "")
    label.setVisible(bool(text))


def note_line() -> QLabel:
    """A hidden, wrapping line for why the form cannot be saved as it is (a closed month)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def accept_cancel_buttons(dialog: QDialog, accept_text: str, accept_name: str,
                          cancel_text: str, save: Callable[[], object], *,
                          standard: QDialogButtonBox.StandardButton
                          = QDialogButtonBox.StandardButton.Save,
                          ) -> tuple[QDialogButtonBox, QPushButton]:
    """The accepting button (``standard``, shown as ``accept_text``, the default button,
    calling ``save``) and Cancel (``cancel_text``, rejecting the dialog). The texts come
    translated from the dialog so each keeps its own wording."""
    buttons = QDialogButtonBox(standard | QDialogButtonBox.StandardButton.Cancel)
    accept = buttons.button(standard)
    accept.setText(accept_text)
    accept.setAccessibleName(accept_name)
    accept.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    cancel.setAccessibleName(cancel_text)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def named_button(text: str, name: str, clicked: Callable[[], object]) -> QPushButton:
    """A push button showing ``text``, named ``name`` for screen readers, calling
    ``clicked``."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(clicked)
    return button
