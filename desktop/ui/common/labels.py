"""Translated display names for domain codes (categories, grades, programmes, roles).

The models keep Chinese codes; the UI shows them through Qt translation so the English
interface can name them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.admin.permissions import Role
from desktop.models.messages import Message, MessageList


# Literal QCoreApplication.translate calls: lupdate finds only those, not a wrapper.
def category_label(category: int | None) -> str:
    """Disability category name, e.g. 肢体 / Physical."""
    names = {
        1: QCoreApplication.translate("Labels", "视力"),
        2: QCoreApplication.translate("Labels", "听力"),
        3: QCoreApplication.translate("Labels", "言语"),
        4: QCoreApplication.translate("Labels", "肢体"),
        5: QCoreApplication.translate("Labels", "智力"),
        6: QCoreApplication.translate("Labels", "精神"),
        7: QCoreApplication.translate("Labels", "多重"),
    }
    return names.get(category or 0, "")


def grade_label(grade: int | None) -> str:
    """Disability grade name, e.g. 三级 / Grade 3."""
    names = {
        1: QCoreApplication.translate("Labels", "一级"),
        2: QCoreApplication.translate("Labels", "二级"),
        3: QCoreApplication.translate("Labels", "三级"),
        4: QCoreApplication.translate("Labels", "四级"),
    }
    return names.get(grade or 0, "")


def programme_label(programme: str) -> str:
    """Programme name: 温馨家园, 职康站, 日间照料."""
    names = {
        "温馨家园": QCoreApplication.translate("Labels", "温馨家园"),
        "职康站": QCoreApplication.translate("Labels", "职康站"),
        "日间照料": QCoreApplication.translate("Labels", "日间照料"),
    }
    return names.get(programme, programme)


def role_label(role: str) -> str:
    """Role name: member, volunteer, family member or guardian."""
    names = {
        "member": QCoreApplication.translate("Labels", "会员"),
        "volunteer": QCoreApplication.translate("Labels", "志愿者"),
        "family": QCoreApplication.translate("Labels", "家属/监护人"),
    }
    return names.get(role, role)


def sex_label(sex: str) -> str:
    """男 / 女 translated."""
    names = {
        "男": QCoreApplication.translate("Labels", "男"),
        "女": QCoreApplication.translate("Labels", "女"),
    }
    return names.get(sex, sex)


def list_separator() -> str:
    """What joins several roles or programmes in one cell: 、 in Chinese, ", " in English."""
    return QCoreApplication.translate("Labels", "、")


def clause_separator() -> str:
    """What joins several messages in one line: ； in Chinese, "; " in English."""
    return QCoreApplication.translate("Messages", MessageList.SEPARATOR)


def model_message(text: str) -> str:
    """A message from the models or the workbooks, in the interface's language.

    A :class:`~desktop.models.messages.Message` is translated from its template, then given
    its arguments: those that are messages themselves (a field's name, a reason) translated
    the same way, the others (names, paths, months, numbers) as they are. Several messages
    joined into one (a ``MessageList``) are translated one by one. Any other text is looked
    up whole, as a fixed message.
    """
    if isinstance(text, MessageList):
        return clause_separator().join(model_message(part) for part in text.parts)
    if not isinstance(text, Message):
        return QCoreApplication.translate("Messages", text)
    template = QCoreApplication.translate("Messages", text.template)
    if not text.args:
        return template
    values = {key: model_message(value) if isinstance(value, Message) else value
              for key, value in text.args.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or mangled a placeholder: the Chinese says it all.
        return str(text)


def role_name(role: Role) -> str:
    """Account role name: 管理员 / Administrator, 工作人员, 签到台."""
    names = {
        Role.ADMIN: QCoreApplication.translate("Labels", "管理员"),
        Role.STAFF: QCoreApplication.translate("Labels", "工作人员"),
        Role.KIOSK: QCoreApplication.translate("Labels", "签到台"),
    }
    return names[role]


def closed_month_line(month: str) -> str:
    """The line shown beside records of a closed (submitted) month: 2026-10 已报送关账，记录只读."""
    return QCoreApplication.translate("Labels", "{month} 已报送关账，记录只读").format(month=month)


def closed_month_tip(month: str) -> str:
    """The tooltip of an action disabled because its month is closed: what to do instead."""
    return QCoreApplication.translate(
        "Labels", "{month} 已报送关账，记录只读；如需修改请管理员重新开账").format(month=month)
