"""Logged fields and values in words, for the audit page and the audit log export.

The log stores each change as JSON with the code's own keys and raw values (``birth_date``,
``subsidy.daily_rate_fen: 4000``, ``effective_from: 0000-01``, ISO times, role codes). People
read labels and values instead: 出生日期, 40.00 元, 最初设定（适用于所有月份）. The wording is a
class so the UI can subclass it with translated words; the export uses the Chinese one here.
Of an edit ("update") only the fields it changed are described, plus the few that say which
record it was (姓名, 月份 …), so a phone change does not drown in twenty unchanged fields.

The names of tables and fields are declared by each capability (``AUDIT_LABELS`` in
``desktop/models/<cap>/__init__.py``, an :class:`AuditLabels`), found with
``desktop.models.capabilities``; this module merges them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop.models import capabilities


@dataclass(frozen=True)
class AuditLabels:
    """Words for one capability's audit entries, declared as ``AUDIT_LABELS`` in its models
    package: its tables' names, its logged fields' names and, where a key means something else
    in one table, that table's own names. The Chinese text is marked for translation (tables
    in the ``AuditModel`` context, fields in ``AuditValues``), so the GUI shows the same words
    translated. ``order`` places the capability's fields when an entry is described (lower
    first; within a capability, as declared). A key declared by two capabilities must have the
    same words; its place is its first declaration."""

    order: int
    tables: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    table_fields: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Words:
    tables: dict[str, str]
    fields: dict[str, str]
    table_fields: dict[str, dict[str, str]]
    order: dict[str, int]


def _merge(into: dict[str, str], names: dict[str, str], what: str) -> None:
    for key, text in names.items():
        if into.setdefault(key, text) != text:
            raise ValueError(f"audit {what} {key!r} declared as {into[key]!r} and {text!r}")


@cache
def _words() -> _Words:
    """Every capability's declared words, merged in order (ValueError on a contradiction)."""
    tables: dict[str, str] = {}
    fields: dict[str, str] = {}
    table_fields: dict[str, dict[str, str]] = {}
    declared: list[AuditLabels] = capabilities.declarations("desktop.models", "AUDIT_LABELS")
    for labels in sorted(declared, key=lambda d: d.order):
        _merge(tables, labels.tables, "table")
        _merge(fields, labels.fields, "field")
        for table, names in labels.table_fields.items():
            _merge(table_fields.setdefault(table, {}), names, f"field of {table}")
    return _Words(tables, fields, table_fields, {key: n for n, key in enumerate(fields)})


def field_names() -> dict[str, str]:
    """The Chinese name of every key the models write to the log, in the order shown."""
    return dict(_words().fields)


def table_field_names() -> dict[str, dict[str, str]]:
    """Names of keys that mean something else in one table: {table: {key: name}}."""
    return {table: dict(names) for table, names in _words().table_fields.items()}


def table_names() -> dict[str, str]:
    """The Chinese name of every table the log records changes to."""
    return dict(_words().tables)


# Kept in the description of an edit even when unchanged: they say which record it was.
IDENTIFYING = ("name", "username", "title", "month", "effective_from", "day")
# What desktop.models.admin.audit writes for hidden values (address, photo).
_HIDDEN_MARK = "***"
# The subsidy entry in effect for every month (desktop.models.subsidy.subsidy.BEGINNING).
_BEGINNING = "0000-01"
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")


class AuditWording:
    """How logged fields and values are put in words (Chinese). The UI subclasses it and
    overrides each method with translated text; the logic in :func:`describe_change` is
    shared."""

    def label(self, table: str, key: str) -> str:
        """The name of a field (the key itself when unknown)."""
        words = _words()
        return words.table_fields.get(table, {}).get(key) or words.fields.get(key, key)

    def pair(self, label: str, value: str) -> str:
        """One field and its value."""
        return f"{label}：{value}"

    def separator(self) -> str:
        """What joins the fields of one entry."""
        return "；"

    def list_separator(self) -> str:
        """What joins the items of a list value."""
        return "、"

    def empty(self) -> str:
        """An empty value."""
        return "（空）"

    def yes_no(self, value: bool) -> str:
        """A yes/no value."""
        return "是" if value else "否"

    def hidden(self) -> str:
        """A value the log keeps hidden (an address)."""
        return "（已填写，不显示）"

    def photo_changed(self) -> str:
        """The photo was set, replaced or removed."""
        return "已更新"

    def beginning(self) -> str:
        """effective_from of the subsidy entry that applies to every month."""
        return "最初设定（适用于所有月份）"

    def yuan(self, amount: str) -> str:
        """An amount of money, ``amount`` already formatted as yuan (``40.00``)."""
        return f"{amount} 元"

    def minutes(self, count: int) -> str:
        """A duration in minutes."""
        return f"{count} 分钟"

    def no_minimum_stay(self) -> str:
        """The subsidy needs no minimum stay."""
        return "不限（有效签到即计入）"

    def unchanged(self) -> str:
        """An edit that changed nothing."""
        return "（无改动）"

    def family_link(self, member_id: object, relation: str, guardian: bool) -> str:
        """A link to the member a family member cares for."""
        text = f"会员编号 {member_id}"
        if relation:
            text += f"，{relation}"
        return text + ("，法定监护人" if guardian else "")

    def code(self, key: str, value: str) -> str:
        """A stored code in words (roles, sign-in methods, programmes, activity kinds, sex)."""
        names = {"admin": "管理员", "staff": "工作人员", "kiosk": "签到台"} if key == "role" \
            else _METHOD_NAMES if key == "method" else {}
        return names.get(value, value)


_METHOD_NAMES = {"card": "刷卡", "search": "查找", "keypad": "键盘", "staff": "工作人员",
                 "paper": "纸质"}
CHINESE = AuditWording()


def _yuan(fen: int) -> str:
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{whole:,}.{cents:02d}"


def shown_value(key: str, value: Any, words: AuditWording = CHINESE) -> str:
    """One logged value as people read it."""
    if key == "subsidy.min_stay_minutes":
        return words.no_minimum_stay() if value is None else words.minutes(int(value))
    if key == "photo":
        return words.photo_changed() if value else words.empty()
    if value is None or value == "" or value == []:
        return words.empty()
    if isinstance(value, bool):
        return words.yes_no(value)
    if key.endswith("_fen") and isinstance(value, int):
        # Money is logged in fen and read in 元 (the labels carry no unit).
        return words.yuan(_yuan(value))
    if key == "effective_from" and value == _BEGINNING:
        return words.beginning()
    if key in ("role", "method", "programmes", "kind", "sex"):
        if isinstance(value, list):
            return words.list_separator().join(words.code(key, str(v)) for v in value)
        return words.code(key, str(value))
    if key == "family_links" and isinstance(value, list):
        return words.list_separator().join(
            words.family_link(link.get("member_id"), str(link.get("relation") or ""),
                              bool(link.get("is_guardian")))
            if isinstance(link, dict) else str(link) for link in value)
    if value == _HIDDEN_MARK:
        return words.hidden()
    if isinstance(value, list):
        return words.list_separator().join(_item(v) for v in value)
    if isinstance(value, str) and _ISO_TIME.match(value):
        return value.replace("T", " ")
    return str(value)


def _item(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


def _decoded(stored: str | None) -> dict[str, Any] | str:
    """The stored values as a dict, or the stored text itself when it is not a JSON object."""
    if not stored:
        return ""
    try:
        values = json.loads(stored)
    except ValueError:
        return stored
    return values if isinstance(values, dict) else stored


def _ordered(keys: Iterable[str]) -> list[str]:
    # Known fields in the declared order (name first, as on the form); others after.
    order = _words().order
    return sorted(keys, key=lambda k: order.get(k, len(order)))


def _describe(values: dict[str, Any], keys: list[str], table: str, words: AuditWording, *,
              skip_empty: bool) -> str:
    parts = []
    for key in keys:
        value = values[key]
        if key == "photo" and not value:
            continue  # the photo was not touched: nothing to say
        if skip_empty and (value is None or value == "" or value == []) \
                and key != "subsidy.min_stay_minutes":
            continue
        parts.append(words.pair(words.label(table, key), shown_value(key, value, words)))
    return words.separator().join(parts)


def describe_values(stored: str | None, table: str = "",
                    words: AuditWording = CHINESE) -> str:
    """Stored JSON values as ``label：value；…``, empty ones left out (text that is not a
    JSON object is returned as it is)."""
    values = _decoded(stored)
    if isinstance(values, str):
        return values
    return _describe(values, _ordered(values), table, words, skip_empty=True)


def describe_change(before: str | None, after: str | None, *, table: str, action: str,
                    words: AuditWording = CHINESE) -> tuple[str, str]:
    """The before and after values of one entry in words; of an edit, only the fields it
    changed (and those naming the record)."""
    old, new = _decoded(before), _decoded(after)
    if action != "update" or not isinstance(old, dict) or not isinstance(new, dict):
        return describe_values(before, table, words), describe_values(after, table, words)
    keys = _ordered({**old, **new})
    changed = [k for k in keys if old.get(k) != new.get(k)]
    keys = [k for k in keys if k in changed or k in IDENTIFYING]
    # Of an edit, an emptied field is news: empty values are shown.
    described = (_describe(old, [k for k in keys if k in old], table, words, skip_empty=False),
                 _describe(new, [k for k in keys if k in new], table, words, skip_empty=False))
    return described if changed else (described[0], words.unchanged())
