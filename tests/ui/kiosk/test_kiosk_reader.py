"""Card readers at the kiosk, key by key as a keyboard-wedge reader really sends them.

A reader types a capital letter as a person does: Shift down, the letter, the letter up,
Shift up. QTest's keyClicks sends neither the Shift key nor its release, so these tests
build the key events themselves and send them to the focused input, with the kiosk's key
clock stepped by the test (no sleeping, no timing on the machine's load).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.ui.kiosk.kiosk_input import BURST_GAP_MS
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.ui.kiosk.kiosk_helpers import (
    SteppedClock,
    add_member,
    make_kiosk,
    prepare_centre,
    sign_in_rows,
    visible_texts,
)

TILES = 1
UNREADABLE = "无法识别，请重新刷卡或找工作人员"
# The demo cards (WH + six digits), the same card read in lower case, and a reader that
# sends digits only.
CARDS = {"WH000001": "张三", "wh000002": "李四", "20240604": "王五"}
# Milliseconds from one character to the next: a fast USB reader, the one in issue 11, a
# slow Bluetooth one.
READER_GAPS = [2, 8, 20]
# A quick person: still far slower than any reader.
PERSON_GAP = 120

Press, Release = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def clock() -> SteppedClock:
    """The kiosk's key clock."""
    return SteppedClock()


@pytest.fixture
def kiosk(qtbot, db: Database, ui_settings: UiSettings,
          clock: SteppedClock) -> Iterator[KioskWindow]:
    """A kiosk whose key timing follows ``clock``, with the product's own burst gap (the
    other kiosk tests widen it for a loaded machine; here time is the test's)."""
    prepare_centre(db)
    add_member(db, "王五", 4, card_number="20240604")
    window = make_kiosk(qtbot, db, ui_settings, key_clock=clock)
    window.input.burst_gap_ms = BURST_GAP_MS
    yield window
    window.close_without_password()


def key_strokes(text: str, enter: bool) -> list[list[QKeyEvent]]:
    """The key events of each character of ``text`` (and of Enter), one list per character:
    a capital as Shift down, key down, key up, Shift up; anything else as down and up."""
    strokes = []
    for char in text + ("\r" if enter else ""):
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        shifted = char.isupper()
        mods = SHIFT if shifted else NONE
        events = [QKeyEvent(Press, key, mods, char), QKeyEvent(Release, key, mods, char)]
        if shifted:
            events = [QKeyEvent(Press, Qt.Key.Key_Shift, SHIFT, ""), *events,
                      QKeyEvent(Release, Qt.Key.Key_Shift, NONE, "")]
        strokes.append(events)
    return strokes


def send_keys(kiosk: KioskWindow, clock: SteppedClock, text: str, gap_ms: float,
              enter: bool) -> None:
    """Type ``text`` on the kiosk, a character every ``gap_ms``; the events of one
    character (Shift included) are spread evenly over its share of time. Each event goes
    to the widget that has keyboard focus at that moment, as the window system sends it."""
    for events in key_strokes(text, enter):
        for event in events:
            focused = QApplication.focusWidget()
            assert focused is not None and focused.window() is kiosk
            QApplication.sendEvent(focused, event)
            clock.advance_ms(gap_ms / len(events))


def _logged_kinds(db: Database) -> list[str]:
    return [str(e["kind"]) for e in attendance.kiosk_events(db, "2024-06-03")]


@pytest.mark.parametrize("gap_ms", READER_GAPS)
@pytest.mark.parametrize("code", list(CARDS))
def test_reader_burst_with_enter_signs_the_card_holder_in(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, db: Database, code: str,
        gap_ms: int) -> None:
    with qtbot.assertNotEmitted(kiosk.input.entered):
        send_keys(kiosk, clock, code, gap_ms, enter=True)

    assert kiosk.result.sentence == f"{CARDS[code]}，上午好，签到成功 09:02"
    assert sign_in_rows(db) == 1
    assert db.scalar("SELECT method FROM sign_in") == "card"
    assert _logged_kinds(db) == []  # no "unknown card WH…" or "H000001" in the log
    assert kiosk.input.text() == ""


@pytest.mark.parametrize("gap_ms", READER_GAPS)
@pytest.mark.parametrize("code", list(CARDS))
def test_reader_burst_without_enter_is_read_whole_then_refused(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, db: Database, code: str,
        gap_ms: int) -> None:
    send_keys(kiosk, clock, code, gap_ms, enter=False)

    # The whole code is one burst (the Shift presses did not cut it)...
    assert kiosk.input.in_burst()
    assert kiosk.input.burst_text() == code
    # ...and with no Enter after it, the kiosk says so once the reader is silent.
    with qtbot.waitSignal(kiosk.input.burst_without_enter, timeout=3000):
        pass
    assert kiosk.result.sentence == UNREADABLE
    assert kiosk.input.text() == ""
    assert sign_in_rows(db) == 0
    assert CARDS[code] not in " ".join(visible_texts(kiosk))


def test_reader_burst_after_a_typed_letter_is_read_alone(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, db: Database) -> None:
    send_keys(kiosk, clock, "Z", PERSON_GAP, enter=False)  # a person, with Shift
    clock.advance_ms(PERSON_GAP)
    send_keys(kiosk, clock, "WH000002", 8, enter=True)
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    assert _logged_kinds(db) == []


def test_reader_burst_while_a_key_has_focus_signs_in(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, db: Database) -> None:
    kiosk.keypad.letter_buttons["A"].setFocus()  # someone pressed Tab earlier
    send_keys(kiosk, clock, "WH000003", 8, enter=True)
    assert kiosk.result.sentence == "张珊，上午好，签到成功 09:02"
    assert kiosk.input.hasFocus()


def test_person_typing_capitals_with_shift_is_typing_not_a_card(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, db: Database) -> None:
    with qtbot.assertNotEmitted(kiosk.input.scanned), \
            qtbot.assertNotEmitted(kiosk.input.burst_without_enter, wait=400):
        send_keys(kiosk, clock, "LS", PERSON_GAP, enter=False)
        assert kiosk.input.text() == "LS" and not kiosk.input.in_burst()
        qtbot.waitUntil(lambda: [t.member_name for t in kiosk.tiles.visible_tiles()]
                        == ["李四"])
        send_keys(kiosk, clock, "", PERSON_GAP, enter=True)
    # Enter after a typed name goes to the tiles; nobody is signed in by typing alone.
    assert kiosk.tiles.visible_tiles()[0].hasFocus()
    assert sign_in_rows(db) == 0


def test_card_number_typed_slowly_with_shift_signs_in_as_typed(
        qtbot, kiosk: KioskWindow, clock: SteppedClock, db: Database) -> None:
    with qtbot.assertNotEmitted(kiosk.input.scanned):
        send_keys(kiosk, clock, "WH000003", PERSON_GAP, enter=False)
        assert not kiosk.input.in_burst()
        qtbot.waitUntil(lambda: kiosk.tiles_hint.text() == "输入卡号后请按回车键")
        send_keys(kiosk, clock, "", PERSON_GAP, enter=True)
    assert kiosk.result.sentence == "张珊，上午好，签到成功 09:02"
    assert sign_in_rows(db) == 1
