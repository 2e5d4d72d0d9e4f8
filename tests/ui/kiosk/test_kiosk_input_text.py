"""The kiosk's input shows a typed name whole at every text size: the box grows with its
font instead of cutting the bottoms of the letters off (g, y, 拼音 descenders)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QStyle, QStyleOptionFrame

from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.ui.kiosk.kiosk_helpers import make_kiosk, prepare_centre


@contextmanager
def _kiosk(qtbot, db: Database, ui_settings: UiSettings, size: tuple[int, int],
           scale: float) -> Iterator[KioskWindow]:
    """A kiosk of ``size`` at text size ``scale``, closed afterwards."""
    prepare_centre(db)
    ui_settings.text_scale = scale
    kiosk = make_kiosk(qtbot, db, ui_settings)
    try:
        kiosk.resize(*size)
        qtbot.waitUntil(lambda: kiosk.size().toTuple() == size)
        yield kiosk
    finally:
        kiosk.close_without_password()


@pytest.mark.parametrize(("size", "scale"), [((1024, 768), 1.0), ((1024, 768), 1.5),
                                             ((1920, 1080), 1.0), ((1920, 1080), 1.5)])
def test_the_typed_text_fits_the_input_box(qtbot, themed, db: Database, ui_settings: UiSettings,
                                           size: tuple[int, int], scale: float) -> None:
    with _kiosk(qtbot, db, ui_settings, size, scale) as kiosk:
        qtbot.keyClicks(kiosk.input, "Zhang gy")
        QApplication.processEvents()
        edit = kiosk.input
        assert _text_room(edit) >= edit.fontMetrics().height()
        assert kiosk.height() <= size[1]


def _text_room(edit: QLineEdit) -> int:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    # The room the style leaves for the text inside the border and the padding.
    return edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                       edit).height()


def test_the_staff_password_fields_show_their_text_whole_at_large_text(
        qtbot, themed, db: Database, ui_settings: UiSettings) -> None:
    with _kiosk(qtbot, db, ui_settings, (1920, 1080), 1.5) as kiosk:
        dialog = kiosk.request_leave(staff_mode=True)
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.username_edit, "wangfang")
        QApplication.processEvents()
        for edit in (dialog.username_edit, dialog.password_edit):
            assert _text_room(edit) >= edit.fontMetrics().height(), edit.accessibleName()
        dialog.reject()


@pytest.mark.parametrize(("size", "scale"), [((1024, 768), 1.0), ((1024, 768), 1.5),
                                             ((1920, 1080), 1.5)])
def test_the_start_screen_welcome_and_hint_show_whole(qtbot, themed, db: Database,
                                                      ui_settings: UiSettings,
                                                      size: tuple[int, int],
                                                      scale: float) -> None:
    with _kiosk(qtbot, db, ui_settings, size, scale) as kiosk:
        QApplication.processEvents()
        page = kiosk.stage.currentWidget()
        assert page is not None
        labels = [page.findChild(QLabel, "kioskStartTitle"), page.findChild(QLabel,
                                                                           "kioskStartHint")]
        assert [label.text() for label in labels if label] == [
            "欢迎！请刷卡签到",
            "没有卡？在上面输入姓名或拼音首字母，或点右边的字母，再点自己的照片。"]
        title, hint = (label for label in labels if label)
        assert title.height() >= title.heightForWidth(title.width())
        assert hint.height() >= hint.heightForWidth(hint.width())
        assert title.geometry().bottom() < hint.geometry().top()  # no overlap
        assert hint.geometry().bottom() <= page.height()
