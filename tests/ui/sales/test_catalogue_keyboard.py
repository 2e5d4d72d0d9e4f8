"""Each Alt+letter of the catalogue, stock and orders tabs and of their dialogs is used once,
so a keyboard user reaches every field and button the letter shows; and every interactive
widget of them has a name a screen reader reads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.models.db import Database
from desktop.models.sales import orders, stock
from desktop.models.sales.orders import OrderInput
from desktop.ui.sales import catalogue_tab, orders_tab, stock_tab
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product, sales_db
from tests.ui.conftest import mnemonics, unnamed_interactive_widgets
from tests.ui.sales.catalogue_support import open_tab

__all__ = ["sales_db"]


def _letters(root: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QAbstractButton, QLabel)) and widget.window() is root.window():
            found += mnemonics(widget.text())
    return found


def _distinct(root: QWidget) -> None:
    letters = _letters(root)
    assert letters, root
    assert len(letters) == len(set(letters)), (type(root).__name__, sorted(letters))


def test_every_tab_and_dialog_uses_each_letter_once(qtbot, sales_db: Database,
                                                    tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    keyring = product(sales_db, [(wang, 100)])
    stock.record_production(sales_db, keyring, 5, TODAY, maker_id=wang, actor=STAFF)
    orders.create_order(sales_db, OrderInput("西城区残联", [(keyring, 2)]), actor=STAFF)
    catalogue = open_tab(qtbot, sales_db, tmp_path, catalogue_tab.make_tab)
    stocks = open_tab(qtbot, sales_db, tmp_path, stock_tab.make_tab)
    order_list = open_tab(qtbot, sales_db, tmp_path, orders_tab.make_tab)
    makers: list[Callable[[], QWidget | None]] = [
        lambda: catalogue.make_dialog(catalogue.selected()), lambda: catalogue.make_dialog(None),
        catalogue.make_labels_dialog, stocks.make_stock_take,
        *[lambda kind=kind: stocks.make_dialog(kind)
          for kind in ("production", "adjustment", "out", "back")],
        order_list.make_order_dialog, order_list.make_delivered_dialog,
        order_list.make_pay_dialog]
    for tab in (catalogue, stocks, order_list):
        _distinct(tab)
        assert unnamed_interactive_widgets(tab) == []
    for make in makers:
        dialog = make()
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.show()
        _distinct(dialog)
        assert unnamed_interactive_widgets(dialog) == [], type(dialog).__name__
