"""The kiosk driven as a member would: scan a card, type initials, use the keypad, tap a tile,
read the confirmation, sign out, walk away; and every bad input writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN
from tests.ui.conftest import type_text
from tests.ui.kiosk.kiosk_helpers import (
    NOW,
    RecordingSpeaker,
    card,
    make_kiosk,
    prepare_centre,
    scan,
    sign_in_rows,
    visible_texts,
)

START, TILES = 0, 1


@pytest.fixture
def members(db: Database) -> dict[str, int]:
    """Three members of a configured centre, by name."""
    return prepare_centre(db)


@pytest.fixture
def speaker() -> RecordingSpeaker:
    """What the kiosk asked the speech engine to say."""
    return RecordingSpeaker()


@pytest.fixture
def kiosk(qtbot, db: Database, members: dict[str, int], ui_settings: UiSettings,
          speaker: RecordingSpeaker) -> Iterator[KioskWindow]:
    """A kiosk at 09:02 on a Monday."""
    window = make_kiosk(qtbot, db, ui_settings, speaker)
    yield window
    window.close_without_password()


def _methods(db: Database) -> list[str]:
    return [r[0] for r in db.query("SELECT method FROM sign_in ORDER BY id")]


def _type_initials(qtbot, kiosk: KioskWindow, text: str) -> None:
    """A person typing: slower than a reader, then the live search shows the tiles."""
    qtbot.keyClicks(kiosk.input, text, delay=80)
    qtbot.waitUntil(lambda: kiosk.stage.currentIndex() == TILES and
                    bool(kiosk.tiles.visible_tiles()))


# -- the happy paths ----------------------------------------------------------------------------
def test_card_scan_signs_in_and_greets(qtbot, kiosk: KioskWindow, db: Database,
                                       members: dict[str, int],
                                       speaker: RecordingSpeaker) -> None:
    scan(qtbot, kiosk, card(1))

    sentence = "张三，上午好，签到成功 09:02"
    assert kiosk.stage.currentWidget() is kiosk.result
    assert kiosk.result.sentence == sentence
    assert kiosk.result.name_label.text() == "张三"
    assert kiosk.result.sentence_label.text() == "上午好，签到成功 09:02"
    assert kiosk.result.status_label.text() == "✓ 签到成功"  # a symbol and words
    assert not kiosk.result.photo_label.pixmap().isNull()
    # Screen readers: the input the member is on describes what just happened.
    assert kiosk.input.accessibleDescription() == sentence
    assert kiosk.input.text() == "" and kiosk.input.hasFocus()
    qtbot.waitUntil(lambda: speaker.said == [sentence])
    (record,) = attendance.day_sign_ins(db, "2024-06-03")
    assert (record.person_id, record.method, record.time_in) == (members["张三"], "card", "09:02")
    assert record.recorded_by == "desk"


def test_lower_case_scan_finds_the_card(qtbot, kiosk: KioskWindow, db: Database) -> None:
    scan(qtbot, kiosk, card(2).lower())
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    assert sign_in_rows(db) == 1


def test_confirmation_returns_to_start_after_a_few_seconds(qtbot, kiosk: KioskWindow) -> None:
    kiosk.confirm_ms = 50
    scan(qtbot, kiosk, card(1))
    assert kiosk.stage.currentWidget() is kiosk.result
    qtbot.waitUntil(lambda: kiosk.stage.currentIndex() == START)
    assert kiosk.result.sentence == "" and kiosk.result.name_label.text() == ""
    assert "张三" not in " ".join(visible_texts(kiosk))


def test_typed_initials_show_tiles_and_a_tap_signs_in(qtbot, kiosk: KioskWindow,
                                                      db: Database,
                                                      members: dict[str, int]) -> None:
    _type_initials(qtbot, kiosk, "zs")

    tiles = kiosk.tiles.visible_tiles()
    assert sorted(t.member_name for t in tiles) == ["张三", "张珊"]
    assert kiosk.tiles_hint.text() == "请点自己的照片签到"
    assert sign_in_rows(db) == 0  # showing tiles writes nothing
    tile = next(t for t in tiles if t.member_name == "张珊")
    assert tile.accessibleName() == "签到：张珊"
    assert not tile.icon().isNull()  # a drawn initial stands in for the missing photo

    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)

    assert kiosk.result.sentence == "张珊，上午好，签到成功 09:02"
    assert _methods(db) == ["search"]
    assert kiosk.input.text() == "" and not kiosk.tiles.visible_tiles()


def test_chinese_name_typed_through_an_input_method(qtbot, kiosk: KioskWindow,
                                                    db: Database) -> None:
    type_text(qtbot, kiosk.input, "李")
    qtbot.waitUntil(lambda: [t.member_name for t in kiosk.tiles.visible_tiles()] == ["李四"])
    qtbot.mouseClick(kiosk.tiles.visible_tiles()[0], Qt.MouseButton.LeftButton)
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"


def test_on_screen_keypad_search_is_recorded_as_keypad(qtbot, kiosk: KioskWindow,
                                                       db: Database) -> None:
    keys = kiosk.keypad.letter_buttons
    for letter in "ZSX":
        qtbot.mouseClick(keys[letter], Qt.MouseButton.LeftButton)
    assert kiosk.input.text() == "zsx"
    assert kiosk.tiles_hint.text() == "没有找到，请换个写法，或找工作人员帮忙"
    assert not kiosk.tiles.visible_tiles()
    qtbot.mouseClick(kiosk.keypad.delete_button, Qt.MouseButton.LeftButton)
    assert kiosk.input.text() == "zs"
    # The keypad searches at once: no waiting for a typing pause.
    assert len(kiosk.tiles.visible_tiles()) == 2
    assert kiosk.input.hasFocus()  # a tap does not take the card reader's focus

    qtbot.mouseClick(kiosk.tiles.visible_tiles()[0], Qt.MouseButton.LeftButton)

    assert _methods(db) == ["keypad"]
    assert kiosk.result.sentence.endswith("签到成功 09:02")


def test_keypad_clear_goes_back_to_start(qtbot, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.keypad.letter_buttons["L"], Qt.MouseButton.LeftButton)
    assert [t.member_name for t in kiosk.tiles.visible_tiles()] == ["李四"]
    qtbot.mouseClick(kiosk.keypad.clear_button, Qt.MouseButton.LeftButton)
    assert kiosk.input.text() == "" and kiosk.stage.currentIndex() == START
    assert not kiosk.tiles.visible_tiles()


def test_already_signed_in_shows_the_time_and_signs_out(qtbot, kiosk: KioskWindow,
                                                        db: Database,
                                                        speaker: RecordingSpeaker) -> None:
    scan(qtbot, kiosk, card(1))
    kiosk.repeat_guard_s = 0  # the member comes back later, not a double swipe
    later = datetime(2024, 6, 3, 16, 30)
    db.clock = FixedClock(later)
    scan(qtbot, kiosk, card(1))

    assert kiosk.result.sentence == "张三，已于 09:02 签到。要离开时请点“签退”"
    assert kiosk.result.sentence_label.text() == "已于 09:02 签到"
    assert kiosk.result.offers_sign_out
    button = kiosk.result.sign_out_button
    assert button.isVisible() and button.height() >= 64 and button.accessibleName() == "签退"
    assert sign_in_rows(db) == 1

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert kiosk.result.sentence == "张三，签退成功 16:30，再见"
    assert not kiosk.result.offers_sign_out
    (record,) = attendance.day_sign_ins(db, "2024-06-03")
    assert (record.time_in, record.time_out) == ("09:02", "16:30")
    qtbot.waitUntil(lambda: speaker.said[-1:] == ["张三，签退成功 16:30，再见"])

    scan(qtbot, kiosk, card(1))  # once more, after signing out: times only, no button
    assert kiosk.result.sentence == "张三，已于 09:02 签到，16:30 签退"
    assert not kiosk.result.offers_sign_out


def test_idle_time_returns_to_start_with_nothing_personal(qtbot, kiosk: KioskWindow) -> None:
    _type_initials(qtbot, kiosk, "zs")
    assert "张三" in " ".join(visible_texts(kiosk))
    kiosk.idle_ms = 100

    qtbot.waitUntil(lambda: kiosk.stage.currentIndex() == START, timeout=3000)

    assert kiosk.input.text() == ""
    assert not kiosk.tiles.visible_tiles()
    assert all(t.person_id is None and t.text() == "" for t in kiosk.tiles.tiles)
    shown = " ".join(visible_texts(kiosk))
    assert "张三" not in shown and "张珊" not in shown


def test_idle_after_already_signed_in_removes_the_sign_out_offer(qtbot, kiosk: KioskWindow,
                                                                  db: Database) -> None:
    attendance.kiosk_sign_in(db, prepare_ids(db)["张三"], method="card",
                             actor=kiosk._actor, now=NOW)
    scan(qtbot, kiosk, card(1))
    assert kiosk.result.offers_sign_out
    kiosk.idle_ms = 100
    qtbot.waitUntil(lambda: kiosk.stage.currentIndex() == START, timeout=3000)
    assert not kiosk.result.offers_sign_out and kiosk.result.sentence == ""
    assert "张三" not in " ".join(visible_texts(kiosk))


def prepare_ids(db: Database) -> dict[str, int]:
    """The members of ``prepare_centre`` by name."""
    return {r["name"]: r["id"] for r in db.query("SELECT id, name FROM person")}


# -- double taps and repeats ------------------------------------------------------------------
def test_two_quick_taps_on_a_tile_sign_in_once(qtbot, kiosk: KioskWindow, db: Database) -> None:
    _type_initials(qtbot, kiosk, "ls")
    tile = kiosk.tiles.visible_tiles()[0]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # the same spot, a moment later

    assert sign_in_rows(db) == 1
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    assert not kiosk.result.offers_sign_out  # no confusing "already signed in"


def test_tapping_the_same_member_again_quickly_keeps_the_confirmation(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    # The tile came back (typed again) and was tapped again within the guard time.
    _type_initials(qtbot, kiosk, "ls")
    qtbot.mouseClick(kiosk.tiles.visible_tiles()[0], Qt.MouseButton.LeftButton)
    person = prepare_ids(db)["李四"]
    kiosk.choose_member(person)
    assert sign_in_rows(db) == 1
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"


def test_a_double_swipe_keeps_the_confirmation(qtbot, kiosk: KioskWindow, db: Database) -> None:
    scan(qtbot, kiosk, card(2))
    scan(qtbot, kiosk, card(2))
    assert sign_in_rows(db) == 1
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    assert not kiosk.result.offers_sign_out


# -- bad input: a neutral message and nothing written -----------------------------------------
@pytest.mark.parametrize("garbage", ["%%##!!@@", "WH 0001;", "!!!!!!!!!!!!"])
def test_garbage_scan_is_unreadable_and_writes_no_sign_in(qtbot, kiosk: KioskWindow,
                                                          db: Database, garbage: str) -> None:
    scan(qtbot, kiosk, garbage)
    assert kiosk.result.sentence == "无法识别，请重新刷卡或找工作人员"
    assert kiosk.result.status_label.text() == "⚠ 请注意"
    assert not kiosk.result.photo_label.isVisible()
    assert sign_in_rows(db) == 0


def test_overlong_scan_is_unreadable(qtbot, kiosk: KioskWindow, db: Database) -> None:
    scan(qtbot, kiosk, "A1" * 40)
    assert kiosk.result.sentence == "无法识别，请重新刷卡或找工作人员"
    assert sign_in_rows(db) == 0


def test_unknown_card_gets_the_neutral_message(qtbot, kiosk: KioskWindow, db: Database) -> None:
    scan(qtbot, kiosk, "WH999999")
    assert kiosk.result.sentence == "未找到此卡，请找工作人员"
    assert sign_in_rows(db) == 0
    assert [e["kind"] for e in attendance.kiosk_events(db, "2024-06-03")] == ["unknown_card"]


def test_scan_without_enter_signs_nobody_in(qtbot, kiosk: KioskWindow, db: Database) -> None:
    scan(qtbot, kiosk, card(1), enter=False)
    # No tiles for a half-finished read, then the neutral message once the reader is silent.
    qtbot.waitUntil(lambda: kiosk.result.sentence == "无法识别，请重新刷卡或找工作人员",
                    timeout=3000)
    assert kiosk.input.text() == ""
    assert sign_in_rows(db) == 0
    assert "张三" not in " ".join(visible_texts(kiosk))


def test_scanned_code_after_typed_letters_is_read_alone(qtbot, kiosk: KioskWindow,
                                                        db: Database) -> None:
    qtbot.keyClicks(kiosk.input, "z", delay=80)
    scan(qtbot, kiosk, card(2))  # the reader's burst follows a stray letter
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"


def test_card_number_typed_by_hand_then_enter_signs_in(qtbot, kiosk: KioskWindow,
                                                       db: Database) -> None:
    qtbot.keyClicks(kiosk.input, card(3), delay=80)
    qtbot.waitUntil(lambda: kiosk.tiles_hint.text() == "输入卡号后请按回车键")
    assert not kiosk.tiles.visible_tiles()  # numbers never show a face
    qtbot.keyClick(kiosk.input, Qt.Key.Key_Return)
    assert kiosk.result.sentence == "张珊，上午好，签到成功 09:02"
    assert _methods(db) == ["card"]


def test_archived_member_gets_the_neutral_message(qtbot, kiosk: KioskWindow, db: Database,
                                                  members: dict[str, int]) -> None:
    people.archive_person(db, members["李四"], "迁出本街道", actor=ADMIN)
    scan(qtbot, kiosk, card(2))
    assert kiosk.result.sentence == "未找到此卡，请找工作人员"
    assert sign_in_rows(db) == 0
    # Staff see the real reason in the kiosk log; the member saw the neutral words.
    assert [e["kind"] for e in attendance.kiosk_events(db, "2024-06-03")] == ["archived_member"]
    # Nor can the archived member be found by name.
    qtbot.keyClicks(kiosk.input, "ls", delay=80)
    qtbot.waitUntil(lambda: kiosk.tiles_hint.text() == "没有找到，请换个写法，或找工作人员帮忙")
    assert not kiosk.tiles.visible_tiles()


def test_member_archived_after_the_tiles_appeared_is_refused(qtbot, kiosk: KioskWindow,
                                                             db: Database,
                                                             members: dict[str, int]) -> None:
    _type_initials(qtbot, kiosk, "ls")
    people.archive_person(db, members["李四"], "迁出本街道", actor=ADMIN)
    qtbot.mouseClick(kiosk.tiles.visible_tiles()[0], Qt.MouseButton.LeftButton)
    assert kiosk.result.sentence == "未找到此卡，请找工作人员"
    assert sign_in_rows(db) == 0


def test_enter_on_a_name_focuses_the_first_tile_for_the_keyboard(qtbot, kiosk: KioskWindow,
                                                                 db: Database) -> None:
    qtbot.keyClicks(kiosk.input, "ls")
    qtbot.keyClick(kiosk.input, Qt.Key.Key_Return)
    tile = kiosk.tiles.visible_tiles()[0]
    assert tile.hasFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    assert _methods(db) == ["search"]
    assert kiosk.input.hasFocus()


def test_reader_keeps_working_while_a_button_has_focus(qtbot, kiosk: KioskWindow,
                                                       db: Database) -> None:
    key = kiosk.keypad.letter_buttons["A"]
    key.setFocus()
    qtbot.keyClicks(key, card(2))  # keys arrive at the focused button
    qtbot.keyClick(kiosk.input, Qt.Key.Key_Return)
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"


def test_space_still_presses_the_focused_key(qtbot, kiosk: KioskWindow) -> None:
    key = kiosk.keypad.letter_buttons["L"]
    key.setFocus()
    qtbot.keyClick(key, Qt.Key.Key_Space)
    assert kiosk.input.text() == "l"


def test_more_than_twelve_matches_ask_for_another_letter(qtbot, kiosk: KioskWindow,
                                                         db: Database) -> None:
    from desktop.models.people import people
    from tests.conftest import STAFF, make_id_number, make_person_input

    for n in range(13):
        people.create_person(db, make_person_input(
            name=f"王{'一二三四五六七八九十甲乙丙'[n]}", id_number=make_id_number(seq=10 + n),
            card_number=f"WX{n:03d}", joined_on="2020-01-01"), actor=STAFF)
    _type_initials(qtbot, kiosk, "w")
    assert len(kiosk.tiles.visible_tiles()) == 12
    assert kiosk.tiles_hint.text() == "找到的人很多，只显示前12位：没有自己的照片，请再输入一个字母"
