"""A volunteer who came without a shift (an unplanned sign-in, still signed in) and whom staff
then sign up for a shift of that day is on that shift: the sign-in is linked to it in the same
transaction, as the kiosk's own sign-up does, so they are not marked 未到 while present and
their sign-out credits the shift."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.models.volunteers import no_shows, sign_ins, signups
from tests.conftest import STAFF
from tests.models.volunteers.sign_ins_support import DAY, open_clocked, shift, volunteer


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute)


def test_staff_signing_up_a_walk_in_links_their_sign_in(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(9, 10))
    wang = volunteer(db, "王志愿", 1)
    meals = shift(db, DAY, "09:00", "11:00")
    came = sign_ins.volunteer_sign_in(db, wang, method="card", actor=STAFF).sign_in
    assert came.shift_id is None
    signup = signups.sign_up(db, meals, wang, actor=STAFF)
    assert sign_ins.get_sign_in(db, came.id).shift_id == meals
    audit = [tuple(r) for r in db.query(
        "SELECT action, table_name, record_id FROM audit_log WHERE id > (SELECT max(id) - 2"
        " FROM audit_log) ORDER BY id")]
    assert audit == [("create", "volunteer_signup", signup),
                     ("update", "volunteer_sign_in", came.id)]
    clock.set(_at(11, 5))
    # The shift has ended while she is still here: not marked 未到.
    assert no_shows.mark_no_shows(db, clock.now(), actor=STAFF) == []
    out = sign_ins.volunteer_sign_out(db, came.id, actor=STAFF, method="staff")
    assert (out.minutes, out.state) == (110 // 30 * 30, sign_ins.SignInState.CONFIRMED)


def test_a_sign_in_already_closed_or_after_the_shift_is_left_alone(tmp_path: Path) -> None:
    db, clock = open_clocked(tmp_path, _at(8))
    wang = volunteer(db, "王志愿", 1)
    li = volunteer(db, "李志愿", 2)
    morning = shift(db, DAY, "09:00", "11:00")
    evening = shift(db, DAY, "13:00", "14:00", post="文体活动")
    left = sign_ins.volunteer_sign_in(db, wang, method="card", actor=STAFF).sign_in
    clock.set(_at(8, 30))
    sign_ins.volunteer_sign_out(db, left.id, actor=STAFF, method="staff")
    clock.set(_at(14, 30))
    late = sign_ins.volunteer_sign_in(db, li, method="card", actor=STAFF).sign_in
    signups.sign_up(db, morning, wang, actor=STAFF)
    signups.sign_up(db, evening, li, actor=STAFF)
    # Signed out before (pending staff confirmation), or came after the shift ended.
    assert sign_ins.get_sign_in(db, left.id).shift_id is None
    assert sign_ins.get_sign_in(db, late.id).shift_id is None
