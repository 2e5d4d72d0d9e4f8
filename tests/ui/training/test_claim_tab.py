"""The 补贴申请 tab of the 职业培训 page, made by ``make_tab`` as the page makes it: a course's
trainees, the claim's totals in words and 大写; registering (numbered once), the workbook, the
printed form as PDF and voiding with a reason; a course that has not ended shows the refusal
and nothing can be registered (nothing written)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox

from desktop.models.db import Database
from desktop.models.training import completion
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.training.claim_tab import ClaimTab, make_tab
from tests.conftest import STAFF, save_centre_profile
from tests.models.training.training_support import (
    clock,
    course_with_trainees,
    rows,
    teach_to_end,
    trainee,
    training_db,
)
from tests.ui.common.pdf_reading import PrintedPdf

__all__ = ["training_db"]


def _tab(qtbot, db: Database, tmp_path: Path) -> ClaimTab:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    tab = make_tab(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    return tab


def _ended(db: Database) -> int:
    save_centre_profile(db)
    course = course_with_trainees(db)
    teach_to_end(course)  # the clock: 1 July 2024
    for enrolment in (course.enrolments[0], course.enrolments[2]):
        completion.complete(db, enrolment, actor=STAFF, day="2024-06-30")
    return course.id


def test_register_export_print_and_void(qtbot, training_db: Database, tmp_path: Path) -> None:
    course_id = _ended(training_db)
    tab = _tab(qtbot, training_db, tmp_path)
    assert tab.course_id() == course_id
    assert tab.course_combo.currentText() == "西点烘焙初级班（2024-05-06 至 2024-06-28）"
    assert [line.name for line in tab.model.rows()] == [
        "李四", "王五", "张三"]
    # Why 李四 gets nothing: 12 of 16 sessions (75 %) under the 80 % rule.
    assert [tab.model.index(n, 7).data() for n in range(3)] == ["出勤率未达 80%", "", ""]
    assert tab.summary_label.text() == (
        "补贴标准：按结业人数，每人 800.00 元。学员 3 人，结业 2 人，出勤 80 小时；"
        "申请金额 1,600.00 元（壹仟陆佰元整）；尚未登记：登记后才能导出申请表，登记前打印的是草稿")
    assert tab.register_button.isEnabled() and not tab.void_button.isEnabled()
    # Not registered: no workbook for the district, and the printed form is a draft.
    assert not tab.export_button.isEnabled()
    assert tab.export(tmp_path / "early.xlsx") is None
    assert tab.status_label.text() == "⚠ 申请还没有登记：请先“登记申请”，再导出申请表"
    assert not (tmp_path / "early.xlsx").exists()
    draft = tab.save_pdf(tmp_path / "draft")
    assert draft is not None
    draft_pdf = PrintedPdf(draft)
    text = " ".join(" ".join(draft_pdf.texts).split())
    draft_pdf.close()
    assert "职业培训补贴申请表（草稿，未登记）" in text and "申请编号：（草稿，未登记）" in text
    assert text.count("草稿，未登记") == 2 + len(draft_pdf)  # title, number line, every header
    box = tab.ask_register()
    assert box is not None and "结业 2 人，金额 1,600.00 元" in box.text()
    box.accept()
    number = str(training_db.scalar("SELECT number FROM training_claim"))
    assert number == "PXBT-XC-T-01-2024-0001"
    assert tab.status_label.text() == f"✓ 已登记培训补贴申请 {number}，金额 1,600.00 元"
    assert tab.summary_label.text().endswith(f"已登记，编号 {number}（2024-07-01）")
    assert tab.course_combo.currentText().endswith(f"：已申请 {number}")
    assert not tab.register_button.isEnabled() and tab.void_button.isEnabled()
    written = tab.export(tmp_path / "claim")
    assert written == tmp_path / "claim.xlsx"
    sheet = load_workbook(written).active
    assert sheet["A2"].value == f"申请编号：{number}　　申请日期：2024-07-01"
    assert tab.export_button.isEnabled()
    pdf = tab.save_pdf(tmp_path / "claim")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    printed = PrintedPdf(pdf)
    text = " ".join(" ".join(printed.texts).split())
    printed.close()
    assert "草稿" not in text and f"申请编号：{number}" in text
    assert tab.make_preview() is not None
    dialog = tab.ask_void()
    assert dialog is not None
    dialog.reason_edit.setText("金额有误")
    dialog.accept()
    assert training_db.scalar("SELECT void_reason FROM training_claim") == "金额有误"
    assert tab.status_label.text() == f"✓ 已作废培训补贴申请 {number}"
    assert tab.register_button.isEnabled()


def test_a_course_not_ended_cannot_be_claimed(qtbot, training_db: Database,
                                              tmp_path: Path) -> None:
    save_centre_profile(training_db)
    course = course_with_trainees(training_db)  # the clock: 3 June 2024; ends 28 June
    tab = _tab(qtbot, training_db, tmp_path)
    assert tab.choose_course(course.id)
    assert tab.course_combo.currentText().endswith("：未结束")
    reason = "课程“西点烘焙初级班”2024-06-28 才结束：课程结束后才能申请培训补贴"
    assert tab.summary_label.text() == "⚠ " + reason
    assert tab.model.rowCount() == 0
    for button in (tab.register_button, tab.export_button, tab.print_button, tab.pdf_button,
                   tab.void_button):
        assert not button.isEnabled()
    before = rows(training_db)
    assert not tab.register()
    assert tab.status_label.text() == "⚠ " + reason
    assert tab.make_preview() is None and tab.export(tmp_path / "c.xlsx") is None
    assert rows(training_db) == before
    assert not (tmp_path / "c.xlsx").exists()
    # Once it has ended it could be claimed, but nobody has completed: the button is off and
    # the summary says why; asked anyway, the models' reason, nothing asked or written.
    clock(training_db).set(datetime(2024, 7, 1, 9, 0))
    tab.refresh()
    assert tab.course_id() == course.id and not tab.register_button.isEnabled()
    assert tab.summary_label.text().endswith(
        "结业 0 人，出勤 0 小时；申请金额 0.00 元（零元整）；"
        "尚未登记：没有结业学员，不能登记申请（先在“结业”里办理结业）")
    assert tab.ask_register() is None and tab.register_box is None
    assert tab.status_label.text() == (
        "⚠ 课程“西点烘焙初级班”还没有学员结业，没有可申请的补贴：请先办理结业")
    assert rows(training_db) == before


def test_every_control_is_named_and_reached_by_keyboard(qtbot, training_db: Database,
                                                        tmp_path: Path) -> None:
    _ended(training_db)
    tab = _tab(qtbot, training_db, tmp_path)
    controls = [*tab.findChildren(QAbstractButton), *tab.findChildren(QComboBox),
                *tab.findChildren(QSpinBox), tab.table]
    assert all(c.accessibleName() for c in controls if c.isVisible())
    buttons = [b.text() for b in tab.findChildren(QAbstractButton) if b.isVisible()]
    assert all("&" in text for text in buttons), buttons
    assert tab.year_spin.value() == 2024
    tab.year_spin.setValue(2023)
    assert tab.course_combo.count() == 0 and tab.summary_label.text() == "这一年没有培训课程"


def test_why_a_trainee_gets_nothing(qtbot, training_db: Database, tmp_path: Path) -> None:
    from desktop.models.training import enrolment

    save_centre_profile(training_db)
    course = course_with_trainees(training_db, assessment_required=True)
    teach_to_end(course)  # the clock: 1 July 2024
    completion.record_assessment(training_db, course.enrolments[0], "passed", actor=STAFF)
    completion.record_assessment(training_db, course.enrolments[2], "failed", actor=STAFF)
    completion.complete(training_db, course.enrolments[0], actor=STAFF, day="2024-06-30")
    enrolment.withdraw(training_db, course.enrolments[1], "找到工作", actor=STAFF,
                       day="2024-06-10")
    tab = _tab(qtbot, training_db, tmp_path)
    notes = {tab.model.index(n, 0).data(): tab.model.index(n, 7).data()
             for n in range(tab.model.rowCount())}
    assert notes == {"张三": "", "李四": "2024-06-10 退出", "王五": "考核不合格"}


def test_sixteen_trainees_the_last_rows_stay_with_the_total_and_sign_off(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    from desktop.models.training import enrolment

    save_centre_profile(training_db)
    course = course_with_trainees(training_db, capacity=20)
    clock(training_db).set(datetime(2024, 5, 6, 9, 0))
    for seq in range(4, 17):
        enrolment.enrol(training_db, course.id, trainee(training_db, f"学员{seq:02d}", seq),
                        actor=STAFF)
    clock(training_db).set(datetime(2024, 7, 1, 9, 0))
    tab = _tab(qtbot, training_db, tmp_path)
    assert tab.choose_course(course.id) and tab.model.rowCount() == 16
    written = tab.save_pdf(tmp_path / "claim16")
    assert written is not None
    pdf = PrintedPdf(written)
    try:
        last = len(pdf) - 1
        assert last >= 1
        assert pdf.pages_with("合计") == [last] and pdf.pages_with("经办人") == [last]
        # The total is not alone with the signatures: trainees' rows come with it.
        page = pdf.texts[last]
        assert sum(name in page for name in [r.name for r in tab.model.rows()]) >= 2, page
    finally:
        pdf.close()
