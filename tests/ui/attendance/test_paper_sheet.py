"""The paper fallback: the printed sign-in sheet (PDF, preview) and the tick-list entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime

from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.attendance.paper_entry import TickListModel, tick_rows
from desktop.ui.attendance.paper_sheet import load_sheet, sheet_html, write_sheet_pdf
from tests.conftest import STAFF, make_id_number, make_person_input, not_none
from tests.models.storage.test_leftovers import export_leftovers
from tests.ui.attendance.attendance_helpers import (
    DAY,
    add_members,
    open_page,
    refused,
    shown,
    written,
)
from tests.ui.common.pdf_reading import MM_PER_POINT, PrintedPdf


@pytest.fixture
def members(db: Database) -> dict[str, int]:
    """张三, 李四 (also 职康站), 王五 and 赵六 (archived); 张三 signed in at the kiosk at 08:30."""
    return add_members(db)


def test_sign_in_sheet_pdf_is_written(qtbot, db: Database, members: dict[str, int],
                                      tmp_path: Path) -> None:
    page = open_page(qtbot, db)
    dialog = page.day_panel.make_print_dialog()
    dialog.show()
    assert dialog.count_label.text() == "应到 3 人"
    content = dialog.content()
    assert [m[1] for m in content.members] == ["李四", "王五", "张三"]
    written_to = dialog.save_pdf(tmp_path / "签到表")
    assert written_to == tmp_path / "签到表.pdf"
    assert written_to.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert dialog.status_label.text() == f"✓ 已保存到 {written_to}"
    failed = dialog.save_pdf(tmp_path / "missing" / "x.pdf")
    assert failed is None and dialog.status_label.text().startswith("⚠ 保存失败")


def test_saving_a_pdf_removes_what_a_killed_save_left_in_the_folder(
        qtbot, db: Database, members: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    _, keep = export_leftovers(folder)
    page = open_page(qtbot, db)
    dialog = page.day_panel.make_print_dialog()
    written_to = dialog.save_pdf(folder / "签到表")
    assert written_to is not None
    assert set(folder.iterdir()) == keep | {written_to}


def test_every_page_of_a_long_sheet_names_the_centre_and_day_and_is_numbered(
        qapp, db: Database, members: dict[str, int], tmp_path: Path) -> None:
    for seq in range(10, 50):
        people.create_person(db, make_person_input(
            name=f"会员{seq:02d}", id_number=make_id_number(seq=seq), card_number=f"C{seq:04d}"),
            actor=STAFF)
    pdf = PrintedPdf(write_sheet_pdf(load_sheet(db, date(2024, 6, 3), None), tmp_path / "s.pdf"))
    pages = len(pdf)
    assert pages >= 2
    for number, text in enumerate(pdf.texts):
        assert text.startswith("西长安街温馨家园 签到表 2024-06-03（星期一） 服务项目：全部项目")
        assert f"第 {number + 1} 页，共 {pages} 页" in text
        assert "签到时间" in text and "签名" in text
    assert pdf.pages_with("应到：43 人") == [0]
    # Who made the sheet and who checked and entered it: once, at the end.
    for label in ("制表人", "核对人", "录入日期"):
        assert pdf.pages_with(label) == [pages - 1], label
    assert "张三" in pdf.texts[-1] and "年 月 日" in pdf.texts[-1]
    # Names in 12 pt for members with low vision (a line of Chinese is about 0.9 of the size
    # high), and rows tall enough to sign in.
    first, second = pdf.box(0, "会员10"), pdf.box(0, "会员11")
    assert first.height() >= 12 * 0.85
    assert (second.top() - first.top()) * MM_PER_POINT >= 9
    pdf.close()


def test_sign_in_sheet_html_lists_members_with_empty_columns(db: Database,
                                                             members: dict[str, int]) -> None:
    text = sheet_html(load_sheet(db, date(2024, 6, 3), "职康站"))
    assert "西长安街温馨家园签到表" in text
    assert "日期：2024-06-03（星期一）" in text and "服务项目：职康站" in text
    assert "<th" in text and "签到时间" in text and "签名" in text
    assert "李四" in text and "WH000002" in text and "张三" not in text


def test_print_preview_renders_the_sheet(qtbot, db: Database, members: dict[str, int],
                                         tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    page = open_page(qtbot, db)
    dialog = page.day_panel.make_print_dialog()
    preview = dialog.make_preview()
    pages: list[int] = []
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    preview.paintRequested.connect(lambda p: pages.append(1))
    preview.paintRequested.emit(printer)
    assert pages and (tmp_path / "preview.pdf").read_bytes().startswith(b"%PDF")
    preview.deleteLater()


def test_tick_list_enters_exactly_the_ticked_members(qtbot, db: Database,
                                                     members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = page.day_panel.make_paper_entry_dialog()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    model = dialog.model
    assert [not_none(model.row(r)).name for r in range(model.rowCount())] == \
        ["李四", "王五", "张三"]
    assert model.index(2).data() == "张三　WH000001（已于 08:30 签到）"
    assert dialog.count_label.text() == "已勾选 0 人；已签到 1 人（不重复录入）"
    # Type-ahead in the list by initials, Space ticks.
    dialog.list_view.setFocus()
    qtbot.keyClicks(dialog.list_view, "ww")
    assert dialog.list_view.currentIndex().row() == 1
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
    assert model.ticked_ids() == [members["王五"]]
    # The jump box: initials, then Enter ticks; the dialog stays open.
    dialog.jump_edit.setFocus()
    qtbot.keyClicks(dialog.jump_edit, "ls")
    qtbot.keyClick(dialog.jump_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.jump_edit.text() == ""
    assert model.ticked_ids() == [members["李四"], members["王五"]]
    # Enter on the list toggles the current member too, and does not enter the sheet.
    dialog.list_view.setFocus()
    assert dialog.list_view.currentIndex().row() == 0
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert dialog.isVisible() and model.ticked_ids() == [members["王五"]]
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
    assert model.ticked_ids() == [members["李四"], members["王五"]]
    # 张三 already signed in: cannot be unticked or entered twice.
    model.toggle(2)
    assert model.index(2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.count_label.text() == "已勾选 2 人；已签到 1 人（不重复录入）"
    dialog.arrival_edit.setTime(QTime(9, 30))
    before = written(db)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.added == 2
    assert written(db)["sign_in"] == before["sign_in"] + 2
    entered = {(s.name, s.method, s.time_in) for s in attendance.day_sign_ins(db, DAY)}
    assert entered == {("张三", "card", "08:30"), ("李四", "paper", "09:30"),
                       ("王五", "paper", "09:30")}
    assert len(shown(page)) == 3  # the day view refreshed


def test_tick_list_refusals_write_nothing(qtbot, db: Database,
                                          members: dict[str, int]) -> None:
    page = open_page(qtbot, db)
    dialog = page.day_panel.make_paper_entry_dialog()
    dialog.show()
    before = written(db)
    dialog.ok_button.click()
    assert dialog.error_text() == "还没有勾选任何人"
    refused(db, dialog, before)
    dialog.model.set_all(True)
    assert len(dialog.model.ticked_ids()) == 2
    dialog.arrival_edit.setTime(QTime(17, 30))  # later than "now"
    dialog.ok_button.click()
    assert dialog.errors.text("arrival") == "纸质签到表的日期和时间不能晚于现在"
    refused(db, dialog, before)


def test_tick_list_model_passes_qt_model_tester(qtmodeltester, db: Database,
                                                members: dict[str, int]) -> None:
    model = TickListModel()
    model.set_rows(tick_rows(db, DAY, None))
    model.set_all(True)
    qtmodeltester.check(model)
    assert model.find("zhang") == 2 and model.find("wh000002") == 0 and model.find("q") == -1


