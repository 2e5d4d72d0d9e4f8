"""用药: today's doses with their state, 已服 / 拒服 recorded for the selected dose with the time
and giver shown, a wrong record voided with a reason and recorded again, a refusal shown with
nothing written, and the kiosk account refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime

from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.medication_tab import MedicationTab
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF
from tests.models.care.care_log_support import counts
from tests.ui.conftest import unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def centre(db: Database) -> CareCentre:
    """王芳 (08:00, 12:00) 李强 赵敏 (12:00) present; the clock at noon."""
    db.clock = FixedClock(CARE_NOW)
    return care_centre(db)


def open_tab(qtbot, db: Database, tmp_path: Path,
             actor: Actor = STAFF) -> tuple[CarePage, MedicationTab]:
    """The 日间照料 page (kept by the caller) showing its 用药 tab."""
    context = PageContext(db, actor, UiSettings(QSettings(str(tmp_path / "ui.ini"),
                                                          QSettings.Format.IniFormat)),
                          ShellSignals())
    page = CarePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    tab = page.tab("medication")
    assert isinstance(tab, MedicationTab)
    return page, tab


def rows(tab: MedicationTab) -> list[tuple[str, ...]]:
    model = tab.due_model
    return [tuple(str(model.index(r, c).data() or "") for c in range(5))
            for r in range(model.rowCount())]


def select(tab: MedicationTab, name: str, time: str) -> None:
    number = next(n for n, d in enumerate(tab.due_model.rows())
                  if (d.name, d.time) == (name, time))
    tab.due_table.selectRow(number)


def test_todays_doses_are_listed_with_their_state(qtbot, db: Database, centre: CareCentre,
                                                  tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    assert not unnamed_interactive_widgets(tab)
    assert rows(tab) == [
        ("08:00", "王芳", "丙戊酸钠缓释片", "0.5g", "超时未记录"),
        ("12:00", "李强", "丙戊酸钠缓释片", "0.5g", "待服（到时间了）"),
        ("12:00", "王芳", "丙戊酸钠缓释片", "0.5g", "待服（到时间了）"),
        ("12:00", "赵敏", "丙戊酸钠缓释片", "0.5g", "待服（到时间了）")]
    # The first row is four hours late: the time offered is its own, not the time of entry.
    assert tab.giver_edit.text() == "staff" and tab.time_edit.text() == "08:00"
    select(tab, "李强", "12:00")
    assert tab.time_edit.text() == "12:00"  # due now: now


def test_buttons_record_the_selected_dose_and_a_wrong_one_is_voided(
        qtbot, db: Database, centre: CareCentre, tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    select(tab, "李强", "12:00")
    tab.time_edit.setTime(QTime(11, 55))
    tab.given_button.click()
    row = db.query_one("SELECT status, at_time, given_by FROM care_dose")
    assert row is not None and tuple(row) == ("given", "11:55", "staff")
    assert tab.status_label.text() == "✓ 已记录：李强 12:00 丙戊酸钠缓释片 已服"
    assert ("12:00", "李强", "丙戊酸钠缓释片", "0.5g", "已服") in rows(tab)
    assert tab.history_model.rowCount() == 1
    # It was a refusal: void with a reason, then record again.
    select(tab, "李强", "12:00")
    assert tab.void_button.isEnabled() and not tab.given_button.isEnabled()
    assert tab.void("记错了")
    tab.refused_button.click()
    assert [tuple(r) for r in db.query("SELECT status, void_reason FROM care_dose"
                                       " ORDER BY id")] == [("given", "记错了"),
                                                            ("refused", None)]
    history = tab.history_model.rows()
    assert [(h.status, h.void_reason) for h in history] == [("given", "记错了"),
                                                            ("refused", None)]
    assert str(tab.history_model.index(0, 8).data()) == "已作废：记错了"


def test_a_refusal_is_shown_and_nothing_is_written(qtbot, db: Database, centre: CareCentre,
                                                   tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path)
    select(tab, "赵敏", "12:00")
    tab.time_edit.setTime(QTime(12, 30))
    before = counts(db)
    tab.given_button.click()
    assert tab.status_label.text() == ("⚠ 服药时间 12:30 还没到：请填写实际服药（或确认拒服、漏服）"
                                       "的时间")
    tab.time_edit.setTime(QTime(12, 0))
    tab.giver_edit.clear()
    tab.given_button.click()
    assert tab.status_label.text() == "⚠ 请填写给药人"
    assert counts(db) == before


def test_the_kiosk_account_sees_nothing(qtbot, db: Database, centre: CareCentre,
                                        tmp_path: Path) -> None:
    _page, tab = open_tab(qtbot, db, tmp_path, actor=KIOSK)
    assert tab.due_model.rowCount() == 0 and tab.history_model.rowCount() == 0
    assert "没有权限" in tab.status_label.text()
