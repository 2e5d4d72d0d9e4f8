"""The 照料档案 tab with real widgets: the list with review and guardian warnings in words,
Enter opening the profile, the profile dialog (profile, medication, pick-up people), the plan
dialog (services grid, signature, review), the printed plan and the review-interval setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.models.care import medication_schedule, pickups, plans
from desktop.models.care.day_care import review_months
from desktop.models.care.plans import PlanInput, PlanServiceInput
from desktop.models.care.profile import load_profile
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.medication_dialog import MedicationDialog
from desktop.ui.care.pickup_dialog import PickupDialog
from desktop.ui.care.plan_dialog import PlanDialog, ReviewDialog
from desktop.ui.care.plan_print import frequency_text, load_plan_print, plan_html, write_plan_pdf
from desktop.ui.care.profile_dialog import ProfileDialog
from desktop.ui.care.profile_tab import ProfileTab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_NOW, CareCentre, add_day_care_member, care_centre
from tests.conftest import STAFF, not_none
from tests.models.care.profile_support import audit_rows, care_rows
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.conftest import type_text, unnamed_interactive_widgets

SERVICES = (PlanServiceInput("rehab", "135", 40, "独立行走十米"),
            PlanServiceInput("lunch", "12345"))


@pytest.fixture
def care_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "care.db", clock=FixedClock(CARE_NOW))
    try:
        yield database
    finally:
        _PAGES.clear()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        database.close()


@pytest.fixture
def centre(care_db: Database) -> CareCentre:
    """王芳 with an overdue plan review, 李强 without an active guardian, 赵敏 without a plan."""
    made = care_centre(care_db)
    plans.create_plan(care_db, made.members[0], PlanInput(
        "提高生活自理能力", "2024-01-02", "2024-05-01", SERVICES), actor=STAFF)
    pickups.deactivate_pickup(care_db, made.pickups[made.members[1]], actor=STAFF)
    return made


# The care pages the tests opened, kept alive until the test ends (qtbot holds them weakly).
_PAGES: list[CarePage] = []


def open_tab(qtbot, db: Database, ui_settings: UiSettings) -> ProfileTab:
    """The 照料档案 tab of a 日间照料 page at a normal window size."""
    page = CarePage(PageContext(db, STAFF, ui_settings, ShellSignals()))
    qtbot.addWidget(page)
    _PAGES.append(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab("profiles")
    assert isinstance(tab, ProfileTab)
    return tab


def cell(tab: ProfileTab, name: str, header: str) -> str:
    model = tab.model
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 0)) == name)
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return str(model.data(model.index(row, column)))


def test_the_list_says_what_needs_doing_in_words(qtbot, care_db: Database, centre: CareCentre,
                                                 ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, care_db, ui_settings)
    assert tab.model.rowCount() == 3  # 孙丽 is not in the programme
    assert cell(tab, "王芳", "服务计划评估") == "2024-05-01（⚠ 评估已逾期）"
    assert cell(tab, "赵敏", "服务计划评估") == "未制定计划"
    assert cell(tab, "李强", "监护人") == "⚠ 无监护人"
    assert cell(tab, "王芳", "监护人") == "1 人"
    assert cell(tab, "王芳", "风险") == "走失" and cell(tab, "王芳", "用药") == "1 种"
    assert tab.summary_label.text() == ("共 3 人；评估逾期 1 人，14天内到期 0 人，"
                                        "未制定计划 2 人，无监护人 1 人")
    assert not unnamed_interactive_widgets(tab)


def test_enter_on_a_member_opens_their_profile(qtbot, care_db: Database, centre: CareCentre,
                                               ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, care_db, ui_settings)
    tab.select(centre.members[2])
    tab.table.setFocus()
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog):
            QTimer.singleShot(20, close_it)
            return
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert seen == ["照料档案 – 赵敏"]


def test_a_profile_edited_in_the_dialog_is_stored(qtbot, care_db: Database, centre: CareCentre,
                                                  ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, care_db, ui_settings)
    tab.select(centre.members[0])
    dialog = not_none(tab.profile_dialog())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    assert dialog.allergies_edit.text() == "青霉素" and dialog.risk_checks["走失"].isChecked()
    dialog.self_care_combo.setCurrentIndex(dialog.self_care_combo.findData("不能自理"))
    type_text(qtbot, dialog.restrictions_edit, "低盐")
    dialog.texture_combo.setCurrentIndex(dialog.texture_combo.findData("碎食"))
    type_text(qtbot, dialog.doctor_edit, "刘医生")
    dialog.risk_checks["癫痫"].setChecked(True)
    type_text(qtbot, dialog.doctor_phone_edit, "6601")
    before = care_rows(care_db)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("doctor_phone") == (
        "医生电话：电话格式不正确：手机号11位，座机如 010-66012345 或 66012345")
    assert dialog.status_label.text() == "⚠ 未保存：请按提示修改"
    assert care_rows(care_db) == before
    dialog.doctor_phone_edit.clear()
    type_text(qtbot, dialog.doctor_phone_edit, "010-66012345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "✓ 档案已保存"
    stored = not_none(load_profile(care_db, centre.members[0], actor=STAFF)).data
    assert (stored.self_care, stored.diet_restrictions, stored.diet_texture, stored.doctor,
            stored.doctor_phone, stored.risks) == ("不能自理", "低盐", "碎食", "刘医生",
                                                   "010-66012345", ("走失", "癫痫"))
    assert [e["action"] for e in audit_rows(care_db, "care_profile")] == ["update"]
    assert dialog.changed


def test_a_new_member_gets_a_profile_then_medication_and_pick_up_people(
        qtbot, care_db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    newcomer = add_day_care_member(care_db, "周杰", 150, profile=False)
    tab = open_tab(qtbot, care_db, ui_settings)
    assert cell(tab, "周杰", "照料档案") == "⚠ 未建"
    tab.select(newcomer)
    assert not tab.plan_button.isEnabled()
    dialog = not_none(tab.profile_dialog())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.add_medication_button.isEnabled()
    assert not dialog.add_pickup_button.isEnabled()
    assert dialog.guardian_note.text() == "⚠ 还没有监护人：请添加至少一位监护人"
    assert dialog.save()
    assert dialog.add_medication_button.isEnabled() and dialog.add_pickup_button.isEnabled()

    medication = MedicationDialog(care_db, STAFF, newcomer, dialog)
    qtbot.addWidget(medication)
    assert not unnamed_interactive_widgets(medication)
    type_text(qtbot, medication.medicine_edit, "奥氮平片")
    type_text(qtbot, medication.dose_edit, "5mg")
    type_text(qtbot, medication.times_edit, "8:00, 24:00")
    before = care_rows(care_db)
    medication.save()
    assert medication.field_error("times") == (
        "时间“24:00”不在一天之内：请写成 时:分，例如 08:30 或 13:00")
    assert care_rows(care_db) == before
    medication.times_edit.clear()
    type_text(qtbot, medication.times_edit, "8:00, 20:00")
    medication.save()
    assert medication.result() == QDialog.DialogCode.Accepted
    [schedule] = medication_schedule.schedules(care_db, newcomer, actor=STAFF)
    assert schedule.times == ("08:00", "20:00")

    pickup = PickupDialog(care_db, STAFF, newcomer, dialog)
    qtbot.addWidget(pickup)
    assert not unnamed_interactive_widgets(pickup)
    type_text(qtbot, pickup.name_edit, "周母")
    type_text(qtbot, pickup.relation_edit, "母亲")
    type_text(qtbot, pickup.phone_edit, "13800138000")
    pickup.guardian_check.setChecked(True)
    pickup.save()
    assert pickup.result() == QDialog.DialogCode.Accepted
    dialog._reload_lists()
    assert dialog.guardian_note.isHidden()
    assert dialog.medication_model.rowCount() == 1
    assert dialog.pickup_model.data(dialog.pickup_model.index(0, 2)) == "138****8000"
    dialog.pickup_table.selectRow(0)
    qtbot.mouseClick(dialog.deactivate_pickup_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "✓ 已停用接送人：周母"
    assert pickups.pickups(care_db, newcomer, actor=STAFF) == []
    assert len(pickups.pickups(care_db, newcomer, actor=STAFF, include_inactive=True)) == 1


def test_a_plan_is_made_in_the_dialog_with_its_services_and_signature(
        qtbot, care_db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    person_id = centre.members[2]
    dialog = PlanDialog(care_db, STAFF, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    assert dialog.plan_combo.currentText() == "新建计划"
    # The review follows the start by the interval (3 months).
    assert (dialog.starts_edit.date().toString("yyyy-MM-dd"),
            dialog.review_edit.date().toString("yyyy-MM-dd")) == ("2024-05-13", "2024-08-13")
    type_text(qtbot, dialog.goals_edit, "能独立行走十米")
    rehab = next(row for row in dialog.service_rows if row.service.key == "rehab")
    for day in (0, 2, 4):
        rehab.day_checks[day].setChecked(True)
    assert rehab.minutes_spin is not None
    rehab.minutes_spin.setValue(40)
    dialog.signed_check.setChecked(True)
    type_text(qtbot, dialog.signer_edit, "赵家长")
    dialog.review_edit.setDate(dialog.starts_edit.date().addDays(-1))
    before = care_rows(care_db)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("review_on") == (
        "评估日期 2024-05-12 早于计划开始日期 2024-05-13：评估日期应在计划开始之后")
    assert care_rows(care_db) == before
    dialog.review_edit.setDate(dialog.starts_edit.date().addMonths(3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "✓ 新的服务计划已保存"
    plan = not_none(plans.active_plan(care_db, person_id, "2024-05-13", actor=STAFF))
    assert (plan.goals, plan.review_on, plan.guardian_signed_by, plan.guardian_signed_on) == (
        "能独立行走十米", "2024-08-13", "赵家长", "2024-05-13")
    assert [(s.service, s.weekdays, s.minutes) for s in plan.services] == [("rehab", "135", 40)]
    assert dialog.plan_combo.currentText() == "2024-05-13 起（进行中）"

    review = ReviewDialog(care_db, STAFF, plan.id, dialog)
    qtbot.addWidget(review)
    review.save()
    assert review.field_error("review_notes") == "请填写评估意见：目标达成情况和下一步安排"
    type_text(qtbot, review.notes_edit, "进步明显")
    review.save()
    assert review.next_review == "2024-08-13"
    assert plans.load_plan(care_db, plan.id, actor=STAFF).reviewed_on == "2024-05-13"


def test_the_printed_plan_names_the_member_services_and_signatures(
        qtbot, care_db: Database, centre: CareCentre, tmp_path: Path) -> None:
    plan = not_none(plans.active_plan(care_db, centre.members[0], "2024-05-13", actor=STAFF))
    content = load_plan_print(care_db, plan.id, actor=STAFF)
    pdf = PrintedPdf(write_plan_pdf(content, tmp_path / "plan.pdf"))
    try:
        text = " ".join(pdf.texts)
        for expected in ("个别化服务计划", "测试温馨家园", "王芳", "提高生活自理能力",
                         "2024-01-02", "2024-05-01", "康复训练", "每周一、三、五", "40 分钟",
                         "独立行走十米", "午餐", "每周一至五", "监护人签字", "制定人", "负责人",
                         "单位（盖章）", "第 1 页，共 1 页", "含健康信息"):
            assert expected in text, expected
    finally:
        pdf.close()
    assert "每周一至五" in plan_html(content)


@pytest.mark.parametrize(("weekdays", "words"), [
    ("1234567", "每天"), ("12345", "每周一至五"), ("135", "每周一、三、五"),
    ("12346", "每周一至四、六"), ("67", "每周六、日"), ("3", "每周三")])
def test_frequency_in_words(qapp, weekdays: str, words: str) -> None:
    assert frequency_text(weekdays) == words


def test_print_without_a_plan_says_what_to_do(qtbot, care_db: Database, centre: CareCentre,
                                              ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, care_db, ui_settings)
    tab.select(centre.members[2])
    assert tab.plan_to_print() is None
    assert tab.status_label.text() == "⚠ 赵敏 还没有服务计划：请先点“服务计划”制定"
    tab.select(centre.members[0])
    assert not_none(tab.plan_to_print()).member_name == "王芳"


def test_a_new_plan_prints_for_signing_before_it_starts(
        qtbot, care_db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    # The current plan is signed and in force; the next one starts next month and is the
    # paper the guardian must sign now.
    later = plans.create_plan(care_db, centre.members[0], PlanInput(
        goals="下一阶段：独立完成洗手", starts_on="2024-06-01", services=SERVICES), actor=STAFF)
    tab = open_tab(qtbot, care_db, ui_settings)
    tab.select(centre.members[0])
    content = not_none(tab.plan_to_print())
    assert content.plan.id == later and content.plan.goals == "下一阶段：独立完成洗手"


def test_the_review_interval_is_saved_from_the_tab(qtbot, care_db: Database, centre: CareCentre,
                                                   ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, care_db, ui_settings)
    assert tab.months_spin.value() == 3 and tab.months_button.isEnabled()
    tab.months_spin.setValue(6)
    qtbot.mouseClick(tab.months_button, Qt.MouseButton.LeftButton)
    assert tab.status_label.text() == "✓ 已保存：服务计划每 6 个月评估一次"
    assert review_months(care_db) == 6
    assert audit_rows(care_db, "setting")[-1]["after"] == '{"care.review_months": 6}'
