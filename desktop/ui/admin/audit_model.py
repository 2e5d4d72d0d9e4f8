"""The audit table's columns and rows: entries newest first, long values whole in the tooltip.

Filtering runs in SQL (desktop.models.admin.audit_query); the lazy model
(desktop.ui.common.lazy_model) holds only the ordered entry ids and reads rows a block at a time
when the view paints them, so a log of hundreds of thousands of entries opens at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.admin.audit_fields import table_names
from desktop.models.admin.audit_query import AuditQuery, AuditRow, fetch_rows, search_ids
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.ui.admin.audit_values import change_texts
from desktop.ui.common.columns import Column
from desktop.ui.common.lazy_model import LazyTableModel

TOOLTIP_AFTER = 20  # characters: longer values are cut off in the cell


# Literal translate calls: lupdate finds only those.
def action_label(action: str) -> str:
    """The translated name of an audit action code (the code itself when unknown)."""
    names = {
        "create": QCoreApplication.translate("AuditModel", "新增"),
        "update": QCoreApplication.translate("AuditModel", "修改"),
        "archive": QCoreApplication.translate("AuditModel", "归档"),
        "restore": QCoreApplication.translate("AuditModel", "恢复"),
        "void": QCoreApplication.translate("AuditModel", "作废"),
        "reveal": QCoreApplication.translate("AuditModel", "查看敏感信息"),
        "lock": QCoreApplication.translate("AuditModel", "锁定账户"),
        "password": QCoreApplication.translate("AuditModel", "修改本人密码"),
        "reset_password": QCoreApplication.translate("AuditModel", "重置密码"),
        "disable": QCoreApplication.translate("AuditModel", "停用账户"),
        "enable": QCoreApplication.translate("AuditModel", "启用账户"),
        "role": QCoreApplication.translate("AuditModel", "更改角色"),
        "remove": QCoreApplication.translate("AuditModel", "移除"),
        "export": QCoreApplication.translate("AuditModel", "导出月报"),
        "close": QCoreApplication.translate("AuditModel", "报送关账"),
        "reopen": QCoreApplication.translate("AuditModel", "重新开账"),
        "abandon": QCoreApplication.translate("AuditModel", "作废中断的导出"),
    }
    return names.get(action, action)


def table_label(table: str) -> str:
    """The translated name of a table recorded in the log (the name itself when unknown): the
    words each capability declares (``AUDIT_LABELS``), in the ``AuditModel`` context."""
    chinese = table_names().get(table)
    return QCoreApplication.translate("AuditModel", chinese) if chinese else table


def _record_text(row: AuditRow) -> str:
    return "" if row.record_id is None else str(row.record_id)


def _column(header: Callable[[], str], text: Callable[[AuditRow], str],
            order_by: str | None = None) -> Column[AuditRow]:
    """A text column whose tooltip shows a long value whole (the cell cuts it off)."""
    def tooltip(row: AuditRow) -> str | None:
        shown = text(row)
        return shown if len(shown) > TOOLTIP_AFTER else None
    return Column(header, text, tooltip=tooltip, order_by=order_by)


# Headers are literal translate calls so lupdate finds them. The id and the time are both
# sorted by the order entries were written in ("written").
COLUMNS: list[Column[AuditRow]] = [
    _column(lambda: QCoreApplication.translate("AuditModel", "编号"), lambda r: str(r.id),
            "written"),
    _column(lambda: QCoreApplication.translate("AuditModel", "时间"), lambda r: r.at_display,
            "written"),
    _column(lambda: QCoreApplication.translate("AuditModel", "操作人"), lambda r: r.actor),
    _column(lambda: QCoreApplication.translate("AuditModel", "操作"),
            lambda r: action_label(r.action)),
    _column(lambda: QCoreApplication.translate("AuditModel", "数据表"),
            lambda r: table_label(r.table_name)),
    _column(lambda: QCoreApplication.translate("AuditModel", "记录编号"), _record_text),
    _column(lambda: QCoreApplication.translate("AuditModel", "修改前"),
            lambda r: change_texts(r)[0]),
    _column(lambda: QCoreApplication.translate("AuditModel", "修改后"),
            lambda r: change_texts(r)[1]),
    _column(lambda: QCoreApplication.translate("AuditModel", "原因"), lambda r: r.reason or ""),
]
ORDER_COLUMNS = tuple(n for n, column in enumerate(COLUMNS) if column.order_by)


class AuditRows:
    """The audit log, as the signed-in actor may see it, as a lazy model's source."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def search(self, query: AuditQuery) -> list[int]:
        """The matching entry ids (ValidationError for an impossible date range)."""
        return search_ids(self._db, self._actor, query)

    def fetch(self, ids: list[int]) -> Mapping[int, AuditRow]:
        """The entries of these ids."""
        return fetch_rows(self._db, self._actor, ids)

    def reordered(self, query: AuditQuery, order_by: str, descending: bool,
                  ids: list[int]) -> tuple[AuditQuery, list[int] | None]:
        """Newest or oldest first: entry ids are unique, so the other direction is the same
        ids reversed (no need to search a long log again)."""
        reordered = dataclasses.replace(query, newest_first=descending)
        return reordered, (ids[::-1] if reordered != query else ids)


class AuditTableModel(LazyTableModel[AuditQuery, AuditRow]):
    """Audit entries matching an AuditQuery, newest first by default; the user role holds
    the entry's id."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(COLUMNS, AuditRows(db, actor), AuditQuery(), parent,
                         key=lambda r: r.id)

    def entry_id(self, row: int) -> int | None:
        """The audit entry shown on this row."""
        return self.row_id(row)
