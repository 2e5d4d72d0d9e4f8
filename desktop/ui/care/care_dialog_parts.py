"""Pieces the care dialogs share: date fields, their OK/Cancel and Save/Close buttons, the
one-date dialog (the last day of a medicine, the end of a plan) and storing a form whose
refusals are shown by the field they are about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.errors import ValidationError
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.form_fields import FieldErrors, accessible_label, use_calendar_popup
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import succeeded


def date_field(value: date, name: str) -> QDateEdit:
    """A yyyy-MM-dd editor with a calendar pop-up, it and its inner text field named."""
    editor = QDateEdit(QDate(value.year, value.month, value.day))
    editor.setDisplayFormat("yyyy-MM-dd")
    use_calendar_popup(editor)
    editor.setAccessibleName(name)
    inner = editor.lineEdit()
    if inner is not None:
        inner.setAccessibleName(name)
    return editor


def iso_day(editor: QDateEdit) -> str:
    """The editor's date as YYYY-MM-DD."""
    shown = editor.date()
    return f"{shown.year():04d}-{shown.month():02d}-{shown.day():02d}"


def set_day(editor: QDateEdit, day: str) -> None:
    """Show a YYYY-MM-DD date in the editor."""
    editor.setDate(QDate.fromString(day, "yyyy-MM-dd"))


def dialog_buttons(dialog: QDialog, ok_text: str, ok_name: str,
                   save: Callable[[], object]) -> QDialogButtonBox:
    """OK (named ``ok_text``, calling ``save``) and Cancel (rejecting the dialog)."""
    buttons, _ok = accept_cancel_buttons(
        dialog, ok_text, ok_name, QCoreApplication.translate("CareDialogs", "取消"), save,
        standard=QDialogButtonBox.StandardButton.Ok)
    return buttons


def save_close_buttons(dialog: QDialog, save_text: str, save_name: str,
                       save: Callable[[], object]) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (``save_text``, which stays open) and Close, for a dialog that saves in steps."""
    buttons = QDialogButtonBox()
    save_button = QPushButton(save_text)
    save_button.setAccessibleName(save_name)
    save_button.setDefault(True)
    save_button.clicked.connect(save)
    buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("CareDialogs", "关闭"))
    close.setAccessibleName(QCoreApplication.translate("CareDialogs", "关闭"))
    buttons.rejected.connect(dialog.reject)
    return buttons, save_button


class FormDialog(QDialog):
    """A dialog of one form: fields with their error lines above a line for a refusal that
    belongs to no field and OK / Cancel. Subclasses add rows to ``self.form`` through
    ``self._errors``, then call ``_finish``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self._errors = FieldErrors(self.form)

    def _finish(self, ok_text: str, ok_name: str, width: int) -> None:
        """Add the refusal line and the buttons below the form; size the dialog."""
        self._layout.addLayout(self.form)
        self.error_label = error_line()
        self._layout.addWidget(self.error_label)
        self._layout.addWidget(dialog_buttons(self, ok_text, ok_name, self.save))
        self.resize(width, self.sizeHint().height())

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    def save(self) -> None:
        """Store what the form holds and close; otherwise show why, by the field."""
        if self._stored():
            self.accept()

    def store(self) -> None:
        """Write the form to the database (raises the model's refusals)."""
        raise NotImplementedError

    def _stored(self) -> bool:
        try:
            return succeeded(self, self.store,
                             show=lambda text: show_error(self.error_label, text),
                             passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            return False


class DayDialog(QDialog):
    """Asks for one date (the last day of a medicine, the end of a plan) and stores it with
    ``action(day)``; closes only when that succeeded, otherwise shows why."""

    def __init__(self, title: str, explanation: str, label: str, day: date,
                 ok_text: str, action: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.day_edit = date_field(day, accessible_label(label))
        form.addRow(label, self.day_edit)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self, ok_text, accessible_label(ok_text), self.save))
        self.resize(440, self.sizeHint().height())

    def day(self) -> str:
        """The chosen date, YYYY-MM-DD."""
        return iso_day(self.day_edit)

    def save(self) -> None:
        """Store the date; close when stored."""
        if succeeded(self, lambda: self._action(self.day()),
                     show=lambda text: show_error(self.error_label, text)):
            self.accept()
