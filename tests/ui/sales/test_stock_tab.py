"""库存 with real widgets on a real database: the list and the movements with their maker
and actor; production by one of the product's makers; adjustments with a reason; consignment
out and back; the stock-take typed into a table and posted in one transaction (refused whole,
nothing written, without a reason for a difference); the printed count sheet."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.models.db import Database
from desktop.models.sales import stock
from desktop.ui.sales.stock_dialogs import AdjustmentDialog, ConsignmentDialog, ProductionDialog
from desktop.ui.sales.stock_tab import StockTab, make_tab
from desktop.ui.sales.stock_take_dialog import COUNTED_COLUMN, StockTakeDialog
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.sales.catalogue_support import open_tab, pdf_pages

__all__ = ["sales_db"]


def _cells(model) -> list[list[str]]:
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _setup(sales_db: Database) -> tuple[int, int, int]:
    wang, li = member(sales_db, "王芳", 1), member(sales_db, "李强", 2)
    keyring = product(sales_db, [(wang, 60), (li, 40)])
    return wang, li, keyring


def test_the_list_and_the_movements_with_maker_and_actor(qtbot, sales_db: Database,
                                                         tmp_path: Path) -> None:
    wang, _li, keyring = _setup(sales_db)
    stock.record_production(sales_db, keyring, 10, TODAY, maker_id=wang, actor=STAFF)
    stock.consign_out(sales_db, keyring, 3, "春节庙会", TODAY, actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    assert _cells(tab.model)[0][1:] == ["软陶钥匙扣", "7", "3", "软陶"]
    assert _cells(tab.movement_model) == [
        ["2024-06-03", "寄售发出", "-3", "", "staff", "春节庙会"],
        ["2024-06-03", "生产入库", "+10", "王芳", "staff", ""]]
    assert tab.movement_label.text() == "出入库记录：软陶钥匙扣"
    product(sales_db, [(wang, 100)], name="手工香皂")
    tab.refresh()
    assert tab.model.rowCount() == 2
    tab.search_edit.setText("sgxz")
    assert [row[1] for row in _cells(tab.model)] == ["手工香皂"]
    assert _cells(tab.movement_model) == []
    assert unnamed_interactive_widgets(tab) == []


def test_production_by_one_of_the_makers(qtbot, sales_db: Database, tmp_path: Path) -> None:
    _wang, li, keyring = _setup(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = tab.make_dialog("production")
    assert isinstance(dialog, ProductionDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert [dialog.maker_combo.itemText(i) for i in range(dialog.maker_combo.count())] == [
        "王芳", "李强", "（不记制作者）"]
    dialog.maker_combo.setCurrentIndex(1)
    dialog.quantity_spin.setValue(5)
    dialog.day_edit.setDate(QDate(2024, 6, 1))
    assert dialog.save()
    moved = stock.movements(sales_db, keyring)
    assert [(m.day, m.kind, m.quantity, m.maker_id) for m in moved] == [
        ("2024-06-01", "production", 5, li)]
    assert tab.status_label.text() == "✓ 已入库：软陶钥匙扣 5 件"
    assert _cells(tab.model)[0][2] == "5"
    assert _cells(tab.movement_model)[0][3] == "李强"


def test_adjustments_need_a_reason_for_other_and_never_go_below_zero(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, _li, keyring = _setup(sales_db)
    stock.record_production(sales_db, keyring, 4, TODAY, maker_id=wang, actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)

    def adjust(kind: str, quantity: int, reason: str = "") -> AdjustmentDialog:
        dialog = tab.make_dialog("adjustment")
        assert isinstance(dialog, AdjustmentDialog)
        qtbot.addWidget(dialog)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
        dialog.direction_combo.setCurrentIndex(0)
        dialog.quantity_spin.setValue(quantity)
        dialog.reason_edit.setText(reason)
        return dialog

    assert [adjust("other", 1).kind_combo.itemText(i) for i in range(4)] == [
        "损坏", "样品", "赠送", "其他"]
    before = rows(sales_db)
    refused = adjust("other", 1)
    assert not refused.save()
    assert refused.error_label.text() == "⚠ 请填写库存调整的原因"
    too_many = adjust("damaged", 5)
    assert not too_many.save()
    assert too_many.error_label.text() == \
        "⚠ “软陶钥匙扣”库存只有 4 件，不能减少 5 件：请先盘点或登记入库"
    assert rows(sales_db) == before
    assert adjust("damaged", 1, "运输中摔坏").save()
    assert adjust("gift", 1).save()
    assert stock.on_hand(sales_db, keyring) == 2
    assert [row[1:] for row in _cells(tab.movement_model)[:2]] == [
        ["调整", "-1", "", "staff", "赠送"], ["调整", "-1", "", "staff", "损坏；运输中摔坏"]]
    assert tab.status_label.text() == "✓ 已调整：软陶钥匙扣 -1 件"


def test_consignment_out_and_back(qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, _li, keyring = _setup(sales_db)
    stock.record_production(sales_db, keyring, 6, TODAY, maker_id=wang, actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    out = tab.make_dialog("out")
    assert isinstance(out, ConsignmentDialog)
    qtbot.addWidget(out)
    assert unnamed_interactive_widgets(out) == []
    out.quantity_spin.setValue(3)
    before = rows(sales_db)
    assert not out.save()
    assert out.error_label.text() == "⚠ 请填写寄售的地点，例如：什刹海便民店、春节庙会"
    assert rows(sales_db) == before
    out.place_edit.setText("春节庙会")
    assert out.save()
    back = tab.make_dialog("back")
    assert isinstance(back, ConsignmentDialog)
    qtbot.addWidget(back)
    assert back.place_edit.text() == "春节庙会"
    back.quantity_spin.setValue(4)
    assert not back.save()
    assert back.error_label.text() == "⚠ “软陶钥匙扣”在春节庙会寄售的只有 3 件，不能收回 4 件"
    back.quantity_spin.setValue(2)
    assert back.save()
    assert tab.status_label.text() == "✓ 已收回：软陶钥匙扣 2 件（春节庙会）"
    assert _cells(tab.model)[0][2:4] == ["5", "1"]


def _editor(dialog: StockTakeDialog) -> QLineEdit:
    """The count cell's editor open now."""
    shown = [e for e in dialog.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _stock_take(qtbot, tab: StockTab) -> StockTakeDialog:
    dialog = tab.make_stock_take()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_stock_take_typed_from_the_keyboard_is_posted_in_one_go(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, _li, keyring = _setup(sales_db)
    soap = product(sales_db, [(wang, 100)], name="手工香皂", price_fen=1_500)
    stock.record_production(sales_db, keyring, 10, TODAY, maker_id=wang, actor=STAFF)
    stock.record_production(sales_db, soap, 4, TODAY, maker_id=wang, actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _stock_take(qtbot, tab)
    assert unnamed_interactive_widgets(dialog) == []
    names = [row.name for row in dialog.model.rows()]
    want = {"软陶钥匙扣": 8, "手工香皂": 4}
    # The first row's count cell is current: type, Enter, Down, type, Enter.
    dialog.table.setFocus()
    assert dialog.table.currentIndex().column() == COUNTED_COLUMN
    for n, name in enumerate(names):
        if n:
            qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.keyClicks(dialog.table, str(want[name]))
        assert isinstance(QApplication.focusWidget(), QLineEdit)  # the cell's editor
        qtbot.keyClick(_editor(dialog), Qt.Key.Key_Return)
        # The editor closes (and the count is stored) as the events are processed.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    assert dialog.counts() == {keyring: 8, soap: 4}
    differences = [dialog.model.index(r, 4).data() for r in range(2)]
    assert sorted(differences) == ["-2", "0"]
    before = rows(sales_db)
    assert not dialog.post()
    assert dialog.error_label.text() == "⚠ 盘点有 1 种商品与账面不符：请填写差异的原因"
    assert rows(sales_db) == before
    dialog.reason_edit.setText("样品未登记")
    assert dialog.post()
    assert stock.on_hand(sales_db, keyring) == 8
    assert stock.on_hand(sales_db, soap) == 4
    assert tab.status_label.text() == "✓ 已过账盘点：2 种商品，其中 1 种与账面不符"
    assert int(sales_db.scalar("SELECT count(*) FROM sales_stock_take")) == 1
    assert int(sales_db.scalar("SELECT count(*) FROM sales_stock_count")) == 2


def test_a_count_that_is_not_a_whole_number_is_refused_where_it_is_typed(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, _li, _keyring = _setup(sales_db)
    product(sales_db, [(wang, 100)], name="手工香皂", price_fen=1_500)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _stock_take(qtbot, tab)
    for bad in ("-1", "八", "2.5"):
        assert not dialog.model.setData(dialog.model.index(0, COUNTED_COLUMN), bad,
                                        Qt.ItemDataRole.EditRole)
    assert dialog.counts() == {}
    dialog.table.setFocus()
    qtbot.keyClicks(dialog.table, "7")
    editor = _editor(dialog)
    for key in "-a.":
        qtbot.keyClicks(editor, key)
    assert editor.text() == "7"
    # Tab stores the count and moves down to the next product's count, as Enter does.
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    assert (dialog.table.currentIndex().row(), dialog.table.currentIndex().column()) == (
        1, COUNTED_COLUMN)
    first = dialog.model.rows()[0].product_id
    assert dialog.counts() == {first: 7}
    dialog.reason_edit.setText("盘点")
    before = rows(sales_db)
    dialog.reject()
    assert rows(sales_db) == before


def test_the_count_sheet_lists_the_books_with_room_to_count_and_sign(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, _li, keyring = _setup(sales_db)
    stock.record_production(sales_db, keyring, 10, TODAY, maker_id=wang, actor=STAFF)
    for n in range(40):
        product(sales_db, [(wang, 100)], name=f"十字绣书签{n:02d}", price_fen=800)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    target = tmp_path / "盘点表.pdf"
    assert tab.save_sheet_pdf(target)
    assert tab.status_label.text() == f"✓ 已保存盘点表：{target}"
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "希联圆梦 库存盘点表" in text
    assert "盘点日期：2024-06-03" in text
    assert "软陶钥匙扣" in text and "十字绣书签39" in text
    assert "盘点人" in text and "复核人" in text
    pages = pdf_pages(target, tmp_path)
    assert len(pages) >= 2
    assert "第 1 页，共" in text
