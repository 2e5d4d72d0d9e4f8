"""Translated names for attendance codes: how a sign-in was made, why the kiosk refused one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# Literal QCoreApplication.translate calls: lupdate finds only those, not a wrapper.
def method_label(method: str) -> str:
    """How a sign-in was recorded: 刷卡, 查找, 键盘, 工作人员 or 纸质."""
    names = {
        "card": QCoreApplication.translate("AttendanceLabels", "刷卡"),
        "search": QCoreApplication.translate("AttendanceLabels", "查找"),
        "keypad": QCoreApplication.translate("AttendanceLabels", "键盘"),
        "staff": QCoreApplication.translate("AttendanceLabels", "工作人员"),
        "paper": QCoreApplication.translate("AttendanceLabels", "纸质"),
    }
    return names.get(method, method)


def kiosk_event_label(kind: str) -> str:
    """Why the kiosk refused a scan or a tap, in words staff understand."""
    names = {
        "unknown_card": QCoreApplication.translate("AttendanceLabels", "未登记的卡号"),
        "archived_member": QCoreApplication.translate("AttendanceLabels", "已归档的会员"),
        "left_member": QCoreApplication.translate("AttendanceLabels",
                                                  "当天不在册的会员（未入会或已离开）"),
        "malformed_scan": QCoreApplication.translate("AttendanceLabels", "无法识别的扫描"),
    }
    return names.get(kind, kind)


def weekday_label(weekday: int) -> str:
    """A short weekday name for Monday (0) to Sunday (6): 一 … 日 / Mo … Su."""
    names = (
        QCoreApplication.translate("AttendanceLabels", "一"),
        QCoreApplication.translate("AttendanceLabels", "二"),
        QCoreApplication.translate("AttendanceLabels", "三"),
        QCoreApplication.translate("AttendanceLabels", "四"),
        QCoreApplication.translate("AttendanceLabels", "五"),
        QCoreApplication.translate("AttendanceLabels", "六"),
        QCoreApplication.translate("AttendanceLabels", "日"),
    )
    return names[weekday % 7]
