"""A whole sale in one transaction: lines at the catalogue price with discounts and their
reasons, payment and change, stock taken, the maker set kept; an empty sale, a discount without
a reason, too little cash, selling beyond stock without a reason, an archived product, a uid
already recorded and a closed month refused with a Chinese message and nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin import audit
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.sales import catalogue, sales, stock
from desktop.models.sales.catalogue import ProductInput
from desktop.models.sales.rules import SaleRefused
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import KIOSK, TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]


@pytest.fixture
def shop(sales_db: Database) -> tuple[Database, int, int]:
    """Two products on the books: (db, keyring 20.00 元 × 10, bracelet 35.00 元 × 3)."""
    maker = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(maker, 100)])
    bracelet = product(sales_db, [(maker, 100)], name="串珠手链", price_fen=3_500,
                       material_cost_fen=1_000)
    stock.record_production(sales_db, keyring, 10, TODAY, actor=STAFF)
    stock.record_production(sales_db, bracelet, 3, TODAY, actor=STAFF)
    return sales_db, keyring, bracelet


def test_a_cash_sale_is_stored_whole_with_its_change(shop: tuple[Database, int, int]) -> None:
    db, keyring, bracelet = shop
    sale = sales.record_sale(db, SaleInput(
        [LineInput(keyring, 2), LineInput(bracelet, 1, 500, "残疾人家属")], "现金",
        cash_given_fen=10_000), actor=STAFF)
    assert (sale.day, sale.time, sale.channel, sale.payment) == (
        "2024-06-03", "10:00:00", "counter", "现金")
    assert (sale.total_fen, sale.cash_given_fen, sale.change_fen) == (7_000, 10_000, 3_000)
    assert [(ln.name, ln.quantity, ln.unit_price_fen, ln.discount_fen, ln.amount_fen,
             ln.unit_material_cost_fen) for ln in sale.lines] == [
        ("软陶钥匙扣", 2, 2_000, 0, 4_000, 500), ("串珠手链", 1, 3_500, 500, 3_000, 1_000)]
    assert len(sale.uid) == 32 and sales.sale_id_for_uid(db, sale.uid) == sale.id
    assert stock.on_hand(db, keyring) == 8 and stock.on_hand(db, bracelet) == 2
    [entry] = audit.entries_for(db, "sales_sale", sale.id)
    assert entry["action"] == "create" and '"total_fen": 7000' in entry["after"]


def test_a_later_price_or_maker_change_leaves_the_sale_alone(
        shop: tuple[Database, int, int]) -> None:
    db, keyring, _ = shop
    sale = sales.record_sale(db, SaleInput([LineInput(keyring)], "微信"), actor=STAFF)
    first_set = catalogue.get_product(db, keyring).maker_set_id
    other = member(db, "李强", 12)
    catalogue.update_product(db, keyring, ProductInput("软陶钥匙扣", 2_500, [(other, 100)],
                                                       material_cost_fen=700), actor=STAFF)
    again = sales.get_sale(db, sale.id)
    assert (again.lines[0].unit_price_fen, again.lines[0].unit_material_cost_fen) == (2_000, 500)
    assert db.scalar("SELECT maker_set_id FROM sales_line") == first_set
    assert (again.cash_given_fen, again.change_fen) == (None, None)  # not cash


def test_a_sale_with_bad_input_writes_nothing(shop: tuple[Database, int, int]) -> None:
    db, keyring, bracelet = shop
    before = rows(db)
    cases = [
        (SaleInput([], "现金"), "请至少扫入或选择一件商品"),
        (SaleInput([LineInput(keyring)], "信用卡"),
         "请选择付款方式：现金、微信、支付宝、银行卡或其他"),
        (SaleInput([LineInput(keyring, 1, 300)], "微信"),
         "有优惠时请填写优惠原因，例如：残疾人家属、批量购买"),
        (SaleInput([LineInput(keyring, 1, -1, "x")], "微信"), "优惠金额不能为负数"),
        (SaleInput([LineInput(keyring, 1, 2_001, "清仓")], "微信"),
         "“软陶钥匙扣”的优惠 20.01 元超过了它的金额 20.00 元"),
        (SaleInput([LineInput(keyring, 0)], "微信"), "数量应为1–10000件"),
        (SaleInput([LineInput(bracelet, 2)], "现金", cash_given_fen=5_000),
         "实收现金 50.00 元少于应收 70.00 元：请核对收款"),
        (SaleInput([LineInput(keyring)], "微信", time="24:10"), "时间应为 时:分，如 09:30"),
        (SaleInput([LineInput(keyring)], "微信", uid="abc"),
         "销售单号应为 8–64 个字符，现在是“abc”"),
        (SaleInput([LineInput(keyring, 1, 100, "长" * 101)], "微信"), "原因最多 100 个字"),
    ]
    for sale, message in cases:
        with pytest.raises(ValidationError) as refused:
            sales.record_sale(db, sale, actor=STAFF)
        assert refused.value.message == message
    assert rows(db) == before


def test_selling_beyond_stock_needs_a_reason_and_is_flagged(
        shop: tuple[Database, int, int]) -> None:
    db, keyring, bracelet = shop
    before = rows(db)
    # Two lines of the same product draw on the same three bracelets.
    beyond = SaleInput([LineInput(bracelet, 2), LineInput(keyring), LineInput(bracelet, 2)],
                       "支付宝")
    with pytest.raises(SaleRefused) as refused:
        sales.record_sale(db, beyond, actor=STAFF)
    assert refused.value.message == (
        "“串珠手链”账面库存只有 3 件，这笔要卖 4 件：如果东西确实在（例如入库未登记），"
        "请填写原因后再结账")
    with pytest.raises(ValidationError) as invalid:
        sales.record_sale(db, SaleInput(beyond.lines, "支付宝", short_reason="长" * 101),
                          actor=STAFF)
    assert invalid.value.message == "原因最多 100 个字"
    assert rows(db) == before
    sale = sales.record_sale(db, SaleInput(beyond.lines, "支付宝",
                                           short_reason="新做的一批未登记入库"), actor=STAFF)
    assert [ln.short_quantity for ln in sale.lines] == [0, 0, 1]
    assert stock.on_hand(db, bracelet) == -1
    assert sales.short_lines(db, "2024-06-01", "2024-06-30") == [
        ("2024-06-03", "串珠手链", 1, "新做的一批未登记入库")]
    assert audit.entries_for(db, "sales_sale", sale.id)[0]["reason"] == "新做的一批未登记入库"


def test_an_archived_product_or_a_recorded_uid_is_refused(
        shop: tuple[Database, int, int]) -> None:
    db, keyring, bracelet = shop
    sale = sales.record_sale(db, SaleInput([LineInput(keyring)], "微信", uid="bazaar-0001"),
                             actor=STAFF)
    catalogue.archive_product(db, bracelet, "不再制作", actor=STAFF)
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        sales.record_sale(db, SaleInput([LineInput(bracelet)], "微信"), actor=STAFF)
    assert refused.value.message == "“串珠手链”已下架，不能销售：如需销售，请先在商品目录中恢复"
    with pytest.raises(SaleRefused) as refused:
        sales.record_sale(db, SaleInput([LineInput(keyring)], "微信", uid=sale.uid),
                          actor=STAFF)
    assert refused.value.message == "销售单号 bazaar-0001 已经记录过，没有重复记录"
    assert rows(db) == before


def test_a_sale_in_a_closed_month_is_refused(shop: tuple[Database, int, int]) -> None:
    db, keyring, _ = shop
    submit_month(db, "2024-05", today=TODAY)
    before = rows(db)
    with pytest.raises(MonthClosedError) as refused:
        sales.record_sale(db, SaleInput([LineInput(keyring)], "现金", day=date(2024, 5, 31),
                                        time="15:00"), actor=STAFF)
    assert refused.value.message == "2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    assert rows(db) == before


def test_a_bazaar_sale_keeps_its_own_day_time_price_and_uid(
        shop: tuple[Database, int, int]) -> None:
    db, keyring, _ = shop
    sale = sales.record_sale(db, SaleInput(
        [LineInput(keyring, 1, unit_price_fen=1_800)], "其他", channel="bazaar",
        day=date(2024, 6, 1), time="14:05", uid="laptop-1-000042"), actor=STAFF)
    assert (sale.day, sale.time, sale.channel, sale.uid, sale.total_fen) == (
        "2024-06-01", "14:05:00", "bazaar", "laptop-1-000042", 1_800)
    assert [s.id for s in sales.sales_of_day(db, date(2024, 6, 1))] == [sale.id]


def test_the_kiosk_account_may_not_sell(shop: tuple[Database, int, int]) -> None:
    db, keyring, _ = shop
    before = rows(db)
    with pytest.raises(PermissionDenied):
        sales.record_sale(db, SaleInput([LineInput(keyring)], "现金"), actor=KIOSK)
    assert rows(db) == before
