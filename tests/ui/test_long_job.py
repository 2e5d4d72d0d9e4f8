"""Long jobs run on a worker thread with their own connection; results and errors come back."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.ui import long_job
from desktop.ui.long_job import run_long_job


def test_result_comes_back_from_another_thread_and_connection(qtbot, db: Database) -> None:
    seen: dict[str, object] = {}

    def work(worker_db: Database) -> int:
        seen["thread"] = threading.current_thread()
        seen["conn"] = worker_db.conn
        return int(worker_db.scalar("SELECT 41 + 1"))

    assert run_long_job(None, "测试", db, work) == 42
    assert seen["thread"] is not threading.main_thread()
    assert seen["conn"] is not db.conn


def test_errors_are_raised_to_the_caller(qtbot, db: Database) -> None:
    def work(worker_db: Database) -> None:
        raise WarmHomeError("磁盘已满")

    with pytest.raises(WarmHomeError, match="磁盘已满"):
        run_long_job(None, "测试", db, work)


def test_window_keeps_processing_events_while_the_job_runs(qtbot, db: Database) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    def work(worker_db: Database) -> str:
        time.sleep(0.5)
        return "done"

    assert run_long_job(None, "测试", db, work) == "done"
    timer.stop()
    assert len(ticks) >= 5  # the GUI thread was not blocked


def test_worker_writes_are_visible_to_the_main_connection(qtbot, db: Database) -> None:
    def work(worker_db: Database) -> None:
        with worker_db.transaction():
            worker_db.execute("INSERT INTO setting (key, value) VALUES ('job', 'ok')")

    run_long_job(None, "测试", db, work)
    assert db.scalar("SELECT value FROM setting WHERE key = 'job'") == "ok"


def test_progress_dialog_appears_once_the_job_outlasts_the_delay(
        qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # Qt shows a QProgressDialog after its own default of 4 s unless told when to start:
    # a job of a few seconds (loading demo data) froze the window with nothing shown.
    monkeypatch.setattr(long_job, "SHOW_AFTER_MS", 0)
    shown = threading.Event()

    def look() -> None:
        if any(isinstance(w, QProgressDialog) and w.isVisible() and w.labelText() == "正在测试…"
               for w in QApplication.topLevelWidgets()):
            shown.set()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(10)
    # The job waits for the dialog (at most 3 s, under Qt's default 4 s, so it never hangs).
    assert run_long_job(None, "正在测试…", db, lambda _db: shown.wait(3)) is True
    timer.stop()

