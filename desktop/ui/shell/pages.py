"""How a capability's pages plug into the main window: declared, never listed.

Each ``desktop/ui/<cap>/__init__.py`` declares its pages (``desktop.models.capabilities``)::

    PAGES = (Page("people", QT_TRANSLATE_NOOP("MainWindow", "人员登记"), 20,
                  "desktop.ui.people.people_page:make_page", help=HelpTopic(...)),)

The main window lists the pages the signed-in user may open in ``order`` (Ctrl+1 … Ctrl+0 follow
that order) and builds each on first show by calling its factory with a :class:`PageContext`.
A page never reaches into the window or another page: it asks through the context's
:class:`ShellSignals` (show a page, the text size changed, a backup was restored …), and a page
that wants to hear something connects to them in its factory.

This module stays cheap: every capability's ``__init__`` imports it at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.models import capabilities
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.capabilities import Ref

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.models.db import Database
    from desktop.ui.shell.ui_settings import UiSettings


class ShellSignals(QObject):
    """What pages ask of the main window and tell each other, without knowing them."""

    # Show the page with this id (the home page's alerts, a link on a page).
    open_page = Signal(str)
    # Right after open_page: the key of the alert that asked for it (validation.people.…), so
    # the page opened can show what the alert is about.
    alert_chosen = Signal(str)
    # Right after open_page: the day (YYYY-MM-DD) the page opened should show (the care log
    # sends a member not signed in to attendance on the day being entered).
    day_chosen = Signal(str)
    centre_changed = Signal()  # the centre's profile was saved: the title shows its name
    text_scale_changed = Signal(float)
    high_contrast_changed = Signal(bool)
    idle_minutes_changed = Signal(int)
    backup_made = Signal(str)  # the new backup's path
    database_restored = Signal(str)  # the database to reopen: the window closes


@dataclass(frozen=True)
class PageContext:
    """What a page factory gets: the database, who is signed in, the interface settings, the
    window's signals, and the extra capability packages the window was opened with (so a page
    that writes the monthly workbook includes their sheets)."""

    db: Database
    actor: Actor
    ui_settings: UiSettings
    signals: ShellSignals
    extra: tuple[str, ...] = ()


@dataclass(frozen=True)
class HelpTopic:
    """The help for one page (F1): its title, what it is for, the steps and the notes; each
    text marked with ``QT_TRANSLATE_NOOP("Help", …)`` and translated when shown."""

    title: str
    purpose: str
    steps: tuple[str, ...]
    notes: tuple[str, ...] = ()


PageFactory = Callable[[PageContext], "QWidget"]


@dataclass(frozen=True)
class Page:
    """A declared main-window page.

    ``id`` is stable (it never changes with the language; alerts and tests name the page by
    it); ``title`` is the navigation title in Chinese, marked with
    ``QT_TRANSLATE_NOOP("MainWindow", …)``; ``order`` places it in the navigation (lower first);
    ``factory`` is a ``"module:attr"`` reference to ``make_page(context) -> QWidget``, imported
    when the page is first shown; ``permission``: only users who have it see the page; a page
    that ``scrolls`` is put in a scroll area (long forms, wide tables on a small screen).
    """

    id: str
    title: str
    order: int
    factory: Ref
    permission: Permission | None = None
    scrolls: bool = False
    help: HelpTopic | None = None

    def make(self, context: PageContext) -> QWidget:
        """Build the page (its module is imported now)."""
        factory: PageFactory = capabilities.resolve(self.factory)
        return factory(context)


def declared_pages(extra: Sequence[str] = ()) -> list[Page]:
    """Every page the capabilities declare (``PAGES`` of the packages of ``desktop.ui``, then
    of ``extra``), in navigation order. ValueError when two share an id."""
    found: list[Page] = capabilities.declarations("desktop.ui", "PAGES", extra)
    ids = [page.id for page in found]
    if len(ids) != len(set(ids)):
        raise ValueError(f"pages declared twice: {sorted(ids)}")
    return sorted(found, key=lambda page: (page.order, page.id))


def pages_for(actor: Actor, extra: Sequence[str] = ()) -> list[Page]:
    """The pages this user may open, in navigation order."""
    return [page for page in declared_pages(extra)
            if page.permission is None or actor.can(page.permission)]
