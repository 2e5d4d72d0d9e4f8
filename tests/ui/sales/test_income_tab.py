"""The 制作者收入 tab: the month's makers with their figures and the rule in plain words; payouts
marked paid (refused, with nothing written, before the month is over), one maker or all after
asking; the payout sheet exported (a missing folder says so and writes nothing); the split rule
changed in its dialog and the figures following it; every control named for screen readers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.sales import rules, sales
from desktop.models.sales.sales import LineInput, SaleInput
from tests.conftest import STAFF
from tests.models.sales.income_support import MAY, april_and_may
from tests.models.sales.sales_support import sales_db
from tests.ui.sales.income_support import open_tab

__all__ = ["sales_db"]


def _payouts(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM sales_payout"))


def test_the_months_makers_and_totals(qtbot, sales_db: Database, tmp_path: Path) -> None:
    april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, MAY)
    shown = [[tab.model.index(r, c).data() for c in range(6)] for r in range(tab.model.rowCount())]
    assert shown == [["李强", "1", "20.00", "4.00", "16.00", "未发放"],
                     ["王芳", "2", "50.00", "11.00", "39.00", "未发放"]]
    assert tab.total_label.text() == ("销售 2 笔，售出 2 件，销售收入 70.00 元，材料成本 15.00 元，"
                                      "制作者收入 55.00 元；2 人未发放")
    assert tab.rule_label.text() == (
        "分配规则：卖东西收到的钱，先扣除材料费，剩下的全部归做东西的人。")
    for widget in [tab.month_edit, tab.table, *tab.findChildren(QPushButton)]:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget


def test_pay_the_selected_maker(qtbot, sales_db: Database, tmp_path: Path) -> None:
    scenario = april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, MAY)
    tab.table.selectRow(tab.model.row_of(scenario.wang))
    assert tab.pay_selected()
    assert tab.status_label.text() == "✓ 已登记 1 位制作者 2024-05 的收入已发放"
    row = tab.model.row_of(scenario.wang)
    assert tab.model.index(row, 5).data() == "已发放 2024-06-03"
    # Paying again is refused, nothing written twice.
    before = _payouts(sales_db)
    tab.table.selectRow(row)
    assert not tab.pay_selected()
    assert "王芳 的 2024-05 收入已于 2024-06-03 发放，没有重复发放" in tab.status_label.text()
    assert _payouts(sales_db) == before
    for box in tab.findChildren(QMessageBox):
        box.close()


def test_paying_before_the_month_is_over_is_refused(qtbot, sales_db: Database,
                                                    tmp_path: Path) -> None:
    scenario = april_and_may(sales_db)
    sales.record_sale(sales_db, SaleInput([LineInput(scenario.keyring)], "微信",
                                          day=date(2024, 6, 3)), actor=STAFF)
    tab = open_tab(qtbot, sales_db, tmp_path, "2024-06")
    before = _payouts(sales_db)
    assert not tab.pay_selected()
    assert tab.status_label.text() == (
        "⚠ 2024-06 还没有结束，收入可能还会变化：请在下个月再发放")
    assert _payouts(sales_db) == before
    for box in tab.findChildren(QMessageBox):
        box.close()


def test_pay_all_after_asking(qtbot, sales_db: Database, tmp_path: Path) -> None:
    april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, MAY)
    box = tab.ask_pay_all()
    assert box is not None and "登记 2 位制作者 2024-05 的收入共 55.00 元今天已发放" in box.text()
    assert box.button(QMessageBox.StandardButton.Yes).text() == "登记已发放(&Y)"
    assert box.button(QMessageBox.StandardButton.No).text() == "取消"
    box.button(QMessageBox.StandardButton.No).click()
    assert _payouts(sales_db) == 2  # April's two only
    box = tab.ask_pay_all()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert _payouts(sales_db) == 4
    assert tab.unpaid_ids() == []
    assert tab.ask_pay_all() is None
    assert tab.status_label.text() == "✓ 本月没有未发放的制作者收入"


def test_export_the_payout_sheet(qtbot, sales_db: Database, tmp_path: Path) -> None:
    april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, MAY)
    written = tab.export_sheet(tmp_path / "发放表")
    assert written == tmp_path / "发放表.xlsx" and written.is_file()
    assert tab.status_label.text() == f"✓ 发放表已导出到 {written}"
    assert tab.export_sheet(tmp_path / "nowhere" / "x.xlsx") is None
    assert "导出失败：文件夹" in tab.status_label.text()
    assert not (tmp_path / "nowhere").exists()
    for box in tab.findChildren(QMessageBox):
        box.close()


def test_change_the_split_rule(qtbot, sales_db: Database, tmp_path: Path) -> None:
    april_and_may(sales_db)
    tab = open_tab(qtbot, sales_db, tmp_path, MAY)
    assert tab.rule_button.isEnabled()
    dialog = tab.open_rule_dialog()
    assert {b.text() for b in dialog.buttons.buttons()} == {"保存(&S)", "取消"}
    dialog.percent_spin.setValue(80)
    assert dialog.explanation.text() == "卖东西收到的钱，先扣除材料费，剩下的 80% 归做东西的人。"
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("revenue"))
    assert dialog.explanation.text() == "卖东西收到的钱的 80% 归做东西的人，材料费不扣除。"
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("margin"))
    dialog.save()
    assert rules.split_rule(sales_db) == rules.SplitRule("margin", 80)
    assert tab.status_label.text() == "✓ 分配规则已保存"
    assert tab.model.index(tab.model.row_of(tab.model.rows()[1].person_id), 4).data() == "31.20"
    assert "制作者收入 44.00 元" in tab.total_label.text()
    assert sales_db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'setting'") == 1


def test_the_rule_is_for_those_who_may_change_settings(qtbot, sales_db: Database,
                                                       tmp_path: Path) -> None:
    tab = open_tab(qtbot, sales_db, tmp_path, MAY, Actor("kiosk", Role.KIOSK))
    assert not tab.rule_button.isEnabled()
    assert tab.model.rowCount() == 0
