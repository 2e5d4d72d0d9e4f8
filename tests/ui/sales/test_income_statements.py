"""The makers' large-print statements: each product in plain words (这个月您做的 X 卖出了 n 件，
收入 … 元，扣除材料费 … 元，您的份额 … 元), the per-product shares adding up exactly to what the
maker receives, 16 pt type, one maker's or every maker's of the month in one PDF through the
tab; a month without makers writes nothing."""

from __future__ import annotations

from pathlib import Path

from desktop.models.db import Database
from desktop.models.sales.income_statement import maker_month, makers_months
from desktop.models.sales.makers_income import month_income
from desktop.ui.sales.income_statement_print import (
    STATEMENT_POINT_SIZE,
    product_sentence,
    statement_forms,
)
from tests.conftest import save_centre_profile
from tests.models.sales.income_support import APRIL, MAY, april_and_may
from tests.models.sales.sales_support import sales_db
from tests.ui.sales.income_support import open_tab, pdf_pages

__all__ = ["sales_db"]


def test_plain_words_and_exact_shares(qapp, sales_db: Database) -> None:
    scenario = april_and_may(sales_db)
    income = month_income(sales_db, MAY)
    wang = next(m for m in income.makers if m.person_id == scenario.wang)
    statement = maker_month(sales_db, income, wang)
    assert [product_sentence(statement, n) for n in range(len(statement.products))] == [
        "这个月您和别人一起做的“手绘花瓶”（您占 60%）卖出了 1 件，收入 50.00 元，"
        "扣除材料费 10.00 元，您的份额 24.00 元。",
        "这个月您做的“软陶钥匙扣”卖出了 1 件，收入 20.00 元，扣除材料费 5.00 元，"
        "您的份额 15.00 元。"]
    assert sum(p.share_fen for p in statement.products) == wang.share_fen == 3_900
    for each in makers_months(sales_db, income):
        assert sum(p.share_fen for p in each.products) == each.maker.share_fen
    forms = statement_forms(sales_db, MAY, scenario.wang)
    assert len(forms) == 1 and forms[0].point_size == STATEMENT_POINT_SIZE >= 16
    assert forms[0].total is not None and forms[0].total.fen == 3_900
    assert "王芳，您好：" in forms[0].intro
    assert "2024年5月您一共可以得到 39.00 元。" in forms[0].intro
    assert "这笔钱会在下个月发给您" in forms[0].intro
    april = statement_forms(sales_db, APRIL, scenario.li)[0]
    assert "这笔钱已于 2024-05-10 发给您。" in april.intro


def test_one_or_all_statements_from_the_tab(qtbot, sales_db: Database, tmp_path: Path) -> None:
    save_centre_profile(sales_db)
    scenario = april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, MAY)
    assert tab.write_statements(tmp_path / "all") == 2
    pages = pdf_pages(tmp_path / "all.pdf")
    assert len(pages) >= 2
    text = "".join(pages)
    assert "李强" in text and "王芳" in text and "您的份额" in text
    assert tab.status_label.text() == f"✓ 已把 2 份对账单存到 {tmp_path / 'all.pdf'}"
    assert tab.write_statements(tmp_path / "one.pdf", scenario.li) == 1
    one = "".join(pdf_pages(tmp_path / "one.pdf"))
    assert "李强，您好" in one and "王芳，您好" not in one


def test_a_month_without_makers_writes_nothing(qtbot, sales_db: Database,
                                               tmp_path: Path) -> None:
    april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, "2024-03")
    assert tab.write_statements(tmp_path / "march.pdf") == 0
    assert tab.status_label.text() == "⚠ 2024-03 没有制作者的收入，没有生成对账单"
    assert not (tmp_path / "march.pdf").exists()
