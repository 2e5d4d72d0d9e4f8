"""The 制作者收入 tab lists the month's makers by pinyin (冯, 侯, 严), not by character code."""

from __future__ import annotations

from pathlib import Path

from desktop.models.db import Database
from tests.models.sales.sales_support import sales_db
from tests.models.sales.test_makers_order import PINYIN_ORDER, three_makers
from tests.ui.sales.income_support import open_tab

__all__ = ["sales_db"]


def test_the_income_tab_lists_makers_in_pinyin_order(qtbot, sales_db: Database,
                                                     tmp_path: Path) -> None:
    three_makers(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, "2024-05")
    assert [m.name for m in tab.model.rows()] == PINYIN_ORDER
