"""课程 with real widgets: the year's courses with their type, form, teacher, dates, places,
sessions held, rule and subsidy; a new course made through its form with its weekly schedule
(exception days skipped, the subsidy typed in 元 and stored in fen) in one action; bad input
(a listed day outside the course's dates, an amount that is not one, an order-based course
without its employer) refused with the reason and nothing written; a course changed and
cancelled with a reason; sessions added and cancelled with a reason; every widget named."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtWidgets import QWidget

from desktop.models.db import Database
from desktop.models.training import courses
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.training.course_schedule import LISTED
from desktop.ui.training.courses_tab import CoursesTab
from desktop.ui.training.training_page import TrainingPage
from tests.conftest import STAFF, submit_month
from tests.models.training.training_support import (
    clock,
    course_with_trainees,
    rows,
    trainee,
    training_db,
    weekly_course,
)
from tests.ui.conftest import type_text, unnamed_interactive_widgets

__all__ = ["training_db"]
TabT = TypeVar("TabT", bound=QWidget)


def open_tab(qtbot, db: Database, tmp_path: Path, tab_id: str, kind: type[TabT]) -> TabT:
    """Tab ``tab_id`` of a new 职业培训 page for staff at 1200×760 (the tab keeps the page
    alive), checked to be a ``kind``."""
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page = TrainingPage(PageContext(db, STAFF, settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab(tab_id)
    assert isinstance(tab, kind)
    tab.training_page = page  # type: ignore[attr-defined]  # keep the page alive
    return tab


def cells(tab: CoursesTab, row: int = 0) -> list[str]:
    return [str(tab.model.index(row, c).data()) for c in range(tab.model.columnCount())]


def day_chosen(tab: CoursesTab) -> str:
    chosen = tab.sessions_panel.selected()
    assert chosen is not None
    return chosen.session.day


def courses_tab(qtbot, db: Database, tmp_path: Path) -> CoursesTab:
    return open_tab(qtbot, db, tmp_path, "courses", CoursesTab)


def test_the_year_lists_each_course_with_its_counts(qtbot, training_db: Database,
                                                   tmp_path: Path) -> None:
    course_with_trainees(training_db)
    tab = courses_tab(qtbot, training_db, tmp_path)
    assert not unnamed_interactive_widgets(tab.training_page)  # type: ignore[attr-defined]
    assert cells(tab) == ["西点烘焙初级班", "西点", "普通培训", "西城区职康中心",
                          "2024-05-06至2024-06-28", "3/3", "9/16", "2024-06-03", "出勤 80%",
                          "800.00元/结业学员", "进行中"]
    # The chosen course's trainees and sessions are shown below it.
    assert tab.enrol_panel.title_label.text() == "学员：西点烘焙初级班　已报 3/3，候补 0"
    assert [tab.enrol_panel.model.index(r, 0).data() for r in range(3)] == ["李四", "王五",
                                                                             "张三"]
    assert tab.sessions_panel.title_label.text() == "课次：共 16 次（取消 0 次）"
    assert day_chosen(tab) == "2024-06-03"  # the next one
    tab.year_spin.setValue(2023)
    assert tab.model.rowCount() == 0
    assert tab.enrol_panel.title_label.text() == "学员：请先在上面选中一门课程"
    assert not tab.edit_button.isEnabled() and not tab.enrol_panel.enrol_button.isEnabled()


def test_a_new_course_is_made_with_its_weekly_sessions(qtbot, training_db: Database,
                                                      tmp_path: Path) -> None:
    tab = courses_tab(qtbot, training_db, tmp_path)
    dialog = tab.make_new_dialog()
    qtbot.addWidget(dialog)
    assert not unnamed_interactive_widgets(dialog)
    type_text(qtbot, dialog.name_edit, "软陶手工班")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("软陶"))
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("order"))
    type_text(qtbot, dialog.employer_edit, "京华文创公司")
    type_text(qtbot, dialog.teacher_org_edit, "西城区职康中心")
    dialog.first_edit.setDate(QDate(2024, 6, 3))
    dialog.last_edit.setDate(QDate(2024, 6, 30))
    dialog.capacity_spin.setValue(12)
    dialog.rule_spin.setValue(75)
    dialog.assessment_box.setChecked(True)
    dialog.subsidy_combo.setCurrentIndex(dialog.subsidy_combo.findData("per_hour"))
    type_text(qtbot, dialog.subsidy_edit, "30.5")
    schedule = dialog.schedule_box
    assert schedule is not None
    schedule.weekday_boxes[1].setChecked(True)  # Tuesdays
    schedule.weekday_boxes[3].setChecked(True)  # Thursdays
    schedule.starts_edit.setTime(schedule.starts_edit.time().fromString("09:00", "HH:mm"))
    schedule.ends_edit.setTime(schedule.ends_edit.time().fromString("11:30", "HH:mm"))
    assert dialog.minutes_spin.value() == 150  # follows the times
    type_text(qtbot, schedule.except_edit, "2024-06-11，2024-06-13")
    assert dialog.save()
    [course] = courses.list_courses(training_db)
    assert (course.name, course.kind, course.form, course.employer, course.teacher_org,
            course.capacity, course.min_attendance_pct, course.assessment_required,
            course.subsidy_kind, course.subsidy_fen, course.minutes_per_session) == (
        "软陶手工班", "软陶", "order", "京华文创公司", "西城区职康中心", 12, 75, 1,
        "per_hour", 3050, 150)
    days = [r[0] for r in training_db.query(
        "SELECT day FROM training_session WHERE course_id = ? ORDER BY day", (course.id,))]
    assert days == ["2024-06-04", "2024-06-06", "2024-06-18", "2024-06-20", "2024-06-25",
                    "2024-06-27"]
    assert tab.status_label.text() == "✓ 已新建课程：软陶手工班，排课 6 次"
    assert cells(tab)[:3] == ["软陶手工班", "软陶", "订单、定岗、定向培训（京华文创公司）"]
    assert cells(tab)[8:10] == ["出勤 75%＋考核", "30.50元/学时"]
    assert training_db.scalar("SELECT count(*) FROM audit_log WHERE table_name IN"
                              " ('training_course', 'training_session')") == 2


def _filled(tab: CoursesTab, qtbot):
    dialog = tab.make_new_dialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "电脑基础班")
    dialog.first_edit.setDate(QDate(2024, 6, 3))
    dialog.last_edit.setDate(QDate(2024, 6, 30))
    return dialog


def test_bad_input_is_refused_with_its_reason_and_nothing_written(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    tab = courses_tab(qtbot, training_db, tmp_path)
    before = rows(training_db)
    # A listed day outside the course's dates: neither the course nor any session is kept.
    dialog = _filled(tab, qtbot)
    assert dialog.schedule_box is not None
    dialog.schedule_box.set_mode(LISTED)
    type_text(qtbot, dialog.schedule_box.days_edit, "2024-06-04 2024-07-02")
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "⚠ 上课日期 2024-07-02 不在课程“电脑基础班”的起止日期（2024-06-03至2024-06-30）内："
        "请改日期，或先修改课程的起止日期")
    assert rows(training_db) == before
    # A subsidy that is not an amount in 元.
    dialog = _filled(tab, qtbot)
    dialog.subsidy_combo.setCurrentIndex(dialog.subsidy_combo.findData("per_completion"))
    type_text(qtbot, dialog.subsidy_edit, "八百")
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "⚠ 补贴标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“八百”")
    assert rows(training_db) == before
    # An order-based course without the employer; a weekly schedule without a weekday.
    dialog = _filled(tab, qtbot)
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("order"))
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 订单、定岗、定向培训要写明用人单位"
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("ordinary"))
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 请选择每周上课的星期，或列出上课日期"
    # A teacher to be found on the register, but nobody chosen.
    dialog.teacher_combo.setCurrentIndex(dialog.teacher_combo.findData("person"))
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 请先输入姓名或拼音首字母，在列表中选中一位"
    assert rows(training_db) == before
    assert tab.model.rowCount() == 0


def test_a_teacher_from_the_register_and_a_change(qtbot, training_db: Database,
                                                 tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    teacher = trainee(training_db, "赵老师", 9, member=False)
    tab = courses_tab(qtbot, training_db, tmp_path)
    dialog = tab.make_edit_dialog()
    assert dialog is not None and dialog.schedule_box is None
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "西点烘焙初级班"
    assert dialog.subsidy_edit.text() == "800.00"
    dialog.teacher_combo.setCurrentIndex(dialog.teacher_combo.findData("person"))
    type_text(qtbot, dialog.teacher.search_edit, "zls")
    assert dialog.teacher.results.item(0).text().startswith("赵老师")
    assert dialog.teacher.results.item(0).text().endswith("非会员")
    dialog.capacity_spin.setValue(2)  # fewer places than trainees: refused
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 已有 3 人报名，招收人数不能少于 3"
    dialog.capacity_spin.setValue(4)
    assert dialog.save()
    changed = courses.load_course(training_db, course.id)
    assert (changed.teacher_person_id, changed.teacher_org, changed.capacity) == (
        teacher, "", 4)
    assert cells(tab)[3] == "赵老师"
    assert tab.status_label.text() == "✓ 已修改课程：西点烘焙初级班"


def test_a_course_is_cancelled_with_a_reason(qtbot, training_db: Database,
                                            tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    tab = courses_tab(qtbot, training_db, tmp_path)
    dialog = tab.make_cancel_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # a reason first
    type_text(qtbot, dialog.reason_edit, "老师无法授课")
    dialog.ok_button.click()
    assert courses.load_course(training_db, course.id).cancel_reason == "老师无法授课"
    # The sessions after today (7) are cancelled; those held, and today's, stay.
    assert training_db.scalar("SELECT count(*) FROM training_session WHERE course_id = ?"
                              " AND cancelled_at IS NOT NULL", (course.id,)) == 7
    assert tab.status_label.text() == "✓ 已取消课程：西点烘焙初级班；以后的 7 次课一并取消"
    assert tab.model.rowCount() == 0
    tab.cancelled_box.setChecked(True)
    assert cells(tab)[-1] == "已取消：老师无法授课"
    assert not tab.edit_button.isEnabled() and not tab.cancel_button.isEnabled()
    assert not tab.sessions_panel.schedule_button.isEnabled()


def test_sessions_are_added_and_cancelled_with_a_reason(qtbot, training_db: Database,
                                                       tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    tab = courses_tab(qtbot, training_db, tmp_path)
    panel = tab.sessions_panel
    dialog = panel.make_schedule_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not unnamed_interactive_widgets(dialog)
    assert dialog.fields.mode_combo.currentData() == LISTED  # a make-up class
    before = rows(training_db)
    type_text(qtbot, dialog.fields.days_edit, "2024-07-01")
    assert not dialog.save()
    assert dialog.error_label.text().startswith("⚠ 上课日期 2024-07-01 不在课程“西点烘焙初级班”")
    assert rows(training_db) == before
    dialog.fields.days_edit.clear()
    type_text(qtbot, dialog.fields.days_edit, "2024-06-05")  # already has one at 14:00
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 2024-06-05 14:00 已经有这门课了"
    dialog.fields.days_edit.clear()
    type_text(qtbot, dialog.fields.days_edit, "2024-06-07")
    assert dialog.save()
    assert panel.title_label.text() == "课次：共 17 次（取消 0 次）"
    assert day_chosen(tab) == "2024-06-07"
    assert tab.status_label.text() == "✓ 已排课：西点烘焙初级班 新增 1 次课"
    cancel = panel.make_cancel_dialog()
    assert cancel is not None
    qtbot.addWidget(cancel)
    type_text(qtbot, cancel.reason_edit, "场地维修")
    cancel.ok_button.click()
    assert training_db.scalar("SELECT cancel_reason FROM training_session WHERE course_id = ?"
                              " AND day = '2024-06-07'", (course.id,)) == "场地维修"
    assert panel.model.index(panel.table.currentIndex().row(), 4).data() == "已取消：场地维修"
    assert panel.title_label.text() == "课次：共 16 次（取消 1 次）"
    # A session of a closed month is not cancelled: the reason is shown, nothing written.
    submit_month(training_db, "2024-05", today=clock(training_db).today())
    panel.table.selectRow(0)
    before = rows(training_db)
    assert not panel.cancel("老师生病")
    assert tab.status_label.text() == "⚠ 2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    assert rows(training_db) == before


def test_the_list_opens_newest_first_and_its_columns_read(qtbot, training_db: Database,
                                                         tmp_path: Path) -> None:
    course_with_trainees(training_db)  # 西点烘焙初级班 from 6 May
    weekly_course(training_db, name="面点班", first_day="2024-05-20", last_day="2024-06-28",
                  teacher_org="西城区职康中心，面点师协会")
    tab = courses_tab(qtbot, training_db, tmp_path)
    # The models' order, newest first (in Unicode order 西 comes before 面), with no arrow.
    assert [tab.model.index(r, 0).data() for r in range(2)] == ["面点班", "西点烘焙初级班"]
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, 5))  # 课程 still sorts
    assert header.sortIndicatorSection() == 0
    assert [tab.model.index(r, 0).data() for r in range(2)] == ["西点烘焙初级班", "面点班"]
    # At 1200×760 every column is on screen, 授课 and 补贴标准 wide enough to read, and what
    # may still be cut has its tooltip.
    table = tab.table
    widths = [table.columnWidth(c) for c in range(tab.model.columnCount())]
    assert sum(widths[:-1]) + header.minimumSectionSize() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    metrics = table.fontMetrics()
    for column in (3, 9):
        text = str(tab.model.index(0, column).data())  # 西城区职康中心, 800.00元/结业学员
        assert metrics.horizontalAdvance(text) < widths[column], text
        for row in range(2):  # a longer 西城区职康中心，面点师协会 reads in its tooltip
            assert tab.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == \
                tab.model.index(row, column).data()
