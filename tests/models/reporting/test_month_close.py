"""Month close: submitting needs an export, a closed month refuses every write of its records
(with the message, writing nothing), the triggers back that up, reopening is for administrators
with a reason, and the revision follows export → close → reopen."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance
from desktop.models.db import APPLICATION_ID, Database, open_database
from desktop.models.errors import ValidationError
from desktop.models.migrations import MIGRATIONS
from desktop.models.people import people
from desktop.models.reporting import month_close
from desktop.models.reporting.month_close import MonthClosedError
from tests.conftest import ADMIN, STAFF, log_export, make_id_number, make_person_input, not_none

TODAY = date(2024, 6, 1)
NOW = datetime(2024, 6, 1, 12)
MAY, APRIL, JUNE = "2024-05", "2024-04", "2024-06"
CLOSED = "2024-05 已报送关账，记录只读；如需修改请管理员重新开账"
KIOSK = Actor("kiosk", Role.KIOSK)
HASH_A, HASH_B = "a" * 64, "b" * 64
TABLES = ("sign_in", "activity", "activity_participant", "audit_log", "month_state",
          "month_report", "kiosk_event")


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a dated write touches (updates show, not only counts)."""
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1, 2")]
            for t in TABLES}


def _at(day: str, hour: int = 9) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour))


class Centre:
    """A small centre: two members, May sign-ins and a May activity with a participant."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.zhang = people.create_person(db, make_person_input(
            name="张三", id_number=make_id_number(seq=1), joined_on="2024-01-10"),
            actor=STAFF, today=TODAY)
        self.li = people.create_person(db, make_person_input(
            name="李四", id_number=make_id_number(seq=2, male=False), card_number="WH000002",
            joined_on="2024-01-10"), actor=STAFF, today=TODAY)
        self.sign_in = attendance.staff_sign_in(db, self.zhang, _at("2024-05-06"),
                                                _at("2024-05-06", 15), actor=STAFF,
                                                reason="补签", now=NOW)
        self.open_sign_in = attendance.staff_sign_in(db, self.li, _at("2024-05-07"), None,
                                                     actor=STAFF, reason="补签", now=NOW)
        self.activity = activities.create_activity(
            db, ActivityInput("书法班", "文化", "2024-05-10"), actor=STAFF, today=TODAY)
        activities.add_participants(db, self.activity, [self.zhang], actor=STAFF, today=TODAY)
        self.june_activity = activities.create_activity(
            db, ActivityInput("六月合唱", "文化", "2024-06-01"), actor=STAFF, today=TODAY)

    def export(self, month: str = MAY, revision: int | None = None,
               content: bytes | None = None) -> str:
        """Log a stand-in file as the month's export; returns the SHA-256 of its bytes."""
        revision = revision or month_close.month_status(self.db, month).revision
        path = log_export(self.db, month, revision, content, data_sha256=HASH_B)
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def close(self, month: str = MAY) -> month_close.Submission:
        return month_close.close_month(self.db, month, actor=STAFF, today=TODAY)


@pytest.fixture
def centre(db: Database) -> Centre:
    return Centre(db)


@pytest.fixture
def closed(centre: Centre) -> Centre:
    centre.export()
    centre.close()
    return centre


# -- closing --------------------------------------------------------------------------------------
def test_a_new_month_is_open_at_revision_1(centre: Centre) -> None:
    status = month_close.month_status(centre.db, MAY)
    assert (status.closed, status.revision, status.last_export, status.submissions) == \
        (False, 1, None, [])
    assert status.reopened_reason is None and status.reopened_at is None


def test_closing_without_an_export_is_refused_and_writes_nothing(centre: Centre) -> None:
    before = snapshot(centre.db)
    with pytest.raises(ValidationError, match="先导出本月报表再报送"):
        centre.close()
    assert snapshot(centre.db) == before
    assert not month_close.is_closed(centre.db, MAY)


def test_an_export_of_another_month_or_revision_does_not_count(centre: Centre) -> None:
    centre.export(APRIL)
    centre.export(MAY, revision=2)
    before = snapshot(centre.db)
    with pytest.raises(ValidationError, match="先导出本月报表再报送"):
        centre.close()
    assert snapshot(centre.db) == before


def test_close_logs_the_export_as_sent_and_closes(centre: Centre) -> None:
    digest = centre.export(content=b"c")
    sent = centre.close()
    assert (sent.month, sent.revision, sent.file_name, sent.file_sha256, sent.submitted_by) == \
        (MAY, 1, "2024-05_v1.xlsx", digest, "staff")
    status = month_close.month_status(centre.db, MAY)
    assert status.closed and status.revision == 1 and status.closed_by == "staff"
    assert status.submissions == [sent] == month_close.submissions(centre.db, MAY)
    assert status.last_export is not None and status.last_export.file_sha256 == digest
    entry = not_none(centre.db.query_one(
        "SELECT action, table_name FROM audit_log ORDER BY id DESC"))
    assert tuple(entry) == ("close", "month_state")


def test_closing_twice_the_current_or_a_future_month_is_refused(closed: Centre) -> None:
    db = closed.db
    closed.export(JUNE)
    before = snapshot(db)
    with pytest.raises(MonthClosedError, match="已经报送关账"):
        closed.close(MAY)
    with pytest.raises(ValidationError, match="本月，还没有结束"):
        closed.close(JUNE)
    with pytest.raises(ValidationError, match="还没有到"):
        closed.close("2024-07")
    with pytest.raises(ValidationError, match="YYYY-MM"):
        closed.close("2024-5")
    assert snapshot(db) == before


def test_records_changed_after_the_export_must_be_exported_again(centre: Centre) -> None:
    centre.export()
    attendance.void_sign_in(centre.db, centre.open_sign_in, actor=STAFF, reason="误签")
    before = snapshot(centre.db)
    with pytest.raises(ValidationError, match="1 处修改，请重新导出再报送"):
        centre.close()
    assert snapshot(centre.db) == before
    # A change in another month does not stale May's export.
    centre.export()
    activities.update_activity(centre.db, centre.june_activity,
                               ActivityInput("六月合唱团", "文化", "2024-06-01"),
                               actor=STAFF, today=TODAY)
    assert centre.close().revision == 1


def test_the_kiosk_may_not_close(centre: Centre) -> None:
    centre.export()
    before = snapshot(centre.db)
    with pytest.raises(PermissionDenied, match="报送月报并关账"):
        month_close.close_month(centre.db, MAY, actor=KIOSK, today=TODAY)
    assert snapshot(centre.db) == before


def test_bad_export_records_are_refused(centre: Centre) -> None:
    before = snapshot(centre.db)
    with pytest.raises(ValidationError, match="SHA-256"):
        month_close.record_export(centre.db, MAY, revision=1, path="x.xlsx",
                                  file_sha256="abc", data_sha256=HASH_B, actor=STAFF)
    with pytest.raises(ValidationError, match="版本号"):
        month_close.record_export(centre.db, MAY, revision=0, path="x.xlsx",
                                  file_sha256=HASH_A, data_sha256=HASH_B, actor=STAFF)
    assert snapshot(centre.db) == before


# -- a closed month refuses every write of its records --------------------------------------------
def _writes(c: Centre) -> dict[str, Callable[[], object]]:
    db = c.db
    may_day = "2024-05-20"
    return {
        "kiosk sign-in": lambda: attendance.kiosk_sign_in(
            db, c.li, method="search", actor=STAFF, now=_at(may_day)),
        "kiosk card": lambda: attendance.kiosk_scan(db, "WH000002", actor=STAFF,
                                                    now=_at(may_day)),
        "sign out": lambda: attendance.sign_out(db, c.open_sign_in, actor=STAFF,
                                                now=_at("2024-05-07", 16)),
        "staff sign-in": lambda: attendance.staff_sign_in(
            db, c.li, _at(may_day), None, actor=STAFF, reason="补签", now=NOW),
        "correct": lambda: attendance.correct_sign_in(
            db, c.sign_in, _at("2024-05-06", 8), _at("2024-05-06", 15), actor=STAFF,
            reason="更正", now=NOW),
        "void sign-in": lambda: attendance.void_sign_in(db, c.sign_in, actor=STAFF,
                                                        reason="误签"),
        "paper sheet": lambda: attendance.enter_paper_sheet(db, may_day, [c.zhang, c.li],
                                                            actor=STAFF, now=NOW),
        "create activity": lambda: activities.create_activity(
            db, ActivityInput("补录活动", "体育", may_day), actor=STAFF, today=TODAY),
        "update activity": lambda: activities.update_activity(
            db, c.activity, ActivityInput("书法课", "文化", "2024-05-10"), actor=STAFF,
            today=TODAY),
        "move activity out": lambda: activities.update_activity(
            db, c.activity, ActivityInput("书法班", "文化", "2024-04-10"), actor=STAFF,
            today=TODAY),
        "move activity in": lambda: activities.update_activity(
            db, c.june_activity, ActivityInput("六月合唱", "文化", "2024-05-31"), actor=STAFF,
            today=TODAY),
        "void activity": lambda: activities.void_activity(db, c.activity, "误录", actor=STAFF),
        "add participant": lambda: activities.add_participants(
            db, c.activity, [c.li], actor=STAFF, today=TODAY),
        "remove participant": lambda: activities.remove_participant(
            db, c.activity, c.zhang, "误录", actor=STAFF),
    }


WRITE_PATHS = ["kiosk sign-in", "kiosk card", "sign out", "staff sign-in", "correct",
               "void sign-in", "paper sheet", "create activity", "update activity",
               "move activity out", "move activity in", "void activity", "add participant",
               "remove participant"]


def test_every_write_path_is_covered(centre: Centre) -> None:
    assert sorted(_writes(centre)) == sorted(WRITE_PATHS)


@pytest.mark.parametrize("path", WRITE_PATHS)
def test_a_closed_month_refuses_every_write(closed: Centre, path: str) -> None:
    before = snapshot(closed.db)
    with pytest.raises(MonthClosedError) as caught:
        _writes(closed)[path]()
    assert caught.value.message == CLOSED
    assert snapshot(closed.db) == before


def _may_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """May's sign-ins and activities, every column."""
    return {t: [tuple(r) for r in db.query(
        f"SELECT * FROM {t} WHERE day BETWEEN '2024-05-01' AND '2024-05-31' ORDER BY id")]
        for t in ("sign_in", "activity")}


def test_other_months_stay_writable(closed: Centre) -> None:
    db = closed.db
    may_before = _may_rows(db)
    april = attendance.staff_sign_in(db, closed.li, _at("2024-04-15"), None, actor=STAFF,
                                     reason="补签", now=NOW)
    kiosk = attendance.kiosk_sign_in(db, closed.li, method="search", actor=STAFF, now=NOW)
    activities.update_activity(db, closed.june_activity,
                               ActivityInput("六月合唱", "文化", "2024-04-30"), actor=STAFF,
                               today=TODAY)
    # Each write was stored, not merely let through, and May stayed as it was closed.
    written = attendance.get_sign_in(db, april)
    assert (written.person_id, written.day, written.voided) == (closed.li, "2024-04-15", False)
    assert kiosk.status == "signed_in"
    assert (kiosk.sign_in.person_id, kiosk.sign_in.day) == (closed.li, "2024-06-01")
    assert attendance.get_sign_in(db, kiosk.sign_in.id).day == "2024-06-01"
    assert activities.get_activity(db, closed.june_activity).day == "2024-04-30"
    assert _may_rows(db) == may_before
    assert month_close.month_status(db, MAY).closed


def test_ensure_month_open_takes_a_day_or_a_month_and_a_connection(closed: Centre) -> None:
    conn = sqlite3.connect(closed.db.path)  # the kind of connection a migration is given
    try:
        for value in ("2024-05", "2024-05-31"):
            with pytest.raises(MonthClosedError, match=CLOSED):
                month_close.ensure_month_open(closed.db, value)
            with pytest.raises(MonthClosedError, match=CLOSED):
                month_close.ensure_month_open(conn, value)
        month_close.ensure_month_open(closed.db, "2024-04-30")
        month_close.ensure_month_open(conn, "2024-06")
    finally:
        conn.close()


# -- the triggers behind the model checks ----------------------------------------------------------
@pytest.mark.parametrize("sql, params", [
    ("INSERT INTO sign_in (person_id, day, signed_in_at, method, recorded_by, created_at)"
     " VALUES (?, '2024-05-21', '2024-05-21T09:00:00', 'staff', 'x', '2024-06-01T00:00:00')",
     "li"),
    ("UPDATE sign_in SET voided_at = '2024-06-01T00:00:00' WHERE id = ?", "sign_in"),
    ("DELETE FROM sign_in WHERE id = ?", "sign_in"),
    ("UPDATE activity SET title = 'x' WHERE id = ?", "activity"),
    ("UPDATE activity SET day = '2024-05-02' WHERE id = ?", "june_activity"),
    ("INSERT INTO activity (title, kind, day, created_at) VALUES ('x', '文化', '2024-05-03',"
     " '2024-06-01T00:00:00')", None),
    ("INSERT INTO activity_participant (activity_id, person_id, added_at)"
     " VALUES (?, 2, '2024-06-01T00:00:00')", "activity"),
    ("DELETE FROM activity_participant WHERE activity_id = ?", "activity"),
])
def test_triggers_refuse_raw_writes_to_a_closed_month(closed: Centre, sql: str,
                                                      params: str | None) -> None:
    before = snapshot(closed.db)
    args = () if params is None else (getattr(closed, params),)
    with pytest.raises(sqlite3.IntegrityError, match="该月已报送关账"), closed.db.transaction():
        closed.db.execute(sql, args)
    assert snapshot(closed.db) == before


def test_the_export_and_submission_log_cannot_be_rewritten(closed: Centre) -> None:
    for sql in ("UPDATE month_report SET file_sha256 = ?", "DELETE FROM month_report"):
        with pytest.raises(sqlite3.IntegrityError, match="报送记录"), closed.db.transaction():
            closed.db.execute(sql, ("d" * 64,) if "?" in sql else ())


# -- reopening -------------------------------------------------------------------------------------
def test_staff_may_not_reopen(closed: Centre) -> None:
    before = snapshot(closed.db)
    with pytest.raises(PermissionDenied, match="重新打开已报送的月份"):
        month_close.reopen_month(closed.db, MAY, reason="补录", actor=STAFF)
    assert snapshot(closed.db) == before


@pytest.mark.parametrize("reason, message", [("", "请填写重新开账的原因"),
                                             ("  \n ", "请填写重新开账的原因"),
                                             ("长" * 201, "原因最多200个字")])
def test_reopen_needs_a_reason(closed: Centre, reason: str, message: str) -> None:
    before = snapshot(closed.db)
    with pytest.raises(ValidationError, match=message):
        month_close.reopen_month(closed.db, MAY, reason=reason, actor=ADMIN)
    assert snapshot(closed.db) == before


def test_reopening_an_open_month_is_refused(centre: Centre) -> None:
    before = snapshot(centre.db)
    with pytest.raises(ValidationError, match="没有报送关账"):
        month_close.reopen_month(centre.db, MAY, reason="补录", actor=ADMIN)
    assert snapshot(centre.db) == before


def test_revision_sequence_through_close_and_reopen(closed: Centre) -> None:
    db = closed.db
    status = month_close.month_status(db, MAY)
    assert (status.closed, status.revision) == (True, 1)  # a re-export now is v1 again
    month_close.reopen_month(db, MAY, reason="  补录  漏签的会员 ", actor=ADMIN)
    status = month_close.month_status(db, MAY)
    assert (status.closed, status.revision) == (False, 2)
    assert (status.reopened_reason, status.reopened_by) == ("补录 漏签的会员", "admin")
    entry = not_none(db.query_one("SELECT action, reason FROM audit_log ORDER BY id DESC"))
    assert tuple(entry) == ("reopen", "补录 漏签的会员")
    # Open again: the records can change, then v2 is exported and submitted.
    attendance.void_sign_in(db, closed.sign_in, actor=STAFF, reason="误签")
    with pytest.raises(ValidationError, match="第 2 版还没有导出"):
        closed.close()
    digest = closed.export(content=b"e")
    second = closed.close()
    assert (second.revision, second.file_sha256) == (2, digest)
    assert [s.revision for s in month_close.submissions(db)] == [2, 1]
    assert month_close.month_status(db, MAY).revision == 2


def test_submission_log_of_all_months_newest_first(closed: Centre) -> None:
    closed.export(APRIL)
    closed.close(APRIL)
    assert [s.month for s in month_close.submissions(closed.db)] == [APRIL, MAY]
    assert [s.month for s in month_close.submissions(closed.db, MAY)] == [MAY]


# -- migrating a version 4 database ----------------------------------------------------------------
def test_a_version_4_database_with_data_migrates(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for migration in MIGRATIONS[:4]:
            migration(conn)
        conn.execute("INSERT INTO person (id, name, created_at, updated_at)"
                     " VALUES (1, '张三', '2024-01-01', '2024-01-01')")
        conn.execute("INSERT INTO member (person_id) VALUES (1)")
        conn.execute("INSERT INTO sign_in (person_id, day, signed_in_at, method, recorded_by,"
                     " created_at) VALUES (1, '2024-05-06', '2024-05-06T09:00:00', 'staff',"
                     " 'x', '2024-05-06T09:00:00')")
        conn.execute("INSERT INTO activity (id, title, kind, day, created_at)"
                     " VALUES (1, '书法班', '文化', '2024-05-10', '2024-05-10')")
        conn.execute("INSERT INTO activity_participant VALUES (1, 1, '2024-05-10')")
        conn.execute("PRAGMA user_version = 4")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        conn.close()
    with open_database(path) as db:
        assert db.schema_version == len(MIGRATIONS) >= 5
        assert db.integrity_problems() == []
        assert db.scalar("SELECT count(*) FROM sign_in") == 1
        assert db.scalar("SELECT count(*) FROM activity_participant") == 1
        status = month_close.month_status(db, MAY)
        assert (status.closed, status.revision) == (False, 1)
        # The old records are writable until the month is closed.
        attendance.void_sign_in(db, 1, actor=STAFF, reason="误签")
        log_export(db, MAY)
        month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
        with pytest.raises(MonthClosedError, match=CLOSED):
            activities.void_activity(db, 1, "误录", actor=STAFF)


def test_a_move_between_months_is_a_change_of_both(centre: Centre) -> None:
    from desktop.models.reporting.month_changes import changes_between

    start = int(centre.db.scalar("SELECT max(id) FROM audit_log"))
    activities.update_activity(centre.db, centre.activity,
                               ActivityInput("书法班", "文化", "2024-04-10"), actor=STAFF,
                               today=TODAY)
    for month in (MAY, APRIL):
        [moved] = changes_between(centre.db, month, start)
        assert (moved.action, moved.before, moved.after) == \
            ("修改", "日期：2024-05-10", "日期：2024-04-10")
    assert changes_between(centre.db, JUNE, start) == []
