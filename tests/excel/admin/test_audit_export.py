"""Exporting the audit log to .xlsx: real files opened again with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.admin.audit_export import HEADERS, INFO_TITLE, SHEET_TITLE, export_audit
from desktop.excel.workbook_file import ExportError
from desktop.models.admin.audit_query import AuditQuery
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input


@pytest.fixture
def logged_db(db: Database) -> Database:
    """Three people created by staff on 2024-06-01, one archived by admin on 2024-06-02."""
    db.clock = FixedClock(datetime(2024, 6, 1, 9, 0))
    for seq, name in enumerate(("张三", "李四", "王五"), start=1):
        people.create_person(db, make_person_input(
            name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}"),
            actor=STAFF)
    db.clock = FixedClock(datetime(2024, 6, 2, 15, 30))
    people.archive_person(db, 2, "=HYPERLINK(\"http://x\")\x07 迁出", actor=ADMIN)
    return db


def read_sheet(path: Path) -> list[tuple[object, ...]]:
    workbook = load_workbook(path)
    try:
        # Rows 1 and 2 are the title and what was exported; the table starts at row 3.
        return list(workbook[SHEET_TITLE].values)[2:]
    finally:
        workbook.close()


def test_export_writes_headers_rows_and_frozen_header(logged_db: Database,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "操作日志.xlsx"
    count = export_audit(logged_db, ADMIN, AuditQuery(), target)
    assert count == 4
    workbook = load_workbook(target)
    sheet = workbook[SHEET_TITLE]
    assert sheet.freeze_panes == "A4"
    assert str(sheet["A1"].value).endswith("操作日志")
    assert str(sheet["A2"].value).startswith("筛选条件：全部记录；导出时间：")
    assert int(sheet.page_setup.paperSize) == 9 and sheet.print_title_rows == "$3:$3"
    rows = list(sheet.values)[2:]
    assert list(rows[0]) == HEADERS == ["编号", "时间", "操作人", "操作", "数据表", "记录编号",
                                        "修改前", "修改后", "原因"]
    assert all(cell.font.b for cell in sheet[3])
    assert [r[0] for r in rows[1:]] == [4, 3, 2, 1]  # newest first, as on the page
    archived = rows[1]
    # Times are real date-times (they sort and filter as dates).
    assert archived[1:6] == (datetime(2024, 6, 2, 15, 30), "admin", "归档", "人员", 2)
    created = rows[-1]
    assert created[1:6] == (datetime(2024, 6, 1, 9), "staff", "新增", "人员", 1)
    assert "姓名：张三" in str(created[7])
    # Identifiers were masked when the entry was written; the export shows them masked.
    assert make_id_number(seq=1) not in str(created[7])
    assert "110102********" in str(created[7])
    widths = {column: sheet.column_dimensions[column].width for column in "ABCDEFGHI"}
    assert widths["B"] >= 18 and widths["G"] >= 30 and widths["H"] >= 30
    info = dict(list(workbook[INFO_TITLE].values)[1:])
    assert info["导出人"] == "admin" and info["记录数（条）"] == 4
    assert info["筛选条件"] == "全部记录"
    workbook.close()


def test_a_formula_in_a_reason_stays_text(logged_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "a.xlsx"
    export_audit(logged_db, ADMIN, AuditQuery(record_id=2, table="person"), target)
    workbook = load_workbook(target)
    reason_cell = workbook[SHEET_TITLE]["I4"]
    # Text, not a formula Excel would run; the bell character Excel refuses is gone.
    assert reason_cell.data_type == "s"
    assert reason_cell.value == "=HYPERLINK(\"http://x\") 迁出"
    workbook.close()


def test_export_follows_the_filters(logged_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "f.xlsx"
    query = AuditQuery(date_from=date(2024, 6, 1), date_to=date(2024, 6, 1), actor="staff",
                       table="person")
    assert export_audit(logged_db, ADMIN, query, target) == 3
    rows = read_sheet(target)
    assert [r[0] for r in rows[1:]] == [3, 2, 1]
    workbook = load_workbook(target)
    assert dict(list(workbook[INFO_TITLE].values)[1:])["筛选条件"] == (
        "2024-06-01 至 2024-06-01；操作人 staff；数据表 person")
    workbook.close()


def test_an_empty_result_still_gives_a_workbook_with_headers(logged_db: Database,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    assert export_audit(logged_db, ADMIN, AuditQuery(actor="nobody"), target) == 0
    assert read_sheet(target) == [tuple(HEADERS)]


def test_export_replaces_an_existing_file_whole(logged_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"an older export")
    export_audit(logged_db, ADMIN, AuditQuery(), target)
    assert len(read_sheet(target)) == 5
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_failed_export_leaves_no_file(logged_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    # A folder already has the name: the workbook is written, then cannot be moved there.
    (folder / "日志.xlsx").mkdir()
    with pytest.raises(ExportError, match="导出失败") as failed:
        export_audit(logged_db, ADMIN, AuditQuery(), folder / "日志.xlsx")
    assert "文件夹" in failed.value.message
    assert [p.name for p in folder.iterdir()] == ["日志.xlsx"]
    assert not any((folder / "日志.xlsx").iterdir())


def test_an_export_into_a_missing_folder_is_refused(logged_db: Database,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "missing" / "a.xlsx"
    with pytest.raises(ExportError, match="不存在"):
        export_audit(logged_db, ADMIN, AuditQuery(), target)
    assert not target.parent.exists()


def test_staff_may_not_export_the_log(logged_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "staff.xlsx"
    with pytest.raises(PermissionDenied) as refused:
        export_audit(logged_db, STAFF, AuditQuery(), target)
    assert refused.value.message == "“staff”（工作人员）没有权限：查看操作日志"
    assert not target.exists()
