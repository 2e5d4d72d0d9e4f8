"""Every tab of the 日间照料 page gives each Alt key to one control only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.care.care_page import TABS, CarePage
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_NOW, care_centre
from tests.conftest import STAFF
from tests.ui.conftest import mnemonics


def _keys(tab: QWidget) -> Counter[str]:
    """The Alt letters of the tab's visible buttons, group boxes and buddied labels."""
    found: Counter[str] = Counter()
    for widget in tab.findChildren(QWidget):
        if not widget.isVisibleTo(tab):
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        found.update(mnemonics(text))
    return found


def test_no_tab_gives_an_alt_key_twice(qtbot, db: Database, tmp_path: Path) -> None:
    db.clock = FixedClock(CARE_NOW)
    care_centre(db)
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page = CarePage(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    twice = {}
    for tab in TABS:
        keys = _keys(page.tab(tab.id))
        doubled = sorted(key for key, count in keys.items() if count > 1)
        if doubled:
            twice[tab.id] = doubled
    assert twice == {}
