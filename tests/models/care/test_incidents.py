"""Incidents (突发事件): reporting, editing with before/after in the audit log, closing (a
serious one only once the family was told and the follow-up written), voiding, the list, the
closed month, and the home-page alerts of open serious incidents."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.care import incidents
from desktop.models.care.incidents import IncidentError, IncidentInput
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.errors import ValidationError
from desktop.models.reporting import dashboard
from desktop.models.reporting.month_close import MonthClosedError
from tests.care_support import CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF, submit_month

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(CARE_NOW)


@pytest.fixture
def care_db(db_path: Path, clock: FixedClock) -> Iterator[Database]:
    database = open_database(db_path, clock=clock)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def centre(care_db: Database) -> CareCentre:
    return care_centre(care_db)


def fall(person_id: int | None, **changes: object) -> IncidentInput:
    """A fall in the dining room this morning, 严重, family not told yet."""
    data = IncidentInput(occurred_at="2024-05-13 10:20", person_id=person_id, kind="跌倒",
                         severity="严重", place="餐厅",
                         what_happened="午餐前起身时滑倒，右手腕着地，诉疼痛。",
                         action_taken="冰敷，拨打120送医。")
    return replace(data, **changes)  # type: ignore[arg-type]


def counts(db: Database) -> tuple[int, int, list[tuple[object, ...]]]:
    return (int(db.scalar("SELECT count(*) FROM care_incident")),
            int(db.scalar("SELECT count(*) FROM audit_log")),
            [tuple(r) for r in db.query("SELECT * FROM care_incident ORDER BY id")])


def test_an_incident_is_reported_with_every_field(care_db: Database,
                                                  centre: CareCentre) -> None:
    member = centre.members[0]
    incident_id = incidents.report_incident(care_db, fall(
        member, guardian_told_name="王家长", guardian_told_at="2024-05-13T10:40",
        follow_up="明天电话询问复查结果"), actor=STAFF)
    found = incidents.get_incident(care_db, incident_id, actor=STAFF)
    assert (found.person_name, found.occurred_at, found.kind, found.severity, found.place,
            found.guardian_told_name, found.guardian_told_at, found.follow_up,
            found.recorded_by) == ("王芳", "2024-05-13T10:20", "跌倒", "严重", "餐厅", "王家长",
                                   "2024-05-13T10:40", "明天电话询问复查结果", "staff")
    assert found.is_open and found.serious and found.month == "2024-05"
    entry = care_db.query_one("SELECT action, table_name, record_id, after FROM audit_log"
                              " ORDER BY id DESC LIMIT 1")
    assert entry is not None
    assert (entry[0], entry[1], entry[2]) == ("create", "care_incident", incident_id)
    assert json.loads(entry[3])["what_happened"] == "午餐前起身时滑倒，右手腕着地，诉疼痛。"
    # Anyone, or no one in particular, may be the person concerned.
    other = incidents.report_incident(care_db, fall(None, severity="一般", kind="其他"),
                                      actor=STAFF)
    assert incidents.get_incident(care_db, other, actor=STAFF).person_name == ""


@pytest.mark.parametrize("text", ["", "  \n ", "\u200b"])
def test_an_incident_without_what_happened_is_refused_and_nothing_written(
        care_db: Database, centre: CareCentre, text: str) -> None:
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        incidents.report_incident(care_db, fall(centre.members[0], what_happened=text),
                                  actor=STAFF)
    assert refused.value.fields == {
        "what_happened": "请写明发生了什么（事件经过）：这是突发事件报告的主要内容"}
    assert counts(care_db) == before


@pytest.mark.parametrize(("typed", "message"), [
    ("2024-05-13 25:10", "时间“25:10”不在一天之内：请写成 时:分，例如 08:30 或 13:00"),
    ("2024-05-13 10:61", "时间“10:61”不在一天之内：请写成 时:分，例如 08:30 或 13:00"),
    ("2024-02-30 10:00",
     "时间“2024-02-30 10:00”不对：请写成 年-月-日 时:分，例如 2024-05-13 10:30"),
    ("昨天上午", "时间“昨天上午”不对：请写成 年-月-日 时:分，例如 2024-05-13 10:30"),
    ("2024-05-13 12:30", "发生时间 2024-05-13 12:30 还没到：请填写事件实际发生的时间"),
])
def test_a_time_outside_the_day_or_still_to_come_is_refused(
        care_db: Database, centre: CareCentre, typed: str, message: str) -> None:
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        incidents.report_incident(care_db, fall(centre.members[0], occurred_at=typed),
                                  actor=STAFF)
    assert refused.value.fields == {"occurred_at": message}
    assert counts(care_db) == before


def test_other_bad_fields_are_each_named(care_db: Database, centre: CareCentre) -> None:
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        incidents.report_incident(care_db, fall(
            9999, kind="打架", severity="很重", place="长" * 51,
            guardian_told_name="王家长"), actor=STAFF)
    assert refused.value.fields == {
        "person_id": "没有编号为 9999 的人员",
        "kind": "事件类型应为：跌倒、癫痫发作、冲突、擅自离开、疾病、其他",
        "severity": "严重程度应为：一般、较重、严重",
        "place": "地点最多50个字",
        "guardian_told_at": "通知了哪位家属和通知时间要一起填写"}
    with pytest.raises(ValidationError) as refused:
        incidents.report_incident(care_db, fall(
            centre.members[0], guardian_told_name="王家长",
            guardian_told_at="2024-05-13 10:00"), actor=STAFF)
    assert refused.value.fields == {"guardian_told_at": "通知家属的时间不能早于事件发生的时间"}
    assert counts(care_db) == before


def test_an_update_is_audited_with_the_fields_before_and_after(
        care_db: Database, centre: CareCentre) -> None:
    incident_id = incidents.report_incident(care_db, fall(centre.members[0]), actor=STAFF)
    changed = incidents.update_incident(care_db, incident_id, fall(
        centre.members[0], guardian_told_name="王家长", guardian_told_at="2024-05-13 10:45",
        follow_up="家长带去复查"), actor=STAFF)
    assert (changed.guardian_told_name, changed.guardian_told_at, changed.follow_up) == (
        "王家长", "2024-05-13T10:45", "家长带去复查")
    entry = care_db.query_one("SELECT action, before, after FROM audit_log"
                              " ORDER BY id DESC LIMIT 1")
    assert entry is not None and entry[0] == "update"
    assert json.loads(entry[1]) == {"guardian_told_name": "", "guardian_told_at": None,
                                    "follow_up": ""}
    assert json.loads(entry[2]) == {"guardian_told_name": "王家长",
                                    "guardian_told_at": "2024-05-13T10:45",
                                    "follow_up": "家长带去复查"}
    # Saving unchanged writes nothing.
    before = counts(care_db)
    incidents.update_incident(care_db, incident_id, changed.as_input(), actor=STAFF)
    assert counts(care_db) == before
    # An update that empties what happened is refused like a report.
    with pytest.raises(ValidationError):
        incidents.update_incident(care_db, incident_id, fall(centre.members[0],
                                                             what_happened=""), actor=STAFF)
    assert counts(care_db) == before


def test_a_serious_incident_closes_only_with_the_family_told_and_a_follow_up(
        care_db: Database, centre: CareCentre) -> None:
    incident_id = incidents.report_incident(care_db, fall(centre.members[0]), actor=STAFF)
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        incidents.close_incident(care_db, incident_id, actor=STAFF)
    assert refused.value.fields == {"guardian_told_name": "严重的事件结案前，请填写通知了哪位家属",
                                    "guardian_told_at": "严重的事件结案前，请填写通知家属的时间",
                                    "follow_up": "严重的事件结案前，请写明后续跟进"}
    assert counts(care_db) == before
    incidents.update_incident(care_db, incident_id, fall(
        centre.members[0], guardian_told_name="王家长", guardian_told_at="2024-05-13 10:45",
        follow_up="家长带去复查，骨折，休息两周"), actor=STAFF)
    closed = incidents.close_incident(care_db, incident_id, actor=STAFF)
    assert (closed.closed_at, closed.closed_by, closed.is_open) == (
        "2024-05-13T12:00:00", "staff", False)
    with pytest.raises(IncidentError) as again:
        incidents.close_incident(care_db, incident_id, actor=STAFF)
    assert again.value.message == "这条突发事件已于 2024-05-13 12:00 结案"
    with pytest.raises(IncidentError) as edit:
        incidents.update_incident(care_db, incident_id, closed.as_input(), actor=STAFF)
    assert edit.value.message == "这条突发事件已于 2024-05-13 12:00 结案，不能再修改"
    # A minor one closes as it is.
    minor = incidents.report_incident(care_db, fall(centre.members[1], severity="一般"),
                                      actor=STAFF)
    assert not incidents.close_incident(care_db, minor, actor=STAFF).is_open


def test_void_needs_a_reason_and_keeps_the_record(care_db: Database,
                                                  centre: CareCentre) -> None:
    incident_id = incidents.report_incident(care_db, fall(centre.members[0]), actor=STAFF)
    before = counts(care_db)
    with pytest.raises(ValidationError) as refused:
        incidents.void_incident(care_db, incident_id, reason=" ", actor=STAFF)
    assert refused.value.fields == {"reason": "请填写作废的原因"}
    assert counts(care_db) == before
    incidents.void_incident(care_db, incident_id, reason="重复登记", actor=STAFF)
    voided = incidents.get_incident(care_db, incident_id, actor=STAFF)
    assert (voided.voided, voided.void_reason, voided.is_open) == (True, "重复登记", False)
    with pytest.raises(IncidentError):
        incidents.update_incident(care_db, incident_id, fall(centre.members[0]), actor=STAFF)
    with pytest.raises(IncidentError):
        incidents.close_incident(care_db, incident_id, actor=STAFF)


def test_the_list_by_month_and_open_only(care_db: Database, centre: CareCentre,
                                         clock: FixedClock) -> None:
    april = incidents.report_incident(care_db, fall(
        centre.members[1], occurred_at="2024-04-30 15:00", severity="一般"), actor=STAFF)
    may = incidents.report_incident(care_db, fall(centre.members[0]), actor=STAFF)
    voided = incidents.report_incident(care_db, fall(centre.members[2]), actor=STAFF)
    incidents.void_incident(care_db, voided, reason="录错人", actor=STAFF)
    incidents.close_incident(care_db, april, actor=STAFF)
    ids = [i.id for i in incidents.incidents(care_db, actor=STAFF)]
    assert ids == [voided, may, april]  # latest first
    assert [i.id for i in incidents.incidents(care_db, month="2024-04", actor=STAFF)] == \
        [april]
    assert [i.id for i in incidents.incidents(care_db, open_only=True, actor=STAFF)] == [may]
    assert incidents.incident_months(care_db, actor=STAFF) == ["2024-05", "2024-04"]


def test_a_closed_month_refuses_new_incidents_but_not_their_follow_up(
        care_db: Database, centre: CareCentre, clock: FixedClock) -> None:
    member = centre.members[0]
    incident_id = incidents.report_incident(care_db, fall(member), actor=STAFF)
    clock.set(datetime(2024, 6, 5, 9, 0))
    submit_month(care_db, "2024-05", today=date(2024, 6, 5))
    before = counts(care_db)
    closed_text = ("2024-05 已报送关账，不能在这个月登记、作废突发事件或改动其发生时间和严重程度；"
                   "经过、处理、通知家属、后续跟进和结案仍可补充")
    with pytest.raises(MonthClosedError) as refused:
        incidents.report_incident(care_db, fall(member, occurred_at="2024-05-20 09:00"),
                                  actor=STAFF)
    assert refused.value.message == closed_text
    for change in ({"severity": "较重"}, {"occurred_at": "2024-06-01 09:00"}):
        with pytest.raises(MonthClosedError):
            incidents.update_incident(care_db, incident_id, fall(member, **change),
                                      actor=STAFF)
    with pytest.raises(MonthClosedError):
        incidents.void_incident(care_db, incident_id, reason="录错", actor=STAFF)
    assert counts(care_db) == before
    # The schema refuses it too, whatever path a write takes.
    with pytest.raises(sqlite3.IntegrityError), care_db.transaction():
        care_db.execute("INSERT INTO care_incident (occurred_at, kind, severity, what_happened,"
                        " recorded_by, created_at, updated_at) VALUES ('2024-05-21T09:00',"
                        " '其他', '一般', '绕过', 'x', 'x', 'x')")
    # The follow-up and closing are still written.
    incidents.update_incident(care_db, incident_id, fall(
        member, guardian_told_name="王家长", guardian_told_at="2024-05-13 10:45",
        follow_up="六月初已康复"), actor=STAFF)
    assert not incidents.close_incident(care_db, incident_id, actor=STAFF).is_open


def test_open_serious_incidents_are_on_the_home_page_until_closed(
        care_db: Database, centre: CareCentre) -> None:
    severe = incidents.report_incident(care_db, fall(centre.members[0]), actor=STAFF)
    moderate = incidents.report_incident(care_db, fall(
        centre.members[1], severity="较重", kind="擅自离开", occurred_at="2024-05-13 09:10"),
        actor=STAFF)
    incidents.report_incident(care_db, fall(centre.members[2], severity="一般"), actor=STAFF)

    def care_alerts() -> list[dashboard.Alert]:
        return [a for a in dashboard.alerts(care_db, CARE_NOW)
                if a.key.startswith("care.incident.")]

    found = care_alerts()
    assert [(a.key, a.severity.value, a.target) for a in found] == [
        (f"care.incident.{severe}", "error", "care"),
        (f"care.incident.{moderate}", "warning", "care")]
    assert found[0].message == ("严重突发事件未结案：2024-05-13 10:20 王芳 跌倒；请通知家属、"
                                "写明后续跟进后结案")
    assert [i.id for i in incidents.open_serious(care_db)] == [severe, moderate]
    incidents.update_incident(care_db, severe, fall(
        centre.members[0], guardian_told_name="王家长", guardian_told_at="2024-05-13 10:45",
        follow_up="已复查"), actor=STAFF)
    incidents.close_incident(care_db, severe, actor=STAFF)
    incidents.void_incident(care_db, moderate, reason="误报", actor=STAFF)
    assert care_alerts() == []


def test_the_kiosk_account_may_not_see_or_record_incidents(
        care_db: Database, centre: CareCentre) -> None:
    incident_id = incidents.report_incident(care_db, fall(centre.members[0]), actor=STAFF)
    before = counts(care_db)
    for call in (
            lambda: incidents.report_incident(care_db, fall(centre.members[0]), actor=KIOSK),
            lambda: incidents.update_incident(care_db, incident_id, fall(None), actor=KIOSK),
            lambda: incidents.close_incident(care_db, incident_id, actor=KIOSK),
            lambda: incidents.void_incident(care_db, incident_id, reason="x", actor=KIOSK),
            lambda: incidents.incidents(care_db, actor=KIOSK),
            lambda: incidents.get_incident(care_db, incident_id, actor=KIOSK)):
        with pytest.raises(PermissionDenied):
            call()
    assert counts(care_db) == before
