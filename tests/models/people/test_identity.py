"""Resident ID, disability certificate and phone rules (docs/domain.md), and masking."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.people.identity import (
    ID_CHECK_CHARS,
    birth_date_from_id,
    id_check_char,
    mask_id,
    mask_phone,
    normalise_id,
    normalise_phone,
    parse_certificate,
    sex_from_id,
    validate_certificate,
    validate_id_number,
    validate_phone,
)

TODAY = date(2024, 6, 1)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

digits17 = st.text(alphabet="0123456789", min_size=17, max_size=17)
birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
areas = st.text(alphabet="0123456789", min_size=6, max_size=6)
sequences = st.text(alphabet="0123456789", min_size=3, max_size=3)


def reference_check_char(first17: str) -> str:
    """The MOD 11-2 rule written out independently, straight from docs/domain.md."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


# -- the check character (property tests) --------------------------------------------------
@settings(deadline=None)
@given(digits17)
def test_check_char_matches_the_standard_for_any_17_digits(first17: str) -> None:
    assert id_check_char(first17) == reference_check_char(first17)


@settings(deadline=None)
@given(areas, birth_dates, sequences)
def test_any_id_with_its_computed_check_char_is_valid(area: str, born: date, seq: str) -> None:
    first17 = f"{area}{born:%Y%m%d}{seq}"
    value = first17 + id_check_char(first17)
    assert validate_id_number(value, TODAY) is None
    assert birth_date_from_id(value) == born
    assert sex_from_id(value) == ("男" if int(seq[2]) % 2 else "女")


@settings(deadline=None)
@given(areas, birth_dates, sequences, st.sampled_from(ID_CHECK_CHARS))
def test_any_other_last_char_fails_the_checksum(area: str, born: date, seq: str,
                                                 last: str) -> None:
    first17 = f"{area}{born:%Y%m%d}{seq}"
    if last == id_check_char(first17):
        last = ID_CHECK_CHARS[(ID_CHECK_CHARS.index(last) + 1) % len(ID_CHECK_CHARS)]
    problem = validate_id_number(first17 + last, TODAY)
    assert problem is not None
    assert "校验位" in problem


@settings(deadline=None)
@given(digits17)
def test_lower_case_x_is_the_same_as_upper_case(first17: str) -> None:
    value = first17 + id_check_char(first17)
    assert normalise_id(value.lower()) == value


# -- the test vectors ------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["11010519491231002X", "360426199101010071",
                                   "120103198806018241"])
def test_domain_test_vectors_are_valid(value: str) -> None:
    assert validate_id_number(value, TODAY) is None


def test_domain_failing_vector_is_refused_with_a_checksum_message() -> None:
    problem = validate_id_number("360426199101010072", TODAY)
    assert problem == "身份证号校验位不正确，请核对每一位数字"


def test_lower_case_x_is_accepted_and_upper_cased() -> None:
    assert validate_id_number("11010519491231002x", TODAY) is None
    assert normalise_id(" 110105 19491231002x ") == "11010519491231002X"


def test_sex_and_birth_date_come_from_the_id() -> None:
    assert birth_date_from_id("11010519491231002X") == date(1949, 12, 31)
    assert sex_from_id("11010519491231002X") == "女"  # 17th digit 2: even
    assert sex_from_id("360426199101010071") == "男"  # 17th digit 7: odd


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11010519491231002", "身份证号应为18位，现在是17位"),
        ("11010519491231002XX", "身份证号应为18位，现在是19位"),
        ("", "身份证号应为18位，现在是0位"),
        ("1101051949123100X2", "身份证号前17位应为数字，最后一位为数字或X"),
        ("11010519491231002Y", "身份证号前17位应为数字，最后一位为数字或X"),
    ],
)
def test_malformed_ids_say_what_is_expected(value: str, expected: str) -> None:
    assert validate_id_number(value, TODAY) == expected


def test_impossible_birth_date_is_refused() -> None:
    first17 = "11010519990230001"  # 30 February 1999
    problem = validate_id_number(first17 + id_check_char(first17), TODAY)
    assert problem == "身份证号中的出生日期 19990230 不是有效日期"


def test_future_birth_date_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    first17 = f"110105{tomorrow:%Y%m%d}001"
    problem = validate_id_number(first17 + id_check_char(first17), TODAY)
    assert problem == "身份证号中的出生日期在今天之后"
    first17 = f"110105{TODAY:%Y%m%d}001"
    assert validate_id_number(first17 + id_check_char(first17), TODAY) is None


def test_birth_year_before_1900_is_refused() -> None:
    first17 = "11010518991231001"
    problem = validate_id_number(first17 + id_check_char(first17), TODAY)
    assert problem is not None and "1900" in problem


def test_unknown_area_code_is_not_a_reason_to_refuse() -> None:
    first17 = "99999919800517001"
    assert validate_id_number(first17 + id_check_char(first17), TODAY) is None


# -- disability certificates -------------------------------------------------------------------
def test_certificate_example_from_domain() -> None:
    cert = parse_certificate("36012119701121001343")
    assert cert is not None
    assert cert.id_number == "360121197011210013"
    assert (cert.category, cert.category_name) == (4, "肢体")
    assert (cert.grade, cert.grade_name) == (3, "三级")
    assert cert.suffix == ""
    assert validate_certificate("36012119701121001343", "360121197011210013", TODAY) is None


@pytest.mark.parametrize("raw", ["36012119701121001343B1", "36012119701121001343b1"])
def test_reissue_suffix_is_accepted_and_kept(raw: str) -> None:
    cert = parse_certificate(raw)
    assert cert is not None
    assert cert.number == "36012119701121001343B1"
    assert cert.suffix == "B1"
    assert (cert.category, cert.grade) == (4, 3)
    assert validate_certificate(raw, "360121197011210013", TODAY) is None


def test_certificate_with_lower_case_x_matches_upper_case_id() -> None:
    assert validate_certificate("11010519491231002x11", "11010519491231002X", TODAY) is None
    cert = parse_certificate("11010519491231002x11")
    assert cert is not None and cert.id_number == "11010519491231002X"


def test_certificate_must_belong_to_the_persons_id() -> None:
    problem = validate_certificate("36012119701121001343", "11010519491231002X", TODAY)
    assert problem == "残疾人证号的前18位应与身份证号一致"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("36012119701121001383", "残疾人证号第19位是残疾类别，应为1–7"),
        ("36012119701121001303", "残疾人证号第19位是残疾类别，应为1–7"),
        ("36012119701121001345", "残疾人证号第20位是残疾等级，应为1–4"),
        ("36012119701121001340", "残疾人证号第20位是残疾等级，应为1–4"),
        ("3601211970112100134", "残疾人证号应为20位（身份证号18位+类别1位+等级1位），现在是19位"),
        ("36012119701121001343C1", "残疾人证号格式不正确：应为身份证号+类别(1–7)+等级(1–4)，"
                                   "补发证可带B1–B9"),
        ("36012119701121001343B0", "残疾人证号格式不正确：应为身份证号+类别(1–7)+等级(1–4)，"
                                   "补发证可带B1–B9"),
    ],
)
def test_bad_certificates_say_which_part_is_wrong(raw: str, expected: str) -> None:
    assert parse_certificate(raw) is None
    assert validate_certificate(raw, None, TODAY) == expected


def test_certificate_whose_id_part_fails_the_checksum() -> None:
    problem = validate_certificate("36042619910101007243", None, TODAY)
    assert problem is not None
    assert problem.startswith("残疾人证号的前18位不是有效身份证号")
    assert "校验位" in problem


# -- phones ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value",
    ["13812345678", "19912345678", "010-66012345", "01066012345", "66012345", "6601234",
     "0755-82345678", "+86 138 1234 5678", "0086 13812345678", "010-66012345-123", ""],
)
def test_good_phone_numbers(value: str) -> None:
    assert validate_phone(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("123", "手机号应为11位，以13–19开头"),
        ("12812345678", "手机号应为11位，以13–19开头"),
        ("138123456789", "手机号应为11位，以13–19开头"),
        ("1381234567", "手机号应为11位，以13–19开头"),
        ("abc", "电话号码只能包含数字和连字符“-”"),
        ("1381234567a", "电话号码只能包含数字和连字符“-”"),
        ("138;12345678", "电话号码只能包含数字和连字符“-”"),
        ("010-6601", "电话格式不正确：手机号11位，座机如 010-66012345 或 66012345"),
        ("06601234", "电话格式不正确：手机号11位，座机如 010-66012345 或 66012345"),
    ],
)
def test_bad_phone_numbers_say_what_is_expected(value: str, expected: str) -> None:
    assert validate_phone(value) == expected


def test_phone_normalisation_drops_spaces_and_country_code() -> None:
    assert normalise_phone("+86 138 1234 5678") == "13812345678"
    assert normalise_phone("(010) 66012345") == "01066012345"


# -- masking ---------------------------------------------------------------------------------------
def test_id_masking_keeps_first_six_and_last_four() -> None:
    assert mask_id("11010519491231002X") == "110105********002X"
    assert mask_id("36012119701121001343") == "360121**********1343"
    assert mask_id("") == ""
    assert mask_id(None) == ""


@settings(deadline=None)
@given(digits17)
def test_masked_ids_never_show_the_birth_date(first17: str) -> None:
    value = first17 + id_check_char(first17)
    masked = mask_id(value)
    assert len(masked) == 18
    assert masked[6:14] == "********"
    assert masked[:6] == value[:6] and masked[14:] == value[14:]


def test_phone_masking() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("010-66012345") == "010*****2345"
    assert mask_phone("") == ""
    assert "*" in mask_phone("66012345")
