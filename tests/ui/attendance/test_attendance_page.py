"""The attendance page driven as staff would: the day view, its dialogs, the month matrix."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTime, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.excel.attendance.attendance_export import FIRST_DATA_ROW, SHEET_TITLE
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.attendance.attendance_day_model import DaySignInModel, KioskEventModel
from desktop.ui.attendance.attendance_month_model import MonthMatrixModel
from desktop.ui.attendance.attendance_page import AttendancePage
from desktop.ui.attendance.sign_in_dialogs import AddSignInDialog
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input, not_none
from tests.ui.attendance.attendance_helpers import (
    DAY,
    KIOSK,
    NOW,
    add_members,
    open_page,
    refused,
    select,
    shown,
    written,
)
from tests.ui.conftest import CJK, mnemonics, type_text, unnamed_interactive_widgets


@pytest.fixture
def members(db: Database) -> dict[str, int]:
    """张三, 李四 (also 职康站), 王五 and 赵六 (archived); 张三 signed in at the kiosk at 08:30."""
    return add_members(db)


# -- item models -------------------------------------------------------------------------------
def test_day_models_pass_qt_model_tester(qtmodeltester, db: Database,
                                         members: dict[str, int]) -> None:
    voided = attendance.staff_sign_in(db, members["李四"], NOW.replace(hour=9), actor=STAFF,
                                      reason="补签", now=NOW)
    attendance.void_sign_in(db, voided, actor=STAFF, reason="签错人")
    with pytest.raises(attendance.KioskRefusal):
        attendance.kiosk_scan(db, "XX123", actor=KIOSK, now=NOW.replace(hour=9))
    model = DaySignInModel(db)
    model.set_day(DAY)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    events = KioskEventModel(db)
    events.set_day(DAY)
    assert events.rowCount() == 1
    qtmodeltester.check(events)
    model.set_day("2024-06-04")
    qtmodeltester.check(model)


def test_month_model_passes_qt_model_tester(qtmodeltester, db: Database,
                                            members: dict[str, int]) -> None:
    from desktop.models.attendance.attendance_month import month_matrix

    model = MonthMatrixModel()
    qtmodeltester.check(model)  # before any month is set
    model.set_matrix(month_matrix(db, "2024-06"))
    assert (model.rowCount(), model.columnCount()) == (4, 31)  # 3 members + 合计; 30 days + 合计
    qtmodeltester.check(model)


# -- the day view ------------------------------------------------------------------------------
def test_day_view_shows_who_when_how_and_by_whom(qtbot, db: Database,
                                                 members: dict[str, int]) -> None:
    paper = attendance.staff_sign_in(db, members["李四"], NOW.replace(hour=9),
                                     NOW.replace(hour=15, minute=30), actor=STAFF,
                                     reason="纸质签到", method="paper", now=NOW)
    wrong = attendance.staff_sign_in(db, members["王五"], NOW.replace(hour=9, minute=15),
                                     actor=STAFF, reason="补签", now=NOW)
    attendance.void_sign_in(db, wrong, actor=STAFF, reason="签错人")
    page = open_page(qtbot, db)
    assert page.day_panel.day().isoformat() == DAY  # today by default
    assert shown(page) == [
        ("张三", "08:30", "", "", "刷卡", "kiosk", "有效"),
        ("李四", "09:00", "15:30", "6小时30分", "纸质", "staff", "有效"),
        ("王五", "09:15", "", "", "工作人员", "staff", "已作废：签错人"),
    ]
    assert page.day_panel.count_label.text() == "签到 2 人；另有 1 条已作废"
    # A voided entry can be neither corrected nor voided again.
    select(page, wrong)
    assert not page.day_panel.correct_button.isEnabled()
    assert not page.day_panel.void_button.isEnabled()
    select(page, paper)
    assert page.day_panel.correct_button.isEnabled()
    page.day_panel.step_day(-1)
    assert shown(page) == [] and page.day_panel.count_label.text() == "签到 0 人"


def test_changes_need_the_attendance_permission(qtbot, db: Database,
                                                members: dict[str, int]) -> None:
    page = open_page(qtbot, db, KIOSK)
    panel = page.day_panel
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    assert not panel.add_button.isEnabled() and not panel.paper_button.isEnabled()
    assert not panel.correct_button.isEnabled() and not panel.void_button.isEnabled()
    assert panel.print_button.isEnabled()


def test_day_view_shows_the_kiosk_refusals(qtbot, db: Database,
                                          members: dict[str, int]) -> None:
    for card, minute in (("WH000004", 40), ("WH999999", 41)):
        with pytest.raises(attendance.KioskRefusal):
            attendance.kiosk_scan(db, card, actor=KIOSK, now=NOW.replace(hour=8, minute=minute))
    page = open_page(qtbot, db)
    model = page.day_panel.events_model
    rows = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    # The archived member's card is shown too: staff see which card was used.
    assert rows == [("08:40:00", "已归档的会员", "WH000004", "赵六"),
                    ("08:41:00", "未登记的卡号", "WH999999", "")]


def test_add_a_sign_in_through_the_dialog(qtbot, db: Database,
                                          members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = page.day_panel.make_add_dialog()
    dialog.show()
    type_text(qtbot, dialog.search_edit, "ls")
    assert dialog.results.count() == 1 and dialog.person_id() == members["李四"]
    dialog.in_edit.setTime(QTime(9, 5))
    type_text(qtbot, dialog.reason_edit, "忘带卡")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    after = written(db)
    assert (after["sign_in"], after["audit_log"]) == (before["sign_in"] + 1,
                                                      before["audit_log"] + 1)
    added = page.day_panel.selected_sign_in()
    assert added is not None and added.person_id == members["李四"]
    assert (added.time_in, added.method, added.recorded_by) == ("09:05", "staff", "staff")
    reason = db.scalar("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1")
    assert reason == "忘带卡"


def _add_dialog(qtbot, page: AttendancePage, search: str) -> AddSignInDialog:
    dialog = page.day_panel.make_add_dialog()
    dialog.show()
    type_text(qtbot, dialog.search_edit, search)
    assert dialog.person_id() is not None
    return dialog


def test_add_refuses_a_sign_out_before_the_sign_in(qtbot, db: Database,
                                                   members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = _add_dialog(qtbot, page, "ww")
    dialog.in_edit.setTime(QTime(10, 0))
    qtbot.mouseClick(dialog.out_check, Qt.MouseButton.LeftButton)
    assert dialog.out_check.isChecked() and dialog.out_edit.isEnabled()
    dialog.out_edit.setTime(QTime(9, 0))
    type_text(qtbot, dialog.reason_edit, "补签")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text("signed_out_at") == "签退时间不能早于签到时间"
    refused(db, dialog, before)


def test_add_refuses_a_time_in_the_future(qtbot, db: Database,
                                          members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = _add_dialog(qtbot, page, "ww")
    dialog.in_edit.setTime(QTime(17, 30))
    type_text(qtbot, dialog.reason_edit, "补签")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text("signed_in_at") == "签到时间不能晚于现在"
    refused(db, dialog, before)


def test_add_refuses_an_archived_member(qtbot, db: Database, members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = _add_dialog(qtbot, page, "赵六")
    assert dialog.results.currentItem().text() == "赵六（WH000004）（已归档）"
    type_text(qtbot, dialog.reason_edit, "补签")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text("person") == "此人已归档，不能签到；如需补签请先恢复"
    refused(db, dialog, before)


def test_add_refuses_a_second_sign_in_and_a_missing_reason(qtbot, db: Database,
                                                           members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = _add_dialog(qtbot, page, "zs")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text("reason") == "请填写原因"
    refused(db, dialog, before)
    type_text(qtbot, dialog.reason_edit, "补签")
    dialog.ok_button.click()
    assert dialog.error_text("reason") == ""
    assert dialog.error_text("person") == "张三 已于 2024-06-03 08:30 签到"
    refused(db, dialog, before)
    dialog.search_edit.clear()
    type_text(qtbot, dialog.search_edit, "nobody")
    dialog.ok_button.click()
    assert dialog.error_text("person") == "请先查找并选择会员"
    refused(db, dialog, before)


def test_correct_the_times_through_the_dialog(qtbot, db: Database,
                                              members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    dialog = page.day_panel.make_correct_dialog()
    assert dialog is not None
    dialog.show()
    assert dialog.in_edit.time() == QTime(8, 30)
    dialog.in_edit.setTime(QTime(8, 15))
    dialog.out_check.setChecked(True)
    dialog.out_edit.setTime(QTime(16, 0))
    type_text(qtbot, dialog.reason_edit, "按签到本更正")
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    corrected = attendance.get_sign_in(db, first.id)
    assert (corrected.time_in, corrected.time_out) == ("08:15", "16:00")
    assert shown(page)[0][:4] == ("张三", "08:15", "16:00", "7小时45分")


@pytest.mark.parametrize(("out", "field", "message"), [
    (QTime(18, 0), "signed_out_at", "签退时间不能晚于现在"),
    (QTime(8, 0), "signed_out_at", "签退时间不能早于签到时间"),
])
def test_correction_refusals_write_nothing(qtbot, db: Database, members: dict[str, int],
                                           out: QTime, field: str, message: str) -> None:
    page = open_page(qtbot, db)
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    dialog = page.day_panel.make_correct_dialog()
    assert dialog is not None
    dialog.show()
    dialog.out_check.setChecked(True)
    dialog.out_edit.setTime(out)
    type_text(qtbot, dialog.reason_edit, "更正")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text(field) == message
    refused(db, dialog, before)
    assert attendance.get_sign_in(db, first.id).signed_out_at is None


def test_correction_into_the_future_by_the_sign_in_time(qtbot, db: Database,
                                                        members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    dialog = page.day_panel.make_correct_dialog()
    assert dialog is not None
    dialog.show()
    dialog.in_edit.setTime(QTime(17, 1))
    type_text(qtbot, dialog.reason_edit, "更正")
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text("signed_in_at") == "签到时间不能晚于现在"
    refused(db, dialog, before)


def test_void_through_the_dialog(qtbot, db: Database, members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    first = attendance.todays_sign_in(db, members["张三"], DAY)
    assert first is not None
    select(page, first.id)
    dialog = page.day_panel.make_void_dialog()
    assert dialog is not None
    dialog.show()
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text("reason") == "请填写原因"
    refused(db, dialog, before)
    type_text(qtbot, dialog.reason_edit, "误刷了别人的卡")
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert shown(page)[0][-1] == "已作废：误刷了别人的卡"
    assert not page.day_panel.void_button.isEnabled()
    # The month view no longer counts it.
    month = page.show_month()
    month.set_month("2024-06")
    assert month.model.matrix is not None and month.model.matrix.total == 0


# -- the month view ------------------------------------------------------------------------------
def test_month_view_matrix_totals_and_programme_filter(qtbot, db: Database,
                                                       members: dict[str, int]) -> None:
    for name, day in (("张三", 4), ("张三", 5), ("李四", 4)):
        attendance.staff_sign_in(db, members[name], datetime(2024, 6, day, 9), actor=STAFF,
                                 reason="补签", now=datetime(2024, 6, 30, 18))
    page = open_page(qtbot, db)
    month = page.show_month()
    assert month.month() == "2024-06"
    model = month.model
    names = [model.headerData(r, Qt.Orientation.Vertical)
             for r in range(model.rowCount())]
    assert names == ["李四", "王五", "张三", "合计"]
    cell = {(r, c): model.index(r, c).data() for r in range(4) for c in range(31)}
    assert [cell[(2, c)] for c in range(1, 6)] == ["", "✓", "✓", "✓", ""]  # 张三, 2nd–6th
    assert [cell[(r, 30)] for r in range(4)] == ["1", "0", "3", "4"]  # per member, total
    assert [cell[(3, c)] for c in range(1, 6)] == ["0", "1", "2", "1", "0"]  # per day
    assert model.headerData(2, Qt.Orientation.Horizontal) == "3\n一"
    spoken = model.index(2, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "张三，2024-06-03：出勤"
    assert month.summary_label.text() == "3 人；签到 4 人次；有签到的日子 3 天"
    month.set_programme("职康站")
    assert model.rowCount() == 2 and model.index(0, 30).data() == "1"
    month.set_month("2024-05")
    assert model.matrix is not None and model.matrix.total == 0


def test_month_view_tells_apart_members_of_the_same_name(qtbot, db: Database,
                                                         members: dict[str, int]) -> None:
    people.create_person(db, make_person_input(name="张三", id_number=make_id_number(seq=9),
                                               card_number="WH000009"), actor=STAFF)
    page = open_page(qtbot, db)
    model = page.show_month().model
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names == ["李四", "王五", "张三（WH000001）", "张三（WH000009）", "合计"]
    assert model.index(2, 2).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "张三（WH000001），2024-06-03：出勤"


def test_month_view_exports_what_it_shows(qtbot, db: Database, members: dict[str, int],
                                          tmp_path: Path) -> None:
    page = open_page(qtbot, db, ADMIN)
    month = page.show_month()
    month.set_programme("温馨家园")
    result = month.export_to(tmp_path / "六月")
    assert result is not None and (result.members, result.sign_ins) == (3, 1)
    target = tmp_path / "六月.xlsx"
    assert month.status_label.text() == f"✓ 已导出 3 人到 {target}"
    workbook = load_workbook(target)
    rows = list(workbook[SHEET_TITLE].iter_rows(values_only=True))
    assert rows[0][0] == "西长安街温馨家园2024年6月考勤（温馨家园）"
    assert rows[FIRST_DATA_ROW + 1][1] == "张三" and rows[FIRST_DATA_ROW + 1][5] == "✓"
    assert rows[FIRST_DATA_ROW + 2][1] == "合计" and rows[FIRST_DATA_ROW + 2][33] == 1
    workbook.close()


def test_failed_export_says_why(qtbot, db: Database, members: dict[str, int],
                                tmp_path: Path) -> None:
    page = open_page(qtbot, db)
    month = page.show_month()
    assert month.export_to(tmp_path / "missing" / "x.xlsx") is None
    assert month.status_label.text().startswith("⚠ 导出失败：文件夹")
    for box in page.findChildren(QWidget):
        if box.isWindow() and box is not page and box.isVisible():
            box.close()


# -- accessibility and mnemonics ---------------------------------------------------------------
def _dialogs(page: AttendancePage) -> list[QWidget]:
    panel = page.day_panel
    first = attendance.todays_sign_in(page.day_panel._db, 1, DAY)
    assert first is not None
    select(page, first.id)
    found: list[QWidget] = [panel.make_add_dialog(), panel.make_print_dialog(),
                            panel.make_paper_entry_dialog()]
    for maker in (panel.make_correct_dialog, panel.make_void_dialog):
        dialog = maker()
        assert dialog is not None
        found.append(dialog)
    return found


def test_every_control_has_an_accessible_name(qtbot, db: Database,
                                              members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    assert unnamed_interactive_widgets(page) == []
    for dialog in _dialogs(page):
        dialog.show()
        assert unnamed_interactive_widgets(dialog) == [], type(dialog).__name__
        dialog.close()


def _assert_distinct_mnemonics(root: QWidget, skip: tuple[QWidget, ...] = ()) -> None:
    seen: dict[str, str] = {}
    for widget in root.findChildren(QWidget):
        if widget.window() is not root and widget.window() not in (root, *skip):
            continue  # a dialog's own widgets are checked with the dialog
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or \
                isinstance(widget, QAbstractButton):
            for letter in mnemonics(widget.text()):
                other = seen.setdefault(letter, widget.text())
                assert other == widget.text(), \
                    f"{type(root).__name__}: Alt+{letter} in {other!r} and {widget.text()!r}"
    assert seen, type(root).__name__


def test_mnemonics_do_not_clash(qtbot, db: Database, members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    _assert_distinct_mnemonics(page)
    for dialog in _dialogs(page):
        _assert_distinct_mnemonics(dialog)


def test_keyboard_reaches_the_day_actions(qtbot, db: Database,
                                          members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.day_panel.table.setFocus()
    qtbot.keyClick(page.day_panel.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AddSignInDialog))
    not_none(QApplication.activeModalWidget()).close()


# -- English -------------------------------------------------------------------------------------
def test_page_and_dialogs_show_english(qtbot, db: Database, members: dict[str, int],
                                       english: QTranslator) -> None:
    page = open_page(qtbot, db)
    assert [page.tabs.tabText(i) for i in range(2)] == ["Day", "Month"]
    panel = page.day_panel
    assert panel.add_button.text() == "&Add sign-in…"
    assert panel.print_button.text() == "&Print sign-in sheet…"
    assert panel.count_label.text() == "Signed in: 1"
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(panel.model.columnCount())]
    assert headers == ["Name", "In", "Out", "Time present", "How", "Recorded by", "Status"]
    assert shown(page)[0][4:] == ("Card", "kiosk", "Valid")
    month = page.show_month()
    assert month.model.headerData(2, Qt.Orientation.Horizontal) == "3\nMo"
    assert month.programme_combo.itemText(0) == "All programmes"
    assert month.summary_label.text() == "3 members; 1 sign-ins; 1 days with sign-ins"
    texts: list[str] = []
    for dialog in _dialogs(page):
        texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
        texts += [w.text() for w in dialog.findChildren(QLabel)]
        texts.append(dialog.windowTitle())
        # Labels in the shared base dialog are translated in the subclasses too.
        if isinstance(dialog, AddSignInDialog):
            assert "&Reason:" in texts and "Signed &out" in texts
    leftover = [t for t in texts if CJK.search(t) and "张三" not in t]
    assert leftover == []
    _assert_distinct_mnemonics(page)
    for dialog in _dialogs(page):
        _assert_distinct_mnemonics(dialog)
