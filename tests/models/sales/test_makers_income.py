"""The makers' monthly income: sales less refunds of the month attributed by the shares kept
on each line, the split rule applied, money split by the largest remainder so the parts add up
exactly; payouts marked paid once, audited, never before the month is over."""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop.models.admin import audit
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.sales import makers_income, refunds, rules, sales, stock
from desktop.models.sales.makers_income import split_fen
from desktop.models.sales.rules import SaleRefused, SplitRule
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import ADMIN, STAFF, submit_month
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db

__all__ = ["sales_db"]
MONTH = "2024-06"
JULY = date(2024, 7, 2)


def test_largest_remainder_parts_add_up_exactly() -> None:
    assert split_fen(100, {"a": 1, "b": 1, "c": 1}) == {"a": 34, "b": 33, "c": 33}
    assert split_fen(1_646, {"w": 169_034, "l": 33_033, "z": 33_033}) == {
        "w": 1_184, "l": 231, "z": 231}
    assert split_fen(5, {"a": 0, "b": 0}) == {"a": 0, "b": 0}
    chance = random.Random(11)
    for _ in range(500):
        weights = {n: chance.randint(0, 10_000) for n in range(chance.randint(1, 9))}
        whole = chance.randint(0, 1_000_000)
        parts = split_fen(whole, weights)
        if sum(weights.values()):
            assert sum(parts.values()) == whole
            total = sum(weights.values())
            # Each part is within one fen of its exact quota.
            assert all(abs(parts[k] - whole * w / total) < 1 for k, w in weights.items())


@pytest.fixture
def month(sales_db: Database) -> tuple[Database, int, int, int]:
    """June: a keyring of 王芳's sold twice with 3.00 off (one refunded, restocked), a
    three-maker vase (34/33/33) sold once; a voided sale and a July sale count for nothing.
    Returns (db, 王芳, 李强, 赵六)."""
    wang, li, zhao = (member(sales_db, name, seq)
                      for name, seq in (("王芳", 11), ("李强", 12), ("赵六", 13)))
    keyring = product(sales_db, [(wang, 100)], price_fen=2_000, material_cost_fen=500)
    vase = product(sales_db, [(wang, 34), (li, 33), (zhao, 33)], name="手绘花瓶",
                   price_fen=1_001, material_cost_fen=0)
    stock.record_production(sales_db, keyring, 10, TODAY, actor=STAFF)
    stock.record_production(sales_db, vase, 5, TODAY, actor=STAFF)
    sale = sales.record_sale(sales_db, SaleInput(
        [LineInput(keyring, 2, 300, "老顾客"), LineInput(vase)], "微信"), actor=STAFF)
    refunds.refund_line(sales_db, sale.lines[0].id, 1, 1_850, "退货", restock=True, actor=STAFF)
    voided = sales.record_sale(sales_db, SaleInput([LineInput(vase, 2)], "现金"), actor=STAFF)
    refunds.void_sale(sales_db, voided.id, "录错", actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(keyring)], "现金", day=JULY), actor=STAFF)
    return sales_db, wang, li, zhao


def test_a_months_income_per_maker(month: tuple[Database, int, int, int]) -> None:
    db, wang, li, zhao = month
    income = makers_income.month_income(db, MONTH)
    assert (income.items, income.revenue_fen, income.material_cost_fen) == (2, 2_851, 500)
    assert [(m.name, m.items, m.revenue_fen, m.material_cost_fen, m.share_fen)
            for m in income.makers] == [
        ("李强", 1, 330, 0, 330), ("王芳", 2, 2_191, 500, 1_691), ("赵六", 1, 330, 0, 330)]
    assert sum(m.revenue_fen for m in income.makers) == income.revenue_fen
    assert income.share_fen == income.revenue_fen - income.material_cost_fen
    assert [m.person_id for m in income.makers] == [li, wang, zhao]


def test_a_makers_statement_lists_their_products(month: tuple[Database, int, int, int]
                                                  ) -> None:
    db, wang, li, _ = month
    assert [(ln.product, ln.share_percent, ln.items, ln.revenue_fen)
            for ln in makers_income.maker_statement(db, MONTH, wang)] == [
        ("手绘花瓶", 34, 1, 1_001), ("软陶钥匙扣", 100, 1, 3_700 - 1_850)]
    assert [ln.product for ln in makers_income.maker_statement(db, MONTH, li)] == ["手绘花瓶"]
    assert makers_income.maker_statement(db, "2024-05", wang) == []


def test_the_split_rule_is_a_setting(month: tuple[Database, int, int, int]) -> None:
    db, *_ = month
    rules.save_split_rule(db, SplitRule("margin", 70), actor=STAFF)
    income = makers_income.month_income(db, MONTH)
    assert income.share_fen == 1_646  # 2,351 × 70 % = 1,645.7, rounded
    assert [m.share_fen for m in income.makers] == [231, 1_184, 231]
    rules.save_split_rule(db, SplitRule("revenue", 100), actor=ADMIN)
    assert makers_income.month_income(db, MONTH).share_fen == 2_851
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'setting'") == 2
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        rules.save_split_rule(db, SplitRule("profit", 101), actor=STAFF)
    assert refused.value.fields == {
        "basis": "分配基数应为“收入减材料成本”或“收入”",
        "makers_percent": "制作者所得比例应为0–100%"}
    assert rows(db) == before


def test_a_maker_selling_below_cost_receives_nothing(sales_db: Database) -> None:
    wang = member(sales_db, "王芳", 11)
    cheap = product(sales_db, [(wang, 100)], price_fen=1_000, material_cost_fen=800)
    sales.record_sale(sales_db, SaleInput([LineInput(cheap, 1, 500, "破损处理")], "现金",
                                          short_reason="样品出售"), actor=STAFF)
    [maker] = makers_income.month_income(sales_db, MONTH).makers
    assert (maker.revenue_fen, maker.material_cost_fen, maker.share_fen) == (500, 800, 0)


def test_payouts_are_marked_paid_once_after_the_month(
        month: tuple[Database, int, int, int]) -> None:
    db, wang, li, zhao = month
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        makers_income.mark_paid(db, MONTH, [wang], actor=STAFF)
    assert refused.value.message == "2024-06 还没有结束，收入可能还会变化：请在下个月再发放"
    assert rows(db) == before
    assert isinstance(db.clock, FixedClock)
    db.clock.set(JULY)
    ids = makers_income.mark_paid(db, MONTH, [wang, li], actor=STAFF)
    income = {m.person_id: m for m in makers_income.month_income(db, MONTH).makers}
    paid = income[wang].payout
    assert paid is not None and (paid.share_fen, paid.paid_on) == (1_691, "2024-07-02")
    assert income[zhao].payout is None
    assert [e["action"] for e in audit.entries_for(db, "sales_payout", ids[0])] == ["create"]
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        makers_income.mark_paid(db, MONTH, [zhao, wang], actor=STAFF)
    assert refused.value.message == "王芳 的 2024-06 收入已于 2024-07-02 发放，没有重复发放"
    assert rows(db) == before  # 赵六's payout was not kept either: one transaction
    outsider = member(db, "孙七", 14)
    before = rows(db)
    with pytest.raises(SaleRefused) as refused:
        makers_income.mark_paid(db, MONTH, [outsider], actor=STAFF)
    assert refused.value.message == "孙七 在 2024-06 没有可发放的收入"
    assert rows(db) == before


def test_a_payout_dated_in_a_closed_month_is_refused(
        month: tuple[Database, int, int, int]) -> None:
    db, wang, *_ = month
    assert isinstance(db.clock, FixedClock)
    db.clock.set(date(2024, 8, 5))
    submit_month(db, "2024-07", today=date(2024, 8, 5))
    before = rows(db)
    with pytest.raises(MonthClosedError):
        makers_income.mark_paid(db, MONTH, [wang], actor=STAFF, day=JULY)
    assert rows(db) == before
    makers_income.mark_paid(db, MONTH, [wang], actor=STAFF)  # paid in August: open
    assert makers_income.payouts(db, MONTH)[0].paid_on == "2024-08-05"
