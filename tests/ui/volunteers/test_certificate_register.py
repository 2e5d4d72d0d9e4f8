"""The 服务证明 tab keeps the register honest: the issue dialog cannot choose a day after today,
and issuing the same volunteer and period again is refused in the dialog with the number to
reprint, nothing written; the year's PDF made again the next day reprints, not renumbers."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from tests.models.volunteers.ledger_support import counts, open_clocked, serve, volunteer
from tests.ui.volunteers.test_certificates_tab import _close_preview, open_tab


@pytest.fixture
def vdb(tmp_path: Path):
    database = open_clocked(tmp_path)
    yield database
    database.close()


def test_the_issue_dialog_stops_at_today_and_refuses_a_second_number(
        qtbot, vdb: Database, tmp_path: Path) -> None:
    li = volunteer(vdb, "李志远", 11, "BJV2400011")
    serve(vdb, li, "2024-03-05", 240, "助餐", "午餐分餐")
    tab = open_tab(qtbot, vdb, tmp_path)
    dialog = tab.make_issue_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.to_edit.maximumDate() == QDate(2024, 6, 20)
    dialog.to_edit.setDate(QDate(2024, 12, 31))
    assert dialog.to_edit.date() == QDate(2024, 6, 20)
    qtbot.keyClicks(dialog.search_edit, "lzy")
    dialog.issue()
    _close_preview(tab)
    before = counts(vdb)
    again = tab.make_issue_dialog()
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClicks(again.search_edit, "lzy")
    again.issue()
    assert again.isVisible()
    assert ("已于 2024-06-20 出具，编号 ZYFW-XC-T-01-2024-0001（4.0 小时）"
            in again.error_label.text())
    assert "点“补打”" in again.error_label.text()
    assert counts(vdb) == before
    assert tab.model.rowCount() == 1


def test_the_years_pdf_again_the_next_day_does_not_fill_the_register(
        qtbot, vdb: Database, tmp_path: Path) -> None:
    li = volunteer(vdb, "李志远", 11)
    serve(vdb, li, "2024-03-05", 240, "助餐", "午餐分餐")
    tab = open_tab(qtbot, vdb, tmp_path)
    assert tab.save_year_pdf(tmp_path / "证明2024.pdf") is not None
    vdb.clock = FixedClock(vdb.clock.now() + timedelta(days=1))
    assert tab.save_year_pdf(tmp_path / "证明2024-again.pdf") is not None
    assert [(r.number, r.period_to, r.reprints) for r in tab.model.rows()] == [
        ("ZYFW-XC-T-01-2024-0001", "2024-06-20", 1)]
