"""A member's photo from a camera: the message without a camera, and a picture taken and saved.

No camera exists on a test machine; the pictures a camera would deliver are fed into the
dialog's real video sink, which is where QtMultimedia hands every camera frame.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaDevices, QVideoFrame

from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.people.camera_dialog import CameraDialog
from desktop.ui.people.person_dialog import PersonDialog
from tests.conftest import STAFF
from tests.ui.conftest import type_text, unnamed_interactive_widgets


def _frame(width: int = 1280, height: int = 720) -> QVideoFrame:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7bd0"))
    return QVideoFrame(image)


def _camera_dialog(qtbot, dialog: PersonDialog) -> CameraDialog:
    qtbot.mouseClick(dialog.camera_button, Qt.MouseButton.LeftButton)
    cameras = dialog.findChildren(CameraDialog)
    assert len(cameras) == 1
    return cameras[0]


def test_without_a_camera_the_dialog_says_what_to_do(qtbot, db: Database) -> None:
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    dialog = PersonDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()

    camera = _camera_dialog(qtbot, dialog)

    assert not camera.has_camera
    assert camera.preview.text() == (
        "⚠ 没有找到摄像头。请把摄像头接到电脑上再试，或关闭此窗口，用“选择照片”从文件中选取。")
    assert not camera.take_button.isEnabled()
    assert not unnamed_interactive_widgets(camera)
    camera.reject()
    assert dialog.photo_label.text() == "无照片"


def test_a_picture_taken_is_scaled_shown_and_saved_with_the_person(qtbot,
                                                                    db: Database) -> None:
    dialog = PersonDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.form.name_edit, "孙七")
    dialog.form.volunteer_check.setChecked(True)
    camera = _camera_dialog(qtbot, dialog)
    assert not camera.take_button.isEnabled()  # nothing to take before a picture arrives

    camera.sink.setVideoFrame(_frame())
    assert camera.take_button.isEnabled() and not camera.preview.pixmap().isNull()
    qtbot.mouseClick(camera.take_button, Qt.MouseButton.LeftButton)

    assert not dialog.photo_label.pixmap().isNull()
    assert dialog.remove_photo_button.isEnabled()
    dialog.save()
    stored = people.load_photo(db, dialog.person_id or 0)
    assert stored is not None and stored[:2] == b"\xff\xd8"  # kept as JPEG like a file photo
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == (480, 270)


def test_cancelling_the_camera_keeps_the_photo_as_it_was(qtbot, db: Database) -> None:
    dialog = PersonDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()
    camera = _camera_dialog(qtbot, dialog)
    camera.sink.setVideoFrame(_frame(320, 240))
    camera.reject()
    assert dialog.photo_label.pixmap().isNull()
    assert dialog.photo_label.text() == "无照片"
