"""学员 with real widgets: a person found by pinyin initials (a member or not) is enrolled; a
full course refuses with the reason, nothing written, and offers the waiting list, which the
dialog then uses; a waiting person is promoted when a place is free (refused while full);
a trainee withdraws with a reason; every widget is named."""

from __future__ import annotations

from pathlib import Path

from desktop.models.db import Database
from desktop.models.training import enrolment
from desktop.ui.training.courses_tab import CoursesTab
from tests.models.training.training_support import (
    course_with_trainees,
    rows,
    trainee,
    training_db,
    weekly_course,
)
from tests.ui.conftest import type_text, unnamed_interactive_widgets
from tests.ui.training.test_courses import open_tab

__all__ = ["training_db"]


def statuses(tab: CoursesTab) -> list[tuple[str, str, str]]:
    model = tab.enrol_panel.model
    return [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())]


def test_a_person_found_by_initials_is_enrolled(qtbot, training_db: Database,
                                               tmp_path: Path) -> None:
    course = weekly_course(training_db, capacity=5)
    member = trainee(training_db, "张三", 1)
    other = trainee(training_db, "陈小红", 2, member=False)
    tab = open_tab(qtbot, training_db, tmp_path, "courses", CoursesTab)
    dialog = tab.enrol_panel.make_enrol_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not unnamed_interactive_widgets(dialog)
    type_text(qtbot, dialog.picker.search_edit, "cxh")
    assert dialog.picker.results.count() == 1
    assert dialog.picker.results.item(0).text().endswith("非会员")
    assert "*" in dialog.picker.results.item(0).text()  # the ID number masked
    assert dialog.save()
    dialog = tab.enrol_panel.make_enrol_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.picker.search_edit, "zs")
    assert dialog.picker.results.item(0).text().endswith("　会员")
    assert dialog.save()
    assert {e.person_id: e.status for e in enrolment.enrolments_of(training_db, course)} == {
        member: "enrolled", other: "enrolled"}
    assert statuses(tab) == [("陈小红", "已报名", "2024-06-03"), ("张三", "已报名", "2024-06-03")]
    assert tab.status_label.text() == "✓ 已报名：张三"
    assert tab.enrol_panel.title_label.text() == "学员：西点烘焙初级班　已报 2/5，候补 0"
    # Nobody chosen: said, nothing written.
    dialog = tab.enrol_panel.make_enrol_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    before = rows(training_db)
    assert not dialog.save()
    assert dialog.error_label.text() == "⚠ 请先输入姓名或拼音首字母，在列表中选中一位"
    type_text(qtbot, dialog.picker.search_edit, "zs")
    assert not dialog.save()  # already on the course
    assert dialog.error_label.text() == "⚠ 张三 已经在课程“西点烘焙初级班”的报名名单上了"
    assert rows(training_db) == before


def test_a_full_course_offers_the_waiting_list_and_promotes(qtbot, training_db: Database,
                                                           tmp_path: Path) -> None:
    course = course_with_trainees(training_db)  # 3 places, 3 trainees
    late = trainee(training_db, "赵六", 4)
    tab = open_tab(qtbot, training_db, tmp_path, "courses", CoursesTab)
    dialog = tab.enrol_panel.make_enrol_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.picker.search_edit, "zl")
    before = rows(training_db)
    assert not dialog.waiting_button.isVisible()
    assert not dialog.save()
    assert dialog.error_label.text() == (
        "⚠ 课程“西点烘焙初级班”已满（3人），赵六 没有报上：可以把 赵六 登记到候补名单，"
        "有人退出时按先后递补")
    assert rows(training_db) == before
    assert dialog.waiting_button.isVisible()
    assert dialog.put_on_waiting_list()
    assert statuses(tab)[-1] == ("赵六", "候补第 1 位", "2024-06-03 登记")
    assert tab.status_label.text() == "✓ 已登记到候补名单：赵六"
    [waiting] = enrolment.waiting_list(training_db, course.id)
    assert waiting.person_id == late
    # Still full: promoting is refused with the reason.
    panel = tab.enrol_panel
    panel.table.selectRow(panel.model.row_of(waiting.id))
    assert panel.promote_button.isEnabled()
    assert not panel.promote()
    assert tab.status_label.text() == "⚠ 课程“西点烘焙初级班”仍然满员（3人）：有人退出后才能递补"
    # 张三 withdraws with a reason; then 赵六 gets the place.
    panel.table.selectRow(panel.model.row_of(course.enrolments[0]))
    withdraw = panel.make_withdraw_dialog()
    assert withdraw is not None
    qtbot.addWidget(withdraw)
    type_text(qtbot, withdraw.reason_edit, "找到工作")
    withdraw.ok_button.click()
    gone = enrolment.load_enrolment(training_db, course.enrolments[0])
    assert (gone.status, gone.withdrawn_on, gone.withdraw_reason) == (
        "withdrawn", "2024-06-03", "找到工作")
    assert statuses(tab)[-1] == ("张三", "已退出", "2024-06-03 退出：找到工作")
    assert not panel.withdraw_button.isEnabled()  # already withdrawn
    panel.table.selectRow(panel.model.row_of(waiting.id))
    assert panel.promote()
    assert enrolment.load_enrolment(training_db, waiting.id).status == "enrolled"
    assert tab.status_label.text() == "✓ 已递补：赵六"
    assert panel.title_label.text() == "学员：西点烘焙初级班　已报 3/3，候补 0"
    assert tab.model.index(0, 5).data() == "3/3"
