"""The 日结 tab: the day's takings by payment method, expected cash, the counted cash and its
difference (recorded only with a note), and the day-end slip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desktop.models.db import Database
from desktop.models.sales import day_end, refunds, sales
from desktop.models.sales.sales import LineInput, SaleInput
from desktop.ui.sales.day_end_tab import DayEndTab
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, rows
from tests.models.sales.sales_support import sales_db as sales_db
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.sales.till_support import CENTRE, make_shop, open_tab, pdf_text


def day(qtbot, db: Database, tmp_path: Path) -> DayEndTab:
    shop = make_shop(db)
    cash = sales.record_sale(db, SaleInput([LineInput(shop.key_ring, 3)], "现金",
                                           cash_given_fen=10_000), actor=STAFF)
    sales.record_sale(db, SaleInput([LineInput(shop.bracelet, 1)], "支付宝"), actor=STAFF)
    refunds.refund_line(db, cash.lines[0].id, 1, 2_000, "顾客退货", restock=True, actor=STAFF)
    return open_tab(qtbot, db, tmp_path, "day_end", DayEndTab)


def test_the_days_takings_and_the_expected_cash(qtbot, sales_db: Database,
                                                tmp_path: Path) -> None:
    tab = day(qtbot, sales_db, tmp_path)
    shown = {r.method: (r.sales_fen, r.refunds_fen, r.net_fen) for r in tab.model.rows()}
    assert shown["现金"] == (6_000, 2_000, 4_000)
    assert shown["支付宝"] == (3_500, 0, 3_500)
    assert shown["微信"] == (0, 0, 0)
    assert tab.expected_label.text() == "¥40.00"
    assert tab.sales_label.text() == "2 笔（门店 2 笔）"
    assert unnamed_interactive_widgets(tab) == []


def test_a_difference_needs_a_note_then_is_recorded(qtbot, sales_db: Database,
                                                    tmp_path: Path) -> None:
    tab = day(qtbot, sales_db, tmp_path)
    tab.counted_edit.setText("38.5")
    assert tab.difference_label.text() == "少 ¥1.50"
    before = rows(sales_db)
    assert tab.record() is None
    assert "清点的现金比应有的少 1.50 元：请填写说明" in tab.status.text()
    assert rows(sales_db) == before
    tab.note_edit.setText("找零算错")
    done = tab.record()
    assert done is not None
    recorded = day_end.day_end_of(sales_db, TODAY)
    assert recorded is not None
    assert (recorded.expected_cash_fen, recorded.counted_fen, recorded.difference_fen,
            recorded.note) == (4_000, 3_850, -150, "找零算错")
    assert "差额 ¥-1.50" in tab.recorded_label.text()
    path = tab.write_slip(tmp_path / "日结单.pdf")
    assert path is not None and path.is_file()
    text = pdf_text(path)
    if text:
        for part in (CENTRE, "日结单", "2024-06-03", "= 40.00 元", "清点现金：38.50 元",
                     "找零算错", "收银员"):
            assert part in text, part


def test_no_difference_needs_no_note(qtbot, sales_db: Database, tmp_path: Path) -> None:
    tab = day(qtbot, sales_db, tmp_path)
    tab.counted_edit.setText("40")
    assert tab.difference_label.text() == "无差额"
    tab.counted_edit.setText("")
    assert tab.record() is None
    assert "请填写清点的现金" in tab.status.text()
    tab.counted_edit.setText("40")
    assert tab.record() is not None
    assert tab.status.text() == "✓ 已记录 2024-06-03 的日结：差额 ¥0.00"


def test_bazaar_and_order_money_is_shown_apart_from_the_drawer(qtbot, sales_db: Database,
                                                               tmp_path: Path) -> None:
    """A day of bazaar and order money with no counter sales: the drawer expects nothing,
    the table's cash row says so, and the bazaar's and orders' money is shown in its own
    columns, labelled as not in the drawer, on the screen and on the slip."""
    shop = make_shop(sales_db)
    sales.record_sale(sales_db, SaleInput([LineInput(shop.key_ring, 2)], "现金",
                                          channel="bazaar"), actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(shop.bracelet, 1)], "微信",
                                          channel="bazaar"), actor=STAFF)
    sales.record_sale(sales_db, SaleInput([LineInput(shop.key_ring, 1)], "现金",
                                          channel="order"), actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, "day_end", DayEndTab)
    shown = {r.method: (r.sales_fen, r.refunds_fen, r.net_fen, r.bazaar_fen, r.order_fen)
             for r in tab.model.rows()}
    assert shown["现金"] == (0, 0, 0, 4_000, 2_000)
    assert shown["微信"] == (0, 0, 0, 3_500, 0)
    assert shown[None] == (0, 0, 0, 7_500, 2_000)
    assert tab.model.rows()[-1].name == "合计"
    assert tab.expected_label.text() == "¥0.00"
    assert "义卖展销（元）\n另行结算，不进钱箱" in tab.model.headerData(
        4, Qt.Orientation.Horizontal)
    assert tab.drawer_label.text().splitlines() == [
        "应有现金（钱箱）= 门店现金销售 0.00 元 − 门店现金退款 0.00 元 = 0.00 元",
        "义卖展销 2 笔 75.00 元（其中现金 40.00 元）：在义卖展销结算中入账，不计入钱箱",
        "订单收款 1 笔 20.00 元（其中现金 20.00 元）：随订单收款入账，不计入钱箱"]
    path = tab.write_slip(tmp_path / "日结单.pdf")
    assert path is not None
    text = pdf_text(path)
    if text:
        assert "门店当日净收入：人民币（大写）零元整" in text.replace(" ", "")
        assert "不计入钱箱" in text
        assert "当日净收入：人民币（大写）壹佰" not in text.replace(" ", "")


def test_the_count_is_cleared_when_the_day_changes(qtbot, sales_db: Database,
                                                   tmp_path: Path) -> None:
    tab = day(qtbot, sales_db, tmp_path)
    tab.counted_edit.setText("60")
    tab.note_edit.setText("找零算错")
    assert tab.difference_label.text() == "多 ¥20.00"
    tab.day_edit.setDate(QDate(2024, 5, 26))
    assert tab.counted_edit.text() == ""
    assert tab.note_edit.text() == ""
    assert tab.difference_label.text() == ""


def test_a_change_after_the_day_end_is_shown(qtbot, sales_db: Database,
                                              tmp_path: Path) -> None:
    tab = day(qtbot, sales_db, tmp_path)
    tab.counted_edit.setText("40")
    assert tab.record() is not None
    assert "已结账后又有变动" not in tab.recorded_label.text()
    shop_key_ring = int(sales_db.scalar("SELECT id FROM sales_product WHERE name = '软陶钥匙扣'"))
    sales.record_sale(sales_db, SaleInput([LineInput(shop_key_ring)], "现金"), actor=STAFF)
    tab.refresh()
    assert tab.expected_label.text() == "¥60.00"
    assert tab.recorded_label.text().splitlines()[-1] == (
        "已结账后又有变动：应有现金由 ¥40.00 变为 ¥60.00，请重新清点并记录日结")
    recorded = day_end.day_end_of(sales_db, TODAY)
    assert recorded is not None and recorded.expected_cash_fen == 4_000
    path = tab.write_slip(tmp_path / "日结单.pdf")
    assert path is not None
    text = pdf_text(path)
    if text:
        assert "应有现金由 ¥40.00 变为 ¥60.00" in text
    assert date.fromisoformat(tab.totals.day) == TODAY
