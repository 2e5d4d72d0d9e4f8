"""Long jobs run on a worker thread with their own connection; results and errors come back;
one job at a time, from its first moment."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressDialog, QPushButton, QWidget

from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.ui.common import long_job
from desktop.ui.common.long_job import run_long_job


def test_result_comes_back_from_another_thread_and_connection(qtbot, db: Database) -> None:
    seen: dict[str, object] = {}

    def work(worker_db: Database) -> int:
        seen["thread"] = threading.current_thread()
        seen["db"] = worker_db
        # The window's connection belongs to the GUI thread: SQLite refuses it here.
        with pytest.raises(sqlite3.ProgrammingError, match="thread"):
            db.scalar("SELECT 1")
        return int(worker_db.scalar("SELECT 41 + 1"))

    assert run_long_job(None, "测试", db, work) == 42
    assert seen["thread"] is not threading.main_thread()
    assert seen["db"] is not db


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



class _Page(QWidget):
    """A page with a button and a shortcut (Ctrl+E) that start the same long job."""

    def __init__(self, db: Database, work: Callable[[Database], str], name: str) -> None:
        super().__init__()
        self.setWindowTitle(name)
        self.button = QPushButton("导出", self)
        self.button.setAccessibleName(f"{name}导出")
        self.button.clicked.connect(self.export)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(f"{name}备注")
        self.field.move(0, 40)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        self.results: list[str] = []
        self._db = db
        self._work = work

    def export(self) -> None:
        self.results.append(run_long_job(self, "正在导出…", self._db, self._work))


@pytest.fixture
def no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dialog (and Qt's modality with it) would come only after this: whatever the
    # machine's speed, everything below happens before it.
    monkeypatch.setattr(long_job, "SHOW_AFTER_MS", 600_000)


def _shown_page(qtbot, db: Database, work: Callable[[Database], str], name: str) -> _Page:
    page = _Page(db, work, name)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    return page


def test_a_running_job_takes_no_second_click_shortcut_or_other_export(
        qtbot, db: Database, no_dialog: None) -> None:
    release = threading.Event()
    calls: list[str] = []
    other_calls: list[str] = []

    def work(_db: Database) -> str:
        calls.append("export")
        if len(calls) == 1:
            release.wait(10)  # the first job runs until the test lets it finish
        return f"第{len(calls)}次"

    def other_work(_db: Database) -> str:
        other_calls.append("other")
        return "其他"

    other = _shown_page(qtbot, db, other_work, "其他页面")
    page = _shown_page(qtbot, db, work, "本页面")
    seen: dict[str, object] = {}

    def while_running() -> None:
        seen["dialog shown"] = any(isinstance(w, QProgressDialog) and w.isVisible()
                                   for w in QApplication.topLevelWidgets())
        cursor = QApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor is not None else None
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)  # clicked again
        qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(other.button, Qt.MouseButton.LeftButton)  # another page's export
        qtbot.keyClicks(other.field, "abc")
        release.set()

    QTimer.singleShot(0, while_running)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)

    assert calls == ["export"] and other_calls == []  # the second jobs never started
    assert page.results == ["第1次"] and other.results == []
    # All that before the dialog: a busy cursor said why nothing happened.
    assert seen == {"dialog shown": False, "cursor": Qt.CursorShape.WaitCursor}
    assert other.field.text() == ""  # typing went nowhere either
    assert QApplication.overrideCursor() is None

    # Once the job is over, the button, the shortcut and the other page work again.
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(other.button, Qt.MouseButton.LeftButton)
    assert page.results == ["第1次", "第2次", "第3次"] and other.results == ["其他"]


def test_a_job_the_program_asks_for_meanwhile_is_refused_and_says_why(
        qtbot, db: Database, no_dialog: None) -> None:
    release = threading.Event()
    second_calls: list[str] = []
    refused: list[str] = []

    def second(_db: Database) -> str:
        second_calls.append("second")
        return "second"

    def while_running() -> None:
        try:
            run_long_job(None, "正在备份…", db, second)
        except long_job.JobAlreadyRunning as exc:
            refused.append(exc.message)
        finally:
            release.set()

    QTimer.singleShot(0, while_running)
    assert run_long_job(None, "正在导出…", db, lambda _db: release.wait(10)) is True
    assert refused == ["另一项工作正在进行（正在导出…），请等它完成后再试"]
    assert second_calls == []
    assert run_long_job(None, "正在备份…", db, second) == "second"  # afterwards it runs


def test_a_window_that_opens_during_the_job_takes_input(
        qtbot, db: Database, no_dialog: None) -> None:
    # The screen lock's password prompt can open while a long job runs: it must be usable,
    # or the person waits at a prompt that ignores them.
    release = threading.Event()
    page = _shown_page(qtbot, db, lambda _db: "done" if release.wait(10) else "", "本页面")
    typed: dict[str, str] = {}

    def while_running() -> None:
        prompt = QLineEdit()
        prompt.setAccessibleName("密码")
        qtbot.addWidget(prompt)
        prompt.show()
        qtbot.keyClicks(prompt, "secret")
        qtbot.keyClicks(page.field, "abc")
        typed.update(prompt=prompt.text(), page=page.field.text())
        release.set()

    QTimer.singleShot(0, while_running)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert typed == {"prompt": "secret", "page": ""}
    assert page.results == ["done"]


def test_closing_a_window_waits_for_the_job(qtbot, db: Database, no_dialog: None) -> None:
    release = threading.Event()
    page = _shown_page(qtbot, db, lambda _db: "done" if release.wait(10) else "", "本页面")
    accepted: list[bool] = []

    def while_running() -> None:
        close = QCloseEvent()
        QApplication.sendEvent(page, close)  # the title bar's ×, or Alt+F4
        accepted.append(close.isAccepted())
        release.set()

    QTimer.singleShot(0, while_running)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert accepted == [False] and page.isVisible()
