"""A volunteer without a shift today signs in at the kiosk: the greeting offers today's open
shifts (not cancelled, not ended, places open); choosing one signs them up and links the
sign-in to it in one audited transaction; without a choice the sign-in stays unplanned."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance.attendance import KioskRefusal
from desktop.models.attendance.kiosk_people import KioskPersonResult
from desktop.models.volunteers import kiosk_link, sign_ins
from desktop.models.volunteers.signups import SignUpRefused
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import (
    DAY,
    counts,
    open_clocked,
    shift,
    sign_up,
    volunteer,
)

KIOSK = Actor("kiosk", Role.KIOSK)
AT = datetime(2024, 5, 14, 12, 0)


def _labels(result: KioskPersonResult) -> list[str]:
    return [o.label for o in result.offers]


def test_open_shifts_of_today_are_offered_to_an_unplanned_volunteer(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1, card="VOL0042")
    shift(db, DAY, "09:00", "11:00")  # ended
    shift(db, DAY, "13:00", "15:00", cancelled=True)
    full = shift(db, DAY, "13:00", "16:00", post="义卖")
    for seq in (2, 3, 4):
        sign_up(db, full, volunteer(db, f"志愿{seq}", seq))
    afternoon = shift(db, DAY, "14:00", "17:00")
    under_way = shift(db, DAY, "11:30", "12:30", post="义卖")

    result = kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, AT)

    assert result.status == "signed_in"
    assert result.detail == "没有排班：已记为临时服务，请工作人员确认"
    assert [o.key for o in result.offers] == [under_way, afternoon]
    assert _labels(result) == ["义卖 11:30–12:30", "助餐 14:00–17:00"]
    assert result.more_offers == 0


def test_beyond_the_offers_the_greeting_is_told_how_many_more_shifts_are_open(
        tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1)
    starts = ["12:30", "13:00", "14:00", "15:00", "16:00"]
    keys = [shift(db, DAY, at, "18:00") for at in starts]

    result = kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, AT)

    # The earliest three as offers; the kiosk sends the volunteer to staff for the other two.
    assert [o.key for o in result.offers] == keys[:kiosk_link.MAX_OFFERS]
    assert result.more_offers == len(starts) - kiosk_link.MAX_OFFERS == 2


def test_a_volunteer_with_a_shift_or_no_open_shift_is_offered_nothing(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1)
    wang = volunteer(db, "王志愿", 2)
    sign_up(db, shift(db, DAY, "11:00", "13:00"), wang)
    assert kiosk_link.PROVIDER.sign(db, wang, "card", KIOSK, AT).offers == ()
    db2, _ = open_clocked(tmp_path / "other")
    zhao = volunteer(db2, "赵志愿", 3)
    assert kiosk_link.PROVIDER.sign(db2, zhao, "card", KIOSK, AT).offers == ()
    del li


def test_choosing_an_offer_signs_up_and_links_the_sign_in(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1)
    afternoon = shift(db, DAY, "14:00", "17:00")
    kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, AT)
    audits = int(db.scalar("SELECT count(*) FROM audit_log"))
    take = kiosk_link.PROVIDER.take
    assert take is not None

    result = take(db, li, afternoon, KIOSK)

    assert result.detail == "今天的班次：助餐 14:00–17:00"
    assert result.offers == ()
    (record,) = sign_ins.day_sign_ins(db, DAY, actor=STAFF)
    assert record.shift_id == afternoon
    assert db.scalar("SELECT status FROM volunteer_signup WHERE shift_id = ?"
                     " AND person_id = ?", (afternoon, li)) == "signed_up"
    assert db.scalar("SELECT method FROM volunteer_signup WHERE shift_id = ?",
                     (afternoon,)) == "kiosk"
    tables = [r["table_name"] for r in db.query(
        "SELECT table_name FROM audit_log ORDER BY id")][audits:]
    assert tables == ["volunteer_signup", "volunteer_sign_in"]


def test_a_full_shift_chosen_meanwhile_writes_nothing(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1)
    afternoon = shift(db, DAY, "14:00", "17:00")
    result = kiosk_link.PROVIDER.sign(db, li, "card", KIOSK, AT)
    assert [o.key for o in result.offers] == [afternoon]
    for seq in (2, 3, 4):
        sign_up(db, afternoon, volunteer(db, f"志愿{seq}", seq))
    before = counts(db)

    with pytest.raises(SignUpRefused) as refused:
        kiosk_link.sign_up_and_link(db, li, afternoon, KIOSK)

    assert "已报满" in str(refused.value)
    assert counts(db) == before
    (record,) = sign_ins.day_sign_ins(db, DAY, actor=STAFF)
    assert record.shift_id is None


def test_without_an_unplanned_sign_in_nothing_is_signed_up(tmp_path: Path) -> None:
    db, _ = open_clocked(tmp_path)
    li = volunteer(db, "李志愿", 1)
    afternoon = shift(db, DAY, "14:00", "17:00")
    before = counts(db)
    with pytest.raises(KioskRefusal) as refused:
        kiosk_link.sign_up_and_link(db, li, afternoon, KIOSK)
    assert str(refused.value) == "今天没有待选班次的签到，请找工作人员"
    assert counts(db) == before
