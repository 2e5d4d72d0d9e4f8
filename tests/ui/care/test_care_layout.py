"""The care dialogs and tabs as staff see them: nothing cut off or out of reach, at normal
and at large text (设置 → 文字大小)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QRect, Qt, QTime
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QWidget,
)

from desktop.models.care import incidents, medication_schedule
from desktop.models.care.incidents import IncidentInput
from desktop.models.db import Database
from desktop.ui.care.care_page import CarePage
from desktop.ui.care.handover_tab import HandoverTab
from desktop.ui.care.incidents_tab import IncidentsTab
from desktop.ui.care.plan_dialog import PlanDialog
from desktop.ui.care.profile_dialog import ProfileDialog
from desktop.ui.common.form_fields import use_calendar_popup
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings
from tests.care_support import CareCentre, add_medication, care_centre
from tests.conftest import STAFF
from tests.models.care.profile_support import care_db

__all__ = ["care_db"]


@pytest.fixture
def centre(care_db: Database) -> CareCentre:
    return care_centre(care_db)


def cut_columns(table: QTableView) -> list[str]:
    """Headers of the columns that are not wholly in view, or narrower than their cells."""
    model = table.model()
    cut = []
    for column in range(model.columnCount()):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        if right > table.viewport().width() or \
                table.columnWidth(column) < table.sizeHintForColumn(column):
            cut.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
    return cut


def test_every_column_of_the_medication_schedule_is_in_view(
        qtbot, care_db: Database, centre: CareCentre, text_scale: float) -> None:
    person = centre.members[0]
    stopped = add_medication(care_db, person, "左乙拉西坦片", "0.5g", "08:00,12:30,16:00")
    medication_schedule.stop_medication(care_db, stopped, "2024-05-10", actor=STAFF)
    dialog = ProfileDialog(care_db, STAFF, person)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 680)  # as the 照料档案 tab opens it
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.medication_table
    assert dialog.medication_model.rowCount() == 2
    assert cut_columns(table) == []
    assert not table.horizontalScrollBar().isVisible()


def test_every_column_of_the_hand_over_list_is_in_view_in_english(
        qtbot, care_db: Database, centre: CareCentre, english, ui_settings: UiSettings) -> None:
    apply_theme(QApplication.instance(), 1.0)  # type: ignore[arg-type]
    page = CarePage(PageContext(care_db, STAFF, ui_settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200 - 170, 760)  # the page beside the navigation of a 1200×760 window
    page.show()
    tab = page.tab("handover")
    assert isinstance(tab, HandoverTab)
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 3
    assert tab.model.headerData(5, Qt.Orientation.Horizontal) == "Status"
    assert cut_columns(tab.table) == []


def test_a_date_and_time_field_has_the_same_calendar_button_as_a_date_field(
        qtbot, themed: QApplication) -> None:
    # The incident's time (发生时间, 通知时间) is a date-and-time field; the theme drew its
    # calendar button only for date fields, leaving the arrow squeezed into a sliver.
    when = QDateTimeEdit(QDateTime(QDate(2024, 5, 13), QTime(9, 30)))
    when.setDisplayFormat("yyyy-MM-dd HH:mm")
    day = QDateEdit(QDate(2024, 5, 13))
    day.setDisplayFormat("yyyy-MM-dd")
    holder = QWidget()
    qtbot.addWidget(holder)
    for row, editor in enumerate((when, day)):
        use_calendar_popup(editor)
        editor.setParent(holder)
        editor.setGeometry(0, row * 60, 300, 44)
    holder.resize(300, 120)
    holder.show()
    qtbot.waitExposed(holder)

    def button(editor: QWidget) -> QImage:
        return editor.grab(QRect(editor.width() - 44, 0, 44, editor.height())).toImage()

    assert button(when) == button(day)


def test_a_time_field_keeps_the_up_and_down_buttons_of_a_number_field(
        qtbot, themed: QApplication) -> None:
    # The time a dose was given (服药时间) has no calendar: its buttons stay those of every
    # up/down field, one arrow each (the calendar rule above must not add a second one).
    at = QTimeEdit(QTime(12, 0))
    at.setDisplayFormat("HH:mm")
    count = QSpinBox()
    count.setValue(12)
    holder = QWidget()
    qtbot.addWidget(holder)
    for row, editor in enumerate((at, count)):
        editor.setParent(holder)
        editor.setGeometry(0, row * 60, 300, 44)
    holder.resize(300, 120)
    holder.show()
    qtbot.waitExposed(holder)

    def buttons(editor: QWidget) -> QImage:
        return editor.grab(QRect(editor.width() - 44, 0, 44, editor.height())).toImage()

    assert buttons(at) == buttons(count)


def test_the_incident_list_shows_its_headers_in_full_in_english(
        qtbot, care_db: Database, centre: CareCentre, english, ui_settings: UiSettings) -> None:
    # A column's cap (a name: 8 characters) is for its cells; it cut the English header
    # "Person concerned" to "ON CONCEI".
    apply_theme(QApplication.instance(), 1.0)  # type: ignore[arg-type]
    incidents.report_incident(care_db, IncidentInput(
        "2024-05-13 10:20", centre.members[0], "跌倒", "一般", "午餐前起身时滑倒。",
        place="餐厅"), actor=STAFF)
    page = CarePage(PageContext(care_db, STAFF, ui_settings, ShellSignals()))
    qtbot.addWidget(page)
    page.resize(1200 - 170, 760)
    page.show()
    tab = page.tab("incidents")
    assert isinstance(tab, IncidentsTab)
    qtbot.waitExposed(tab)
    table = tab.table
    assert table.model().rowCount() == 1
    metrics = table.horizontalHeader().fontMetrics()
    cut = [title for column in range(table.model().columnCount())
           if (title := str(table.model().headerData(column, Qt.Orientation.Horizontal)))
           and table.columnWidth(column) < metrics.horizontalAdvance(title.upper())]
    assert "Person concerned" in [str(table.model().headerData(c, Qt.Orientation.Horizontal))
                                  for c in range(table.model().columnCount())]
    assert cut == []


def test_the_weekday_headings_stay_in_view_above_the_services_as_they_scroll(
        qtbot, care_db: Database, centre: CareCentre, text_scale: float) -> None:
    dialog = PlanDialog(care_db, STAFF, centre.members[2])
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)  # as the 照料档案 tab opens it
    dialog.show()
    qtbot.waitExposed(dialog)
    last = dialog.service_rows[-1]
    scroll = next(a for a in dialog.findChildren(QScrollArea) if a.isAncestorOf(last.goal_edit))
    scroll.ensureWidgetVisible(last.goal_edit)
    QApplication.processEvents()
    monday = next(label for label in dialog.findChildren(QLabel) if label.text() == "一")
    # Seen: the heading is not hidden behind the scrolled area...
    assert not monday.visibleRegion().isEmpty()
    # ...and stands over the column of Monday's boxes.
    check = last.day_checks[0]
    heading_x = monday.mapTo(dialog, monday.rect().center()).x()
    box_x = check.mapTo(dialog, check.rect().center()).x()
    assert abs(heading_x - box_x) <= 3
