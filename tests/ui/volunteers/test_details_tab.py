"""志愿者 with real widgets: the list (number, organisation, skills, card), found by pinyin
initials; the dialog saves the details (a card a member uses refused, dialog open, nothing
written) and adds and voids trainings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

import tests.ui.volunteers.page_support as support
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.volunteers import details, no_shows, signups
from desktop.ui.volunteers.details_tab import DetailsTab
from desktop.ui.volunteers.volunteers_page import VolunteersPage
from tests.conftest import STAFF, make_id_number, make_person_input
from tests.models.volunteers.shifts_support import (
    MONDAY,
    SHIFT_NOW,
    rows,
    shift,
    volunteer,
)
from tests.ui.conftest import type_text, unnamed_interactive_widgets


def open_tab(qtbot, db: Database, tmp_path: Path) -> tuple[VolunteersPage, DetailsTab]:
    tab = support.open_tab(qtbot, db, tmp_path, "details", DetailsTab)
    return tab.volunteers_page, tab  # type: ignore[attr-defined]


def shown(tab: DetailsTab) -> list[list[str]]:
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_list_is_searched_and_the_details_saved(qtbot, db: Database,
                                                    tmp_path: Path) -> None:
    volunteer(db, "王芳", 11, number="BJV2400011")
    volunteer(db, "李强", 12, number="BJV2400012")
    people.create_person(db, make_person_input(name="赵六", id_number=make_id_number(seq=30),
                                               card_number="WH000009"), actor=STAFF,
                         today=MONDAY)
    _, tab = open_tab(qtbot, db, tmp_path)
    assert not unnamed_interactive_widgets(tab)
    assert [r[0] for r in shown(tab)] == ["李强", "王芳"]
    type_text(qtbot, tab.search_edit, "wf")
    assert shown(tab) == [["王芳", "BJV2400011", "", "", "（无）", "无报名"]]
    dialog = tab.make_edit_dialog()
    assert dialog is not None
    dialog.show()
    assert not unnamed_interactive_widgets(dialog)
    type_text(qtbot, dialog.skills_edit, "手语")
    type_text(qtbot, dialog.card_edit, "WH000009")
    before = rows(db)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.status_label.text() == "⚠ 签到卡号 WH000009 已被 赵六 使用：请换一张卡"
    assert rows(db) == before
    dialog.card_edit.clear()
    type_text(qtbot, dialog.card_edit, "V0001")
    dialog.photo_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert shown(tab) == [["王芳", "BJV2400011", "", "手语", "V0001", "无报名"]]
    assert tab.status_label.text() == "✓ 已保存志愿者信息"


def test_trainings_are_added_and_voided(qtbot, db: Database, tmp_path: Path) -> None:
    person = volunteer(db, "王芳", 11)
    _, tab = open_tab(qtbot, db, tmp_path)
    dialog = tab.make_edit_dialog()
    assert dialog is not None
    dialog.show()
    before = rows(db)
    assert not dialog.add_training()
    assert dialog.status_label.text() == "⚠ 请填写培训内容，例如：急救培训"
    assert rows(db) == before
    type_text(qtbot, dialog.topic_edit, "急救培训")
    dialog.minutes_spin.setValue(90)
    qtbot.mouseClick(dialog.add_training_button, Qt.MouseButton.LeftButton)
    assert [(t.topic, t.minutes) for t in details.trainings(db, person)] == [("急救培训", 90)]
    assert dialog.training_model.rowCount() == 1
    assert not dialog.void_training("")
    assert dialog.void_training("重复登记")
    assert dialog.training_model.index(0, 3).data() == "已作废：重复登记"


def test_the_list_shows_each_volunteers_no_show_rate(qtbot, db: Database,
                                                     tmp_path: Path) -> None:
    db.clock = FixedClock(SHIFT_NOW)
    wang = volunteer(db, "王芳", 11)
    volunteer(db, "李强", 12)
    days = ("2023-05-20", "2024-05-27", "2024-05-28", "2024-05-29", "2024-05-30")
    made = [signups.sign_up(db, shift(db, day=day), wang, actor=STAFF) for day in days]
    assert len(no_shows.mark_no_shows(db, SHIFT_NOW, actor=STAFF)) == 5
    for signup_id in made[2:]:
        no_shows.excuse(db, signup_id, "提前请假", actor=STAFF)
    _, tab = open_tab(qtbot, db, tmp_path)
    header = tab.model.headerData(5, Qt.Orientation.Horizontal)
    assert header == "未到率"
    # A year back: the shift of 2023 is not counted; the excused ones are sign-ups, not missed.
    assert [(r[0], r[5]) for r in shown(tab)] == [("李强", "无报名"), ("王芳", "1/4 次，25%")]
