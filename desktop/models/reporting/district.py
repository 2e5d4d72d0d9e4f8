"""The district's list of expected centres (应报中心名单), used to tell who has not reported.

Stored as JSON under one key of the ``setting`` table; every change is audited. The list is
only consulted by consolidation; a centre's own installation normally leaves it empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from desktop.models.admin import audit
from desktop.models.admin.centre import get_setting, set_setting
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.text_input import clean_line, compact

EXPECTED_CENTRES_SETTING = "district.expected_centres"
# The same shape as a centre profile's code (centre.py), so every valid code can be listed.
_CODE = re.compile(r"^[A-Za-z0-9-]{2,20}$")
MAX_CENTRES = 500


@dataclass(frozen=True)
class ExpectedCentre:
    """One centre that should send a monthly workbook: its code, and optionally name, street."""

    code: str
    name: str = ""
    street: str = ""


def normalise_code(code: str) -> str:
    """A centre code as compared: as the profile stores it (centre.clean_profile), ASCII
    upper case without spaces or invisible marks."""
    return compact(code).upper()


def clean_list(centres: Iterable[ExpectedCentre]) -> list[ExpectedCentre]:
    """The list trimmed and checked; ValidationError names the first bad or repeated code."""
    seen: set[str] = set()
    result: list[ExpectedCentre] = []
    for number, centre in enumerate(centres, start=1):
        code = normalise_code(centre.code)
        if not code:
            raise ValidationError(
                {
                    "expected": Message(
                        QT_TRANSLATE_NOOP("Messages", "应报中心名单第 {number} 项缺少中心编码"),
                        number=number,
                    )
                }
            )
        if not _CODE.match(code):
            shown = clean_line(centre.code)  # as typed: the cleaned code may look different
            raise ValidationError({"expected": Message(QT_TRANSLATE_NOOP(
                "Messages", "应报中心名单第 {number} 项的中心编码 {code} 不正确："
                "应为2–20位字母、数字或连字符"), number=number, code=shown)})
        if code in seen:
            raise ValidationError({"expected": Message(QT_TRANSLATE_NOOP(
                "Messages", "应报中心名单中的中心编码 {code} 重复"), code=code)})
        name, street = clean_line(centre.name), clean_line(centre.street)
        if len(name) > 50 or len(street) > 20:
            raise ValidationError({"expected": Message(QT_TRANSLATE_NOOP(
                "Messages", "应报中心名单中 {code} 的名称或街道太长"), code=code)})
        seen.add(code)
        result.append(ExpectedCentre(code, name, street))
    if len(result) > MAX_CENTRES:
        raise ValidationError(
            {
                "expected": Message(
                    QT_TRANSLATE_NOOP("Messages", "应报中心名单最多 {limit} 个中心"),
                    limit=MAX_CENTRES,
                )
            }
        )
    return result


def load_expected(db: Database) -> list[ExpectedCentre]:
    """The stored list, in its saved order (empty when never set)."""
    text = get_setting(db, EXPECTED_CENTRES_SETTING, "[]")
    try:
        items = json.loads(text)
    except json.JSONDecodeError:
        return []  # a damaged value must not stop consolidation: it runs without a list
    return [ExpectedCentre(str(i.get("code", "")), str(i.get("name", "")),
                           str(i.get("street", "")))
            for i in items if isinstance(i, dict) and i.get("code")]


def save_expected(db: Database, centres: Sequence[ExpectedCentre], *, actor: Actor) -> None:
    """Replace the stored list in one audited transaction (ValidationError on a bad entry)."""
    actor.require(Permission.EDIT_SETTINGS)
    clean = clean_list(centres)
    with db.transaction():
        before = load_expected(db)
        set_setting(db, EXPECTED_CENTRES_SETTING,
                    json.dumps([asdict(c) for c in clean], ensure_ascii=False))
        audit.record(db, actor=actor.username, action="update", table="setting",
                     record_id=None,
                     before={EXPECTED_CENTRES_SETTING: [asdict(c) for c in before]},
                     after={EXPECTED_CENTRES_SETTING: [asdict(c) for c in clean]})
