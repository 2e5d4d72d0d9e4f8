"""The one way a page runs a models call: a refusal shows its translated reason (a warning box
with a named OK button, and/or the page's result line) and returns None; success returns the
call's value; anything other than a refusal is not swallowed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.people import people
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import StatusLabel
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


def test_a_refusal_needs_somewhere_to_be_shown(qtbot) -> None:
    with pytest.raises(ValueError):
        attempt(_parent(qtbot), lambda: 1)
