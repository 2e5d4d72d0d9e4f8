"""The activities and subsidy pages in English and in Chinese: no Chinese left in the English
controls, and no two controls of one window share an Alt shortcut."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.activities.activities_page import ActivitiesPage
from desktop.ui.activities.activity_dialogs import ActivityDialog, ReasonDialog
from desktop.ui.activities.participants_dialog import ParticipantsDialog
from desktop.ui.subsidy.subsidy_page import SubsidyPage
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input
from tests.ui.conftest import CJK, mnemonics


@pytest.fixture
def activity_db(db: Database) -> int:
    """One member signed in on the day of a 文化 activity; returns the activity id."""
    member = people.create_person(db, make_person_input(
        id_number=make_id_number(seq=1), programmes=["职康站"]), actor=STAFF, today=TODAY)
    attendance.staff_sign_in(db, member, datetime(2024, 5, 20, 9), actor=STAFF, reason="补签",
                             now=datetime(2024, 6, 1, 12))
    return activities.create_activity(db, ActivityInput("书法练习", "文化", "2024-05-20"),
                                      actor=STAFF, today=TODAY)


def windows(qtbot, db: Database, activity_id: int) -> list[QWidget]:
    db.clock = FixedClock(TODAY)
    built: list[QWidget] = [
        ActivitiesPage(db, STAFF), ActivityDialog(db, STAFF),
        ParticipantsDialog(db, STAFF, activity_id),
        ReasonDialog("t", "e", "OK"), SubsidyPage(db, STAFF)]
    for widget in built:
        qtbot.addWidget(widget)
    return built


def controls(root: QWidget) -> list[str]:
    """Texts of the buttons, labelled fields and tabs of a window."""
    texts = [w.text() for w in root.findChildren(QWidget)
             if (isinstance(w, QLabel) and w.buddy() is not None)
             or isinstance(w, QAbstractButton)]
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


def assert_distinct_mnemonics(root: QWidget) -> None:
    seen: dict[str, str] = {}
    for text in controls(root):
        for letter in mnemonics(text):
            other = seen.setdefault(letter, text)
            assert other == text, f"{type(root).__name__}: Alt+{letter} in {other!r} and {text!r}"


def test_pages_show_english(qtbot, db: Database, activity_db: int,
                            english: QTranslator) -> None:
    for root in windows(qtbot, db, activity_db):
        for text in controls(root):
            assert not CJK.search(text), (type(root).__name__, text)
        assert_distinct_mnemonics(root)
    db.clock = FixedClock(TODAY)
    page = ActivitiesPage(db, STAFF)
    qtbot.addWidget(page)
    assert page.add_button.text() == "&New activity"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == ["Date", "Activity", "Kind", "Place", "Organiser", "Participants",
                       "Status"]
    assert page.model.index(0, 2).data() == "Culture"
    assert page.model.index(0, 1).data() == "书法练习"  # data stays as entered
    assert page.count_summary.text() == \
        "2024: 1 members, 1 with fewer than three cultural or sports activities"
    db.clock = FixedClock(TODAY)
    subsidy_page = SubsidyPage(db, STAFF)
    qtbot.addWidget(subsidy_page)
    subsidy_page.set_month("2024-05")
    assert subsidy_page.total_label.text() == "Total: 1 members, 1 days counted, 0.00 yuan"


def test_shortcuts_are_distinct_in_chinese(qtbot, db: Database, activity_db: int) -> None:
    for root in windows(qtbot, db, activity_db):
        assert_distinct_mnemonics(root)
