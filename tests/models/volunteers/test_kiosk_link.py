"""Volunteers at the kiosk (the models side): found by card, name and initials through the
declaration attendance reads, signed in to their shift or as unplanned service, signed out
by a later tap, and refused neutrally when they may not serve."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import kiosk_people, kiosk_search
from desktop.models.attendance.attendance import KioskRefusal
from desktop.models.people import people
from desktop.models.volunteers import kiosk_link, sign_ins
from tests.conftest import STAFF, make_id_number, make_person_input
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    service_rows,
    shift,
    sign_up,
    volunteer,
)

KIOSK = Actor("kiosk", Role.KIOSK)


def test_attendance_finds_the_volunteers_provider_by_its_declaration() -> None:
    assert kiosk_link.PROVIDER in kiosk_people.providers()


def test_a_volunteer_is_found_by_card_name_and_initials(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1, card="VOL0042")
    provider = kiosk_link.PROVIDER
    assert provider.person_for_card(db, "vol0042") == li
    assert provider.person_for_card(db, "VOL9999") is None
    for typed in ("李志愿", "志愿", "lzy"):
        tiles = provider.find(db, typed, DAY, 12)
        assert [(t.person_id, t.name, t.card_tail, t.role) for t in tiles] == [
            (li, "李志愿", "0042", "志愿者")]
    # The kiosk is public: a number (the card, the 志愿北京 number) is never searched.
    assert provider.find(db, "VOL0042", DAY, 12) == []
    assert provider.find(db, "BJV2400001", DAY, 12) == []


def test_an_archived_volunteer_is_neither_found_nor_signed_in(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1, card="VOL0042")
    people.archive_person(db, li, actor=STAFF, reason="搬走")
    assert kiosk_link.PROVIDER.person_for_card(db, "VOL0042") is None
    assert kiosk_link.PROVIDER.find(db, "lzy", DAY, 12) == []
    before = counts(db)
    with pytest.raises(KioskRefusal) as refused:
        kiosk_link.PROVIDER.sign(db, li, "search", KIOSK, None)
    assert str(refused.value) == "未找到此卡，请找工作人员"
    assert counts(db) == before


def test_sign_in_shows_the_shift_and_a_later_tap_signs_out(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 8, 55))
    li = volunteer(db, "李志愿", 1, card="VOL0042")
    sign_up(db, shift(db, DAY, "09:00", "12:00"), li)
    came = kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, None)
    assert (came.name, came.role, came.status, came.time, came.detail) == (
        "李志愿", "志愿者", "signed_in", "08:55", "今天的班次：助餐 09:00–12:00")
    clock.set(datetime(2024, 5, 14, 9, 1))
    before = counts(db)
    again = kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, None)
    assert again.status == "already" and counts(db) == before
    clock.set(datetime(2024, 5, 14, 12, 5))
    left = kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, None)
    assert (left.status, left.time, left.detail) == ("signed_out", "12:05",
                                                     "已签退（助餐），本次计 3.0 小时")
    assert [m for _, m, _, _ in service_rows(db)] == [180]


def test_without_a_shift_the_kiosk_says_staff_will_confirm(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, datetime(2024, 5, 14, 9))
    li = volunteer(db, "李志愿", 1)
    came = kiosk_link.PROVIDER.sign(db, li, "search", KIOSK, None)
    assert came.detail == "没有排班：已记为临时服务，请工作人员确认"
    clock.set(datetime(2024, 5, 14, 11))
    left = kiosk_link.PROVIDER.sign(db, li, "search", KIOSK, None)
    assert left.detail == "已签退；临时服务请工作人员确认后计时长"
    assert service_rows(db) == []


def test_the_kiosk_asks_every_provider_by_card_and_by_name(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path)
    clock.set(datetime(2024, 5, 14, 9, 0))
    li = volunteer(db, "李志愿", 1, card="VOL0042")
    volunteer(db, "李小红", 2)
    holder = kiosk_people.card_holder(db, "vol0042")
    assert holder == (kiosk_link.PROVIDER, li)
    assert kiosk_people.card_holder(db, "WH000001") is None
    assert kiosk_people.sign_by_card(db, "WH000001", actor=KIOSK) is None
    assert counts(db)["volunteer_sign_in"] == 0
    result = kiosk_people.sign_by_card(db, "VOL0042", actor=KIOSK)
    assert result is not None
    assert (result.person_id, result.status, result.time) == (li, "signed_in", "09:00")
    found = kiosk_people.find_people(db, "lx", DAY, 12)
    assert [(p, m.name) for p, m in found] == [(kiosk_link.PROVIDER, "李小红")]
    assert len(kiosk_people.find_people(db, "李", DAY, 12)) == 2
    assert len(kiosk_people.find_people(db, "李", DAY, 1)) == 1
    assert kiosk_people.find_people(db, "李", DAY, 0) == []


def test_staff_choose_among_active_volunteers_and_active_posts(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    first = volunteer(db, "王一", 1)
    gone = volunteer(db, "王二", 2)
    with db.transaction():
        db.execute("UPDATE volunteer SET active = 0 WHERE person_id = ?", (gone,))
        db.execute("UPDATE volunteer_post SET active = 0 WHERE name = '义卖'")
    assert sign_ins.volunteers_to_sign(db, actor=STAFF) == [(first, "王一")]
    names = [name for _id, name in sign_ins.posts_to_choose(db)]
    assert names[:3] == ["日间照料协助", "文体活动", "助餐"]
    assert "义卖" not in names
    with pytest.raises(PermissionDenied):
        sign_ins.volunteers_to_sign(db, actor=KIOSK)


def test_typed_initials_rank_volunteers_and_members_on_one_scale(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    members = [people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}"),
        actor=STAFF, today=DAY) for seq, name in enumerate(
            ["刘建国", "李佳明", "罗建华", "李杰"], start=1)]
    liu = volunteer(db, "刘静", 40)
    # Three tiles: the exact initials first (李杰 a member, 刘静 a volunteer, in pinyin
    # order), then the longer names; the volunteer is not left for after the members.
    tiles = kiosk_people.find_tiles(db, "lj", DAY, 3)
    assert [(t.match.name, t.provider) for t in tiles] == [
        ("李杰", None), ("刘静", kiosk_link.PROVIDER), ("李佳明", None)]
    assert [t.rank.level for t in kiosk_people.find_tiles(db, "lj", DAY, 12)] == [
        kiosk_search.EXACT, kiosk_search.EXACT, *[kiosk_search.START] * 3]
    assert [t.match.person_id for t in kiosk_people.find_tiles(db, "刘", DAY, 12)] == [
        members[0], liu]
    assert kiosk_people.find_tiles(db, "VOL0042", DAY, 12) == []
