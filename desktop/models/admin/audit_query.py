"""Reading the audit log for the audit page and its export (administrators only).

Like the people list: :func:`search_ids` returns the ordered ids of every matching entry in one
SQL statement, :func:`fetch_rows` the entries for a block of ids. Every function requires
Permission.VIEW_AUDIT, because the log shows who did what to whom.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.models.admin import audit_fields
from desktop.models.admin.audit_fields import describe_change
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database, row_as
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message

# Chinese names for the export and the CLI; the UI translates the codes itself.
ACTION_NAMES = {
    "create": "新增",
    "update": "修改",
    "archive": "归档",
    "restore": "恢复",
    "void": "作废",
    "reveal": "查看敏感信息",
    "lock": "锁定账户",
    "password": "修改本人密码",
    "reset_password": "重置密码",
    "disable": "停用账户",
    "enable": "启用账户",
    "role": "更改角色",
    "remove": "移除",
    "export": "导出月报",
    "close": "报送关账",
    "reopen": "重新开账",
    "abandon": "作废中断的导出",
}
_CHUNK = 500


@dataclass
class AuditQuery:
    """Which entries to show: a date range (inclusive), user, table and record, newest first."""

    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None
    table: str | None = None
    record_id: int | None = None
    newest_first: bool = True


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the page and the export show it (values were masked when written)."""

    id: int
    at: str
    actor: str
    action: str
    table_name: str
    record_id: int | None
    before: str | None
    after: str | None
    reason: str | None

    @property
    def action_name(self) -> str:
        """The action in Chinese, or the code when it is not known."""
        return ACTION_NAMES.get(self.action, self.action)

    @property
    def table_display_name(self) -> str:
        """The table in Chinese, or its name when it is not known."""
        return audit_fields.table_names().get(self.table_name, self.table_name)

    @property
    def at_display(self) -> str:
        """The time as ``YYYY-MM-DD HH:MM:SS``."""
        return self.at.replace("T", " ")

    @property
    def before_text(self) -> str:
        """The values before the change in words (``姓名：张三；联系电话：138****5678``); of an
        edit only what it changed."""
        return describe_change(self.before, self.after, table=self.table_name,
                               action=self.action)[0]

    @property
    def after_text(self) -> str:
        """The values after the change in words; of an edit only what it changed."""
        return describe_change(self.before, self.after, table=self.table_name,
                               action=self.action)[1]


def describe_values(stored: str | None) -> str:
    """Turn stored JSON values into ``label：value；…`` (other text is returned as is)."""
    return audit_fields.describe_values(stored)


def _where(query: AuditQuery) -> tuple[str, list[Any]]:
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise ValidationError(
            {"date_to": Message(QT_TRANSLATE_NOOP("Messages", "结束日期不能早于开始日期"))}
        )
    clauses: list[str] = []
    params: list[Any] = []
    # ``at`` is ISO text (YYYY-MM-DDTHH:MM:SS), so text comparison is time order.
    if query.date_from:
        clauses.append("at >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append("at < ?")
        params.append((query.date_to + timedelta(days=1)).isoformat())
    if query.actor:
        clauses.append("actor = ?")
        params.append(query.actor)
    if query.table:
        clauses.append("table_name = ?")
        params.append(query.table)
    if query.record_id is not None:
        clauses.append("record_id = ?")
        params.append(query.record_id)
    return (" AND ".join(clauses) or "1"), params


def search_ids(db: Database, actor: Actor, query: AuditQuery) -> list[int]:
    """The ids of every entry matching ``query``, in display order."""
    actor.require(Permission.VIEW_AUDIT)
    where, params = _where(query)
    direction = "DESC" if query.newest_first else "ASC"
    sql = f"SELECT id FROM audit_log WHERE {where} ORDER BY id {direction}"
    return [r[0] for r in db.iterate(sql, params)]


def fetch_rows(db: Database, actor: Actor, ids: list[int]) -> dict[int, AuditRow]:
    """The entries for these ids (missing ids are simply absent)."""
    actor.require(Permission.VIEW_AUDIT)
    found: dict[int, AuditRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        sql = ("SELECT id, at, actor, action, table_name, record_id, before, after, reason"
               f" FROM audit_log WHERE id IN ({','.join('?' * len(chunk))})")
        for r in db.iterate(sql, chunk):
            found[r["id"]] = row_as(AuditRow, r)
    return found


def iter_entries(db: Database, actor: Actor, query: AuditQuery) -> Iterator[AuditRow]:
    """Every matching entry in display order, fetched a block at a time (for exports)."""
    ids = search_ids(db, actor, query)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        rows = fetch_rows(db, actor, chunk)
        yield from (rows[i] for i in chunk if i in rows)


def list_entries(db: Database, actor: Actor, query: AuditQuery) -> list[AuditRow]:
    """Every matching entry in display order, as one list."""
    return list(iter_entries(db, actor, query))


def actors_in_use(db: Database, actor: Actor) -> list[str]:
    """Every user name that appears in the log, for the user filter."""
    actor.require(Permission.VIEW_AUDIT)
    return [r[0] for r in db.query("SELECT DISTINCT actor FROM audit_log ORDER BY actor")]


def tables_in_use(db: Database, actor: Actor) -> list[str]:
    """Every table name that appears in the log, for the table filter."""
    actor.require(Permission.VIEW_AUDIT)
    return [r[0] for r in db.query(
        "SELECT DISTINCT table_name FROM audit_log ORDER BY table_name")]
