"""The one way long jobs run: off the GUI thread, with a progress dialog, errors re-raised.

``run_long_job`` starts the work on a worker thread with its own database connection (SQLite
connections are not shared between threads), shows a modal "please wait" dialog while the
window keeps repainting, and returns the work's result, or raises its exception, to the
caller, which stays simple and synchronous. Used for backups, exports, audit verification and
loading demo data.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.models.db import Database

log = logging.getLogger("warmhome")
T = TypeVar("T")
# Jobs that end sooner never show the dialog: it would only flicker.
SHOW_AFTER_MS = 400


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
    half-way) appears if the job takes longer than a moment.
    """
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
