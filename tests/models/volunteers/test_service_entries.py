"""Service entered by staff (补录服务): every field required, the daily maximum, who may
serve, closed months; voiding with a reason. Each refusal writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.people import people
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.volunteers import rules
from desktop.models.volunteers.service_entries import (
    ServiceEntry,
    ServiceEntryError,
    add_service,
    void_service,
)
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input, submit_month
from tests.models.volunteers.ledger_support import counts, open_clocked, post_id, volunteer


@pytest.fixture
def vdb(tmp_path: Path) -> Iterator[Database]:
    database = open_clocked(tmp_path)
    yield database
    database.close()


def _entry(db: Database, person: int, **changes: object) -> ServiceEntry:
    values: dict[str, object] = {"person_id": person, "day": "2024-06-18",
                                 "post_id": post_id(db), "minutes": 120,
                                 "content": "午餐分餐、送餐到桌"}
    values.update(changes)
    return ServiceEntry(**values)  # type: ignore[arg-type]


def _refused(db: Database, entry: ServiceEntry, field: str, text: str) -> None:
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        add_service(db, entry, actor=STAFF)
    assert text in caught.value.fields[field]
    assert counts(db) == before


def test_an_entry_with_content_is_recorded_and_audited(vdb: Database) -> None:
    person = volunteer(vdb, "李华", 1)
    entry_id = add_service(vdb, _entry(vdb, person, content="  午餐分餐  "), actor=STAFF)
    row = vdb.query_one("SELECT * FROM volunteer_service WHERE id = ?", (entry_id,))
    assert row is not None
    assert (row["minutes"], row["content"], row["recorded_by"]) == (120, "午餐分餐", "staff")
    assert vdb.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_service'"
                      " AND record_id = ?", (entry_id,)) == 1


def test_every_field_is_required(vdb: Database) -> None:
    person = volunteer(vdb, "李华", 1)
    _refused(vdb, _entry(vdb, person, content="   "), "content", "请写明服务内容")
    _refused(vdb, _entry(vdb, person, minutes=0), "minutes", "服务时长应为 1 到 480 分钟")
    _refused(vdb, _entry(vdb, person, post_id=999), "post_id", "请选择服务岗位")
    _refused(vdb, _entry(vdb, person, day="2024/6/18"), "day", "服务日期“2024/6/18”不正确")
    _refused(vdb, _entry(vdb, person, day="2024-06-21"), "day", "还没到")


def test_minutes_over_the_daily_maximum_are_refused(vdb: Database) -> None:
    person = volunteer(vdb, "李华", 1)
    _refused(vdb, _entry(vdb, person, minutes=481), "minutes", "1 到 480 分钟")
    add_service(vdb, _entry(vdb, person, minutes=420), actor=STAFF)
    _refused(vdb, _entry(vdb, person, minutes=90), "minutes",
             "2024-06-18 已记录 7.0 小时，再加 1.5 小时超过每天最多 8.0 小时")
    with vdb.transaction():
        centre.set_setting(vdb, rules.MAX_DAILY_KEY, "600")
    add_service(vdb, _entry(vdb, person, minutes=90), actor=STAFF)


def test_an_archived_person_or_a_non_volunteer_is_refused(vdb: Database) -> None:
    person = volunteer(vdb, "李华", 1)
    people.archive_person(vdb, person, "搬走了", actor=STAFF)
    member = people.create_person(vdb, make_person_input(name="王五",
                                  id_number=make_id_number(seq=2)), actor=STAFF, today=TODAY)
    before = counts(vdb)
    with pytest.raises(NotFoundError, match="李华 已归档"):
        add_service(vdb, _entry(vdb, person), actor=STAFF)
    with pytest.raises(NotFoundError, match="王五 不是在册的志愿者"):
        add_service(vdb, _entry(vdb, member), actor=STAFF)
    assert counts(vdb) == before


def test_a_closed_month_is_refused(vdb: Database) -> None:
    person = volunteer(vdb, "李华", 1)
    entry_id = add_service(vdb, _entry(vdb, person, day="2024-05-10"), actor=STAFF)
    submit_month(vdb, "2024-05", TODAY)
    before = counts(vdb)
    with pytest.raises(MonthClosedError, match="2024-05 已报送关账"):
        add_service(vdb, _entry(vdb, person, day="2024-05-11"), actor=STAFF)
    with pytest.raises(MonthClosedError, match="2024-05 已报送关账"):
        void_service(vdb, entry_id, reason="录错了", actor=STAFF)
    assert counts(vdb) == before


def test_voiding_needs_a_reason_and_keeps_the_row(vdb: Database) -> None:
    person = volunteer(vdb, "李华", 1)
    entry_id = add_service(vdb, _entry(vdb, person), actor=STAFF)
    before = counts(vdb)
    with pytest.raises(ValidationError) as caught:
        void_service(vdb, entry_id, reason="  ", actor=STAFF)
    assert caught.value.fields["reason"] == "请填写作废的原因"
    assert counts(vdb) == before
    void_service(vdb, entry_id, reason="重复录入", actor=STAFF)
    assert vdb.scalar("SELECT void_reason FROM volunteer_service WHERE id = ?",
                      (entry_id,)) == "重复录入"
    with pytest.raises(ServiceEntryError, match="已经作废"):
        void_service(vdb, entry_id, reason="再次", actor=STAFF)
    # The voided minutes no longer count towards the day's maximum.
    add_service(vdb, _entry(vdb, person, minutes=480), actor=STAFF)
