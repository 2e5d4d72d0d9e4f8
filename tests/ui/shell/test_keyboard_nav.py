"""Keyboard paths: every page's Alt+letter keys are its own, Alt+K opens the kiosk, the search
box leads into its results, and a scrolled page follows the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input, not_none
from tests.ui.conftest import mnemonics


def mnemonic_owners(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) for every Alt+letter key a user can press inside ``root``: buttons,
    labels with a buddy, group boxes and tab titles."""
    owners: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or \
                (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        owners += [(letter, text) for text in texts for letter in mnemonics(text)]
    return owners


def _window(qtbot, db: Database, ui_settings: UiSettings, actor=ADMIN) -> MainWindow:
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-01"), actor=STAFF)
    window = MainWindow(db, actor, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_no_alt_letter_is_taken_twice_on_any_page(qtbot, db: Database,
                                                  ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings)
    shell = [(letter, text) for letter, text in mnemonic_owners(not_none(window.centralWidget()))
             if not window.stack.isAncestorOf(_owner_widget(window, text))]
    assert ("k", "打开签到台(&K)") in shell
    clashes = []
    for row in range(window.nav.count()):
        page = window.page_at(row)
        seen: dict[str, str] = {}
        for letter, text in shell + mnemonic_owners(page):
            other = seen.setdefault(letter, text)
            if other != text:
                clashes.append(f"{window.nav.item(row).text()}: Alt+{letter.upper()} "
                               f"in {other!r} and {text!r}")
    assert clashes == []


def _owner_widget(window: MainWindow, text: str) -> QWidget:
    central = not_none(window.centralWidget())
    for widget in central.findChildren(QAbstractButton):
        if widget.text() == text:
            return widget
    for label in central.findChildren(QLabel):
        if label.text() == text:
            return label
    return window.stack


@pytest.mark.parametrize("page", ["people", "activities", "settings"])
def test_alt_k_opens_the_kiosk_from_pages_that_had_their_own(
        qtbot, db: Database, ui_settings: UiSettings, page: str) -> None:
    window = _window(qtbot, db, ui_settings)
    window.select_page(page)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K,
                   Qt.KeyboardModifier.AltModifier)
    # A button's Alt+letter presses it visibly first (animateClick), then clicks.
    qtbot.waitUntil(lambda: window._kiosk is not None and window._kiosk.isVisible())
    window._close_kiosk()


def test_down_or_enter_in_the_search_box_moves_into_the_results(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    for seq, name in enumerate(("张三", "张山", "李四"), start=1):
        people.create_person(db, make_person_input(
            name=name, id_number=make_id_number(seq=seq),
            cert_number=make_id_number(seq=seq) + "42", card_number=f"WH{seq:06d}"),
            actor=STAFF)
    window = _window(qtbot, db, ui_settings, STAFF)
    page = window.page("people", PeoplePage)
    window.select_page("people")
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "zs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == 0
    assert page.table.selectionModel().isRowSelected(0)

    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.table


def test_enter_with_no_result_stays_in_the_search_box(qtbot, db: Database,
                                                      ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings, STAFF)
    page = window.page("people", PeoplePage)
    window.select_page("people")
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "qqqq")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.search_edit


def test_an_alt_letter_scrolls_the_settings_page_to_its_field(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings)
    window.resize(1024, 600)
    settings = window.page("settings", SettingsPage)
    window.select_page("settings")
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    target = settings.text_size_combo
    assert not _visible_in(area, target)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_T,
                   Qt.KeyboardModifier.AltModifier)

    assert QApplication.focusWidget() is target
    assert _visible_in(area, target)


def _visible_in(area: QScrollArea, widget: QWidget) -> bool:
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    bottom = top_left.y() + widget.height()
    return top_left.y() >= 0 and bottom <= area.viewport().height()
