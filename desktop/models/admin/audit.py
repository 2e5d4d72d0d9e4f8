"""The audit log: who changed what, when, before and after (sensitive values masked).

Writes happen inside the caller's transaction, so a change and its audit entry commit together.
Entries are append-only (triggers refuse UPDATE and DELETE) and chained: each entry's hash
covers its values and the previous entry's hash, so :func:`verify` finds the first entry that
was changed, removed or reordered even when someone bypassed the triggers.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.models.admin.audit_chain import GENESIS_HASH, entry_hash
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.people.identity import mask_id, mask_phone

# Fields whose values never reach the log in clear (PIPL: sensitive personal information).
_MASKERS = {
    "id_number": mask_id,
    "cert_number": mask_id,
    "phone": mask_phone,
    "emergency_phone": mask_phone,
}
_HIDDEN = {"address", "photo", "image", "search_text", "id_text"}


def _masked(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key in _HIDDEN:
            clean[key] = "***" if value else value
        elif key in _MASKERS and isinstance(value, str):
            clean[key] = _MASKERS[key](value)
        else:
            clean[key] = value
    return json.dumps(clean, ensure_ascii=False, sort_keys=True, default=str)


def record(
    db: Database,
    *,
    actor: str,
    action: str,
    table: str,
    record_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    """Append one chained entry; call inside the transaction that makes the change."""
    if not db.in_transaction:
        raise RuntimeError("audit.record must run inside the transaction that makes the change")
    # Read inside the writer's transaction (BEGIN IMMEDIATE): no other writer can append
    # between this read and the insert, so the link and the id stay right.
    last = db.query_one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    values: dict[str, Any] = {
        "id": 1 if last is None else int(last["id"]) + 1,
        "at": now_iso(db.clock),
        "actor": actor,
        "action": action,
        "table_name": table,
        "record_id": record_id,
        "before": _masked(before),
        "after": _masked(after),
        "reason": reason,
        "prev_hash": GENESIS_HASH if last is None else last["hash"],
    }
    values["hash"] = entry_hash(values)
    db.execute(
        "INSERT INTO audit_log (id, at, actor, action, table_name, record_id, before, after,"
        " reason, prev_hash, hash) VALUES (:id, :at, :actor, :action, :table_name, :record_id,"
        " :before, :after, :reason, :prev_hash, :hash)",
        values,
    )


def entries_for(db: Database, table: str, record_id: int) -> list[dict[str, Any]]:
    """Every entry about one record, oldest first."""
    rows = db.query(
        "SELECT at, actor, action, before, after, reason FROM audit_log"
        " WHERE table_name = ? AND record_id = ? ORDER BY id",
        (table, record_id),
    )
    return [dict(row) for row in rows]


# -- verification -------------------------------------------------------------------------------

class Problem(StrEnum):
    """What verification found wrong with the log."""

    CHANGED = "changed"
    REMOVED = "removed"
    REORDERED = "reordered"
    ADDED = "added"
    UNPROTECTED = "unprotected"


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of :func:`verify`: ``ok``, how many entries were read, and the first problem.

    ``entry_id`` names the first entry that was changed, removed, reordered or added (None when
    the problem is not about one entry); ``message`` explains it in one line.
    """

    ok: bool
    checked: int
    message: str
    problem: Problem | None = None
    entry_id: int | None = None


# Dropping any of these is tampering in itself, even if no entry was touched yet.
PROTECTING_TRIGGERS = (
    "audit_log_append_only_insert", "audit_log_append_only_update",
    "audit_log_append_only_delete", "audit_log_moves_head", "audit_head_only_forward",
    "audit_head_no_delete",
)

_ENTRY_COLUMNS = ("id, at, actor, action, table_name, record_id, before, after, reason,"
                  " prev_hash, hash")
Finding = tuple[Problem, int | None, str]


def _removed(first: int, last: int, *, at_end: bool = False) -> Finding:
    span = (
        Message(QT_TRANSLATE_NOOP("Messages", "编号 {first}"), first=first)
        if first == last
        else Message(QT_TRANSLATE_NOOP("Messages", "编号 {first}–{last}"), first=first, last=last)
    )
    if at_end:
        return (
            Problem.REMOVED,
            first,
            Message(
                QT_TRANSLATE_NOOP("Messages", "操作日志末尾的记录（{span}）已被删除"), span=span
            ),
        )
    return (
        Problem.REMOVED,
        first,
        Message(QT_TRANSLATE_NOOP("Messages", "操作日志{span} 的记录已被删除"), span=span),
    )


def _check_link(db: Database, row: sqlite3.Row, previous: sqlite3.Row | None,
                content_ok: bool) -> Finding:
    """Explain why ``row`` does not point at the entry stored before it."""
    entry_id = int(row["id"])
    holder = db.scalar("SELECT id FROM audit_log WHERE hash = ? AND id <> ? LIMIT 1",
                       (row["prev_hash"], entry_id))
    if holder is not None and int(holder) > entry_id:
        return (
            Problem.REORDERED,
            entry_id,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "操作日志编号 {entry_id} 的记录顺序被调换过"
                    "（其内容原本接在现编号 {holder} 的记录之后）",
                ),
                entry_id=entry_id,
                holder=holder,
            ),
        )
    if holder is not None and previous is not None:
        # The entry links to an older one: the one stored in between does not belong there.
        prev_id = int(previous["id"])
        return (
            Problem.ADDED,
            prev_id,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "操作日志编号 {prev_id} 的记录不是按顺序写入的（被插入或移动过）"
                ),
                prev_id=prev_id,
            ),
        )
    first_missing = int(previous["id"]) + 1 if previous is not None else 1
    if entry_id > first_missing:
        return _removed(first_missing, entry_id - 1)
    if not content_ok or previous is None:
        return (
            Problem.CHANGED,
            entry_id,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "操作日志编号 {entry_id} 的记录被改动过（内容与哈希不符）"
                ),
                entry_id=entry_id,
            ),
        )
    # This entry is consistent in itself, so its predecessor was edited and re-hashed.
    prev_id = int(previous["id"])
    return (
        Problem.CHANGED,
        prev_id,
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "操作日志编号 {prev_id} 的记录被改动过（与下一条记录的链接不符）"
            ),
            prev_id=prev_id,
        ),
    )


def _check_entry(db: Database, row: sqlite3.Row, previous: sqlite3.Row | None) -> Finding | None:
    expected = GENESIS_HASH if previous is None else previous["hash"]
    content_ok = entry_hash(row) == row["hash"]
    if row["prev_hash"] != expected:
        return _check_link(db, row, previous, content_ok)
    if not content_ok:
        entry_id = int(row["id"])
        return (
            Problem.CHANGED,
            entry_id,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "操作日志编号 {entry_id} 的记录被改动过（内容与哈希不符）"
                ),
                entry_id=entry_id,
            ),
        )
    return None


def _check_head(db: Database, last: sqlite3.Row | None) -> Finding | None:
    """Compare the newest entry with the remembered head: finds entries cut off the end."""
    head = db.query_one("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
    if head is None:
        return (
            Problem.REMOVED,
            None,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "操作日志的链尾标记已被删除，无法确认最新的记录是否完整"
                )
            ),
        )
    last_id = 0 if last is None else int(last["id"])
    last_hash = GENESIS_HASH if last is None else last["hash"]
    head_id = int(head["last_id"])
    if head_id > last_id:
        return _removed(last_id + 1, head_id, at_end=True)
    if head_id < last_id:
        first_added = int(db.scalar("SELECT min(id) FROM audit_log WHERE id > ?", (head_id,)))
        return (
            Problem.ADDED,
            first_added,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "操作日志编号 {first_added} 的记录不是由本软件写入的（在链尾之后被添加）",
                ),
                first_added=first_added,
            ),
        )
    if head["last_hash"] != last_hash:
        return (
            Problem.CHANGED,
            last_id,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "操作日志编号 {last_id} 的记录被改动过（与链尾标记不符）"
                ),
                last_id=last_id,
            ),
        )
    return None


def _missing_triggers(db: Database) -> list[str]:
    present = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [name for name in PROTECTING_TRIGGERS if name not in present]


def verify(db: Database) -> VerifyResult:
    """Check the whole chain, oldest first, and report the first entry that was changed,
    removed, reordered or added behind the software's back; also that the log is still protected.
    """
    checked = 0
    previous: sqlite3.Row | None = None
    finding: Finding | None = None
    with db.read_snapshot():
        for row in db.iterate(f"SELECT {_ENTRY_COLUMNS} FROM audit_log ORDER BY id"):
            checked += 1
            finding = _check_entry(db, row, previous)
            if finding is not None:
                break
            previous = row
        if finding is None:
            finding = _check_head(db, previous)
        missing = _missing_triggers(db)
    if finding is not None:
        problem, entry_id, message = finding
        return VerifyResult(ok=False, checked=checked, message=message, problem=problem,
                            entry_id=entry_id)
    if missing:
        return VerifyResult(
            ok=False,
            checked=checked,
            problem=Problem.UNPROTECTED,
            message=Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "操作日志的只追加保护已被删除（缺少触发器：{triggers}）"
                    "，现有 {checked} 条记录的哈希链未见改动",
                ),
                triggers="、".join(missing),
                checked=checked,
            ),
        )
    return VerifyResult(
        ok=True,
        checked=checked,
        message=Message(
            QT_TRANSLATE_NOOP("Messages", "操作日志完整：共 {checked} 条记录，哈希链校验通过"),
            checked=checked,
        ),
    )
