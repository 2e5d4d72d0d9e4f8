"""The on-screen keypad for shaky hands: a double touch of one key types once, and 清空 is
nowhere near 删除. Taps are real mouse clicks; the kiosk's tap clock is stepped by the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_keypad import REPEAT_TAP_MS
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import not_none
from tests.ui.kiosk.kiosk_helpers import SteppedClock, make_kiosk, prepare_centre

START = 0


@pytest.fixture
def clock() -> SteppedClock:
    """The kiosk's tap clock."""
    return SteppedClock()


@pytest.fixture
def kiosk(qtbot, db: Database, ui_settings: UiSettings,
          clock: SteppedClock) -> Iterator[KioskWindow]:
    """A kiosk whose taps are timed by ``clock``."""
    prepare_centre(db)
    window = make_kiosk(qtbot, db, ui_settings, key_clock=clock)
    yield window
    window.close_without_password()


def tap(qtbot, clock: SteppedClock, key: QPushButton, after_ms: float) -> None:
    """Touch ``key`` ``after_ms`` milliseconds after the previous touch."""
    clock.advance_ms(after_ms)
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(("second_after_ms", "typed"), [
    (10, "l"), (50, "l"), (REPEAT_TAP_MS - 1, "l"),  # one touch that landed twice
    (REPEAT_TAP_MS + 1, "ll"), (250, "ll"),  # two touches meant as two
])
def test_a_second_touch_of_the_same_letter_within_80_ms_types_once(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, second_after_ms: int,
        typed: str) -> None:
    key = kiosk.keypad.letter_buttons["L"]
    tap(qtbot, clock, key, 1_000)
    tap(qtbot, clock, key, second_after_ms)
    assert kiosk.input.text() == typed


def test_a_trembling_finger_types_one_letter(qtbot, kiosk: KioskWindow,
                                            clock: SteppedClock) -> None:
    key = kiosk.keypad.letter_buttons["L"]
    for gap in (1_000, 40, 40, 40):  # one press that bounced three times
        tap(qtbot, clock, key, gap)
    assert kiosk.input.text() == "l"
    assert [t.member_name for t in kiosk.tiles.visible_tiles()] == ["李四"]


def test_different_letters_tapped_quickly_all_count(qtbot, kiosk: KioskWindow,
                                                    clock: SteppedClock) -> None:
    keys = kiosk.keypad.letter_buttons
    tap(qtbot, clock, keys["Z"], 1_000)
    tap(qtbot, clock, keys["S"], 10)
    tap(qtbot, clock, keys["Z"], 10)
    assert kiosk.input.text() == "zsz"


def test_a_double_touch_of_delete_removes_one_letter(qtbot, kiosk: KioskWindow,
                                                     clock: SteppedClock) -> None:
    keys = kiosk.keypad.letter_buttons
    tap(qtbot, clock, keys["Z"], 1_000)
    tap(qtbot, clock, keys["S"], 300)
    tap(qtbot, clock, kiosk.keypad.delete_button, 300)
    tap(qtbot, clock, kiosk.keypad.delete_button, 30)
    assert kiosk.input.text() == "z"
    tap(qtbot, clock, kiosk.keypad.delete_button, 300)  # a second, deliberate touch
    assert kiosk.input.text() == "" and kiosk.stage.currentIndex() == START


def _grid_rect(key: QPushButton) -> QRect:
    """Where ``key`` is, in the keypad's coordinates."""
    return QRect(key.mapTo(not_none(key.parentWidget()), QPoint(0, 0)), key.size())


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (1920, 1080)])
def test_clear_is_far_from_delete(qtbot, kiosk: KioskWindow,
                                  size: tuple[int, int]) -> None:
    kiosk.resize(*size)
    QApplication.processEvents()
    keypad = kiosk.keypad
    delete = _grid_rect(keypad.delete_button)
    clear = _grid_rect(keypad.clear_button)
    key_width = keypad.letter_buttons["A"].width()
    # Keys that touch 删除 (sides and corners, across the gap between keys) are letters.
    reach = delete.adjusted(-key_width // 2, -key_width // 2, key_width // 2, key_width // 2)
    neighbours = {k.text() for k in keypad.buttons()
                  if k is not keypad.delete_button and reach.intersects(_grid_rect(k))}
    assert neighbours == {"T", "U", "Z"}
    # 清空 is at the other end of the bottom row: five letters lie between them.
    assert clear.center().y() == delete.center().y()
    assert delete.left() - clear.right() > 5 * key_width
    between = [k.text() for k in keypad.letter_buttons.values()
               if _grid_rect(k).center().y() == delete.center().y()]
    assert between == ["V", "W", "X", "Y", "Z"]
