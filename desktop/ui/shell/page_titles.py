"""The translated navigation title of a main-window page, by its id."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.ui.shell.pages import Page, declared_pages


def translated_title(page: Page) -> str:
    """A declared page's navigation title in the current language."""
    # The "MainWindow" context: the titles were always translated there.
    return QCoreApplication.translate("MainWindow", page.title)


def page_title(page_id: str, extra: Sequence[str] = ()) -> str:
    """The navigation title of the page with this id in the current language (KeyError when
    no capability declares it)."""
    for page in declared_pages(extra):
        if page.id == page_id:
            return translated_title(page)
    raise KeyError(page_id)
