"""The queries behind the monthly checks: negative stock, sales below material cost, makers
not paid for a past month; and the stock list the count sheet is printed from."""

from __future__ import annotations

from datetime import date

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.sales import makers_income, sales, sales_checks, stock
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product, sales_db

__all__ = ["sales_db"]


def test_the_checks_find_what_needs_settling(sales_db: Database) -> None:
    wang, li = member(sales_db, "王芳", 11), member(sales_db, "李强", 12)
    keyring = product(sales_db, [(wang, 100)], price_fen=2_000, material_cost_fen=500)
    vase = product(sales_db, [(li, 100)], name="手绘花瓶", price_fen=5_000,
                   material_cost_fen=3_000)
    stock.record_production(sales_db, keyring, 1, TODAY, actor=STAFF)
    stock.record_production(sales_db, vase, 2, TODAY, actor=STAFF)
    stock.consign_out(sales_db, vase, 1, "春节庙会", TODAY, actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(keyring, 3)], "现金",
                                          short_reason="新做的未入库"), actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(vase, 1, 2_500, "展品清仓")], "微信"),
                      actor=STAFF)
    assert sales_checks.negative_stock(sales_db) == [(keyring, "软陶钥匙扣", -2)]
    [below] = sales_checks.sales_below_cost(sales_db, "2024-06")
    assert (below.product, below.paid_fen, below.material_cost_fen) == ("手绘花瓶", 2_500, 3_000)
    assert sales_checks.sales_below_cost(sales_db, "2024-05") == []
    assert [(r.name, r.on_hand, r.on_consignment) for r in stock.stock_list(sales_db)] == [
        ("手绘花瓶", 0, 1), ("软陶钥匙扣", -2, 0)]
    # June's makers are unpaid once June is over; paying them settles it.
    assert sales_checks.months_with_unpaid_makers(sales_db, "2024-06") == []
    assert sales_checks.months_with_unpaid_makers(sales_db, "2024-07") == ["2024-06"]
    assert [m.name for m in sales_checks.unpaid_makers(sales_db, "2024-06")] == ["王芳"]
    assert isinstance(sales_db.clock, FixedClock)
    sales_db.clock.set(date(2024, 7, 2))
    makers_income.mark_paid(sales_db, "2024-06", [wang], actor=STAFF)
    assert sales_checks.months_with_unpaid_makers(sales_db, "2024-07") == []
