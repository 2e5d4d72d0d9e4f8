"""The export log in two steps (pending, then confirmed or abandoned) and 报送 reading the
file it submits: every state a crash can leave is settled so that the log and the file agree,
and a file that is gone or changed is never recorded as submitted."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.models import db as db_module
from desktop.models.db import Database, open_database
from desktop.models.errors import ValidationError
from desktop.models.migrations import MIGRATIONS
from desktop.models.reporting import month_close
from desktop.models.reporting.export_log import (
    ABANDONED,
    CONFIRMED,
    PENDING,
    abandon_export,
    audit_head,
    begin_export,
    confirm_export,
    load_attempt,
    pending_attempts,
    settle_pending_exports,
)
from tests.conftest import STAFF, TODAY, log_export

MAY, APRIL = "2024-05", "2024-04"
DATA = "d" * 64
TABLES = ("month_report", "export_attempt", "month_state", "audit_log")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def _begin(db: Database, path: Path, content: bytes, month: str = MAY) -> int:
    """Log a pending export of ``content`` to ``path`` (the file is not touched)."""
    return begin_export(db, month, revision=1, path=path, file_sha256=_sha(content),
                        data_sha256=DATA, audit_id=audit_head(db), by="staff")


def _last_audit(db: Database) -> tuple[Any, ...]:
    row = db.query_one("SELECT actor, action, table_name, reason FROM audit_log"
                       " ORDER BY id DESC LIMIT 1")
    assert row is not None
    return tuple(row)


# -- the two steps ---------------------------------------------------------------------------------
def test_a_pending_export_is_no_export_until_it_is_confirmed(db: Database,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "may.xlsx"
    attempt = _begin(db, target, b"new workbook")
    assert load_attempt(db, attempt).state == PENDING
    # Month status, 报送 and the 变更 sheet read the log: a pending attempt is not in it.
    assert month_close.month_status(db, MAY).last_export is None
    with pytest.raises(ValidationError, match="先导出本月报表再报送"):
        month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
    target.write_bytes(b"new workbook")  # the rename
    report_id = confirm_export(db, attempt, by="staff")
    done = load_attempt(db, attempt)
    assert (done.state, done.report_id) == (CONFIRMED, report_id)
    export = month_close.month_status(db, MAY).last_export
    assert export is not None
    assert (export.file_name, export.file_path, export.file_sha256, export.exported_at,
            export.exported_by) == (target.name, str(target), _sha(b"new workbook"),
                                    done.started_at, "staff")
    assert _last_audit(db) == ("staff", "export", "month_report", None)
    # Confirming twice (this process and another one's settling) logs it once.
    assert confirm_export(db, attempt, by="staff") == report_id
    assert db.scalar("SELECT count(*) FROM month_report") == 1


def test_settling_confirms_an_export_whose_file_is_in_place(db: Database,
                                                           tmp_path: Path) -> None:
    # Killed after the rename, before the confirmation.
    target = tmp_path / "may.xlsx"
    target.write_bytes(b"renamed")
    attempt = _begin(db, target, b"renamed")
    [settled] = settle_pending_exports(db, by="staff")
    assert (settled.id, settled.state) == (attempt, CONFIRMED)
    export = month_close.month_status(db, MAY).last_export
    assert export is not None and export.file_sha256 == _sha(target.read_bytes())
    assert _last_audit(db) == ("staff", "export", "month_report",
                               "导出在记录前中断；文件已生成且校验码一致，补记导出")
    assert pending_attempts(db) == []


@pytest.mark.parametrize(("on_disk", "why"), [
    (None, "文件不存在"),
    (b"the previous export", "文件不是这次导出的内容"),
])
def test_settling_abandons_an_export_whose_file_never_replaced_the_target(
        db: Database, tmp_path: Path, on_disk: bytes | None, why: str) -> None:
    # Killed before the rename: the target is missing or still the previous export.
    target = tmp_path / "may.xlsx"
    if on_disk is not None:
        target = log_export(db, MAY, content=on_disk)
    before = month_close.month_status(db, MAY).last_export
    attempt = _begin(db, target, b"the new export")
    reports = db.scalar("SELECT count(*) FROM month_report")
    [settled] = settle_pending_exports(db)
    assert (settled.id, settled.state) == (attempt, ABANDONED)
    assert db.scalar("SELECT count(*) FROM month_report") == reports
    assert month_close.month_status(db, MAY).last_export == before
    assert _last_audit(db) == ("system", "abandon", "export_attempt",
                               f"导出在替换文件前中断（{why}），作废这次导出")
    # The attempt is kept, with what it would have written.
    assert load_attempt(db, attempt).file_sha256 == _sha(b"the new export")
    if on_disk is not None:
        # The previous export still describes the file: it is what 报送 sends.
        sent = month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
        assert sent.file_sha256 == _sha(on_disk) == _sha(target.read_bytes())


def test_settling_one_month_leaves_the_others(db: Database, tmp_path: Path) -> None:
    may = _begin(db, tmp_path / "may.xlsx", b"may")
    april = _begin(db, tmp_path / "april.xlsx", b"april", month=APRIL)
    assert [a.id for a in settle_pending_exports(db, month=MAY)] == [may]
    assert [a.id for a in pending_attempts(db)] == [april]


def test_an_abandoned_export_is_confirmed_when_its_file_turns_up(db: Database,
                                                                tmp_path: Path) -> None:
    # Another window settled while this export was still between its rename and its log.
    target = tmp_path / "may.xlsx"
    attempt = _begin(db, target, b"slow export")
    settle_pending_exports(db)
    assert load_attempt(db, attempt).state == ABANDONED
    target.write_bytes(b"slow export")
    confirm_export(db, attempt, by="staff")
    assert load_attempt(db, attempt).state == CONFIRMED
    export = month_close.month_status(db, MAY).last_export
    assert export is not None and export.file_sha256 == _sha(b"slow export")
    abandon_export(db, attempt, by="staff", reason="x")  # settled already: nothing changes
    assert load_attempt(db, attempt).state == CONFIRMED


@pytest.mark.parametrize("sql", [
    "DELETE FROM export_attempt WHERE id = ?",
    "UPDATE export_attempt SET file_sha256 = '0000000000000000000000000000000000000000000000000000000000000000' WHERE id = ?",  # noqa: E501
    "UPDATE export_attempt SET file_path = '/elsewhere.xlsx' WHERE id = ?",
    "UPDATE export_attempt SET state = 'pending', settled_at = NULL, report_id = NULL"
    " WHERE id = ?",
])
def test_a_settled_attempt_cannot_be_rewritten_or_removed(db: Database, tmp_path: Path,
                                                          sql: str) -> None:
    target = tmp_path / "may.xlsx"
    target.write_bytes(b"x")
    attempt = _begin(db, target, b"x")
    settle_pending_exports(db)
    before = snapshot(db)
    with pytest.raises(sqlite3.DatabaseError), db.transaction():
        db.execute(sql, (attempt,))
    assert snapshot(db) == before


# -- 报送 reads the file ------------------------------------------------------------------------
def test_submission_records_the_hash_of_the_file_as_it_is_now(db: Database) -> None:
    path = log_export(db, MAY, content=b"exported")
    sent = month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
    assert (sent.file_sha256, sent.file_name, sent.file_path) == \
        (_sha(b"exported"), path.name, str(path))
    close = db.query_one("SELECT after FROM audit_log WHERE action = 'close'")
    assert close is not None and _sha(b"exported") in close[0]


def test_submission_of_a_changed_file_is_refused_and_writes_nothing(db: Database) -> None:
    path = log_export(db, MAY, content=b"exported")
    path.write_bytes(b"opened in Excel and saved")
    before = snapshot(db)
    with pytest.raises(ValidationError) as refused:
        month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
    assert refused.value.fields["month"] == (
        f"文件 {path} 与导出时不同（SHA-256 不一致，可能在 Excel 中打开后保存过或被替换了），"
        "未报送；请重新导出后再报送")
    assert snapshot(db) == before and not month_close.is_closed(db, MAY)
    path.write_bytes(b"exported")  # put back as exported: now it may be submitted
    assert month_close.close_month(db, MAY, actor=STAFF, today=TODAY).file_sha256 == \
        _sha(b"exported")


def test_submission_of_a_missing_file_is_refused_and_writes_nothing(db: Database) -> None:
    path = log_export(db, MAY)
    path.unlink()
    before = snapshot(db)
    with pytest.raises(ValidationError) as refused:
        month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
    assert refused.value.fields["month"] == (
        f"找不到导出的文件 {path}，未报送：报送前请不要移动、改名或删除它；"
        "请把它放回原处，或重新导出后再报送")
    assert snapshot(db) == before and not month_close.is_closed(db, MAY)


def test_submission_settles_an_interrupted_export_first(db: Database, tmp_path: Path) -> None:
    # The previous export is logged; a re-export replaced the file and was killed before
    # its log entry. 报送 must submit the file that is there, with its hash.
    path = log_export(db, MAY, content=b"first export")
    path.write_bytes(b"second export")
    _begin(db, path, b"second export")
    sent = month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
    assert sent.file_sha256 == _sha(b"second export")
    assert pending_attempts(db) == []


# -- migrating a version 6 database ---------------------------------------------------------------
def _v6_database(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database at schema v6 with April submitted and May exported (no file location)."""
    with monkeypatch.context() as patch:
        patch.setattr(db_module, "MIGRATIONS", MIGRATIONS[:6])
        patch.setattr(db_module, "SCHEMA_VERSION", 6)
        with open_database(path) as old, old.transaction():
            for month, kind in ((APRIL, "export"), (APRIL, "submission"), (MAY, "export")):
                old.execute(
                    "INSERT INTO month_report (month, kind, revision, file_name, file_sha256,"
                    " data_sha256, at, by, audit_id) VALUES (?, ?, 1, ?, ?, ?,"
                    " '2024-06-01T09:00:00', 'staff', 0)",
                    (month, kind, f"{month}_v1.xlsx", "a" * 64, "b" * 64))
            old.execute("INSERT INTO month_state (month, closed, closed_at, closed_by)"
                        " VALUES (?, 1, '2024-06-01T09:00:00', 'staff')", (APRIL,))
            assert old.schema_version == 6


def test_migrating_a_v6_database_keeps_its_log_and_asks_for_a_new_export(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v6.db"
    _v6_database(path, monkeypatch)
    with open_database(path) as db:
        assert db.schema_version == len(MIGRATIONS) >= 7
        assert db.integrity_problems() == []
        status = month_close.month_status(db, APRIL)
        assert status.closed and [s.file_name for s in status.submissions] == ["2024-04_v1.xlsx"]
        assert status.submissions[0].file_path is None
        assert db.scalar("SELECT count(*) FROM export_attempt") == 0
        # May's export was logged without its place: 报送 cannot check the file, so it asks
        # for a new export, and writes nothing.
        before = snapshot(db)
        with pytest.raises(ValidationError, match="第 1 版是用旧版本软件导出的，没有记录文件位置"):
            month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
        assert snapshot(db) == before
        log_export(db, MAY, content=b"exported again")
        sent = month_close.close_month(db, MAY, actor=STAFF, today=TODAY)
        assert sent.file_sha256 == _sha(b"exported again")
