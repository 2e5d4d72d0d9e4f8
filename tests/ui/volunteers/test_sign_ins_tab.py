"""The 签到记录 tab with real widgets: the day's volunteer sign-ins with their shift, hours and
state; each staff action through its form (confirm unplanned service, credit to the shift's
end, correct times, void, sign in and out by hand); no-shows marked, excused and undone; a
refusal shown with nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import tests.ui.volunteers.page_support as support
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.volunteers import no_shows, sign_ins
from desktop.ui.shell.ui_settings import UiSettings
from desktop.ui.volunteers.sign_ins_tab import SignInsTab
from tests.conftest import STAFF, submit_month
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    post_id,
    service_rows,
    shift,
    sign_up,
    volunteer,
)
from tests.ui.conftest import type_text, unnamed_interactive_widgets


@dataclass
class Day:
    db: Database
    clock: FixedClock
    morning: int  # 王芳: signed in to the 09:00–11:00 shift, never signed out
    unplanned: int  # 李强: no shift, signed in 09:00 and out 11:00
    afternoon: int  # 赵敏: signed in to the 13:00–15:00 shift (not ended at noon)
    absent: int  # 陈静: signed up for the morning shift, never came
    late: int  # 刘洋: the same


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute)


@pytest.fixture
def day(tmp_path: Path) -> Iterator[Day]:
    db, clock = open_clocked(tmp_path)
    wang = volunteer(db, "王芳", 1)
    li = volunteer(db, "李强", 2)
    zhao = volunteer(db, "赵敏", 3)
    chen = volunteer(db, "陈静", 4)
    liu = volunteer(db, "刘洋", 5)
    morning = shift(db, DAY, "09:00", "11:00")
    afternoon = shift(db, DAY, "13:00", "15:00", post="文体活动")
    for person in (wang, chen, liu):
        sign_up(db, morning, person)
    sign_up(db, afternoon, zhao)
    first = sign_ins.volunteer_sign_in(db, wang, method="staff", actor=STAFF, now=_at(8, 55))
    second = sign_ins.volunteer_sign_in(db, li, method="staff", actor=STAFF, now=_at(9))
    sign_ins.volunteer_sign_out(db, second.sign_in.id, actor=STAFF, now=_at(11),
                                method="staff")
    third = sign_ins.volunteer_sign_in(db, zhao, method="staff", actor=STAFF, now=_at(11, 50))
    yield Day(db, clock, first.sign_in.id, second.sign_in.id, third.sign_in.id, chen, liu)
    db.close()


def open_tab(qtbot, db: Database, ui_settings: UiSettings) -> SignInsTab:
    """The tab as the 志愿服务 page builds it, at a normal window size."""
    return support.open_tab(qtbot, db, ui_settings, "sign_ins", SignInsTab)


def cells(model) -> list[tuple[str, ...]]:
    return [tuple(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def boxes(tab: SignInsTab) -> list[str]:
    return [b.text() for b in tab.findChildren(QMessageBox) if b.isVisible()]


def test_the_day_shows_each_sign_in_with_its_shift_times_hours_and_state(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    assert not unnamed_interactive_widgets(tab)
    assert cells(tab.sign_in_model) == [
        ("王芳", "助餐 09:00–11:00", "08:55", "", "", "未签退"),
        ("李强", "临时服务", "09:00", "11:00", "", "待确认"),
        ("赵敏", "文体活动 13:00–15:00", "11:50", "", "", "未签退"),
    ]
    # The morning shift has ended: its sign-ups without a sign-in were marked on opening.
    assert cells(tab.no_show_model) == [("刘洋", "助餐 09:00–11:00", "未到", ""),
                                        ("陈静", "助餐 09:00–11:00", "未到", "")]


def test_unplanned_service_is_confirmed_with_its_post_and_content(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.select_sign_in(day.unplanned)
    assert tab.confirm_button.isEnabled()
    assert not tab.shift_end_button.isEnabled()
    dialog = tab.make_confirm_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    dialog.post_combo.setCurrentIndex(dialog.post_combo.findData(post_id(day.db, "文体活动")))
    type_text(qtbot, dialog.content_edit, "陪老人聊天")
    dialog.try_accept()
    assert not dialog.isVisible()
    assert tab.status_label.text() == "✓ 已确认 李强 的临时服务"
    assert cells(tab.sign_in_model)[1] == ("李强", "临时服务", "09:00", "11:00", "2.0", "已确认")
    assert service_rows(day.db) == [(day.unplanned, 120, "陪老人聊天", True)]


def test_confirming_without_content_is_refused_and_nothing_is_written(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    before = counts(day.db)
    tab.select_sign_in(day.unplanned)
    dialog = tab.make_confirm_dialog()
    assert dialog is not None
    dialog.show()
    dialog.try_accept()
    message = "请填写服务内容（做了什么），例如：协助午餐分餐"
    assert tab.status_label.text() == "⚠ " + message
    # The form stays open with the reason in it, nothing typed lost.
    assert dialog.isVisible()
    assert dialog.error_label.text() == "⚠ " + message
    assert counts(day.db) == before
    assert cells(tab.sign_in_model)[1][-1] == "待确认"


def test_a_forgotten_sign_out_is_credited_to_the_shift_end_only_after_it_ended(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.select_sign_in(day.afternoon)
    before = counts(day.db)
    dialog = tab.make_shift_end_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "忘记签退")
    dialog.accept()
    message = "班次 15:00 才结束：请在班次结束后再按班次结束计"
    assert tab.status_label.text() == "⚠ " + message
    assert boxes(tab) == [message]
    assert counts(day.db) == before

    tab.select_sign_in(day.morning)
    dialog = tab.make_shift_end_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "忘记签退，带班老师确认")
    dialog.accept()
    assert tab.status_label.text() == "✓ 已按班次结束 11:00 为 王芳 签退"
    assert cells(tab.sign_in_model)[0] == ("王芳", "助餐 09:00–11:00", "08:55", "11:00", "2.0",
                                           "已确认")


def test_times_are_corrected_with_a_reason_and_the_hours_made_again(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.select_sign_in(day.morning)
    dialog = tab.make_correct_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    assert not dialog.out_check.isChecked()
    dialog.out_check.setChecked(True)
    dialog.out_edit.setTime(dialog.out_edit.time().fromString("10:00", "HH:mm"))
    type_text(qtbot, dialog.reason_edit, "十点提前离开，本人说明")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # Enter is OK
    assert not dialog.isVisible()
    assert tab.status_label.text() == "✓ 已更正 王芳 的签到时间"
    assert cells(tab.sign_in_model)[0][3:] == ("10:00", "1.0", "已确认")
    assert service_rows(day.db) == [(day.morning, 60, "助餐", True)]


def test_a_sign_in_is_voided_with_a_reason(qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.select_sign_in(day.afternoon)
    dialog = tab.make_void_dialog()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason_edit, "误刷卡")
    dialog.accept()
    assert tab.status_label.text() == "✓ 已作废 赵敏 的签到"
    assert cells(tab.sign_in_model)[2][-1] == "已作废：误刷卡"
    assert not tab.void_button.isEnabled()
    assert tab.make_void_dialog() is None


def test_staff_sign_a_volunteer_in_and_out_by_hand(qtbot, day: Day,
                                                   ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    # She came but was marked 未到 when the tab opened: staff undo that first.
    absent = [found for r in range(tab.no_show_model.rowCount())
              if (found := tab.no_show_model.row_data(r)) is not None and found.name == "陈静"]
    no_shows.undo_no_show(day.db, absent[0].signup_id, "来了，忘记签到", actor=STAFF)
    tab.refresh()  # leaving the tab and coming back does not mark her again
    assert [n.name for n in tab.no_show_model.rows()] == ["刘洋"]
    dialog = tab.make_staff_sign_in_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    type_text(qtbot, dialog.search_edit, "cj")  # her initials
    assert [dialog.results.item(r).text().split("　")[0]
            for r in range(dialog.results.count())] == ["陈静"]
    # Her shift is chosen with its times; over at noon, so signed out at its end.
    assert dialog.shift_combo.currentText() == "助餐 09:00–11:00"
    assert dialog.time_edit.time().toString("HH:mm") == "09:00"
    assert dialog.out_check.isChecked()
    assert dialog.out_edit.time().toString("HH:mm") == "11:00"
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("09:05", "HH:mm"))
    dialog.out_check.setChecked(False)
    dialog.try_accept()
    assert tab.status_label.text() == "✓ 已为 陈静 签到（助餐 09:00–11:00）"
    row = cells(tab.sign_in_model)[2]
    assert row == ("陈静", "助餐 09:00–11:00", "09:05", "", "", "未签退")
    assert tab.selected_sign_in() is not None
    assert tab.selected_sign_in().name == "陈静"  # type: ignore[union-attr]
    assert tab.staff_out_button.isEnabled()
    tab.staff_out_button.click()
    assert tab.status_label.text() == "✓ 已为 陈静 签退（12:00）"
    # Signed out at noon of an 09:00–11:00 shift: the overlap from 09:05 (115 minutes),
    # rounded down to the half hour.
    assert cells(tab.sign_in_model)[2][3:] == ("12:00", "1.5", "已确认")
    method = day.db.scalar("SELECT method FROM volunteer_sign_in WHERE person_id = ?",
                           (day.absent,))
    assert method == "staff"


def test_staff_sign_in_for_a_past_shift_takes_the_shift_times(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    # 刘洋 forgot the kiosk yesterday: signed up for yesterday's shift, never signed in.
    yesterday = DAY - timedelta(days=1)
    past = shift(day.db, yesterday, "14:00", "16:00", post="文体活动")
    sign_up(day.db, past, day.late)
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.set_day(yesterday)
    dialog = tab.make_staff_sign_in_dialog()
    assert dialog is not None
    dialog.show()
    dialog.try_accept()  # nobody chosen yet
    assert dialog.isVisible()
    assert dialog.error_label.text() == "⚠ 请先输入姓名或拼音找到志愿者，再选中一位"
    type_text(qtbot, dialog.search_edit, "liuyang")
    # The tab marked the ended shift 未到 as it opened: the form says signing in undoes it.
    assert [dialog.shift_combo.itemText(i) for i in range(dialog.shift_combo.count())] == [
        "文体活动 14:00–16:00（已记未到，代签到后撤销）", "不按班次（临时服务）"]
    assert (dialog.time_edit.time().toString("HH:mm"),
            dialog.out_edit.time().toString("HH:mm")) == ("14:00", "16:00")
    assert dialog.out_check.isChecked()
    # 临时服务 goes back to the tab's time, without a sign-out; the shift back to its times.
    dialog.shift_combo.setCurrentIndex(1)
    assert dialog.time_edit.time().toString("HH:mm") == "09:00"
    assert not dialog.out_check.isChecked()
    dialog.shift_combo.setCurrentIndex(0)
    dialog.try_accept()
    assert not dialog.isVisible()
    assert tab.status_label.text() == "✓ 已为 刘洋 签到、签退（文体活动 14:00–16:00），计 2.0 小时"
    assert cells(tab.sign_in_model) == [
        ("刘洋", "文体活动 14:00–16:00", "14:00", "16:00", "2.0", "已确认")]
    # Her 未到 is undone, and not marked again when the tab is shown again.
    assert cells(tab.no_show_model) == []
    tab.refresh()
    assert cells(tab.no_show_model) == []
    assert day.db.scalar("SELECT reason FROM volunteer_signup WHERE shift_id = ?",
                         (past,)) == "员工代签到：本人来了"


def test_crediting_a_sign_in_that_already_has_hours_is_refused(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    # Written as the old demo did: hours without a sign-out or a staff confirmation.
    with day.db.transaction():
        day.db.execute(
            "INSERT INTO volunteer_service (person_id, day, post_id, shift_id, sign_in_id,"
            " minutes, content, recorded_by, created_at) SELECT person_id, day, ?, shift_id,"
            " id, 120, '助餐', 'demo', created_at FROM volunteer_sign_in WHERE id = ?",
            (post_id(day.db), day.morning))
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.select_sign_in(day.morning)
    before = counts(day.db)
    dialog = tab.make_shift_end_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "忘记签退")
    dialog.accept()
    message = ("王芳 2024-05-14 的这次签到已经计了 2.0 小时服务时长，不能再计一次："
               "时间有误请用“更正时间”")
    assert tab.status_label.text() == "⚠ " + message
    assert boxes(tab) == [message]
    assert counts(day.db) == before


def test_a_wrong_excuse_is_undone_back_to_no_show(qtbot, day: Day,
                                                 ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.no_show_table.selectRow(1)
    assert not tab.undo_excuse_button.isEnabled()  # 未到, not 请假
    dialog = tab.make_excuse_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "前一天电话请假")
    dialog.accept()
    tab.no_show_table.selectRow(1)
    assert not tab.excuse_button.isEnabled() and not tab.undo_button.isEnabled()
    assert tab.undo_excuse_button.isEnabled()
    assert tab.undo_excuse_button.text() == "撤销请假(&X)…"
    dialog = tab.make_undo_excuse_dialog()
    assert dialog is not None
    before = counts(day.db)
    dialog.accept()  # no reason: OK is off
    assert counts(day.db) == before
    type_text(qtbot, dialog.reason_edit, "请假的是另一位")
    dialog.accept()
    assert tab.status_label.text() == "✓ 已撤销 陈静 的请假，恢复为未到"
    assert cells(tab.no_show_model)[1] == ("陈静", "助餐 09:00–11:00", "未到", "请假的是另一位")
    assert day.db.scalar("SELECT status FROM volunteer_signup WHERE person_id = ?",
                         (day.absent,)) == "no_show"


def test_no_shows_are_marked_then_excused_or_undone(qtbot, day: Day,
                                                    ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    # Marked when the tab opened; the button finds nothing more.
    tab.mark_button.click()
    assert tab.status_label.text() == "✓ 没有需要标记的未到：已结束班次的报名都已签到或已处理"
    assert cells(tab.no_show_model) == [("刘洋", "助餐 09:00–11:00", "未到", ""),
                                        ("陈静", "助餐 09:00–11:00", "未到", "")]
    tab.no_show_table.selectRow(1)
    dialog = tab.make_excuse_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "前一天电话请假")
    dialog.accept()
    assert tab.status_label.text() == "✓ 已把 陈静 改为请假"
    assert cells(tab.no_show_model)[1] == ("陈静", "助餐 09:00–11:00", "请假", "前一天电话请假")
    tab.no_show_table.selectRow(0)
    dialog = tab.make_undo_dialog()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "来了但忘记签到")
    dialog.accept()
    assert tab.status_label.text() == "✓ 已撤销 刘洋 的未到"
    assert cells(tab.no_show_model) == [("陈静", "助餐 09:00–11:00", "请假", "前一天电话请假")]
    tab.no_show_table.selectRow(0)
    assert not tab.excuse_button.isEnabled()
    assert day.db.scalar("SELECT status FROM volunteer_signup WHERE person_id = ?",
                         (day.absent,)) == "excused"


def test_a_sign_out_of_a_day_gone_by_is_refused_and_nothing_is_written(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    day.clock.advance(timedelta(days=1))
    tab.refresh()
    tab.select_sign_in(day.afternoon)
    before = counts(day.db)
    tab.staff_out_button.click()
    assert tab.status_label.text() == "⚠ 只能签退当天的签到；以前的日期请由工作人员更正时间"
    assert counts(day.db) == before


def test_a_closed_month_is_read_only_and_a_change_started_before_is_refused(
        qtbot, day: Day, ui_settings: UiSettings) -> None:
    tab = open_tab(qtbot, day.db, ui_settings)
    tab.select_sign_in(day.afternoon)
    dialog = tab.make_void_dialog()  # opened before the month was closed elsewhere
    assert dialog is not None
    day.clock.set(datetime(2024, 6, 10, 9, 0))
    submit_month(day.db, "2024-05", today=date(2024, 6, 10))
    before = counts(day.db)
    type_text(qtbot, dialog.reason_edit, "误刷卡")
    dialog.accept()
    assert tab.status_label.text().startswith("⚠ 2024-05 已报送关账")
    assert counts(day.db) == before
    assert cells(tab.sign_in_model)[2][-1] == "未签退"
    # The tab now says so and offers no change for that day.
    assert tab.closed_label.text() == "⚠ 2024-05 已报送关账，记录只读"
    assert not any(b.isEnabled() for b in (
        tab.staff_in_button, tab.staff_out_button, tab.confirm_button, tab.shift_end_button,
        tab.correct_button, tab.void_button, tab.excuse_button, tab.undo_button,
        tab.undo_excuse_button))
    assert tab.make_staff_sign_in_dialog() is None
