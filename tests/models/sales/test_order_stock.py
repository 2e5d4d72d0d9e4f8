"""An order's items leave stock when it is delivered, not when it is paid: booked out to the
customer on the delivery's day (audited), taken back and sold by the payment, so a stock-take
between the two finds the books right and the items leave once; the sale, the day end and the
makers' income stay in the month of payment; a voided payment puts the items back out at the
customer; an order paid before delivery takes its items at payment only."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin import audit
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.sales import (
    day_end,
    makers_income,
    orders,
    refunds,
    sales,
    sales_checks,
    stock,
)
from desktop.models.sales.orders import OrderInput
from desktop.models.sales.rules import SaleRefused
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]
DELIVERED = date(2024, 6, 28)
COUNTED = date(2024, 6, 30)
PAID = date(2024, 7, 5)
PLACE = "订单 1（月坛街道办事处）"


def _order(db: Database, quantity: int = 20, made: int = 30) -> tuple[int, int]:
    """(order, keyring): ``made`` keyrings at 20.00 元 in stock, ``quantity`` ordered."""
    maker = member(db, "王芳", 11)
    keyring = product(db, [(maker, 100)])
    stock.record_production(db, keyring, made, TODAY, actor=STAFF)
    order_id = orders.create_order(db, OrderInput("月坛街道办事处", [(keyring, quantity)]),
                                   actor=STAFF)
    return order_id, keyring


def _on(db: Database, day: date) -> None:
    assert isinstance(db.clock, FixedClock)
    db.clock.set(day)


def _stock(db: Database, keyring: int) -> tuple[int, int]:
    """(on hand, out on consignment) of the keyrings."""
    [row] = [r for r in stock.stock_list(db) if r.product_id == keyring]
    return row.on_hand, row.on_consignment


def _pay(db: Database, order_id: int, payment: str = "现金",
         short_reason: str = "") -> sales.Sale:
    return sales.record_sale(db, orders.sale_for_order(db, order_id, payment,
                                                       short_reason=short_reason), actor=STAFF)


def test_delivery_takes_the_items_and_payment_sells_them_without_taking_them_again(
        sales_db: Database) -> None:
    db = sales_db
    order_id, keyring = _order(db)
    assert orders.mark_delivered(db, order_id, DELIVERED, actor=STAFF) == 0
    assert _stock(db, keyring) == (10, 20)
    [out] = [m for m in stock.movements(db, keyring) if m.kind == "consignment_out"]
    assert (out.day, out.quantity, out.place) == ("2024-06-28", -20, PLACE)
    [logged] = audit.entries_for(db, "sales_stock_movement", out.id)
    assert logged["action"] == "create" and PLACE in logged["after"]
    # The month-end count finds the 10 left: no difference, nothing booked as lost.
    _on(db, COUNTED)
    [counted] = stock.stock_take(db, {keyring: 10}, "", COUNTED, actor=STAFF)
    assert counted.difference == 0
    assert [m.kind for m in stock.movements(db, keyring)] == ["production", "consignment_out"]
    _on(db, PAID)
    sale = _pay(db, order_id)
    assert (sale.day, sale.channel, sale.total_fen, sale.lines[0].short_quantity) == (
        "2024-07-05", "order", 40_000, 0)
    assert _stock(db, keyring) == (10, 0)
    assert [(m.day, m.kind, m.quantity) for m in stock.movements(db, keyring)][2:] == [
        ("2024-07-05", "consignment_back", 20), ("2024-07-05", "sale", -20)]
    # The sale is July's: the day's order takings (never the drawer's cash), the makers'
    # income and no negative stock.
    totals = day_end.day_totals(db, PAID)
    assert (totals.net_fen("order"), totals.expected_cash_fen) == (40_000, 0)
    assert makers_income.month_income(db, "2024-06").makers == ()
    [maker] = makers_income.month_income(db, "2024-07").makers
    assert (maker.items, maker.revenue_fen) == (20, 40_000)
    assert sales_checks.negative_stock(db) == []


def test_a_voided_payment_puts_the_items_back_out_at_the_customer(sales_db: Database) -> None:
    db = sales_db
    order_id, keyring = _order(db)
    orders.mark_delivered(db, order_id, DELIVERED, actor=STAFF)
    _on(db, PAID)
    sale = _pay(db, order_id, "银行卡")
    refunds.void_sale(db, sale.id, "银行退回，重新收款", actor=STAFF)
    assert _stock(db, keyring) == (10, 20)
    assert stock.out_at(db, PLACE) == {keyring: 20}
    again = _pay(db, order_id, "银行卡")
    assert again.lines[0].short_quantity == 0
    assert _stock(db, keyring) == (10, 0)
    assert sales_checks.negative_stock(db) == []


def test_items_beyond_the_books_are_left_for_the_payment_to_explain(
        sales_db: Database) -> None:
    db = sales_db
    order_id, keyring = _order(db, quantity=40)
    assert orders.mark_delivered(db, order_id, DELIVERED, actor=STAFF) == 10
    assert _stock(db, keyring) == (0, 30)
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        _pay(db, order_id)
    assert refused.value.message == (
        "“软陶钥匙扣”账面库存只有 30 件，这笔要卖 40 件：如果东西确实在（例如入库未登记），"
        "请填写原因后再结账")
    assert rows(db) == before
    sale = _pay(db, order_id, short_reason="已直接从制作者处送货")
    assert sale.lines[0].short_quantity == 10
    assert _stock(db, keyring) == (-10, 0)


def test_an_order_paid_before_delivery_takes_its_items_once(sales_db: Database) -> None:
    db = sales_db
    order_id, keyring = _order(db)
    _pay(db, order_id, "银行卡")
    assert _stock(db, keyring) == (10, 0)
    moved = len(stock.movements(db, keyring))
    assert orders.mark_delivered(db, order_id, DELIVERED, actor=STAFF) == 0
    assert len(stock.movements(db, keyring)) == moved
    assert _stock(db, keyring) == (10, 0)


def test_a_cancelled_or_undelivered_order_takes_nothing(sales_db: Database) -> None:
    db = sales_db
    order_id, keyring = _order(db)
    other = orders.create_order(db, OrderInput("西城区残联", [(keyring, 5)]), actor=STAFF)
    orders.cancel_order(db, other, "单位预算取消", actor=STAFF)
    assert _stock(db, keyring) == (30, 0)
    assert orders.get_order(db, order_id).delivered_on is None


def test_a_delivery_dated_in_a_closed_month_is_refused_with_nothing_written(
        sales_db: Database) -> None:
    db = sales_db
    order_id, keyring = _order(db)
    _on(db, PAID)
    submit_month(db, "2024-06", today=PAID)
    before = rows(db)
    with pytest.raises(MonthClosedError) as refused:
        orders.mark_delivered(db, order_id, DELIVERED, actor=STAFF)
    assert refused.value.message == "2024-06 已报送关账，记录只读；如需修改请管理员重新开账"
    assert rows(db) == before
    assert orders.get_order(db, order_id).delivered_on is None
    orders.mark_delivered(db, order_id, PAID, actor=STAFF)
    assert _stock(db, keyring) == (10, 20)
