"""Purchased services: contracts, delivered sessions, the month's fulfilment and the service
confirmation sheet's data, through the real models on a real database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.care import providers
from desktop.models.care.day_care import NotPresentError
from desktop.models.care.providers import ProviderInput, SessionInput
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from tests.care_support import CARE_DAY, CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF, not_none, submit_month

KIOSK = Actor("kiosk", Role.KIOSK)
APRIL_DAY = date(2024, 4, 15)
CONTRACT = ProviderInput(
    organisation="西城区阳光社工事务所", contract_number="XC-GM-2024-007",
    service="康复训练和小组活动", starts_on="2024-01-01", ends_on="2024-12-31", unit="hours",
    contracted_quantity=366, amount_fen=3_660_000, contact="周敏", phone="010-66001234")

WRITTEN = ("care_provider", "care_provider_session", "care_provider_session_member",
           "audit_log")


def written(db: Database) -> dict[str, int]:
    """Rows of every table a purchased-service action may touch."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in WRITTEN}


@pytest.fixture
def centre(db: Database) -> CareCentre:
    """Three day-care members present on 2024-04-15 and 2024-05-13 (the clock's day)."""
    db.clock = FixedClock(CARE_NOW)
    return care_centre(db, present_on=(APRIL_DAY, CARE_DAY))


def session(provider_id: int, members: Sequence[int], **changes: object) -> SessionInput:
    values: dict[str, object] = {"provider_id": provider_id, "day": CARE_DAY.isoformat(),
                                 "staff_name": "陈老师", "content": "手指操和平衡训练",
                                 "minutes": 90, "members": tuple(members)}
    values.update(changes)
    return SessionInput(**values)  # type: ignore[arg-type]


def refused(db: Database, action, kind: type[Exception], text: str) -> Exception:
    """``action`` raises ``kind`` whose message contains ``text``, and nothing was written."""
    before = written(db)
    with pytest.raises(kind) as caught:
        action()
    assert text in str(caught.value)
    assert written(db) == before
    return caught.value


# -- contracts ------------------------------------------------------------------------------------
def test_a_contract_is_stored_clean_and_audited(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, replace(
        CONTRACT, organisation="  西城区阳光社工事务所 ", contract_number="ＸＣ-GM-2024-007"),
        actor=STAFF)
    stored = providers.get_provider(db, provider_id, actor=STAFF)
    assert stored == providers.Provider(**{**vars(CONTRACT), "id": provider_id})
    entry = not_none(db.query_one("SELECT actor, action, table_name, after FROM audit_log"
                         " ORDER BY id DESC LIMIT 1"))
    assert (entry["actor"], entry["action"], entry["table_name"]) == (
        "staff", "create", "care_provider")
    assert '"amount_fen": 3660000' in entry["after"]
    assert [p.id for p in providers.providers(db, actor=STAFF)] == [provider_id]


@pytest.mark.parametrize("quantity", [0, -5])
def test_zero_or_negative_contracted_quantity_is_refused(db: Database, centre: CareCentre,
                                                         quantity: int) -> None:
    error = refused(db, lambda: providers.add_provider(
        db, replace(CONTRACT, contracted_quantity=quantity), actor=STAFF),
        ValidationError, f"合同数量应大于 0（整小时数或次数），现在是 {quantity}")
    assert isinstance(error, ValidationError) and list(error.fields) == ["contracted_quantity"]


def test_a_duplicate_contract_number_is_refused(db: Database, centre: CareCentre) -> None:
    first = providers.add_provider(db, CONTRACT, actor=STAFF)
    error = refused(db, lambda: providers.add_provider(
        db, replace(CONTRACT, organisation="另一家机构", contract_number="xc-gm-2024-007"),
        actor=STAFF), DuplicateError,
        "合同编号“xc-gm-2024-007”已登记（西城区阳光社工事务所）")
    assert isinstance(error, DuplicateError) and error.existing_id == first


def test_an_end_before_the_start_is_refused(db: Database, centre: CareCentre) -> None:
    refused(db, lambda: providers.add_provider(
        db, replace(CONTRACT, starts_on="2024-06-01", ends_on="2024-05-31"), actor=STAFF),
        ValidationError, "合同结束日期 2024-05-31 早于开始日期 2024-06-01")


def test_other_bad_contract_fields_are_named(db: Database, centre: CareCentre) -> None:
    error = refused(db, lambda: providers.add_provider(db, replace(
        CONTRACT, organisation=" ", contract_number="", starts_on="2024-02-30", unit="days",
        amount_fen=-1), actor=STAFF), ValidationError, "请填写服务机构名称")
    assert isinstance(error, ValidationError)
    assert set(error.fields) == {"organisation", "contract_number", "starts_on", "unit",
                                 "amount_fen"}
    assert error.fields["starts_on"] == "日期“2024-02-30”不对：请写成 年-月-日，例如 2024-01-01"


def test_the_kiosk_account_can_neither_read_nor_write(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    for action in (lambda: providers.add_provider(db, replace(CONTRACT, contract_number="B"),
                                                  actor=KIOSK),
                   lambda: providers.providers(db, actor=KIOSK),
                   lambda: providers.add_session(db, session(provider_id, (centre.members[0],)),
                                                 actor=KIOSK),
                   lambda: providers.month_fulfilment(db, "2024-05", actor=KIOSK),
                   lambda: providers.confirmation(db, provider_id, "2024-05", actor=KIOSK)):
        refused(db, action, PermissionDenied, "没有权限")


def test_an_update_is_audited_with_before_and_after(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    providers.update_provider(db, provider_id, replace(CONTRACT, contact="吴刚",
                                                       amount_fen=3_000_000), actor=STAFF)
    stored = providers.get_provider(db, provider_id, actor=STAFF)
    assert (stored.contact, stored.amount_fen) == ("吴刚", 3_000_000)
    entry = not_none(db.query_one(
        "SELECT action, before, after FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert entry["action"] == "update"
    assert entry["before"] == '{"amount_fen": 3660000, "contact": "周敏"}'
    assert entry["after"] == '{"amount_fen": 3000000, "contact": "吴刚"}'
    # Saving it unchanged writes nothing.
    before = written(db)
    providers.update_provider(db, provider_id, stored, actor=STAFF)
    assert written(db) == before


def test_an_update_keeps_the_rules_of_a_new_contract(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    other = providers.add_provider(db, replace(CONTRACT, contract_number="XC-GM-2024-008"),
                                   actor=STAFF)
    refused(db, lambda: providers.update_provider(
        db, other, replace(CONTRACT, contract_number="XC-GM-2024-007"), actor=STAFF),
        DuplicateError, "合同编号“XC-GM-2024-007”已登记")
    refused(db, lambda: providers.update_provider(
        db, provider_id, replace(CONTRACT, contracted_quantity=0), actor=STAFF),
        ValidationError, "合同数量应大于 0")


def test_a_closed_month_freezes_the_period_unit_and_quantity(db: Database,
                                                             centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    submit_month(db, "2024-04", today=CARE_DAY)
    refused(db, lambda: providers.update_provider(
        db, provider_id, replace(CONTRACT, contracted_quantity=400), actor=STAFF),
        MonthClosedError, "合同期内的 2024-04 已报送关账：合同期、计量单位和合同数量不能再改")
    providers.update_provider(db, provider_id, replace(CONTRACT, phone="010-66009999"),
                              actor=STAFF)
    assert providers.get_provider(db, provider_id, actor=STAFF).phone == "010-66009999"


def test_a_period_that_would_leave_sessions_outside_is_refused(db: Database,
                                                               centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    providers.add_session(db, session(provider_id, (centre.members[0],)), actor=STAFF)
    refused(db, lambda: providers.update_provider(
        db, provider_id, replace(CONTRACT, ends_on="2024-04-30"), actor=STAFF),
        ValidationError, "已有 1 次服务记录在新的合同期 2024-01-01 至 2024-04-30 之外")


# -- sessions -------------------------------------------------------------------------------------
def test_a_session_with_its_members_is_recorded_and_audited(db: Database,
                                                            centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    first, second, _ = centre.members
    session_id = providers.add_session(db, session(provider_id, (second, first, first)),
                                       actor=STAFF)
    [stored] = providers.sessions(db, "2024-05", actor=STAFF)
    assert (stored.id, stored.day, stored.staff_name, stored.minutes) == (
        session_id, "2024-05-13", "陈老师", 90)
    assert set(stored.members) == {first, second} and set(stored.member_names) == {"王芳", "李强"}
    entry = not_none(db.query_one(
        "SELECT table_name, after FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert entry["table_name"] == "care_provider_session"
    assert '"contract_number": "XC-GM-2024-007"' in entry["after"]


@pytest.mark.parametrize(("day", "text"), [
    ("2023-12-31", "2023-12-31 不在合同期 2024-01-01 至 2024-12-31 之内"),
    ("2024-05-14", "2024-05-14 还没到：服务做完后再登记"),
])
def test_a_session_outside_the_period_or_in_the_future_is_refused(
        db: Database, centre: CareCentre, day: str, text: str) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    error = refused(db, lambda: providers.add_session(
        db, session(provider_id, (centre.members[0],), day=day), actor=STAFF),
        ValidationError, text)
    assert isinstance(error, ValidationError) and list(error.fields) == ["day"]


@pytest.mark.parametrize("minutes", [0, 721, -30])
def test_minutes_out_of_range_are_refused(db: Database, centre: CareCentre,
                                          minutes: int) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    refused(db, lambda: providers.add_session(
        db, session(provider_id, (centre.members[0],), minutes=minutes), actor=STAFF),
        ValidationError, f"服务时长应为 1 到 720 分钟（一天之内），现在是 {minutes}")


def test_a_session_needs_a_staff_name_and_a_member(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    error = refused(db, lambda: providers.add_session(
        db, session(provider_id, (), staff_name="  "), actor=STAFF),
        ValidationError, "请填写服务机构的服务人员姓名")
    assert isinstance(error, ValidationError)
    assert set(error.fields) == {"staff_name", "members"}


def test_a_member_who_did_not_sign_in_that_day_is_refused(db: Database,
                                                          centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    absent_day = "2024-05-10"
    error = refused(db, lambda: providers.add_session(
        db, session(provider_id, (centre.members[0],), day=absent_day), actor=STAFF),
        NotPresentError,
        "王芳 在 2024-05-10 没有签到，不能记录照料：如果当天来了，请先在“考勤”页补签")
    assert isinstance(error, NotPresentError)
    assert (error.person_id, error.day) == (centre.members[0], absent_day)


def test_a_member_outside_the_programme_is_refused(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    refused(db, lambda: providers.add_session(
        db, session(provider_id, (centre.members[0], centre.other)), actor=STAFF),
        NotFoundError, "不是日间照料的在册会员")


def test_a_session_in_a_closed_month_is_refused(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    submit_month(db, "2024-04", today=CARE_DAY)
    refused(db, lambda: providers.add_session(
        db, session(provider_id, (centre.members[0],), day=APRIL_DAY.isoformat()), actor=STAFF),
        MonthClosedError, "2024-04 已报送关账，记录只读")


def test_a_voided_session_stays_on_record_and_counts_for_nothing(db: Database,
                                                                 centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    kept = providers.add_session(db, session(provider_id, centre.members[:2]), actor=STAFF)
    twice = providers.add_session(db, session(provider_id, centre.members[:2]), actor=STAFF)
    refused(db, lambda: providers.void_session(db, twice, "  ", actor=STAFF),
            ValidationError, "请填写作废原因")
    providers.void_session(db, twice, "重复登记", actor=STAFF)
    refused(db, lambda: providers.void_session(db, twice, "再次", actor=STAFF),
            Exception, "这条服务记录已经作废过了")
    shown = providers.sessions(db, "2024-05", actor=STAFF)
    assert [(s.id, s.voided, s.void_reason) for s in shown] == [
        (kept, False, None), (twice, True, "重复登记")]
    [month] = providers.month_fulfilment(db, "2024-05", actor=STAFF)
    assert (month.fulfilment.sessions, month.fulfilment.delivered_minutes) == (1, 90)
    entry = not_none(db.query_one("SELECT action, reason FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert (entry["action"], entry["reason"]) == ("void", "重复登记")


def test_a_session_of_a_closed_month_cannot_be_voided(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    april = providers.add_session(db, session(provider_id, (centre.members[0],),
                                              day=APRIL_DAY.isoformat()), actor=STAFF)
    submit_month(db, "2024-04", today=CARE_DAY)
    refused(db, lambda: providers.void_session(db, april, "录入错误", actor=STAFF),
            MonthClosedError, "2024-04 已报送关账")


# -- fulfilment and the confirmation sheet --------------------------------------------------------
def test_month_fulfilment_per_contract_in_its_unit(db: Database, centre: CareCentre) -> None:
    hours = providers.add_provider(db, CONTRACT, actor=STAFF)
    counted = providers.add_provider(db, replace(
        CONTRACT, organisation="北京心语音乐治疗中心", contract_number="XC-GM-2024-011",
        unit="sessions", contracted_quantity=8, starts_on="2024-05-01", ends_on="2024-06-30"),
        actor=STAFF)
    providers.add_provider(db, replace(CONTRACT, organisation="已结束的合同",
                                       contract_number="OLD-1", starts_on="2023-01-01",
                                       ends_on="2023-12-31"), actor=STAFF)
    providers.add_session(db, session(hours, tuple(centre.members), minutes=90), actor=STAFF)
    providers.add_session(db, session(hours, (centre.members[0],), minutes=60,
                                      day="2024-04-15"), actor=STAFF)
    providers.add_session(db, session(counted, centre.members[:2], minutes=45), actor=STAFF)
    months = providers.month_fulfilment(db, "2024-05", actor=STAFF)
    assert [m.provider.organisation for m in months] == ["北京心语音乐治疗中心",
                                                         "西城区阳光社工事务所"]
    music, social = (m.fulfilment for m in months)
    # 8 sessions over 61 days: May's 31 days owe 4.07; one delivered.
    assert (music.owed, music.delivered, music.sessions, music.percent) == (4.07, 1.0, 1, 25)
    # 366 hours over 366 days: May owes 31 hours; 90 minutes delivered.
    assert (social.owed, social.delivered, social.delivered_minutes, social.percent) == (
        31.0, 1.5, 90, 5)
    assert [m.member_visits for m in months] == [2, 3]


def test_the_confirmation_sheet_data(db: Database, centre: CareCentre) -> None:
    provider_id = providers.add_provider(db, CONTRACT, actor=STAFF)
    providers.add_session(db, session(provider_id, tuple(centre.members), minutes=90,
                                      content="音乐律动"), actor=STAFF)
    providers.add_session(db, session(provider_id, centre.members[:1], minutes=30,
                                      day="2024-04-15"), actor=STAFF)
    voided = providers.add_session(db, session(provider_id, centre.members[:2], minutes=60),
                                   actor=STAFF)
    providers.void_session(db, voided, "重复登记", actor=STAFF)
    sheet = providers.confirmation(db, provider_id, "2024-05", actor=STAFF)
    assert sheet.provider.contract_number == "XC-GM-2024-007"
    assert [(s.day, s.staff_name, s.content, s.minutes, len(s.members))
            for s in sheet.sessions] == [("2024-05-13", "陈老师", "音乐律动", 90, 3)]
    assert (sheet.total_minutes, sheet.member_visits, sheet.members) == (90, 3, 3)
    assert (sheet.fulfilment.owed, sheet.fulfilment.delivered, sheet.fulfilment.percent) == (
        31.0, 1.5, 5)
    with pytest.raises(NotFoundError, match="没有编号为 999 的购买服务合同"):
        providers.confirmation(db, 999, "2024-05", actor=STAFF)


def test_quantities_are_shown_without_needless_decimals() -> None:
    assert [providers.format_quantity(v) for v in (12.0, 12.5, 4.07, 0.0)] == [
        "12", "12.5", "4.07", "0"]
