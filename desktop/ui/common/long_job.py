"""The one way long jobs run: off the GUI thread, with a progress dialog, errors re-raised.

``run_long_job`` starts the work on a worker thread with its own database connection (SQLite
connections are not shared between threads), shows a modal "please wait" dialog while the
window keeps repainting, and returns the work's result, or raises its exception, to the
caller, which stays simple and synchronous. Used for backups, exports, audit verification and
loading demo data.

One job at a time, from its first moment: the dialog appears only after ``SHOW_AFTER_MS``
(a quick job would only flicker), but input to the windows open when the job started is
ignored from the start, with a busy cursor, so a second click on the same button, another
page's export or a shortcut starts nothing; the windows keep repainting. A window that opens
during the job (the screen lock's password prompt) still takes input. A job asked for by the
program itself meanwhile is refused with ``JobAlreadyRunning`` and starts nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.models.db import Database
from desktop.models.errors import WarmHomeError

log = logging.getLogger("warmhome")
T = TypeVar("T")
# Jobs that end sooner never show the dialog: it would only flicker.
SHOW_AFTER_MS = 400
# What a person does to start something. Releases too: a menu item or a list row acts on
# release. Moves pass (hovering starts nothing). Closing a window waits too: the job's dialog
# may belong to it, and leaving the app mid-job would end the job half-way.
_INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.InputMethod, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd, QEvent.Type.TabletPress, QEvent.Type.TabletRelease,
    QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
    QEvent.Type.Close,
})
_REFUSED = frozenset({QEvent.Type.Close, QEvent.Type.DragEnter, QEvent.Type.DragMove,
                      QEvent.Type.Drop})


class JobAlreadyRunning(WarmHomeError):
    """A long job was asked for while another one runs; nothing was started."""


class _InputBlocker(QObject):
    """The application's event filter while a job runs (it exists exactly then): ignores
    input to the windows that were open when the job started, and the progress dialog."""

    def __init__(self, app: QCoreApplication, title: str) -> None:
        super().__init__(app)
        self.title = title
        self._windows = set(QApplication.topLevelWidgets())

    def add_window(self, window: QWidget) -> None:
        """Ignore input to ``window`` too (the progress dialog: Escape would hide it)."""
        self._windows.add(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT_EVENTS:
            return False
        window = _window_of(watched)
        # A shortcut without a window of its own acts for the whole application. Other input
        # to a bare window (a QWindow) reaches its widgets next, and is judged there.
        ignore = window in self._windows if window is not None else kind == QEvent.Type.Shortcut
        if ignore:
            # A close or a drop must be refused, or Qt goes ahead with it; anything else is
            # taken here, so Qt does not offer it to the widgets around.
            if kind in _REFUSED:
                event.ignore()
            else:
                event.accept()
        return ignore


def _window_of(target: QObject | None) -> QWidget | None:
    """The top-level window ``target`` (a widget, or a shortcut or action it owns) is in."""
    while target is not None and not isinstance(target, QWidget):
        target = target.parent()
    return target.window() if isinstance(target, QWidget) else None


def running_job() -> str | None:
    """The title of the long job running now, or None."""
    app = QCoreApplication.instance()
    blocker = app.findChild(_InputBlocker, options=Qt.FindChildOption.FindDirectChildrenOnly) \
        if app is not None else None
    return blocker.title if isinstance(blocker, _InputBlocker) else None


class _Worker(QObject):
    done = Signal()

    def __init__(self, db: Database, work: Callable[[Database], Any]) -> None:
        super().__init__()
        self._db = db
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self._db.sibling() as worker_db:
                self.result = self._work(worker_db)
        except BaseException as exc:  # handed back to the caller on the GUI thread
            self.error = exc
        finally:
            self.done.emit()


def run_long_job(parent: QWidget | None, title: str, db: Database,
                 work: Callable[[Database], T]) -> T:
    """Run ``work(worker_db)`` on a worker thread; return its result or raise its error.

    A modal progress dialog (busy indicator, no cancel: these jobs are not safe to stop
    half-way) appears if the job takes longer than a moment; input that could start other
    work is ignored from the start (see the module text). Raises ``JobAlreadyRunning``,
    starting nothing, while another job runs.
    """
    running = running_job()
    if running is not None:
        raise JobAlreadyRunning(QCoreApplication.translate(
            "LongJob", "另一项工作正在进行（{title}），请等它完成后再试").format(title=running))
    app = QCoreApplication.instance()
    assert app is not None, "a long job needs the QApplication"
    blocker = _InputBlocker(app, title)
    app.installEventFilter(blocker)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return _run(parent, title, db, work, blocker)
    finally:
        app.removeEventFilter(blocker)
        blocker.setParent(None)  # no job runs any more; Python deletes it on return
        QGuiApplication.restoreOverrideCursor()


def _run(parent: QWidget | None, title: str, db: Database, work: Callable[[Database], T],
         blocker: _InputBlocker) -> T:
    """The job itself, with ``blocker`` in place: the worker thread and the dialog."""
    worker = _Worker(db, work)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()
    finished = threading.Event()
    worker.done.connect(finished.set, Qt.ConnectionType.DirectConnection)
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)

    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAccessibleName(title)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Starts the clock for the minimum duration: without it Qt shows the dialog only after its
    # default 4 s, and a job of a few seconds (loading demo data) froze the window silently.
    dialog.setValue(0)
    blocker.add_window(dialog)

    thread.start()
    if not finished.is_set():
        # Safety net: if the queued quit were ever lost, the loop still ends.
        guard = QTimer()
        guard.timeout.connect(lambda: loop.quit() if finished.is_set() else None)
        guard.start(200)
        loop.exec()
        guard.stop()
    thread.quit()
    thread.wait()
    dialog.reset()  # stops the clock: a job that ended early never shows the dialog
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
