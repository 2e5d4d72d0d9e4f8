"""The attendance page's 久未签到 panel driven as staff would: choose N, read the list, reveal
the phones, export to Excel and print to a PDF file (a real QPrinter writing a real PDF)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from desktop.excel.attendance.call_list_export import HEADER_ROW, SHEET_TITLE
from desktop.models.attendance import not_seen
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.attendance.attendance_page import AttendancePage
from desktop.ui.attendance.call_list_print import call_list_printer
from desktop.ui.attendance.not_seen_panel import NotSeenPanel
from tests.conftest import STAFF, make_id_number, make_person_input
from tests.not_seen_helpers import LISTED, add_register
from tests.ui.attendance.attendance_helpers import KIOSK, NOW, open_page
from tests.ui.conftest import unnamed_interactive_widgets


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return add_register(db, NOW.date())


def open_panel(qtbot, db: Database, actor=STAFF) -> tuple[AttendancePage, NotSeenPanel]:
    page = open_page(qtbot, db, actor)
    return page, page.show_not_seen()


def names(panel: NotSeenPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def row_of(panel: NotSeenPanel, name: str) -> list[object]:
    row = names(panel).index(name)
    return [panel.model.index(row, c).data() for c in range(panel.model.columnCount())]


def audit_reasons(db: Database) -> list[str]:
    return [str(r[0]) for r in db.query(
        "SELECT reason FROM audit_log WHERE action = 'reveal' ORDER BY id")]


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF file."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = [document.getAllText(n).text() for n in range(document.pageCount())]
    document.close()
    return pages


def pdf_printer(path: Path) -> QPrinter:
    """The list's printer (A4 landscape) writing a PDF file."""
    printer = call_list_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_model_passes_the_qt_model_tester(qtmodeltester, qtbot, db: Database,
                                          ids: dict[str, int]) -> None:
    _, panel = open_panel(qtbot, db)
    assert panel.model.rowCount() == 4
    qtmodeltester.check(panel.model)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(panel.model)


def test_lists_who_has_not_come_with_whom_to_call(qtbot, db: Database,
                                                  ids: dict[str, int]) -> None:
    page, panel = open_panel(qtbot, db)
    assert page.tabs.tabText(2) == "久未签到"
    assert panel.weeks_spin.value() == 4 and panel.weeks_spin.text() == "4 周"
    assert names(panel) == LISTED
    assert panel.summary_label.text() == \
        "截至 2024-06-03：4 周以上未签到或从未签到的在册会员 4 人，其中从未签到 1 人"
    assert row_of(panel, "王五")[1:4] == ["从未签到", 13, "2024-03-01"]
    assert row_of(panel, "李四") == [
        "李四", "2024-04-29", 5, "2020-01-01", "139****0002",
        "李大（母亲·监护人）139****1111\n李二（弟弟·家属）139****2222", "西单社区",
        "北京市西城区****"]
    assert panel.model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)  # numbers right


def test_changing_n_from_the_keyboard_updates_the_list_and_is_remembered(
        qtbot, db: Database, ids: dict[str, int]) -> None:
    page, panel = open_panel(qtbot, db)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() in (panel.weeks_spin, panel.weeks_spin.lineEdit())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert panel.weeks() == 5
    assert names(panel) == ["王五", "郑十一", "李四"]  # 钱七 (exactly 4 weeks) has left
    qtbot.waitUntil(lambda: not_seen.weeks_setting(db) == 5)
    # Typed: nothing happens on the way ("1" of "12"), the list follows on Enter.
    editor = panel.weeks_spin.lineEdit()
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    assert not_seen.weeks_setting(db) == 5 and len(names(panel)) == 3
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.weeks() == 3 and "张三" in names(panel) and "孙八" in names(panel)
    panel.hide()  # leaving the panel saves what is shown at once
    assert not_seen.weeks_setting(db) == 3
    assert panel.summary_label.text().startswith("截至 2024-06-03：3 周以上")
    # A page opened later starts from the remembered N.
    _, again = open_panel(qtbot, db)
    assert again.weeks() == 3 and len(names(again)) == len(names(panel))


def test_stepping_through_weeks_saves_the_setting_once(qtbot, db: Database,
                                                       ids: dict[str, int]) -> None:
    page, panel = open_panel(qtbot, db)
    before = _setting_entries(db)
    for _ in range(4):
        panel.weeks_spin.stepUp()
    assert panel.weeks() == 8
    qtbot.waitUntil(lambda: not_seen.weeks_setting(db) == 8)
    assert _setting_entries(db) == before + 1
    assert page.isVisible()


def test_a_setting_that_cannot_be_saved_is_said_and_the_list_still_follows(
        qtbot, db: Database, ids: dict[str, int]) -> None:
    _, panel = open_panel(qtbot, db)
    before = _setting_entries(db)
    db.scalar("PRAGMA query_only = ON")  # a read-only medium: reading works, writing fails
    try:
        panel.weeks_spin.setValue(5)
        panel.save_weeks()
        assert names(panel) == ["王五", "郑十一", "李四"]  # the list shows 5 weeks anyway
        status = panel.status_label.text()
    finally:
        db.scalar("PRAGMA query_only = OFF")
    assert status == ("⚠ 周数未能保存为中心的设置：数据库暂时无法写入：数据库文件或所在磁盘是只读的"
                      "（attempt to write a readonly database），数据未写入")
    assert panel.status_label.property("role") == "error"
    assert not_seen.weeks_setting(db) == 4 and _setting_entries(db) == before


def _setting_entries(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'setting'"))


def test_programme_filter(qtbot, db: Database, ids: dict[str, int]) -> None:
    _, panel = open_panel(qtbot, db)
    panel.programme_combo.setCurrentIndex(panel.programme_combo.findData("职康站"))
    assert names(panel) == ["王五"]


def test_clicking_a_header_sorts_and_the_order_stays(qtbot, db: Database,
                                                     ids: dict[str, int]) -> None:
    _, panel = open_panel(qtbot, db)
    header = panel.table.horizontalHeader()
    name_header = QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2)
    # By pinyin (li, qian, wang, zheng), not by code point; a second click turns it round.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert header.sortIndicatorSection() == 0
    assert names(panel) == ["李四", "钱七", "王五", "郑十一"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert names(panel) == ["郑十一", "王五", "钱七", "李四"]
    # A new list (another N) keeps the order chosen.
    panel.weeks_spin.setValue(5)
    assert names(panel) == ["郑十一", "王五", "李四"]
    panel.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert names(panel) == ["王五", "郑十一", "李四"]


def test_full_phones_need_a_tick_are_audited_and_hidden_again_on_leaving(
        qtbot, db: Database, ids: dict[str, int]) -> None:
    page, panel = open_panel(qtbot, db)
    assert audit_reasons(db) == []
    qtbot.mouseClick(panel.full_check, Qt.MouseButton.LeftButton)
    assert panel.full_details()
    assert row_of(panel, "李四")[4] == "13912340002"
    assert row_of(panel, "李四")[7] == "北京市西城区西长安街街道府右街9号"
    assert audit_reasons(db) == ["久未签到会员联系名单：显示完整电话和住址（查看）"]
    page.show_day()
    assert not panel.full_details()
    assert row_of(panel, "李四")[4] == "139****0002"
    page.show_not_seen()
    assert row_of(panel, "李四")[4] == "139****0002"
    assert len(audit_reasons(db)) == 1


def test_without_the_permission_the_tick_is_disabled(qtbot, db: Database,
                                                     ids: dict[str, int]) -> None:
    _, panel = open_panel(qtbot, db, KIOSK)
    assert not panel.full_check.isEnabled()
    assert panel.full_check.toolTip() == "没有权限查看完整电话和住址"
    assert row_of(panel, "李四")[4] == "139****0002"


def test_export_writes_the_workbook_shown(qtbot, db: Database, ids: dict[str, int],
                                          tmp_path: Path) -> None:
    _, panel = open_panel(qtbot, db)
    result = panel.export_to(tmp_path / "名单")
    target = tmp_path / "名单.xlsx"
    assert result is not None and [m.name for m in result.members] == LISTED
    assert panel.status_label.text() == f"✓ 已导出 4 人到 {target}"
    book = load_workbook(target)
    sheet = book[SHEET_TITLE]
    assert sheet["A1"].value == "西长安街温馨家园久未签到会员联系名单"
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [r[1] for r in rows] == LISTED
    assert rows[2][1] == "李四" and rows[2][5] == "139****0002"
    book.close()
    # With full phones ticked, the file has them and the export is in the audit log.
    panel.full_check.setChecked(True)
    panel.export_to(tmp_path / "电话.xlsx")
    assert panel.status_label.text() == \
        f"✓ 已导出 4 人到 {tmp_path / '电话.xlsx'}（含完整电话和住址，已记入操作日志）"
    book = load_workbook(tmp_path / "电话.xlsx")
    assert book[SHEET_TITLE].cell(row=HEADER_ROW + 3, column=6).value == "13912340002"
    book.close()
    assert audit_reasons(db)[-1] == \
        "久未签到会员联系名单：显示完整电话和住址（导出 Excel：电话.xlsx）"


def test_failed_export_says_why_and_writes_nothing(qtbot, db: Database, ids: dict[str, int],
                                                   tmp_path: Path) -> None:
    page, panel = open_panel(qtbot, db)
    panel.full_check.setChecked(True)
    before = audit_reasons(db)
    assert panel.export_to(tmp_path / "missing" / "x.xlsx") is None
    assert panel.status_label.text() == \
        f"⚠ 导出失败：文件夹 {tmp_path / 'missing'} 不存在"
    assert audit_reasons(db) == before and not (tmp_path / "missing").exists()
    for box in page.findChildren(QWidget):
        if box.isWindow() and box is not page and box.isVisible():
            box.close()


def test_print_to_a_pdf_file_follows_the_paper_rules(qtbot, db: Database, ids: dict[str, int],
                                                     tmp_path: Path) -> None:
    _, panel = open_panel(qtbot, db)
    target = tmp_path / "名单.pdf"
    printer = pdf_printer(target)
    assert panel.print_to(printer) == 1
    del printer  # closes the file
    (page,) = pdf_pages(target)
    for text in ("西长安街温馨家园久未签到会员联系名单", "截至 2024-06-03",
                 "监护人、家属和紧急联系人", "联系情况记录", "从未签到", "李大（母亲·监护人）",
                 "139****0002", "第 1 页，共 1 页", *LISTED):
        assert text in page, text
    assert "13912340002" not in page and audit_reasons(db) == []


def test_a_long_list_repeats_the_header_numbers_pages_and_never_splits_a_row(
        qtbot, db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    # Rows of three or four lines (contact and address wrap), so that page ends fall inside
    # rows unless the rows are shared out whole.
    for seq in range(11, 61):
        people.create_person(db, make_person_input(
            name=f"会员{seq:02d}", id_number=make_id_number(seq=seq), card_number=f"C{seq}",
            phone=f"1371234{seq:04d}", emergency_contact=f"联系人{seq:02d}",
            emergency_phone=f"1380000{seq:04d}",
            address=f"北京市西城区西长安街街道西单北大街一百二十八号院{seq}号楼三单元"),
            actor=STAFF)
    _, panel = open_panel(qtbot, db)
    panel.full_check.setChecked(True)
    assert panel.model.rowCount() == 54
    target = tmp_path / "长.pdf"
    printer = pdf_printer(target)
    pages = panel.print_to(printer)
    del printer
    texts = pdf_pages(target)
    assert pages is not None and pages >= 3 and len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页，共 {pages} 页" in text
        # The running header (its ideographic spaces come out of the PDF as plain ones).
        assert text.startswith("西长安街温馨家园 久未签到会员联系名单 截至 2024-06-03"), text
        assert "监护人、家属和紧急联系人" in text and "联系情况记录" in text
    # The first and the last line of every row are on the same page.
    for seq in range(11, 61):
        (page,) = [text for text in texts if f"会员{seq:02d}" in text]
        assert f"1380000{seq:04d}" in page, seq
    assert "会员60" in texts[-1]


def test_full_print_and_preview_are_audited(qtbot, db: Database, ids: dict[str, int],
                                            tmp_path: Path) -> None:
    _, panel = open_panel(qtbot, db)
    panel.full_check.setChecked(True)
    printer = pdf_printer(tmp_path / "full.pdf")
    assert panel.print_to(printer) == 1
    del printer
    (page,) = pdf_pages(tmp_path / "full.pdf")
    assert "13912340002" in page and "内含个人信息，注意保密" in page
    assert audit_reasons(db)[-1] == "久未签到会员联系名单：显示完整电话和住址（打印）"
    count = len(audit_reasons(db))
    preview = panel.make_preview()
    assert preview is not None
    assert len(audit_reasons(db)) == count + 1  # read once for the preview and its printing
    printer = pdf_printer(tmp_path / "preview.pdf")
    preview.paintRequested.emit(printer)
    preview.paintRequested.emit(printer)
    del printer
    assert "13900001111" in pdf_pages(tmp_path / "preview.pdf")[0]
    assert len(audit_reasons(db)) == count + 1
    preview.deleteLater()


def test_every_control_is_named_and_buttons_wait_for_a_list(qtbot, db: Database) -> None:
    _, panel = open_panel(qtbot, db)
    assert unnamed_interactive_widgets(panel) == []
    assert panel.model.rowCount() == 0
    assert not panel.export_button.isEnabled() and not panel.print_button.isEnabled()
    assert json.dumps(panel.weeks_spin.accessibleName(), ensure_ascii=False) == '"未签到满"'


def test_the_list_and_the_day_are_the_database_clocks(qtbot, db: Database,
                                                       ids: dict[str, int]) -> None:
    # The register is as of NOW (3 June); the clock then reads the month's last day.
    db.clock = FixedClock(datetime(2024, 6, 30, 17, 0))
    page = AttendancePage(db, STAFF)
    qtbot.addWidget(page)
    page.show()
    assert page.day_panel.day() == date(2024, 6, 30)
    panel = page.show_not_seen()
    assert panel.summary_label.text().startswith("截至 2024-06-30：")
    # Seen 3 weeks and 27 days before the 3rd: over four weeks by the 30th.
    assert {"张三", "孙八", *LISTED} <= set(names(panel))
