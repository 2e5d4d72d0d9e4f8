"""The 突发事件 tab driven as staff would: report from the keyboard, what happened required,
complete and close (a serious one only with the family told and a follow-up), void, the
filters, the home-page alert while open, the printed report, and no identifiers in the list."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models.care import incidents
from desktop.models.care.incidents import IncidentInput
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.reporting import dashboard
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.incident_dialog import IncidentDialog
from desktop.ui.care.incident_print import incident_form
from desktop.ui.care.incidents_tab import IncidentsTab
from desktop.ui.common.printed_form import write_form_pdf
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF, make_id_number, submit_month
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.conftest import type_text, unnamed_interactive_widgets

_OPEN: list[CarePage] = []


@pytest.fixture(autouse=True)
def _forget_pages() -> object:
    yield
    _OPEN.clear()


@pytest.fixture
def centre(db: Database) -> CareCentre:
    db.clock = FixedClock(CARE_NOW)
    return care_centre(db)


def open_tab(qtbot, db: Database, tmp_path) -> IncidentsTab:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page = CarePage(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(page)
    _OPEN.append(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab = page.tab("incidents")
    assert isinstance(tab, IncidentsTab)
    return tab


def open_dialog(qtbot, tab: IncidentsTab, incident_id: int | None) -> IncidentDialog:
    dialog = tab.make_dialog(incident_id)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def report(db: Database, person_id: int | None, severity: str = "严重",
           occurred_at: str = "2024-05-13 10:20", kind: str = "跌倒") -> int:
    return incidents.report_incident(db, IncidentInput(
        occurred_at, person_id, kind, severity, "午餐前起身时滑倒，右手腕着地。", place="餐厅",
        action_taken="冰敷，送医"), actor=STAFF)


def written(db: Database) -> tuple[object, ...]:
    return (db.scalar("SELECT count(*) FROM audit_log"),
            tuple(tuple(r) for r in db.query("SELECT * FROM care_incident ORDER BY id")))


def cells(tab: IncidentsTab) -> list[list[str]]:
    model = tab.model
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def care_alerts(db: Database) -> list[dashboard.Alert]:
    return [a for a in dashboard.alerts(db, CARE_NOW) if a.key.startswith("care.incident.")]


def test_an_incident_is_reported_from_the_keyboard(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    assert tab.model.rowCount() == 0
    assert unnamed_interactive_widgets(tab) == []
    dialog = open_dialog(qtbot, tab, None)
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.occurred_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2024-05-13 12:00"
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.person_combo
    # Day-care members first, then the others signed in that day.
    assert [dialog.person_combo.itemText(n) for n in range(dialog.person_combo.count())] == [
        "（不涉及具体人员）", "李强", "王芳", "赵敏", "孙丽"]
    qtbot.keyClick(dialog.person_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.person_combo, Qt.Key.Key_Down)
    assert dialog.person_combo.currentText() == "王芳"
    qtbot.keyClick(dialog.person_combo, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_End)
    assert dialog.severity_combo.currentData() == "严重"
    qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, dialog.place_edit, "餐厅")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.what_edit
    type_text(qtbot, dialog.what_edit, "午餐前滑倒，右手腕着地")
    qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Tab)  # Tab leaves the text, as elsewhere
    assert QApplication.focusWidget() is dialog.action_edit
    type_text(qtbot, dialog.action_edit, "冰敷，送医")
    # Alt+S presses 保存 (a mnemonic animates the click, so wait for it to land).
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.action_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert not dialog.isVisible()
    (found,) = incidents.incidents(db, actor=STAFF)
    assert (found.person_name, found.kind, found.severity, found.place, found.what_happened,
            found.action_taken, found.occurred_at) == (
        "王芳", "跌倒", "严重", "餐厅", "午餐前滑倒，右手腕着地", "冰敷，送医", "2024-05-13T12:00")
    assert cells(tab) == [["2024-05-13 12:00", "王芳", "跌倒", "严重", "未结案", "餐厅",
                           "未通知", "午餐前滑倒，右手腕着地"]]
    assert tab.status_label.text() == "✓ 突发事件已保存"


def test_an_incident_without_what_happened_is_refused_beside_the_field(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    dialog = open_dialog(qtbot, tab, None)
    type_text(qtbot, dialog.place_edit, "活动室")
    before = written(db)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_error("what_happened") == \
        "请写明发生了什么（事件经过）：这是突发事件报告的主要内容"
    assert QApplication.focusWidget() is dialog.what_edit
    assert written(db) == before
    assert tab.model.rowCount() == 0


def test_family_told_needs_who_and_when_together(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    tab = open_tab(qtbot, db, tmp_path)
    dialog = open_dialog(qtbot, tab, None)
    assert not dialog.told_name_edit.isEnabled()
    type_text(qtbot, dialog.what_edit, "与他人争吵")
    dialog.told_check.setFocus()
    qtbot.keyClick(dialog.told_check, Qt.Key.Key_Space)
    assert dialog.told_name_edit.isEnabled() and dialog.told_at_edit.isEnabled()
    before = written(db)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("guardian_told_name") == "通知了哪位家属和通知时间要一起填写"
    assert written(db) == before


def test_a_serious_incident_closes_once_completed_and_leaves_the_home_page(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    incident_id = report(db, centre.members[0])
    assert [a.key for a in care_alerts(db)] == [f"care.incident.{incident_id}"]
    tab = open_tab(qtbot, db, tmp_path)
    assert tab.selected_id() == incident_id
    # What is missing is said before any question is asked.
    before = written(db)
    assert tab.make_close_box() is None
    assert tab.status_label.text() == (
        "⚠ 严重的事件结案前请先补全：通知了哪位家属、通知家属的时间、后续跟进。"
        "请点“编辑”补充后再结案。")
    assert written(db) == before
    assert cells(tab)[0][4] == "未结案"
    # Completed through the form, it closes, and the home page no longer shows it.
    dialog = open_dialog(qtbot, tab, incident_id)
    assert dialog.what_edit.toPlainText() == "午餐前起身时滑倒，右手腕着地。"
    dialog.told_check.setChecked(True)
    type_text(qtbot, dialog.told_name_edit, "王家长")
    dialog.told_at_edit.setDateTime(dialog.occurred_edit.dateTime().addSecs(20 * 60))
    type_text(qtbot, dialog.follow_edit, "家长带去复查")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cells(tab)[0][6] == "王家长 2024-05-13 10:40"
    box = tab.make_close_box()
    assert box is not None
    box.show()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert cells(tab)[0][4] == "已结案"
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == \
        "已结案（2024-05-13 12:00，staff）"
    assert not tab.edit_button.isEnabled() and not tab.close_button.isEnabled()
    assert care_alerts(db) == []


def test_void_with_a_reason_and_the_filters(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    april = report(db, centre.members[1], severity="一般", occurred_at="2024-04-30 15:00")
    may = report(db, centre.members[0], severity="较重", kind="擅自离开")
    tab = open_tab(qtbot, db, tmp_path)
    assert [tab.month_combo.itemText(n) for n in range(tab.month_combo.count())] == [
        "全部月份", "2024-05", "2024-04"]
    assert tab.count_label.text() == "共 2 起，未结案 2 起（其中较重或严重 1 起）"
    tab.month_combo.setCurrentIndex(tab.month_combo.findData("2024-04"))
    assert [row[1] for row in cells(tab)] == ["李强"]
    tab.month_combo.setCurrentIndex(0)
    tab.reload_list(select=may)
    dialog = tab.make_void_dialog()
    assert dialog is not None
    dialog.show()
    type_text(qtbot, dialog.reason_edit, "重复登记")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert cells(tab)[0][4] == "已作废"
    assert tab.model.index(0, 4).data(Qt.ItemDataRole.AccessibleTextRole) == "已作废（重复登记）"
    assert not tab.void_button.isEnabled() and tab.print_button.isEnabled()
    assert care_alerts(db) == []
    tab.open_check.setChecked(True)
    assert tab.model.rowCount() == 1 and tab.model.row_data(0).id == april  # type: ignore[union-attr]


def test_a_closed_month_refuses_new_incidents_but_keeps_the_follow_up_open(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    incident_id = report(db, centre.members[0])
    db.clock = FixedClock(datetime(2024, 6, 5, 9, 0))
    submit_month(db, "2024-05", today=date(2024, 6, 5))
    tab = open_tab(qtbot, db, tmp_path)
    tab.reload_list(select=incident_id)
    assert tab.edit_button.isEnabled() and tab.close_button.isEnabled()
    assert not tab.void_button.isEnabled()
    assert "2024-05 已报送关账" in tab.closed_label.text()
    dialog = open_dialog(qtbot, tab, incident_id)
    assert not dialog.occurred_edit.isEnabled() and not dialog.severity_combo.isEnabled()
    assert dialog.save_button.isEnabled()
    type_text(qtbot, dialog.follow_edit, "六月初已康复")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert incidents.get_incident(db, incident_id, actor=STAFF).follow_up == "六月初已康复"
    # A new one dated in the closed month cannot be saved.
    new = open_dialog(qtbot, tab, None)
    new.occurred_edit.setDateTime(dialog.occurred_edit.dateTime())
    assert not new.save_button.isEnabled()
    assert new.closed_label.text() == "⚠ 2024-05 已报送关账，记录只读"


def test_the_list_names_the_person_and_nothing_that_identifies_them_further(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    report(db, centre.members[0])
    tab = open_tab(qtbot, db, tmp_path)
    shown = " ".join(" ".join(row) for row in cells(tab))
    assert "王芳" in shown
    for secret in (make_id_number(seq=101), "WH000101", "13900001111"):
        assert secret not in shown


def test_the_incident_report_prints_every_field_and_the_sign_off(
        qtbot, db: Database, centre: CareCentre, tmp_path, themed) -> None:
    incident_id = report(db, centre.members[0])
    incidents.update_incident(db, incident_id, IncidentInput(
        "2024-05-13 10:20", centre.members[0], "跌倒", "严重", "午餐前起身时滑倒，右手腕着地。\n"
        "护理员扶起后检查，右腕肿胀。", place="餐厅", action_taken="冰敷，送医",
        guardian_told_name="王家长", guardian_told_at="2024-05-13 10:40",
        follow_up="明天电话询问复查结果"), actor=STAFF)
    found = incidents.get_incident(db, incident_id, actor=STAFF)
    pdf = PrintedPdf(write_form_pdf(incident_form(found, "测试温馨家园"),
                                    tmp_path / "突发事件报告.pdf"))
    assert len(pdf) == 1
    text = pdf.texts[0]
    for expected in ("测试温馨家园突发事件报告", "内含健康信息，注意保密", "发生时间",
                     "2024-05-13 10:20", "地点", "餐厅", "当事人", "王芳", "事件类型", "跌倒",
                     "严重程度", "严重", "事件经过", "午餐前起身时滑倒，右手腕着地。",
                     "护理员扶起后检查，右腕肿胀。", "处理措施", "冰敷，送医", "通知家属",
                     "王家长 2024-05-13 10:40", "后续跟进", "明天电话询问复查结果", "状态",
                     "未结案", "报告人", "负责人", "家属签字", "单位（盖章）", "日期",
                     "第 1 页，共 1 页"):
        assert expected in text, expected
    assert make_id_number(seq=101) not in text and "13900001111" not in text
    pdf.close()
    # The tab offers the same report in a print preview.
    tab = open_tab(qtbot, db, tmp_path)
    preview = tab.make_preview()
    assert preview is not None and preview.windowTitle() == "突发事件报告打印预览"
    preview.deleteLater()
