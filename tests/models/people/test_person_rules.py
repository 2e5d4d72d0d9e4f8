"""Rules found by using the app: date formats, name content, readings, phones, ended roles."""

from __future__ import annotations

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from desktop.models.people.identity import normalise_phone, validate_phone
from desktop.models.people.people_query import PeopleQuery, list_people
from desktop.models.people.person_input import FamilyLink, PersonInput
from tests.conftest import STAFF, TODAY, count_rows, make_id_number, make_person_input


@pytest.mark.parametrize("typed", ["19800101", "1980-W01-1", "2020W101", "1980-1-5", "80-01-01"])
def test_only_year_month_day_dates_are_accepted(db: Database, typed: str) -> None:
    before = count_rows(db)
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, PersonInput(name="赵六", birth_date=typed, is_volunteer=True),
                             actor=STAFF, today=TODAY)
    assert caught.value.fields["birth_date"] == "出生日期不是有效日期，应为 年-月-日，如 1980-05-17"
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, make_person_input(joined_on=typed), actor=STAFF, today=TODAY)
    assert "入会日期不是有效日期" in caught.value.fields["joined_on"]
    assert count_rows(db) == before


@pytest.mark.parametrize("name", ["·", "123", "--"])
def test_a_name_needs_a_letter(db: Database, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(db, PersonInput(name=name, is_volunteer=True), actor=STAFF)
    assert caught.value.fields["name"] == "姓名应包含汉字或字母"


def test_usual_reading_ranks_above_a_rare_heteronym(db: Database) -> None:
    # 董 can be read zhong and 事 shi: 董事 matches "zs" only through the rare reading.
    people.create_person(db, PersonInput(name="董事", is_volunteer=True), actor=STAFF)
    people.create_person(db, PersonInput(name="张三", is_volunteer=True), actor=STAFF)
    names = [r.name for r in list_people(db, PeopleQuery(text="zs"))]
    assert names == ["张三", "董事"]
    assert [r.name for r in list_people(db, PeopleQuery(text="ds"))] == ["董事"]


def test_surname_heteronyms_still_found(db: Database) -> None:
    people.create_person(db, PersonInput(name="曾国藩", is_volunteer=True), actor=STAFF)
    for query in ("zgf", "cgf", "zengguofan"):
        assert [r.name for r in list_people(db, PeopleQuery(text=query))] == ["曾国藩"]


def test_mobile_in_groups_is_stored_as_digits() -> None:
    assert validate_phone("138-0013-8000") is None
    assert normalise_phone("138-0013-8000") == "13800138000"
    assert normalise_phone("010-66012345") == "010-66012345"


def test_guardian_still_saves_after_the_member_role_ends(db: Database) -> None:
    member = people.create_person(db, make_person_input(), actor=STAFF, today=TODAY)
    guardian = people.create_person(
        db, PersonInput(name="李母", family_links=[FamilyLink(member, "母亲", True)]),
        actor=STAFF, today=TODAY)
    ended = people.load_person(db, member)
    ended.is_member = False
    ended.is_volunteer = True
    people.update_person(db, member, ended, actor=STAFF, today=TODAY)
    data = people.load_person(db, guardian)
    people.update_person(db, guardian, data, actor=STAFF, today=TODAY)
    assert people.load_person(db, guardian).family_links[0].member_id == member
    assert (member, "张三") in people.member_choices(db, exclude_id=guardian)
    assert (member, "张三") not in people.member_choices(db)


def test_future_today_is_not_mixed_with_the_real_today(db: Database) -> None:
    from datetime import date

    future_born = make_id_number(date(2030, 1, 1), seq=3)
    data = make_person_input(id_number=future_born, card_number="WH9")
    pid = people.create_person(db, data, actor=STAFF, today=date(2040, 1, 1))
    stored = people.load_person(db, pid)
    assert stored.birth_date == "2030-01-01" and stored.sex == "男"
