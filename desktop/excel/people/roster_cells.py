"""Reading one roster cell: text, identifiers Excel may have mangled, dates in the forms people
type, and programme lists. Each raises ValueError with a message naming the column."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from desktop.excel.people.roster_template import RosterColumn
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.person_input import PROGRAMMES
from desktop.models.text_input import clean_text, compact, is_ascii_digits

_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_TEXT = re.compile(r"([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?")
_COMPACT_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_SCIENTIFIC = re.compile(r"[0-9]+(\.[0-9]+)?E\+?[0-9]+", re.IGNORECASE)
_PROGRAMME_SPLIT = re.compile(r"[、,，;；/\s]+")


def cell_text(value: object) -> str:
    """A text cell cleaned of what copy-paste leaves behind."""
    # NBSP, the ideographic space and zero-width marks are what copy-paste from web pages,
    # chat apps and Word leave behind; names are cleaned further by person_input.normalised.
    return clean_text(str(value))


def identifier_cell(value: object, column: RosterColumn) -> str:
    """An ID-like cell as text; raises ValueError when Excel already lost its digits."""
    if isinstance(value, bool):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{column}应为文字，不是 TRUE/FALSE"),
                column=column.header,
            )
        )
    if isinstance(value, (int, float)):
        if column.field in ("id_number", "cert_number"):
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Excel 把{column}存成了数字，"
                        "后几位已丢失；请把该列设为“文本”格式后重新输入",
                    ),
                    column=column.header,
                )
            )
        number = int(value) if float(value).is_integer() else value
        return str(number)
    text = compact(str(value))
    if _SCIENTIFIC.fullmatch(text):
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{column}是科学计数法（{text}），"
                    "原来的数字已丢失；请把该列设为“文本”格式后重新输入",
                ),
                column=column.header,
                text=text,
            )
        )
    return text


def _not_a_date(column: RosterColumn, text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Messages", "{column}“{text}”不是日期，应为 年-月-日，如 2020-01-01"),
        column=column.header, text=text)


def date_cell(value: object, column: RosterColumn) -> str:
    """A date cell (Excel date, serial number or text) as YYYY-MM-DD."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = compact(str(value))
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if is_number or (is_ascii_digits(text) and len(text) <= 5):
        serial = float(text)
        # Excel's day numbers from 1900-03-01 on; smaller ones are not plausible dates here.
        if 61 <= serial < 2958466:
            return (_EXCEL_EPOCH + timedelta(days=int(serial))).isoformat()
        raise ValueError(_not_a_date(column, text))
    match = _DATE_TEXT.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if not match:
        raise ValueError(_not_a_date(column, text))
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError as exc:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "{column}“{text}”不是有效日期"),
                column=column.header,
                text=text,
            )
        ) from exc


def programmes_cell(text: str) -> list[str]:
    """The programmes named in a cell (separated by 、 , ; / or spaces); ValueError for one
    that does not exist."""
    names = [p for p in _PROGRAMME_SPLIT.split(text) if p]
    unknown = [p for p in names if p not in PROGRAMMES]
    if unknown:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "未知的服务项目：{columns}；可选：{programmes}"),
                columns="、".join(unknown),
                programmes="、".join(PROGRAMMES),
            )
        )
    return names
