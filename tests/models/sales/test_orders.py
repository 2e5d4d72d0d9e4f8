"""Orders from companies and units: lines at the prices of the day, due date, delivery and
invoice status, cancelled with a reason; paid once through a sale of channel ``order``; bad
input refused with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin import audit
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.sales import catalogue, orders, refunds, sales, stock
from desktop.models.sales.catalogue import ProductInput
from desktop.models.sales.orders import OrderInput
from desktop.models.sales.rules import SaleRefused
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]
DUE = date(2024, 6, 20)


@pytest.fixture
def ordered(sales_db: Database) -> tuple[Database, int, int]:
    """An order of 30 keyrings at 20.00 元 by 月坛街道办事处: (db, order, product)."""
    maker = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, keyring, 30, TODAY, actor=STAFF)
    order_id = orders.create_order(sales_db, OrderInput(
        "月坛街道办事处", [(keyring, 30)], due_day=DUE, contact="李主任 66001234"), actor=STAFF)
    return sales_db, order_id, keyring


def test_an_order_is_delivered_invoiced_and_paid_once(ordered: tuple[Database, int, int]
                                                      ) -> None:
    db, order_id, keyring = ordered
    # A price change after the order leaves the agreed price alone.
    catalogue.update_product(db, keyring, ProductInput(
        "软陶钥匙扣", 2_500, [(m.person_id, m.share_percent)
                             for m in catalogue.get_product(db, keyring).makers],
        material_cost_fen=500), actor=STAFF)
    order = orders.get_order(db, order_id)
    assert (order.customer, order.day, order.due_day, order.total_fen) == (
        "月坛街道办事处", "2024-06-03", "2024-06-20", 60_000)
    orders.mark_delivered(db, order_id, date(2024, 6, 18), actor=STAFF)
    orders.set_invoice_status(db, order_id, "issued", actor=STAFF)
    sale = sales.record_sale(db, orders.sale_for_order(db, order_id, "银行卡"), actor=STAFF)
    assert (sale.channel, sale.total_fen) == ("order", 60_000)
    order = orders.get_order(db, order_id)
    assert (order.delivered_on, order.invoice_status) == ("2024-06-18", "issued")
    assert [e["action"] for e in audit.entries_for(db, "sales_order", order_id)] == [
        "create", "update", "update"]
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        sales.record_sale(db, orders.sale_for_order(db, order_id, "银行卡"), actor=STAFF)
    assert refused.value.message == "订单已于 2024-06-03 收款，没有重复收款"
    with pytest.raises(SaleRefused) as refused:
        orders.mark_delivered(db, order_id, date(2024, 6, 19), actor=STAFF)
    assert refused.value.message == "订单已于 2024-06-18 交货，没有重复登记"
    assert rows(db) == before
    refunds.void_sale(db, sale.id, "银行退回，重新收款", actor=STAFF)
    sales.record_sale(db, orders.sale_for_order(db, order_id, "银行卡"), actor=STAFF)


def test_an_order_with_bad_input_writes_nothing(ordered: tuple[Database, int, int]) -> None:
    db, _, keyring = ordered
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        orders.create_order(db, OrderInput(" ", [], due_day=date(2024, 6, 1)), actor=STAFF)
    assert refused.value.fields == {
        "customer": "请填写订购单位，例如：月坛街道办事处",
        "lines": "订单里至少要有一种商品",
        "due_day": "交货日期 2024-06-01 早于下单日期 2024-06-03：请核对"}
    with pytest.raises(ValidationError):
        orders.create_order(db, OrderInput("某公司", [(keyring, 0)]), actor=STAFF)
    with pytest.raises(ValidationError) as refused:
        orders.set_invoice_status(db, 1, "lost", actor=STAFF)
    assert refused.value.message == "发票状态应为不需要发票、待开发票或已开发票"
    assert rows(db) == before


def test_a_cancelled_order_is_neither_delivered_nor_paid(
        ordered: tuple[Database, int, int]) -> None:
    db, order_id, _ = ordered
    with pytest.raises(ValidationError) as invalid:
        orders.cancel_order(db, order_id, "", actor=STAFF)
    assert invalid.value.message == "请填写取消订单的原因"
    orders.cancel_order(db, order_id, "单位预算取消", actor=STAFF)
    assert orders.get_order(db, order_id).cancelled
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        orders.sale_for_order(db, order_id, "现金")
    assert refused.value.message == "订单已取消，不能收款"
    with pytest.raises(SaleRefused) as refused:
        orders.mark_delivered(db, order_id, DUE, actor=STAFF)
    assert refused.value.message == "订单已取消，不能登记交货"
    assert rows(db) == before
