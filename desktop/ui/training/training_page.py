"""The 职业培训 page: one tab per part of vocational training, each built when first opened
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

# In the order of the work: the courses with their trainees and sessions, each day's roll
# call, completion and its certificates, then what came after: jobs and competitions. Titles
# are marked with QT_TRANSLATE_NOOP("TrainingPage", …) and translated when the page is made.
TABS: tuple[Tab, ...] = (
    Tab("courses", QT_TRANSLATE_NOOP("TrainingPage", "课程"),
        "desktop.ui.training.courses_tab:make_tab"),
    Tab("roll_call", QT_TRANSLATE_NOOP("TrainingPage", "点名"),
        "desktop.ui.training.roll_call_tab:make_tab"),
    Tab("completion", QT_TRANSLATE_NOOP("TrainingPage", "结业"),
        "desktop.ui.training.completion_tab:make_tab"),
    Tab("certificates", QT_TRANSLATE_NOOP("TrainingPage", "结业证书"),
        "desktop.ui.training.certificate_tab:make_tab"),
    Tab("claim", QT_TRANSLATE_NOOP("TrainingPage", "补贴申请"),
        "desktop.ui.training.claim_tab:make_tab"),
    Tab("employment", QT_TRANSLATE_NOOP("TrainingPage", "就业回访"),
        "desktop.ui.training.employment_tab:make_tab"),
    Tab("competitions", QT_TRANSLATE_NOOP("TrainingPage", "技能竞赛"),
        "desktop.ui.training.competition_tab:make_tab"),
)


class TrainingPage(TabbedPage):
    """The tabs of vocational training."""

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 tabs: tuple[Tab, ...] = TABS) -> None:
        super().__init__(context, tabs, "TrainingPage",
                         QCoreApplication.translate("TrainingPage", "职业培训的各项工作"),
                         parent)


def make_page(context: PageContext) -> TrainingPage:
    """The 职业培训 page for the main window."""
    return TrainingPage(context)
