"""What the makers' income, report and summary tests share: April and May 2024 of a small
centre (the clock at 10:00 on 3 June 2024).

- 王芳 makes the keyring (¥20.00, material ¥5.00) alone; the vase (¥50.00, material ¥10.00)
  is 王芳's 60 % and 李强's 40 %.
- April: one vase (微信). Its makers were paid on 10 May (王芳 ¥24.00, 李强 ¥16.00).
- May: two keyrings in cash (one refunded on 20 May and restocked, ¥20.00 back), one vase by
  微信, and a voided keyring sale that counts for nothing.

May's figures: 2 sales, 2 items, revenue ¥70.00, material ¥15.00; 王芳 ¥39.00, 李强 ¥16.00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.models.db import Database
from desktop.models.sales import makers_income, refunds, sales, stock
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, member, product

APRIL, MAY = "2024-04", "2024-05"


@dataclass(frozen=True)
class Scenario:
    """The ids the tests look at."""

    wang: int
    li: int
    keyring: int
    vase: int


def april_and_may(db: Database, *, pay_april: bool = True) -> Scenario:
    """Fill ``db`` (a sales_support database) with April and May."""
    wang, li = member(db, "王芳", 21), member(db, "李强", 22)
    keyring = product(db, [(wang, 100)], price_fen=2_000, material_cost_fen=500)
    vase = product(db, [(wang, 60), (li, 40)], name="手绘花瓶", price_fen=5_000,
                   material_cost_fen=1_000)
    stock.record_production(db, keyring, 10, date(2024, 4, 1), actor=STAFF)
    stock.record_production(db, vase, 5, date(2024, 4, 1), actor=STAFF)
    sales.record_sale(db, SaleInput([LineInput(vase)], "微信", day=date(2024, 4, 15),
                                    time="10:00"), actor=STAFF)
    if pay_april:
        makers_income.mark_paid(db, APRIL, [wang, li], actor=STAFF, day=date(2024, 5, 10))
    cash = sales.record_sale(db, SaleInput([LineInput(keyring, 2)], "现金", cash_given_fen=5_000,
                                           day=date(2024, 5, 6), time="09:30"), actor=STAFF)
    sales.record_sale(db, SaleInput([LineInput(vase)], "微信", day=date(2024, 5, 7),
                                    time="11:00"), actor=STAFF)
    wrong = sales.record_sale(db, SaleInput([LineInput(keyring)], "支付宝", day=date(2024, 5, 8),
                                            time="14:00"), actor=STAFF)
    refunds.void_sale(db, wrong.id, "录错了商品", actor=STAFF)
    refunds.refund_line(db, cash.lines[0].id, 1, 2_000, "顾客退货", restock=True, actor=STAFF,
                        day=date(2024, 5, 20))
    assert db.clock.today() == TODAY
    return Scenario(wang, li, keyring, vase)
