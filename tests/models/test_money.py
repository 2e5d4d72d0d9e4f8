"""Money as people read it: 元 with two decimals and the capital numerals (大写) of a payout."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.models.money import LIMIT_FEN, capital_yuan, format_yuan, yuan


@pytest.mark.parametrize(("fen", "text"), [
    (0, "零元整"),
    (1, "壹分"),
    (5, "伍分"),
    (50, "伍角整"),
    (55, "伍角伍分"),
    (100, "壹元整"),
    (1000, "壹拾元整"),  # 壹拾, never a bare 拾: nothing can be written in front of it
    (1205, "壹拾贰元零伍分"),  # the missing 角 is written 零
    (1250, "壹拾贰元伍角整"),
    (1234, "壹拾贰元叁角肆分"),
    (415200, "肆仟壹佰伍拾贰元整"),
    (101000, "壹仟零壹拾元整"),  # one 零 inside a group, none at its end
    (100100, "壹仟零壹元整"),  # one 零 for two zeros in a row
    (10_000_00, "壹万元整"),
    (10_500_00, "壹万零伍佰元整"),  # a group under 1000 after 万 starts with 零
    (15_000_00, "壹万伍仟元整"),
    (100_500_000, "壹佰万伍仟元整"),  # no zero between 万 and 仟
    (100_050_000, "壹佰万零伍佰元整"),
    (100_000_000, "壹佰万元整"),
    (1_0000_0001_00, "壹亿零壹元整"),  # a whole group of zeros between 亿 and 元: one 零
    (1_0001_0000_00, "壹亿零壹万元整"),
    (10_0000_0100_00, "壹拾亿零壹佰元整"),
    (2_0300_4000_00, "贰亿零叁佰万肆仟元整"),
    (9_9999_9999_99, "玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    (-1250, "负壹拾贰元伍角整"),
])
def test_capital_yuan_known_values(fen: int, text: str) -> None:
    assert capital_yuan(fen) == text


def test_capital_yuan_covers_every_group_up_to_the_limit() -> None:
    assert capital_yuan(LIMIT_FEN).startswith("玖仟玖佰玖拾玖万亿")
    assert capital_yuan(LIMIT_FEN).endswith("玖元玖角玖分")
    with pytest.raises(ValueError, match="out of range"):
        capital_yuan(LIMIT_FEN + 1)


def test_capital_yuan_never_leaves_a_zero_at_a_group_end() -> None:
    # Every amount from 0 to 20,000 元 by steps that cross the group boundaries.
    for whole in range(1, 20_001, 7):
        text = capital_yuan(whole * 100)
        assert "零零" not in text, text
        assert not text.startswith("零"), text
        assert "零元" not in text and "零万" not in text and "零亿" not in text, text


def test_yuan_is_exact() -> None:
    assert yuan(29) == Decimal("0.29")
    assert yuan(123456) == Decimal("1234.56")
    assert yuan(-5) == Decimal("-0.05")


def test_format_yuan() -> None:
    assert format_yuan(0) == "0.00"
    assert format_yuan(4000) == "40.00"
    assert format_yuan(123456789) == "1,234,567.89"
    assert format_yuan(-5) == "-0.05"
