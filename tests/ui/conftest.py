"""UI fixtures: interface settings in a temporary file, the theme applied once per test, and
the English translation installed for one test."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop.models.locations import resource_root
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings

TRANSLATIONS = resource_root() / "translations"
TS_FILE = TRANSLATIONS / "warmhome_en.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
# Han characters and CJK / full-width punctuation: none of it belongs in English text.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def compile_qm(ts: Path, qm: Path) -> None:
    """Build ``qm`` from ``ts`` with pyside6-lrelease, as `make translations` does."""
    result = subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert qm.is_file() and qm.stat().st_size > 0


def mnemonics(text: str) -> list[str]:
    """The mnemonic letters in a Qt text ('&&' is a literal ampersand)."""
    found: list[str] = []
    i = 0
    while (i := text.find("&", i)) != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            found.append(text[i + 1].lower())
        i += 2
    return found


@pytest.fixture(scope="session")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English catalogue compiled from the .ts (the source, not a stale .qm) once."""
    qm = tmp_path_factory.mktemp("qm") / "warmhome_en.qm"
    compile_qm(TS_FILE, qm)
    return qm


@pytest.fixture
def english(qapp: QApplication, english_qm: Path) -> Iterator[QTranslator]:
    """The English translator installed on the application for one test, then removed, so
    the other tests keep seeing Chinese."""
    translator = QTranslator()
    assert translator.load(str(english_qm)), english_qm
    assert qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Preferences stored in a temporary ini file, never the user's own."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def themed(qapp: QApplication) -> QApplication:
    """The application with the real theme, as users see it."""
    apply_theme(qapp, 1.0)
    return qapp


@pytest.fixture(params=(1.0, 1.5), ids=("normal-text", "large-text"))
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The real theme at a text size of the settings page; normal size again afterwards."""
    apply_theme(qapp, request.param)
    try:
        yield request.param
    finally:
        apply_theme(qapp, 1.0)


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
