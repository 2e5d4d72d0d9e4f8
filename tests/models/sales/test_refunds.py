"""Voids and refunds: a void keeps the sale with its reason and restocks it; a refund is part
of a line, never more items or money than were sold and paid, with a reason and optional
restock; anything refused writes nothing."""

from __future__ import annotations

import pytest

from desktop.models.admin import audit
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.sales import refunds, sales, stock
from desktop.models.sales.rules import SaleRefused
from desktop.models.sales.sales import LineInput, Sale, SaleInput
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import KIOSK, TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]


@pytest.fixture
def sold(sales_db: Database) -> tuple[Database, Sale, int]:
    """Three keyrings (20.00 元 each, 5.00 元 off for the lot) sold of ten: (db, sale, product)."""
    maker = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, keyring, 10, TODAY, actor=STAFF)
    sale = sales.record_sale(sales_db, SaleInput([LineInput(keyring, 3, 500, "批量购买")],
                                                 "现金", cash_given_fen=6_000), actor=STAFF)
    return sales_db, sale, keyring


def test_a_void_keeps_the_sale_with_its_reason_and_restocks(
        sold: tuple[Database, Sale, int]) -> None:
    db, sale, keyring = sold
    refunds.void_sale(db, sale.id, "收银员录错了商品", actor=STAFF)
    assert sales.get_sale(db, sale.id).voided
    assert db.scalar("SELECT void_reason FROM sales_sale") == "收银员录错了商品"
    assert stock.on_hand(db, keyring) == 10
    [entry] = [e for e in audit.entries_for(db, "sales_sale", sale.id) if e["action"] == "void"]
    assert entry["reason"] == "收银员录错了商品"
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        refunds.void_sale(db, sale.id, "再作废一次", actor=STAFF)
    assert refused.value.message == "这笔销售已于 2024-06-03 10:00:00 作废，没有重复作废"
    with pytest.raises(SaleRefused) as refused:
        refunds.refund_line(db, sale.lines[0].id, 1, 100, "退货", restock=True, actor=STAFF)
    assert refused.value.message == "这笔销售已作废，不能再退款"
    assert rows(db) == before


def test_a_void_needs_a_reason_and_the_right_account(sold: tuple[Database, Sale, int]) -> None:
    db, sale, _ = sold
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        refunds.void_sale(db, sale.id, "", actor=STAFF)
    assert refused.value.message == "请填写作废原因，例如：录错了商品"
    with pytest.raises(Exception, match="没有权限"):
        refunds.void_sale(db, sale.id, "录错", actor=KIOSK)
    assert rows(db) == before


def test_part_of_a_line_is_refunded_with_or_without_restock(
        sold: tuple[Database, Sale, int]) -> None:
    db, sale, keyring = sold
    line = sale.lines[0].id
    refunds.refund_line(db, line, 1, 1_800, "颜色不喜欢", restock=True, actor=STAFF)
    refunds.refund_line(db, line, 1, 1_700, "摔坏了", restock=False, actor=STAFF)
    assert stock.on_hand(db, keyring) == 10 - 3 + 1
    left = refunds.refundable(db, line)
    assert (left.items_left, left.fen_left) == (1, 5_500 - 3_500)
    assert [(e["reason"]) for e in audit.entries_for(db, "sales_refund", 2)] == ["摔坏了"]


def test_a_refund_larger_than_the_sale_is_refused(sold: tuple[Database, Sale, int]) -> None:
    db, sale, _ = sold
    line = sale.lines[0].id
    refunds.refund_line(db, line, 1, 2_000, "退货", restock=True, actor=STAFF)
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        refunds.refund_line(db, line, 1, 3_600, "退货", restock=True, actor=STAFF)
    assert refused.value.message == (
        "退款 36.00 元超过了可退的 35.00 元（实付 55.00 元，已退 20.00 元）：退款不能多于顾客所付")
    with pytest.raises(SaleRefused) as refused:
        refunds.refund_line(db, line, 3, 100, "退货", restock=True, actor=STAFF)
    assert refused.value.message == "该商品卖出 3 件，已退 1 件，最多还能退 2 件"
    with pytest.raises(ValidationError) as invalid:
        refunds.refund_line(db, line, 1, 0, "退货", restock=True, actor=STAFF)
    assert invalid.value.message == "退款金额应大于0元"
    with pytest.raises(ValidationError) as invalid:
        refunds.refund_line(db, line, 1, 100, " ", restock=True, actor=STAFF)
    assert invalid.value.message == "请填写退款原因，例如：顾客退货，商品有瑕疵"
    assert rows(db) == before


def test_a_sale_with_refunds_is_not_voided(sold: tuple[Database, Sale, int]) -> None:
    db, sale, _ = sold
    refunds.refund_line(db, sale.lines[0].id, 1, 1_000, "退货", restock=True, actor=STAFF)
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        refunds.void_sale(db, sale.id, "录错", actor=STAFF)
    assert refused.value.message == "这笔销售已有退款，不能整笔作废：请对其余商品办理退款"
    assert rows(db) == before


def test_a_sale_of_a_closed_month_is_neither_voided_nor_refunded_there(
        sold: tuple[Database, Sale, int]) -> None:
    db, sale, _ = sold
    assert isinstance(db.clock, FixedClock)
    db.clock.set(TODAY.replace(month=7, day=2))
    submit_month(db, "2024-06", today=TODAY.replace(month=7, day=2))
    before = rows(db)
    with pytest.raises(MonthClosedError) as refused:
        refunds.void_sale(db, sale.id, "录错", actor=STAFF)
    assert refused.value.message == "2024-06 已报送关账，记录只读；如需修改请管理员重新开账"
    with pytest.raises(MonthClosedError):
        refunds.refund_line(db, sale.lines[0].id, 1, 100, "退货", restock=True, actor=STAFF,
                            day=TODAY)
    assert rows(db) == before
    # A refund today, in the open month, is how a closed month's sale is put right.
    refunds.refund_line(db, sale.lines[0].id, 1, 100, "退货", restock=True, actor=STAFF)
    assert db.scalar("SELECT day FROM sales_refund") == "2024-07-02"
