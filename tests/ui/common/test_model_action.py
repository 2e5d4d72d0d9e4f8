"""The one way a page runs a models call: a refusal shows its translated reason (a warning box
with a named OK button, the page's result line, and/or the page's own way) and returns None;
a refusal the page handles itself passes through untouched; success returns the call's value;
anything other than a refusal is not swallowed: it reaches the log and the error dialog."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.models import error_log
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError, WarmHomeError
from desktop.models.people import people
from desktop.ui.common.model_action import attempt, show_refusal, succeeded
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.shell.error_dialog import ErrorReporter, install_error_reporting
from tests.conftest import STAFF, make_person_input


def _person(db: Database) -> int:
    return people.create_person(db, make_person_input(), actor=STAFF, today=date(2024, 7, 1))


def _archived_at(db: Database, pid: int) -> str | None:
    row = db.query_one("SELECT archived_at FROM person WHERE id = ?", (pid,))
    assert row is not None
    return row["archived_at"]


def _parent(qtbot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def _open_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_a_refusal_shows_its_translated_reason_in_a_box_with_a_named_ok_button(
        qtbot, db: Database, english) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    result = attempt(parent, lambda: people.archive_person(db, pid, "  ", actor=STAFF),
                     title="Cannot archive")
    assert result is None
    qtbot.waitUntil(lambda: bool(_open_boxes(parent)))
    [box] = _open_boxes(parent)
    assert box.windowTitle() == "Cannot archive"
    assert box.text() == "Enter the reason for archiving"
    assert box.icon() == QMessageBox.Icon.Warning
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok.accessibleName() == "OK"
    ok.click()
    assert not _open_boxes(parent)
    assert _archived_at(db, pid) is None  # nothing was written


def test_a_refusal_can_show_on_the_pages_result_line_instead(qtbot, db: Database) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    status = StatusLabel("操作结果", parent)
    assert not succeeded(parent, lambda: people.archive_person(db, pid, "", actor=STAFF),
                         status=status)
    assert status.text() == "⚠ 请填写归档原因"
    assert status.property("role") == "error"
    assert not _open_boxes(parent)


def test_a_call_that_runs_returns_its_value_and_shows_nothing(qtbot, db: Database) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    status = StatusLabel("操作结果", parent)
    values = attempt(parent, lambda: people.reveal_sensitive(db, pid, actor=STAFF),
                     title="无法显示", status=status)
    assert values is not None and values["id_number"] == make_person_input().id_number
    # An action returning None still counts as done.
    assert succeeded(parent, lambda: people.archive_person(db, pid, "搬家", actor=STAFF),
                     title="无法归档", status=status)
    assert _archived_at(db, pid) is not None
    assert status.text() == "" and not _open_boxes(parent)


def test_anything_but_a_refusal_is_not_swallowed(qtbot) -> None:
    parent = _parent(qtbot)

    def broken() -> int:
        counts: dict[str, int] = {}
        return counts["missing"]  # a programming error, not a refusal

    with pytest.raises(KeyError):
        attempt(parent, broken, title="无法保存")
    assert not _open_boxes(parent)
    assert not issubclass(KeyError, WarmHomeError)


def test_a_refusal_needs_somewhere_to_be_shown(qtbot, db: Database) -> None:
    parent = _parent(qtbot)
    with pytest.raises(ValueError):
        attempt(parent, lambda: 1)
    with pytest.raises(ValueError):
        succeeded(parent, lambda: 1, note="请重试")
    pid = _person(db)
    with pytest.raises(ValidationError) as refused:
        people.archive_person(db, pid, "", actor=STAFF)
    with pytest.raises(ValueError):
        show_refusal(parent, refused.value)


def test_a_refusal_can_be_shown_the_pages_own_way_with_what_to_do_next(
        qtbot, db: Database, english) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    shown: list[str] = []
    assert not succeeded(parent, lambda: people.archive_person(db, pid, "", actor=STAFF),
                         show=shown.append, note="The form keeps what you typed.")
    # Translated, then the note on a line of its own; no box, as the page did not ask for one.
    assert shown == ["Enter the reason for archiving\nThe form keeps what you typed."]
    assert not _open_boxes(parent)
    assert _archived_at(db, pid) is None


def test_a_refusal_the_page_handles_itself_passes_through_untouched(
        qtbot, db: Database) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    shown: list[str] = []
    with pytest.raises(ValidationError) as refused:
        succeeded(parent, lambda: people.archive_person(db, pid, " ", actor=STAFF),
                  show=shown.append, passing=(ValidationError,))
    assert set(refused.value.fields) == {"reason"}  # the page shows it under its field
    assert shown == [] and not _open_boxes(parent)
    # Any other refusal is still shown by the helper.
    missing = pid + 1000
    assert attempt(parent, lambda: people.reveal_sensitive(db, missing, actor=STAFF),
                   show=shown.append, passing=(ValidationError,)) is None
    assert shown == [f"没有编号为 {missing} 的人员"]
    assert not issubclass(NotFoundError, ValidationError)


def test_a_box_can_be_critical_and_say_what_to_do_next(qtbot, db: Database) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    status = StatusLabel("操作结果", parent)
    assert attempt(parent, lambda: people.reveal_sensitive(db, pid + 1, actor=STAFF),
                   title="保存失败", status=status, note="表单内容仍然保留，请稍后重试。",
                   icon=QMessageBox.Icon.Critical) is None
    qtbot.waitUntil(lambda: bool(_open_boxes(parent)))
    [box] = _open_boxes(parent)
    assert box.windowTitle() == "保存失败" and box.icon() == QMessageBox.Icon.Critical
    assert box.text() == f"没有编号为 {pid + 1} 的人员\n表单内容仍然保留，请稍后重试。"
    assert box.button(QMessageBox.StandardButton.Ok).accessibleName() == "确定"
    assert status.text() == "⚠ " + box.text()


def test_a_refusal_the_page_caught_is_shown_in_the_same_box(qtbot, db: Database) -> None:
    pid = _person(db)
    parent = _parent(qtbot)
    try:
        people.archive_person(db, pid, "", actor=STAFF)
    except ValidationError as exc:
        show_refusal(parent, exc, title="未保存", note="可以改正后再保存，或取消。")
    qtbot.waitUntil(lambda: bool(_open_boxes(parent)))
    [box] = _open_boxes(parent)
    assert box.windowTitle() == "未保存"
    assert box.text() == "请填写归档原因\n可以改正后再保存，或取消。"
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.button(QMessageBox.StandardButton.Ok).accessibleName() == "确定"


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[ErrorReporter]:
    """The unexpected-error reporting the GUI start installs, logging into a temporary data
    folder (pytest-qt's own hook is switched off by the tests that use this)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = install_error_reporting()
    yield installed
    if installed.box is not None:
        installed.box.close()
    error_log.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_our_code_reaches_the_log_and_the_error_dialog_not_the_page(
        qtbot, reporter: ErrorReporter, tmp_path: Path) -> None:
    parent = _parent(qtbot)
    status = StatusLabel("操作结果", parent)
    shown: list[str] = []

    def save_settings() -> None:
        counts: dict[str, int] = {}
        counts["days"] += 1  # a programming error, not a refusal

    def clicked() -> None:
        if succeeded(parent, save_settings, title="无法保存", status=status, show=shown.append,
                     passing=(ValidationError,)):
            shown.append("saved")

    QTimer.singleShot(0, clicked)
    loop = QEventLoop()
    turns = [0]

    def check() -> None:
        turns[0] += 1
        if reporter.box is not None or turns[0] > 500:
            loop.quit()
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(10)
    loop.exec()
    timer.stop()
    assert reporter.box is not None and reporter.box.isVisible()
    assert reporter.box.informativeText().endswith("错误类型：KeyError")
    log = tmp_path / "data" / "warmhome" / "logs" / "warmhome.log"
    assert " in save_settings" in log.read_text(encoding="utf-8")
    # Nothing on the page blames the user, and nothing claims it was saved.
    assert shown == [] and status.text() == "" and not _open_boxes(parent)
