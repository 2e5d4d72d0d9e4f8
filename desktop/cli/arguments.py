"""Argument types and checks the subcommands share (Qt-free, cheap: read at every start)."""

from __future__ import annotations

import argparse
import re
from datetime import date

from desktop.models.text_input import compact, is_ascii_digits

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date_arg(text: str) -> date:
    """A YYYY-MM-DD option (ASCII digits after NFKC)."""
    # YYYY-MM-DD in ASCII digits after NFKC: fromisoformat alone also takes 20260517.
    value = compact(text)
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD：{text}") from exc


def int_arg(text: str) -> int:
    """An integer option or argument: ASCII digits after NFKC (１２ is 12; ١٢ is refused)."""
    value = compact(text)
    digits = value[1:] if value[:1] == "-" else value
    if not is_ascii_digits(digits):
        raise argparse.ArgumentTypeError(f"应为整数：{text}")
    return int(value)


def positive_arg(text: str) -> int:
    """A positive integer option."""
    value = int_arg(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}")
    return value


def month_arg(args: argparse.Namespace) -> str:
    """The --month value, checked before the database is opened (a bad month writes nothing).
    A malformed month and one not yet come are both refused input (ValidationError, exit code
    1), as ``export-month`` refuses them."""
    from desktop.models.attendance.attendance_month import month_days, normalise_month
    from desktop.models.errors import ValidationError

    month = normalise_month(args.month)
    if month_days(month)[0] > args.clock.today().isoformat():
        raise ValidationError({"month": f"--month {month} 还没有到：只能查看本月和以前的月份"})
    return month
