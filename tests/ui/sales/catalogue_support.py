"""What the catalogue, stock, orders and label tests share: a tab made as the 希联圆梦 page
makes it (``make_tab(PageContext)``) on a real database, and the products and makers of
:mod:`tests.models.sales.sales_support`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.models.db import Database
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF

TabT = TypeVar("TabT", bound=QWidget)


def open_tab(qtbot, db: Database, tmp_path: Path,
             make_tab: Callable[[PageContext], TabT]) -> TabT:
    """The tab made by ``make_tab`` for staff, shown at the page's normal size."""
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    tab = make_tab(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    return tab


def pdf_pages(pdf: Path, out: Path, dpi: int = 60) -> list[Path]:
    """The PDF's pages as PNG files (pdftoppm), to look at and to measure."""
    import subprocess

    prefix = out / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True,
                   timeout=120)
    return sorted(out.glob(f"{pdf.stem}*.png"))
