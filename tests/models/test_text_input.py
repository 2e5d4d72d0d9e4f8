"""The cleaners for typed and imported text (desktop/models/text_input.py)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.text_input import (
    INVISIBLE_MARKS,
    clean_line,
    clean_name,
    clean_text,
    compact,
    is_ascii_digits,
)

# The seven marks the review found pasted into names (issue 10, item 4).
MARKS = list(INVISIBLE_MARKS)


def full_width(text: str) -> str:
    """ASCII letters, digits and punctuation as an input method in full-width mode types them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_the_seven_marks_of_the_review_are_listed() -> None:
    assert sorted(MARKS) == sorted("\u200b\u200c\u200d\u2060\u200e\u200f\ufeff")


@given(st.text(alphabet="0123456789Xx-", max_size=30))
def test_compact_makes_full_width_codes_ascii(code: str) -> None:
    assert compact(full_width(code)) == code


@pytest.mark.parametrize("typed", ["２０２６－１０", " 2026-10 ", "2026\u200b-10", "２０２６—１０",
                                   "2026\u3000-\u300010", "\ufeff2026-10"])
def test_compact_months_as_people_type_them(typed: str) -> None:
    assert compact(typed) == "2026-10"


# Digits of other scripts that NFKC leaves alone (full-width and mathematical ones it maps).
OTHER_DIGITS = st.characters(categories=["Nd"]).filter(
    lambda c: not unicodedata.normalize("NFKC", c).isascii())


@given(OTHER_DIGITS)
def test_other_scripts_digits_stay_what_they_are(digit: str) -> None:
    assert compact(digit) == digit
    assert digit.isdigit() and not is_ascii_digits(digit)


@pytest.mark.parametrize("text", ["", "12a", "²", "③", "١٢", "１２"])
def test_is_ascii_digits_refuses_anything_but_0_to_9(text: str) -> None:
    assert not is_ascii_digits(text)


@pytest.mark.parametrize("mark", MARKS)
def test_each_invisible_mark_leaves_a_name(mark: str) -> None:
    assert clean_name(f"{mark}张{mark}三{mark}") == "张三"
    assert clean_text(f"{mark}北京市{mark}西城区") == "北京市西城区"


@pytest.mark.parametrize(("typed", "stored"), [
    ("\u3000张三\u3000", "张三"),
    ("张\u3000三", "张三"),  # padded to line up with three-character names
    ("张  三", "张三"),
    ("ＺＨＡＮＧ  San", "ZHANG San"),
    ("阿依古丽·买买提", "阿依古丽·买买提"),
    ("阿依古丽・买买提", "阿依古丽·买买提"),  # katakana middle dot
    ("阿依古丽･买买提", "阿依古丽·买买提"),  # half-width katakana middle dot
    ("阿依古丽•买买提", "阿依古丽·买买提"),
    ("阿依古丽 . 买买提", "阿依古丽·买买提"),
    ("J. Smith", "J. Smith"),
    ("⼈民", "人民"),  # a Kangxi radical that looks like 人
])
def test_names_are_stored_as_written_on_the_id_card(typed: str, stored: str) -> None:
    assert clean_name(typed) == stored


def test_free_text_keeps_chinese_punctuation_and_inner_lines() -> None:
    note = "\u3000午饭：米饭（软）、汤。\n\u200b下午：康复训练，30分钟\u3000"
    assert clean_text(note) == "午饭：米饭（软）、汤。\n下午：康复训练，30分钟"
    assert clean_line(" 误签\u3000\u3000重签\u200b ") == "误签 重签"


@given(st.text())
def test_cleaners_are_idempotent_and_leave_no_format_characters(text: str) -> None:
    for clean in (compact, clean_name, clean_text, clean_line):
        once = clean(text)
        assert clean(once) == once
        assert not any(unicodedata.category(c) == "Cf" for c in once)
