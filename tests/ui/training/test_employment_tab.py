"""The 就业 tab: a placement after a course (a start before the course refused, nothing
written), the follow-ups due with the overdue ones marked, a follow-up dated before the
placement refused (nothing written), a job's end, voiding with a reason."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desktop.models.db import Database
from desktop.models.training import employment
from desktop.ui.training.employment_tab import EmploymentTab, make_tab
from tests.conftest import STAFF
from tests.models.training.training_support import clock, rows, training_db
from tests.ui.training.outcomes_support import finished_course, open_tab, unnamed_controls

__all__ = ["training_db"]


def _texts(model) -> list[list[str]]:
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _place(qtbot, tab: EmploymentTab, course_id: int, enrolment_id: int, start: str) -> str:
    """Fill 登记就业 and save; the dialog's problem line ('' when saved)."""
    dialog = tab.make_placement_dialog()
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    dialog.choose(course_id, enrolment_id)
    dialog.employer_edit.setText("某某烘焙有限公司")
    dialog.job_edit.setText("面点学徒")
    dialog.start_edit.setDate(QDate.fromString(start, "yyyy-MM-dd"))
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData(5))
    dialog.save()
    return dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else ""


def test_a_placement_and_its_follow_ups(qtbot, training_db: Database, tmp_path: Path) -> None:
    course = finished_course(training_db)
    clock(training_db).set(datetime(2024, 8, 1, 9, 0))
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, EmploymentTab)
    assert unnamed_controls(tab) == []
    assert tab.due_label.text() == "没有到期的回访"
    before = rows(training_db)
    assert _place(qtbot, tab, course.id, course.enrolments[0], "2024-05-01") == (
        "⚠ 上岗日期 2024-05-01 早于课程开始日期 2024-05-06：请核对日期")
    assert rows(training_db) == before
    assert _place(qtbot, tab, course.id, course.enrolments[0], "2024-07-15") == ""
    assert tab.status_label.text() == (
        "✓ 已登记 张三 在 某某烘焙有限公司 就业（2024-07-15 上岗），上岗后第 1、3、6、12 个月回访")
    assert _texts(tab.placement_model) == [[
        "张三", "西点烘焙初级班", "某某烘焙有限公司", "面点学徒", "2024-07-15", "5 辅助性就业",
        "在岗", "尚未回访"]]

    # In October the first follow-up is overdue, the second due.
    clock(training_db).set(datetime(2024, 10, 20, 9, 0))
    tab.refresh()
    assert tab.due_label.text() == "到期回访 2 次，其中已逾期 1 次"
    assert _texts(tab.due_model) == [
        ["张三", "某某烘焙有限公司", "第 1 个月", "2024-08-15", "已逾期"],
        ["张三", "某某烘焙有限公司", "第 3 个月", "2024-10-15", "到期"]]
    overdue = tab.due_model.index(0, 4)
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert tab.due_model.index(1, 4).data(Qt.ItemDataRole.FontRole) is None

    tab.due_table.selectRow(0)
    due = tab.selected_due()
    assert due is not None
    dialog = tab.make_follow_up_dialog(due.placement_id, 1)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert dialog.month_combo.currentData() == 1
    dialog.done_edit.setDate(QDate(2024, 7, 10))
    before = rows(training_db)
    dialog.save()
    assert dialog.error_label.text() == "⚠ 回访日期 2024-07-10 早于上岗日期 2024-07-15：请核对日期"
    assert rows(training_db) == before
    dialog.done_edit.setDate(QDate(2024, 8, 16))
    dialog.income_combo.setCurrentIndex(dialog.income_combo.findData("2000–3000"))
    dialog.save()
    assert dialog.follow_up_id is not None
    assert tab.status_label.text() == "✓ 已登记 张三 的回访"
    assert _texts(tab.due_model) == [
        ["张三", "某某烘焙有限公司", "第 3 个月", "2024-10-15", "到期"]]
    assert _texts(tab.placement_model)[0][7] == "1月在岗"
    assert _texts(tab.follow_up_model) == [["第 1 个月", "2024-08-16", "是", "2000–3000", ""]]

    # A follow-up entered by mistake is voided with a reason and comes due again.
    tab.follow_up_table.selectRow(0)
    void = tab.make_void_follow_up_dialog()
    assert void is not None
    qtbot.addWidget(void)
    void.reason_edit.setText("录错日期")
    void.accept()
    assert tab.status_label.text() == "✓ 已作废这次回访，可以重新登记"
    assert len(tab.due_model.rows()) == 2
    line = tab.selected_placement()
    assert line is not None and employment.follow_ups(training_db, line.id) == []


def test_a_job_ends_and_a_placement_is_voided(qtbot, training_db: Database,
                                              tmp_path: Path) -> None:
    course = finished_course(training_db)
    clock(training_db).set(datetime(2024, 9, 1, 9, 0))
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, EmploymentTab)
    assert _place(qtbot, tab, course.id, course.enrolments[2], "2024-07-15") == ""
    end = tab.make_end_dialog()
    assert end is not None
    qtbot.addWidget(end)
    assert unnamed_controls(end) == []
    end.end_edit.setDate(QDate(2024, 8, 20))
    before = rows(training_db)
    end.save()  # no reason
    assert end.error_label.text().startswith("⚠ 请填写原因")
    assert rows(training_db) == before
    end.reason_edit.setText("合同到期")
    end.save()
    assert tab.status_label.text() == "✓ 已登记 王五 离岗"
    assert _texts(tab.placement_model)[0][6] == "2024-08-20 离岗"
    assert not tab.end_button.isEnabled()
    # The follow-up of an ended job starts unticked: the person is no longer employed.
    follow_up = tab.make_follow_up_dialog()
    assert follow_up is not None
    qtbot.addWidget(follow_up)
    assert not follow_up.employed_check.isChecked()
    void = tab.make_void_placement_dialog()
    assert void is not None
    qtbot.addWidget(void)
    void.reason_edit.setText("重复登记")
    void.accept()
    assert tab.status_label.text() == "✓ 已作废这条就业记录"
    assert tab.placement_model.rowCount() == 0
    assert tab.due_label.text() == "没有到期的回访"


def test_with_large_text_the_due_list_and_placements_get_the_room(
        qtbot, training_db: Database, tmp_path: Path, text_scale: float) -> None:
    course = finished_course(training_db)
    clock(training_db).set(datetime(2024, 10, 30, 9, 0))  # months 1 and 3 due: 6 rows
    for enrolment_id, start in zip(course.enrolments, ("2024-07-08", "2024-07-15",
                                                       "2024-07-22"), strict=True):
        employment.add_placement(training_db, enrolment_id, employment.PlacementInput(
            "某某烘焙有限公司", "面点学徒", start, 5), actor=STAFF)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, EmploymentTab)
    tab.size_columns()
    qtbot.waitUntil(lambda: tab.due_table.viewport().height() > 0)
    assert tab.due_model.rowCount() == 6 and tab.placement_model.rowCount() == 3

    def rows_seen(table) -> float:
        return table.viewport().height() / table.verticalHeader().defaultSectionSize()

    # Every due follow-up and every placement in view; the follow-ups list is the smallest.
    assert rows_seen(tab.due_table) >= 6, text_scale
    assert rows_seen(tab.placement_table) >= 3, text_scale
    assert rows_seen(tab.follow_up_table) >= 1
    assert tab.follow_up_table.height() < tab.due_table.height()
    assert tab.follow_up_table.height() < tab.placement_table.height()
