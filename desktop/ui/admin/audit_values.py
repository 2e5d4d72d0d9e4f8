"""The audit page's wording of logged fields and values, translated (English interface).

The logic is desktop.models.admin.audit_fields; this subclass only supplies the words, as literal
translate calls so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.admin.audit_fields import AuditWording, describe_change
from desktop.models.admin.audit_query import AuditRow
from desktop.models.admin.permissions import Role
from desktop.ui.activities.activities_model import kind_label
from desktop.ui.attendance.attendance_labels import method_label
from desktop.ui.common.labels import list_separator, programme_label, role_name, sex_label


def field_label(table: str, key: str) -> str:
    """The translated name of a logged field (the key itself when unknown)."""
    if table == "setting" and key == "name":
        return QCoreApplication.translate("AuditValues", "中心名称")
    names = {
        "name": QCoreApplication.translate("AuditValues", "姓名"),
        "display_name": QCoreApplication.translate("AuditValues", "姓名"),
        "username": QCoreApplication.translate("AuditValues", "用户名"),
        "role": QCoreApplication.translate("AuditValues", "角色"),
        "disabled": QCoreApplication.translate("AuditValues", "已停用"),
        "sex": QCoreApplication.translate("AuditValues", "性别"),
        "birth_date": QCoreApplication.translate("AuditValues", "出生日期"),
        "id_number": QCoreApplication.translate("AuditValues", "身份证号"),
        "phone": QCoreApplication.translate("AuditValues", "联系电话"),
        "street": QCoreApplication.translate("AuditValues", "街道"),
        "community": QCoreApplication.translate("AuditValues", "社区"),
        "address": QCoreApplication.translate("AuditValues", "住址"),
        "emergency_contact": QCoreApplication.translate("AuditValues", "紧急联系人"),
        "emergency_phone": QCoreApplication.translate("AuditValues", "紧急联系电话"),
        "notes": QCoreApplication.translate("AuditValues", "备注"),
        "is_member": QCoreApplication.translate("AuditValues", "残疾人会员"),
        "cert_number": QCoreApplication.translate("AuditValues", "残疾人证号"),
        "programmes": QCoreApplication.translate("AuditValues", "服务项目"),
        "joined_on": QCoreApplication.translate("AuditValues", "入会日期"),
        "left_on": QCoreApplication.translate("AuditValues", "离开日期"),
        "card_number": QCoreApplication.translate("AuditValues", "签到卡号"),
        "is_volunteer": QCoreApplication.translate("AuditValues", "志愿者"),
        "volunteer_number": QCoreApplication.translate("AuditValues", "志愿者编号"),
        "organisation": QCoreApplication.translate("AuditValues", "所属组织"),
        "family_links": QCoreApplication.translate("AuditValues", "关联会员"),
        "photo": QCoreApplication.translate("AuditValues", "照片"),
        "archived_at": QCoreApplication.translate("AuditValues", "归档时间"),
        "person_id": QCoreApplication.translate("AuditValues", "人员编号"),
        "day": QCoreApplication.translate("AuditValues", "日期"),
        "signed_in_at": QCoreApplication.translate("AuditValues", "签到时间"),
        "signed_out_at": QCoreApplication.translate("AuditValues", "签退时间"),
        "method": QCoreApplication.translate("AuditValues", "签到方式"),
        "recorded_by": QCoreApplication.translate("AuditValues", "登记人"),
        "created_at": QCoreApplication.translate("AuditValues", "登记时间"),
        "voided_at": QCoreApplication.translate("AuditValues", "作废时间"),
        "title": QCoreApplication.translate("AuditValues", "活动名称"),
        "kind": QCoreApplication.translate("AuditValues", "类型"),
        "place": QCoreApplication.translate("AuditValues", "地点"),
        "organiser": QCoreApplication.translate("AuditValues", "组织者"),
        "activity_id": QCoreApplication.translate("AuditValues", "活动编号"),
        "added_at": QCoreApplication.translate("AuditValues", "加入时间"),
        "month": QCoreApplication.translate("AuditValues", "月份"),
        "closed": QCoreApplication.translate("AuditValues", "已关账"),
        "revision": QCoreApplication.translate("AuditValues", "版本"),
        "file_name": QCoreApplication.translate("AuditValues", "文件"),
        "file_sha256": QCoreApplication.translate("AuditValues", "文件校验码"),
        "data_sha256": QCoreApplication.translate("AuditValues", "数据校验码"),
        "effective_from": QCoreApplication.translate("AuditValues", "执行起始月份"),
        "subsidy.daily_rate_fen": QCoreApplication.translate("AuditValues", "每日补助标准"),
        "subsidy.min_stay_minutes": QCoreApplication.translate("AuditValues", "最短停留时间"),
        "code": QCoreApplication.translate("AuditValues", "中心编码"),
        "district": QCoreApplication.translate("AuditValues", "所属区"),
        "responsible_person": QCoreApplication.translate("AuditValues", "负责人"),
        "ui.idle_lock_minutes": QCoreApplication.translate("AuditValues", "无操作自动锁定"),
        "backup.keep_daily": QCoreApplication.translate("AuditValues", "保留每日备份"),
        "backup.keep_weekly": QCoreApplication.translate("AuditValues", "保留每周备份"),
        "backup.keep_monthly": QCoreApplication.translate("AuditValues", "保留每月备份"),
        "backup.second_folder": QCoreApplication.translate("AuditValues", "第二备份位置"),
        "backup.passphrase": QCoreApplication.translate("AuditValues", "加密口令"),
        "district.expected_centres": QCoreApplication.translate("AuditValues",
                                                               "应报送的中心"),
        "file": QCoreApplication.translate("AuditValues", "备份文件"),
        "safety_backup": QCoreApplication.translate("AuditValues", "恢复前的数据"),
        "schema_version": QCoreApplication.translate("AuditValues", "数据库版本"),
        "people": QCoreApplication.translate("AuditValues", "人员数"),
        "members": QCoreApplication.translate("AuditValues", "会员数"),
        "volunteers": QCoreApplication.translate("AuditValues", "志愿者数"),
        "audit_entries": QCoreApplication.translate("AuditValues", "日志条数"),
        "sign_ins": QCoreApplication.translate("AuditValues", "签到条数"),
        "voided": QCoreApplication.translate("AuditValues", "其中作废"),
        "activities": QCoreApplication.translate("AuditValues", "活动数"),
        "activity_participants": QCoreApplication.translate("AuditValues", "活动参加人次"),
        "from": QCoreApplication.translate("AuditValues", "开始日期"),
        "to": QCoreApplication.translate("AuditValues", "结束日期"),
    }
    return names.get(key, key)


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
