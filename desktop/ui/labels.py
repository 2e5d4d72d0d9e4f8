"""Translated display names for domain codes (categories, grades, programmes, roles).

The models keep Chinese codes; the UI shows them through Qt translation so the English
interface can name them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.permissions import Role


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


def model_message(text: str) -> str:
    """A message from the models layer, translated when the catalogue knows it."""
    return QCoreApplication.translate("Messages", text)


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
