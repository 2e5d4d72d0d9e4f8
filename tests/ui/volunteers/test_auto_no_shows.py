"""No-shows marked without a button: opening the 签到记录 or 排班 tab marks a signed-up
volunteer of an ended shift who never signed in as 未到, audited once; opening again writes
nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.ui.volunteers.auto_no_shows import mark_ended_shifts
from desktop.ui.volunteers.sign_ins_tab import SignInsTab
from desktop.ui.volunteers.volunteers_page import VolunteersPage
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    shift,
    sign_up,
    volunteer,
)
from tests.ui.volunteers.page_support import open_page


def _audits(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_signup'"
                         " AND after LIKE '%no_show%'"))


def _page(qtbot, db: Database, tmp_path: Path) -> VolunteersPage:
    return open_page(qtbot, db, tmp_path)


@pytest.mark.parametrize("tab_id", ["sign_ins", "week"])
def test_opening_the_tab_marks_the_ended_shifts_no_shows_once(qtbot, tmp_path: Path,
                                                              tab_id: str) -> None:
    db, _clock = open_clocked(tmp_path)  # noon
    wang = volunteer(db, "王志愿", 1)
    li = volunteer(db, "李志愿", 2)
    ended = sign_up(db, shift(db, DAY, "09:00", "11:00"), wang)
    later = sign_up(db, shift(db, DAY, "14:00", "16:00"), li)
    page = _page(qtbot, db, tmp_path)
    tab = page.tab(tab_id)
    status = "SELECT status FROM volunteer_signup WHERE id = ?"
    assert db.scalar(status, (ended,)) == "no_show"
    assert db.scalar(status, (later,)) == "signed_up"
    assert _audits(db) == 1
    if isinstance(tab, SignInsTab):
        shown = [tab.no_show_model.index(r, 2).data()
                 for r in range(tab.no_show_model.rowCount())]
        assert shown == ["未到"]
    before = counts(db)
    page.tab("ledger")
    page.tab(tab_id)
    tab.refresh()  # type: ignore[attr-defined]
    assert counts(db) == before
    db.close()


def test_nothing_is_marked_or_written_for_an_account_without_the_right(qtbot,
                                                                      tmp_path: Path) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    db, _clock = open_clocked(tmp_path)
    sign_up(db, shift(db, DAY, "09:00", "11:00"), volunteer(db, "王志愿", 1))
    before = counts(db)
    assert mark_ended_shifts(holder, db, Actor("kiosk", Role.KIOSK)) == []
    assert counts(db) == before
    assert mark_ended_shifts(holder, db, STAFF) != []
    assert mark_ended_shifts(holder, db, STAFF) == []
    db.close()
