"""The day end (日结): expected cash from the day's valid cash sales less cash refunds, the
count and its difference recorded; a difference without a note, a negative count and a closed
month refused with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin import audit
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.sales import day_end, refunds, sales, stock
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF, submit_month
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]


@pytest.fixture
def day(sales_db: Database) -> Database:
    """Today: cash 40.00 + 20.00 (one refunded 5.00), WeChat 20.00, a voided cash 20.00 and
    cash 20.00 at a bazaar."""
    maker = member(sales_db, "王芳", 11)
    keyring = product(sales_db, [(maker, 100)])
    stock.record_production(sales_db, keyring, 20, TODAY, actor=STAFF)

    def sell(quantity: int, payment: str) -> sales.Sale:
        return sales.record_sale(sales_db, SaleInput([LineInput(keyring, quantity)], payment,
                                                     cash_given_fen=None), actor=STAFF)

    sell(2, "现金")
    refunded = sell(1, "现金")
    sell(1, "微信")
    refunds.void_sale(sales_db, sell(1, "现金").id, "录重了", actor=STAFF)
    refunds.refund_line(sales_db, refunded.lines[0].id, 1, 500, "有瑕疵，退部分款",
                        restock=False, actor=STAFF)
    # A bazaar's cash is counted at the bazaar, yesterday's sale is not today's cash.
    sales.record_sale(sales_db, SaleInput([LineInput(keyring)], "现金", channel="bazaar"),
                      actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(keyring)], "现金",
                                          day=date(2024, 6, 2)), actor=STAFF)
    return sales_db


def test_the_days_takings_and_expected_cash(day: Database) -> None:
    totals = day_end.day_totals(day, TODAY)
    assert totals.sales == 4
    assert totals.by_payment == {"现金": 8_000, "微信": 2_000, "支付宝": 0, "银行卡": 0, "其他": 0}
    assert totals.refunds_by_payment["现金"] == 500
    assert day_end.expected_cash(day, TODAY) == 5_500


def test_a_count_that_agrees_is_recorded(day: Database) -> None:
    recorded = day_end.record_day_end(day, TODAY, 5_500, actor=STAFF)
    assert (recorded.expected_cash_fen, recorded.counted_fen, recorded.difference_fen) == (
        5_500, 5_500, 0)
    assert day_end.day_end_of(day, TODAY) == recorded
    assert day_end.day_end_of(day, date(2024, 6, 2)) is None
    [entry] = audit.entries_for(day, "sales_day_end", recorded.id)
    assert '"difference_fen": 0' in entry["after"]


def test_a_difference_needs_a_note_then_is_kept(day: Database) -> None:
    before = rows(day)
    with pytest.raises(ValidationError) as refused:
        day_end.record_day_end(day, TODAY, 5_000, actor=STAFF)
    assert refused.value.message == "清点的现金比应有的少 5.00 元：请填写说明，例如：找零算错"
    with pytest.raises(ValidationError) as refused:
        day_end.record_day_end(day, TODAY, 5_600, " ", actor=STAFF)
    assert refused.value.message == "清点的现金比应有的多 1.00 元：请填写说明，例如：找零算错"
    with pytest.raises(ValidationError) as refused:
        day_end.record_day_end(day, TODAY, -1, "x", actor=STAFF)
    assert refused.value.message == "清点的现金不能为负数"
    assert rows(day) == before
    day_end.record_day_end(day, TODAY, 5_000, "找零多找了五元", actor=STAFF)
    recount = day_end.record_day_end(day, TODAY, 5_500, "抽屉里又找到五元", actor=STAFF)
    assert day_end.day_end_of(day, TODAY) == recount  # the latest count stands
    assert day.scalar("SELECT count(*) FROM sales_day_end") == 2


def test_a_day_end_in_a_closed_month_is_refused(day: Database) -> None:
    submit_month(day, "2024-05", today=TODAY)
    before = rows(day)
    with pytest.raises(MonthClosedError):
        day_end.record_day_end(day, date(2024, 5, 31), 0, actor=STAFF)
    assert rows(day) == before


def test_the_drawer_holds_the_counters_cash_only(day: Database) -> None:
    """An order paid in cash and a refund on a bazaar sale are not the drawer's: the
    counter's cash less the counter's cash refunds is, and each channel is shown apart."""
    keyring = int(day.scalar("SELECT id FROM sales_product LIMIT 1"))
    sales.record_sale(day, SaleInput([LineInput(keyring, 3)], "现金", channel="order"),
                      actor=STAFF)
    bazaar = sales.record_sale(day, SaleInput([LineInput(keyring)], "现金", channel="bazaar"),
                               actor=STAFF)
    refunds.refund_line(day, bazaar.lines[0].id, 1, 300, "义卖时退款", restock=False,
                        actor=STAFF)
    totals = day_end.day_totals(day, TODAY)
    assert day_end.expected_cash(day, TODAY) == 5_500
    assert totals.counts == {"counter": 3, "bazaar": 2, "order": 1}
    assert totals.net_fen("counter", "现金") == 5_500
    assert totals.net_fen("bazaar", "现金") == 4_000 - 300
    assert totals.net_fen("order") == 6_000
    assert totals.net_fen("counter") == 5_500 + 2_000
