"""Choosing a volunteer in the volunteer dialogs: one picker serves 补录服务 and 出具证明.
Initials find the volunteer, Down moves into the list, a volunteer chosen beforehand is found
by name, and asking for the volunteer when none is chosen says so in Chinese and puts the
cursor back in the search field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout

from desktop.models.db import Database
from desktop.ui.volunteers.certificates_tab import IssueDialog
from desktop.ui.volunteers.ledger_tab import ServiceDialog
from desktop.ui.volunteers.volunteer_fields import VolunteerPicker
from tests.conftest import STAFF
from tests.models.volunteers.ledger_support import open_clocked, volunteer


@pytest.fixture
def vdb(tmp_path: Path):
    database = open_clocked(tmp_path)
    yield database
    database.close()


def test_the_picker_finds_by_initials_and_says_when_none_is_chosen(qtbot,
                                                                   vdb: Database) -> None:
    li = volunteer(vdb, "李志远", 11, "BJV2400011")
    volunteer(vdb, "王晓红", 12)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = VolunteerPicker(vdb, STAFF, dialog)
    picker.add_to(QFormLayout(dialog))
    dialog.show()
    shown: list[str] = []
    picker.results.setFocus()
    assert picker.required(shown.append) is None
    assert shown == ["请先输入姓名或拼音找到志愿者，再选中一位"]
    assert dialog.focusWidget() is picker.search_edit
    qtbot.keyClicks(picker.search_edit, "lzy")
    assert [picker.results.item(n).text() for n in range(picker.results.count())] == [
        "李志远　110102********0237　BJV2400011"]
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is picker.results
    assert picker.required(shown.append) == li and len(shown) == 1
    picker.search_edit.setText("没有这个人")
    assert picker.results.count() == 0 and picker.person_id() is None
    picker.choose(li)
    assert picker.search_edit.text() == "李志远" and picker.person_id() == li


def test_both_dialogs_choose_the_volunteer_the_same_way(qtbot, vdb: Database) -> None:
    li = volunteer(vdb, "李志远", 11, "BJV2400011")
    service = ServiceDialog(vdb, STAFF, li)
    issue = IssueDialog(vdb, STAFF)
    for dialog in (service, issue):
        qtbot.addWidget(dialog)
        assert isinstance(dialog.picker, VolunteerPicker)
        assert dialog.results is dialog.picker.results
    assert service.picker.person_id() == li and issue.person_id() is None
    issue.search_edit.setText("lzy")
    assert issue.person_id() == li
