"""Members not seen recently (久未签到): who is listed, their contacts, the audited full list,
the N-weeks setting, and that the query seeks the sign-in index instead of scanning it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from desktop.models.admin.centre import set_setting
from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance, not_seen
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from tests.conftest import ADMIN, STAFF, TODAY, make_person_input, not_none
from tests.not_seen_helpers import LISTED, add_register

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return add_register(db, TODAY)


def by_name(found: not_seen.NotSeenList) -> dict[str, not_seen.NotSeenMember]:
    return {m.name: m for m in found.members}


def audit_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM audit_log"))


def test_four_weeks_lists_the_long_unseen_and_the_never_seen(db: Database,
                                                             ids: dict[str, int]) -> None:
    found = not_seen.members_not_seen(db, 4, today=TODAY)
    # Not 张三 (3 weeks), 孙八 (27 days), 赵六 (archived), 吴十 (left), 冯十二 (no longer a
    # member), 周九 (volunteer) nor the guardians.
    assert [m.name for m in found.members] == LISTED
    assert (found.today, found.weeks, found.cutoff) == ("2024-06-01", 4, "2024-05-04")
    assert found.never_count == 1 and not found.full_details
    rows = by_name(found)
    assert (rows["李四"].last_sign_in, rows["李四"].days_since, rows["李四"].weeks_since) == \
        ("2024-04-27", 35, 5)
    assert rows["郑十一"].last_sign_in == "2024-04-20"  # the voided sign-in does not count


def test_never_signed_in_says_since_when_registered(db: Database, ids: dict[str, int]) -> None:
    wang = by_name(not_seen.members_not_seen(db, 4, today=TODAY))["王五"]
    assert wang.never_signed_in and wang.last_sign_in is None
    assert wang.registered_on == "2024-03-01"
    assert (wang.days_since, wang.weeks_since) == (92, 13)


def test_exactly_n_weeks_is_listed_one_day_less_is_not(db: Database,
                                                       ids: dict[str, int]) -> None:
    names = [m.name for m in not_seen.members_not_seen(db, 4, today=TODAY).members]
    assert "钱七" in names and "孙八" not in names  # 28 and 27 days ago
    # A day later 孙八 has gone exactly 4 weeks too.
    later = not_seen.members_not_seen(db, 4, today=TODAY + timedelta(days=1))
    assert "孙八" in [m.name for m in later.members]
    assert by_name(later)["孙八"].weeks_since == 4


def test_three_weeks_ago_is_listed_with_n_three_not_with_five(db: Database,
                                                              ids: dict[str, int]) -> None:
    three = [m.name for m in not_seen.members_not_seen(db, 3, today=TODAY).members]
    assert "张三" in three and "孙八" in three
    five = [m.name for m in not_seen.members_not_seen(db, 5, today=TODAY).members]
    assert five == ["王五", "郑十一", "李四"]


def test_archived_members_are_never_listed(db: Database, ids: dict[str, int]) -> None:
    # Archived three days ago and never signed in: not listed however many weeks.
    for weeks in (1, 52):
        assert "赵六" not in [m.name for m in
                             not_seen.members_not_seen(db, weeks, today=TODAY).members]
    people.restore_person(db, ids["赵六"], actor=STAFF)
    assert "赵六" in [m.name for m in not_seen.members_not_seen(db, 4, today=TODAY).members]


def test_a_member_who_joins_later_is_not_listed_before(db: Database) -> None:
    people.create_person(db, make_person_input(name="新来", joined_on="2024-07-01"),
                         actor=STAFF, today=date(2024, 7, 1))
    assert not_seen.members_not_seen(db, 4, today=TODAY).members == []
    later = not_seen.members_not_seen(db, 4, today=date(2024, 7, 2))
    assert [(m.name, m.registered_on, m.days_since) for m in later.members] == \
        [("新来", "2024-07-01", 1)]


def test_without_joining_date_the_record_date_is_the_registration(db: Database) -> None:
    person_id = people.create_person(db, make_person_input(name="无日期", joined_on=""),
                                     actor=STAFF)
    created = str(db.scalar("SELECT created_at FROM person WHERE id = ?", (person_id,)))[:10]
    member = not_seen.members_not_seen(db, 1, today=date.fromisoformat(created)).members[0]
    assert (member.name, member.registered_on, member.days_since) == ("无日期", created, 0)


def test_contacts_guardian_first_family_then_emergency_once(db: Database,
                                                           ids: dict[str, int]) -> None:
    rows = by_name(not_seen.members_not_seen(db, 4, today=TODAY))
    li = rows["李四"]
    # The archived grandmother is left out; the emergency contact is the guardian again.
    assert [(c.name, c.relation, c.kind, c.phone) for c in li.contacts] == [
        ("李大", "母亲", "guardian", "139****1111"),
        ("李二", "弟弟", "family", "139****2222"),
    ]
    assert [c.describe() for c in li.contacts] == ["李大（母亲·监护人）139****1111",
                                                    "李二（弟弟·家属）139****2222"]
    qian = rows["钱七"]
    assert [c.describe() for c in qian.contacts] == ["钱小（紧急联系人）010*****2345"]
    assert rows["王五"].contacts == () and rows["王五"].phone == ""


def test_phones_and_addresses_are_masked(db: Database, ids: dict[str, int]) -> None:
    li = by_name(not_seen.members_not_seen(db, 4, today=TODAY))["李四"]
    assert li.phone == "139****0002"
    assert li.address == "北京市西城区****"
    text = json.dumps(not_seen.members_not_seen(db, 4, today=TODAY).as_json(),
                      ensure_ascii=False)
    assert "13912340002" not in text and "13900001111" not in text and "府右街" not in text


def test_programme_filter(db: Database, ids: dict[str, int]) -> None:
    found = not_seen.members_not_seen(db, 4, today=TODAY, programme="职康站")
    assert [m.name for m in found.members] == ["王五"] and found.programme == "职康站"
    with pytest.raises(ValidationError) as error:
        not_seen.members_not_seen(db, 4, today=TODAY, programme="食堂")
    assert error.value.fields == {"programme": "没有“食堂”这个服务项目"}


@pytest.mark.parametrize("weeks", [0, 53, -1])
def test_weeks_out_of_range_are_refused(db: Database, ids: dict[str, int], weeks: int) -> None:
    with pytest.raises(ValidationError) as error:
        not_seen.members_not_seen(db, weeks, today=TODAY)
    assert error.value.fields == {"weeks": "未签到周数应为1–52周"}


def test_call_list_gives_full_details_and_is_audited(db: Database, ids: dict[str, int]) -> None:
    before = audit_count(db)
    found = not_seen.call_list(db, 4, today=TODAY, actor=STAFF, purpose="打印")
    assert found.full_details
    li = by_name(found)["李四"]
    assert li.phone == "13912340002" and li.address == "北京市西城区西长安街街道府右街9号"
    assert [c.phone for c in li.contacts] == ["13900001111", "13900002222"]
    assert audit_count(db) == before + 1
    entry = not_none(db.query_one("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert (entry["actor"], entry["action"], entry["table_name"], entry["record_id"]) == \
        ("staff", "reveal", "person", None)
    assert entry["reason"] == "久未签到会员联系名单：显示完整电话和住址（打印）"
    after = json.loads(entry["after"])
    assert after["person_ids"] == [ids[name] for name in LISTED]
    assert (after["weeks"], after["today"]) == (4, "2024-06-01")
    # The entry names whose details were shown; the numbers themselves stay out of the log.
    assert "1391234" not in entry["after"] and "1390000" not in entry["after"]


def test_call_list_needs_the_reveal_permission(db: Database, ids: dict[str, int]) -> None:
    before = audit_count(db)
    with pytest.raises(PermissionDenied) as error:
        not_seen.call_list(db, 4, today=TODAY, actor=KIOSK, purpose="查看")
    assert "查看完整证件号、电话和住址" in error.value.message
    assert audit_count(db) == before


def test_weeks_setting_defaults_to_four_and_is_remembered(db: Database) -> None:
    assert not_seen.weeks_setting(db) == 4
    before = audit_count(db)
    not_seen.set_weeks_setting(db, 6, actor=STAFF)
    assert not_seen.weeks_setting(db) == 6
    entry = not_none(db.query_one("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1"))
    assert (entry["action"], entry["table_name"]) == ("update", "setting")
    assert json.loads(entry["before"]) == {"attendance.not_seen_weeks": 4}
    assert json.loads(entry["after"]) == {"attendance.not_seen_weeks": 6}
    not_seen.set_weeks_setting(db, 6, actor=ADMIN)  # unchanged: nothing to record
    assert audit_count(db) == before + 1


@pytest.mark.parametrize("weeks", [0, 53])
def test_weeks_setting_refuses_bad_values_and_writes_nothing(db: Database, weeks: int) -> None:
    before = audit_count(db)
    with pytest.raises(ValidationError):
        not_seen.set_weeks_setting(db, weeks, actor=STAFF)
    assert not_seen.weeks_setting(db) == 4 and audit_count(db) == before
    assert db.scalar("SELECT count(*) FROM setting WHERE key = ?",
                     (not_seen.WEEKS_SETTING,)) == 0


def test_weeks_setting_needs_the_settings_permission(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        not_seen.set_weeks_setting(db, 6, actor=KIOSK)
    assert not_seen.weeks_setting(db) == 4


def test_a_damaged_stored_setting_reads_as_the_default(db: Database) -> None:
    for stored in ("abc", "0", "99"):
        with db.transaction():
            set_setting(db, not_seen.WEEKS_SETTING, stored)
        assert not_seen.weeks_setting(db) == 4


def test_the_last_sign_in_is_an_index_seek_not_a_scan(db: Database,
                                                      ids: dict[str, int]) -> None:
    steps = [str(r[3]) for r in db.query(
        "EXPLAIN QUERY PLAN " + not_seen._MEMBERS_SQL,
        {"first": "2024-06-01", "last": "2024-06-01", "cutoff": "2024-05-04",
         "programme": None})]
    # One seek per member, once (not copied into the outer filter); no pass over sign_in.
    seeks = [s for s in steps if "sign_in_once_a_day" in s]
    assert seeks == ["SEARCH s USING INDEX sign_in_once_a_day (person_id=? AND day<?)"], steps
    assert not [s for s in steps if s.startswith("SCAN s ") or s == "SCAN s"], steps
    assert not [s for s in steps if "TEMP B-TREE" in s], steps


def test_a_sign_in_today_takes_a_member_off_the_list(db: Database, ids: dict[str, int]) -> None:
    attendance.staff_sign_in(db, ids["李四"], datetime(2024, 6, 1, 9), actor=STAFF,
                             reason="补签", now=datetime(2024, 6, 1, 12))
    assert "李四" not in [m.name for m in not_seen.members_not_seen(db, 4, today=TODAY).members]
    # Looking back from before that day, it is not counted yet.
    earlier = not_seen.members_not_seen(db, 4, today=date(2024, 5, 31))
    assert "李四" in [m.name for m in earlier.members]


def test_an_id_number_is_needed_for_nothing_here(db: Database) -> None:
    # A member registered without any identity number is listed like any other.
    people.create_person(db, make_person_input(name="无证", id_number="", cert_number=""),
                         actor=STAFF)
    assert [m.name for m in not_seen.members_not_seen(db, 4, today=TODAY).members] == ["无证"]
