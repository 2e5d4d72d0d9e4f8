"""The 服务证明 tab from the keyboard: a volunteer found by pinyin initials, a period chosen
and the certificate issued into the register and the print preview; a period without hours
refused in the dialog with nothing written; 补打 keeps the number and counts; a year's
certificates written into one PDF through the long-job path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

import tests.ui.volunteers.page_support as support
from desktop.models.db import Database
from desktop.ui.volunteers.certificates_tab import CertificatesTab
from desktop.ui.volunteers.volunteers_page import VolunteersPage
from tests.models.volunteers.ledger_support import counts, open_clocked, serve, volunteer
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.conftest import unnamed_interactive_widgets

_OPEN: list[VolunteersPage] = []


@pytest.fixture(autouse=True)
def _forget_pages() -> object:
    yield
    _OPEN.clear()


@pytest.fixture
def vdb(tmp_path: Path):
    database = open_clocked(tmp_path)
    yield database
    database.close()


def open_tab(qtbot, db: Database, tmp_path: Path) -> CertificatesTab:
    return support.open_tab(qtbot, db, tmp_path, "certificates", CertificatesTab)


def _people(db: Database) -> tuple[int, int]:
    li = volunteer(db, "李志远", 11, "BJV2400011")
    serve(db, li, "2024-03-05", 240, "助餐", "午餐分餐")
    wang = volunteer(db, "王晓红", 12)
    serve(db, wang, "2024-05-02", 90, "文体活动", "组织合唱")
    return li, wang


def _close_preview(tab: CertificatesTab) -> None:
    assert isinstance(tab.preview, QPrintPreviewDialog) and tab.preview.isVisible()
    tab.preview.close()


def test_a_certificate_is_issued_from_the_keyboard(qtbot, vdb: Database, tmp_path) -> None:
    _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    assert tab.model.rowCount() == 0
    assert not tab.reprint_button.isEnabled()
    dialog = tab.make_issue_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    dialog.search_edit.setFocus()
    qtbot.keyClicks(dialog.search_edit, "lzy")
    assert dialog.results.count() == 1 and "李志远" in dialog.results.item(0).text()
    assert dialog.from_edit.date() == QDate(2024, 1, 1)
    assert dialog.to_edit.date() == QDate(2024, 6, 20)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(r.name, r.number, r.minutes) for r in tab.model.rows()] == [
        ("李志远", "ZYFW-XC-T-01-2024-0001", 240)]
    assert "ZYFW-XC-T-01-2024-0001" in tab.status_label.text()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for numbers in (3, 5):  # hours and reprints line up on the right, as numbers do
        alignment = tab.model.index(0, numbers).data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment == int(right.value)
    _close_preview(tab)
    assert tab.reprint_button.isEnabled()
    assert unnamed_interactive_widgets(tab) == []


def test_a_period_without_hours_is_refused_and_nothing_written(qtbot, vdb: Database,
                                                                tmp_path) -> None:
    _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    before = counts(vdb)
    dialog = tab.make_issue_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.issue()
    assert "请先输入姓名或拼音找到志愿者" in dialog.error_label.text()
    dialog.search_edit.setText("王晓红")
    dialog.from_edit.setDate(QDate(2024, 6, 1))
    dialog.issue()
    assert dialog.isVisible()
    assert "王晓红 在 2024-06-01 至 2024-06-20 没有记录的志愿服务时长" in dialog.error_label.text()
    dialog.from_edit.setDate(QDate(2024, 6, 20))
    dialog.to_edit.setDate(QDate(2024, 6, 1))
    dialog.issue()
    assert "早于开始日期" in dialog.error_label.text()
    assert counts(vdb) == before
    assert tab.model.rowCount() == 0


def test_a_reprint_keeps_the_number_and_counts(qtbot, vdb: Database, tmp_path) -> None:
    _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    dialog = tab.make_issue_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "wxh")
    dialog.issue()
    _close_preview(tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.reprint_button, Qt.Key.Key_Space)
    again = tab.model.rows()[0]
    assert (again.number, again.reprints) == ("ZYFW-XC-T-01-2024-0001", 1)
    assert "第 1 次补打" in tab.status_label.text()
    _close_preview(tab)
    assert vdb.scalar("SELECT count(*) FROM volunteer_certificate") == 1


def test_the_years_certificates_in_one_pdf(qtbot, vdb: Database, tmp_path) -> None:
    li, wang = _people(vdb)
    tab = open_tab(qtbot, vdb, tmp_path)
    written = tab.save_year_pdf(tmp_path / "证明2024")
    assert written == tmp_path / "证明2024.pdf"
    assert written is not None
    pdf = PrintedPdf(written)
    assert len(pdf) == 2
    assert len(pdf.pages_with("李志远")) == 1 and len(pdf.pages_with("王晓红")) == 1
    assert tab.model.rowCount() == 2
    assert "已把 2 份证明存到" in tab.status_label.text()
    # Again: the same period and hours are reprinted, not numbered again.
    tab.save_year_pdf(tmp_path / "again.pdf")
    assert sorted(r.reprints for r in tab.model.rows()) == [1, 1]
    assert li != wang


def test_a_year_without_hours_writes_no_file(qtbot, tmp_path) -> None:
    db = open_clocked(tmp_path)
    try:
        tab = open_tab(qtbot, db, tmp_path)
        assert tab.save_year_pdf(tmp_path / "空.pdf") is None
        assert "2024 年还没有志愿者有服务时长" in tab.status_label.text()
        assert not (tmp_path / "空.pdf").exists()
    finally:
        db.close()
