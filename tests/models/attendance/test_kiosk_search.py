"""Finding members at the kiosk: names and pinyin only, active members only, twelve at most."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.attendance.kiosk_search import MAX_TILES, find_members
from desktop.models.db import Database
from desktop.models.people import people
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input

DAY = date(2024, 6, 3)


def _add(db: Database, name: str, seq: int, today: date = date(2024, 6, 1),
         **overrides: object) -> int:
    values: dict[str, object] = {"name": name, "id_number": make_id_number(seq=seq),
                                 "card_number": f"WH{seq:06d}", "phone": f"138000000{seq:02d}"}
    values.update(overrides)
    return people.create_person(db, make_person_input(**values), actor=STAFF, today=today)


def _names(db: Database, text: str) -> list[str]:
    return [m.name for m in find_members(db, text, DAY)]


@pytest.fixture
def register(db: Database) -> dict[str, int]:
    ids = {name: _add(db, name, seq) for seq, name in
           enumerate(["张三", "李子森", "曾国藩", "王芳", "张珊"], start=1)}
    ids["志愿者"] = people.create_person(db, make_person_input(
        name="赵志愿", is_member=False, is_volunteer=True, id_number=make_id_number(seq=20),
        card_number="", volunteer_number="BJV2400001"), actor=STAFF, today=date(2024, 6, 1))
    return ids


def test_initials_full_pinyin_and_chinese_find_members(db: Database, register) -> None:
    assert set(_names(db, "zs")) == {"张三", "张珊"}
    assert _names(db, "ZS") == _names(db, "zs")
    assert _names(db, "zhangsan") == ["张三"]
    assert set(_names(db, "张")) == {"张三", "张珊"}
    assert _names(db, "三") == ["张三"]  # a member may type only the given name
    assert _names(db, "cgf") == ["曾国藩"]  # a heteronym reading still finds him


def test_pinyin_matches_from_the_start_of_a_key(db: Database, register) -> None:
    # "zs" is inside 李子森's initials "lzs": not a match.
    assert "李子森" not in _names(db, "zs")


@pytest.mark.parametrize("text", ["", "   ", "13800000001", "WH000001", "wh000001",
                                  "0001", make_id_number(seq=1)[-4:], "z1"])
def test_numbers_find_nobody(db: Database, register, text: str) -> None:
    # Phone, card and ID numbers must not show a stranger's face at a public kiosk.
    assert find_members(db, text, DAY) == []


def test_letters_that_start_card_numbers_do_not_match_every_member(db: Database,
                                                                   register) -> None:
    # Every card starts with "WH"; only names read "wh…" may match.
    assert _names(db, "wh") == []
    assert _names(db, "wf") == ["王芳"]


def test_only_active_members_who_may_sign_in_that_day(db: Database, register) -> None:
    assert _names(db, "zzy") == []  # a volunteer, not a member
    people.archive_person(db, register["王芳"], "迁出", actor=ADMIN)
    assert _names(db, "wf") == []
    _add(db, "张未到", 30, today=date(2024, 7, 1), joined_on="2024-07-01")
    _add(db, "张已走", 31, joined_on="2020-01-01", left_on="2024-05-31")
    assert _names(db, "zwd") == [] and _names(db, "zyz") == []


def test_at_most_twelve_best_first(db: Database) -> None:
    for seq in range(1, 16):
        _add(db, f"张{'一二三四五六七八九十'[seq % 10]}{'甲乙丙'[seq % 3]}", seq)
    exact = _add(db, "张", 40)
    found = find_members(db, "张", DAY)
    assert len(found) == MAX_TILES
    assert found[0].person_id == exact  # the exact name ranks first


def test_card_tail_is_the_last_four_characters(db: Database, register) -> None:
    (match,) = find_members(db, "zhangsan", DAY)
    assert match.person_id == register["张三"]
    assert match.card_tail == "0001"
