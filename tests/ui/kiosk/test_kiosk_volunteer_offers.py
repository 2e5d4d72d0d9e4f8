"""A volunteer without a shift today signs in at the kiosk: the greeting offers today's open
shifts as large buttons (touch and keyboard); choosing one signs them up and links the
sign-in; without a choice the sign-in stays unplanned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.models.db import Database
from desktop.models.volunteers import sign_ins
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import shift, volunteer
from tests.ui.kiosk.kiosk_helpers import RecordingSpeaker, make_kiosk, prepare_centre, scan

DAY = date(2024, 6, 3)  # the kiosk stands at 09:02
CARD = "VC0001"


@pytest.fixture
def shifts(db: Database) -> dict[str, int]:
    prepare_centre(db)
    person = volunteer(db, "王志强", 41, card=CARD)
    return {"person": person,
            "ended": shift(db, DAY, "07:00", "09:00"),
            "cancelled": shift(db, DAY, "10:00", "11:00", cancelled=True),
            "morning": shift(db, DAY, "09:30", "11:30"),
            "afternoon": shift(db, DAY, "14:00", "16:00", post="义卖")}


@pytest.fixture
def kiosk(qtbot, db: Database, shifts: dict[str, int],
          ui_settings: UiSettings) -> Iterator[KioskWindow]:
    window = make_kiosk(qtbot, db, ui_settings, RecordingSpeaker())
    yield window
    window.close_without_password()


def _linked(db: Database) -> list[int | None]:
    return [s.shift_id for s in sign_ins.day_sign_ins(db, DAY, actor=STAFF)]


def _signups(db: Database) -> list[tuple[int, str, str]]:
    return [(r["shift_id"], r["status"], r["method"]) for r in db.query(
        "SELECT shift_id, status, method FROM volunteer_signup ORDER BY id")]


def test_the_greeting_offers_todays_open_shifts(qtbot, kiosk: KioskWindow,
                                                db: Database) -> None:
    scan(qtbot, kiosk, CARD)

    assert kiosk.result.sentence_label.text() == \
        "志愿者　上午好，签到成功 09:02\n没有排班：已记为临时服务，请工作人员确认"
    assert kiosk.result.offers_label.isVisible()
    buttons = kiosk.result.offer_buttons
    assert [b.text() for b in buttons] == ["助餐 09:30–11:30", "义卖 14:00–16:00"]
    assert [b.accessibleName() for b in buttons] == ["报名 助餐 09:30–11:30",
                                                     "报名 义卖 14:00–16:00"]
    assert all(b.isVisible() and b.height() >= 48 for b in buttons)
    assert _linked(db) == [None] and _signups(db) == []  # nothing chosen yet


def test_a_tap_on_an_offer_signs_up_and_links_the_sign_in(
        qtbot, kiosk: KioskWindow, db: Database, shifts: dict[str, int]) -> None:
    scan(qtbot, kiosk, CARD)
    qtbot.mouseClick(kiosk.result.offer_buttons[1], Qt.MouseButton.LeftButton)

    assert kiosk.result.sentence_label.text() == \
        "志愿者　上午好，签到成功 09:02\n今天的班次：义卖 14:00–16:00"
    assert kiosk.result.offer_buttons == []
    assert not kiosk.result.offers_label.isVisible()
    assert _linked(db) == [shifts["afternoon"]]
    assert _signups(db) == [(shifts["afternoon"], "signed_up", "kiosk")]


def test_the_keyboard_chooses_an_offer_with_tab_and_enter(
        qtbot, kiosk: KioskWindow, db: Database, shifts: dict[str, int]) -> None:
    scan(qtbot, kiosk, CARD)
    first = kiosk.result.offer_buttons[0]
    assert first.focusPolicy() & Qt.FocusPolicy.TabFocus
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)

    assert _linked(db) == [shifts["morning"]]
    assert _signups(db) == [(shifts["morning"], "signed_up", "kiosk")]


def test_without_a_choice_the_sign_in_stays_unplanned(qtbot, kiosk: KioskWindow,
                                                      db: Database) -> None:
    scan(qtbot, kiosk, CARD)
    kiosk.reset_to_start()

    assert kiosk.result.offer_buttons == []
    assert _linked(db) == [None]
    assert _signups(db) == []


def test_a_volunteer_with_a_shift_is_offered_nothing(qtbot, kiosk: KioskWindow, db: Database,
                                                     shifts: dict[str, int]) -> None:
    with db.transaction():
        db.execute("INSERT INTO volunteer_signup (shift_id, person_id, recorded_by, created_at,"
                   " updated_at) VALUES (?, ?, 'staff', '2024-01-02T09:00:00',"
                   " '2024-01-02T09:00:00')", (shifts["morning"], shifts["person"]))
    scan(qtbot, kiosk, CARD)

    assert kiosk.result.offer_buttons == []
    assert not kiosk.result.offers_label.isVisible()
    assert _linked(db) == [shifts["morning"]]
