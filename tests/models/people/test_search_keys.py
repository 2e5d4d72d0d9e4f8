"""Pinyin keys for names: initials, full pinyin, heteronyms, surnames, packing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.people.search_keys import (
    MAX_QUERY_LENGTH,
    MAX_READINGS,
    SEP,
    name_readings,
    normalise_query,
    pack,
    pinyin_keys,
    sort_key,
)


def test_plain_name() -> None:
    assert pinyin_keys("张三") == (["zs"], ["zhangsan"])


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("曾国藩", {"zgf", "cgf"}, {"zengguofan", "cengguofan"}),
        ("单田芳", {"stf", "dtf"}, {"shantianfang", "dantianfang"}),
        ("仇英", {"qy", "cy"}, {"qiuying", "chouying"}),
    ],
)
def test_heteronyms_give_every_reading(name: str, initials: set[str], full: set[str]) -> None:
    got_initials, got_full = pinyin_keys(name)
    assert initials <= set(got_initials)
    assert full <= set(got_full)


@pytest.mark.parametrize(
    ("name", "first"),
    [("曾国藩", "zeng"), ("单田芳", "shan"), ("解放", "xie"), ("仇英", "qiu"), ("朴正", "piao"),
     ("查良镛", "zha"), ("翟明", "zhai"), ("区华", "ou"), ("覃青", "qin"), ("乐平", "yue")],
)
def test_surname_reading_comes_first(name: str, first: str) -> None:
    assert name_readings(name)[0][0] == first
    assert sort_key(name).split(" ")[0] == first
    assert pinyin_keys(name)[1][0].startswith(first)


def test_surname_reading_only_applies_to_the_first_character() -> None:
    # 曾 inside a given name is not a surname: its ordinary readings stay, in pypinyin order.
    assert name_readings("王曾")[1][0] != "" and "zeng" in name_readings("王曾")[1]


def test_readings_are_capped() -> None:
    initials, full = pinyin_keys("行行行行行行行行")  # many heteronyms per character
    assert 1 <= len(full) <= MAX_READINGS
    assert 1 <= len(initials) <= MAX_READINGS


def test_middle_dot_and_spaces_are_ignored() -> None:
    assert pinyin_keys("阿依古丽·买买提")[0][0] == "ayglmmt"
    assert pinyin_keys("阿依古丽 买买提") == pinyin_keys("阿依古丽·买买提")
    assert sort_key("阿依古丽·买买提") == "a yi gu li mai mai ti"


def test_non_han_characters_pass_through() -> None:
    initials, full = pinyin_keys("Anna李")
    assert "annal" in initials
    assert "annali" in full
    assert pinyin_keys("") == ([], [])
    assert pinyin_keys("·") == ([], [])


def test_sort_key_orders_by_pinyin() -> None:
    names = ["张三", "安娜", "曾国藩", "白阳"]
    assert sorted(names, key=sort_key) == ["安娜", "白阳", "曾国藩", "张三"]
    assert sort_key("") == ""


def test_pack_wraps_each_key_once() -> None:
    assert pack(["ZS", "zs", " zhangsan ", "", "13812345678"]) == (
        f"{SEP}zs{SEP}zhangsan{SEP}13812345678{SEP}")
    assert pack([]) == ""
    assert pack(["", " "]) == ""


def test_normalise_query() -> None:
    assert normalise_query(" Zhang San ") == "zhangsan"
    assert normalise_query("阿依古丽·买买提") == "阿依古丽买买提"
    assert normalise_query("010-66012345") == "01066012345"
    assert normalise_query("") == ""
    assert normalise_query(None) == ""  # type: ignore[arg-type]
    assert len(normalise_query("x" * 1000)) == MAX_QUERY_LENGTH


@settings(deadline=None)
@given(st.text(max_size=30))
def test_any_name_gives_keys_without_separator_or_error(name: str) -> None:
    initials, full = pinyin_keys(name)
    packed = pack([*initials, *full])
    inner = packed.strip(SEP).split(SEP) if packed else []
    assert all(key for key in inner)
    assert isinstance(sort_key(name), str)
    assert len(normalise_query(name)) <= MAX_QUERY_LENGTH
