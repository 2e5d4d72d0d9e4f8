"""报送并关账 on the 月报 page: offered only when the revision it would submit was exported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.reporting.export_page import ExportPage
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, STAFF, make_person_input, save_centre_profile

TODAY = date(2024, 6, 10)


def _page(qtbot, db: Database, folder: Path) -> ExportPage:
    save_centre_profile(db)
    pid = people.create_person(db, make_person_input(joined_on="2024-01-10"), actor=STAFF,
                               today=TODAY)
    attendance.staff_sign_in(db, pid, datetime(2024, 5, 6, 9), datetime(2024, 5, 6, 15),
                             actor=STAFF, reason="补签", now=datetime(2024, 6, 1, 12))
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    db.clock = FixedClock(TODAY)
    page = ExportPage(db, ADMIN, settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_month("2024-05")
    page.folder_edit.setText(str(folder))
    return page


def _submissions(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM month_report WHERE kind = 'submission'"))


def test_after_a_reopen_submitting_waits_for_the_next_revisions_export(
        qtbot, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, db, tmp_path)
    panel = page.close_panel
    # Nothing exported yet: greyed out, and the reason is beside the button.
    assert not panel.close_button.isEnabled()
    assert panel.close_hint_label.text() == "第 1 版还没有导出：先导出月报，再报送"
    assert page.export() is not None
    assert panel.close_button.isEnabled() and panel.close_hint_label.text() == ""
    panel.make_close_confirmation().accept()
    assert _submissions(db) == 1
    dialog = panel.make_reopen_dialog()
    dialog.reason_edit.setText("区残联要求更正签到")
    dialog.accept()

    # Reopened: version 2 does not exist yet, so it is not offered for submission.
    assert not panel.close_button.isEnabled()
    reason = "第 2 版还没有导出：先导出月报，再报送"
    assert panel.close_hint_label.text() == reason and panel.close_hint_label.isVisible()
    assert panel.close_button.toolTip() == reason
    assert panel.close_button.accessibleDescription() == reason
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    # No "报送第2版？" for a file never made.
    assert not [b for b in panel.findChildren(QMessageBox) if b.isVisible()]
    assert _submissions(db) == 1

    second = page.export()
    assert second is not None and second.name.endswith("_2024-05_v2.xlsx")
    assert panel.close_button.isEnabled() and panel.close_hint_label.text() == ""
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in panel.findChildren(QMessageBox)))
    box = next(b for b in panel.findChildren(QMessageBox) if b.isVisible())
    assert "报送 2024-05 第 2 版月报并关账" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert _submissions(db) == 2
    assert panel.state_label.text().startswith("已报送关账：第 2 版")


def test_the_current_month_cannot_be_submitted_before_it_ends(qtbot, db: Database,
                                                            tmp_path: Path) -> None:
    page = _page(qtbot, db, tmp_path)
    page.set_month("2024-06")
    assert page.export() is not None
    assert not page.close_panel.close_button.isEnabled()
    assert page.close_panel.close_hint_label.text() == "2024-06 还没有结束，月底之后才能报送"
