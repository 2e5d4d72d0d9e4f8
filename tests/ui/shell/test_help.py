"""F1 help: every page of the main window has a topic, F1 opens the one for the page shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.shell.help_dialog import HelpDialog
from desktop.ui.shell.help_topics import topics
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, STAFF
from tests.ui.conftest import unnamed_interactive_widgets


def _window(qtbot, db: Database, ui_settings: UiSettings, actor: Actor = ADMIN) -> MainWindow:
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-01"), actor=STAFF)
    window = MainWindow(db, actor, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _press_f1(qtbot, window: MainWindow) -> HelpDialog:
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    dialogs = window.findChildren(HelpDialog)
    assert len(dialogs) == 1, "F1 opens one help window"
    return dialogs[0]


def test_every_page_has_its_own_topic(qtbot, db: Database, ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings)
    titles = []
    TOPICS = topics()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        key = window.current_help_key()
        assert key in TOPICS, window.nav.item(row).text()
        titles.append(window.nav.item(row).text())
        # The topic is the page's: its heading is the page's navigation title.
        assert window.nav.item(row).text() == QApplication.translate("Help", TOPICS[key].title)
    assert len(set(titles)) == len(titles) == len(TOPICS)


def test_f1_opens_the_help_of_the_page_shown(qtbot, db: Database,
                                             ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings)
    window.select_page("people")
    window.page("people", PeoplePage).search_edit.setFocus()

    dialog = _press_f1(qtbot, window)

    text = dialog.text()
    assert text.startswith("人员登记")
    assert "Ctrl+F" in text and "拼音首字母" in text and "归档" in text
    assert dialog.windowTitle() == "帮助 — 人员登记"
    assert not unnamed_interactive_widgets(dialog)
    # Esc closes it and the window is usable again; F1 on another page shows that page's help.
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.findChildren(HelpDialog))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select_page("subsidy")
    assert _press_f1(qtbot, window).text().startswith("康复补助")


def test_monthly_report_help_says_what_submitting_does_not_do(
        qtbot, db: Database, ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings)
    window.select_page("export")
    text = _press_f1(qtbot, window).text()
    assert "报送并关账" in text
    assert "不会把文件发送出去" in text and "交给区残联" in text


def test_the_help_button_opens_the_same_help(qtbot, db: Database,
                                             ui_settings: UiSettings) -> None:
    window = _window(qtbot, db, ui_settings, STAFF)
    window.select_page("attendance")
    assert window.help_button.accessibleName() == "打开本页的帮助"
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    dialogs = window.findChildren(HelpDialog)
    assert [d.text().split("\n")[0] for d in dialogs] == ["考勤"]
    # A second press replaces the window instead of stacking another one.
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.findChildren(HelpDialog)) == 1)
