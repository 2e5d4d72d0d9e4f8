"""The 购买服务 tab with real widgets: contracts through their dialog (amount typed in 元),
sessions with the members present ticked, voiding, the month's fulfilment, and the printed
service confirmation sheet read back from its PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models.admin.permissions import Actor, Role
from desktop.models.care import providers
from desktop.models.care.providers import ProviderInput, SessionInput
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.providers_tab import ProvidersTab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_DAY, CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF, not_none, submit_month
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.conftest import type_text, unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)
CONTRACT = ProviderInput(
    organisation="西城区阳光社工事务所", contract_number="XC-GM-2024-007",
    service="康复训练和小组活动", starts_on="2024-01-01", ends_on="2024-12-31", unit="hours",
    contracted_quantity=366, amount_fen=3_660_000, contact="周敏", phone="010-66001234")


def written(db: Database) -> dict[str, int]:
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("care_provider", "care_provider_session", "care_provider_session_member",
                      "audit_log")}


@pytest.fixture
def centre(db: Database) -> CareCentre:
    db.clock = FixedClock(CARE_NOW)
    return care_centre(db, present_on=(date(2024, 4, 15), CARE_DAY))


def open_tab(qtbot, db: Database, ui_settings: UiSettings, actor: Actor = STAFF) -> ProvidersTab:
    """The tab as the 日间照料 page builds it, at a normal window size."""
    page = CarePage(PageContext(db, actor, ui_settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab("services")
    assert isinstance(tab, ProvidersTab)
    tab.care_page = page  # type: ignore[attr-defined]  # the page lives as long as its tab
    return tab


def cells(model) -> list[tuple[str, ...]]:
    return [tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_a_contract_is_added_through_its_dialog_with_the_amount_in_yuan(
        qtbot, db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, db, ui_settings)
    assert not unnamed_interactive_widgets(tab)
    assert tab.sessions_label.text() == "还没有合同：请先“新增合同”"
    dialog = tab.make_contract_dialog()
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    type_text(qtbot, dialog.organisation_edit, "西城区阳光社工事务所")
    type_text(qtbot, dialog.number_edit, "XC-GM-2024-007")
    dialog.quantity_spin.setValue(366)
    type_text(qtbot, dialog.amount_edit, "36600.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [stored] = providers.providers(db, actor=STAFF)
    assert (stored.amount_fen, stored.contracted_quantity, stored.unit) == (3_660_050, 366,
                                                                            "hours")
    assert cells(tab.contract_model)[0][:6] == (
        "西城区阳光社工事务所", "XC-GM-2024-007", "", "2024-01-01 ~ 2024-12-31", "366 小时",
        "36,600.50")
    assert tab.status_label.text() == "✓ 合同已保存"


def test_bad_contract_input_is_shown_by_its_fields_and_nothing_is_written(
        qtbot, db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    providers.add_provider(db, CONTRACT, actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    before = written(db)
    dialog = tab.make_contract_dialog()
    dialog.show()
    type_text(qtbot, dialog.organisation_edit, "另一家")
    type_text(qtbot, dialog.number_edit, "XC-GM-2024-007")
    dialog.quantity_spin.setValue(0)  # contracted hours of zero
    type_text(qtbot, dialog.amount_edit, "12.345")
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(-1))
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.field_error("contracted_quantity") == \
        "合同数量应大于 0（整小时数或次数），现在是 0"
    assert dialog.field_error("amount_fen").startswith("合同金额应为金额（元），最多两位小数")
    assert dialog.field_error("ends_on").startswith("合同结束日期 2023-12-31 早于开始日期")
    dialog.quantity_spin.setValue(100)
    dialog.amount_edit.setText("1000")
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(30))
    assert not dialog.save()
    assert dialog.field_error("contract_number").startswith("合同编号“XC-GM-2024-007”已登记")
    assert written(db) == before


def test_a_session_is_recorded_for_members_present_that_day(
        qtbot, db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    providers.add_provider(db, CONTRACT, actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    dialog = not_none(tab.make_session_dialog())
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    # Only the day-care members who signed in that day are offered: not 孙丽 (outside the
    # programme).
    assert sorted(c.text() for c in dialog.member_checks.values()) == sorted(
        ["王芳", "李强", "赵敏"])
    type_text(qtbot, dialog.staff_edit, "陈老师")
    type_text(qtbot, dialog.content_edit, "手指操")
    dialog.minutes_spin.setValue(90)
    assert not dialog.save()  # nobody ticked
    assert dialog.field_error("members") == "请勾选这次服务的会员（当天已签到的日间照料会员）"
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cells(tab.session_model) == [
        ("2024-05-13", "陈老师", "手指操", "90", "3", "有效", "李强、王芳、赵敏")]
    assert tab.status_label.text() == "✓ 已登记 2024-05-13 的服务"
    tab.month_tabs.setCurrentIndex(1)
    assert cells(tab.fulfilment_model) == [
        ("西城区阳光社工事务所", "XC-GM-2024-007", "1", "90", "3", "1.5 小时", "31 小时", "5%")]


def test_a_day_without_those_members_is_refused_with_the_way_out(
        qtbot, db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    dialog = not_none(tab.make_session_dialog())
    dialog.show()
    before = written(db)
    # What a day with nobody signed in cannot offer: a member ticked from another day.
    dialog.day_edit.setDate(dialog.day_edit.date().addDays(-3))
    assert dialog.member_checks == {}
    assert not dialog.save(SessionInput(provider_id, "2024-05-10", "陈老师", "", 60,
                                        (centre.members[0],)))
    assert dialog.field_error("members").startswith(
        "王芳 在 2024-05-10 没有签到，不能记录照料：如果当天来了，请先在“考勤”页补签")
    assert written(db) == before


def test_a_closed_month_cannot_take_sessions(qtbot, db: Database, centre: CareCentre,
                                             ui_settings: UiSettings) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    providers.add_session(db, SessionInput(provider_id, "2024-04-15", "陈老师", "", 60,
                                           (centre.members[0],)), actor=STAFF)
    submit_month(db, "2024-04", today=CARE_DAY)
    tab = open_tab(qtbot, db, ui_settings)
    tab.set_month("2024-04")
    assert tab.closed_label.text() == "⚠ 2024-04 已报送关账，记录只读"
    assert not tab.void_button.isEnabled()
    dialog = not_none(tab.make_session_dialog())
    assert dialog.day() == "2024-04-30"
    assert not dialog.save_button.isEnabled()
    before = written(db)
    assert not dialog.save(SessionInput(provider_id, "2024-04-15", "陈老师", "", 60,
                                        (centre.members[0],)))
    assert dialog.error_label.text() == "⚠ 2024-04 已报送关账，记录只读；如需修改请管理员重新开账"
    assert written(db) == before


def test_voiding_a_session_asks_why_and_keeps_it(qtbot, db: Database, centre: CareCentre,
                                                 ui_settings: UiSettings) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    providers.add_session(db, SessionInput(provider_id, "2024-05-13", "陈老师", "手指操", 60,
                                           tuple(centre.members)), actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    dialog = not_none(tab.make_void_dialog())
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason_edit, "重复登记")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert cells(tab.session_model)[0][5] == "已作废：重复登记"
    assert not tab.void_button.isEnabled()
    assert tab.fulfilment_model.row_data(0).fulfilment.sessions == 0  # type: ignore[union-attr]


def test_the_confirmation_sheet_pdf(qtbot, db: Database, centre: CareCentre,
                                    ui_settings: UiSettings, tmp_path: Path) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    providers.add_session(db, SessionInput(provider_id, "2024-05-13", "陈老师", "音乐律动", 90,
                                           tuple(centre.members)), actor=STAFF)
    tab = open_tab(qtbot, db, ui_settings)
    written_to = not_none(tab.save_pdf(tmp_path / "确认单"))
    assert written_to == tmp_path / "确认单.pdf"
    assert tab.status_label.text() == f"✓ 已保存到 {written_to}"
    pdf = PrintedPdf(written_to)
    assert len(pdf) == 1
    text = pdf.texts[0]
    for expected in ("测试温馨家园 服务确认单 2024年5月", "购买服务确认单",
                     "服务机构：西城区阳光社工事务所", "合同编号：XC-GM-2024-007",
                     "合同期：2024-01-01 至 2024-12-31", "合同数量：366 小时",
                     "合同金额：¥36,600.00", "2024-05-13", "陈老师", "音乐律动",
                     "本月合计：服务 1 次，90 分钟（1.5 小时），服务 3 人次（3 人）",
                     "本月应完成 31 小时，实际完成 1.5 小时，完成率 5%",
                     "服务机构（盖章）", "单位（盖章）", "经办人", "审核人", "负责人",
                     "第 1 页，共 1 页"):
        assert expected in text, expected
    # Members are counted, never named, on a sheet that goes to an outside organisation.
    assert "王芳" not in text
    assert tab.save_pdf(tmp_path / "missing" / "x.pdf") is None
    assert tab.status_label.text().startswith("⚠ 保存失败")


def test_the_kiosk_account_sees_nothing(qtbot, db: Database, centre: CareCentre,
                                        ui_settings: UiSettings) -> None:
    providers.add_provider(db, CONTRACT, actor=STAFF)
    tab = ProvidersTab(db, KIOSK)
    qtbot.addWidget(tab)
    assert tab.contract_model.rowCount() == 0
    assert tab.status_label.text().startswith("⚠ “kiosk”（签到台）没有权限")
