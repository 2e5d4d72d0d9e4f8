"""Full-width and other Unicode digits and invisible marks in what people type (issue 10,
items 3 and 4): cleaned before any check, formats checked with ASCII digits only."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.activities import activities
from desktop.models.admin import accounts, centre
from desktop.models.admin.accounts import SignInError
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.attendance.attendance_month import month_days
from desktop.models.attendance.kiosk_search import find_members
from desktop.models.db import Database
from desktop.models.errors import DuplicateError, ValidationError
from desktop.models.people import people
from desktop.models.people.identity import validate_certificate, validate_id_number, validate_phone
from desktop.models.people.people_query import PeopleQuery, search_ids
from desktop.models.people.person_input import normalised, validate_person
from desktop.models.subsidy import subsidy
from tests.conftest import ADMIN, STAFF, TODAY, count_rows, make_person_input
from tests.models.test_text_input import MARKS, OTHER_DIGITS, full_width

# A valid ID whose check character is a digit (docs/domain.md test vector).
DIGIT_ID = "360426199101010071"
SHAPE_MESSAGE = "身份证号前17位应为数字，最后一位为数字或X"
KIOSK = Actor("kiosk", Role.KIOSK)
PASSWORD = "correct-horse-1"


def _row(db: Database, sql: str, *args: object) -> dict[str, object]:
    row = db.query_one(sql, args)
    assert row is not None
    return dict(row)


# -- item 3: digits ------------------------------------------------------------------------------
def test_a_full_width_id_is_stored_ascii_and_the_same_id_typed_plainly_is_a_duplicate(
        db: Database) -> None:
    first = people.create_person(db, make_person_input(
        name="张三", id_number=full_width(DIGIT_ID), cert_number=full_width(DIGIT_ID + "43"),
        card_number=full_width("wh000001")), actor=STAFF, today=TODAY)
    assert _row(db, "SELECT id_number FROM person WHERE id = ?", first) == {
        "id_number": DIGIT_ID}
    assert _row(db, "SELECT cert_number, card_number FROM member WHERE person_id = ?",
                first) == {"cert_number": DIGIT_ID + "43", "card_number": "WH000001"}
    before = count_rows(db)
    with pytest.raises(DuplicateError, match="身份证号与已登记的 张三 相同") as caught:
        people.create_person(db, make_person_input(name="张三", id_number=DIGIT_ID,
                                                   card_number="WH000002"),
                             actor=STAFF, today=TODAY)
    assert caught.value.existing_id == first
    assert count_rows(db) == before


def test_a_plain_id_already_registered_is_found_when_typed_full_width(db: Database) -> None:
    first = people.create_person(db, make_person_input(name="李四", id_number=DIGIT_ID),
                                 actor=STAFF, today=TODAY)
    typed = make_person_input(name="李四", id_number=full_width(DIGIT_ID),
                              card_number="WH000002")
    with pytest.raises(DuplicateError) as caught:
        people.check_unique(db, normalised(typed, TODAY))
    assert caught.value.existing_id == first


@pytest.mark.parametrize("number", [DIGIT_ID, "11010519491231002X", "120103198806018241"])
def test_a_correct_full_width_id_and_certificate_are_accepted(number: str) -> None:
    assert validate_id_number(full_width(number), TODAY) is None
    assert validate_id_number(full_width(number.lower()), TODAY) is None
    assert validate_certificate(full_width(number + "43"), full_width(number), TODAY) is None


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(digit=OTHER_DIGITS, position=st.integers(0, 17))
def test_digits_of_other_scripts_in_an_id_are_refused_as_not_digits(digit: str,
                                                                   position: int) -> None:
    value = DIGIT_ID[:position] + digit + DIGIT_ID[position + 1:]
    assert validate_id_number(value, TODAY) == SHAPE_MESSAGE
    problem = validate_certificate(value + "43", None, TODAY)
    assert problem is not None and problem.startswith("残疾人证号格式不正确")


@given(digit=OTHER_DIGITS, position=st.integers(0, 10))
def test_digits_of_other_scripts_in_a_phone_are_refused(digit: str, position: int) -> None:
    mobile = "13812345678"
    assert validate_phone(mobile[:position] + digit + mobile[position + 1:]) == (
        "电话号码只能包含数字和连字符“-”")


@given(digit=OTHER_DIGITS, position=st.sampled_from([0, 1, 2, 3, 5, 6]))
def test_digits_of_other_scripts_in_a_month_are_refused(digit: str, position: int) -> None:
    month = "2024-05"
    with pytest.raises(ValidationError, match="月份应为 YYYY-MM"):
        month_days(month[:position] + digit + month[position + 1:])


@pytest.mark.parametrize("typed", ["２０２４－０５", " 2024-05\u3000", "2024\u200b-05"])
def test_a_typed_month_is_cleaned(typed: str) -> None:
    from desktop.models.attendance.attendance_month import normalise_month

    assert normalise_month(typed) == "2024-05"
    with pytest.raises(ValidationError, match="月份应为 YYYY-MM"):
        month_days(typed)  # a month as stored is never cleaned silently


def test_full_width_phone_and_dates_are_stored_ascii(db: Database) -> None:
    person_id = people.create_person(db, make_person_input(
        name="王五", id_number="", cert_number="", birth_date=full_width("1980-05-17"),
        phone=full_width("138 1234 5678"), joined_on=full_width("2020-01-01"),
        card_number="WH000003"), actor=STAFF, today=TODAY)
    stored = people.load_person(db, person_id)
    assert (stored.birth_date, stored.phone, stored.joined_on) == (
        "1980-05-17", "13812345678", "2020-01-01")
    assert search_ids(db, PeopleQuery(text="13812345678")) == [person_id]
    assert search_ids(db, PeopleQuery(text=full_width("5678"))) == [person_id]


@given(OTHER_DIGITS)
def test_digits_of_other_scripts_in_a_birth_date_are_refused(digit: str) -> None:
    data = normalised(make_person_input(id_number="", cert_number="",
                                        birth_date=f"198{digit}-05-17"), TODAY)
    assert validate_person(data, TODAY)["birth_date"].startswith("出生日期不是有效日期")


def test_a_card_scanned_full_width_signs_in(db: Database) -> None:
    member = people.create_person(db, make_person_input(card_number="WH000001"),
                                  actor=STAFF, today=TODAY)
    result = attendance.kiosk_scan(db, full_width("wh000001"), actor=KIOSK,
                                   now=datetime(2024, 6, 3, 9))
    assert result.status == "signed_in" and result.sign_in.person_id == member


def test_a_full_width_activity_day_is_stored_ascii(db: Database) -> None:
    activity_id = activities.create_activity(db, activities.ActivityInput(
        title="读书会", kind="文化", day=full_width("2024-05-10")), actor=STAFF, today=TODAY)
    assert _row(db, "SELECT day FROM activity WHERE id = ?", activity_id) == {
        "day": "2024-05-10"}


def test_centre_code_and_phone_typed_full_width_are_stored_ascii(db: Database) -> None:
    typed = centre.CentreProfile(name="\u200b测试温馨家园\u3000", code=full_width("xc-t-01"),
                                 street="月坛", phone=full_width("010-66012345"))
    assert centre.validate_profile(typed) == {}
    centre.save_profile(db, typed, actor=ADMIN)
    stored = centre.load_profile(db)
    assert (stored.name, stored.code, stored.phone) == ("测试温馨家园", "XC-T-01",
                                                         "010-66012345")


def test_centre_code_with_other_scripts_digits_is_refused() -> None:
    profile = centre.CentreProfile(name="测试温馨家园", code="XC-٠١")
    assert centre.validate_profile(profile)["code"].startswith("中心编码应为2–20位")


def test_money_typed_full_width_is_read_and_other_digits_refused() -> None:
    assert subsidy.parse_yuan(full_width("40.50")) == 4050
    assert subsidy.parse_yuan("￥４０") == 4000
    with pytest.raises(ValidationError, match="日补助标准应为金额"):
        subsidy.parse_yuan("٤٠")


def test_user_names_typed_full_width_are_stored_ascii_and_sign_in(db: Database) -> None:
    admin = accounts.create_account(db, full_width("admin"), PASSWORD, Role.ADMIN,
                                    actor=accounts.first_admin_actor(full_width("admin")))
    assert admin.username == "admin"
    assert accounts.sign_in(db, "admin", PASSWORD).id == admin.id
    assert accounts.sign_in(db, full_width("ADMIN") + "\u200b", PASSWORD).id == admin.id
    before = count_rows(db)
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(db, "desk٣", PASSWORD, Role.STAFF, actor=admin.as_actor())
    assert "用户名应为2–32个字" in caught.value.fields["username"]
    with pytest.raises(SignInError, match="用户名或密码不正确"):
        accounts.sign_in(db, "admin", "wrong-password-1")
    assert count_rows(db)["person"] == before["person"]


# -- item 4: invisible marks in names ------------------------------------------------------------
@pytest.mark.parametrize("mark", MARKS)
def test_a_name_with_an_invisible_mark_is_stored_without_it_and_found(db: Database,
                                                                      mark: str) -> None:
    person_id = people.create_person(db, make_person_input(name=f"{mark}张{mark}三{mark}"),
                                     actor=STAFF, today=TODAY)
    assert people.load_person(db, person_id).name == "张三"
    for query in ("张三", "zs", "zhangsan", "三"):
        assert search_ids(db, PeopleQuery(text=query)) == [person_id], query
    assert [m.person_id for m in find_members(db, "zs", date(2024, 6, 3))] == [person_id]


@pytest.mark.parametrize("mark", MARKS)
def test_a_second_registration_with_an_invisible_mark_is_warned(db: Database,
                                                                mark: str) -> None:
    first = people.create_person(db, make_person_input(name="张三"), actor=STAFF, today=TODAY)
    again = make_person_input(name=f"张{mark}三", id_number="", cert_number="",
                              birth_date="1980-05-17", card_number="WH000002")
    similar = people.similar_people(db, again)
    assert [(s.person_id, s.reason) for s in similar] == [(first, "同名且出生日期相同")]


@pytest.mark.parametrize("mark", MARKS)
def test_a_registered_name_with_a_mark_warns_about_the_plain_name(db: Database,
                                                                  mark: str) -> None:
    first = people.create_person(db, make_person_input(name=f"张{mark}三"), actor=STAFF,
                                 today=TODAY)
    again = make_person_input(name="张三", id_number="", cert_number="",
                              birth_date="1980-05-17", card_number="WH000002")
    assert [s.person_id for s in people.similar_people(db, again)] == [first]


@pytest.mark.parametrize("mark", MARKS)
def test_a_search_with_an_invisible_mark_still_finds(db: Database, mark: str) -> None:
    person_id = people.create_person(db, make_person_input(name="张三"), actor=STAFF,
                                     today=TODAY)
    for query in (f"张{mark}三", f"z{mark}s", f"{mark}zhangsan", full_width("ZS")):
        assert search_ids(db, PeopleQuery(text=query)) == [person_id], repr(query)
        assert [m.person_id for m in find_members(db, query, date(2024, 6, 3))] == [person_id]


def test_ideographic_spaces_are_trimmed_and_padding_inside_a_name_dropped(
        db: Database) -> None:
    person_id = people.create_person(db, make_person_input(
        name="\u3000张\u3000三\u3000", address="\u3000北京市西城区\u200b砖塔胡同1号\u3000",
        community="\u3000西单社区\u3000"), actor=STAFF, today=TODAY)
    stored = people.load_person(db, person_id)
    assert (stored.name, stored.address, stored.community) == (
        "张三", "北京市西城区砖塔胡同1号", "西单社区")


def test_a_reason_of_invisible_marks_only_is_no_reason(db: Database) -> None:
    person_id = people.create_person(db, make_person_input(), actor=STAFF, today=TODAY)
    before = count_rows(db)
    with pytest.raises(ValidationError, match="请填写归档原因"):
        people.archive_person(db, person_id, "\u200b\u3000\ufeff", actor=STAFF)
    assert count_rows(db) == before
