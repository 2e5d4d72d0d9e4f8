"""The 结业 tab: each trainee's sessions counted and attended, the % against the course's
rule; 结业 refused below the rule with the % and the rule (nothing written); the assessment;
the certificate issued then reprinted (补打) into the print preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from desktop.models.db import Database
from desktop.models.training import certificates, enrolment
from desktop.ui.training.completion_tab import CompletionTab, make_tab
from tests.models.training.training_support import rows, training_db
from tests.ui.training.outcomes_support import finished_course, open_tab, unnamed_controls

__all__ = ["training_db"]


def _shown(tab: CompletionTab) -> list[list[str]]:
    model = tab.model
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _select(tab: CompletionTab, name: str) -> None:
    for row in range(tab.model.rowCount()):
        line = tab.model.row_data(row)
        if line is not None and line.row.name == name:
            tab.table.selectRow(row)
            return
    raise AssertionError(name)


def test_the_year_lists_each_trainee_against_the_rule(qtbot, training_db: Database,
                                                      tmp_path: Path) -> None:
    finished_course(training_db)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CompletionTab)
    assert tab.year_combo.currentText() == "2024"
    assert [tab.course_combo.itemText(i) for i in range(tab.course_combo.count())] == [
        "全部课程", "西点烘焙初级班"]
    assert [r[1:] for r in _shown(tab)] == [
        ["李四", "16", "12", "0", "0", "75.0%", "≥80%：未达到", "无需考核", "未结业", ""],
        ["王五", "14", "12", "2", "0", "85.7%", "≥80%：达到", "无需考核", "未结业", ""],
        ["张三", "16", "16", "0", "0", "100.0%", "≥80%：达到", "无需考核", "未结业", ""]]
    assert tab.count_label.text() == "学员 3 人次，已结业 0 人"
    # Every control is named for screen readers.
    assert unnamed_controls(tab) == []


def test_completion_below_the_rule_is_refused_with_the_percent_and_the_rule(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    finished_course(training_db)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CompletionTab)
    _select(tab, "李四")
    before = rows(training_db)
    assert tab.complete_selected() is False
    assert tab.status_label.text() == (
        "⚠ 李四 出勤率 75.0%（12/16 次），低于课程要求的 80%，不能结业")
    assert rows(training_db) == before
    assert _shown(tab)[0][9] == "未结业"
    assert not tab.certificate_button.isEnabled()


def test_completion_then_the_certificate_and_its_reprint(qtbot, training_db: Database,
                                                         tmp_path: Path) -> None:
    course = finished_course(training_db)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CompletionTab)
    _select(tab, "王五")
    assert tab.complete_selected() is True
    assert tab.status_label.text() == "✓ 王五 已结业：出勤 12/14 次（85.7%），课程要求 80%"
    assert enrolment.load_enrolment(training_db, course.enrolments[2]).completed_on == \
        "2024-07-01"
    assert tab.selected_id() == course.enrolments[2]
    assert not tab.complete_button.isEnabled() and tab.certificate_button.isEnabled()
    first = tab.certificate_selected()
    assert first is not None and not first.reprint
    assert tab.status_label.text() == "✓ 已发 王五 的结业证书 JYPX-XC-T-01-2024-0001"
    assert tab.preview.dialog is not None and tab.preview.dialog.isVisible()
    assert _shown(tab)[1][10] == "JYPX-XC-T-01-2024-0001"
    again = tab.certificate_selected()
    assert again is not None and (again.number, again.reprints) == (first.number, 1)
    assert tab.status_label.text() == "✓ 补打 王五 的结业证书 JYPX-XC-T-01-2024-0001（第 1 次补打）"
    assert _shown(tab)[1][10] == "JYPX-XC-T-01-2024-0001（补打 1 次）"
    # At 1200×760 the certificate's number reads whole without scrolling sideways; the
    # course's name, narrower, has its tooltip.
    table = tab.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnViewportPosition(10) + table.fontMetrics().horizontalAdvance(
        "JYPX-XC-T-01-2024-0001（补打 1 次）") < table.viewport().width()
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "西点烘焙初级班"
    assert certificates.register(training_db, 2024) == [
        ("JYPX-XC-T-01-2024-0001", "2024-07-01", "王五", "西点烘焙初级班", 1)]


def test_an_assessment_is_needed_when_the_course_requires_one(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    course = finished_course(training_db, assessment_required=True)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CompletionTab)
    _select(tab, "张三")
    assert _shown(tab)[2][8] == "待考核"
    before = rows(training_db)
    assert tab.complete_selected() is False
    assert tab.status_label.text() == (
        "⚠ 课程“西点烘焙初级班”要求考核合格才能结业，张三 的考核还没有记录")
    assert rows(training_db) == before
    dialog = tab.make_assessment_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("passed"))
    score = dialog.findChild(QSpinBox)
    assert score is dialog.score_spin
    dialog.score_spin.setValue(86)
    assert unnamed_controls(dialog) == []
    assert dialog.save() is True
    assert tab.status_label.text() == "✓ 已记录 张三 的考核结果"
    assert _shown(tab)[2][8] == "合格"
    saved = enrolment.load_enrolment(training_db, course.enrolments[0])
    assert (saved.assessment, saved.assessment_score) == ("passed", 86)
    assert tab.complete_selected() is True
    # The dialog opens again with the score recorded; a completed trainee's is refused.
    _select(tab, "张三")
    again = tab.make_assessment_dialog()
    assert again is not None
    qtbot.addWidget(again)
    assert again.score_spin.value() == 86
    before = rows(training_db)
    assert again.save() is False
    assert again.error_label.text() == "⚠ 张三 已于 2024-07-01 结业，考核结果不能再改"
    assert rows(training_db) == before


def test_by_keyboard_enter_on_a_completed_trainee_prints_the_certificate(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    course = finished_course(training_db)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CompletionTab)
    _select(tab, "张三")
    tab.table.setFocus()
    qtbot.keyClick(tab.complete_button, Qt.Key.Key_Space)
    assert enrolment.load_enrolment(training_db, course.enrolments[0]).completed_on
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert certificates.certificate_of(training_db, course.enrolments[0]) is not None
    assert tab.preview.dialog is not None and tab.preview.dialog.isVisible()


# The outcome tabs as the 职业培训 page lists them (training-ui's TABS gets these lines).
OUTCOME_TABS = (
    ("completion", "结业", "desktop.ui.training.completion_tab:make_tab"),
    ("certificates", "结业证书", "desktop.ui.training.certificate_tab:make_tab"),
    ("employment", "就业回访", "desktop.ui.training.employment_tab:make_tab"),
    ("competitions", "技能竞赛", "desktop.ui.training.competition_tab:make_tab"),
)


def test_the_outcome_tabs_open_in_a_tabbed_page(qtbot, training_db: Database,
                                                tmp_path: Path) -> None:
    from desktop.ui.common.tabbed_page import Tab, TabbedPage
    from desktop.ui.training.certificate_tab import CertificateTab
    from desktop.ui.training.competition_tab import CompetitionTab
    from desktop.ui.training.employment_tab import EmploymentTab
    from tests.ui.training.outcomes_support import context

    finished_course(training_db)
    page = TabbedPage(context(training_db, tmp_path), tuple(Tab(*t) for t in OUTCOME_TABS),
                      "TrainingPage", "职业培训的各项工作")
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    for (tab_id, _title, _factory), kind in zip(
            OUTCOME_TABS, (CompletionTab, CertificateTab, EmploymentTab, CompetitionTab),
            strict=True):
        assert isinstance(page.tab(tab_id), kind)
