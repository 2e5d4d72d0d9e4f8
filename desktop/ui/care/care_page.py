"""The 日间照料 page: one tab per part of the day's care, each built when first opened.

Each part of the capability brings its tab as a factory ``make_tab(context) -> QWidget`` in its
own module of this package and is listed in :data:`TABS`; the page imports a tab's module only
when staff open that tab, so opening the page costs one tab, not all of them. A tab that is a
:class:`~desktop.ui.common.page_parts.RefreshingPage` reloads whenever it comes into view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models import capabilities
from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.common.page_parts import RefreshingPage

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


@dataclass(frozen=True)
class Tab:
    """One tab: its stable id (tests and links use it), its title (``CarePage`` context) and
    its factory as ``"module:function"``."""

    id: str
    title: str
    factory: str


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


class CarePage(RefreshingPage):
    """The tabs of daily care; a tab's widget is made the first time it is shown."""

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 tabs: tuple[Tab, ...] = TABS) -> None:
        super().__init__(parent)
        self._context = context
        self._tabs = tabs
        self._built: dict[int, QWidget] = {}
        self.tab_widget = QTabWidget()
        self.tab_widget.setAccessibleName(self.tr("日间照料的各项工作"))
        self.tab_widget.setDocumentMode(True)
        for tab in tabs:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tab_widget.addTab(holder, QCoreApplication.translate("CarePage", tab.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tab_widget)
        self.tab_widget.currentChanged.connect(self._build)
        if tabs:
            self._build(0)

    def tab(self, tab_id: str) -> QWidget:
        """The widget of the tab ``tab_id`` (built now if it was not), made current."""
        index = next(i for i, tab in enumerate(self._tabs) if tab.id == tab_id)
        self.tab_widget.setCurrentIndex(index)
        return self._build(index)

    def _build(self, index: int) -> QWidget:
        if index < 0:
            return self
        if index not in self._built:
            factory = capabilities.resolve(self._tabs[index].factory)
            widget: QWidget = factory(self._context)
            holder = self.tab_widget.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None
            layout.addWidget(widget)
            # A child added to a visible parent is otherwise shown only on the next pass of
            # the event loop; the tab is ready (and its refresh has run) when this returns.
            widget.show()
            self._built[index] = widget
        return self._built[index]

    def refresh(self) -> None:
        current = self._built.get(self.tab_widget.currentIndex())
        if isinstance(current, RefreshingPage):
            current.refresh()


def make_page(context: PageContext) -> CarePage:
    """The 日间照料 page for the main window."""
    return CarePage(context)

