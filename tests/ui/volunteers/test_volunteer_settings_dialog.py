"""志愿服务设置 from the 服务时长 tab: saved and read back, a bad threshold refused in the
dialog with nothing written, the controls disabled for an account without EDIT_SETTINGS."""

from __future__ import annotations

from pathlib import Path

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.volunteers import rules
from desktop.ui.volunteers.ledger_tab import LedgerTab
from desktop.ui.volunteers.settings_dialog import VolunteerSettingsDialog
from desktop.ui.volunteers.volunteers_page import VolunteersPage
from tests.conftest import STAFF, count_rows
from tests.ui.conftest import unnamed_interactive_widgets
from tests.ui.volunteers.page_support import open_tab


def _tab(qtbot, db: Database, tmp_path: Path) -> tuple[VolunteersPage, LedgerTab]:
    tab = open_tab(qtbot, db, tmp_path, "ledger", LedgerTab)
    return tab.volunteers_page, tab  # type: ignore[attr-defined]


def test_settings_are_saved_from_the_ledger_tab(qtbot, db: Database, tmp_path: Path) -> None:
    page, tab = _tab(qtbot, db, tmp_path)
    assert tab.settings_button.isEnabled()
    dialog = tab.make_settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.rounding_spin.value() == 30
    assert dialog.daily_spin.value() == 8
    assert dialog.stars_edit.text() == "100,300,600,1000,1500"
    before = count_rows(db)
    dialog.stars_edit.setText("300,100,600,1000,1500")
    dialog.save()
    assert "星级门槛应为五个从小到大的正整数" in dialog.error_label.text()
    assert dialog.isVisible()
    assert count_rows(db) == before
    dialog.rounding_spin.setValue(15)
    dialog.daily_spin.setValue(6)
    dialog.stars_edit.setText("50,200,400,800,1200")
    dialog.save()
    assert not dialog.isVisible()
    assert rules.rounding_minutes(db) == 15
    assert rules.max_daily_minutes(db) == 360
    assert rules.star_hours(db) == (50, 200, 400, 800, 1200)
    assert page.isVisible()


def test_the_controls_are_disabled_without_edit_settings(qtbot, db: Database) -> None:
    dialog = VolunteerSettingsDialog(db, Actor("kiosk", Role.KIOSK))
    qtbot.addWidget(dialog)
    for widget in (dialog.rounding_spin, dialog.daily_spin, dialog.stars_edit,
                   dialog.save_button):
        assert not widget.isEnabled()
    assert "只有可以修改中心信息的账号" in dialog.error_label.text()


def test_the_dialog_says_service_time_is_rounded_down(qtbot, db: Database) -> None:
    dialog = VolunteerSettingsDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rounding_note.isVisible()
    assert dialog.rounding_note.text() == (
        "服务时长按取整单位向下取整，不满一个单位的部分不计（记录只写实际服务的时间）："
        "如取整单位 30 分钟，服务 2 小时 20 分钟记 2 小时。")
