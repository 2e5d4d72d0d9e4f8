"""今日照料 from the keyboard: moving with the arrows, Space ticks and takes back (stored at
once), minutes typed on the cell, mood keys and a note, a dose recorded with Space and Enter,
the plan applied in one go, the refusal for a member not signed in with its way to the
attendance page, the kiosk account refused, and the paper sheet written as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.attendance.attendance_page import AttendancePage
from desktop.ui.care.care_log_model import Kind
from desktop.ui.care.care_log_print import CareSheetPrintDialog
from desktop.ui.care.care_log_tab import CareLogTab
from desktop.ui.care.care_page import TABS, CarePage
from desktop.ui.care.dose_dialog import DoseDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_DAY, CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF
from tests.models.care.care_log_support import add_plan, counts
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.conftest import unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def centre(db: Database) -> CareCentre:
    """王芳 李强 赵敏 present on CARE_DAY (the clock at noon); 王芳 plans lunch and rehab."""
    db.clock = FixedClock(CARE_NOW)
    found = care_centre(db)
    add_plan(db, found.members[0], {"lunch": ("12345", None), "rehab": ("1", 40)})
    return found


def open_tab(qtbot, db: Database, tmp_path: Path, actor: Actor = STAFF,
             signals: ShellSignals | None = None) -> tuple[CarePage, CareLogTab]:
    """The 日间照料 page (kept by the caller) showing its 今日照料 tab."""
    context = PageContext(db, actor, UiSettings(QSettings(str(tmp_path / "ui.ini"),
                                                          QSettings.Format.IniFormat)),
                          signals or ShellSignals())
    page = CarePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab("log")
    assert isinstance(tab, CareLogTab)
    tab.table.setFocus()
    return page, tab


def valid_entries(db: Database) -> list[tuple[str, str, int | None]]:
    return [(r[0], r[1], r[2]) for r in db.query(
        "SELECT p.name, e.service, e.minutes FROM care_entry e JOIN person p"
        " ON p.id = e.person_id WHERE e.voided_at IS NULL ORDER BY e.id")]


def cell(tab: CareLogTab, name: str, header: str) -> str:
    model = tab.model
    row = next(n for n in range(model.rowCount()) if model.sheet_row(n).name == name)  # type: ignore[union-attr]
    column = next(n for n, c in enumerate(model.columns()) if c.header == header)
    return str(model.index(row, column).data() or "")


def cell_editor(table: QTableView) -> QLineEdit:
    """The editor open on the table's current cell."""
    [editor] = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def test_log_is_the_first_tab_then_medication() -> None:
    assert [t.id for t in TABS][:2] == ["log", "medication"]


def test_keyboard_only_ticks_minutes_mood_and_note(qtbot, db: Database, centre: CareCentre,
                                                   tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    assert not unnamed_interactive_widgets(tab)
    table = tab.table
    # Rows in pinyin order: 李强, 王芳, 赵敏; the cursor starts on 李强's first service.
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == \
        tab.model.first_column(Kind.SERVICE)
    assert tab.count_label.text() == "今天在站 3 人"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert valid_entries(db) == [("李强", "lunch", None)]
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # taken back at once
    assert valid_entries(db) == [("李强", "lunch", None)]
    assert db.scalar("SELECT void_reason FROM care_entry WHERE service = 'personal_care'") \
        == "取消勾选"
    # Down to 王芳, right to 康复训练, type 45 and Enter.
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_4)  # the first digit opens the cell's editor
    editor = cell_editor(table)
    assert editor.text() == "4"
    qtbot.keyClick(editor, Qt.Key.Key_5)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: valid_entries(db)[-1] == ("王芳", "rehab", 45))
    assert db.scalar("SELECT count(*) FROM care_entry WHERE service = 'rehab'") == 1
    assert cell(tab, "王芳", "康复训练") == "45分"
    # The mood column: 1 is 好; the note is typed on its cell.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert tab.model.column(table.currentIndex().column()).kind is Kind.NOTE  # type: ignore[union-attr]
    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClicks(table, "w")
    editor = cell_editor(table)
    editor.setText("午睡很好")  # as an input method types Chinese
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db.scalar("SELECT note FROM care_log") == "午睡很好")
    row = db.query_one("SELECT mood, note FROM care_log")
    assert row is not None and tuple(row) == ("好", "午睡很好")
    assert db.scalar("SELECT count(*) FROM audit_log WHERE table_name IN ('care_entry',"
                     " 'care_log')") == 6  # 3 ticks, 1 void, note created then changed


def test_minutes_out_of_range_are_refused_in_words(qtbot, db: Database, centre: CareCentre,
                                                   tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    table = tab.table
    rehab = next(n for n, c in enumerate(tab.model.columns()) if c.header == "康复训练")
    table.setCurrentIndex(tab.model.index(0, rehab))
    before = counts(db)
    qtbot.keyClicks(table, "9")
    editor = cell_editor(table)
    qtbot.keyClicks(editor, "99")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.status_label.text() != "")
    assert tab.status_label.text() == "⚠ 分钟数应在 1 到 720 之间，现在是 999"
    assert counts(db) == before


def test_the_names_stay_in_view_in_the_row_headers(qtbot, db: Database, centre: CareCentre,
                                                   tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    headers = [tab.model.headerData(n, Qt.Orientation.Vertical)
               for n in range(tab.model.rowCount())]
    assert headers == ["1  李强", "2  王芳", "3  赵敏"]
    name_column = tab.model.first_column(Kind.NAME)
    assert tab.table.isColumnHidden(name_column)
    # Scrolled to the note column, whose row it is can still be read.
    tab.table.scrollTo(tab.model.index(0, tab.model.columnCount() - 1))
    assert tab.table.verticalHeader().isVisible()


def test_another_day_clears_what_the_line_said_of_the_last(qtbot, db: Database,
                                                           centre: CareCentre,
                                                           tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    tab.date_edit.setDate(QDate(2024, 5, 12))  # a Sunday: nobody signed in
    assert tab.status_label.text().startswith("⚠ 这一天没有日间照料会员签到")
    assert tab.count_label.text() == "当天在站 0 人"
    tab.date_edit.setDate(QDate(2024, 5, 13))
    assert tab.status_label.text() == ""
    assert tab.count_label.text() == "今天在站 3 人"


def test_plan_defaults_are_shown_then_applied_in_one_go(qtbot, db: Database,
                                                        centre: CareCentre,
                                                        tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    assert cell(tab, "王芳", "午餐") == "计划"
    assert cell(tab, "王芳", "康复训练") == "计划40分"
    assert valid_entries(db) == []  # shown, not stored
    assert tab.plan_button.text() == "按计划勾选全部(&A)"
    tab.plan_button.click()
    assert sorted(valid_entries(db)) == [("王芳", "lunch", None), ("王芳", "rehab", 40)]
    assert cell(tab, "王芳", "午餐") == "" and cell(tab, "王芳", "康复训练") == "40分"
    assert tab.status_label.text() == "✓ 已按计划勾选 2 项"
    assert not tab.plan_button.isEnabled()  # nothing planned is left to tick


def test_a_dose_is_recorded_with_space_and_enter(qtbot, db: Database, centre: CareCentre,
                                                 tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    column = next(n for n, c in enumerate(tab.model.columns()) if c.header == "药 12:00")
    tab.table.setCurrentIndex(tab.model.index(1, column))  # 王芳
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    dialog = tab.findChild(DoseDialog)
    assert dialog is not None and dialog.isVisible()
    assert not unnamed_interactive_widgets(dialog)
    assert dialog.giver_edit.text() == "staff" and dialog.time_edit.text() == "12:00"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    row = db.query_one("SELECT status, at_time, given_by FROM care_dose")
    assert row is not None and tuple(row) == ("given", "12:00", "staff")
    assert cell(tab, "王芳", "药 12:00") == "已服 12:00"
    # Recorded already: Space says so and opens nothing.
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert "已记录" in tab.status_label.text() and "用药" in tab.status_label.text()


def test_a_member_not_signed_in_is_refused_with_the_way_to_attendance(
        qtbot, db: Database, centre: CareCentre, tmp_path: Path) -> None:
    signals = ShellSignals()
    _page, tab = open_tab(qtbot, db, tmp_path, signals=signals)
    # Someone voids 李强's sign-in on the attendance page while the log is open.
    with db.transaction():
        db.execute("UPDATE sign_in SET voided_at = ?, void_reason = '签错了' WHERE person_id = ?",
                   ("2024-05-13T11:00:00", centre.members[1]))
    before = counts(db)
    assert not tab.attendance_button.isVisible()
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert tab.status_label.text().startswith("⚠ 李强 在 2024-05-13 没有签到，不能记录照料")
    assert counts(db) == before
    assert tab.attendance_button.isVisible()
    assert tab.model.rowCount() == 2  # the sheet shows who is present now
    asked: list[tuple[str, str]] = []
    signals.open_page.connect(lambda page: asked.append(("page", page)))
    signals.day_chosen.connect(lambda day: asked.append(("day", day)))
    tab.attendance_button.click()
    assert asked == [("page", "attendance"), ("day", "2024-05-13")]


def test_the_way_to_attendance_opens_it_on_the_day_being_entered(
        qtbot, db: Database, centre: CareCentre, ui_settings: UiSettings) -> None:
    window = MainWindow(db, STAFF, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.select_page("care")
    tab = window.page("care", CarePage).tab("log")
    assert isinstance(tab, CareLogTab)
    tab.date_edit.setDate(QDate(2024, 5, 10))
    tab.open_attendance()
    attendance_page = window.page("attendance", AttendancePage)
    shown = window.stack.currentWidget()
    assert shown is attendance_page or (shown is not None and shown.isAncestorOf(attendance_page))
    assert attendance_page.tabs.currentWidget() is attendance_page.day_panel
    assert attendance_page.day_panel.day() == date(2024, 5, 10)


def test_the_kiosk_account_sees_nothing(qtbot, db: Database, centre: CareCentre,
                                        tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path, actor=KIOSK)
    assert tab.model.rowCount() == 0
    assert "没有权限" in tab.status_label.text()


def test_the_paper_sheet_is_written_blank_and_filled(qtbot, db: Database, centre: CareCentre,
                                                     tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    tab.plan_button.click()
    dialog = CareSheetPrintDialog(db, STAFF, CARE_DAY, tab)
    qtbot.addWidget(dialog)
    assert not unnamed_interactive_widgets(dialog)
    assert dialog.filled()
    filled = dialog.save_pdf(tmp_path / "照料表")
    assert filled == tmp_path / "照料表.pdf"
    pdf = PrintedPdf(filled)
    text = " ".join(pdf.texts)
    assert "测试温馨家园日间照料记录表" in text and "李强" in text and "✓ 40" in text
    assert "记录人" in text and "第 1 页，共 1 页" in text
    width, height = pdf.size_mm(0)
    assert width > height  # 14 columns: landscape
    pdf.close()
    dialog.blank_radio.setChecked(True)
    blank = dialog.save_pdf(tmp_path / "空白")
    assert blank is not None
    pdf = PrintedPdf(blank)
    assert "○" in pdf.texts[0] and "✓ 40" not in pdf.texts[0]
    pdf.close()
