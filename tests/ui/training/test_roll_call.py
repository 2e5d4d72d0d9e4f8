"""点名 with real widgets: today's session is chosen; each trainee is marked by one key (1–5,
named above the list) which moves to the next; a kiosk sign-in shows as a pre-mark for staff to
confirm; everything is saved in one action with one audit entry; an unmarked trainee, a month
closed meanwhile, refuse the save with the reason and write nothing; a closed month, a
cancelled session and one still to come are said above the list and cannot be saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.training import enrolment, roll_call, sessions
from desktop.ui.training.roll_call_tab import RollCallTab
from tests.conftest import STAFF, submit_month
from tests.models.training.training_support import (
    KIOSK,
    call_roll,
    clock,
    course_with_trainees,
    rows,
    trainee,
    training_db,
)
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.training.test_courses import open_tab

__all__ = ["training_db"]


def shown(tab: RollCallTab) -> list[tuple[str, str]]:
    model = tab.model
    return [(model.index(r, 0).data(), model.index(r, 1).data())
            for r in range(model.rowCount())]


def test_one_key_a_trainee_then_one_save(qtbot, training_db: Database, tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    attendance.kiosk_sign_in(training_db, course.people[1], method="search", actor=KIOSK,
                             now=datetime(2024, 6, 3, 8, 30))
    tab = open_tab(qtbot, training_db, tmp_path, "roll_call", RollCallTab)
    assert not unnamed_interactive_widgets(tab.training_page)  # type: ignore[attr-defined]
    assert tab.session_combo.currentText() == "14:00–16:00 西点烘焙初级班（未点名）"
    assert tab.keys_label.text().startswith(
        "按键标记当前学员并跳到下一位：1 出勤　2 迟到　3 早退　4 请假　5 缺勤")
    # 李四 signed in at the kiosk: pre-marked, to confirm. The first without a mark is current.
    assert shown(tab) == [("李四", "1 出勤（签到台签到，待确认）"), ("王五", "未标记"),
                          ("张三", "未标记")]
    assert tab.table.currentIndex().row() == 1
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_2)  # 王五 late, on to 张三
    qtbot.keyClick(tab.table, Qt.Key.Key_4)  # 张三 excused
    assert shown(tab) == [("李四", "1 出勤（签到台签到，待确认）"), ("王五", "2 迟到（未保存）"),
                          ("张三", "4 请假（未保存）")]
    assert tab.count_label.text() == ("共 3 人：出勤 1，迟到 1，早退 0，请假 1，缺勤 0，"
                                      "签到台待确认 1")
    # Another day and back: the marks typed are still there, not saved.
    tab.move_day(1)
    assert tab.model.rowCount() == 0
    tab.move_day(-1)
    assert tab.session_combo.currentText() == "14:00–16:00 西点烘焙初级班（有未保存的标记）"
    assert shown(tab)[1:] == [("王五", "2 迟到（未保存）"), ("张三", "4 请假（未保存）")]
    assert not training_db.scalar("SELECT count(*) FROM training_attendance")
    tab.table.selectRow(2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up)  # back to 王五: left early after all
    qtbot.keyClick(tab.table, Qt.Key.Key_3)
    assert tab.save_button.isEnabled()
    window = tab.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # 李四's kiosk pre-mark was never looked at: asked first, nothing written on No.
    box = tab.pre_mark_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("还有 1 位签到台预标的学员未确认，全部按出勤保存？")
    box.reject()
    assert not training_db.scalar("SELECT count(*) FROM training_attendance")
    assert tab.status_label.text() == (
        "⚠ 未保存：请确认标着“签到台签到，待确认”的学员（按 1 到 5），再保存点名")
    assert tab.table.currentIndex().row() == 0  # on 李四, to confirm
    qtbot.keyClick(tab.table, Qt.Key.Key_1)  # confirmed: no longer the kiosk's
    assert shown(tab)[0] == ("李四", "1 出勤（未保存）")
    assert tab.count_label.text() == "共 3 人：出勤 1，迟到 0，早退 1，请假 1，缺勤 0"
    tab.pre_mark_box = None
    qtbot.keyClick(tab.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saves
    assert tab.pre_mark_box is None  # nothing left to ask
    session = course.session_on("2024-06-03")
    assert {r["enrolment_id"]: (r["mark"], r["from_kiosk"]) for r in training_db.query(
        "SELECT * FROM training_attendance WHERE session_id = ?", (session,))} == {
        course.enrolments[0]: ("excused", 0), course.enrolments[1]: ("present", 1),
        course.enrolments[2]: ("left_early", 0)}
    assert training_db.scalar("SELECT count(*) FROM audit_log WHERE table_name ="
                              " 'training_attendance'") == 1
    assert tab.status_label.text() == "✓ 已保存点名：西点烘焙初级班 2024-06-03，3 人中出勤 2 人"
    assert shown(tab) == [("李四", "1 出勤"), ("王五", "3 早退"), ("张三", "4 请假")]
    assert tab.session_combo.currentText() == "14:00–16:00 西点烘焙初级班（已点名）"
    assert tab.count_label.text().endswith("（已保存过，可以更正后再保存）")


def test_kiosk_pre_marks_confirmed_by_a_key_kept_across_days_or_saved_when_asked(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    for person in (course.people[0], course.people[1]):
        attendance.kiosk_sign_in(training_db, person, method="search", actor=KIOSK,
                                 now=datetime(2024, 6, 3, 8, 30))
    tab = open_tab(qtbot, training_db, tmp_path, "roll_call", RollCallTab)
    assert shown(tab) == [("李四", "1 出勤（签到台签到，待确认）"), ("王五", "未标记"),
                          ("张三", "1 出勤（签到台签到，待确认）")]
    assert tab.count_label.text().endswith("签到台待确认 2")
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_1)  # 李四 confirmed
    assert shown(tab)[0] == ("李四", "1 出勤（未保存）")
    assert tab.count_label.text() == "共 3 人：出勤 2，迟到 0，早退 0，请假 0，缺勤 0，未标记 1，" \
        "签到台待确认 1"
    # The confirmation is kept like a typed mark when staff look at another day.
    tab.move_day(1)
    tab.move_day(-1)
    assert tab.session_combo.currentText() == "14:00–16:00 西点烘焙初级班（有未保存的标记）"
    assert shown(tab)[0] == ("李四", "1 出勤（未保存）")
    tab.table.selectRow(1)
    qtbot.keyClick(tab.table, Qt.Key.Key_5)  # 王五 absent
    assert not tab.save()
    box = tab.pre_mark_box
    assert box is not None
    assert box.text().startswith("还有 1 位签到台预标的学员未确认，全部按出勤保存？")
    assert not training_db.scalar("SELECT count(*) FROM training_attendance")
    box.accept()  # staff chose to save 张三's pre-mark as present
    session = course.session_on("2024-06-03")
    assert {r["enrolment_id"]: (r["mark"], r["from_kiosk"]) for r in training_db.query(
        "SELECT * FROM training_attendance WHERE session_id = ?", (session,))} == {
        course.enrolments[0]: ("present", 1), course.enrolments[1]: ("present", 1),
        course.enrolments[2]: ("absent", 0)}
    assert tab.status_label.text() == "✓ 已保存点名：西点烘焙初级班 2024-06-03，3 人中出勤 2 人"
    assert shown(tab) == [("李四", "1 出勤"), ("王五", "5 缺勤"), ("张三", "1 出勤")]


def test_the_rest_present_confirms_kiosk_pre_marks(qtbot, training_db: Database,
                                                   tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    attendance.kiosk_sign_in(training_db, course.people[1], method="search", actor=KIOSK,
                             now=datetime(2024, 6, 3, 8, 30))
    tab = open_tab(qtbot, training_db, tmp_path, "roll_call", RollCallTab)
    tab.mark_rest_present()
    assert shown(tab) == [("李四", "1 出勤（未保存）"), ("王五", "1 出勤（未保存）"),
                          ("张三", "1 出勤（未保存）")]
    assert tab.save() and tab.pre_mark_box is None
    assert training_db.scalar("SELECT count(*) FROM training_attendance") == 3


def test_thirty_trainees_by_keyboard_and_the_rest_present(qtbot, training_db: Database,
                                                         tmp_path: Path) -> None:
    course = course_with_trainees(training_db, capacity=30)
    at = clock(training_db).now()
    clock(training_db).set(datetime(2024, 5, 6, 9, 0))
    for seq in range(4, 31):
        enrolment.enrol(training_db, course.id, trainee(training_db, f"学员{seq:02d}", seq),
                        actor=STAFF)
    clock(training_db).set(at)
    tab = open_tab(qtbot, training_db, tmp_path, "roll_call", RollCallTab)
    assert tab.model.rowCount() == 30
    tab.table.setFocus()
    for _ in range(10):
        qtbot.keyClick(tab.table, Qt.Key.Key_5)
    tab.mark_rest_present()
    assert tab.save()
    marks = [r["mark"] for r in training_db.query(
        "SELECT mark FROM training_attendance WHERE session_id = ?",
        (course.session_on("2024-06-03"),))]
    assert (len(marks), marks.count("absent"), marks.count("present")) == (30, 10, 20)


def test_an_unmarked_trainee_or_a_month_closed_meanwhile_writes_nothing(
        qtbot, training_db: Database, tmp_path: Path) -> None:
    course_with_trainees(training_db)
    tab = open_tab(qtbot, training_db, tmp_path, "roll_call", RollCallTab)
    tab.day_edit.setDate(QDate(2024, 5, 6))
    assert tab.session_combo.currentText() == "14:00–16:00 西点烘焙初级班（未点名）"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_1)
    before = rows(training_db)
    assert not tab.save()
    assert tab.status_label.text() == (
        "⚠ 还有 2 位学员没有标记：王五、张三。请为每位学员选择出勤情况")
    assert rows(training_db) == before
    tab.mark_rest_present()
    submit_month(training_db, "2024-05", today=clock(training_db).today())  # elsewhere
    before = rows(training_db)
    assert not tab.save()
    assert tab.status_label.text() == "⚠ 2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    assert rows(training_db) == before
    # Shown again, the closed month is said above the list and the save is off.
    tab.move_day(2)
    tab.move_day(-2)
    assert tab.note_label.text() == "2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
    assert not tab.save_button.isEnabled()
    marks = shown(tab)  # those typed before, kept but not savable
    qtbot.keyClick(tab.table, Qt.Key.Key_5)
    assert shown(tab) == marks


def test_a_cancelled_session_one_to_come_and_a_day_without(qtbot, training_db: Database,
                                                          tmp_path: Path) -> None:
    course = course_with_trainees(training_db)
    call_roll(course, "2024-05-06", ["present", "late", "absent"])
    sessions.cancel_session(training_db, course.session_on("2024-06-05"), "老师生病",
                            actor=STAFF)
    tab = open_tab(qtbot, training_db, tmp_path, "roll_call", RollCallTab)
    tab.move_day(2)
    assert tab.session_combo.currentText() == "14:00–16:00 西点烘焙初级班（已取消）"
    assert tab.note_label.text() == "这次课已取消（老师生病），不用点名"
    assert not tab.save_button.isEnabled()
    tab.move_day(5)
    assert tab.note_label.text() == "这次课还没上，上课当天再点名"
    assert not tab.save_button.isEnabled()
    tab.move_day(1)
    assert tab.session_combo.count() == 0
    assert tab.note_label.text() == "2024-06-11 没有课：换一天，或在“课程”里给课程排课"
    assert tab.model.rowCount() == 0
    tab.day_edit.setDate(QDate(2024, 5, 6))  # a roll call taken: its marks, to correct
    assert shown(tab) == [("李四", "2 迟到"), ("王五", "5 缺勤"), ("张三", "1 出勤")]
    assert roll_call.roll_call(training_db, course.session_on("2024-05-06")).taken
    tab.go_today()
    assert tab.day_edit.date() == QDate(2024, 6, 3)
