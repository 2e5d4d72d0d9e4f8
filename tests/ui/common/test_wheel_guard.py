"""The mouse wheel over a field that does not have the focus scrolls the page (issue 11, item 2).

Driven on the real 设置 page inside the main window's scroll area and on the real person form,
with wheel events sent to the widget under the pointer, as the window system does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.common.wheel_guard import WheelGuard, install_wheel_guard
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, STAFF, make_person_input

NOTCH_DOWN = -120  # one step of a mouse wheel, turned towards the user


@pytest.fixture
def guarded(qapp: QApplication) -> QApplication:
    """The application with the wheel guard, as create_app sets it up."""
    install_wheel_guard(qapp)
    return qapp


def wheel(widget: QWidget, delta: int = NOTCH_DOWN) -> None:
    """One wheel notch with the pointer at the middle of ``widget``."""
    middle = widget.rect().center()
    event = QWheelEvent(QPointF(middle), QPointF(widget.mapToGlobal(middle)), QPoint(0, 0),
                        QPoint(0, delta), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _settings_window(qtbot, db: Database, ui_settings: UiSettings) -> MainWindow:
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-XCAJ-01"),
                        actor=ADMIN)
    window = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select_page("settings")
    return window


def test_wheel_over_an_unfocused_drop_down_scrolls_the_settings_page(
        qtbot, guarded, db: Database, ui_settings: UiSettings) -> None:
    window = _settings_window(qtbot, db, ui_settings)
    page = window.page("settings", SettingsPage)
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # the page is taller than the window
    window.nav.setFocus()

    wheel(page.language_combo)
    assert page.language_combo.currentData() == "zh_CN"  # not English
    assert ui_settings.language == "zh_CN"
    assert page.language_note.text() == ""  # no "restart to apply" either
    assert bar.value() > 0  # the page scrolled instead

    scrolled = bar.value()
    minutes = page.idle_spin.value()
    wheel(page.idle_spin)
    assert page.idle_spin.value() == minutes
    assert bar.value() > scrolled
    assert not page.language_combo.hasFocus() and not page.idle_spin.hasFocus()


def test_a_focused_drop_down_still_takes_the_wheel(
        qtbot, guarded, db: Database, ui_settings: UiSettings) -> None:
    window = _settings_window(qtbot, db, ui_settings)
    page = window.page("settings", SettingsPage)
    page.language_combo.setFocus()
    qtbot.waitUntil(page.language_combo.hasFocus)
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    bar = area.verticalScrollBar()

    wheel(page.language_combo)
    assert page.language_combo.currentData() == "en"
    assert ui_settings.language == "en"
    assert bar.value() == 0


def test_wheel_over_the_street_of_a_person_does_not_change_it(
        qtbot, guarded, db: Database) -> None:
    person_id = people.create_person(db, make_person_input(street="天桥"), actor=STAFF)
    dialog = PersonDialog(db, STAFF, person_id)
    qtbot.addWidget(dialog)
    dialog.resize(820, 520)  # a 768-pixel screen: the form scrolls
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    area = dialog.findChild(QScrollArea)
    assert area is not None
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    combo = dialog.form.street_combo
    assert not combo.hasFocus()

    wheel(combo)
    assert combo.currentText() == "天桥"
    assert bar.value() > 0
    dialog.save()
    assert people.load_person(db, person_id).street == "天桥"


def test_value_fields_are_not_focused_by_the_wheel(
        qtbot, guarded, db: Database, ui_settings: UiSettings) -> None:
    page = _settings_window(qtbot, db, ui_settings).page("settings", SettingsPage)
    # A wheel gives the focus only to widgets with the wheel focus policy.
    for field in (page.language_combo, page.text_size_combo, page.idle_spin,
                  page.centre_form.street_combo):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, field.accessibleName()


def test_the_guard_is_installed_once_and_belongs_to_the_application(qapp: QApplication) -> None:
    first = install_wheel_guard(qapp)
    assert install_wheel_guard(qapp) is first
    assert first.parent() is qapp
    assert len(qapp.findChildren(WheelGuard)) == 1
