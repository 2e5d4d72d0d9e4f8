"""The translated navigation title of each main-window page (:class:`PageId`)."""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QCoreApplication

from desktop.models.pages import PageId


def page_title(page: PageId) -> str:
    """The page's navigation title in the current language."""
    # The "MainWindow" context: the titles were always translated there.
    match page:
        case PageId.DASHBOARD:
            return QCoreApplication.translate("MainWindow", "首页")
        case PageId.PEOPLE:
            return QCoreApplication.translate("MainWindow", "人员登记")
        case PageId.ATTENDANCE:
            return QCoreApplication.translate("MainWindow", "考勤")
        case PageId.ACTIVITIES:
            return QCoreApplication.translate("MainWindow", "文体活动")
        case PageId.SUBSIDY:
            return QCoreApplication.translate("MainWindow", "康复补助")
        case PageId.EXPORT:
            return QCoreApplication.translate("MainWindow", "月报")
        case PageId.CONSOLIDATION:
            return QCoreApplication.translate("MainWindow", "区汇总")
        case PageId.USERS:
            return QCoreApplication.translate("MainWindow", "账户")
        case PageId.AUDIT:
            return QCoreApplication.translate("MainWindow", "操作日志")
        case PageId.SETTINGS:
            return QCoreApplication.translate("MainWindow", "设置")
        case _:
            assert_never(page)
