"""The 志愿服务 page: one tab per part of volunteer service, each built when first opened
(:class:`~desktop.ui.common.tabbed_page.TabbedPage`).

Each part brings its tab as a factory ``make_tab(context) -> QWidget`` in its own module of this
package and is listed in :data:`TABS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.common.tabbed_page import Tab, TabbedPage

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# In the order of the work: the week's shifts first, the volunteers' details last. Titles are
# marked with QT_TRANSLATE_NOOP("VolunteersPage", …) and translated when the page is made.
TABS: tuple[Tab, ...] = (
    Tab("week", QT_TRANSLATE_NOOP("VolunteersPage", "排班"),
        "desktop.ui.volunteers.week_tab:make_tab"),
    Tab("sign_ins", QT_TRANSLATE_NOOP("VolunteersPage", "签到记录"),
        "desktop.ui.volunteers.sign_ins_tab:make_tab"),
    Tab("ledger", QT_TRANSLATE_NOOP("VolunteersPage", "服务时长"),
        "desktop.ui.volunteers.ledger_tab:make_tab"),
    Tab("certificates", QT_TRANSLATE_NOOP("VolunteersPage", "服务证明"),
        "desktop.ui.volunteers.certificates_tab:make_tab"),
    Tab("details", QT_TRANSLATE_NOOP("VolunteersPage", "志愿者"),
        "desktop.ui.volunteers.details_tab:make_tab"),
)




class VolunteersPage(TabbedPage):
    """The tabs of volunteer service."""

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 tabs: tuple[Tab, ...] = TABS) -> None:
        super().__init__(context, tabs, "VolunteersPage",
                         QCoreApplication.translate("VolunteersPage", "志愿服务的各项工作"),
                         parent)


def make_page(context: PageContext) -> VolunteersPage:
    """The 志愿服务 page for the main window."""
    return VolunteersPage(context)
