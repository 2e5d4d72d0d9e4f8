"""What the till's UI tests share: a database whose clock stands at 10:00 on TODAY with a centre
profile, three products by a member (two with stock), and the 希联圆梦 page opened as the shell
builds it."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.sales import catalogue, stock
from desktop.ui.sales.sales_page import SalesPage
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF, save_centre_profile
from tests.models.sales.sales_support import TODAY, member, product

TabT = TypeVar("TabT", bound=QWidget)
CENTRE = "测试温馨家园"


@dataclass(frozen=True)
class Shop:
    """The products: 软陶钥匙扣 ¥20 (10 in stock), 串珠手链 ¥35 (2 in stock), 编织杯垫 ¥15
    (none)."""

    key_ring: int
    bracelet: int
    coaster: int

    def code(self, db: Database, product_id: int) -> str:
        """The product's barcode."""
        return catalogue.get_product(db, product_id).code


def make_shop(db: Database) -> Shop:
    """A centre with a maker and three products."""
    save_centre_profile(db, name=CENTRE)
    maker = member(db, "李大强", 1)
    key_ring = product(db, [(maker, 100)], "软陶钥匙扣", 2_000)
    bracelet = product(db, [(maker, 100)], "串珠手链", 3_500)
    coaster = product(db, [(maker, 100)], "编织杯垫", 1_500)
    stock.record_production(db, key_ring, 10, TODAY, actor=STAFF)
    stock.record_production(db, bracelet, 2, TODAY, actor=STAFF)
    return Shop(key_ring, bracelet, coaster)


def open_tab(qtbot, db: Database, tmp_path: Path, tab_id: str, kind: type[TabT], *,
             actor: Actor = STAFF) -> TabT:
    """Tab ``tab_id`` of a new 希联圆梦 page at a normal window size (settings in a fresh ini
    file; receipts written as PDF files into ``tmp_path``)."""
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page = SalesPage(PageContext(db, actor, settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab = page.tab(tab_id)
    assert isinstance(tab, kind)
    if hasattr(tab, "receipt_folder"):
        tab.receipt_folder = tmp_path
    tab.sales_page = page  # type: ignore[attr-defined]  # keep the page alive
    return tab


def pdf_text(path: Path) -> str:
    """The text of a PDF (pdftotext), '' when the tool is missing."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return ""
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
