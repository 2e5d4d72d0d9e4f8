"""A capability's page plugs into the main window by its declaration alone: the sample
capability (tests/sample_capability) is listed in its place, opens, has its F1 help and asks
the window for another page through the shared signals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models.db import Database
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.shell.help_dialog import HelpDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests import sample_capability
from tests.conftest import ADMIN, STAFF
from tests.sample_capability.ui.page import SamplePage
from tests.ui.conftest import unnamed_interactive_widgets


def test_its_page_is_listed_in_order_and_opens(qtbot, db: Database,
                                               ui_settings: UiSettings) -> None:
    window = MainWindow(db, ADMIN, ui_settings, extra=sample_capability.EVERYTHING)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == ["首页", "人员登记", "考勤", "文体活动", "日间照料", "志愿服务", "康复补助",
                      "希联圆梦", "职业培训", "月报", "区汇总", "账户", "操作日志", "样例", "设置"]
    window.nav.setCurrentRow(titles.index("样例"))
    page = window.page(sample_capability.PAGE_ID, SamplePage)
    assert window.stack.currentWidget() is page
    assert page.count_label.text() == "志愿者 0 人"
    assert not unnamed_interactive_widgets(page)
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)  # as F1 does
    dialogs = window.findChildren(HelpDialog)
    assert len(dialogs) == 1 and dialogs[0].text().startswith("样例")
    dialogs[0].close()
    # Its button asks for the people page through the window's signals: no reference to it.
    qtbot.mouseClick(page.people_button, Qt.MouseButton.LeftButton)
    assert window.current_help_key() == "people"
    assert window.stack.currentWidget() is window.page("people", PeoplePage)


def test_without_the_package_the_window_is_as_before(qtbot, db: Database,
                                                     ui_settings: UiSettings) -> None:
    window = MainWindow(db, STAFF, ui_settings)
    qtbot.addWidget(window)
    assert sample_capability.PAGE_ID not in window.page_ids()
    assert QApplication.translate("MainWindow", "样例") not in [
        window.nav.item(row).text() for row in range(window.nav.count())]
