"""The 退款作废 tab: finding a sale by day or by its receipt number, voiding it with a reason
(items back in stock), refunding part of a line (never more than was paid), the reprint marked
补打; and the kiosk account without the 希联圆梦 page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.sales import refunds, sales, stock
from desktop.models.sales.sales import LineInput, Sale, SaleInput
from desktop.ui.sales.receipt_print import sale_number
from desktop.ui.sales.refund_tab import RefundTab
from desktop.ui.shell.main_window import MainWindow
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import TODAY, rows
from tests.models.sales.sales_support import sales_db as sales_db
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.sales.till_support import Shop, make_shop, open_tab, pdf_text

KIOSK = Actor("kiosk", Role.KIOSK)


def sell(db: Database, shop: Shop) -> Sale:
    """Two key rings (one with ¥4 off) and a bracelet, paid by WeChat: ¥71."""
    return sales.record_sale(db, SaleInput(
        [LineInput(shop.key_ring, 2, 400, "残疾人家属"), LineInput(shop.bracelet, 1)], "微信"),
        actor=STAFF)


def refund_tab(qtbot, db: Database, tmp_path: Path) -> RefundTab:
    return open_tab(qtbot, db, tmp_path, "refunds", RefundTab)


def test_the_days_sales_are_listed_and_one_is_found_by_its_number(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    first, second = sell(sales_db, shop), sell(sales_db, shop)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    assert [s.id for s in tab.sales_model.rows()] == [first.id, second.id]
    tab.number_edit.setText(sale_number(second.uid).lower())
    tab.find_number()
    assert [s.id for s in tab.sales_model.rows()] == [second.id]
    assert tab.selected_sale() is not None
    assert tab.lines_model.rowCount() == 2
    tab.number_edit.setText("ZZZZZZ")
    tab.find_number()
    assert tab.sales_model.rows() == []
    assert "没有单号为“ZZZZZZ”的销售" in tab.status.text()


def test_a_void_needs_a_reason_and_puts_the_items_back(qtbot, sales_db: Database,
                                                       tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    sale = sell(sales_db, shop)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    assert stock.on_hand(sales_db, shop.key_ring) == 8
    dialog = tab.make_void_dialog()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()  # no reason, no void
    dialog.reason_edit.setText("录错了商品")
    dialog.accept()
    assert sales.get_sale(sales_db, sale.id).voided
    assert stock.on_hand(sales_db, shop.key_ring) == 10
    assert tab.status.text() == "✓ 已作废，商品已退回库存"
    assert tab.sales_model.rows()[0].voided
    assert not tab.void_button.isEnabled() and not tab.refund_button.isEnabled()
    assert tab.make_void_dialog() is None


def test_a_refund_larger_than_paid_is_refused_and_nothing_written(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    sell(sales_db, shop)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    tab.lines_table.selectRow(0)  # the key rings: paid 40 − 4 = 36
    dialog = tab.make_refund_dialog()
    assert dialog is not None
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.amount_edit.text() == "18.00"  # one of two
    before = rows(sales_db)
    dialog.quantity_spin.setValue(2)
    dialog.amount_edit.setText("40")
    dialog.reason_edit.setText("顾客退货")
    dialog.save()
    assert "退款 40.00 元超过了可退的 36.00 元（实付 36.00 元，已退 0.00 元）" in \
        dialog.error_label.text()
    assert rows(sales_db) == before
    dialog.amount_edit.setText("18")
    dialog.reason_edit.setText("")
    dialog.save()
    assert "请填写退款原因" in dialog.error_label.text()
    assert rows(sales_db) == before


def test_a_refund_with_a_reason_is_recorded_and_restocked_if_asked(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    sale = sell(sales_db, shop)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    tab.lines_table.selectRow(0)
    dialog = tab.make_refund_dialog()
    assert dialog is not None
    dialog.reason_edit.setText("商品有瑕疵")
    dialog.restock_check.setChecked(False)
    dialog.save()
    assert dialog.refund_id is not None
    left = refunds.refundable(sales_db, sale.lines[0].id)
    assert (left.refunded_items, left.refunded_fen) == (1, 1_800)
    assert stock.on_hand(sales_db, shop.key_ring) == 8  # damaged: not back on the shelf
    assert tab.status.text() == "✓ 已退款 18.00 元"
    assert tab.lines_model.row_data(0)[1].refunded_items == 1  # type: ignore[index]
    tab.lines_table.selectRow(1)  # the bracelet, back on the shelf
    dialog = tab.make_refund_dialog()
    assert dialog is not None
    dialog.reason_edit.setText("顾客不喜欢")
    dialog.save()
    assert stock.on_hand(sales_db, shop.bracelet) == 2


def test_a_reprint_is_marked(qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    sale = sell(sales_db, shop)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    tab.reprint()
    assert tab.last_receipt is not None and tab.last_receipt.is_file()
    assert tab.last_receipt.name.startswith("补打")
    text = pdf_text(tab.last_receipt)
    if text:
        assert "【补打】" in text and sale_number(sale.uid) in text


def test_every_interactive_widget_has_a_name(qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    sell(sales_db, shop)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    assert unnamed_interactive_widgets(tab) == []


def test_the_kiosk_account_has_no_sales_page(qtbot, sales_db: Database, ui_settings) -> None:
    window = MainWindow(sales_db, KIOSK, ui_settings)
    qtbot.addWidget(window)
    assert "sales" not in window.page_ids()
    staff = MainWindow(sales_db, STAFF, ui_settings)
    qtbot.addWidget(staff)
    assert "sales" in staff.page_ids()


def test_a_sale_of_a_closed_month_is_not_voided(qtbot, sales_db: Database,
                                                tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    sale = sales.record_sale(sales_db, SaleInput([LineInput(shop.key_ring, 1)], "现金",
                                                 day=date(2024, 5, 20)), actor=STAFF)
    submit_month(sales_db, "2024-05", today=TODAY)
    tab = refund_tab(qtbot, sales_db, tmp_path)
    tab.day_edit.setDate(QDate(2024, 5, 20))
    assert [s.id for s in tab.sales_model.rows()] == [sale.id]
    before = rows(sales_db)
    dialog = tab.make_void_dialog()
    assert dialog is not None
    dialog.reason_edit.setText("录错了商品")
    dialog.accept()
    assert "2024-05" in tab.status.text() and tab.status.text().startswith("⚠")
    assert rows(sales_db) == before
    assert not sales.get_sale(sales_db, sale.id).voided
