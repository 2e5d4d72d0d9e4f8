"""A full disk (simulated with PRAGMA max_page_count): a clear message and nothing lost.

SQLite answers a write that needs more pages than ``max_page_count`` allows exactly as it
answers a full disk (SQLITE_FULL), so the models and the dialog see the real failure.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.db import Database, DatabaseError, open_database, write_failure_reason
from desktop.models.people import people
from desktop.models.people.person_input import PersonInput
from desktop.ui.people.person_dialog import PersonDialog
from tests.conftest import STAFF, count_rows, make_id_number, make_person_input
from tests.ui.conftest import type_text

# A photo's bytes need many new pages: a write that is sure not to fit.
BIG_PHOTO = bytes(range(256)) * 400


def _member(index: int, **overrides: object) -> PersonInput:
    values: dict[str, object] = {
        "name": f"王{index}",
        "id_number": make_id_number(date(1960, 1, 1) + timedelta(days=index)),
        "card_number": f"FD{index:05d}",
    }
    values.update(overrides)
    return make_person_input(**values)


def _save_some(db: Database, count: int) -> dict[int, PersonInput]:
    """People and a centre profile saved before the disk fills; id → stored form."""
    ids = [people.create_person(db, _member(i), actor=STAFF) for i in range(count)]
    centre.save_profile(db, CentreProfile(name="满盘测试中心", code="XC-01"), actor=STAFF)
    return {pid: people.load_person(db, pid) for pid in ids}


def _fill_disk(db: Database) -> None:
    """From now on the file may not grow: the disk is full."""
    pages = int(db.scalar("PRAGMA page_count"))
    assert int(db.scalar(f"PRAGMA max_page_count = {pages}")) == pages


def _free_disk(db: Database) -> None:
    db.scalar("PRAGMA max_page_count = 1073741823")


def _assert_intact(db: Database, saved: dict[int, PersonInput]) -> None:
    assert db.integrity_problems() == []
    for person_id, stored in saved.items():
        assert people.load_person(db, person_id) == stored
    assert centre.load_profile(db).name == "满盘测试中心"


def test_write_on_a_full_disk_is_refused_whole_with_a_clear_message(db: Database) -> None:
    saved = _save_some(db, 5)
    _fill_disk(db)
    before = count_rows(db)
    # The person's rows would fit in pages the file already has; the photo does not. The
    # whole action must be refused, not the photo alone.
    with pytest.raises(DatabaseError) as caught:
        people.create_person(db, _member(100, photo=BIG_PHOTO), actor=STAFF)
    assert "保存失败，数据未写入" in caught.value.message
    assert "磁盘空间已满" in caught.value.message
    assert count_rows(db) == before
    assert db.scalar("SELECT count(*) FROM person WHERE name = '王100'") == 0
    _assert_intact(db, saved)


def test_small_writes_fail_cleanly_once_every_page_is_used(db: Database) -> None:
    saved = _save_some(db, 5)
    _fill_disk(db)
    # Small writes fill the free space left in existing pages; the first that needs a new
    # page is refused whole, and everything before it is kept.
    accepted: dict[int, PersonInput] = {}
    for index in range(100, 600):
        before = count_rows(db)
        try:
            person_id = people.create_person(db, _member(index), actor=STAFF)
        except DatabaseError as exc:
            assert "磁盘空间已满" in exc.message
            assert count_rows(db) == before
            break
        accepted[person_id] = people.load_person(db, person_id)
    else:
        pytest.fail("the simulated disk never filled up")
    _assert_intact(db, {**saved, **accepted})


def test_saved_data_survives_a_full_disk_and_writing_resumes_when_space_is_freed(
        db_path: Path) -> None:
    with open_database(db_path) as db:
        saved = _save_some(db, 5)
        _fill_disk(db)
        with pytest.raises(DatabaseError):
            people.create_person(db, _member(100, photo=BIG_PHOTO), actor=STAFF)
        _free_disk(db)
        retried = people.create_person(db, _member(100, photo=BIG_PHOTO), actor=STAFF)
        assert people.load_photo(db, retried) == BIG_PHOTO
    # Reopened from disk: everything is there, including the write made after freeing space.
    with open_database(db_path) as db:
        _assert_intact(db, saved)
        assert people.load_person(db, retried).name == "王100"


@pytest.mark.parametrize(("code", "words"), [
    (sqlite3.SQLITE_FULL, "磁盘空间已满"),
    (sqlite3.SQLITE_IOERR_WRITE, "读写磁盘出错"),  # an extended code: its low byte is IOERR
    (sqlite3.SQLITE_READONLY, "只读"),
    (sqlite3.SQLITE_BUSY, "其他程序占用"),
])
def test_write_failures_are_explained_in_chinese(code: int, words: str) -> None:
    exc = sqlite3.OperationalError("sqlite says")
    exc.sqlite_errorcode = code
    reason = write_failure_reason(exc)
    assert words in reason and "sqlite says" in reason


def test_unknown_write_failure_keeps_sqlite_words() -> None:
    assert write_failure_reason(sqlite3.OperationalError("something odd")) == "something odd"


def _close_message_box_when_shown(seen: list[str], tries: int = 500) -> None:
    """Read and close the next modal message box, without blocking the test on it."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.close()
    elif tries > 0:
        QTimer.singleShot(10, lambda: _close_message_box_when_shown(seen, tries - 1))


@pytest.fixture
def photo_file(tmp_path: Path) -> Path:
    """A noisy picture: its JPEG stays large after scaling, so it needs new pages."""
    width, height = 480, 640
    noise = random.Random(7).randbytes(width * height * 3)
    image = QImage(noise, width, height, width * 3, QImage.Format.Format_RGB888)
    path = tmp_path / "photo.png"
    assert image.save(str(path))
    return path


def test_person_dialog_on_a_full_disk_explains_and_keeps_the_form(
        qtbot, db: Database, photo_file: Path) -> None:
    saved = _save_some(db, 3)
    _fill_disk(db)
    before = count_rows(db)
    dialog = PersonDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    id_number = make_id_number(date(1975, 3, 9), seq=7, male=False)
    type_text(qtbot, form.name_edit, "刘梅")
    type_text(qtbot, form.id_edit, id_number)
    type_text(qtbot, form.phone_edit, "13900001111")
    qtbot.mouseClick(form.member_check, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.cert_edit, id_number + "43")
    qtbot.mouseClick(form.programme_checks["温馨家园"], Qt.MouseButton.LeftButton)
    type_text(qtbot, form.card_edit, "WH777777")
    assert dialog.set_photo_file(str(photo_file))
    assert len(dialog.current_input().photo or b"") > 64_000, "the photo must need new pages"
    assert dialog.save_button.isEnabled()

    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_message_box_when_shown(seen))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(seen))  # the box opens without blocking, like every other
    assert len(seen) == 1
    assert "磁盘空间已满" in seen[0] and "表单内容仍然保留" in seen[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.person_id is None
    assert form.name_edit.text() == "刘梅"
    assert form.id_edit.text() == id_number
    assert form.cert_edit.text() == id_number + "43"
    assert form.card_edit.text() == "WH777777"
    assert count_rows(db) == before
    _assert_intact(db, saved)

    # Space freed: the same form, untouched by the user, now saves.
    _free_disk(db)
    with qtbot.waitSignal(dialog.saved) as saved_signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    person_id = saved_signal.args[0]
    assert people.load_person(db, person_id).name == "刘梅"
    assert people.load_photo(db, person_id)
