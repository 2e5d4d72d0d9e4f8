"""The Qt item model of the members not seen recently (久未签到): sortable by every column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.attendance.not_seen import NotSeenMember
from desktop.ui.attendance.call_list_print import contact_text, last_sign_in_text
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.list_model import ListTableModel

WEEKS_COLUMN = 2


def contacts_text(member: NotSeenMember) -> str:
    """The member's guardians, family and emergency contact, one to a line."""
    return "\n".join(contact_text(c) for c in member.contacts)


# Headers are literal translate calls so lupdate finds them; numbers are right-aligned. Names
# sort by pinyin; a member who never signed in sorts as the longest ago. Ties keep the order
# they had: the list comes longest unseen first, then by name.
COLUMNS: list[Column[NotSeenMember]] = [
    Column(lambda: QCoreApplication.translate("NotSeenModel", "姓名"), lambda m: m.name,
           sort_key=lambda m: m.name_sort),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "上次签到"), last_sign_in_text,
           sort_key=lambda m: m.last_sign_in or ""),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "未签到（周）"),
           lambda m: m.weeks_since, align=RIGHT, sort_key=lambda m: m.days_since),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "入会日期"),
           lambda m: m.registered_on, sort_key=lambda m: m.registered_on),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "本人电话"), lambda m: m.phone,
           sort_key=lambda m: m.phone),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "监护人、家属和紧急联系人"),
           contacts_text, sort_key=contacts_text),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "社区"), lambda m: m.community,
           sort_key=lambda m: m.community),
    Column(lambda: QCoreApplication.translate("NotSeenModel", "住址"), lambda m: m.address,
           sort_key=lambda m: m.address),
]


def not_seen_model(parent: Any = None) -> ListTableModel[NotSeenMember]:
    """The list's rows; the user role holds the person's id."""
    return ListTableModel(COLUMNS, parent, key=lambda m: m.person_id)
