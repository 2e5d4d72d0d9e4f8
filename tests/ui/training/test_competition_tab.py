"""The 技能竞赛 tab: an entry found by pinyin initials and recorded; refusals (nobody chosen, no
competition name, a day in a closed month) in the dialog with nothing written; voiding with a
reason."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate

from desktop.models.db import Database
from desktop.models.training import competitions
from desktop.ui.training.competition_tab import CompetitionTab, make_tab
from tests.conftest import submit_month
from tests.models.training.training_support import clock, rows, training_db
from tests.ui.training.outcomes_support import finished_course, open_tab, unnamed_controls

__all__ = ["training_db"]


def test_an_entry_is_recorded_refused_and_voided(qtbot, training_db: Database,
                                                 tmp_path: Path) -> None:
    course = finished_course(training_db)
    clock(training_db).set(datetime(2024, 6, 20, 9, 0))
    submit_month(training_db, "2024-05", today=datetime(2024, 6, 20).date())
    clock(training_db).set(datetime(2024, 9, 2, 9, 0))
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CompetitionTab)
    assert unnamed_controls(tab) == []
    assert tab.count_label.text() == "2024 年参赛 0 人次"
    dialog = tab.make_add_dialog()
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    before = rows(training_db)
    dialog.save()
    assert dialog.error_label.text() == "⚠ 请先输入姓名或拼音找到参赛人，再选中一位"
    dialog.search_edit.setText("zs")
    assert dialog.results.currentItem().text().startswith("张三　110102")
    dialog.save()
    assert dialog.error_label.text() == "⚠ 请填写竞赛名称（最多60个字）"
    dialog.name_edit.setText("西城区残疾人职业技能竞赛")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("district"))
    dialog.held_edit.setDate(QDate(2024, 5, 20))
    dialog.save()
    assert "2024-05" in dialog.error_label.text()
    assert rows(training_db) == before
    dialog.held_edit.setDate(QDate(2024, 8, 28))
    dialog.result_edit.setText("二等奖")
    dialog.course_combo.setCurrentIndex(dialog.course_combo.findData(course.id))
    dialog.save()
    assert dialog.entry_id is not None
    assert tab.status_label.text() == "✓ 已登记 张三 参加西城区残疾人职业技能竞赛"
    model = tab.model
    assert [[str(model.index(r, c).data()) for c in range(6)] for r in range(model.rowCount())] \
        == [["张三", "西城区残疾人职业技能竞赛", "区级", "2024-08-28", "二等奖", "西点烘焙初级班"]]
    void = tab.make_void_dialog()
    assert void is not None
    qtbot.addWidget(void)
    void.reason_edit.setText("重复登记")
    void.accept()
    assert tab.status_label.text() == "✓ 已作废这条参赛记录"
    assert tab.model.rowCount() == 0
    assert competitions.entries(training_db) == []
