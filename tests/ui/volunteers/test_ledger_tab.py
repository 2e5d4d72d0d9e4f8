"""The 服务时长 tab from the keyboard: the month's ledger with hours, cumulative hours and the
star (★ marks, words for screen readers), the selected volunteer's months and posts, and
补录服务 saved from the dialog; missing content and a day over the maximum refused in the
dialog with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

import tests.ui.volunteers.page_support as support
from desktop.models.db import Database
from desktop.models.volunteers import rules
from desktop.ui.volunteers.ledger_tab import LedgerTab
from desktop.ui.volunteers.volunteers_page import TABS, VolunteersPage
from tests.conftest import STAFF
from tests.models.volunteers.ledger_support import bank, counts, open_clocked, serve, volunteer
from tests.ui.conftest import unnamed_interactive_widgets

_OPEN: list[VolunteersPage] = []


@pytest.fixture(autouse=True)
def _forget_pages() -> object:
    yield
    _OPEN.clear()


@pytest.fixture
def vdb(tmp_path: Path):
    database = open_clocked(tmp_path)
    yield database
    database.close()


def open_tab(qtbot, db: Database, tmp_path: Path) -> LedgerTab:
    return support.open_tab(qtbot, db, tmp_path, "ledger", LedgerTab)


def cells(tab: LedgerTab, role: int = Qt.ItemDataRole.DisplayRole) -> list[list[str]]:
    model = tab.model
    return [[str(model.data(model.index(r, c), role) or "") for c in range(5)]
            for r in range(model.rowCount())]


def _people(db: Database) -> tuple[int, int]:
    li = volunteer(db, "李志远", 11, "BJV2400011")
    bank(db, li, "2024-05-31", 310 * 60)  # 310 hours before June (248 in May): two stars
    serve(db, li, "2024-06-03", 240, "助餐", "午餐分餐")
    wang = volunteer(db, "王晓红", 12, "BJV2400012")
    serve(db, wang, "2024-06-05", 90, "文体活动", "组织合唱")
    return li, wang


def test_the_months_ledger_and_the_detail(qtbot, vdb: Database, tmp_path) -> None:
    _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    assert [t.id for t in TABS].index("ledger") < [t.id for t in TABS].index("certificates")
    assert tab.month() == "2024-06"
    assert cells(tab) == [["李志远", "BJV2400011", "4.0", "314.0", "★★"],
                          ["王晓红", "BJV2400012", "1.5", "1.5", ""]]
    accessible = cells(tab, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible[0][4] == "2星" and accessible[1][4] == "未达星级"
    assert "本月 2 人服务，共 5.5 小时" in tab.total_label.text()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.selected_id() is not None and tab.selected().name == "王晓红"  # type: ignore[union-attr]
    assert tab.detail_model.rowCount() == 1
    assert "王晓红：累计 1.5 小时" in tab.detail_label.text()
    tab.month_edit.setDate(QDate(2024, 5, 1))
    assert cells(tab)[0][:4] == ["李志远", "BJV2400011", "248.0", "310.0"]
    assert unnamed_interactive_widgets(tab) == []


def test_service_is_entered_from_the_dialog(qtbot, vdb: Database, tmp_path) -> None:
    _, wang = _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    tab.table.selectRow(1)
    dialog = tab.make_service_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.results.currentItem() is not None  # the selected volunteer, chosen already
    dialog.day_edit.setDate(QDate(2024, 6, 18))
    dialog.post_combo.setCurrentIndex(dialog.post_combo.findText("陪同就医"))
    dialog.hours_spin.setValue(2)
    dialog.minutes_spin.setValue(30)
    dialog.content_edit.setFocus()
    qtbot.keyClicks(dialog.content_edit, "peitong")
    qtbot.keyClick(dialog.content_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    row = vdb.query_one("SELECT person_id, day, minutes, content FROM volunteer_service"
                        " ORDER BY id DESC LIMIT 1")
    assert row is not None and dict(row) == {"person_id": wang, "day": "2024-06-18",
                                             "minutes": 150, "content": "peitong"}
    assert tab.selected_id() == wang
    assert cells(tab)[1][2] == "4.0"
    assert "服务已补录" in tab.status_label.text()


def test_the_minutes_go_by_the_rounding_step_and_say_it_rounds_down(
        qtbot, vdb: Database, tmp_path) -> None:
    rules.save_settings(vdb, rounding=15, max_daily_hours=8, star_text="100,300,600,1000,1500",
                        actor=STAFF)
    dialog = open_tab(qtbot, vdb, tmp_path).make_service_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rounding_label.text() == "按 15 分钟向下取整记入"
    dialog.minutes_spin.setFocus()
    qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Up)
    assert dialog.minutes() == 30


def test_bad_service_is_refused_in_the_dialog(qtbot, vdb: Database, tmp_path) -> None:
    li, _ = _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    before = counts(vdb)
    dialog = tab.make_service_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search_edit.clear()
    dialog.save()
    assert "请先输入姓名或拼音找到志愿者" in dialog.error_label.text()
    dialog.search_edit.setText("lzy")
    dialog.day_edit.setDate(QDate(2024, 6, 3))
    dialog.hours_spin.setValue(1)
    dialog.save()
    assert "请写明服务内容（做了什么）" in dialog.error_label.text()
    dialog.content_edit.setText("整理活动室")
    dialog.hours_spin.setValue(4)
    dialog.minutes_spin.setValue(30)
    dialog.save()
    assert "2024-06-03 已记录 4.0 小时，再加 4.5 小时超过每天最多 8.0 小时" \
        in dialog.error_label.text()
    assert dialog.isVisible()
    assert counts(vdb) == before
    assert li


def test_the_month_exports_for_the_platform_and_names_missing_numbers(
        qtbot, vdb: Database, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    li = volunteer(vdb, "李志远", 11, "BJV2400011")
    wang = volunteer(vdb, "王晓红", 12)
    with vdb.transaction():
        vdb.execute("UPDATE volunteer SET volunteer_number = '' WHERE person_id = ?", (wang,))
    serve(vdb, li, "2024-06-03", 240, "助餐", "午餐分餐")
    serve(vdb, wang, "2024-06-04", 90, "文体活动", "带领手工课")
    tab = open_tab(qtbot, vdb, tmp_path)
    assert tab.export_button.accessibleName() == "把本月的志愿服务记录导出为志愿北京用的 Excel"
    assert tab.export_to(tmp_path / "志愿北京") == 2
    sheet = load_workbook(tmp_path / "志愿北京.xlsx").active
    assert sheet is not None
    assert [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        ["BJV2400011", "李志远", datetime(2024, 6, 3), 4.0, "助餐", "午餐分餐"],
        [None, "王晓红", datetime(2024, 6, 4), 1.5, "文体活动", "带领手工课"]]
    status = tab.status_label.text()
    assert "已导出 2 条志愿服务记录" in status
    assert "1 位志愿者没有志愿北京编号，编号一栏为空：王晓红" in status


def test_a_bad_column_setting_is_shown_and_nothing_written(
        qtbot, vdb: Database, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.models.admin import centre

    serve(vdb, volunteer(vdb, "李志远", 11, "BJV2400011"), "2024-06-03", 240)
    with vdb.transaction():
        centre.set_setting(vdb, "volunteer.platform_columns", "name,phone")
    tab = open_tab(qtbot, vdb, tmp_path)
    assert tab.export_to(tmp_path / "志愿北京.xlsx") is None
    assert "列“phone”不认识" in tab.status_label.text()
    boxes = [b.text() for b in tab.findChildren(QMessageBox) if b.isVisible()]
    assert any("列“phone”不认识" in text for text in boxes)
    assert not list(tmp_path.glob("*.xlsx"))
