"""Logged fields and values in words, for the audit page and the audit log export.

The log stores each change as JSON with the code's own keys and raw values (``birth_date``,
``subsidy.daily_rate_fen: 4000``, ``effective_from: 0000-01``, ISO times, role codes). People
read labels and values instead: 出生日期, 40.00 元, 最初设定（适用于所有月份）. The wording is a
class so the UI can subclass it with translated words; the export uses the Chinese one here.
Of an edit ("update") only the fields it changed are described, plus the few that say which
record it was (姓名, 月份 …), so a phone change does not drown in twenty unchanged fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

# Chinese names of every key the models write to the log, in the order they are shown.
FIELD_NAMES: dict[str, str] = {
    # people (desktop.models.people.people) and accounts
    "name": "姓名",
    "display_name": "姓名",
    "username": "用户名",
    "role": "角色",
    "disabled": "已停用",
    "sex": "性别",
    "birth_date": "出生日期",
    "id_number": "身份证号",
    "phone": "联系电话",
    "street": "街道",
    "community": "社区",
    "address": "住址",
    "emergency_contact": "紧急联系人",
    "emergency_phone": "紧急联系电话",
    "notes": "备注",
    "is_member": "残疾人会员",
    "cert_number": "残疾人证号",
    "programmes": "服务项目",
    "joined_on": "入会日期",
    "left_on": "离开日期",
    "card_number": "签到卡号",
    "is_volunteer": "志愿者",
    "volunteer_number": "志愿者编号",
    "organisation": "所属组织",
    "family_links": "关联会员",
    "photo": "照片",
    "archived_at": "归档时间",
    # sign-ins (desktop.models.attendance.attendance)
    "person_id": "人员编号",
    "day": "日期",
    "signed_in_at": "签到时间",
    "signed_out_at": "签退时间",
    "method": "签到方式",
    "recorded_by": "登记人",
    "created_at": "登记时间",
    "voided_at": "作废时间",
    # activities
    "title": "活动名称",
    "kind": "类型",
    "place": "地点",
    "organiser": "组织者",
    "activity_id": "活动编号",
    "added_at": "加入时间",
    # months and the monthly report
    "month": "月份",
    "closed": "已关账",
    "revision": "版本",
    "file_name": "文件",
    "file_sha256": "文件校验码",
    "data_sha256": "数据校验码",
    # the subsidy rate (desktop.models.subsidy.subsidy)
    "effective_from": "执行起始月份",
    "subsidy.daily_rate_fen": "每日补助标准",
    "subsidy.min_stay_minutes": "最短停留时间",
    # settings: the centre profile, the idle lock, backups, the district's expected centres
    "code": "中心编码",
    "district": "所属区",
    "responsible_person": "负责人",
    "ui.idle_lock_minutes": "无操作自动锁定",
    "backup.keep_daily": "保留每日备份",
    "backup.keep_weekly": "保留每周备份",
    "backup.keep_monthly": "保留每月备份",
    "backup.second_folder": "第二备份位置",
    "backup.passphrase": "加密口令",
    "district.expected_centres": "应报送的中心",
    # restoring a backup
    "file": "备份文件",
    "safety_backup": "恢复前的数据",
    "schema_version": "数据库版本",
    "people": "人员数",
    "members": "会员数",
    "volunteers": "志愿者数",
    "audit_entries": "日志条数",
    # the demo data's one entry for its generated attendance (desktop.models.demo.demo_attendance)
    "sign_ins": "签到条数",
    "voided": "其中作废",
    "activities": "活动数",
    "activity_participants": "活动参加人次",
    "from": "开始日期",
    "to": "结束日期",
}
# The same key means something else in another table.
TABLE_FIELD_NAMES: dict[str, dict[str, str]] = {
    "setting": {"name": "中心名称"},
}
# Kept in the description of an edit even when unchanged: they say which record it was.
IDENTIFYING = ("name", "username", "title", "month", "effective_from", "day")
# What desktop.models.admin.audit writes for hidden values (address, photo).
_HIDDEN_MARK = "***"
# The subsidy entry in effect for every month (desktop.models.subsidy.subsidy.BEGINNING).
_BEGINNING = "0000-01"
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
_ORDER = {key: n for n, key in enumerate(FIELD_NAMES)}


class AuditWording:
    """How logged fields and values are put in words (Chinese). The UI subclasses it and
    overrides each method with translated text; the logic in :func:`describe_change` is
    shared."""

    def label(self, table: str, key: str) -> str:
        """The name of a field (the key itself when unknown)."""
        return TABLE_FIELD_NAMES.get(table, {}).get(key) or FIELD_NAMES.get(key, key)

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
    if key == "subsidy.daily_rate_fen" and isinstance(value, int):
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
    # Known fields in the order of FIELD_NAMES (name first, as on the form); others after.
    return sorted(keys, key=lambda k: _ORDER.get(k, len(_ORDER)))


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
