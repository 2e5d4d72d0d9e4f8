"""The audit log checked against the heads its centre's signed workbooks carry
(`warmhome audit verify --anchor`, the 操作日志 page's 核对月报锚点).

Each signed monthly workbook carries the audit chain's head at export (``audit_seq``,
``audit_hash``), and the district keeps the files: a rewrite of the log before the last
submission — an entry changed, removed or inserted and every later hash recomputed, which the
chain check alone cannot see — changes the hash of the anchored entry or removes it. Entries
written after the newest anchor are vouched for only by the chain until the next export,
except that one dated before the anchored entry (a back-dated forgery) is reported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.excel.reporting.consolidation_input import RejectedFile, read_centre_workbook
from desktop.models.admin.signing_keys import all_keys
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message


class AnchorError(WarmHomeError):
    """The workbook cannot serve as an anchor of this centre's log; the message says why."""


@dataclass(frozen=True)
class AnchorCheck:
    """One workbook's anchor against today's log: ``ok`` and what was found."""

    path: Path
    ok: bool
    message: str
    seq: int | None = None


def _refused(path: Path, reason: str) -> AnchorCheck:
    return AnchorCheck(path, False, Message(QT_TRANSLATE_NOOP(
        "Messages", "{file}：不能作为锚点：{reason}"), file=path.name, reason=reason))


def check_anchor(db: Database, path: str | os.PathLike[str]) -> AnchorCheck:
    """Read the workbook at ``path`` (checksum and signature verified, whichever month), make
    sure one of this centre's own keys signed it, and look its anchored head up in the log."""
    file = Path(path)
    try:
        workbook = read_centre_workbook(file, None)
    except RejectedFile as exc:
        return _refused(file, exc.message)
    if not workbook.signing_key or workbook.audit_seq is None:
        return _refused(file, Message(QT_TRANSLATE_NOOP(
            "Messages", "文件没有签名的操作日志锚点（由旧版本导出）")))
    own = {k.public_key for k in all_keys(db)}
    if workbook.signing_key not in own:
        # Another centre's file (or one signed elsewhere) says nothing about this log.
        return _refused(file, Message(QT_TRANSLATE_NOOP(
            "Messages", "这是 {code} {name} 的月报，签名公钥（指纹 {fingerprint}）不是本中心的"
            "；请选择本中心导出的月报"), code=workbook.code, name=workbook.name,
            fingerprint=workbook.key_fingerprint))
    seq, anchored = workbook.audit_seq, workbook.audit_hash
    where = Message(QT_TRANSLATE_NOOP("Messages", "{period} 第 {revision} 版月报"),
                    period=workbook.period, revision=workbook.revision)
    if seq == 0:
        return AnchorCheck(file, True, Message(QT_TRANSLATE_NOOP(
            "Messages", "{file}：{where}导出时操作日志为空"), file=file.name, where=where), 0)
    row = db.query_one("SELECT hash, at FROM audit_log WHERE id = ?", (seq,))
    if row is None:
        return AnchorCheck(file, False, Message(QT_TRANSLATE_NOOP(
            "Messages", "{file}：{where}导出时操作日志有第 {seq} 条记录，现在没有了"
            "：该记录在导出后被删除"), file=file.name, where=where, seq=seq), seq)
    if row["hash"] != anchored:
        return AnchorCheck(file, False, Message(QT_TRANSLATE_NOOP(
            "Messages", "{file}：操作日志第 {seq} 条记录与{where}中锚定的不同"
            "：这条或它之前的记录在导出后被改写（哈希被重新计算过）"),
            file=file.name, where=where, seq=seq), seq)
    # An entry appended after the anchor but dated before it claims a past it was not part
    # of: a back-dated forgery (or a PC clock set back since, which staff can tell).
    early = db.query_one("SELECT id, at FROM audit_log WHERE id > ? AND at < ? ORDER BY id"
                         " LIMIT 1", (seq, row["at"]))
    if early is not None:
        return AnchorCheck(file, False, Message(QT_TRANSLATE_NOOP(
            "Messages", "{file}：操作日志第 {id} 条记录写在{where}锚定的第 {seq} 条之后，"
            "时间（{at}）却更早：可能是事后补写的伪造记录；如电脑时钟曾被调回，请核对"),
            file=file.name, id=early["id"], where=where, seq=seq, at=early["at"]), seq)
    return AnchorCheck(file, True, Message(QT_TRANSLATE_NOOP(
        "Messages", "{file}：{where}锚定的第 {seq} 条记录仍在操作日志中，未被改写"),
        file=file.name, where=where, seq=seq), seq)
