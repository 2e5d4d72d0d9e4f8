"""Times of day as staff type them (HH:MM), shared by every capability (Qt-free)."""

from __future__ import annotations

import re

from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def is_time(text: str) -> bool:
    """Whether ``text`` is already a time of day as stored (HH:MM)."""
    return bool(_TIME.fullmatch(text or ""))


def parse_time(text: str, field: str = "time") -> str:
    """A time of day as HH:MM (``8:05`` and ``805`` become ``08:05``, ``1630`` ``16:30``);
    ValidationError naming ``field`` when it is not a time within the day."""
    value = (text or "").strip().replace("：", ":")
    if re.fullmatch(r"[0-9]{3,4}", value):
        value = f"{value[:-2]}:{value[-2:]}"  # 1630 and 830, typed without the colon
    if re.fullmatch(r"[0-9]:[0-5][0-9]", value):
        value = "0" + value
    if not _TIME.fullmatch(value):
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "时间“{value}”不在一天之内：请写成 时:分，例如 08:30 或 13:00"),
            value=text)})
    return value


def parse_times(text: str, field: str = "times") -> tuple[str, ...]:
    """Times of day separated by commas, spaces or 、 (``8:00, 12:30``), sorted, each once;
    ValidationError naming ``field`` when there is none or one is not a time of day."""
    parts = [p for p in re.split(r"[,，、;；\s]+", text or "") if p]
    if not parts:
        raise ValidationError({field: Message(QT_TRANSLATE_NOOP(
            "Messages", "请填写服药时间，例如 08:00, 12:30"))})
    return tuple(sorted({parse_time(part, field) for part in parts}))
