"""Reading the audit log for the audit page: filters in SQL, rows on demand, admins only."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.models.admin import audit, audit_query
from desktop.models.admin.audit_query import AuditQuery
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from tests.conftest import ADMIN, STAFF

# (time, user, action, table, record id)
ENTRIES = [
    ("2024-05-31T08:00:00", "staff", "create", "person", 1),
    ("2024-05-31T23:59:59", "staff", "update", "person", 1),
    ("2024-06-01T00:00:00", "admin", "create", "user_account", 2),
    ("2024-06-01T12:00:00", "staff", "archive", "person", 2),
    ("2024-06-02T09:00:00", "admin", "update", "setting", None),
    ("2024-06-03T09:00:00", "李老师", "reveal", "person", 1),
]


@pytest.fixture
def logged_db(db: Database) -> Database:
    """The ENTRIES written through audit.record, each at its own time by the database's
    clock (ids 1–6)."""
    for at, actor, action, table, record_id in ENTRIES:
        db.clock = FixedClock(datetime.fromisoformat(at))
        with db.transaction():
            audit.record(db, actor=actor, action=action, table=table, record_id=record_id,
                         before={"name": "张三"} if action == "update" else None,
                         after={"name": "张三丰", "phone": "13812345678",
                                "programmes": ["温馨家园", "职康站"], "active": True},
                         reason="迁出" if action == "archive" else None)
    return db


def ids(db: Database, **filters: object) -> list[int]:
    return audit_query.search_ids(db, ADMIN, AuditQuery(**filters))  # type: ignore[arg-type]


def test_everything_newest_first_by_default(logged_db: Database) -> None:
    assert ids(logged_db) == [6, 5, 4, 3, 2, 1]
    assert ids(logged_db, newest_first=False) == [1, 2, 3, 4, 5, 6]


def test_date_range_includes_both_whole_days(logged_db: Database) -> None:
    assert ids(logged_db, date_from=date(2024, 6, 1)) == [6, 5, 4, 3]
    assert ids(logged_db, date_to=date(2024, 5, 31)) == [2, 1]
    assert ids(logged_db, date_from=date(2024, 6, 1), date_to=date(2024, 6, 1)) == [4, 3]
    assert ids(logged_db, date_from=date(2024, 7, 1)) == []


def test_filter_by_user_table_and_record(logged_db: Database) -> None:
    assert ids(logged_db, actor="admin") == [5, 3]
    assert ids(logged_db, actor="李老师") == [6]
    assert ids(logged_db, table="person") == [6, 4, 2, 1]
    assert ids(logged_db, table="person", record_id=1) == [6, 2, 1]
    assert ids(logged_db, actor="staff", table="person", record_id=1,
               date_from=date(2024, 5, 31), date_to=date(2024, 5, 31)) == [2, 1]
    assert ids(logged_db, actor="nobody") == []


def test_a_date_range_ending_before_it_starts_is_refused(logged_db: Database) -> None:
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        ids(logged_db, date_from=date(2024, 6, 2), date_to=date(2024, 6, 1))


def test_rows_are_fetched_for_the_ids_asked(logged_db: Database) -> None:
    rows = audit_query.fetch_rows(logged_db, ADMIN, [2, 4, 99])
    assert set(rows) == {2, 4}
    row = rows[2]
    assert (row.at_display, row.actor, row.action_name, row.table_display_name,
            row.record_id) == ("2024-05-31 23:59:59", "staff", "修改", "人员", 1)
    assert row.before_text == "姓名：张三"
    # Fields named and in the form's order (unknown keys last, as stored); phone masked
    # when written.
    assert row.after_text == ("姓名：张三丰；联系电话：138****5678；服务项目：温馨家园、职康站；"
                              "active：是")
    assert rows[4].reason == "迁出" and rows[4].before_text == ""


def test_list_entries_keeps_the_display_order(logged_db: Database) -> None:
    rows = audit_query.list_entries(logged_db, ADMIN, AuditQuery(table="person"))
    assert [r.id for r in rows] == [6, 4, 2, 1]


def test_unknown_codes_are_shown_as_they_are(logged_db: Database) -> None:
    with logged_db.transaction():
        audit.record(logged_db, actor="admin", action="merge", table="future_table",
                     record_id=3)
    (row,) = audit_query.list_entries(logged_db, ADMIN, AuditQuery(table="future_table"))
    assert (row.action_name, row.table_display_name) == ("merge", "future_table")


def test_describe_values_accepts_any_stored_text() -> None:
    assert audit_query.describe_values(None) == ""
    assert audit_query.describe_values("not json") == "not json"
    assert audit_query.describe_values("[1, 2]") == "[1, 2]"
    assert audit_query.describe_values('{"a": null, "b": false}') == "b：否"


def test_filter_choices(logged_db: Database) -> None:
    assert audit_query.actors_in_use(logged_db, ADMIN) == sorted(["admin", "staff", "李老师"])
    assert audit_query.tables_in_use(logged_db, ADMIN) == ["person", "setting", "user_account"]


@pytest.mark.parametrize("actor", [STAFF, Actor("kiosk", Role.KIOSK)],
                         ids=["staff", "kiosk"])
@pytest.mark.parametrize("call", [
    lambda db, actor: audit_query.search_ids(db, actor, AuditQuery()),
    lambda db, actor: audit_query.fetch_rows(db, actor, [1]),
    lambda db, actor: audit_query.list_entries(db, actor, AuditQuery()),
    lambda db, actor: audit_query.actors_in_use(db, actor),
    lambda db, actor: audit_query.tables_in_use(db, actor),
], ids=["search_ids", "fetch_rows", "list_entries", "actors_in_use", "tables_in_use"])
def test_only_administrators_may_read_the_log(logged_db: Database, actor: Actor,
                                              call: object) -> None:
    with pytest.raises(PermissionDenied) as refused:
        call(logged_db, actor)  # type: ignore[operator]
    assert "没有权限：查看操作日志" in refused.value.message
    assert actor.username in refused.value.message


def test_every_field_the_demo_data_logs_has_a_name(db: Database) -> None:
    # Raw keys (birth_date, effective_from …) must never reach the page or the export.
    import json
    from datetime import date

    from desktop.models.admin.audit_fields import field_names
    from desktop.models.demo import demo

    demo.generate(db, demo.DemoOptions(members=10, today=date(2024, 6, 1)))
    keys: set[str] = set()
    for row in db.query("SELECT before, after FROM audit_log"):
        for stored in (row["before"], row["after"]):
            values = json.loads(stored) if stored else {}
            keys |= set(values) if isinstance(values, dict) else set()
    assert keys and keys <= set(field_names()), keys - set(field_names())
