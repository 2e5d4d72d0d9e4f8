"""The Qt item model of the members not seen recently (久未签到): sortable by every column."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.attendance.not_seen import NotSeenMember
from desktop.ui.attendance.call_list_print import contact_text, last_sign_in_text
from desktop.ui.common.list_model import Column, ListTableModel

WEEKS_COLUMN = 2


def contacts_text(member: NotSeenMember) -> str:
    """The member's guardians, family and emergency contact, one to a line."""
    return "\n".join(contact_text(c) for c in member.contacts)


# Headers are literal translate calls so lupdate finds them; numbers are right-aligned.
COLUMNS: list[Column[NotSeenMember]] = [
    (lambda: QCoreApplication.translate("NotSeenModel", "姓名"), lambda m: m.name, False),
    (lambda: QCoreApplication.translate("NotSeenModel", "上次签到"), last_sign_in_text, False),
    (lambda: QCoreApplication.translate("NotSeenModel", "未签到（周）"),
     lambda m: m.weeks_since, True),
    (lambda: QCoreApplication.translate("NotSeenModel", "入会日期"),
     lambda m: m.registered_on, False),
    (lambda: QCoreApplication.translate("NotSeenModel", "本人电话"), lambda m: m.phone, False),
    (lambda: QCoreApplication.translate("NotSeenModel", "监护人、家属和紧急联系人"),
     contacts_text, False),
    (lambda: QCoreApplication.translate("NotSeenModel", "社区"), lambda m: m.community, False),
    (lambda: QCoreApplication.translate("NotSeenModel", "住址"), lambda m: m.address, False),
]


# Names sort by pinyin; a member who never signed in sorts as the longest ago. Ties keep the
# order they had: the list comes longest unseen first, then by name.
SORT_KEYS: list[Callable[[NotSeenMember], Any]] = [
    lambda m: m.name_sort,
    lambda m: m.last_sign_in or "",
    lambda m: m.days_since,
    lambda m: m.registered_on,
    lambda m: m.phone,
    lambda m: contacts_text(m),
    lambda m: m.community,
    lambda m: m.address,
]


def not_seen_model(parent: Any = None) -> ListTableModel[NotSeenMember]:
    """The list's rows; the user role holds the person's id."""
    return ListTableModel(COLUMNS, parent, key=lambda m: m.person_id, sort_keys=SORT_KEYS)
