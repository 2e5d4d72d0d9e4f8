"""An unexpected error in the GUI: logged with its traceback, shown in a dialog naming the log.

pytest-qt normally takes over ``sys.excepthook`` to fail a test on an exception in a slot;
these tests switch that off (``qt_no_exception_capture``) so the real hook is the one the
application installs, and restore the previous hooks afterwards.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.models import error_log
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.ui.shell.error_dialog import ErrorReporter, install_error_reporting
from tests.conftest import STAFF

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[ErrorReporter]:
    """The reporter the GUI start installs, logging into a temporary data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = install_error_reporting()
    yield installed
    if installed.box is not None:
        installed.box.close()
    error_log.close()


def _log(tmp_path: Path) -> Path:
    return tmp_path / "data" / "warmhome" / "logs" / "warmhome.log"


def _run_event_loop_until(done: Callable[[], bool]) -> None:
    """Run a real event loop, as the application does, until ``done()`` (at most 500 turns)."""
    loop = QEventLoop()
    turns = [0]

    def check() -> None:
        turns[0] += 1
        if done() or turns[0] > 500:
            loop.quit()
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(10)
    loop.exec()
    timer.stop()


def save_person() -> None:
    raise TypeError(f"张三 {ID_NUMBER}")


def _buttons(box: QMessageBox) -> dict[str, QPushButton]:
    return {b.text(): b for b in box.findChildren(QPushButton)}


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_log_and_the_app_goes_on(
        reporter: ErrorReporter, tmp_path: Path) -> None:
    later: list[str] = []
    QTimer.singleShot(0, save_person)
    QTimer.singleShot(0, lambda: later.append("still running"))
    _run_event_loop_until(lambda: reporter.box is not None and bool(later))
    box = reporter.box
    assert box is not None and box.isVisible() and box.isModal()
    log = _log(tmp_path)
    assert box.windowTitle() == "意外错误"
    assert box.text() == "程序出现了意外错误，刚才的操作可能没有完成。"
    assert box.informativeText() == (
        "请查看刚才的操作是否已经完成，需要时再做一次。如果这个错误再次出现，请把日志文件"
        f"发给技术支持（日志中没有人员的姓名、证件号和电话）：\n{log}\n\n错误类型：TypeError")
    assert set(_buttons(box)) == {"打开日志文件夹", "关闭"}
    assert all(b.accessibleName() for b in _buttons(box).values())
    assert later == ["still running"]  # the event loop carried on after the exception
    text = log.read_text(encoding="utf-8")
    assert "ERROR warmhome: unexpected error in gui" in text
    assert "Traceback (most recent call last):" in text
    assert " in save_person" in text and "TypeError (message not logged)" in text
    assert "张三" not in text and ID_NUMBER not in text


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_dialog_shows_are_logged_not_stacked(
        reporter: ErrorReporter, tmp_path: Path) -> None:
    for _ in range(3):
        QTimer.singleShot(0, save_person)
    _run_event_loop_until(lambda: _log(tmp_path).read_text(encoding="utf-8").count(
        "unexpected error in gui") == 3)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible()]
    assert dialogs == [reporter.box]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_shown_on_the_gui_thread(
        reporter: ErrorReporter, tmp_path: Path) -> None:
    worker = threading.Thread(target=save_person)
    worker.start()
    worker.join()
    _run_event_loop_until(lambda: reporter.box is not None)
    assert reporter.box is not None and reporter.box.isVisible()
    assert reporter.box.informativeText().endswith("错误类型：TypeError")
    assert " in save_person" in _log(tmp_path).read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_that_ends_the_start_waits_for_the_user(
        reporter: ErrorReporter, tmp_path: Path) -> None:
    # No event loop runs (an exception escaped the start): the dialog must wait, or nobody
    # would see it before the program ends.
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.informativeText())
            _buttons(box)["关闭"].click()
        else:
            QTimer.singleShot(10, read_and_close)
    QTimer.singleShot(0, read_and_close)
    try:
        save_person()
    except TypeError:
        reporter.excepthook(*sys.exc_info())
    assert len(seen) == 1 and str(_log(tmp_path)) in seen[0]
    assert reporter.box is not None and not reporter.box.isVisible()


@pytest.mark.qt_no_exception_capture
def test_the_button_opens_the_log_folder(reporter: ErrorReporter, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    # The file manager cannot run here: record what it would be asked to open.
    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    QTimer.singleShot(0, save_person)
    _run_event_loop_until(lambda: reporter.box is not None)
    assert reporter.box is not None
    _buttons(reporter.box)["打开日志文件夹"].click()
    assert opened == [QUrl.fromLocalFile(str(_log(tmp_path).parent))]
    assert not reporter.box.isVisible()


def test_without_a_log_file_the_dialog_says_so(qapp: QApplication, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    reporter = ErrorReporter(error_log.configure("gui"), never_block=True)
    reporter.show_error("KeyError")
    assert reporter.box is not None
    assert reporter.box.informativeText() == (
        "请查看刚才的操作是否已经完成，需要时再做一次。如果这个错误再次出现，请告诉技术支持"
        f"错误类型：KeyError（日志文件无法写入：{blocker / 'warmhome' / 'logs'}）")
    assert set(_buttons(reporter.box)) == {"关闭"}
    reporter.box.close()


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.excel.reporting.consolidation_helpers import export, make_centres

    centre = make_centres(tmp_path_factory.mktemp("centres"))[0]
    return export(centre, tmp_path_factory.mktemp("usb"))


def test_a_bug_in_consolidation_reaches_the_error_handler_not_the_file_list(
        qtbot, db: Database, one_report: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.excel.reporting import consolidation_input
    from desktop.ui.reporting.consolidation_page import ConsolidationPage
    from tests.excel.reporting.consolidation_helpers import MONTH, TODAY

    def broken_summary(_sheet: object) -> None:
        raise TypeError("'NoneType' object is not subscriptable")
    monkeypatch.setattr(consolidation_input, "_summary", broken_summary)
    db.clock = FixedClock(TODAY)
    page = ConsolidationPage(db, STAFF)
    qtbot.addWidget(page)
    page.set_month(MONTH)
    page.add_paths([one_report])
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    # The click's slot ended with the error, which went to sys.excepthook (in the app: the
    # reporter, its log and dialog); the file is not listed as damaged.
    assert [type(exc) for _, exc, _ in raised] == [TypeError]
    assert page.result is None and page.outcomes.rowCount() == 0
    assert "损坏" not in page.status_label.text()
