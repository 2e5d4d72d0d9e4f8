"""The main window's pages, by a stable id (Qt-free, so the models can name a page).

The id never changes with the language or a renamed navigation title; it is also the page's
help topic key. The GUI turns it into the translated title (``desktop.ui.shell.page_titles``).
"""

from __future__ import annotations

from enum import StrEnum


class PageId(StrEnum):
    """One navigation page of the main window, in navigation order."""

    DASHBOARD = "dashboard"  # 首页
    PEOPLE = "people"  # 人员登记
    ATTENDANCE = "attendance"  # 考勤
    ACTIVITIES = "activities"  # 文体活动
    SUBSIDY = "subsidy"  # 康复补助
    EXPORT = "export"  # 月报
    CONSOLIDATION = "consolidation"  # 区汇总
    USERS = "users"  # 账户 (administrators)
    AUDIT = "audit"  # 操作日志 (who may read it)
    SETTINGS = "settings"  # 设置
