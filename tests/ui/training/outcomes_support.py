"""What the completion, certificate, employment and competition tests share: the training
models' test course taught to its end (张三 100 %, 李四 75 %, 王五 85.7 % of a 80 % rule) with
the centre set up, and a tab opened the way the page opens it (``make_tab(PageContext)``)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.models.db import Database
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF, save_centre_profile
from tests.models.training.training_support import (
    Course,
    course_with_trainees,
    teach_to_end,
)

TabT = TypeVar("TabT", bound=QWidget)


def finished_course(db: Database, **overrides: object) -> Course:
    """The 西点 course taught to its end, the clock on 1 July 2024, nobody completed yet."""
    save_centre_profile(db, code="XC-T-01")
    course = course_with_trainees(db, **overrides)
    teach_to_end(course)
    return course


def context(db: Database, folder: Path) -> PageContext:
    """The page context staff get, its settings in a fresh ini file in ``folder``."""
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    return PageContext(db, STAFF, settings, ShellSignals())


def open_tab(qtbot, make_tab, db: Database, folder: Path, kind: type[TabT]) -> TabT:
    """``make_tab(context)`` shown at the window's usual size, checked to be a ``kind``."""
    tab = make_tab(context(db, folder))
    assert isinstance(tab, kind)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    return tab


def unnamed_controls(widget: QWidget) -> list[QWidget]:
    """The interactive widgets in ``widget`` without an accessible name (should be none)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    found: list[QWidget] = []
    for kind in (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit):
        for child in widget.findChildren(kind):
            # Qt's own parts (a table's corner button and headers, a combo box's popup, the
            # editor inside a spin box) are named by, or speak through, their owner.
            if (child.objectName().startswith("qt_") or isinstance(child, QHeaderView)
                    or not child.isVisibleTo(widget)
                    or (isinstance(child, QLineEdit)
                        and isinstance(child.parent(), (QAbstractSpinBox, QComboBox)))):
                continue
            interface = QAccessible.queryAccessibleInterface(child)
            if not interface.text(QAccessible.Text.Name):
                found.append(child)
    return found
