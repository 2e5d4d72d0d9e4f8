"""Translated display names for domain codes (categories, grades, programmes, roles).

The models keep Chinese codes; the UI shows them through Qt translation so the English
interface can name them too. Literals are spelled out here so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def category_label(category: int | None) -> str:
    """Disability category name, e.g. 肢体 / Physical."""
    names = {1: _t("视力"), 2: _t("听力"), 3: _t("言语"), 4: _t("肢体"),
             5: _t("智力"), 6: _t("精神"), 7: _t("多重")}
    return names.get(category or 0, "")


def grade_label(grade: int | None) -> str:
    """Disability grade name, e.g. 三级 / Grade 3."""
    names = {1: _t("一级"), 2: _t("二级"), 3: _t("三级"), 4: _t("四级")}
    return names.get(grade or 0, "")


def programme_label(programme: str) -> str:
    """Programme name: 温馨家园, 职康站, 日间照料."""
    names = {"温馨家园": _t("温馨家园"), "职康站": _t("职康站"), "日间照料": _t("日间照料")}
    return names.get(programme, programme)


def role_label(role: str) -> str:
    """Role name: member, volunteer, family member or guardian."""
    names = {"member": _t("会员"), "volunteer": _t("志愿者"), "family": _t("家属/监护人")}
    return names.get(role, role)


def sex_label(sex: str) -> str:
    """男 / 女 translated."""
    return {"男": _t("男"), "女": _t("女")}.get(sex, sex)


def model_message(text: str) -> str:
    """A message from the models layer, translated when the catalogue knows it."""
    return QCoreApplication.translate("Messages", text)
