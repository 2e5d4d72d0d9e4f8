"""Finding people: pinyin, identifiers, phone, card; ranking; filters; safe odd input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.people.people_query import (
    ArchivedFilter,
    PeopleProblem,
    PeopleQuery,
    count_people,
    fetch_rows,
    list_people,
    search_ids,
    streets_in_use,
)
from desktop.models.people.person_input import FamilyLink, PersonInput, PersonRole
from tests.conftest import STAFF

TODAY = date(2024, 6, 1)
MakePerson = Callable[..., PersonInput]
MakeId = Callable[..., str]


def _ids(db: Database, **kwargs: object) -> list[int]:
    return search_ids(db, PeopleQuery(**kwargs))  # type: ignore[arg-type]


def _names(db: Database, text: str, **kwargs: object) -> list[str]:
    return [r.name for r in list_people(db, PeopleQuery(text=text, **kwargs))]  # type: ignore[arg-type]


@pytest.fixture
def registry(db: Database, person_input: MakePerson, id_number: MakeId) -> dict[str, int]:
    """A small register covering roles, categories, grades, streets and programmes."""
    add = people.create_person
    ids: dict[str, int] = {}
    ids["张三"] = add(db, person_input(
        name="张三", id_number="11010519491231002X", cert_number="11010519491231002X43",
        phone="13812345678", street="西长安街", programmes=["温馨家园", "职康站"],
        card_number="WH000001"), actor=STAFF, today=TODAY)
    ids["曾国藩"] = add(db, person_input(
        name="曾国藩", id_number="360121197011210013", cert_number="36012119701121001351",
        phone="010-66012345", street="月坛", programmes=["日间照料"], card_number="WH000002"),
        actor=STAFF, today=TODAY)
    ids["张三丰"] = add(db, PersonInput(
        name="张三丰", phone="13900001111", street="月坛", is_volunteer=True,
        volunteer_number="BJV2400001"), actor=STAFF, today=TODAY)
    ids["李张三"] = add(db, PersonInput(
        name="李张三", street="德胜", family_links=[FamilyLink(ids["张三"], "子女", True)]),
        actor=STAFF, today=TODAY)
    ids["王五"] = add(db, person_input(
        name="王五", id_number=id_number(date(1990, 3, 4), seq=11), cert_number="",
        phone="", street="德胜", programmes=["温馨家园"], card_number="WH000003"),
        actor=STAFF, today=TODAY)
    return ids


# -- pinyin and names ------------------------------------------------------------------------------
def test_initials_find_a_person(db: Database, registry: dict[str, int]) -> None:
    assert _names(db, "zs")[0] == "张三"
    assert _names(db, "ZS")[0] == "张三"


def test_heteronym_surname_is_found_by_every_reading(db: Database,
                                                     registry: dict[str, int]) -> None:
    for text in ("zgf", "cgf", "zengguofan", "cengguofan", "曾国藩", "国藩", "zeng guo fan"):
        assert _ids(db, text=text) == [registry["曾国藩"]], text


def test_full_pinyin_and_chinese_name(db: Database, registry: dict[str, int]) -> None:
    assert _names(db, "zhangsan") == ["张三", "张三丰", "李张三"]
    assert _names(db, "张三") == ["张三", "张三丰", "李张三"]
    assert _names(db, "wangwu") == ["王五"]


def test_ranking_is_exact_then_prefix_then_contains(db: Database,
                                                    registry: dict[str, int]) -> None:
    # zs: 张三 exact initials, 张三丰 (zsf) prefix, 李张三 (lzs) contains.
    assert _names(db, "zs") == ["张三", "张三丰", "李张三"]
    assert _names(db, "zsf") == ["张三丰"]
    assert _names(db, "lzs") == ["李张三"]


def test_a_rare_reading_ranks_below_every_usual_one(db: Database,
                                                     registry: dict[str, int]) -> None:
    # 丁俊 is dj; only its rare readings 丁 zhēng, 俊 shùn give zs. 王子山 (wzs) contains zs
    # in the reading everyone uses, so it comes first.
    for name in ("丁俊", "王子山"):
        people.create_person(db, PersonInput(name=name, is_volunteer=True), actor=STAFF,
                             today=TODAY)
    assert _names(db, "zs") == ["张三", "张三丰", "李张三", "王子山", "丁俊"]
    assert _names(db, "dj")[0] == "丁俊"


def test_digits_rank_what_the_list_shows_above_hidden_phone_digits(
        db: Database, registry: dict[str, int], person_input: MakePerson,
        id_number: MakeId) -> None:
    # The list shows an ID as 110105********002X and a phone as 138****5678: the last digits
    # of an ID and the ends of a phone are on screen, the middle of a phone is not.
    shown_id = next(number for number in (id_number(date(1985, 7, 9), seq=seq)
                                          for seq in range(21, 40))
                    if number[-1].isdigit())
    tail = shown_id[-4:]
    people.create_person(db, person_input(
        name="周伟", id_number=shown_id, cert_number=shown_id + "42", phone="",
        card_number="WH000021"), actor=STAFF, today=TODAY)
    people.create_person(db, PersonInput(
        name="安娜", phone=f"139{tail}0000", is_volunteer=True), actor=STAFF, today=TODAY)
    people.create_person(db, PersonInput(
        name="白雪", phone=f"1370000{tail}", is_volunteer=True), actor=STAFF, today=TODAY)

    # 安娜 sorts first by name, yet her match is in the hidden middle of her phone.
    assert _names(db, tail) == ["白雪", "周伟", "安娜"]


def test_ranking_holds_when_sorted_descending(db: Database, registry: dict[str, int]) -> None:
    assert _names(db, "zs", descending=True) == ["张三", "张三丰", "李张三"]


def test_no_text_lists_everyone_active_in_pinyin_order(db: Database,
                                                       registry: dict[str, int]) -> None:
    assert [r.name for r in list_people(db, PeopleQuery())] == [
        "李张三", "王五", "曾国藩", "张三", "张三丰"]


# -- identifiers, phone, card ----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["002X", "002x", "1231002X", "11010519491231002X",
                                  "11010519491231002x", "2X43", "002X43"])
def test_last_four_or_more_of_id_or_certificate_finds_the_person(
        db: Database, registry: dict[str, int], text: str) -> None:
    assert _ids(db, text=text) == [registry["张三"]]


@pytest.mark.parametrize("text", ["02X", "2x", "X43", "351"])
def test_three_characters_of_an_id_do_not_match(db: Database, registry: dict[str, int],
                                                text: str) -> None:
    assert _ids(db, text=text) == []


def test_id_digits_match_only_at_the_end(db: Database, registry: dict[str, int]) -> None:
    assert _ids(db, text="0013") == [registry["曾国藩"]]
    assert _ids(db, text="001351") == [registry["曾国藩"]]
    assert _ids(db, text="1970") == []  # birth year in the middle of the ID: no match
    assert _ids(db, text="360121") == []


def test_phone_finds_the_person(db: Database, registry: dict[str, int]) -> None:
    assert _ids(db, text="13812345678") == [registry["张三"]]
    assert _ids(db, text="5678") == [registry["张三"]]
    assert _ids(db, text="010-66012345") == [registry["曾国藩"]]
    assert _ids(db, text="66012345") == [registry["曾国藩"]]


def test_card_and_volunteer_number_find_the_person(db: Database,
                                                   registry: dict[str, int]) -> None:
    assert _ids(db, text="WH000002") == [registry["曾国藩"]]
    assert _ids(db, text="wh000002") == [registry["曾国藩"]]
    assert _ids(db, text="BJV2400001") == [registry["张三丰"]]


# -- filters ---------------------------------------------------------------------------------------
def test_role_filter(db: Database, registry: dict[str, int]) -> None:
    assert set(_ids(db, role=PersonRole.MEMBER)) == {registry["张三"], registry["曾国藩"],
                                                    registry["王五"]}
    assert _ids(db, role=PersonRole.VOLUNTEER) == [registry["张三丰"]]
    assert _ids(db, role=PersonRole.FAMILY) == [registry["李张三"]]


def test_category_and_grade_filters(db: Database, registry: dict[str, int]) -> None:
    assert _ids(db, category=4) == [registry["张三"]]
    assert _ids(db, category=5) == [registry["曾国藩"]]
    assert _ids(db, grade=1) == [registry["曾国藩"]]
    assert _ids(db, category=4, grade=3) == [registry["张三"]]
    assert _ids(db, category=4, grade=1) == []
    assert _ids(db, category=7) == []


def test_street_filter(db: Database, registry: dict[str, int]) -> None:
    assert set(_ids(db, street="月坛")) == {registry["曾国藩"], registry["张三丰"]}
    assert set(_ids(db, street="德胜", text="ww")) == {registry["王五"]}
    assert _ids(db, street="牛街") == []
    assert streets_in_use(db) == sorted(["西长安街", "月坛", "德胜"])


def test_programme_filter(db: Database, registry: dict[str, int]) -> None:
    assert set(_ids(db, programme="温馨家园")) == {registry["张三"], registry["王五"]}
    assert _ids(db, programme="职康站") == [registry["张三"]]
    assert _ids(db, programme="日间照料") == [registry["曾国藩"]]


def test_archived_filter(db: Database, registry: dict[str, int]) -> None:
    people.archive_person(db, registry["王五"], "迁出", actor=STAFF)
    assert registry["王五"] not in _ids(db)
    assert _ids(db, text="ww") == []
    assert _ids(db, archived=ArchivedFilter.ARCHIVED) == [registry["王五"]]
    assert registry["王五"] in _ids(db, archived=ArchivedFilter.ALL)
    assert len(_ids(db, archived=ArchivedFilter.ALL)) == 5
    assert count_people(db) == 5


@pytest.mark.parametrize("typo", ["archive", "Archived", "everyone", ""])
def test_unknown_archived_value_is_refused_not_read_as_all(
        db: Database, registry: dict[str, int], typo: str) -> None:
    # Before, anything but "active" or "archived" silently listed everyone, archived too.
    people.archive_person(db, registry["王五"], "迁出", actor=STAFF)
    with pytest.raises(ValueError, match=repr(typo)):
        _ids(db, archived=typo)
    # The stored texts are the values the CLI and the people page always used.
    assert _ids(db, archived="archived") == [registry["王五"]]
    assert [f.value for f in ArchivedFilter] == ["active", "archived", "all"]


@pytest.mark.parametrize("typo", ["members", "Volunteer", "家属"])
def test_unknown_role_is_refused_not_read_as_anyone(db: Database, registry: dict[str, int],
                                                    typo: str) -> None:
    # Before, a role other than member, volunteer or family silently listed everyone.
    with pytest.raises(ValueError, match=repr(typo)):
        _ids(db, role=typo)
    assert _ids(db, role="volunteer") == [registry["张三丰"]]  # the text the CLI passes
    assert [r.value for r in PersonRole] == ["member", "volunteer", "family"]


def test_unknown_problem_is_refused_not_read_as_no_filter(db: Database) -> None:
    # Before, a problem name that was not a check silently filtered nothing.
    with pytest.raises(ValueError, match="'no_certificates'"):
        _ids(db, problem="no_certificates")
    # Every problem the type allows has its filter.
    for problem in PeopleProblem:
        assert _ids(db, problem=problem.value) == []


def test_inactive_member_role_is_not_shown_as_member(db: Database,
                                                     registry: dict[str, int]) -> None:
    pid = registry["王五"]
    data = people.load_person(db, pid)
    data.is_member = False
    data.is_volunteer = True
    people.update_person(db, pid, data, actor=STAFF, today=TODAY)
    assert pid not in _ids(db, role=PersonRole.MEMBER)
    assert pid not in _ids(db, programme="温馨家园")
    row = fetch_rows(db, [pid])[pid]
    assert row.roles == ["volunteer"]
    assert row.card_number == "" and row.programmes == [] and row.category is None


# -- rows ------------------------------------------------------------------------------------------
def test_rows_are_masked_by_default(db: Database, registry: dict[str, int]) -> None:
    row = fetch_rows(db, [registry["张三"]])[registry["张三"]]
    assert row.id_number == "110105********002X"
    assert row.cert_number == "110105**********2X43"
    assert row.phone == "138****5678"
    assert (row.category_name, row.grade_name) == ("肢体", "三级")
    assert row.roles == ["member"]
    assert row.role_names == "会员"
    assert sorted(row.programmes) == ["温馨家园", "职康站"]
    assert row.sex == "女" and row.birth_date == "1949-12-31"
    clear = fetch_rows(db, [registry["张三"]], masked=False)[registry["张三"]]
    assert clear.id_number == "11010519491231002X"
    assert clear.phone == "13812345678"


def test_json_shape(db: Database, registry: dict[str, int]) -> None:
    data = fetch_rows(db, [registry["张三丰"]])[registry["张三丰"]].as_json()
    assert {"id", "name", "sex", "roles", "id_number", "phone", "street"} <= set(data)
    assert data["roles"] == ["volunteer"]
    assert data["phone"] == "139****1111"
    assert data["id_number"] == ""


def test_fetch_rows_handles_many_ids(db: Database, registry: dict[str, int]) -> None:
    ids = list(registry.values()) + list(range(1000, 2200))
    found = fetch_rows(db, ids)
    assert set(found) == set(registry.values())


# -- odd text in the search box --------------------------------------------------------------------
@pytest.mark.parametrize("text", ["%", "_", "%%", "__", "%张%", "张_", "'", "\"", "\\",
                                  "'; DROP TABLE person; --", "' OR '1'='1", "*", "[a-z]",
                                  "\x00", "😀"])
def test_wildcards_and_sql_like_text_match_nothing_here(db: Database, registry: dict[str, int],
                                                        text: str) -> None:
    assert _ids(db, text=text) == []
    assert _ids(db, text=text, archived=ArchivedFilter.ALL) == []
    assert count_people(db) == 5
    assert db.integrity_problems() == []


def test_wildcards_match_literally(db: Database, registry: dict[str, int]) -> None:
    percent = people.create_person(db, PersonInput(name="百分%百", is_volunteer=True),
                                   actor=STAFF, today=TODAY)
    underscore = people.create_person(db, PersonInput(name="王_五", is_volunteer=True),
                                      actor=STAFF, today=TODAY)
    assert _ids(db, text="%") == [percent]
    assert _ids(db, text="_") == [underscore]
    assert _ids(db, text="王_五") == [underscore]
    assert _ids(db, text="w_w") == [underscore]
    assert _ids(db, text="百分%") == [percent]


def test_sql_like_name_is_found_literally(db: Database, registry: dict[str, int]) -> None:
    nasty = people.create_person(db, PersonInput(name="'; DROP TABLE person; --",
                                                 is_volunteer=True), actor=STAFF, today=TODAY)
    assert _ids(db, text="'; DROP TABLE person; --") == [nasty]
    assert _ids(db, text="drop table") == [nasty]
    assert count_people(db) == 6


def test_very_long_search_text_is_harmless(db: Database, registry: dict[str, int]) -> None:
    assert _ids(db, text="z" * 10_000) == []
    assert _ids(db, text="zs" + " " * 10_000)[0] == registry["张三"]


def test_unknown_sort_column_falls_back_to_name(db: Database, registry: dict[str, int]) -> None:
    assert _ids(db, order_by="name; DROP TABLE person") == _ids(db)
    assert count_people(db) == 5


@pytest.mark.parametrize("order_by", ["name", "sex", "birth_date", "street", "community",
                                      "category", "grade", "created_at", "id"])
def test_every_sort_column_works_both_ways(db: Database, registry: dict[str, int],
                                           order_by: str) -> None:
    up = _ids(db, order_by=order_by)
    down = _ids(db, order_by=order_by, descending=True)
    assert sorted(up) == sorted(down) == sorted(registry.values())


@pytest.fixture
def today_not_last_of_month(db: Database) -> date:
    """A day that is not the last of its month, set on the database's clock (on a month's
    last day no date after today lies within the month, and the future-dates filter would
    have nothing to flag; tests/models/test_clock.py covers that day)."""
    today = date(2024, 6, 12)
    db.clock = FixedClock(today)
    return today


def test_the_monthly_checks_filters(db: Database, today_not_last_of_month: date) -> None:
    from tests.conftest import make_id_number, make_person_input

    today = today_not_last_of_month
    tomorrow = today + timedelta(days=1)
    next_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    no_cert = people.create_person(db, make_person_input(
        name="缺证", id_number=make_id_number(seq=11), cert_number="", card_number="WH000011"),
        actor=STAFF, today=today)
    later = people.create_person(db, make_person_input(
        name="未来", id_number=make_id_number(seq=12), card_number="WH000012"), actor=STAFF,
        today=today)
    leaving = people.create_person(db, make_person_input(
        name="将离", id_number=make_id_number(seq=15), card_number="WH000015"), actor=STAFF,
        today=today)
    far = people.create_person(db, make_person_input(
        name="远期", id_number=make_id_number(seq=14), card_number="WH000014"), actor=STAFF,
        today=today)
    far_join = people.create_person(db, make_person_input(
        name="下月", id_number=make_id_number(seq=16), card_number="WH000016"), actor=STAFF,
        today=today)
    # The form refuses a future date; one entered on a PC whose clock was wrong stays.
    with db.transaction():
        for column, value, person in (("joined_on", tomorrow, later),
                                      ("left_on", tomorrow, leaving),
                                      ("left_on", next_month, far),
                                      ("joined_on", next_month, far_join)):
            db.execute(f"UPDATE member SET {column} = ? WHERE person_id = ?",
                       (value.isoformat(), person))
    people.create_person(db, make_person_input(
        name="正常", id_number=make_id_number(seq=13), card_number="WH000013"), actor=STAFF,
        today=today)
    assert search_ids(db, PeopleQuery(problem=PeopleProblem.NO_CERTIFICATE)) == [no_cert]
    # As the monthly check counts: after today, within this month (a date in a later month
    # is not flagged, not even the 1st of the next month).
    assert sorted(search_ids(db, PeopleQuery(problem=PeopleProblem.FUTURE_DATES))) == \
        sorted([later, leaving])
    assert len(search_ids(db, PeopleQuery())) == 6
