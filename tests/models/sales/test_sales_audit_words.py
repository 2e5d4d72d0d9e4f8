"""Every key the sales models write to the audit log has its words (AUDIT_LABELS), so the
audit page and its export never show a code's own key."""

from __future__ import annotations

import json
from datetime import date

from desktop.models.admin.audit_fields import CHINESE, describe_values, table_names
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.sales import (
    catalogue,
    day_end,
    makers_income,
    orders,
    refunds,
    rules,
    sales,
    stock,
)
from desktop.models.sales.catalogue import ProductInput
from desktop.models.sales.orders import OrderInput
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product, sales_db

__all__ = ["sales_db"]


def test_every_logged_sales_key_has_its_words(sales_db: Database) -> None:
    db = sales_db
    maker = member(db, "王芳", 11)
    keyring = product(db, [(maker, 100)])
    catalogue.update_product(db, keyring, ProductInput("软陶钥匙扣", 2_200, [(maker, 100)]),
                             actor=STAFF)
    catalogue.set_photo(db, keyring, b"jpeg", actor=STAFF)
    stock.record_production(db, keyring, 10, TODAY, maker_id=maker, actor=STAFF)
    stock.record_adjustment(db, keyring, -1, "sample", "", TODAY, actor=STAFF)
    stock.consign_out(db, keyring, 1, "春节庙会", TODAY, actor=STAFF)
    stock.stock_take(db, {keyring: 7}, "补盘：有一件找不到了", TODAY, actor=STAFF)
    sale = sales.record_sale(db, SaleInput([LineInput(keyring, 3, 100, "老顾客")], "现金",
                                           ), actor=STAFF)
    refunds.refund_line(db, sale.lines[0].id, 1, 500, "退货", restock=True, actor=STAFF)
    other = sales.record_sale(db, SaleInput([LineInput(keyring)], "微信"), actor=STAFF)
    refunds.void_sale(db, other.id, "录错", actor=STAFF)
    day_end.record_day_end(db, TODAY, 0, "现金已上交", actor=STAFF)
    order_id = orders.create_order(db, OrderInput("某公司", [(keyring, 2)]), actor=STAFF)
    orders.mark_delivered(db, order_id, TODAY, actor=STAFF)
    rules.save_split_rule(db, rules.SplitRule("revenue", 90), actor=STAFF)
    catalogue.archive_product(db, keyring, "不再制作", actor=STAFF)
    assert isinstance(db.clock, FixedClock)
    db.clock.set(date(2024, 7, 2))
    makers_income.mark_paid(db, "2024-06", [maker], actor=STAFF)

    entries = db.query("SELECT table_name, before, after FROM audit_log"
                       " WHERE table_name LIKE 'sales_%' OR (table_name = 'setting'"
                       " AND after LIKE '%sales.%')")
    assert {e["table_name"] for e in entries} >= {
        "sales_product", "sales_stock_movement", "sales_stock_take", "sales_sale",
        "sales_refund", "sales_day_end", "sales_order", "sales_payout", "setting"}
    missing: set[tuple[str, str]] = set()
    for entry in entries:
        assert entry["table_name"] in table_names()
        for stored in (entry["before"], entry["after"]):
            for key in json.loads(stored or "{}"):
                if CHINESE.label(entry["table_name"], key) == key:
                    missing.add((entry["table_name"], key))
    assert missing == set()
    sale_entry = db.scalar("SELECT after FROM audit_log WHERE table_name = 'sales_sale'"
                           " AND action = 'create' ORDER BY id LIMIT 1")
    assert "付款方式：现金" in describe_values(sale_entry, "sales_sale")
    # Money is logged in fen and read in 元, with no "（分）" left in the words.
    described = describe_values(sale_entry, "sales_sale")
    assert "应收：" in described and " 元" in described and "（分）" not in described
    product_entry = db.scalar("SELECT after FROM audit_log WHERE table_name = 'sales_product'"
                              " AND action = 'create' ORDER BY id LIMIT 1")
    assert "售价：" in describe_values(product_entry, "sales_product")
    assert "（分）" not in describe_values(product_entry, "sales_product")
