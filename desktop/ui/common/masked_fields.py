"""Masked identifier fields that say how to edit them instead of ignoring what is typed.

An existing person's ID, certificate number, phones and address are shown masked and read-only
(PIPL): the real values may only be shown through the audited reveal. Typing into such a field
used to do nothing at all. Now the first key that would edit it opens a notice under the field
saying why and, for accounts allowed to see the full values, a button that reveals them
(written to the audit log) and puts the cursor in the field to edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

_EDITING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
_EDITING_SEQUENCES = (QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def is_editing_key(event: QKeyEvent) -> bool:
    """Whether a key press would change a line edit's text (typing, deleting, pasting)."""
    if event.key() in _EDITING_KEYS or any(event.matches(s) for s in _EDITING_SEQUENCES):
        return True
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS


class MaskedNotice(QWidget):
    """The line under a masked field: why it cannot be typed into, and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setProperty("role", "warning")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("显示并修改"))
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setVisible(False)


class MaskedFields(QObject):
    """Watches the masked fields of a form; ``edit_attempted(name)`` when someone types into
    one while masked, ``reveal_requested(name)`` when its notice's button is pressed."""

    edit_attempted = Signal(str)
    reveal_requested = Signal(str)

    def __init__(self, edits: dict[str, QLineEdit], is_masked: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._is_masked = is_masked
        self.notices: dict[str, MaskedNotice] = {}
        for name, edit in edits.items():
            notice = MaskedNotice()
            self._place_below(name, edit, notice)
            notice.button.setAccessibleName(self.tr("显示完整{field}并修改").format(
                field=edit.accessibleName()))
            notice.button.clicked.connect(lambda _=False, n=name: self.reveal_requested.emit(n))
            # Tab from the field reaches the button next, wherever the notice was created.
            QWidget.setTabOrder(edit, notice.button)
            self.notices[name] = notice
            edit.installEventFilter(self)

    @staticmethod
    def _place_below(name: str, edit: QLineEdit, notice: QWidget) -> None:
        """Put the notice in the field's form, under the field and its error line
        (desktop.ui.common.form_fields names that line ``error_<field>``)."""
        box = edit.parentWidget()
        form = box.layout() if box is not None else None
        if box is None or not isinstance(form, QFormLayout):
            raise ValueError(f"{name}: a masked field must sit in a QFormLayout")
        error = box.findChild(QLabel, f"error_{name}")
        # PySide6 returns (row, role) though its stubs say otherwise.
        position = form.getWidgetPosition(error if error is not None else edit)
        row = int(position[0])  # type: ignore[index]
        form.insertRow(row + 1, "", notice)

    def edit(self, name: str) -> QLineEdit:
        """The field called ``name``."""
        return self._edits[name]

    def show_notice(self, name: str, text: str, *, offer_reveal: bool) -> None:
        """Show ``text`` under the field (and the reveal button when the user may reveal)."""
        for other, notice in self.notices.items():
            notice.setVisible(other == name)
        notice = self.notices[name]
        notice.label.setText(text)
        notice.button.setVisible(offer_reveal)
        # A screen reader says why the keys did nothing when it reads the field.
        self._edits[name].setAccessibleDescription(text)

    def hide_notices(self) -> None:
        """Hide every notice (after the values were revealed)."""
        for name, notice in self.notices.items():
            if notice.isVisible():
                self._edits[name].setAccessibleDescription("")
            notice.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._is_masked() or not isinstance(watched, QLineEdit) \
                or not watched.isReadOnly():
            return False
        attempted = (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                     and is_editing_key(event)) or (
            isinstance(event, QInputMethodEvent) and bool(event.commitString()))
        if not attempted:
            return False
        name = next(n for n, e in self._edits.items() if e is watched)
        self.edit_attempted.emit(name)
        return True
