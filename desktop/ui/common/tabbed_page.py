"""A page of tabs, each built the first time it is shown (a capability's several parts).

A capability lists its tabs as :class:`Tab` items, each naming its factory
``make_tab(context) -> QWidget`` as ``"module:function"``; the page imports a tab's module only
when staff open that tab, so opening the page costs one tab, not all of them. A tab that is a
:class:`~desktop.ui.common.page_parts.RefreshingPage` reloads whenever it comes into view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models import capabilities
from desktop.ui.common.page_parts import RefreshingPage

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


@dataclass(frozen=True)
class Tab:
    """One tab: its stable id (tests and links use it), its title (translated in the page's
    ``context``) and its factory as ``"module:function"``."""

    id: str
    title: str
    factory: str


class TabbedPage(RefreshingPage):
    """Tabs whose widgets are made the first time each is shown; ``context`` is the
    translation context of the titles, ``name`` the tab bar's accessible name."""

    def __init__(self, context: PageContext, tabs: tuple[Tab, ...], title_context: str,
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._tabs = tabs
        self._built: dict[int, QWidget] = {}
        self.tab_widget = QTabWidget()
        self.tab_widget.setAccessibleName(name)
        self.tab_widget.setDocumentMode(True)
        for tab in tabs:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tab_widget.addTab(holder, QCoreApplication.translate(title_context, tab.title))
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
