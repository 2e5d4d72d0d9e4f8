"""Stock kept as movements: production, adjustments with a reason, consignment out and back,
stock-take posting differences in one transaction; taking stock below zero, a missing reason and
a closed month refused with a Chinese message and nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin import audit
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.sales import stock
from desktop.models.sales.rules import SaleRefused
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import KIOSK, TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]


@pytest.fixture
def made(sales_db: Database) -> tuple[Database, int, int]:
    """A product with 10 made by its maker today: (db, product, maker)."""
    maker = member(sales_db, "王芳", 11)
    product_id = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, product_id, 10, TODAY, maker_id=maker, actor=STAFF)
    return sales_db, product_id, maker


def test_stock_on_hand_is_the_sum_of_the_movements(made: tuple[Database, int, int]) -> None:
    db, product_id, maker = made
    stock.record_adjustment(db, product_id, -2, "damaged", "", TODAY, actor=STAFF)
    stock.record_adjustment(db, product_id, -1, "gift", "送给来访嘉宾", TODAY, actor=STAFF)
    stock.record_adjustment(db, product_id, 1, "other", "柜底找到", TODAY, actor=STAFF)
    stock.consign_out(db, product_id, 4, "什刹海便民店", TODAY, actor=STAFF)
    stock.consign_back(db, product_id, 3, "什刹海便民店", TODAY, actor=STAFF)
    assert stock.on_hand(db, product_id) == 10 - 2 - 1 + 1 - 4 + 3
    assert stock.on_hand_all(db) == {product_id: 7}
    assert stock.on_consignment(db, product_id, "什刹海便民店") == 1
    history = stock.movements(db, product_id)
    assert [(m.kind, m.quantity, m.reason) for m in history] == [
        ("production", 10, ""), ("adjustment", -2, "损坏"), ("adjustment", -1, "送给来访嘉宾"),
        ("adjustment", 1, "柜底找到"), ("consignment_out", -4, ""), ("consignment_back", 3, "")]
    assert history[0].maker_id == maker and {m.recorded_by for m in history} == {"staff"}
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'sales_stock_movement'"
                     ) == len(history)


def test_taking_out_more_than_on_hand_is_refused(made: tuple[Database, int, int]) -> None:
    db, product_id, _ = made
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        stock.record_adjustment(db, product_id, -11, "damaged", "", TODAY, actor=STAFF)
    assert refused.value.message == (
        "“软陶钥匙扣”库存只有 10 件，不能减少 11 件：请先盘点或登记入库")
    with pytest.raises(SaleRefused):
        stock.consign_out(db, product_id, 11, "春节庙会", TODAY, actor=STAFF)
    with pytest.raises(SaleRefused) as refused:
        stock.consign_back(db, product_id, 1, "春节庙会", TODAY, actor=STAFF)
    assert refused.value.message == "“软陶钥匙扣”在春节庙会寄售的只有 0 件，不能收回 1 件"
    assert rows(db) == before


def test_an_adjustment_needs_its_kind_and_for_other_a_reason(
        made: tuple[Database, int, int]) -> None:
    db, product_id, _ = made
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        stock.record_adjustment(db, product_id, -1, "other", " ", TODAY, actor=STAFF)
    assert refused.value.message == "请填写库存调整的原因"
    with pytest.raises(ValidationError) as refused:
        stock.record_adjustment(db, product_id, -1, "lost", "丢了", TODAY, actor=STAFF)
    assert refused.value.message == "请选择调整类型：损坏、样品、赠送或其他"
    with pytest.raises(ValidationError) as refused:
        stock.record_production(db, product_id, 0, TODAY, actor=STAFF)
    assert refused.value.message == "数量应为1–10000件"
    with pytest.raises(ValidationError) as refused:
        stock.consign_out(db, product_id, 1, "", TODAY, actor=STAFF)
    assert refused.value.message == "请填写寄售的地点，例如：什刹海便民店、春节庙会"
    assert rows(db) == before


def test_a_stock_take_posts_each_difference_with_its_reason(
        made: tuple[Database, int, int]) -> None:
    db, keyring, maker = made
    bracelet = product(db, [(maker, 100)], name="串珠手链")
    stock.record_production(db, bracelet, 5, TODAY, actor=STAFF)
    results = stock.stock_take(db, {keyring: 8, bracelet: 5}, "季度盘点：两件破损未登记",
                               TODAY, actor=STAFF)
    assert [(r.product_id, r.expected, r.counted, r.difference) for r in results] == [
        (keyring, 10, 8, -2), (bracelet, 5, 5, 0)]
    assert stock.on_hand(db, keyring) == 8 and stock.on_hand(db, bracelet) == 5
    assert [(m.kind, m.quantity, m.reason) for m in stock.movements(db, keyring)][-1] == (
        "stock_take", -2, "季度盘点：两件破损未登记")
    assert db.scalar("SELECT count(*) FROM sales_stock_count") == 2
    [entry] = [e for e in audit.entries_for(db, "sales_stock_take", 1)]
    assert entry["reason"] == "季度盘点：两件破损未登记"
    # Nothing differs: no reason needed, no movement posted.
    stock.stock_take(db, {keyring: 8}, "", TODAY, actor=STAFF)
    assert db.scalar("SELECT reason FROM sales_stock_take WHERE id = 2") == "盘点无差异"
    assert db.scalar("SELECT count(*) FROM sales_stock_movement WHERE kind = 'stock_take'") == 1


def test_a_stock_take_with_differences_and_no_reason_writes_nothing(
        made: tuple[Database, int, int]) -> None:
    db, product_id, _ = made
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        stock.stock_take(db, {product_id: 7}, "", TODAY, actor=STAFF)
    assert refused.value.message == "盘点有 1 种商品与账面不符：请填写差异的原因"
    with pytest.raises(ValidationError) as refused:
        stock.stock_take(db, {product_id: -1}, "盘点", TODAY, actor=STAFF)
    assert refused.value.message == "盘点数量不能为负数"
    assert rows(db) == before and stock.on_hand(db, product_id) == 10


def test_stock_in_a_closed_month_is_refused(made: tuple[Database, int, int]) -> None:
    db, product_id, _ = made
    submit_month(db, "2024-05", today=TODAY)
    before = rows(db)
    may = date(2024, 5, 20)
    with pytest.raises(MonthClosedError) as refused:
        stock.record_production(db, product_id, 3, may, actor=STAFF)
    assert refused.value.message == "2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    with pytest.raises(MonthClosedError):
        stock.stock_take(db, {product_id: 1}, "补盘", may, actor=STAFF)
    assert rows(db) == before


def test_the_kiosk_account_may_not_change_stock(made: tuple[Database, int, int]) -> None:
    db, product_id, _ = made
    before = rows(db)
    with pytest.raises(PermissionDenied):
        stock.record_production(db, product_id, 1, TODAY, actor=KIOSK)
    assert rows(db) == before
