"""Running one models-layer call for a page: when the models refuse it (a WarmHomeError), the
translated reason is shown the way the page shows problems (a warning box, its result line,
or both) and the caller learns that it should stop.

Refusals a page handles differently (a closed month, a duplicate person, a form's fields)
stay as explicit ``except`` clauses where they are; any other exception is not caught here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.ui.common.labels import model_message
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.page_parts import StatusLabel, open_message

T = TypeVar("T")


def _show_problem(parent: QWidget, message: str, title: str | None,
                  status: StatusLabel | None) -> None:
    if status is not None:
        status.show_result(message, problem=True)
    if title is not None:
        # The same OK-button name (and translation context) as every other warning box.
        open_message(parent, title, message, QCoreApplication.translate("PageParts", "确定"))


def attempt(parent: QWidget, action: Callable[[], T], *, title: str | None = None,
            status: StatusLabel | None = None) -> T | None:
    """``action()``'s value; or, when the models refuse it, None after showing the
    translated reason in a warning box titled ``title`` over ``parent`` and/or on
    ``status`` (give at least one of them)."""
    if title is None and status is None:
        raise ValueError("attempt() needs a title or a status line to show a refusal on")
    try:
        return action()
    except WarmHomeError as exc:
        _show_problem(parent, model_message(exc.message), title, status)
        return None


def succeeded(parent: QWidget, action: Callable[[], object], *, title: str | None = None,
              status: StatusLabel | None = None) -> bool:
    """Like :func:`attempt` for an action whose value does not matter (or may be None):
    True when it ran, False when the models refused it (the reason is shown)."""
    def run() -> bool:
        action()
        return True
    return attempt(parent, run, title=title, status=status) is not None


def run_export(parent: QWidget, status: StatusLabel, title: str, db: Database,
               work: Callable[[Database], T]) -> T | None:
    """Run an export through run_long_job; on failure show why on ``status`` and in a
    message box and return None (the export itself guarantees nothing half-written)."""
    return attempt(parent, lambda: run_long_job(parent, title, db, work),
                   title=QCoreApplication.translate("PageParts", "导出失败"), status=status)
