"""希联圆梦's rows of 汇总 and its checks in 校验: the figures are the makers' income's (sales
less refunds, voided sales out), the year to date counts makers once and recomputes the
average, paid out is what was paid in the period; each rule with data that triggers it and
data that does not, and none blocks the export."""

from __future__ import annotations

from datetime import date

from desktop.models.db import Database
from desktop.models.reporting import indicators
from desktop.models.reporting.indicators import Severity
from desktop.models.sales import indicator_provider, sales, stock
from desktop.models.sales.indicator_provider import PROVIDER, validate
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.income_support import APRIL, MAY, april_and_may
from tests.models.sales.sales_support import TODAY, sales_db

__all__ = ["sales_db"]


def _findings(db: Database, month: str = MAY) -> dict[str, tuple[str, int]]:
    return {f.rule: (f.severity.value, f.count) for f in validate(db, month, TODAY)}


def test_declared_with_its_page_and_unique_keys() -> None:
    found = {p.name: p for p in indicators.providers()}
    assert found["sales"] is PROVIDER and PROVIDER.page == "sales"
    assert [i.key for i in PROVIDER.indicators] == [
        "sales.sales", "sales.items", "sales.revenue_fen", "sales.makers_with_income",
        "sales.maker_income_fen", "sales.average_maker_income_fen", "sales.paid_out_fen"]
    # Money in fen, shown by the workbook in 元.
    assert [i.key for i in PROVIDER.indicators if i.unit == "分"] == [
        "sales.revenue_fen", "sales.maker_income_fen", "sales.average_maker_income_fen",
        "sales.paid_out_fen"]


def test_the_rows_are_the_months_figures(sales_db: Database) -> None:
    april_and_may(sales_db)
    report = indicators.compute(sales_db, MAY, TODAY)
    values = {row.indicator.key: row.this_month for row in report.rows
              if row.indicator.key.startswith("sales.")}
    assert values == {"sales.sales": 2, "sales.items": 2, "sales.revenue_fen": 7_000,
                      "sales.makers_with_income": 2, "sales.maker_income_fen": 5_500,
                      "sales.average_maker_income_fen": 2_750, "sales.paid_out_fen": 4_000}
    assert indicator_provider.figures(indicator_provider.period_figures(sales_db, (MAY,))) == \
        values
    # April: one vase; nothing paid in April (its payout was made in May).
    assert report.value("sales.revenue_fen").last_month == 5_000
    assert report.value("sales.paid_out_fen").last_month == 0
    # The year so far: the two makers once (not 2 + 2), the average from the year's totals.
    makers = report.value("sales.makers_with_income")
    assert (makers.last_month, makers.year_to_date) == (2, 2)
    assert report.value("sales.maker_income_fen").year_to_date == 9_500
    assert report.value("sales.average_maker_income_fen").year_to_date == 4_750
    assert report.value("sales.sales").year_to_date == 3


def test_an_average_to_the_fen_half_up() -> None:
    figures = indicator_provider.SalesFigures(1, 1, 1, 3, 1_000, 0)
    assert figures.average_maker_income_fen == 333
    assert indicator_provider.SalesFigures(1, 1, 1, 2, 5, 0).average_maker_income_fen == 3
    assert indicator_provider.SalesFigures(0, 0, 0, 0, 0, 0).average_maker_income_fen == 0


def test_clean_months_have_no_findings(sales_db: Database) -> None:
    april_and_may(sales_db)
    assert _findings(sales_db) == {}


def test_unpaid_earlier_month_is_a_warning(sales_db: Database) -> None:
    april_and_may(sales_db, pay_april=False)
    found = validate(sales_db, MAY, TODAY)
    assert [(f.rule, f.severity, f.count) for f in found] == [
        ("sales.unpaid_makers", Severity.WARNING, 1)]
    assert "最早是 2024-04" in found[0].message
    # April's own report does not call April late: it is paid after it ends.
    assert _findings(sales_db, APRIL) == {}


def test_sold_beyond_stock_and_below_cost_are_warnings(sales_db: Database) -> None:
    scenario = april_and_may(sales_db)
    sales.record_sale(sales_db, SaleInput(
        [LineInput(scenario.keyring, 12)], "微信", short_reason="入库未登记，东西在柜台",
        day=date(2024, 5, 21)), actor=STAFF)
    sales.record_sale(sales_db, SaleInput(
        [LineInput(scenario.vase, 1, 4_500, "样品处理")], "微信", day=date(2024, 5, 22)),
        actor=STAFF)
    assert stock.on_hand(sales_db, scenario.keyring) < 0
    found = {f.rule: f for f in validate(sales_db, MAY, TODAY)}
    assert set(found) == {"sales.negative_stock", "sales.sold_beyond_stock", "sales.below_cost"}
    assert all(f.severity is Severity.WARNING for f in found.values())
    assert "入库未登记，东西在柜台" in found["sales.sold_beyond_stock"].message
    assert "实收 5.00 元，材料成本 10.00 元" in found["sales.below_cost"].message
