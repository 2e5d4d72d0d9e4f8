"""The 义卖 tab driven as staff use it: at the centre, export a package with the quantities
typed, import the laptop's file (the report on the status line, the second import adding
nothing), settle an item with a note (an empty note refused, nothing written); on a new
laptop database, open the package and export the sales file; a truncated file refused with
the Chinese message naming it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.sales import bazaar_laptop, stock
from desktop.ui.sales.bazaar_tab import TAKE_COLUMN, BazaarTab, make_tab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF
from tests.models.sales.bazaar_support import centre_with_stock, sell
from tests.models.sales.sales_support import NOW


def open_tab(qtbot, db: Database, folder: Path) -> BazaarTab:
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    tab = make_tab(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    return tab


def unnamed(tab: QWidget) -> list[str]:
    """The tab's own interactive widgets without an accessible name (Qt's inner parts of a
    table or a date editor aside)."""
    kinds = (QAbstractButton, QAbstractItemView, QLineEdit, QDateEdit)
    return [w.objectName() or type(w).__name__ for w in tab.findChildren(QWidget)
            if isinstance(w, kinds) and not isinstance(w, QHeaderView)
            and not w.objectName().startswith("qt_") and w.isVisibleTo(tab)
            and not w.accessibleName()]


def test_centre_and_laptop_round_trip(qtbot, tmp_path: Path) -> None:
    centre, chain, _bag = centre_with_stock(tmp_path / "centre.db")
    laptop = open_database(tmp_path / "laptop.db", clock=FixedClock(NOW))
    try:
        tab = open_tab(qtbot, centre, tmp_path)
        assert not unnamed(tab)
        assert tab.laptop_box.isHidden()
        tab.place_edit.setText("什刹海庙会")
        tab.set_take(chain, 2)
        package = tmp_path / "package.json"
        assert tab.export_to(package) is not None
        assert "带出 1 种共 2 件" in tab.status_label.text()
        assert stock.on_hand(centre, chain) == 8

        on_laptop = open_tab(qtbot, laptop, tmp_path)
        assert on_laptop.centre_box.isHidden() and not on_laptop.open_button.isHidden()
        assert on_laptop.open_package(package)
        assert not on_laptop.return_button.isHidden() and on_laptop.open_button.isHidden()
        assert "义卖电脑" in on_laptop.mode_label.text()
        sell(laptop, chain, 3, short_reason="多带了一个")
        sales = tmp_path / "sales.json"
        assert on_laptop.return_to(sales) is not None
        assert "已导出 1 笔义卖销售" in on_laptop.status_label.text()

        report = tab.import_from(sales)
        assert report is not None and report.added == 1
        assert "新增 1 笔销售，已导入过跳过 0 笔" in tab.status_label.text()
        assert "待处理 1 项" in tab.status_label.text()
        assert tab.issues.rowCount() == 1
        again = tab.import_from(sales)
        assert again is not None and (again.added, again.skipped) == (0, 1)

        dialog = tab.make_settle_dialog()
        assert dialog is not None
        first = tab.issues.row_data(0)
        assert first is not None
        assert not tab.settle(first.id, "  ")
        assert "请填写处理说明" in tab.status_label.text()
        assert centre.scalar("SELECT count(*) FROM sales_bazaar_issue"
                             " WHERE settled_at IS NOT NULL") == 0
        dialog.reason_edit.setText("现场多卖一个，已补记")
        dialog.accept()
        assert tab.issues.rowCount() == 0
        assert "已处理：现场多卖一个，已补记" in tab.status_label.text()
        tab.show_settled.setChecked(True)
        assert tab.issues.rowCount() == 1

        truncated = tmp_path / "cut.json"
        truncated.write_bytes(sales.read_bytes()[:100])
        assert tab.import_from(truncated) is None
        assert str(truncated) in tab.status_label.text()
        assert "不完整或已损坏" in tab.status_label.text()
        assert bazaar_laptop.identity(laptop) is not None
        assert json.loads(package.read_text("utf-8"))["body"]["place"] == "什刹海庙会"
        tab.grab().save(str(tmp_path / "bazaar_tab.png"))
    finally:
        centre.close()
        laptop.close()


def test_export_without_a_place_or_items_is_refused_and_writes_nothing(
        qtbot, tmp_path: Path) -> None:
    centre, chain, _bag = centre_with_stock(tmp_path / "centre.db")
    try:
        tab = open_tab(qtbot, centre, tmp_path)
        package = tmp_path / "package.json"
        tab.set_take(chain, 1)
        assert tab.export_to(package) is None
        assert "请填写义卖的地点" in tab.status_label.text()
        tab.place_edit.setText("庙会")
        tab.set_take(chain, 0)
        assert tab.export_to(package) is None
        assert "请至少选择一种带去义卖的商品" in tab.status_label.text()
        assert not package.exists()
        assert centre.scalar("SELECT count(*) FROM sales_bazaar_package") == 0
        assert stock.on_hand(centre, chain) == 10
    finally:
        centre.close()


def _cell_editor(tab: BazaarTab) -> QLineEdit:
    """The 带出件数 cell's editor open now."""
    shown = [e for e in tab.take_table.findChildren(QLineEdit) if e.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_the_counts_to_take_are_typed_from_the_keyboard_within_the_stock(
        qtbot, qtmodeltester, tmp_path: Path) -> None:
    centre, chain, bag = centre_with_stock(tmp_path / "centre.db")
    try:
        tab = open_tab(qtbot, centre, tmp_path)
        qtmodeltester.check(tab.takes)
        products = [row.product_id for row in tab.takes.rows()]
        assert sorted(products) == sorted([chain, bag])
        stock_of = {chain: 10, bag: 4}
        tab.activateWindow()
        tab.take_table.setFocus()
        qtbot.waitUntil(tab.take_table.hasFocus)
        assert tab.take_table.currentIndex().column() == TAKE_COLUMN
        # A letter is a refused key, and so is a digit that takes the number beyond the
        # stock; Tab stores the number and moves down.
        first, second = products
        qtbot.keyClicks(tab.take_table, "3")
        editor = _cell_editor(tab)
        assert editor.accessibleName() == "带出件数"
        qtbot.keyClicks(editor, "x")
        assert editor.text() == "3"
        qtbot.keyClicks(editor, "9")
        assert editor.text() == "3"  # 39 is more than either product's stock
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.take_table)
        assert tab.take_table.currentIndex().row() == 1
        assert tab.take_table.currentIndex().column() == TAKE_COLUMN
        qtbot.keyClicks(tab.take_table, "2")
        qtbot.keyClick(_cell_editor(tab), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.take_table)
        assert tab.take() == {first: 3, second: 2}
        # More than the stock, a negative or a word set from outside is refused as well.
        assert not tab.set_take(bag, 5)
        assert not tab.set_take(bag, -1)
        assert not tab.takes.setData(tab.takes.index(0, TAKE_COLUMN), "两个")
        assert tab.take() == {first: 3, second: 2}
        tab.take_all()
        assert tab.take() == stock_of
        tab.place_edit.setText("庙会")
        assert tab.export_to(tmp_path / "package.json") is not None
        assert stock.on_hand(centre, chain) == 0 and stock.on_hand(centre, bag) == 0
    finally:
        centre.close()
