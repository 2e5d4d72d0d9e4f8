"""A sign-in with daily care recorded on its strength cannot be voided until that care is."""

from __future__ import annotations

import pytest

from desktop.models.attendance import attendance
from desktop.models.attendance.attendance import AttendanceError
from desktop.models.care import care_log
from desktop.models.db import Database
from tests.care_support import CARE_DAY, care_centre
from tests.conftest import STAFF

DAY = CARE_DAY.isoformat()


def _sign_in_id(db: Database, person_id: int) -> int:
    record = attendance.todays_sign_in(db, person_id, DAY)
    assert record is not None
    return record.id


def test_voiding_a_sign_in_with_care_is_refused_until_the_care_is_taken_back(
        db: Database) -> None:
    centre = care_centre(db)
    wang = centre.members[1]  # 李强 sorts first; any member will do
    care_log.tick(db, wang, DAY, "lunch", actor=STAFF)
    care_log.set_note(db, wang, DAY, "好", "午睡安稳", actor=STAFF)
    sign_in = _sign_in_id(db, wang)
    audit_rows = db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(AttendanceError) as refused:
        attendance.void_sign_in(db, sign_in, actor=STAFF, reason="记错了人")
    name = db.scalar("SELECT name FROM person WHERE id = ?", (wang,))
    assert refused.value.message == (
        f"{name} 在 {DAY} 的签到还不能作废：当天凭这次签到记下了日间照料：服务 1 项、服药 0 次、"
        "心情或备注 1 条、离站交接 0 次、购买服务 0 次（在“日间照料”页取消或作废）。"
        "请先取消或作废这些记录，再作废签到")
    assert db.scalar("SELECT voided_at FROM sign_in WHERE id = ?", (sign_in,)) is None
    assert db.scalar("SELECT count(*) FROM audit_log") == audit_rows
    # Taken back (the note emptied, the tick voided), the sign-in can go.
    care_log.untick(db, wang, DAY, "lunch", actor=STAFF)
    care_log.set_note(db, wang, DAY, "", "", actor=STAFF)
    attendance.void_sign_in(db, sign_in, actor=STAFF, reason="记错了人")
    assert db.scalar("SELECT voided_at FROM sign_in WHERE id = ?", (sign_in,)) is not None


def test_a_sign_in_without_care_is_voided_as_before(db: Database) -> None:
    centre = care_centre(db)
    attendance.void_sign_in(db, _sign_in_id(db, centre.other), actor=STAFF, reason="重复")
    attendance.void_sign_in(db, _sign_in_id(db, centre.members[0]), actor=STAFF, reason="重复")
    assert db.scalar("SELECT count(*) FROM sign_in WHERE voided_at IS NOT NULL") == 2
