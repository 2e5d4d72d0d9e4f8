"""The audit page's wording of logged fields and values, translated (English interface).

The logic is desktop.models.admin.audit_fields; this subclass only supplies the words: literal
translate calls so lupdate finds them, and the field names each capability declares (marked in
its models package with ``QT_TRANSLATE_NOOP("AuditValues", …)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.admin.audit_fields import (
    AuditWording,
    describe_change,
    field_names,
    table_field_names,
)
from desktop.models.admin.audit_query import AuditRow
from desktop.models.admin.permissions import Role
from desktop.ui.activities.activities_model import kind_label
from desktop.ui.attendance.attendance_labels import method_label
from desktop.ui.common.labels import list_separator, programme_label, role_name, sex_label


def field_label(table: str, key: str) -> str:
    """The translated name of a logged field (the key itself when unknown): the words each
    capability declares (``AUDIT_LABELS``), in the ``AuditValues`` context."""
    chinese = table_field_names().get(table, {}).get(key) or field_names().get(key)
    return QCoreApplication.translate("AuditValues", chinese) if chinese else key


class TranslatedWording(AuditWording):
    """The audit wording through Qt translation."""

    def label(self, table: str, key: str) -> str:
        return field_label(table, key)

    def pair(self, label: str, value: str) -> str:
        return QCoreApplication.translate("AuditValues", "{label}：{value}").format(
            label=label, value=value)

    def separator(self) -> str:
        return QCoreApplication.translate("AuditValues", "；")

    def list_separator(self) -> str:
        return list_separator()

    def empty(self) -> str:
        return QCoreApplication.translate("AuditValues", "（空）")

    def yes_no(self, value: bool) -> str:
        return (QCoreApplication.translate("AuditValues", "是") if value
                else QCoreApplication.translate("AuditValues", "否"))

    def hidden(self) -> str:
        return QCoreApplication.translate("AuditValues", "（已填写，不显示）")

    def photo_changed(self) -> str:
        return QCoreApplication.translate("AuditValues", "已更新")

    def beginning(self) -> str:
        return QCoreApplication.translate("AuditValues", "最初设定（适用于所有月份）")

    def yuan(self, amount: str) -> str:
        return QCoreApplication.translate("AuditValues", "{amount} 元").format(amount=amount)

    def minutes(self, count: int) -> str:
        return QCoreApplication.translate("AuditValues", "{n} 分钟").format(n=count)

    def no_minimum_stay(self) -> str:
        return QCoreApplication.translate("AuditValues", "不限（有效签到即计入）")

    def unchanged(self) -> str:
        return QCoreApplication.translate("AuditValues", "（无改动）")

    def family_link(self, member_id: object, relation: str, guardian: bool) -> str:
        text = QCoreApplication.translate("AuditValues", "会员编号 {id}").format(id=member_id)
        if relation:
            text += QCoreApplication.translate("AuditValues", "，{relation}").format(
                relation=relation)
        if guardian:
            text += QCoreApplication.translate("AuditValues", "，法定监护人")
        return text

    def code(self, key: str, value: str) -> str:
        if key == "role" and value in {r.value for r in Role}:
            return role_name(Role(value))
        if key == "method":
            return method_label(value)
        if key == "programmes":
            return programme_label(value)
        if key == "kind":
            return kind_label(value)
        if key == "sex":
            return sex_label(value)
        return value


WORDING = TranslatedWording()


def change_texts(row: AuditRow) -> tuple[str, str]:
    """The entry's before and after values as the page shows them."""
    return describe_change(row.before, row.after, table=row.table_name, action=row.action,
                           words=WORDING)
