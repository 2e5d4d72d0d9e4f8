"""Selling beyond the stock: while the reason is empty the dialog says in words what is
needed, not only with a greyed 结账 button."""

from __future__ import annotations

from pathlib import Path

from desktop.models.db import Database
from desktop.models.sales import catalogue
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.sales.till_tab import TillTab
from tests.models.sales.sales_support import rows, sales_db
from tests.ui.sales.till_support import make_shop, open_tab

__all__ = ["sales_db"]


def test_an_empty_reason_is_explained_in_words(qtbot, sales_db: Database,
                                               tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, "till", TillTab)
    tab.add_product(catalogue.get_product(sales_db, shop.coaster))  # none in stock
    before = rows(sales_db)
    tab.checkout()
    dialog = tab.findChild(ReasonDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.need_label.isVisible()
    assert dialog.need_label.text() == "请先填写原因，才能“结账”"
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("   ")
    assert dialog.need_label.isVisible() and not dialog.ok_button.isEnabled()
    assert rows(sales_db) == before
    dialog.reason_edit.setText("新做的还没入库")
    assert not dialog.need_label.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()
