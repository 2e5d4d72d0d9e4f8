"""UI fixtures: interface settings in a temporary file, the theme applied once per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.theme import apply_theme
from desktop.ui.ui_settings import UiSettings


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Preferences stored in a temporary ini file, never the user's own."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def themed(qapp: QApplication) -> QApplication:
    """The application with the real theme, as users see it."""
    apply_theme(qapp, 1.0)
    return qapp


INTERACTIVE = ("QLineEdit", "QComboBox", "QPushButton", "QCheckBox", "QPlainTextEdit",
               "QTableView", "QListWidget", "QToolButton", "QRadioButton", "QSpinBox",
               "QDateEdit")


def unnamed_interactive_widgets(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` that a screen reader could not name."""
    from PySide6.QtGui import QAccessible

    missing: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        class_name = widget.metaObject().className()
        if class_name not in INTERACTIVE:
            continue
        parent = widget.parentWidget()
        # The line edit inside an editable combo box or spin box is named by its owner.
        if parent is not None and parent.metaObject().className() in ("QComboBox", "QSpinBox"):
            continue
        if class_name == "QToolButton" and parent is not None and \
                parent.metaObject().className() in ("QLineEdit", "QScrollBar", "QTabBar"):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{class_name} {widget.objectName()!r} under "
                           f"{parent.metaObject().className() if parent else None}")
    return missing


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a person does: ASCII as key presses, Chinese committed by an input method.

    QTest can only press keys for ASCII; Chinese text really arrives from the IME as a
    commit string, which is what QInputMethodEvent carries.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)
