"""Month close (报送关账): exports, submissions, closing and reopening a month.

After the monthly workbook is exported (logged in two steps:
``desktop.models.reporting.export_log``), staff submit it: the exported file is read again
and, only when its bytes still have the logged SHA-256, the submission is logged with its
name, place and hash, and the month is closed — its dated records (sign-ins, activities,
participants) become read-only for everyone. An administrator may reopen it with a reason;
the next export then carries the next revision and lists the changes since the previous
submission (:mod:`desktop.models.reporting.month_changes`).

Revisions: a month's first export is v1 and stays v1 (overwriting) until it is submitted; a closed
month re-exports as the submitted revision (only with the submitted data, and never over an
existing file: ``desktop.excel.reporting.monthly_workbook.export_monthly_workbook``); after a
reopen the next export is v(n + 1).

Every write path of dated records calls :func:`ensure_month_open`; triggers added by schema v5
refuse what slips past (``desktop.models.migrations.v005_month_close``). People edits that would
change a closed month's people figures (its register, who joined or left) are refused by
``desktop.models.people.people`` (the rule: ``desktop.models.people.register``), with
:func:`register_closed_message`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.attendance.attendance_month import normalise_month
from desktop.models.clock import now_iso
from desktop.models.db import Database
from desktop.models.errors import ValidationError, WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.reporting.export_log import (
    audit_head,
    begin_export,
    confirm_export,
    file_sha256_or_none,
    settle_pending_exports,
)
from desktop.models.reporting.month_changes import changes_between
from desktop.models.text_input import clean_line

REASON_MAX = 200


class MonthClosedError(WarmHomeError):
    """A write to a record dated in a closed (submitted) month."""


def closed_message(month: str) -> str:
    """The one-line explanation shown when a closed month's record would change."""
    return Message(
        QT_TRANSLATE_NOOP("Messages", "{month} 已报送关账，记录只读；如需修改请管理员重新开账"),
        month=month,
    )


def register_closed_message(months: list[str]) -> str:
    """The explanation when a people edit would change closed months' people figures."""
    which = (
        Message(QT_TRANSLATE_NOOP("Messages", "该月"))
        if len(months) == 1
        else Message(QT_TRANSLATE_NOOP("Messages", "这些月份"))
    )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{months} 已报送关账，这样修改会改变{which}报表中的会员人数（在册、"
            "新入会或离会），未保存；如需修改请管理员重新开账",
        ),
        months="、".join(months),
        which=which,
    )


@dataclass(frozen=True)
class ExportRecord:
    """One export of a month's workbook: which revision, the file and its hashes
    (``data_sha256`` is the content checksum: the hashed sheets alone, docs/workbook.md).
    ``file_path`` is where it was written (None for exports logged before schema v7)."""

    month: str
    revision: int
    file_name: str
    file_sha256: str
    data_sha256: str
    exported_at: str
    exported_by: str
    file_path: str | None = None


@dataclass(frozen=True)
class Submission:
    """One submission (报送): the exported file that was sent (its hash as read when it
    was submitted), when and by whom."""

    month: str
    revision: int
    file_name: str
    file_sha256: str
    data_sha256: str
    submitted_at: str
    submitted_by: str
    file_path: str | None = None


@dataclass
class MonthStatus:
    """Where a month stands. ``revision`` is the revision the NEXT export will carry;
    ``submissions`` are newest first; the reopen fields describe the latest reopen."""

    month: str
    closed: bool
    revision: int
    last_export: ExportRecord | None = None
    submissions: list[Submission] = field(default_factory=list)
    reopened_reason: str | None = None
    reopened_at: str | None = None
    reopened_by: str | None = None
    closed_at: str | None = None
    closed_by: str | None = None


def _month(text: str) -> str:
    """A well-formed YYYY-MM (ValidationError otherwise)."""
    return normalise_month(text)


def is_closed(db_or_conn: Database | sqlite3.Connection, month: str) -> bool:
    """Whether the month (YYYY-MM) is closed (read through the gateway, or through the
    connection a migration is given)."""
    sql, params = "SELECT closed FROM month_state WHERE month = ?", (month,)
    row = (db_or_conn.query_one(sql, params) if isinstance(db_or_conn, Database)
           else db_or_conn.execute(sql, params).fetchone())
    return bool(row and row[0])


def ensure_month_open(db_or_conn: Database | sqlite3.Connection, day_or_month: str) -> None:
    """Raise MonthClosedError when the month of ``day_or_month`` (YYYY-MM-DD or YYYY-MM) is
    closed; call it before every write of a dated record, inside the write's transaction."""
    month = (day_or_month or "")[:7]
    if is_closed(db_or_conn, month):
        raise MonthClosedError(closed_message(month))


# -- reading ------------------------------------------------------------------------------------
_REPORT_COLUMNS = "month, revision, file_name, file_path, file_sha256, data_sha256, at, by"


def _export(row: sqlite3.Row) -> ExportRecord:
    return ExportRecord(month=row["month"], revision=int(row["revision"]),
                        file_name=row["file_name"], file_sha256=row["file_sha256"],
                        data_sha256=row["data_sha256"], exported_at=row["at"],
                        exported_by=row["by"], file_path=row["file_path"])


def _submission(row: sqlite3.Row) -> Submission:
    return Submission(month=row["month"], revision=int(row["revision"]),
                      file_name=row["file_name"], file_sha256=row["file_sha256"],
                      data_sha256=row["data_sha256"], submitted_at=row["at"],
                      submitted_by=row["by"], file_path=row["file_path"])


def submissions(db: Database, month: str | None = None) -> list[Submission]:
    """The submission log, newest first; only one month's when ``month`` is given."""
    sql = f"SELECT {_REPORT_COLUMNS} FROM month_report WHERE kind = 'submission'"
    params: list[str] = []
    if month is not None:
        sql += " AND month = ?"
        params.append(_month(month))
    return [_submission(r) for r in db.query(sql + " ORDER BY id DESC", params)]


def _last_export_row(db: Database, month: str, revision: int | None = None) -> sqlite3.Row | None:
    sql = f"SELECT id, audit_id, {_REPORT_COLUMNS} FROM month_report" \
          " WHERE kind = 'export' AND month = ?"
    params: list[object] = [month]
    if revision is not None:
        sql += " AND revision = ?"
        params.append(revision)
    return db.query_one(sql + " ORDER BY id DESC LIMIT 1", params)


def month_status(db: Database, month: str) -> MonthStatus:
    """The month's state, its next export revision, last export, submissions and last reopen."""
    month = _month(month)
    state = db.query_one("SELECT * FROM month_state WHERE month = ?", (month,))
    sent = submissions(db, month)
    closed = bool(state and state["closed"])
    submitted = sent[0].revision if sent else 0
    last = _last_export_row(db, month)
    return MonthStatus(
        month=month, closed=closed, revision=submitted if closed else submitted + 1,
        last_export=_export(last) if last else None, submissions=sent,
        reopened_reason=state["reopen_reason"] if state else None,
        reopened_at=state["reopened_at"] if state else None,
        reopened_by=state["reopened_by"] if state else None,
        closed_at=state["closed_at"] if state and closed else None,
        closed_by=state["closed_by"] if state and closed else None)


def previous_submission_audit_id(db: Database, month: str, revision: int) -> int:
    """Where the changes shown in revision ``revision``'s 变更 sheet begin: the audit id at
    the latest submission of an earlier revision (0 when none was recorded)."""
    value = db.scalar("SELECT audit_id FROM month_report WHERE kind = 'submission'"
                      " AND month = ? AND revision < ? ORDER BY id DESC LIMIT 1",
                      (month, revision))
    return int(value or 0)


def submission_audit_id(db: Database, month: str, revision: int) -> int | None:
    """The audit id at which revision ``revision`` was submitted (None: not submitted)."""
    value = db.scalar("SELECT audit_id FROM month_report WHERE kind = 'submission'"
                      " AND month = ? AND revision = ? ORDER BY id DESC LIMIT 1",
                      (month, revision))
    return None if value is None else int(value)


def _state_id(db: Database, month: str) -> int:
    db.execute("INSERT INTO month_state (month) VALUES (?) ON CONFLICT (month) DO NOTHING",
               (month,))
    return int(db.scalar("SELECT id FROM month_state WHERE month = ?", (month,)))


# -- writing ------------------------------------------------------------------------------------
def record_export(db: Database, month: str, *, revision: int, path: str | Path,
                  file_sha256: str, data_sha256: str, actor: Actor) -> None:
    """Log an export of the month's workbook whose file is already in place at ``path``: its
    revision, where it is, the SHA-256 of its bytes and the workbook's data checksum (_meta).
    (The monthly export itself logs in two steps around the rename: ``export_log``.)"""
    month = _month(month)
    with db.transaction():
        # audit_id: the log's head before this export's own entry, so "changed since this
        # export" means audit entries with a larger id.
        attempt = begin_export(db, month, revision=revision, path=path,
                               file_sha256=file_sha256, data_sha256=data_sha256,
                               audit_id=audit_head(db), by=actor.username)
        confirm_export(db, attempt, by=actor.username)


def _submitted_file(month: str, export: sqlite3.Row) -> tuple[Path, str]:
    """The exported file about to be submitted and the SHA-256 of its bytes as they are now;
    ValidationError when it is not there or no longer what was exported."""
    revision = export["revision"]
    if not export["file_path"]:
        raise ValidationError(
            {
                "month": Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{month} 第 {revision} 版是用旧版本软件导出的，"
                        "没有记录文件位置；请重新导出后再报送",
                    ),
                    month=month,
                    revision=revision,
                )
            }
        )
    path = Path(export["file_path"])
    digest = file_sha256_or_none(path)
    if digest is None:
        raise ValidationError(
            {
                "month": Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "找不到导出的文件 {path}，未报送：报送前请不要移动、"
                        "改名或删除它；请把它放回原处，或重新导出后再报送",
                    ),
                    path=path,
                )
            }
        )
    if digest != export["file_sha256"]:
        raise ValidationError(
            {
                "month": Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "文件 {path} 与导出时不同（SHA-256 不一致，"
                        "可能在 Excel 中打开后保存过或被替换了），未报送；请重新导出后再报送",
                    ),
                    path=path,
                )
            }
        )
    return path, digest


def close_month(db: Database, month: str, *, actor: Actor,
                today: date | None = None) -> Submission:
    """Submit the month: log the export of the current revision as sent and close the month.

    Refused (ValidationError / MonthClosedError) for a month that has not ended yet, a month
    already closed, a month whose current revision was not exported, when its records
    changed after that export (the file would not show them), and when the exported file is
    missing or its bytes are no longer those exported (the hash recorded is that of the file
    read now). Exports an interrupted export left pending are settled first.
    """
    actor.require(Permission.CLOSE_MONTH)
    month = _month(month)
    current = (today or db.clock.today()).strftime("%Y-%m")
    if month > current:
        raise ValidationError(
            {
                "month": Message(
                    QT_TRANSLATE_NOOP("Messages", "{month} 还没有到，不能报送"), month=month
                )
            }
        )
    if month == current:
        raise ValidationError(
            {
                "month": Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{month} 是本月，还没有结束；月底之后才能报送关账"
                    ),
                    month=month,
                )
            }
        )
    settle_pending_exports(db, by=actor.username, month=month)
    with db.transaction():
        status = month_status(db, month)
        if status.closed:
            raise MonthClosedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{month} 已经报送关账（第 {revision} 版），不能重复报送"
                    ),
                    month=month,
                    revision=status.revision,
                )
            )
        export = _last_export_row(db, month, status.revision)
        if export is None:
            raise ValidationError(
                {
                    "month": Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "先导出本月报表再报送（{month} 第 {revision} 版还没有导出）"
                        ),
                        month=month,
                        revision=status.revision,
                    )
                }
            )
        # Only the month's records count: the export's own log entry, exports and closes of
        # other months, and edits of other months do not make this export stale.
        changed = changes_between(db, month, int(export["audit_id"] or 0))
        if changed:
            raise ValidationError(
                {
                    "month": Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "导出之后 {month} 的记录又有 {count} 处修改，请重新导出再报送",
                        ),
                        month=month,
                        count=len(changed),
                    )
                }
            )
        path, digest = _submitted_file(month, export)
        head = audit_head(db)
        stamp = now_iso(db.clock)
        state_id = _state_id(db, month)
        db.execute("UPDATE month_state SET closed = 1, closed_at = ?, closed_by = ?"
                   " WHERE id = ?", (stamp, actor.username, state_id))
        db.execute(
            "INSERT INTO month_report (month, kind, revision, file_name, file_path, file_sha256,"
            " data_sha256, at, by, audit_id) VALUES (?, 'submission', ?, ?, ?, ?, ?, ?, ?, ?)",
            (month, status.revision, path.name, str(path), digest, export["data_sha256"],
             stamp, actor.username, head))
        audit.record(db, actor=actor.username, action="close", table="month_state",
                     record_id=state_id, before={"month": month, "closed": False},
                     after={"month": month, "closed": True, "revision": status.revision,
                            "file_name": path.name, "file_sha256": digest})
        return submissions(db, month)[0]


def reopen_month(db: Database, month: str, *, reason: str, actor: Actor) -> None:
    """Reopen a closed month (administrators only), with a reason; its records become
    editable again and the next export carries the next revision."""
    actor.require(Permission.REOPEN_MONTH)
    month = _month(month)
    text = clean_line(reason)
    if not text:
        raise ValidationError(
            {"reason": Message(QT_TRANSLATE_NOOP("Messages", "请填写重新开账的原因"))}
        )
    if len(text) > REASON_MAX:
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("Messages", "原因最多{limit}个字"), limit=REASON_MAX
                )
            }
        )
    with db.transaction():
        if not is_closed(db, month):
            raise ValidationError(
                {
                    "month": Message(
                        QT_TRANSLATE_NOOP("Messages", "{month} 没有报送关账，不需要重新开账"),
                        month=month,
                    )
                }
            )
        stamp = now_iso(db.clock)
        state_id = _state_id(db, month)
        db.execute("UPDATE month_state SET closed = 0, reopened_at = ?, reopened_by = ?,"
                   " reopen_reason = ? WHERE id = ?", (stamp, actor.username, text, state_id))
        audit.record(db, actor=actor.username, action="reopen", table="month_state",
                     record_id=state_id, before={"month": month, "closed": True},
                     after={"month": month, "closed": False}, reason=text)
