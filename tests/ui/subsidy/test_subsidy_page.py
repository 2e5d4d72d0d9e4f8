"""The subsidy page driven as staff would: the rate and minimum stay, a month's table, export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.excel.subsidy.subsidy_export import SHEET_TITLE
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.subsidy import subsidy
from desktop.models.subsidy.subsidy import SubsidySettings
from desktop.ui.common.page_parts import pick_month
from desktop.ui.subsidy.subsidy_model import SubsidyTableModel
from desktop.ui.subsidy.subsidy_page import SubsidyPage
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input, submit_month
from tests.ui.conftest import type_text, unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def month_db(db: Database) -> Database:
    """张三 (职康站): May 6 for 6 h, May 7 for 3 h, May 8 without a sign-out."""
    zhang = people.create_person(db, make_person_input(
        name="张三", id_number=make_id_number(seq=1), programmes=["职康站"]),
        actor=STAFF, today=TODAY)
    for day, end in ((6, 15), (7, 12), (8, None)):
        attendance.staff_sign_in(db, zhang, datetime(2024, 5, day, 9),
                                 datetime(2024, 5, day, end) if end else None, actor=STAFF,
                                 reason="补签", now=datetime(2024, 6, 1, 12))
    subsidy.save_settings(db, SubsidySettings(4000, None), actor=STAFF,
                          effective_from=subsidy.BEGINNING)
    return db


def _page(qtbot, db: Database, actor: Actor = STAFF) -> SubsidyPage:
    db.clock = FixedClock(TODAY)
    page = SubsidyPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.set_month("2024-05")
    return page


def row_values(page: SubsidyPage) -> list[list[object]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def settings_rows(db: Database) -> tuple[int, int, int]:
    return (int(db.scalar("SELECT count(*) FROM subsidy_rate")),
            int(db.scalar("SELECT count(*) FROM setting")),
            int(db.scalar("SELECT count(*) FROM audit_log")))


def test_model_passes_qt_model_tester(qtmodeltester, month_db: Database) -> None:
    model = SubsidyTableModel(month_db)
    model.set_month("2024-05")
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.set_month("2024-04")
    qtmodeltester.check(model)


def test_page_shows_the_month_and_every_control_is_named(qtbot, month_db: Database) -> None:
    page = _page(qtbot, month_db)
    assert unnamed_interactive_widgets(page) == []
    assert page.rate_edit.text() == "40.00"
    assert not page.stay_check.isChecked() and not page.stay_spin.isEnabled()
    assert row_values(page) == [["张三", f"110102********{make_id_number(seq=1)[-4:]}", 3, 3,
                                 "120.00"]]
    assert page.total_label.text() == "合计：1 人，计补 3 天，120.00 元"
    assert page.rule_label.text() == "本月按最初设定的标准：40.00 元/天；有效签到即计入"
    assert page.effective_month() == "2024-06"  # this month, by default


def test_saving_a_rate_and_a_minimum_stay_recomputes_the_table(qtbot,
                                                              month_db: Database) -> None:
    page = _page(qtbot, month_db)
    page.rate_edit.clear()
    type_text(qtbot, page.rate_edit, "45.5")
    qtbot.mouseClick(page.stay_check, Qt.MouseButton.LeftButton)
    assert page.stay_spin.isEnabled()
    page.stay_spin.setValue(4.0)
    pick_month(page.effective_edit, "2024-05")
    with qtbot.waitSignal(page.settings_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert subsidy.settings_for(month_db, "2024-05") == SubsidySettings(4550, 240)
    assert subsidy.settings_for(month_db, "2024-04") == SubsidySettings(4000, None)
    assert page.settings_status.text() == "✓ 已保存：从 2024-05 起执行"
    # Only May 6 counts: May 7 is too short and May 8 has no sign-out.
    assert row_values(page)[0][2:] == [3, 1, "45.50"]
    assert page.total_label.text() == "合计：1 人，计补 1 天，45.50 元"
    assert page.rule_label.text() == (
        "本月按 2024-05 起执行的标准：45.50 元/天；当天停留满 4 小时（须签退）才计入")


@pytest.mark.parametrize(("typed", "message"), [
    ("-5", "日补助标准不能为负数"),
    ("4O", "日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“4O”"),
    ("2000", "日补助标准最高 1,000.00 元，请检查是否多输了0"),
])
def test_a_bad_rate_shows_beside_the_field_and_writes_nothing(qtbot, month_db: Database,
                                                             typed: str, message: str) -> None:
    page = _page(qtbot, month_db)
    before = settings_rows(month_db)
    page.rate_edit.clear()
    type_text(qtbot, page.rate_edit, typed)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.field_error("daily_rate_fen") == message
    assert page.rate_edit.accessibleDescription() == message
    assert page.settings_status.text() == "⚠ 未保存：请改正标出的内容"
    assert settings_rows(month_db) == before
    assert subsidy.load_settings(month_db, today=TODAY) == SubsidySettings(4000, None)


def test_export_writes_the_month(qtbot, month_db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, month_db)
    out = tmp_path / "out"
    out.mkdir()
    assert page.export_to(out / "五月") == 1
    target = out / "五月.xlsx"
    workbook = load_workbook(target)
    assert workbook[SHEET_TITLE]["B4"].value == "张三"
    workbook.close()
    assert page.status_label.text() == f"✓ 已导出 1 人到 {target}"
    assert page.export_to(tmp_path / "missing" / "a.xlsx") is None
    assert page.status_label.text().startswith("⚠ 导出失败")


def test_the_kiosk_account_cannot_change_or_export(qtbot, month_db: Database) -> None:
    page = _page(qtbot, month_db, KIOSK)
    assert not page.rate_edit.isEnabled() and not page.save_button.isEnabled()
    assert not page.export_button.isEnabled()
    assert page.settings_status.text() == "只有可以修改设置的账户能更改补助标准"
    assert page.model.rowCount() == 1  # looking is fine


def test_a_change_from_next_month_leaves_the_month_shown_as_it_was(qtbot,
                                                                   month_db: Database) -> None:
    page = _page(qtbot, month_db)
    assert page.effective_edit.maximumDate().toString("yyyy-MM") == "2025-06"  # a year ahead
    page.rate_edit.clear()
    type_text(qtbot, page.rate_edit, "50")
    pick_month(page.effective_edit, "2024-07")  # a planned change
    with qtbot.waitSignal(page.settings_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.settings_status.text() == "✓ 已保存：从 2024-07 起执行"
    assert page.total_label.text() == "合计：1 人，计补 3 天，120.00 元"  # May: as before
    assert page.rule_label.text() == "本月按最初设定的标准：40.00 元/天；有效签到即计入"
    page.set_month("2024-06")
    assert page.rule_label.text() == "本月按最初设定的标准：40.00 元/天；有效签到即计入"
    assert subsidy.settings_for(month_db, "2024-07") == SubsidySettings(5000, None)
    assert subsidy.load_settings(month_db, today=TODAY) == SubsidySettings(4000, None)


def test_a_closed_month_cannot_get_a_new_rate_from_the_page(qtbot, month_db: Database) -> None:
    submit_month(month_db, "2024-05", today=TODAY)
    page = _page(qtbot, month_db)
    before = settings_rows(month_db)
    page.rate_edit.clear()
    type_text(qtbot, page.rate_edit, "50")
    pick_month(page.effective_edit, "2024-04")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.settings_status.text() == (
        "⚠ 2024-05 已报送关账：补助标准只能从未关账的月份起生效")
    assert settings_rows(month_db) == before
    assert page.total_label.text() == "合计：1 人，计补 3 天，120.00 元"


def test_the_rate_fields_show_what_applies_from_the_chosen_month(qtbot,
                                                                 month_db: Database) -> None:
    subsidy.save_settings(month_db, SubsidySettings(4500, 180), actor=STAFF,
                          effective_from="2024-06", today=TODAY)
    page = _page(qtbot, month_db)
    assert page.rate_edit.text() == "45.00" and page.stay_check.isChecked()
    assert page.stay_spin.value() == 3.0
    assert page.rule_label.text() == "本月按最初设定的标准：40.00 元/天；有效签到即计入"
    page.set_month("2024-06")
    assert page.rule_label.text() == (
        "本月按 2024-06 起执行的标准：45.00 元/天；当天停留满 3 小时（须签退）才计入")


def test_picking_a_month_shows_its_planned_rate_so_it_is_not_overwritten(
        qtbot, month_db: Database) -> None:
    subsidy.save_settings(month_db, SubsidySettings(4500, 240), actor=STAFF,
                          effective_from="2024-08", today=TODAY)
    page = _page(qtbot, month_db)
    assert page.plans_label.text() == "已计划：2024-08 起 45.00 元/天"
    assert page.rate_edit.text() == "40.00"  # June, the current month
    pick_month(page.effective_edit, "2024-08")
    assert page.rate_edit.text() == "45.00" and page.stay_spin.value() == 4.0
    # What someone typed is kept when they pick the month afterwards.
    page.rate_edit.clear()
    type_text(qtbot, page.rate_edit, "48")
    pick_month(page.effective_edit, "2024-07")
    assert page.rate_edit.text() == "48"
