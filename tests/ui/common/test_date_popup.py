"""The date pickers' calendar: one-character weekday headers, Monday first (issue 11, item 10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLabel, QTableView

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.activities.activity_dialogs import ActivityDialog
from desktop.ui.admin.audit_page import AuditPage
from desktop.ui.attendance.sign_in_dialogs import date_edit
from desktop.ui.common.page_parts import month_picker
from tests.conftest import ADMIN, STAFF
from tests.ui.conftest import unnamed_interactive_widgets


@pytest.fixture
def chinese() -> Iterator[None]:
    """The interface locale as create_app sets it for Chinese."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def header_texts(calendar: QCalendarWidget) -> list[str]:
    """What the calendar's weekday header row shows, left to right."""
    view = calendar.findChild(QTableView)
    assert view is not None
    model = view.model()
    return [str(model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole))
            for column in range(model.columnCount())]


def popped_up_calendar(qtbot, edit: QDateEdit) -> QCalendarWidget:
    """Click the date edit's arrow as a person would; return the calendar that opens."""
    edit.window().show()
    qtbot.waitExposed(edit.window())
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() - 8, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


# A pop-up grabs the keyboard, which the offscreen platform (no display) cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_activity_date_calendar_reads_monday_to_sunday_in_one_character(
        qtbot, chinese, db: Database) -> None:
    db.clock = FixedClock(date(2026, 11, 27))
    dialog = ActivityDialog(db, STAFF)
    qtbot.addWidget(dialog)
    calendar = popped_up_calendar(qtbot, dialog.day_edit)
    assert header_texts(calendar) == ["一", "二", "三", "四", "五", "六", "日"]
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)


def test_every_kind_of_date_picker_uses_the_same_calendar(qtbot, chinese, db: Database) -> None:
    audit = AuditPage(db, ADMIN)
    qtbot.addWidget(audit)
    label = QLabel("报表月份(&M):")
    pickers = [audit.from_edit, audit.to_edit, month_picker(label, date(2026, 11, 27)),
               date_edit(date(2026, 11, 27), "签到日期")]
    for picker in pickers:
        calendar = picker.calendarWidget()
        assert header_texts(calendar) == ["一", "二", "三", "四", "五", "六", "日"], \
            picker.accessibleName()
        assert unnamed_interactive_widgets(calendar) == []  # e.g. its year spin box: 年份


def test_weeks_start_on_monday_in_the_english_interface_too(qtbot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        editor = date_edit(date(2026, 11, 27), "Day")
        qtbot.addWidget(editor)
        calendar = editor.calendarWidget()
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert header_texts(calendar) == ["M", "T", "W", "T", "F", "S", "S"]
    finally:
        QLocale.setDefault(before)
