"""Changing 文字大小 is quick (issue 11, item 11): the page on screen is styled again at once,
every other page already opened only when it is next shown.

Styling every widget of every opened page again, as a new application style sheet does, froze
the window for about 5 s with all pages open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop.models.db import Database
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, save_centre_profile


class StyleChanges(QObject):
    """Counts the times a widget is styled again."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_text_size_styles_the_page_on_screen_now_and_other_pages_when_opened(
        qtbot, themed, db: Database, ui_settings: UiSettings) -> None:
    save_centre_profile(db)
    window = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    people_page = window.page("people", PeoplePage)
    window.select_page("people")
    search = people_page.search_edit
    normal_search = search.fontInfo().pixelSize()
    window.select_page("settings")
    settings = window.page("settings", SettingsPage)
    normal_button = settings.save_button.fontInfo().pixelSize()
    changes = StyleChanges()
    search.installEventFilter(changes)
    try:
        settings.text_size_combo.setCurrentIndex(settings.text_size_combo.findData(1.5))
        assert settings.save_button.fontInfo().pixelSize() >= normal_button * 1.4
        assert window.nav.fontInfo().pixelSize() >= normal_button * 1.4
        assert changes.count == 0  # the hidden page waits until it is opened

        window.select_page("people")
        assert changes.count > 0
        assert search.fontInfo().pixelSize() >= normal_search * 1.4
        # Styled again once: switching pages back and forth costs nothing more.
        seen = changes.count
        window.select_page("settings")
        window.select_page("people")
        assert changes.count == seen
    finally:
        search.removeEventFilter(changes)
        settings.text_size_combo.setCurrentIndex(settings.text_size_combo.findData(1.0))
        apply_theme(QApplication.instance(), 1.0)  # type: ignore[arg-type]


def test_going_back_to_normal_text_gives_the_first_sizes_again(
        qtbot, themed, db: Database, ui_settings: UiSettings) -> None:
    save_centre_profile(db)
    window = MainWindow(db, ADMIN, ui_settings)
    qtbot.addWidget(window)
    window.show()
    people_page = window.page("people", PeoplePage)
    window.select_page("settings")
    settings = window.page("settings", SettingsPage)
    sizes = (settings.save_button.fontInfo().pixelSize(),
             people_page.search_edit.fontInfo().pixelSize())
    for scale in (1.25, 1.5, 1.0):
        settings.text_size_combo.setCurrentIndex(settings.text_size_combo.findData(scale))
    window.select_page("people")
    assert (settings.save_button.fontInfo().pixelSize(),
            people_page.search_edit.fontInfo().pixelSize()) == sizes
    assert ui_settings.text_scale == 1.0
