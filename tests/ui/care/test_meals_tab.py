"""The 餐费 tab with real widgets: the price typed in 元, the month's statement and totals, the
printed statements read back from their PDFs, and the Excel export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.models.admin.permissions import Actor, Role
from desktop.models.care import meals
from desktop.models.care.meals import MealRate
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.meals_tab import MealsTab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_DAY, CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF, not_none, submit_month
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.conftest import type_text, unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)
DAYS = (date(2024, 5, 6), date(2024, 5, 7), CARE_DAY)


def written(db: Database) -> dict[str, int]:
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("care_meal_rate", "audit_log")}


@pytest.fixture
def centre(db: Database) -> CareCentre:
    """王芳 had lunch on three days of May, 李强 on one, 赵敏 on none."""
    db.clock = FixedClock(CARE_NOW)
    centre = care_centre(db, present_on=(date(2024, 4, 15), *DAYS))
    wang, li, _ = centre.members
    with db.transaction():
        for person_id, day in [(wang, d) for d in DAYS] + [(li, CARE_DAY)]:
            db.execute("INSERT INTO care_entry (person_id, day, service, recorded_by,"
                       " created_at) VALUES (?, ?, 'lunch', 'staff', ?)",
                       (person_id, day.isoformat(), f"{day}T12:30:00"))
    return centre


def open_tab(qtbot, db: Database, ui_settings: UiSettings, actor: Actor = STAFF) -> MealsTab:
    page = CarePage(PageContext(db, actor, ui_settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab("meals")
    assert isinstance(tab, MealsTab)
    tab.care_page = page  # type: ignore[attr-defined]  # the page lives as long as its tab
    return tab


def cells(model) -> list[tuple[str, ...]]:
    return [tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def set_price(qtbot, tab: MealsTab, cost: str, contribution: str) -> bool:
    tab.cost_edit.clear()
    type_text(qtbot, tab.cost_edit, cost)
    tab.contribution_edit.clear()
    type_text(qtbot, tab.contribution_edit, contribution)
    return tab.save_rate()


def test_the_price_typed_in_yuan_makes_the_statement(qtbot, db: Database, centre: CareCentre,
                                                     ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, db, ui_settings)
    assert not unnamed_interactive_widgets(tab)
    assert tab.rule_label.text().startswith("本月未设定餐费标准")
    assert set_price(qtbot, tab, "15.5", "5.20")
    assert meals.rate_for(db, "2024-05") == MealRate("2024-05", 1550, 520)
    assert tab.rate_status.text() == "✓ 已保存：从 2024-05 起执行"
    assert cells(tab.model) == [
        ("李强", "1", "15.50", "5.20", "10.30", "13"),
        ("王芳", "3", "46.50", "15.60", "30.90", "6、7、13")]
    assert tab.total_label.text() == (
        "合计：2 人用餐 4 次，餐费 62.00 元，家属应缴 20.80 元，中心承担 41.20 元"
        "（另有 1 名日间照料会员本月没有用餐）")


def test_a_contribution_above_the_cost_is_shown_and_nothing_written(
        qtbot, db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, db, ui_settings)
    before = written(db)
    assert not set_price(qtbot, tab, "15", "16")
    assert tab.field_error("contribution_fen") == \
        "个人自付 16.00 元高于每餐费用 15.00 元：自付部分不能超过餐费"
    assert not set_price(qtbot, tab, "abc", "")
    assert tab.field_error("cost_fen").startswith("每餐费用应为金额（元）")
    assert tab.field_error("contribution_fen") == "请填写个人自付（元）"
    assert tab.rate_status.text() == "⚠ 未保存：请改正标出的内容"
    assert written(db) == before


def test_a_price_from_a_closed_month_is_refused(qtbot, db: Database, centre: CareCentre,
                                               ui_settings: UiSettings) -> None:
    submit_month(db, "2024-04", today=CARE_DAY)
    tab = open_tab(qtbot, db, ui_settings)
    tab.effective_edit.setDate(tab.effective_edit.date().addMonths(-1))
    before = written(db)
    assert not set_price(qtbot, tab, "15", "5")
    assert tab.rate_status.text() == (
        "⚠ 2024-04 已报送关账：餐费标准只能从之后未关账的月份起执行；请选 2024-05 或更晚的月份")
    assert written(db) == before


def test_the_printed_statements(qtbot, db: Database, centre: CareCentre,
                                ui_settings: UiSettings, tmp_path: Path) -> None:
    meals.set_rate(db, "2024-01", 1550, 520, actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    everyone = PrintedPdf(not_none(tab.save_pdf(tmp_path / "餐费收费表")))
    text = everyone.texts[0]
    for expected in ("测试温馨家园 餐费收费表 2024年5月", "含个人信息，中心留存",
                     "日间照料餐费收费表",
                     "每餐 15.50 元，其中个人自付 5.20 元、中心承担 10.30 元", "家属签字",
                     "李强", "王芳", "15.60", "家属应缴合计：人民币（大写）贰拾元捌角整",
                     "（小写）¥20.80", "制表人", "单位（盖章）", "第 1 页，共 1 页"):
        assert expected in text, expected
    tab.table.selectRow(1)
    assert tab.member_button.isEnabled()
    one = PrintedPdf(not_none(tab.save_pdf(tmp_path / "王芳", centre.members[0])))
    text = one.texts[0]
    for expected in ("日间照料餐费单", "会员：王芳", "2024-05-06", "2024-05-07", "2024-05-13",
                     "本月用餐 3 次", "家属应缴：人民币（大写）壹拾伍元陆角整", "（小写）¥15.60",
                     "家属签字", "缴费日期"):
        assert expected in text, expected
    # One family's statement names no other member.
    assert "李强" not in text


def test_the_month_exports_to_excel(qtbot, db: Database, centre: CareCentre,
                                    ui_settings: UiSettings, tmp_path: Path) -> None:
    meals.set_rate(db, "2024-01", 1550, 520, actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    assert tab.export_button.isEnabled()
    assert tab.export_to(tmp_path / "餐费") == 2
    sheet = load_workbook(tmp_path / "餐费.xlsx").active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4, max_row=6)]
    assert rows[0][:7] == [1, "李强", 1, "13", 15.5, 5.2, 10.3]
    assert rows[1][:7] == [2, "王芳", 3, "6、7、13", 46.5, 15.6, 30.9]
    assert rows[2][:7] == ["合计", None, 4, "2 人", 62, 20.8, 41.2]
    assert "贰拾元捌角整" in str(sheet.cell(row=7, column=1).value)


def test_without_care_permission_nothing_is_shown(qtbot, db: Database, centre: CareCentre,
                                                  ui_settings: UiSettings) -> None:
    tab = MealsTab(db, KIOSK)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0
    assert not tab.save_button.isEnabled()
    assert tab.status_label.text().startswith("⚠ “kiosk”（签到台）没有权限")
