"""订单 with real widgets on a real database: a new order with items found by initials;
its refusals (no customer, no items, a due date before the order) with the models' message
and nothing written; delivery, invoice status, cancelling with a reason; payment turning
the order into a sale (selling beyond the books refused without a reason); the delivery note
(送货单) with the receiving unit's sign-off."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QApplication

from desktop.models.db import Database
from desktop.models.sales import orders, stock
from desktop.models.sales.orders import OrderInput
from desktop.ui.sales.orders_tab import ITEMS_COLUMN, OrdersTab, make_tab
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.sales.catalogue_support import open_tab, pdf_pages

__all__ = ["sales_db"]


def _cells(tab: OrdersTab) -> list[list[str]]:
    model = tab.model
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _products(sales_db: Database) -> tuple[int, int]:
    wang = member(sales_db, "王芳", 1)
    keyring = product(sales_db, [(wang, 100)])
    soap = product(sales_db, [(wang, 100)], name="手工香皂", price_fen=1_500)
    stock.record_production(sales_db, keyring, 30, TODAY, maker_id=wang, actor=STAFF)
    return keyring, soap


def _order(sales_db: Database, keyring: int, quantity: int = 20) -> int:
    return orders.create_order(sales_db, OrderInput(
        "月坛街道办事处", [(keyring, quantity)], due_day=date(2024, 6, 20),
        contact="王主任 13800000000"), actor=STAFF)


def test_a_new_order_with_items_found_by_initials(qtbot, sales_db: Database,
                                                  tmp_path: Path) -> None:
    keyring, soap = _products(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    assert unnamed_interactive_widgets(tab) == []
    dialog = tab.make_order_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    dialog.customer_edit.setText("月坛街道办事处")
    dialog.due_box.setChecked(True)
    dialog.due_edit.setDate(QDate(2024, 6, 20))
    for query, quantity in (("rtysk", 20), ("sgxz", 10)):
        dialog.search_edit.setText(query)
        dialog.quantity_spin.setValue(quantity)
        assert dialog.add_found()
    assert dialog.total_label.text() == "合计：550.00 元"
    assert dialog.save()
    stored = orders.get_order(sales_db, 1)
    assert (stored.customer, stored.due_day) == ("月坛街道办事处", "2024-06-20")
    assert [(line.product_id, line.quantity, line.unit_price_fen) for line in stored.lines] \
        == [(keyring, 20, 2_000), (soap, 10, 1_500)]
    assert _cells(tab) == [["1", "2024-06-03", "月坛街道办事处", "550.00", "2024-06-20", "",
                            "不需要发票", "未收款", "软陶钥匙扣×20，手工香皂×10"]]
    assert tab.status_label.text() == "✓ 已登记订单 1"


def test_an_order_without_customer_or_items_or_with_an_early_due_date_is_refused(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    _products(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = tab.make_order_dialog()
    qtbot.addWidget(dialog)
    before = rows(sales_db)
    assert not dialog.save()
    assert "请填写订购单位，例如：月坛街道办事处" in dialog.error_label.text()
    assert "订单里至少要有一种商品" in dialog.error_label.text()
    dialog.customer_edit.setText("月坛街道办事处")
    dialog.search_edit.setText("rtysk")
    assert dialog.add_found()
    dialog.due_box.setChecked(True)
    dialog.due_edit.setDate(QDate(2024, 6, 1))
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 交货日期 2024-06-01 早于下单日期 2024-06-03：请核对"
    assert rows(sales_db) == before


def test_delivery_invoice_and_cancelling(qtbot, sales_db: Database, tmp_path: Path) -> None:
    keyring, _soap = _products(sales_db)
    first, second = _order(sales_db, keyring), _order(sales_db, keyring, 5)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.table.selectRow(tab.model.row_of(first))
    delivered = tab.make_delivered_dialog()
    assert delivered is not None
    qtbot.addWidget(delivered)
    assert unnamed_interactive_widgets(delivered) == []
    delivered.day_edit.setDate(QDate(2024, 6, 5))
    assert delivered.save()
    assert orders.get_order(sales_db, first).delivered_on == "2024-06-05"
    assert tab.status_label.text() == "✓ 已登记交货：订单 1，2024-06-05"
    assert not tab.delivered_button.isEnabled() and not tab.cancel_button.isEnabled()
    tab.invoice_combo.setCurrentIndex(tab.invoice_combo.findData("issued"))
    assert tab.change_invoice()
    assert orders.get_order(sales_db, first).invoice_status == "issued"
    assert _cells(tab)[tab.model.row_of(first)][6] == "已开发票"
    tab.table.selectRow(tab.model.row_of(second))
    before = rows(sales_db)
    assert not tab.cancel("")
    assert tab.status_label.text() == "⚠ 请填写取消订单的原因"
    assert rows(sales_db) == before
    assert tab.cancel("对方取消采购")
    assert orders.get_order(sales_db, second).cancelled
    assert tab.model.row_of(second) == -1  # closed orders are hidden …
    tab.closed_box.setChecked(True)  # … until asked for
    assert _cells(tab)[tab.model.row_of(second)][7] == "已取消：对方取消采购"


def test_delivery_takes_the_items_out_of_stock_and_says_what_the_books_lacked(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    keyring, _soap = _products(sales_db)
    whole, beyond = _order(sales_db, keyring, 20), _order(sales_db, keyring, 15)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    for order_id, text in (
            (whole, "✓ 已登记交货：订单 1，2024-06-03"),
            (beyond, "✓ 已登记交货：订单 2，2024-06-03；其中 5 件账面没有库存，未出库："
                     "请补登入库，或收款时填写原因")):
        tab.table.selectRow(tab.model.row_of(order_id))
        delivered = tab.make_delivered_dialog()
        assert delivered is not None
        qtbot.addWidget(delivered)
        assert delivered.save()
        assert tab.status_label.text() == text
    assert stock.on_hand(sales_db, keyring) == 0
    assert stock.out_at(sales_db, "订单 1（月坛街道办事处）") == {keyring: 20}
    assert stock.out_at(sales_db, "订单 2（月坛街道办事处）") == {keyring: 10}


def test_payment_turns_the_order_into_a_sale(qtbot, sales_db: Database,
                                             tmp_path: Path) -> None:
    keyring, _soap = _products(sales_db)
    big, small = _order(sales_db, keyring, 40), _order(sales_db, keyring, 20)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.table.selectRow(tab.model.row_of(big))
    pay = tab.make_pay_dialog()
    assert pay is not None
    qtbot.addWidget(pay)
    assert unnamed_interactive_widgets(pay) == []
    before = rows(sales_db)
    assert not pay.save()
    assert pay.error_label.text() == (
        "⚠ “软陶钥匙扣”账面库存只有 30 件，这笔要卖 40 件：如果东西确实在（例如入库未登记），"
        "请填写原因后再结账")
    assert rows(sales_db) == before
    tab.table.selectRow(tab.model.row_of(small))
    pay = tab.make_pay_dialog()
    assert pay is not None
    qtbot.addWidget(pay)
    pay.payment_combo.setCurrentIndex(pay.payment_combo.findData("现金"))
    assert pay.save()
    sale = sales_db.query_one("SELECT channel, payment, total_fen, order_id FROM sales_sale")
    assert sale is not None
    assert (sale["channel"], sale["payment"], sale["total_fen"], sale["order_id"]) == (
        "order", "现金", 40_000, small)
    assert stock.on_hand(sales_db, keyring) == 10
    assert _cells(tab)[tab.model.row_of(small)][7] == "已收款 2024-06-03"
    assert not tab.pay_button.isEnabled()


def test_the_items_of_an_order_show_whole_at_a_1200_pixel_window(
        qtbot, sales_db: Database, tmp_path: Path, themed) -> None:
    wang = member(sales_db, "王芳", 1)
    names = ("软陶钥匙扣", "手工香皂", "中国结挂件", "串珠福字挂件", "蓝印花布茶席", "手写春联")
    made = [product(sales_db, [(wang, 100)], name=name, code=f"2000{n:04d}")
            for n, name in enumerate(names)]
    order_id = orders.create_order(sales_db, OrderInput(
        "中国银行西城支行工会", [(p, 10) for p in made]), actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.resize(1200 - 170, 700)  # beside the menu
    QApplication.processEvents()
    row = tab.model.row_of(order_id)
    index = tab.model.index(row, ITEMS_COLUMN)
    text = str(index.data())
    assert text.startswith("软陶钥匙扣×10，手工香皂×10") and text.endswith("手写春联×10")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == text
    table = tab.table
    left = table.columnViewportPosition(ITEMS_COLUMN)
    width = table.columnWidth(ITEMS_COLUMN)
    assert left + width <= table.viewport().width()  # in view, no scrolling
    needed = table.fontMetrics().boundingRect(QRect(0, 0, width - 8, 10_000),
                                              int(Qt.TextFlag.TextWordWrap), text)
    assert table.rowHeight(row) >= needed.height()  # wrapped onto as many lines as it needs


def test_the_delivery_note_has_the_items_the_total_and_the_receivers_sign_off(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    keyring, soap = _products(sales_db)
    order_id = orders.create_order(sales_db, OrderInput(
        "西城区残联", [(keyring, 20), (soap, 12)], contact="李老师"), actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.table.selectRow(tab.model.row_of(order_id))
    target = tmp_path / "送货单.pdf"
    assert tab.save_note_pdf(target)
    assert tab.status_label.text() == f"✓ 已保存送货单：{target}"
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    for expected in ("送货单", "收货单位：西城区残联", "联系人：李老师", "送货日期：2024-06-03",
                     "软陶钥匙扣", "手工香皂", "580.00", "人民币（大写）伍佰捌拾元整",
                     "以上商品已如数收到", "送货人", "收货人", "单位（盖章）",
                     "收货日期"):
        assert expected in text, expected
    assert len(pdf_pages(target, tmp_path)) == 1


def test_the_orders_are_reached_from_the_keyboard(qtbot, sales_db: Database,
                                                  tmp_path: Path) -> None:
    keyring, _soap = _products(sales_db)
    _order(sales_db, keyring)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert tab.focusWidget() is tab.invoice_combo


def test_the_cancel_button_asks_for_the_reason(qtbot, sales_db: Database,
                                               tmp_path: Path) -> None:
    from desktop.ui.activities.activity_dialogs import ReasonDialog
    from tests.ui.conftest import type_text

    keyring, _soap = _products(sales_db)
    order_id = _order(sales_db, keyring)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.cancel_button.click()
    dialog = tab.findChild(ReasonDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.reason_edit, "对方取消采购")
    dialog.ok_button.click()
    assert orders.get_order(sales_db, order_id).cancelled
    assert tab.status_label.text() == "✓ 已取消订单 1"
