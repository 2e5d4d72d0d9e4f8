"""The people registry: create, update, archive, restore, duplicates and bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, NotFoundError, ValidationError
from desktop.models.people import people
from desktop.models.people.identity import id_check_char
from desktop.models.people.people_query import ArchivedFilter, PeopleQuery, search_ids
from desktop.models.people.person_input import (
    FamilyLink,
    PersonInput,
    PersonRole,
    normalised,
    validate_person,
)
from tests.conftest import STAFF

TODAY = date(2024, 6, 1)
MakePerson = Callable[..., PersonInput]
MakeId = Callable[..., str]
Counts = Callable[[Database], dict[str, int]]


def _refused(db: Database, data: PersonInput, row_counts: Counts) -> ValidationError:
    """Create must fail with a ValidationError and write nothing at all."""
    before = row_counts(db)
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, data, actor=STAFF, today=TODAY)
    assert row_counts(db) == before
    assert not db.in_transaction
    return caught.value


# -- creating --------------------------------------------------------------------------------------
def test_create_member_stores_person_role_programmes_and_derived_fields(
        db: Database, person_input: MakePerson) -> None:
    data = person_input(name=" 张  三 ", id_number="11010519491231002x",
                        cert_number="11010519491231002x43", phone="+86 138 1234 5678",
                        programmes=["职康站", "温馨家园"], card_number="wh000001")
    pid = people.create_person(db, data, actor=STAFF, today=TODAY)
    row = db.query_one("SELECT * FROM person WHERE id = ?", (pid,))
    assert row is not None
    # Chinese names carry no spaces (a space pads 张三 to line up with three-character names).
    assert row["name"] == "张三"
    assert row["id_number"] == "11010519491231002X"  # lower-case x stored upper-case
    assert row["sex"] == "女"
    assert row["birth_date"] == "1949-12-31"
    assert row["phone"] == "13812345678"
    member = db.query_one("SELECT * FROM member WHERE person_id = ?", (pid,))
    assert member is not None
    assert member["cert_number"] == "11010519491231002X43"
    assert (member["category"], member["grade"]) == (4, 3)
    assert member["card_number"] == "WH000001"
    assert member["active"] == 1
    loaded = people.load_person(db, pid)
    assert loaded.is_member and not loaded.is_volunteer
    assert sorted(loaded.programmes) == ["温馨家园", "职康站"]
    assert loaded.joined_on == "2020-01-01"


def test_certificate_alone_fills_in_the_id(db: Database, person_input: MakePerson) -> None:
    pid = people.create_person(
        db, person_input(id_number="", cert_number="36012119701121001343B1"), actor=STAFF,
        today=TODAY)
    loaded = people.load_person(db, pid)
    assert loaded.id_number == "360121197011210013"
    assert loaded.cert_number == "36012119701121001343B1"  # reissue suffix kept
    assert loaded.sex == "男"
    assert loaded.birth_date == "1970-11-21"


def test_create_volunteer_and_family_member(db: Database, person_input: MakePerson,
                                            id_number: MakeId) -> None:
    member_id = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    volunteer_id = people.create_person(db, PersonInput(
        name="李四", is_volunteer=True, volunteer_number="BJV2400001",
        organisation="西城区志愿者联合会", phone="010-66012345"), actor=STAFF, today=TODAY)
    guardian_id = people.create_person(db, PersonInput(
        name="张父", phone="13900000000",
        family_links=[FamilyLink(member_id, "父亲", True)]), actor=STAFF, today=TODAY)
    both_id = people.create_person(db, person_input(
        name="王五", id_number=id_number(seq=2), card_number="WH2", is_volunteer=True,
        volunteer_number="BJV2400002"), actor=STAFF, today=TODAY)

    volunteer = db.query_one("SELECT * FROM volunteer WHERE person_id = ?", (volunteer_id,))
    assert volunteer is not None
    assert volunteer["volunteer_number"] == "BJV2400001"
    assert volunteer["organisation"] == "西城区志愿者联合会"
    assert db.scalar("SELECT count(*) FROM member WHERE person_id = ?", (volunteer_id,)) == 0
    link = db.query_one("SELECT * FROM family_link WHERE person_id = ?", (guardian_id,))
    assert link is not None
    assert (link["member_id"], link["relation"], link["is_guardian"]) == (member_id, "父亲", 1)
    assert people.load_person(db, guardian_id).roles == ["family"]
    assert people.load_person(db, both_id).roles == ["member", "volunteer"]


def test_a_person_needs_at_least_one_role(db: Database, row_counts: Counts) -> None:
    error = _refused(db, PersonInput(name="无身份"), row_counts)
    assert error.fields == {"roles": "请至少选择一个身份：会员、志愿者或家属/监护人"}


def test_family_link_to_a_missing_member_is_refused(db: Database, row_counts: Counts) -> None:
    error = _refused(db, PersonInput(name="张父", family_links=[FamilyLink(999)]), row_counts)
    assert error.fields["family_links"] == "关联的会员（编号 999）不存在"


def test_a_person_cannot_be_their_own_family(db: Database, person_input: MakePerson) -> None:
    pid = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    data = people.load_person(db, pid)
    data.family_links = [FamilyLink(pid, "本人")]
    with pytest.raises(ValidationError) as caught:
        people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert caught.value.fields["family_links"] == "不能把本人登记为自己的家属"
    assert db.scalar("SELECT count(*) FROM family_link") == 0


# -- bad input: a field-level message and nothing written ------------------------------------------
@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"id_number": "360426199101010072", "cert_number": ""}, "id_number",
         "身份证号校验位不正确，请核对每一位数字"),
        ({"id_number": "11010519990230001X", "cert_number": ""}, "id_number",
         "身份证号中的出生日期 19990230 不是有效日期"),
        ({"id_number": "1101051949123100", "cert_number": ""}, "id_number",
         "身份证号应为18位，现在是16位"),
        ({"cert_number": "36012119701121001343"}, "cert_number",
         "残疾人证号的前18位应与身份证号一致"),
        ({"cert_number": "11010219800517001183"}, "cert_number",
         "残疾人证号第19位是残疾类别，应为1–7"),
        ({"cert_number": "11010219800517001145"}, "cert_number",
         "残疾人证号第20位是残疾等级，应为1–4"),
        ({"phone": "123"}, "phone", "联系电话：手机号应为11位，以13–19开头"),
        ({"phone": "010-6601"}, "phone",
         "联系电话：电话格式不正确：手机号11位，座机如 010-66012345 或 66012345"),
        ({"emergency_phone": "abc"}, "emergency_phone",
         "紧急联系电话：电话号码只能包含数字和连字符“-”"),
        ({"id_number": "", "cert_number": "", "birth_date": "1999-02-30"}, "birth_date",
         "出生日期不是有效日期，应为 年-月-日，如 1980-05-17"),
        ({"id_number": "", "cert_number": "", "birth_date": "17/05/1980"}, "birth_date",
         "出生日期不是有效日期，应为 年-月-日，如 1980-05-17"),
        ({"id_number": "", "cert_number": "", "birth_date": "2024-06-02"}, "birth_date",
         "出生日期不能晚于今天"),
        ({"joined_on": "2020-13-01"}, "joined_on",
         "入会日期不是有效日期，应为 年-月-日，如 1980-05-17"),
        ({"joined_on": "2030-01-01"}, "joined_on", "入会日期不能晚于今天"),
        ({"left_on": "2019-01-01"}, "left_on", "离开日期不能早于入会日期"),
        ({"card_number": "卡 001"}, "card_number", "签到卡号只能包含字母、数字和连字符"),
        ({"name": "   "}, "name", "请填写姓名"),
        ({"name": "张三\x07"}, "name", "姓名含有不可见的控制字符，请重新输入"),
    ],
)
def test_bad_input_is_refused_with_a_field_message_and_nothing_written(
        db: Database, person_input: MakePerson, row_counts: Counts,
        overrides: dict[str, str], field: str, message: str) -> None:
    people.create_person(db, person_input(name="已有", id_number="360426199101010071",
                                          card_number="OLD1"), actor=STAFF, today=TODAY)
    error = _refused(db, person_input(**overrides), row_counts)
    assert error.fields[field] == message
    assert message in error.message


def test_birth_date_and_sex_follow_the_id(db: Database, person_input: MakePerson) -> None:
    data = person_input(birth_date="1980-05-18", sex="女")
    # Checked on their own (as the form does while typing), the mismatch is reported ...
    raw_errors = validate_person(data, TODAY)
    assert raw_errors["birth_date"] == "出生日期与身份证号不一致"
    assert raw_errors["sex"] == "性别与身份证号不一致（第17位奇数为男，偶数为女）"
    # ... and on saving, the values coded in the ID win.
    pid = people.create_person(db, data, actor=STAFF, today=TODAY)
    loaded = people.load_person(db, pid)
    assert (loaded.birth_date, loaded.sex) == ("1980-05-17", "男")


def test_future_birth_date_in_id_is_refused(db: Database, person_input: MakePerson,
                                            row_counts: Counts) -> None:
    born = TODAY + timedelta(days=1)
    first17 = f"110105{born:%Y%m%d}001"
    error = _refused(db, person_input(id_number=first17 + id_check_char(first17)), row_counts)
    assert error.fields["id_number"] == "身份证号中的出生日期在今天之后"


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [("name", 50, "姓名"), ("address", 200, "住址"), ("street", 30, "街道"),
     ("community", 50, "社区"), ("emergency_contact", 50, "紧急联系人"),
     ("notes", 2000, "备注"), ("card_number", 32, "签到卡号")],
)
def test_very_long_strings_are_refused_with_a_length_message(
        db: Database, person_input: MakePerson, row_counts: Counts,
        field: str, limit: int, label: str) -> None:
    fill = "A" if field == "card_number" else "长"
    error = _refused(db, person_input(**{field: fill * (limit + 1)}), row_counts)
    assert error.fields[field] == f"{label}最多{limit}个字，现在是{limit + 1}个字"
    people.create_person(db, person_input(**{field: fill * limit}), actor=STAFF, today=TODAY)


def test_very_long_volunteer_fields_are_refused(db: Database, row_counts: Counts) -> None:
    error = _refused(db, PersonInput(name="李四", is_volunteer=True,
                                     volunteer_number="9" * 33, organisation="组" * 101),
                     row_counts)
    assert error.fields["volunteer_number"] == "志愿者编号最多32个字，现在是33个字"
    assert error.fields["organisation"] == "所属组织最多100个字，现在是101个字"


def test_many_bad_fields_are_all_reported_at_once(db: Database, person_input: MakePerson,
                                                  row_counts: Counts) -> None:
    error = _refused(db, person_input(name="", id_number="360426199101010072",
                                      cert_number="", phone="123"), row_counts)
    assert set(error.fields) == {"name", "id_number", "phone"}


def test_validate_person_accepts_the_helper_input(person_input: MakePerson) -> None:
    assert validate_person(normalised(person_input(), TODAY), TODAY) == {}


# -- names and text that must be stored exactly ----------------------------------------------------
def test_name_with_a_middle_dot_is_stored_and_found(db: Database) -> None:
    pid = people.create_person(db, PersonInput(name="阿依古丽·买买提", is_volunteer=True),
                               actor=STAFF, today=TODAY)
    assert people.load_person(db, pid).name == "阿依古丽·买买提"
    for text in ("阿依古丽·买买提", "阿依古丽买买提", "买买提", "ayglmmt", "ayigulimaimaiti"):
        assert search_ids(db, PeopleQuery(text=text)) == [pid], text


def test_sql_like_text_is_stored_verbatim(db: Database) -> None:
    nasty = "'; DROP TABLE person; --"
    pid = people.create_person(db, PersonInput(name=nasty, is_volunteer=True, notes=nasty,
                                               address='"); DELETE FROM member; --'),
                               actor=STAFF, today=TODAY)
    loaded = people.load_person(db, pid)
    assert (loaded.name, loaded.notes) == (nasty, nasty)
    assert db.scalar("SELECT count(*) FROM person") == 1
    assert db.integrity_problems() == []


# -- duplicates ------------------------------------------------------------------------------------
def test_same_id_is_refused_naming_the_existing_person(db: Database, person_input: MakePerson,
                                                       row_counts: Counts) -> None:
    first = people.create_person(db, person_input(name="张三"), actor=STAFF, today=TODAY)
    before = row_counts(db)
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, person_input(name="张叁", card_number="OTHER"),
                             actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first
    assert caught.value.field == "id_number"
    assert caught.value.message == "身份证号与已登记的 张三 相同"
    assert row_counts(db) == before


def test_same_id_typed_with_lower_case_x_is_a_duplicate(db: Database,
                                                        person_input: MakePerson) -> None:
    first = people.create_person(db, person_input(id_number="11010519491231002X",
                                                  cert_number=""), actor=STAFF, today=TODAY)
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, person_input(id_number="11010519491231002x", cert_number="",
                                              card_number="X2"), actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first


def test_same_id_as_an_archived_person_is_still_refused(db: Database,
                                                        person_input: MakePerson) -> None:
    first = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    people.archive_person(db, first, "搬家", actor=STAFF)
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, person_input(card_number="NEW"), actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first


def test_same_certificate_is_refused(db: Database, person_input: MakePerson,
                                     row_counts: Counts) -> None:
    first = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    data = people.load_person(db, first)
    before = row_counts(db)
    # The same certificate entered without an ID is still the same certificate.
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, person_input(id_number="", cert_number=data.cert_number,
                                              card_number="NEW"), actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first
    assert caught.value.field in ("id_number", "cert_number")
    assert row_counts(db) == before
    # A reissued certificate (B-suffix) of the same ID is the same person.
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, person_input(cert_number=data.cert_number + "B1",
                                              card_number="NEW"), actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first
    # The certificate column is checked on its own too (its role row may be inactive).
    with pytest.raises(DuplicateError) as caught:
        people.check_unique(db, PersonInput(name="x", is_member=True,
                                            cert_number=data.cert_number))
    assert (caught.value.field, caught.value.existing_id) == ("cert_number", first)
    assert caught.value.message == "残疾人证号与已登记的 张三 相同"


def test_same_card_is_refused(db: Database, person_input: MakePerson, id_number: MakeId,
                              row_counts: Counts) -> None:
    first = people.create_person(db, person_input(card_number="WH000001"), actor=STAFF,
                                 today=TODAY)
    before = row_counts(db)
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, person_input(name="李四", id_number=id_number(seq=7),
                                              card_number="wh000001"), actor=STAFF, today=TODAY)
    assert (caught.value.field, caught.value.existing_id) == ("card_number", first)
    assert caught.value.message == "签到卡号已被 张三 使用"
    assert row_counts(db) == before


def test_same_volunteer_number_is_refused(db: Database) -> None:
    first = people.create_person(db, PersonInput(name="甲", is_volunteer=True,
                                                 volunteer_number="BJV1"), actor=STAFF)
    with pytest.raises(DuplicateError) as caught:
        people.create_person(db, PersonInput(name="乙", is_volunteer=True,
                                             volunteer_number="BJV1"), actor=STAFF)
    assert (caught.value.field, caught.value.existing_id) == ("volunteer_number", first)


def test_updating_a_person_does_not_clash_with_themselves(db: Database,
                                                          person_input: MakePerson) -> None:
    pid = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    data = people.load_person(db, pid)
    data.notes = "更新"
    people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert people.load_person(db, pid).notes == "更新"


def test_update_to_another_persons_id_is_refused(db: Database, person_input: MakePerson,
                                                 id_number: MakeId, row_counts: Counts) -> None:
    first = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    second = people.create_person(db, person_input(name="李四", id_number=id_number(seq=9),
                                                   card_number="WH2"), actor=STAFF, today=TODAY)
    data = people.load_person(db, second)
    data.id_number = people.load_person(db, first).id_number
    data.cert_number = ""
    before = row_counts(db)
    with pytest.raises(DuplicateError) as caught:
        people.update_person(db, second, data, actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first
    assert row_counts(db) == before
    assert people.load_person(db, second).id_number == id_number(seq=9)


def test_same_name_and_birth_date_is_a_warning(db: Database, person_input: MakePerson,
                                               id_number: MakeId) -> None:
    first = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    # Same name, same birth date (from a different ID), different phone.
    other = person_input(id_number=id_number(seq=3), phone="13900000000", card_number="W2")
    similar = people.similar_people(db, other)
    assert [(s.person_id, s.reason) for s in similar] == [(first, "同名且出生日期相同")]
    # The warning does not stop saving.
    people.create_person(db, other, actor=STAFF, today=TODAY)


def test_same_name_and_phone_is_a_warning(db: Database, person_input: MakePerson) -> None:
    first = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    other = PersonInput(name="张三", phone="138 1234 5678", is_volunteer=True)
    similar = people.similar_people(db, other)
    assert [(s.person_id, s.reason) for s in similar] == [(first, "同名且电话相同")]


def test_same_name_alone_is_not_a_warning(db: Database, person_input: MakePerson) -> None:
    first = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    other = PersonInput(name="张三", phone="13900000000", birth_date="1990-01-01",
                        is_volunteer=True)
    assert people.similar_people(db, other) == []
    assert people.similar_people(db, people.load_person(db, first), exclude_id=first) == []


# -- update, roles and photos ----------------------------------------------------------------------
def test_switching_a_role_off_keeps_the_row_inactive(db: Database,
                                                     person_input: MakePerson) -> None:
    pid = people.create_person(db, person_input(is_volunteer=True, volunteer_number="V1"),
                               actor=STAFF, today=TODAY)
    data = people.load_person(db, pid)
    data.is_member = False
    people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    member = db.query_one("SELECT * FROM member WHERE person_id = ?", (pid,))
    assert member is not None
    assert member["active"] == 0
    assert member["cert_number"] is not None  # history kept
    reloaded = people.load_person(db, pid)
    assert not reloaded.is_member and reloaded.is_volunteer
    assert search_ids(db, PeopleQuery(role=PersonRole.MEMBER)) == []
    assert search_ids(db, PeopleQuery(role=PersonRole.VOLUNTEER)) == [pid]
    # Switching it back on reactivates the same row.
    reloaded.is_member = True
    people.update_person(db, pid, reloaded, actor=STAFF, today=TODAY)
    assert db.scalar("SELECT active FROM member WHERE person_id = ?", (pid,)) == 1
    assert db.scalar("SELECT count(*) FROM member") == 1


def test_update_keeps_the_photo_when_none_and_removes_it_with_empty_bytes(
        db: Database, person_input: MakePerson) -> None:
    jpeg = b"\xff\xd8\xff\xe0fake-jpeg\xff\xd9"
    pid = people.create_person(db, person_input(photo=jpeg), actor=STAFF, today=TODAY)
    assert people.load_photo(db, pid) == jpeg
    data = people.load_person(db, pid)
    assert data.photo is None
    data.notes = "换了备注"
    people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert people.load_photo(db, pid) == jpeg
    data.photo = b"\xff\xd8new\xff\xd9"
    people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert people.load_photo(db, pid) == b"\xff\xd8new\xff\xd9"
    data.photo = b""
    people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert people.load_photo(db, pid) is None


def test_refused_update_changes_nothing(db: Database, person_input: MakePerson,
                                        row_counts: Counts) -> None:
    pid = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    before_row = dict(db.query_one("SELECT * FROM person WHERE id = ?", (pid,)) or {})
    before = row_counts(db)
    data = people.load_person(db, pid)
    data.phone = "12345"
    data.notes = "不应保存"
    with pytest.raises(ValidationError) as caught:
        people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert "phone" in caught.value.fields
    assert row_counts(db) == before
    assert dict(db.query_one("SELECT * FROM person WHERE id = ?", (pid,)) or {}) == before_row


def test_update_of_a_missing_person(db: Database, person_input: MakePerson) -> None:
    with pytest.raises(NotFoundError):
        people.update_person(db, 42, person_input(), actor=STAFF, today=TODAY)
    assert db.scalar("SELECT count(*) FROM person") == 0


# -- archive and restore ---------------------------------------------------------------------------
def test_archive_requires_a_reason(db: Database, person_input: MakePerson,
                                   row_counts: Counts) -> None:
    pid = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    before = row_counts(db)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as caught:
            people.archive_person(db, pid, reason, actor=STAFF)
        assert caught.value.fields == {"reason": "请填写归档原因"}
    with pytest.raises(ValidationError) as caught:
        people.archive_person(db, pid, "因" * 201, actor=STAFF)
    assert caught.value.fields == {"reason": "归档原因最多200个字"}
    assert row_counts(db) == before
    assert people.archive_state(db, pid) == (None, None)


def test_archive_hides_from_default_search_and_restore_brings_back(
        db: Database, person_input: MakePerson) -> None:
    pid = people.create_person(db, person_input(), actor=STAFF, today=TODAY)
    people.archive_person(db, pid, "  迁出 本区 ", actor=STAFF)
    archived_at, reason = people.archive_state(db, pid)
    assert archived_at is not None
    assert reason == "迁出 本区"
    assert search_ids(db, PeopleQuery()) == []
    assert search_ids(db, PeopleQuery(text="张三")) == []
    assert search_ids(db, PeopleQuery(archived=ArchivedFilter.ALL)) == [pid]
    assert search_ids(db, PeopleQuery(text="zs", archived=ArchivedFilter.ARCHIVED)) == [pid]
    assert people.member_choices(db) == []
    with pytest.raises(ValidationError):
        people.archive_person(db, pid, "再次", actor=STAFF)

    people.restore_person(db, pid, actor=STAFF)
    assert people.archive_state(db, pid) == (None, None)
    assert search_ids(db, PeopleQuery()) == [pid]
    assert search_ids(db, PeopleQuery(archived=ArchivedFilter.ARCHIVED)) == []
    assert db.scalar("SELECT count(*) FROM person") == 1  # never deleted


def test_archive_or_restore_a_missing_person(db: Database) -> None:
    with pytest.raises(NotFoundError):
        people.archive_person(db, 7, "原因", actor=STAFF)
    with pytest.raises(NotFoundError):
        people.restore_person(db, 7, actor=STAFF)
    with pytest.raises(NotFoundError):
        people.load_person(db, 7)
    assert db.scalar("SELECT count(*) FROM audit_log") == 0


# -- the audit trail -------------------------------------------------------------------------------
def test_every_change_writes_a_masked_audit_entry(db: Database,
                                                  person_input: MakePerson) -> None:
    id_number = "11010519491231002X"
    cert = id_number + "43"
    pid = people.create_person(db, person_input(id_number=id_number, cert_number=cert,
                                                phone="13812345678",
                                                emergency_phone="13987654321"),
                               actor=Actor("staff-a", Role.STAFF), today=TODAY)
    data = people.load_person(db, pid)
    data.phone = "13811112222"
    people.update_person(db, pid, data, actor=Actor("staff-b", Role.STAFF), today=TODAY)
    people.archive_person(db, pid, "去世", actor=Actor("staff-c", Role.STAFF))
    people.restore_person(db, pid, actor=Actor("staff-d", Role.STAFF))

    entries = [dict(r) for r in db.query("SELECT * FROM audit_log ORDER BY id")]
    assert [(e["action"], e["actor"], e["record_id"], e["table_name"]) for e in entries] == [
        ("create", "staff-a", pid, "person"),
        ("update", "staff-b", pid, "person"),
        ("archive", "staff-c", pid, "person"),
        ("restore", "staff-d", pid, "person"),
    ]
    assert all(e["at"] for e in entries)
    assert entries[2]["reason"] == "去世"
    created = json.loads(entries[0]["after"])
    assert entries[0]["before"] is None
    assert created["id_number"] == "110105********002X"
    assert created["cert_number"] == "110105**********2X43"
    assert created["phone"] == "138****5678"
    updated_before = json.loads(entries[1]["before"])
    updated_after = json.loads(entries[1]["after"])
    assert updated_before["phone"] == "138****5678"
    assert updated_after["phone"] == "138****2222"
    assert updated_after["address"] == "***"

    everything = "\n".join(str(v) for e in entries for v in e.values())
    for secret in (id_number, cert, "13812345678", "13811112222", "13987654321",
                   "砖塔胡同", "19491231"):
        assert secret not in everything


def test_refused_writes_leave_no_audit_entry(db: Database, person_input: MakePerson) -> None:
    with pytest.raises(ValidationError):
        people.create_person(db, person_input(phone="1"), actor=STAFF, today=TODAY)
    assert db.scalar("SELECT count(*) FROM audit_log") == 0


def test_member_choices_lists_active_members_in_pinyin_order(
        db: Database, person_input: MakePerson, id_number: MakeId) -> None:
    zhang = people.create_person(db, person_input(name="张三"), actor=STAFF, today=TODAY)
    an = people.create_person(db, person_input(name="安娜", id_number=id_number(seq=4),
                                               card_number="C2"), actor=STAFF, today=TODAY)
    people.create_person(db, PersonInput(name="白志愿", is_volunteer=True), actor=STAFF)
    assert people.member_choices(db) == [(an, "安娜"), (zhang, "张三")]
    assert people.member_choices(db, exclude_id=an) == [(zhang, "张三")]
