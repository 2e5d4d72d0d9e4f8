"""The 日间照料 page: one tab per part of the day's care, each built when first opened
(:class:`~desktop.ui.common.tabbed_page.TabbedPage`).

Each part of the capability brings its tab as a factory ``make_tab(context) -> QWidget`` in its
own module of this package and is listed in :data:`TABS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.common.tabbed_page import Tab, TabbedPage

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# In the order of a day: the log first, profiles and contracts last. Titles are marked with
# QT_TRANSLATE_NOOP("CarePage", …) here and translated when the page is made.
TABS: tuple[Tab, ...] = (
    Tab("log", QT_TRANSLATE_NOOP("CarePage", "今日照料"), "desktop.ui.care.care_log_tab:make_tab"),
    Tab("medication", QT_TRANSLATE_NOOP("CarePage", "用药"),
        "desktop.ui.care.medication_tab:make_tab"),
    Tab("handover", QT_TRANSLATE_NOOP("CarePage", "离站交接"),
        "desktop.ui.care.handover_tab:make_tab"),
    Tab("incidents", QT_TRANSLATE_NOOP("CarePage", "突发事件"),
        "desktop.ui.care.incidents_tab:make_tab"),
    Tab("services", QT_TRANSLATE_NOOP("CarePage", "购买服务"),
        "desktop.ui.care.providers_tab:make_tab"),
    Tab("meals", QT_TRANSLATE_NOOP("CarePage", "餐费"), "desktop.ui.care.meals_tab:make_tab"),
    Tab("profiles", QT_TRANSLATE_NOOP("CarePage", "照料档案"),
        "desktop.ui.care.profile_tab:make_tab"),
)


class CarePage(TabbedPage):
    """The tabs of daily care; a tab's widget is made the first time it is shown."""

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 tabs: tuple[Tab, ...] = TABS) -> None:
        super().__init__(context, tabs, "CarePage",
                         QCoreApplication.translate("CarePage", "日间照料的各项工作"), parent)


def make_page(context: PageContext) -> CarePage:
    """The 日间照料 page for the main window."""
    return CarePage(context)
