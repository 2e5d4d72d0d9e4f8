"""Keyboard paths between widgets that a mouse user never misses: from a search box into its
results, and a scrolled page that follows the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QScrollArea, QWidget

_INTO_RESULTS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _SearchToResults(QObject):
    """Down, Enter or Return in a search box moves the focus to the first result."""

    def __init__(self, edit: QLineEdit, results: QAbstractItemView) -> None:
        super().__init__(edit)
        self._results = results
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in _INTO_RESULTS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            model = self._results.model()
            if model is None or model.rowCount() == 0:
                return False  # nothing to move to: Enter keeps its usual meaning
            if not self._results.currentIndex().isValid():
                # setCurrentIndex selects the row too (the tables select whole rows).
                self._results.setCurrentIndex(model.index(0, 0))
            self._results.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


def search_leads_to(edit: QLineEdit, results: QAbstractItemView) -> None:
    """Let Down, Enter or Return in ``edit`` move into ``results`` (at the first row, or the
    row already chosen), as in a search field with a list under it."""
    _SearchToResults(edit, results)


class FocusFollowingScrollArea(QScrollArea):
    """A scroll area that scrolls to whichever of its widgets takes the focus (by Tab or by an
    Alt+letter shortcut), so the focused field is never out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        inner = self.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            self.ensureWidgetVisible(new, 16, 24)
