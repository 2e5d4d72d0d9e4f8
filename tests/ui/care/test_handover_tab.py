"""The 离站交接 tab driven as staff would, from the keyboard: pick a member, the collector
from their list or someone else with a reason, the time; members still here after closing
time flagged in words; voiding and recording again; a closed month read-only."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.models.attendance import attendance
from desktop.models.care import handover
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.handover_tab import OTHER, HandoverTab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_DAY, CareCentre, care_centre
from tests.conftest import STAFF, submit_month
from tests.ui.conftest import type_text, unnamed_interactive_widgets

DAY = CARE_DAY.isoformat()
EVENING = datetime.combine(CARE_DAY, time(17, 20))


@pytest.fixture
def clock(db: Database) -> FixedClock:
    db.clock = FixedClock(EVENING)
    return db.clock


@pytest.fixture
def centre(db: Database, clock: FixedClock) -> CareCentre:
    return care_centre(db)


# The pages opened by a test, kept alive until it ends (qtbot holds them weakly).
_OPEN: list[CarePage] = []


@pytest.fixture(autouse=True)
def _forget_pages() -> object:
    yield
    _OPEN.clear()


def open_tab(qtbot, db: Database, tmp_path) -> HandoverTab:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page = CarePage(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(page)
    _OPEN.append(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab = page.tab("handover")
    assert isinstance(tab, HandoverTab)
    return tab


def written(db: Database) -> tuple[object, ...]:
    return (db.scalar("SELECT count(*) FROM care_handover"),
            db.scalar("SELECT count(*) FROM audit_log"),
            tuple(tuple(r) for r in db.query("SELECT id, signed_out_at FROM sign_in")))


def sign_out_of(db: Database, person_id: int) -> str | None:
    record = attendance.todays_sign_in(db, person_id, DAY)
    assert record is not None
    return record.signed_out_at


def row_texts(tab: HandoverTab) -> dict[str, list[str]]:
    model = tab.model
    return {str(model.index(r, 0).data()): [str(model.index(r, c).data())
                                            for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_members_still_here_after_closing_time_are_flagged_in_words(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    assert list(row_texts(tab)) == ["李强", "王芳", "赵敏"]  # day-care members only
    assert row_texts(tab)["王芳"][-1] == "⚠ 已过闭馆时间，仍在中心"
    assert tab.late_label.isVisible()
    assert tab.late_label.text() == "⚠ 已过闭馆时间，仍未接走：李强、王芳、赵敏。请联系家属。"
    assert tab.summary_label.text() == \
        "闭馆时间 17:00；已签到 3 人，已登记接走 0 人，仍在中心 3 人"
    # Before closing time nobody is flagged.
    db.clock = FixedClock(datetime.combine(CARE_DAY, time(16, 0)))
    tab.reload()
    assert not tab.late_label.isVisible()
    assert row_texts(tab)["王芳"][-1] == "仍在中心"
    assert unnamed_interactive_widgets(tab) == []


def test_a_pickup_from_the_list_is_recorded_from_the_keyboard(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)  # 李强 → 王芳
    assert tab.member_label.text() == "王芳"
    assert tab.pickup_combo.currentText() == "王家长（父亲）·监护人"
    assert tab.time_edit.text() == "17:20"  # now
    tab.time_edit.setFocus()
    tab.time_edit.selectAll()
    qtbot.keyClicks(tab.time_edit, "17:05")
    qtbot.keyClick(tab.time_edit, Qt.Key.Key_Return)
    wang = centre.members[0]
    (record,) = [m for m in handover.handover_day(db, DAY, actor=STAFF) if m.person_id == wang]
    assert record.handover is not None
    assert (record.handover.collector_name, record.handover.collected_at) == ("王家长", "17:05")
    assert sign_out_of(db, wang) == f"{DAY}T17:05:00"
    assert row_texts(tab)["王芳"][2:] == ["17:05", "王家长（父亲）", "17:05", "已接走"]
    assert tab.status_label.text() == "✓ 已登记 王芳 离站"
    assert tab.late_label.text() == "⚠ 已过闭馆时间，仍未接走：李强、赵敏。请联系家属。"
    # The selection moved on to the first member still here, ready for the next one.
    assert tab.member_label.text() == "李强" and tab.record_button.isEnabled()
    # The recorded member cannot be recorded twice; the form says how to correct it.
    tab.select_member(wang)
    assert not tab.record_button.isEnabled() and tab.void_button.isEnabled()
    assert tab.done_label.text() == "已登记：王家长 17:05 接走。如有错误，请先作废再重新登记。"


def test_someone_else_without_a_reason_is_refused_then_recorded_with_one(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    tab.select_member(centre.members[2])  # 赵敏
    assert not tab.name_edit.isEnabled() and not tab.reason_edit.isEnabled()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.pickup_combo
    qtbot.keyClick(tab.pickup_combo, Qt.Key.Key_End)
    assert tab.pickup_combo.currentData() == OTHER
    assert tab.name_edit.isEnabled() and tab.reason_edit.isEnabled()
    qtbot.keyClick(tab.pickup_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.name_edit
    type_text(qtbot, tab.name_edit, "张阿姨")
    before = written(db)
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert tab.field_error("reason") == (
        "“张阿姨”不在赵敏的接送名单上：请写明由他接走的原因（例如：家长电话委托），"
        "或先在照料档案中添加这位接送人")
    assert QApplication.focusWidget() is tab.reason_edit
    assert tab.status_label.text() == "⚠ 未登记：请按提示修改"
    assert written(db) == before
    type_text(qtbot, tab.reason_edit, "家长电话委托邻居")
    qtbot.keyClick(tab.reason_edit, Qt.Key.Key_Return)
    assert row_texts(tab)["赵敏"][3:] == ["张阿姨", "17:20", "已接走（名单外：家长电话委托邻居）"]
    assert tab.field_error("reason") == ""


def test_a_time_outside_the_day_is_refused_beside_the_field(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    tab.select_member(centre.members[1])
    tab.time_edit.setFocus()
    tab.time_edit.selectAll()
    qtbot.keyClicks(tab.time_edit, "25:00")
    before = written(db)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert tab.field_error("collected_at") == \
        "时间“25:00”不在一天之内：请写成 时:分，例如 08:30 或 13:00"
    assert written(db) == before


def test_void_with_a_reason_then_record_again(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    member = centre.members[1]
    handover.record_handover(db, member, DAY, pickup_id=centre.pickups[member],
                             collected_at="16:40", actor=STAFF)
    tab = open_tab(qtbot, db, tmp_path)
    tab.select_member(member)
    dialog = tab.make_void_dialog()
    assert dialog is not None
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason_edit, "时间记错")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert row_texts(tab)["李强"][-1] == "⚠ 已过闭馆时间，仍在中心"
    assert sign_out_of(db, member) is None
    assert tab.selected_member().person_id == member  # type: ignore[union-attr]
    assert tab.record_button.isEnabled()
    tab.time_edit.setText("16:50")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert row_texts(tab)["李强"][4] == "16:50"


def test_an_earlier_day_defaults_to_closing_time_and_a_closed_month_is_read_only(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    db.clock = FixedClock(datetime(2024, 6, 5, 9, 0))
    submit_month(db, "2024-05", today=date(2024, 6, 5))
    tab = open_tab(qtbot, db, tmp_path)
    assert tab.model.rowCount() == 0  # nobody signed in on 6 June
    tab.set_day(CARE_DAY)
    assert tab.model.rowCount() == 3
    assert tab.time_edit.text() == "17:00"
    assert not tab.record_button.isEnabled()
    assert tab.done_label.text() == "⚠ 2024-05 已报送关账，记录只读"
