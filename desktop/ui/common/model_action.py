"""Running one models-layer call for a page: when the models refuse it (a WarmHomeError), the
translated reason is shown the way the page shows problems (a warning box, its result line,
its own error label, or several of these) and the caller learns that it should stop.

Refusals a page handles differently in the same call (a form's fields, a duplicate person, a
wrong passphrase) are named in ``passing``: they reach the page's own ``except`` clause, which
shows them in the form (or, for a box, through :func:`show_refusal`). Any other exception is
not caught here: it reaches the error log and the unexpected-error dialog, never shown as the
user's fault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.ui.common.labels import model_message
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.page_parts import StatusLabel, open_message

T = TypeVar("T")


def show_refusal(parent: QWidget, refusal: WarmHomeError, *, title: str | None = None,
                 status: StatusLabel | None = None, show: Callable[[str], object] | None = None,
                 note: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Show why the models refused: the translated reason (with ``note``, what to do now, on
    a line of its own) on ``status``, to ``show`` (the page's own way: an error label, a
    field's focus) and in a box titled ``title`` over ``parent`` with ``icon``, for each of
    them that is given (at least one must be)."""
    if title is None and status is None and show is None:
        raise ValueError("a refusal needs a title, a status line or a show() to be shown on")
    message = model_message(refusal.message)
    if note:
        message += "\n" + note
    if status is not None:
        status.show_result(message, problem=True)
    if show is not None:
        show(message)
    if title is not None:
        # The same OK-button name (and translation context) as every other warning box.
        open_message(parent, title, message, QCoreApplication.translate("PageParts", "确定"),
                     icon)


def attempt(parent: QWidget, action: Callable[[], T], *, title: str | None = None,
            status: StatusLabel | None = None, show: Callable[[str], object] | None = None,
            note: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
            passing: tuple[type[WarmHomeError], ...] = ()) -> T | None:
    """``action()``'s value; or, when the models refuse it, None after showing the
    translated reason as :func:`show_refusal` does (give at least one of ``title``,
    ``status`` and ``show``). A refusal of a type in ``passing`` is raised on, untouched, for
    the caller to show in its own way."""
    if title is None and status is None and show is None:
        raise ValueError("attempt() needs a title, a status line or a show() to show a "
                         "refusal on")
    try:
        return action()
    except WarmHomeError as exc:
        if isinstance(exc, passing):
            raise
        show_refusal(parent, exc, title=title, status=status, show=show, note=note, icon=icon)
        return None


def succeeded(parent: QWidget, action: Callable[[], object], *, title: str | None = None,
              status: StatusLabel | None = None, show: Callable[[str], object] | None = None,
              note: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
              passing: tuple[type[WarmHomeError], ...] = ()) -> bool:
    """Like :func:`attempt` for an action whose value does not matter (or may be None):
    True when it ran, False when the models refused it (the reason is shown)."""
    def run() -> bool:
        action()
        return True
    return attempt(parent, run, title=title, status=status, show=show, note=note, icon=icon,
                   passing=passing) is not None


def run_export(parent: QWidget, status: StatusLabel, title: str, db: Database,
               work: Callable[[Database], T]) -> T | None:
    """Run an export through run_long_job; on failure show why on ``status`` and in a
    message box and return None (the export itself guarantees nothing half-written)."""
    return attempt(parent, lambda: run_long_job(parent, title, db, work),
                   title=QCoreApplication.translate("PageParts", "导出失败"), status=status)
