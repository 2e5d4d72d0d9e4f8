"""The mouse wheel scrolls the page, not the field under the pointer, unless that field has focus.

Staff scrolling 设置 or the person form turned drop-downs, spin boxes and date edits as the
pointer passed over them: the interface language became English, a person's 街道 changed
without a word. One event filter on the application (owned by it, installed once) stops that:
a wheel over such a field that does not have the keyboard focus goes to the widgets around it
(the page's scroll area), and a wheel no longer gives such a field the focus. A field the user
clicked or tabbed into still takes the wheel, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

# Fields whose value a wheel changes (QAbstractSpinBox covers spin, date and time edits).
GUARDED = (QComboBox, QAbstractSpinBox, QSlider)


class WheelGuard(QObject):
    """The application's event filter for wheels over value fields (see the module text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Checked by class first: this runs for every event of the application.
        if isinstance(event, QWheelEvent):
            if isinstance(watched, GUARDED) and not watched.hasFocus():
                pass_to_ancestors(watched, event)
                event.accept()  # handled here: Qt must not pass it on a second time
                return True
            return False
        if isinstance(watched, GUARDED) and event.type() == QEvent.Type.Polish:
            no_wheel_focus(watched)
        return False


def no_wheel_focus(widget: QWidget) -> None:
    """Let a wheel pass over ``widget`` without giving it the keyboard focus."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def pass_to_ancestors(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to each widget around ``widget`` in turn, up to its window, until one
    takes it (as Qt passes on a wheel its receiver ignores)."""
    position = QPointF(event.position())
    target = widget
    while not target.isWindow() and not target.testAttribute(
            Qt.WidgetAttribute.WA_NoMousePropagation):
        position = target.mapToParent(position)
        parent = target.parentWidget()
        if parent is None:
            return
        target = parent
        forwarded = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                                event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted(), event.source(),
                                event.pointingDevice())
        forwarded.ignore()
        QCoreApplication.sendEvent(target, forwarded)
        if forwarded.isAccepted():
            return


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once (it is the application's child); return it."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    for widget in QApplication.allWidgets():  # made before the guard: none in the app
        if isinstance(widget, GUARDED):
            no_wheel_focus(widget)
    return guard
