"""排班 with real widgets: the week grid shows each shift's time, post, "已报 n/m", what is
missing in words and the names; the weeks move with the buttons; shifts and weekly patterns are
made through their dialogs (a refusal keeps the dialog open with the reason and writes nothing);
a volunteer found by pinyin initials is signed up; a sign-up and a shift are cancelled with a
reason; every widget is named for screen readers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

import tests.ui.volunteers.page_support as support
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.volunteers import signups
from desktop.ui.volunteers.shift_dialogs import ShiftDialog, SignUpDialog
from desktop.ui.volunteers.volunteers_page import TABS, VolunteersPage
from desktop.ui.volunteers.week_tab import WeekTab
from tests.conftest import STAFF
from tests.models.volunteers.shifts_support import SHIFT_NOW, rows, shift, volunteer
from tests.ui.conftest import type_text, unnamed_interactive_widgets


@pytest.fixture
def week_db(db: Database) -> Database:
    db.clock = FixedClock(SHIFT_NOW)
    return db


def open_tab(qtbot, db: Database, tmp_path: Path) -> tuple[VolunteersPage, WeekTab]:
    tab = support.open_tab(qtbot, db, tmp_path, "week", WeekTab)
    return tab.volunteers_page, tab  # type: ignore[attr-defined]


def cells(tab: WeekTab) -> dict[tuple[int, int], str]:
    found = {}
    for r in range(tab.model.rowCount()):
        for c in range(7):
            text = tab.model.index(r, c).data()
            if text is not None:
                found[(r, c)] = text
    return found


def test_the_week_is_first_and_the_volunteers_last() -> None:
    assert (TABS[0].id, TABS[-1].id) == ("week", "details")


def test_the_grid_shows_places_names_and_what_is_missing(qtbot, week_db: Database,
                                                        tmp_path: Path) -> None:
    tuesday = shift(week_db, capacity=3)
    signups.sign_up(week_db, tuesday, volunteer(week_db, "王芳", 11), actor=STAFF)
    signups.sign_up(week_db, tuesday, volunteer(week_db, "李强", 12), actor=STAFF)
    full = shift(week_db, day="2024-06-07", starts_at="14:00", ends_at="16:00", capacity=1,
                 post_id=2)
    signups.sign_up(week_db, full, volunteer(week_db, "赵敏", 13), actor=STAFF)
    shift(week_db, day="2024-06-11")  # next week
    _, tab = open_tab(qtbot, week_db, tmp_path)
    assert not unnamed_interactive_widgets(tab)
    assert tab.week_label.text() == "2024-06-03 至 2024-06-09"
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "星期二\n6月4日"
    assert cells(tab) == {
        (0, 1): "09:00–11:00 助餐\n已报 2/3　缺 1 人\n李强、王芳",
        (0, 4): "14:00–16:00 文体活动\n已报 1/1　已满\n赵敏"}
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.week_label.text() == "2024-06-10 至 2024-06-16"
    assert cells(tab) == {(0, 1): "09:00–11:00 助餐\n已报 0/2　缺 2 人\n（还没有人报名）"}
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    assert cells(tab) == {}
    assert not tab.sign_up_button.isEnabled()
    qtbot.mouseClick(tab.this_week_button, Qt.MouseButton.LeftButton)
    assert tab.week_label.text() == "2024-06-03 至 2024-06-09"


def test_a_shift_is_made_through_its_dialog_and_a_bad_one_refused(qtbot, week_db: Database,
                                                                   tmp_path: Path) -> None:
    _, tab = open_tab(qtbot, week_db, tmp_path)
    dialog = tab.make_shift_dialog()
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    dialog.capacity_spin.setValue(0)
    before = rows(week_db)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.status_label.text() == "⚠ 需要人数应在 1 到 99 之间"
    assert rows(week_db) == before
    dialog.capacity_spin.setValue(3)
    dialog.post_combo.setCurrentText("助餐")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert cells(tab) == {(0, 0): "09:00–11:00 助餐\n已报 0/3　缺 3 人\n（还没有人报名）"}
    assert tab.status_label.text() == "✓ 已新建班次：2024-06-03 09:00"


def test_a_weekly_pattern_skips_the_holiday(qtbot, week_db: Database, tmp_path: Path) -> None:
    _, tab = open_tab(qtbot, week_db, tmp_path)
    dialog = tab.make_pattern_dialog()
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    for box in dialog.weekday_boxes:
        box.setChecked(False)
    before = rows(week_db)
    assert not dialog.save()
    assert dialog.status_label.text() == "⚠ 请至少选择星期几中的一天"
    assert rows(week_db) == before
    dialog.weekday_boxes[0].setChecked(True)
    dialog.weekday_boxes[2].setChecked(True)
    type_text(qtbot, dialog.holidays_edit, "6月10日")
    assert not dialog.save()
    assert rows(week_db) == before
    dialog.holidays_edit.clear()
    type_text(qtbot, dialog.holidays_edit, "2024-06-10")
    assert dialog.save()
    assert tab.status_label.text() == "✓ 已排好 7 个班次（跳过 1 天）"
    assert sorted(cells(tab)) == [(0, 0), (0, 2)]


def test_a_volunteer_found_by_initials_is_signed_up_and_cancelled(qtbot, week_db: Database,
                                                                  tmp_path: Path) -> None:
    shift_id = shift(week_db, capacity=1)
    volunteer(week_db, "王芳", 11)
    volunteer(week_db, "李强", 12)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.select_shift(shift_id)
    assert tab.sign_up_button.isEnabled() and not tab.cancel_signup_button.isEnabled()
    dialog = tab.make_sign_up_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    type_text(qtbot, dialog.search_edit, "lq")
    assert [dialog.volunteer_list.item(n).text() for n in range(
        dialog.volunteer_list.count())] == ["李强　BJV2400012"]
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cells(tab)[(0, 1)] == "09:00–11:00 助餐\n已报 1/1　已满\n李强"
    assert not tab.sign_up_button.isEnabled()  # full
    cancel = tab.make_cancel_signup_dialog()
    assert cancel is not None
    cancel.show()
    assert not unnamed_interactive_widgets(cancel)
    before = rows(week_db)
    assert not cancel.save()
    assert cancel.status_label.text() == "⚠ 请填写取消报名的原因"
    assert rows(week_db) == before
    type_text(qtbot, cancel.reason_edit, "身体不适")
    assert cancel.save()
    assert tab.status_label.text() == "✓ 已取消 李强 的报名"
    assert cells(tab)[(0, 1)] == "09:00–11:00 助餐\n已报 0/1　缺 1 人\n（还没有人报名）"


def test_an_overlapping_sign_up_keeps_the_dialog_open(qtbot, week_db: Database,
                                                      tmp_path: Path) -> None:
    person = volunteer(week_db, "王芳", 11)
    signups.sign_up(week_db, shift(week_db), person, actor=STAFF)
    later = shift(week_db, starts_at="10:00", ends_at="12:00", post_id=1)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.select_shift(later)
    dialog = tab.make_sign_up_dialog()
    assert dialog is not None
    dialog.show()
    before = rows(week_db)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.status_label.text() == (
        "⚠ 王芳 在 2024-06-04 09:00–11:00 已报名“助餐”，时间重叠：请选择不重叠的班次")
    assert rows(week_db) == before


def test_cancelling_the_shift_says_so_in_the_grid(qtbot, week_db: Database,
                                                  tmp_path: Path) -> None:
    shift_id = shift(week_db)
    signups.sign_up(week_db, shift_id, volunteer(week_db, "王芳", 11), actor=STAFF)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.select_shift(shift_id)
    assert not tab.cancel_shift("")
    assert tab.status_label.text() == "⚠ 请填写取消原因"
    assert tab.cancel_shift("暴雨停课")
    assert cells(tab)[(0, 1)] == "09:00–11:00 助餐\n已取消：暴雨停课"
    assert tab.status_label.text() == (
        "✓ 已取消班次：2024-06-04（星期二）09:00–11:00 助餐；1 人的报名一并取消")
    assert not tab.sign_up_button.isEnabled() and not tab.cancel_shift_button.isEnabled()


def test_keyboard_moves_between_shifts(qtbot, week_db: Database, tmp_path: Path) -> None:
    monday = shift(week_db, day="2024-06-03")
    tuesday = shift(week_db, day="2024-06-04")
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.grid.setFocus()
    assert tab.selected() is not None and tab.selected().id == monday  # type: ignore[union-attr]
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right)
    assert tab.selected() is not None and tab.selected().id == tuesday  # type: ignore[union-attr]
    assert date.fromisoformat("2024-06-04").weekday() == tab.grid.currentIndex().column()


def test_the_places_of_a_full_shift_are_raised_from_the_keyboard(qtbot, week_db: Database,
                                                                 tmp_path: Path) -> None:
    shift_id = shift(week_db, capacity=1)
    signups.sign_up(week_db, shift_id, volunteer(week_db, "王芳", 11), actor=STAFF)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.select_shift(shift_id)
    assert not tab.sign_up_button.isEnabled() and tab.capacity_button.isEnabled()
    dialog = tab.make_capacity_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    before = rows(week_db)
    dialog.capacity_spin.setValue(0)
    type_text(qtbot, dialog.reason_edit, "活动人多")
    assert not dialog.save()
    assert dialog.isVisible() and dialog.status_label.text() == "⚠ 需要人数应在 1 到 99 之间"
    assert rows(week_db) == before
    dialog.capacity_spin.setFocus()
    qtbot.keyClick(dialog.capacity_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.capacity_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cells(tab)[(0, 1)] == "09:00–11:00 助餐\n已报 1/2　缺 1 人\n王芳"
    assert tab.status_label.text() == "✓ 已修改名额：2024-06-04（星期二）09:00–11:00 助餐 需要 2 人"
    assert tab.sign_up_button.isEnabled()


def test_posts_are_added_renamed_and_deactivated(qtbot, week_db: Database,
                                                 tmp_path: Path) -> None:
    shift(week_db)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    dialog = tab.make_posts_dialog()
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    assert dialog.model.index(0, 0).data() == "日间照料协助"
    before = rows(week_db)
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "助餐")
    assert not dialog.add()
    assert dialog.status_label.text() == "⚠ 已有名为“助餐”的岗位：请换一个名称"
    dialog.name_edit.clear()
    assert not dialog.add()
    assert dialog.status_label.text() == "⚠ 请填写岗位名称，例如：助餐"
    assert rows(week_db) == before
    type_text(qtbot, dialog.name_edit, "图书整理")
    dialog.requirements_edit.clear()
    type_text(qtbot, dialog.requirements_edit, "识字")
    dialog.add_button.setFocus()
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    last = dialog.model.rowCount() - 1
    assert [dialog.model.index(last, c).data() for c in range(3)] == ["图书整理", "识字", "在用"]
    assert dialog.table.currentIndex().row() == last
    meals = next(i for i, p in enumerate(dialog.model.rows()) if p.name == "助餐")
    dialog.table.selectRow(meals)
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "助餐送餐")
    qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert cells(tab)[(0, 1)].startswith("09:00–11:00 助餐送餐")
    dialog.table.selectRow(last)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert dialog.model.index(last, 2).data() == "已停用"
    assert dialog.active_button.text() == "启用(&E)"
    assert "图书整理" not in [tab.make_shift_dialog().post_combo.itemText(i)
                              for i in range(tab.make_shift_dialog().post_combo.count())]


def test_a_volunteer_is_swapped_to_another_shift_with_a_reason(qtbot, week_db: Database,
                                                              tmp_path: Path) -> None:
    morning = shift(week_db)
    afternoon = shift(week_db, starts_at="14:00", ends_at="16:00", capacity=1)
    thursday = shift(week_db, day="2024-06-06", post_id=2)
    signups.sign_up(week_db, morning, volunteer(week_db, "王芳", 11), actor=STAFF)
    signups.sign_up(week_db, afternoon, volunteer(week_db, "李强", 12), actor=STAFF)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.select_shift(morning)
    assert tab.swap_button.isEnabled()
    dialog = tab.make_swap_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    assert [dialog.shift_combo.itemText(i) for i in range(dialog.shift_combo.count())] == [
        "14:00–16:00 助餐（已报 1/1　已满）"]
    before = rows(week_db)
    assert not dialog.save()
    assert dialog.status_label.text() == "⚠ 请填写换班原因"
    type_text(qtbot, dialog.reason_edit, "上午要上课")
    assert not dialog.save()
    assert "已报满" in dialog.status_label.text() and dialog.isVisible()
    assert rows(week_db) == before
    dialog.day_edit.setDate(QDate(2024, 6, 5))
    assert dialog.shift_combo.count() == 0
    assert dialog.status_label.text() == "⚠ 这一天没有别的班次：请换一天"
    assert not dialog.save() and rows(week_db) == before
    dialog.day_edit.setDate(QDate(2024, 6, 6))
    assert dialog.shift_combo.currentData() == thursday
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cells(tab)[(0, 1)] == "09:00–11:00 助餐\n已报 0/2　缺 2 人\n（还没有人报名）"
    assert cells(tab)[(0, 3)] == "09:00–11:00 文体活动\n已报 1/2　缺 1 人\n王芳"
    assert tab.status_label.text() == "✓ 已换班：王芳 换到 2024-06-06（星期四）09:00–11:00 文体活动"
    assert tab.selected() is not None and tab.selected().id == thursday  # type: ignore[union-attr]


def test_the_week_grid_is_an_item_model_that_speaks_each_shift(qtbot, qtmodeltester,
                                                              week_db: Database,
                                                              tmp_path: Path) -> None:
    tuesday = shift(week_db, capacity=2)
    shift(week_db, starts_at="14:00", ends_at="16:00", capacity=1, post_id=2)
    signups.sign_up(week_db, tuesday, volunteer(week_db, "王芳", 11), actor=STAFF)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    qtmodeltester.check(tab.model)
    assert (tab.model.rowCount(), tab.model.columnCount()) == (2, 7)
    morning = tab.model.index(0, 1)
    assert morning.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "2024-06-04（星期二）09:00–11:00 助餐；已报 1/2　缺 1 人；王芳")
    assert morning.data(Qt.ItemDataRole.ToolTipRole) == morning.data()
    assert tab.model.index(1, 1).data().startswith("14:00–16:00 文体活动")
    empty = tab.model.index(1, 0)
    assert empty.data() is None and empty.data(Qt.ItemDataRole.AccessibleTextRole) is None
    tab.grid.setCurrentIndex(empty)
    assert tab.selected() is None and not tab.sign_up_button.isEnabled()
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right)
    assert tab.selected() is not None and tab.selected().starts_at == "14:00"  # type: ignore[union-attr]
    assert tab.sign_up_button.isEnabled()


def test_the_posts_list_is_an_item_model(qtbot, qtmodeltester, week_db: Database,
                                         tmp_path: Path) -> None:
    _, tab = open_tab(qtbot, week_db, tmp_path)
    dialog = tab.make_posts_dialog()
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.headerData(2, Qt.Orientation.Horizontal) == "状态"
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    second = dialog.model.row_data(1)
    assert second is not None and dialog.name_edit.text() == second.name


def test_enter_on_a_shift_signs_up_and_on_an_empty_day_makes_a_shift(
        qtbot, week_db: Database, tmp_path: Path) -> None:
    """Keyboard users need no mnemonic: Enter on a shift with places opens 报名 for it; on a
    full shift it says what to do instead; on an empty day it opens 新建班次 on that day."""
    shift_id = shift(week_db, capacity=1)  # Tuesday 2024-06-04
    volunteer(week_db, "李强", 12)
    _, tab = open_tab(qtbot, week_db, tmp_path)
    tab.select_shift(shift_id)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    dialog = tab.findChild(SignUpDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.search_edit, "lq")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cells(tab)[(0, 1)] == "09:00–11:00 助餐\n已报 1/1　已满\n李强"
    before = rows(week_db)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert tab.status_label.text() == ("⚠ 这个班次已满：要多报一人，先按“修改名额”；"
                                       "要换人，按“换班”")
    assert rows(week_db) == before
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right)  # Wednesday: no shift
    assert tab.selected() is None
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    new = tab.findChild(ShiftDialog)
    assert new is not None and new.isVisible()
    assert new.day_edit.date() == QDate(2024, 6, 5)
