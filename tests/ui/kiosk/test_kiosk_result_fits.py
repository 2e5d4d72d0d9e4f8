"""The greeting fits the kiosk's smallest screen (1024×768): every word of it readable (no
label cut off or overlapped) and every offer a full touch target, whole on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_keypad import MIN_TOUCH_PX
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.models.volunteers.sign_ins_support import shift, sign_up, volunteer
from tests.ui.kiosk.kiosk_helpers import RecordingSpeaker, card, make_kiosk, prepare_centre, scan

DAY = date(2024, 6, 3)  # the kiosk stands at 09:02
CARD = "VC0001"
SMALL = (1024, 768)


@pytest.fixture
def kiosk(qtbot, db: Database, ui_settings: UiSettings) -> Iterator[KioskWindow]:
    prepare_centre(db)
    volunteer(db, "欧阳志强", 41, card=CARD)
    # Three open shifts (the most the greeting offers), the longest post name first.
    shift(db, DAY, "09:30", "12:00", post="日间照料协助")
    shift(db, DAY, "11:00", "13:00")
    shift(db, DAY, "14:00", "16:00", post="义卖")
    window = make_kiosk(qtbot, db, ui_settings, RecordingSpeaker())
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: window.size().toTuple() == SMALL)
    yield window
    window.close_without_password()


def _inside(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, QPoint(0, 0))
    bottom_right = widget.mapTo(area, QPoint(widget.width() - 1, widget.height() - 1))
    return area.contentsRect().contains(top_left) and area.contentsRect().contains(bottom_right)


def _cut_labels(kiosk: KioskWindow) -> list[str]:
    """The shown result labels whose text needs more height than they have, or that lie
    partly outside the result panel."""
    QApplication.processEvents()  # the layout runs on the event loop, as on screen
    result = kiosk.result
    labels = [result.status_label, result.name_label, result.sentence_label,
              result.offers_label]
    return [label.text() for label in labels if isinstance(label, QLabel)
            and label.isVisible() and (label.heightForWidth(label.width()) > label.height()
                                       or not _inside(label, result))]


def test_the_offers_are_whole_touch_targets_on_a_small_screen(qtbot,
                                                              kiosk: KioskWindow) -> None:
    scan(qtbot, kiosk, CARD)
    QApplication.processEvents()

    buttons = kiosk.result.offer_buttons
    assert [b.text() for b in buttons] == ["日间照料协助 09:30–12:00", "助餐 11:00–13:00",
                                           "义卖 14:00–16:00"]
    for button in buttons:
        assert button.isVisible()
        assert button.height() >= MIN_TOUCH_PX, button.text()
        # The whole text shows: the button is as wide as its words need.
        assert button.width() >= button.sizeHint().width(), button.text()
        assert _inside(button, kiosk.result), button.text()
    assert _cut_labels(kiosk) == []


def test_a_members_already_signed_in_screen_fits_with_its_sign_out_button(
        qtbot, kiosk: KioskWindow) -> None:
    scan(qtbot, kiosk, card(1))
    kiosk.repeat_guard_s = 0
    scan(qtbot, kiosk, card(1))
    QApplication.processEvents()

    button = kiosk.result.sign_out_button
    assert button.isVisible() and button.height() >= MIN_TOUCH_PX
    assert _inside(button, kiosk.result)
    assert _cut_labels(kiosk) == []


def test_tab_from_the_input_reaches_the_offers_before_the_keypad(qtbot,
                                                                 kiosk: KioskWindow) -> None:
    scan(qtbot, kiosk, CARD)
    assert QApplication.focusWidget() is kiosk.input
    visited: list[QWidget | None] = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())

    assert visited == [*kiosk.result.offer_buttons, kiosk.keypad.buttons()[0]]


@pytest.mark.parametrize("scale", [1.25, 1.5])
def test_at_large_text_the_greeting_steps_down_until_it_fits(
        qtbot, themed, db: Database, ui_settings: UiSettings, scale: float) -> None:
    prepare_centre(db)
    person = volunteer(db, "欧阳志强", 41, card=CARD)
    sign_up(db, shift(db, DAY, "09:00", "11:30", post="日间照料协助"), person)
    ui_settings.text_scale = scale
    kiosk = make_kiosk(qtbot, db, ui_settings, RecordingSpeaker())
    try:
        kiosk.resize(*SMALL)
        qtbot.waitUntil(lambda: kiosk.size().toTuple() == SMALL)
        scan(qtbot, kiosk, CARD)  # the volunteer, to their shift: two lines of sentence
        assert kiosk.result.sentence_label.text() == \
            "志愿者　上午好，签到成功 09:02\n今天的班次：日间照料协助 09:00–11:30"
        assert _cut_labels(kiosk) == []
        scan(qtbot, kiosk, card(2))  # a member
        assert kiosk.result.name_label.text() == "李四"
        assert _cut_labels(kiosk) == []
        kiosk.repeat_guard_s = 0
        scan(qtbot, kiosk, card(2))  # again: already signed in, with 签退
        QApplication.processEvents()
        button = kiosk.result.sign_out_button
        assert button.isVisible() and _inside(button, kiosk.result)
        assert _cut_labels(kiosk) == []
    finally:
        kiosk.close_without_password()


def test_the_offers_leave_the_screen_at_once_when_one_is_taken(qtbot,
                                                               kiosk: KioskWindow) -> None:
    scan(qtbot, kiosk, CARD)
    kiosk.result.offer_buttons[1].click()  # no event loop turn: deleteLater has not run

    assert kiosk.result.sentence_label.text() == \
        "志愿者　上午好，签到成功 09:02\n今天的班次：助餐 11:00–13:00"
    shown = [b.text() for b in kiosk.result.findChildren(QPushButton, "offerButton")
             if b.isVisible()]
    assert shown == []
