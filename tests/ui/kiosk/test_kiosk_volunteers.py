"""Volunteers at the kiosk window: their kiosk card signs them in to today's shift (shown and
spoken like a member's greeting), typed initials show their tile among the members' (one
ranking: test_kiosk_ranking), and a later scan signs them out with the hours credited.
Members keep their own path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.volunteers import sign_ins
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import shift, sign_up, volunteer
from tests.ui.kiosk.kiosk_helpers import (
    NOW,
    RecordingSpeaker,
    card,
    make_kiosk,
    prepare_centre,
    scan,
    sign_in_rows,
)

DAY = date(2024, 6, 3)
VOLUNTEER_CARD = "VC0001"


@pytest.fixture
def centre(db: Database) -> dict[str, int]:
    """三 members and 王志强, a volunteer with a kiosk card signed up for 09:00–11:00 助餐."""
    people = prepare_centre(db)
    person = volunteer(db, "王志强", 41, card=VOLUNTEER_CARD)
    sign_up(db, shift(db, DAY, "09:00", "11:00"), person)
    return {**people, "王志强": person}


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def kiosk(qtbot, db: Database, centre: dict[str, int], ui_settings: UiSettings,
          speaker: RecordingSpeaker) -> Iterator[KioskWindow]:
    window = make_kiosk(qtbot, db, ui_settings, speaker)
    yield window
    window.close_without_password()


def _volunteer_sign_ins(db: Database) -> list[tuple[str, str | None, str, int | None]]:
    return [(s.time_in, s.time_out or None, s.method, s.minutes)
            for s in sign_ins.day_sign_ins(db, DAY, actor=STAFF)]


def test_a_volunteer_card_signs_in_to_the_shift_shown_and_spoken(
        qtbot, kiosk: KioskWindow, db: Database, speaker: RecordingSpeaker) -> None:
    scan(qtbot, kiosk, VOLUNTEER_CARD)

    assert kiosk.stage.currentWidget() is kiosk.result
    assert kiosk.result.status_label.text() == "✓ 签到成功"
    assert kiosk.result.name_label.text() == "王志强"
    assert kiosk.result.sentence_label.text() == \
        "志愿者　上午好，签到成功 09:02\n今天的班次：助餐 09:00–11:00"
    sentence = "王志强，上午好，签到成功 09:02。今天的班次：助餐 09:00–11:00"
    assert kiosk.result.sentence == sentence
    assert kiosk.input.accessibleDescription() == sentence
    qtbot.waitUntil(lambda: speaker.said == [sentence])
    assert _volunteer_sign_ins(db) == [("09:02", None, "card", None)]
    assert sign_in_rows(db) == 0  # no member attendance written
    # Not an unknown card: the refusal log stays empty.
    assert db.scalar("SELECT count(*) FROM kiosk_event") == 0


def test_a_member_card_still_signs_the_member_in(qtbot, kiosk: KioskWindow,
                                                 db: Database) -> None:
    scan(qtbot, kiosk, card(2))
    assert kiosk.result.sentence == "李四，上午好，签到成功 09:02"
    assert sign_in_rows(db) == 1
    assert _volunteer_sign_ins(db) == []


def test_an_unknown_card_is_still_refused_and_logged(qtbot, kiosk: KioskWindow,
                                                     db: Database) -> None:
    scan(qtbot, kiosk, "ZZ9999")
    assert kiosk.result.sentence == "未找到此卡，请找工作人员"
    assert db.scalar("SELECT kind FROM kiosk_event") == "unknown_card"
    assert _volunteer_sign_ins(db) == []


def test_typed_initials_find_the_volunteer_tile(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    qtbot.keyClicks(kiosk.input, "wzq", delay=80)
    qtbot.waitUntil(lambda: bool(kiosk.tiles.visible_tiles()))
    (tile,) = kiosk.tiles.visible_tiles()
    assert tile.member_name == "王志强"
    assert tile.text() == "王志强\n志愿者"
    assert tile.accessibleName() == "签到：王志强（志愿者）"
    assert tile.provider is not None
    assert _volunteer_sign_ins(db) == []  # showing tiles writes nothing

    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)

    assert kiosk.result.sentence == "王志强，上午好，签到成功 09:02。今天的班次：助餐 09:00–11:00"
    assert _volunteer_sign_ins(db) == [("09:02", None, "search", None)]
    assert sign_in_rows(db) == 0


def test_matches_as_good_keep_pinyin_order_members_and_volunteers_alike(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    volunteer(db, "张小军", 42)
    qtbot.keyClicks(kiosk.input, "z", delay=80)
    qtbot.waitUntil(lambda: len(kiosk.tiles.visible_tiles()) == 3)
    tiles = kiosk.tiles.visible_tiles()
    assert [t.provider is None for t in tiles] == [True, True, False]
    assert tiles[2].member_name == "张小军"


def test_a_second_scan_later_signs_the_volunteer_out_with_the_hours(
        qtbot, kiosk: KioskWindow, db: Database, speaker: RecordingSpeaker) -> None:
    scan(qtbot, kiosk, VOLUNTEER_CARD)
    assert isinstance(db.clock, FixedClock)
    db.clock.advance(timedelta(hours=2))  # 11:02
    kiosk.repeat_guard_s = 0
    scan(qtbot, kiosk, VOLUNTEER_CARD)

    # 09:02–11:00 within the shift: 118 minutes, rounded down to the half hour (time not
    # served is never credited).
    assert kiosk.result.status_label.text() == "✓ 签退成功"
    assert kiosk.result.sentence_label.text() == \
        "志愿者　签退成功 11:02，再见\n已签退（助餐），本次计 1.5 小时"
    sentence = "王志强，签退成功 11:02，再见。已签退（助餐），本次计 1.5 小时"
    assert kiosk.result.sentence == sentence
    qtbot.waitUntil(lambda: speaker.said[-1:] == [sentence])
    assert _volunteer_sign_ins(db) == [("09:02", "11:02", "card", 90)]


def test_a_second_scan_at_once_signs_nothing_more(qtbot, kiosk: KioskWindow,
                                                  db: Database) -> None:
    scan(qtbot, kiosk, VOLUNTEER_CARD)
    kiosk.repeat_guard_s = 0
    scan(qtbot, kiosk, VOLUNTEER_CARD)
    assert kiosk.result.status_label.text() == "✓ 今天已经签到"
    assert kiosk.result.sentence == "王志强，已于 09:02 签到。今天的班次：助餐 09:00–11:00"
    assert _volunteer_sign_ins(db) == [("09:02", None, "card", None)]
    assert NOW.date() == DAY


def test_an_inactive_volunteer_gets_the_neutral_refusal_and_nothing_is_written(
        qtbot, kiosk: KioskWindow, db: Database, centre: dict[str, int]) -> None:
    with db.transaction():
        db.execute("UPDATE volunteer SET active = 0 WHERE person_id = ?", (centre["王志强"],))
    scan(qtbot, kiosk, VOLUNTEER_CARD)
    assert kiosk.result.sentence == "未找到此卡，请找工作人员"
    assert _volunteer_sign_ins(db) == []
    qtbot.keyClicks(kiosk.input, "wzq", delay=80)
    qtbot.waitUntil(lambda: kiosk.tiles_hint.text() == "没有找到，请换个写法，或找工作人员帮忙")
    assert not kiosk.tiles.visible_tiles()


def test_enter_on_the_volunteer_tile_signs_in_from_the_keyboard(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    qtbot.keyClicks(kiosk.input, "wzq", delay=80)
    qtbot.keyClick(kiosk.input, Qt.Key.Key_Return)  # Enter after a name: focus the tiles
    (tile,) = kiosk.tiles.visible_tiles()
    assert tile.hasFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert kiosk.result.name_label.text() == "王志强"
    assert _volunteer_sign_ins(db) == [("09:02", None, "search", None)]
