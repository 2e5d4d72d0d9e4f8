"""Money shown to people: integer fen as 元 with two decimals, and in capital numerals (大写).

Amounts are kept in integer fen everywhere; these turn them into what a form shows. A cash payout
sheet needs its total also in capital numerals (大写金额), the way banks and finance offices write
it so that no digit can be added or changed afterwards: 4,152.00 元 is 肆仟壹佰伍拾贰元整.

The capital form follows the usual rules for financial writing (the People's Bank of China's
rules for filling in bills): digits 零壹贰叁肆伍陆柒捌玖 with 拾佰仟 inside each group of four
and 万/亿 between groups; 壹拾 is written out (never a bare 拾); one 零 stands for any run of zeros
inside the number, none for the zeros at the end; 整 ends an amount without 分; a missing 角
before 分 is written 零 (壹拾贰元零伍分); an amount under one 元 starts at its 角 or 分 (伍角整).
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import compact

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ((1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
# Groups of four digits from the right: 元 (no word), 万, 亿, 万亿.
_GROUPS = ("", "万", "亿", "万亿")
# 9,999,999,999,999,999 fen: far beyond any amount a centre pays, and where 万亿 runs out.
LIMIT_FEN = 10_000 ** len(_GROUPS) * 100 - 1


def yuan(fen: int) -> Decimal:
    """Integer fen as an exact Decimal number of 元 (for a spreadsheet cell): 4015 → 40.15."""
    return Decimal(int(fen)).scaleb(-2)


def format_yuan(fen: int) -> str:
    """Integer fen as 元 with two decimals and thousands separators: 123456 → '1,234.56'."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def _group_text(group: int) -> str:
    """One group of four digits (1..9999): zeros inside collapsed, zeros at the end dropped."""
    text = ""
    zero_pending = False
    for place, unit in _PLACES:
        digit = group // place % 10
        if digit == 0:
            zero_pending = bool(text)
            continue
        if zero_pending:
            text += "零"
        text += DIGITS[digit] + unit
        zero_pending = False
    return text


def _whole_text(whole: int) -> str:
    """Whole 元 (≥ 1) in capitals, without the word 元."""
    groups: list[int] = []
    while whole:
        whole, group = divmod(whole, 10_000)
        groups.append(group)
    text = ""
    gap = False  # a whole group of zeros between two groups that are not
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = gap or bool(text)
            continue
        # A group under 1000 after a higher one starts with zeros: 壹万零伍佰, 壹亿零壹.
        if text and (gap or group < 1000):
            text += "零"
        text += _group_text(group) + _GROUPS[index]
        gap = False
    return text


def capital_yuan(fen: int) -> str:
    """An amount in integer fen written in capital numerals (大写): 415200 → '肆仟壹佰伍拾贰元整'.

    0 → '零元整'; 5 → '伍分'; 50 → '伍角整'; 1205 → '壹拾贰元零伍分'; a negative amount starts
    with 负. Raises ValueError beyond ±LIMIT_FEN, where the numerals have no name for the group.
    """
    fen = int(fen)
    if abs(fen) > LIMIT_FEN:
        raise ValueError(f"amount out of range for capital numerals: {fen} fen")
    sign = "负" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    jiao, fen_digit = divmod(cents, 10)
    if whole == 0 and cents == 0:
        return "零元整"
    text = _whole_text(whole) + "元" if whole else ""
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen_digit and whole:
        text += "零"
    text += DIGITS[fen_digit] + "分" if fen_digit else "整"
    return sign + text


# An amount typed in 元: up to nine digits of 元 (far above any contract a centre signs) and
# up to two decimals; the thousands separators people copy from a form are allowed.
_TYPED_YUAN = re.compile(r"([0-9]{1,9})(?:\.([0-9]{1,2}))?")


def parse_yuan(text: str, *, field: str, label: str) -> int:
    """An amount typed in 元 ('40', '40.5', '1,200.00', '¥40', full-width digits) as integer
    fen; ValidationError for ``field`` naming ``label`` (a Message: what the amount is) when
    it is empty, negative or not an amount with at most two decimals.

    Read as text, never through a float, so 0.29 元 is exactly 29 fen.
    """
    value = compact(text).replace(",", "").lstrip("¥￥")
    if not value:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写{label}（元）"), label=label)})
    if value.startswith("-"):
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "{label}不能为负数"), label=label)})
    match = _TYPED_YUAN.fullmatch(value)
    if not match:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "{label}应为金额（元），最多两位小数，如 40 或 40.50，现在是“{text}”"),
            label=label, text=text)})
    return int(match.group(1)) * 100 + int((match.group(2) or "").ljust(2, "0"))
