"""The 制作者收入 tab as the 希联圆梦 page builds it, for the income UI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPdf import QPdfDocument

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.common.page_parts import pick_month
from desktop.ui.sales.income_tab import IncomeTab, make_tab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF


def open_tab(qtbot, db: Database, folder: Path, month: str, actor: Actor = STAFF) -> IncomeTab:
    """The tab for ``actor`` at the window's size, showing ``month``."""
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    tab = make_tab(PageContext(db, actor, settings, ShellSignals()))
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    pick_month(tab.month_edit, month)
    return tab


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF file."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(n).text() for n in range(document.pageCount())]
    document.close()
    return pages
