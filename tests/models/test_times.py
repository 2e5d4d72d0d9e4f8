"""Times of day as staff type them (desktop.models.times), shared by every capability."""

from __future__ import annotations

import pytest

from desktop.models.errors import ValidationError
from desktop.models.times import parse_time, parse_times


@pytest.mark.parametrize(("typed", "time"), [
    ("08:30", "08:30"), ("8:30", "08:30"), ("8：30", "08:30"), ("830", "08:30"),
    ("1630", "16:30"), (" 23:59 ", "23:59"), ("0000", "00:00")])
def test_times_are_read_as_staff_type_them(typed: str, time: str) -> None:
    assert parse_time(typed) == time


@pytest.mark.parametrize("typed", ["25:00", "2500", "12:60", "1260", "noon", "", "12345"])
def test_a_time_outside_the_day_is_refused_in_words(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_time(typed, "collected_at")
    assert refused.value.fields == {"collected_at": f"时间“{typed}”不在一天之内：请写成 时:分，"
                                                    "例如 08:30 或 13:00"}


def test_schedule_times_are_sorted_once_each() -> None:
    assert parse_times("12:00，8:00、800 1630") == ("08:00", "12:00", "16:30")
