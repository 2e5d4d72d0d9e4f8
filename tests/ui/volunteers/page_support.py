"""The 志愿服务 page as the shell builds it, for the volunteer UI tests: one way to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.models.db import Database
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.volunteers.volunteers_page import VolunteersPage
from tests.conftest import STAFF

TabT = TypeVar("TabT", bound=QWidget)


def open_page(qtbot, db: Database, where: Path | UiSettings) -> VolunteersPage:
    """The page for staff at a normal window size, its settings in ``where`` (a folder for a
    fresh ini file, or settings already made)."""
    settings = where if isinstance(where, UiSettings) else UiSettings(
        QSettings(str(where / "ui.ini"), QSettings.Format.IniFormat))
    page = VolunteersPage(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def open_tab(qtbot, db: Database, where: Path | UiSettings, tab_id: str,
             kind: type[TabT]) -> TabT:
    """Tab ``tab_id`` of a new page (which the tab keeps alive), checked to be a ``kind``."""
    page = open_page(qtbot, db, where)
    tab = page.tab(tab_id)
    assert isinstance(tab, kind)
    tab.volunteers_page = page  # type: ignore[attr-defined]  # keep the page alive
    return tab
