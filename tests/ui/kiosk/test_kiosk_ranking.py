"""Typed initials at the kiosk: members and volunteers on one ranking. Whoever's initials (or
name) are exactly what was typed comes first, so a volunteer is never pushed off the twelve
tiles by members whose initials only start with the letters; when even the exact matches do
not fit, the hint asks for the full pinyin (another letter would lose a two-character name)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.models.db import Database
from desktop.models.volunteers import sign_ins
from desktop.ui.kiosk.kiosk_window import KioskWindow
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import volunteer
from tests.ui.kiosk.kiosk_helpers import NOW, add_member, make_kiosk, sign_in_rows

# Members whose initials are exactly "lj", and members whose initials start with it.
EXACT_MEMBERS = ("李杰", "林军")
LONGER_MEMBERS = ("刘建国", "李佳明", "林家豪", "陆俊杰", "罗建华", "梁景文", "吕建平",
                  "刘金凤", "李军辉", "雷剑锋", "李建华")
# More people with the initials "lj" exactly than there are tiles.
MORE_EXACT = ("李静", "刘军", "罗杰", "梁洁", "吕杰", "雷军", "刘杰", "廖军", "李娟", "李建",
              "刘佳")


@pytest.fixture
def kiosk(qtbot, db: Database, ui_settings: UiSettings) -> Iterator[KioskWindow]:
    window = make_kiosk(qtbot, db, ui_settings)
    yield window
    window.close_without_password()


def _add_members(db: Database, names: tuple[str, ...], first_seq: int) -> None:
    for seq, name in enumerate(names, start=first_seq):
        add_member(db, name, seq)


def _type(qtbot, kiosk: KioskWindow, text: str) -> list[str]:
    kiosk.input.clear()
    if text.isascii():
        qtbot.keyClicks(kiosk.input, text, delay=80)
    else:
        kiosk.input.insert(text)  # as an input method commits a typed name
    kiosk.run_search()
    return [t.text() for t in kiosk.tiles.visible_tiles()]


def test_a_volunteer_with_exactly_the_typed_initials_is_shown_before_longer_names(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    _add_members(db, EXACT_MEMBERS + LONGER_MEMBERS, 1)
    liu = volunteer(db, "刘静", 40)

    shown = _type(qtbot, kiosk, "lj")

    # 13 members and a volunteer match: the three whose initials are "lj" come first, in
    # pinyin order, whoever they are; the members with longer names fill the rest.
    assert len(shown) == 12
    assert shown[:3] == ["李杰", "林军", "刘静\n志愿者"]
    assert set(shown[3:]) < set(LONGER_MEMBERS)
    assert kiosk.tiles_hint.text() == "找到的人很多，只显示前12位：没有自己的照片，请再输入一个字母"

    qtbot.mouseClick(kiosk.tiles.visible_tiles()[2], Qt.MouseButton.LeftButton)

    assert kiosk.result.name_label.text() == "刘静"
    assert [(s.person_id, s.method) for s in sign_ins.day_sign_ins(db, NOW.date(), actor=STAFF)
            ] == [(liu, "search")]
    assert sign_in_rows(db) == 0  # no member was signed in


def test_the_exact_full_name_comes_first_for_a_volunteer_too(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    # 刘静怡 (a member) starts with the typed name; the volunteer 刘静 is the name itself.
    _add_members(db, ("刘静怡",), 1)
    volunteer(db, "刘静", 40)
    assert _type(qtbot, kiosk, "刘静") == ["刘静\n志愿者", "刘静怡"]
    assert _type(qtbot, kiosk, "liujing") == ["刘静\n志愿者", "刘静怡"]


def test_too_many_exact_initials_ask_for_the_full_pinyin_which_finds_the_volunteer(
        qtbot, kiosk: KioskWindow, db: Database) -> None:
    _add_members(db, EXACT_MEMBERS + MORE_EXACT + LONGER_MEMBERS, 1)
    volunteer(db, "刘静", 40)

    shown = _type(qtbot, kiosk, "lj")

    # Fourteen people are "lj" exactly: the twelve shown are all exact, none longer.
    assert len(shown) == 12
    assert not set(shown) & set(LONGER_MEMBERS)
    assert kiosk.tiles_hint.text() == (
        "找到的人很多，只显示前12位：没有自己的照片，请输入名字的全拼（例如 zhangsan）")
    assert _type(qtbot, kiosk, "liujing") == ["刘静\n志愿者"]
    assert kiosk.tiles_hint.text() == "请点自己的照片签到"
