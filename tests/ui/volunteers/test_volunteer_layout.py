"""The volunteer tabs and dialogs as users see them: with the real theme, at large text and
in English, nothing is cut off. The week's cells show every line (the names too), the page
fits a 1200-pixel window, the dialogs are wide enough for their hints and choices, the
posts list's columns for their (capitalised) headers, the training topic for what is typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.models.db import Database
from desktop.models.volunteers import signups
from desktop.ui.common.wrapped_headers import HEADER_HEIGHT_PADDING_PX
from desktop.ui.shell.theme import apply_theme
from desktop.ui.volunteers.details_tab import DetailsTab
from desktop.ui.volunteers.ledger_tab import LedgerTab
from desktop.ui.volunteers.volunteers_page import TABS
from desktop.ui.volunteers.week_tab import WeekTab
from tests.conftest import STAFF
from tests.models.volunteers.shifts_support import SHIFT_NOW, shift, volunteer
from tests.ui.volunteers.page_support import open_page

_PADDING = 8  # the theme's cell padding, 4 px a side


@pytest.fixture
def large_text(themed: QApplication) -> Iterator[QApplication]:
    apply_theme(themed, 1.5)
    yield themed
    apply_theme(themed, 1.0)


@pytest.fixture
def week_db(db: Database) -> Database:
    from desktop.models.clock import FixedClock

    db.clock = FixedClock(SHIFT_NOW)
    return db




def _busy_week(db: Database) -> None:
    for day in range(3, 8):
        made = shift(db, day=f"2024-06-0{day}", capacity=3, post_id=1)
        for seq in range(3):
            person = volunteer(db, ("欧阳明轩", "司马晓红", "诸葛建国")[seq], day * 10 + seq)
            signups.sign_up(db, made, person, actor=STAFF)


def test_every_line_of_a_shift_shows_at_large_text_in_english(
        qtbot, large_text, english, week_db: Database, tmp_path: Path) -> None:
    _busy_week(week_db)
    page = open_page(qtbot, week_db, tmp_path)
    page.resize(1600, 760)
    tab = page.tab("week")
    assert isinstance(tab, WeekTab)
    QApplication.processEvents()
    tab.show_week(tab.monday)
    page.resize(1000, 760)  # the window made narrower: the cells wrap into more lines
    QApplication.processEvents()
    metrics = tab.grid.fontMetrics()
    for column in range(5):
        index = tab.model.index(0, column)
        width = tab.grid.columnWidth(column) - _PADDING
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                      int(Qt.TextFlag.TextWordWrap), index.data()).height()
        assert tab.grid.rowHeight(0) >= needed + _PADDING, index.data()
    header = tab.grid.horizontalHeader()
    assert "\n" in str(tab.model.headerData(0, Qt.Orientation.Horizontal))
    assert header.height() >= 2 * header.fontMetrics().lineSpacing() + HEADER_HEIGHT_PADDING_PX


def test_every_tab_fits_a_1200_pixel_window_in_english_at_large_text(
        qtbot, large_text, english, week_db: Database, tmp_path: Path) -> None:
    _busy_week(week_db)
    page = open_page(qtbot, week_db, tmp_path)
    for tab in TABS:
        page.tab(tab.id)
        QApplication.processEvents()
        assert page.minimumSizeHint().width() <= 1200, tab.id


def _hints_fit(dialog) -> None:
    dialog.show()
    QApplication.processEvents()
    for edit in dialog.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if hint and edit.isVisible():
            assert edit.width() >= edit.fontMetrics().horizontalAdvance(hint), hint
    dialog.close()


def test_the_schedule_dialogs_are_wide_enough_for_their_hints_at_large_text(
        qtbot, large_text, week_db: Database, tmp_path: Path) -> None:
    made = shift(week_db, capacity=2)
    signups.sign_up(week_db, made, volunteer(week_db, "王芳", 11), actor=STAFF)
    shift(week_db, starts_at="14:00", ends_at="16:00")
    page = open_page(qtbot, week_db, tmp_path)
    tab = page.tab("week")
    assert isinstance(tab, WeekTab)
    tab.select_shift(made)
    for dialog in (tab.make_cancel_signup_dialog(), tab.make_capacity_dialog(),
                   tab.make_swap_dialog(), tab.make_sign_up_dialog()):
        assert dialog is not None
        qtbot.addWidget(dialog)
        _hints_fit(dialog)
    swap = tab.make_swap_dialog()
    assert swap is not None
    qtbot.addWidget(swap)
    swap.show()
    QApplication.processEvents()
    choice = swap.shift_combo.currentText()
    assert swap.shift_combo.width() >= swap.shift_combo.fontMetrics().horizontalAdvance(choice)


def test_the_posts_headers_and_the_training_topic_fit_in_english_at_large_text(
        qtbot, large_text, english, week_db: Database, tmp_path: Path) -> None:
    volunteer(week_db, "王芳", 11)
    page = open_page(qtbot, week_db, tmp_path)
    week = page.tab("week")
    assert isinstance(week, WeekTab)
    posts = week.make_posts_dialog()
    qtbot.addWidget(posts)
    posts.show()
    QApplication.processEvents()
    header = posts.table.horizontalHeader()
    state = str(posts.model.headerData(2, Qt.Orientation.Horizontal)).upper()
    assert posts.table.columnWidth(2) >= header.fontMetrics().horizontalAdvance(state)
    details = page.tab("details")
    assert isinstance(details, DetailsTab)
    dialog = details.make_edit_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.topic_edit.width() >= dialog.topic_edit.fontMetrics().horizontalAdvance(
        "汉") * 8


def test_a_found_volunteer_shows_whole_in_the_service_dialog(
        qtbot, large_text, week_db: Database, tmp_path: Path) -> None:
    person = volunteer(week_db, "欧阳明轩", 11)
    page = open_page(qtbot, week_db, tmp_path)
    ledger = page.tab("ledger")
    assert isinstance(ledger, LedgerTab)
    dialog = ledger.make_service_dialog()
    qtbot.addWidget(dialog)
    dialog.picker.choose(person)
    dialog.show()
    QApplication.processEvents()
    line = dialog.results.item(0).text()
    assert dialog.results.viewport().width() >= dialog.results.fontMetrics().horizontalAdvance(
        line)


def test_the_weekly_pattern_shows_every_weekday_whole(qtbot, themed, week_db: Database,
                                                      tmp_path: Path) -> None:
    page = open_page(qtbot, week_db, tmp_path)
    tab = page.tab("week")
    assert isinstance(tab, WeekTab)
    dialog = tab.make_pattern_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    for box in dialog.weekday_boxes:
        assert box.width() >= box.sizeHint().width(), box.text()


def test_the_ledger_shows_the_stars_in_english(qtbot, themed, english, week_db: Database,
                                               tmp_path: Path) -> None:
    volunteer(week_db, "王芳", 11)
    page = open_page(qtbot, week_db, tmp_path)
    ledger = page.tab("ledger")
    assert isinstance(ledger, LedgerTab)
    QApplication.processEvents()
    stars = 4
    assert ledger.model.headerData(stars, Qt.Orientation.Horizontal) == "Stars"
    right_edge = ledger.table.columnViewportPosition(stars) + ledger.table.columnWidth(stars)
    assert right_edge <= ledger.table.viewport().width()
    titles = ledger.table.horizontalHeader().fontMetrics()
    for column in range(stars + 1):
        words = str(ledger.model.headerData(column, Qt.Orientation.Horizontal)).upper()
        for word in words.split():
            assert ledger.table.columnWidth(column) >= titles.horizontalAdvance(word), word


def test_the_volunteer_list_shows_every_column_at_large_text_in_english(
        qtbot, large_text, english, week_db: Database, tmp_path: Path) -> None:
    volunteer(week_db, "欧阳明轩", 11)
    page = open_page(qtbot, week_db, tmp_path)
    details = page.tab("details")
    assert isinstance(details, DetailsTab)
    QApplication.processEvents()
    last = details.model.columnCount() - 1
    assert details.table.columnViewportPosition(last) + details.table.horizontalHeader(
    ).sectionSize(last) <= details.table.viewport().width()
