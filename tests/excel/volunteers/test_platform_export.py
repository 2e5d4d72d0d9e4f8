"""The month's service records for 志愿北京: one row per valid service row with the ledger's
minutes, the columns the setting names (an unknown one refused, nothing written), no ID numbers,
and the volunteers without a 志愿北京 number reported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.volunteers import platform_export
from desktop.excel.volunteers.platform_export import COLUMNS_KEY, export_platform
from desktop.excel.workbook_file import ExportError
from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.volunteers import ledger
from desktop.models.volunteers.service_entries import void_service
from tests.conftest import STAFF, make_id_number
from tests.models.volunteers.ledger_support import open_clocked, serve, volunteer


@pytest.fixture
def vdb(tmp_path: Path) -> Iterator[Database]:
    database = open_clocked(tmp_path)
    yield database
    database.close()


def _month(db: Database) -> tuple[int, int]:
    li = volunteer(db, "李华", 1, "BJV2400001")
    wang = volunteer(db, "王芳", 2)
    with db.transaction():
        db.execute("UPDATE volunteer SET volunteer_number = '' WHERE person_id = ?", (wang,))
    serve(db, li, "2024-06-03", 120, post="文体活动", content="带领手工课")
    serve(db, li, "2024-06-04", 90)
    serve(db, wang, "2024-06-04", 45)
    voided = serve(db, wang, "2024-06-05", 240)
    void_service(db, voided, reason="记错了日期", actor=STAFF)
    serve(db, li, "2024-05-31", 60)
    serve(db, li, "2024-07-01", 60)
    return li, wang


def _sheet_rows(path: Path) -> list[list[object]]:
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_rows_are_the_months_valid_service_with_the_ledgers_minutes(
        vdb: Database, tmp_path: Path) -> None:
    _li, wang = _month(vdb)
    out = tmp_path / "志愿北京.xlsx"
    result = export_platform(vdb, STAFF, "2024-06", out)
    rows = _sheet_rows(out)
    assert rows[0] == ["志愿者编号（志愿北京）", "姓名", "服务日期", "服务时长（小时）",
                       "服务岗位", "服务内容"]
    assert rows[1:] == [
        ["BJV2400001", "李华", datetime(2024, 6, 3), 2.0, "文体活动", "带领手工课"],
        ["BJV2400001", "李华", datetime(2024, 6, 4), 1.5, "助餐", "助餐"],
        [None, "王芳", datetime(2024, 6, 4), 0.8, "助餐", "助餐"],
    ]
    by_person = {r.person_id: r.minutes for r in ledger.month_ledger(vdb, "2024-06", actor=STAFF)}
    exported: dict[int, int] = {}
    for record in result.records:
        exported[record.person_id] = exported.get(record.person_id, 0) + record.minutes
    assert exported == {p: m for p, m in by_person.items() if m}
    assert result.minutes == sum(by_person.values()) == 255
    assert [(m.person_id, m.name) for m in result.missing_numbers] == [(wang, "王芳")]
    sheet = load_workbook(out).active
    assert sheet is not None
    assert (sheet["C2"].number_format, sheet["D2"].number_format) == ("yyyy-mm-dd", "0.0")
    assert sheet.print_title_rows == "$1:$1" and int(sheet.page_setup.paperSize) == 9
    text = repr(rows)
    assert make_id_number(seq=1) not in text and make_id_number(seq=2) not in text


def test_columns_follow_the_setting(vdb: Database, tmp_path: Path) -> None:
    _month(vdb)
    with vdb.transaction():
        centre.set_setting(vdb, COLUMNS_KEY, "name, hours，number")
    out = tmp_path / "out.xlsx"
    result = export_platform(vdb, STAFF, "2024-06", out)
    rows = _sheet_rows(out)
    assert result.columns == ("name", "hours", "number")
    assert rows[0] == ["姓名", "服务时长（小时）", "志愿者编号（志愿北京）"]
    assert rows[1] == ["李华", 2.0, "BJV2400001"]


def test_the_default_layout_is_documented() -> None:
    doc = platform_export.__doc__ or ""
    assert platform_export.DEFAULT_COLUMNS in doc
    assert all(f"``{key}``" in doc for key in platform_export.FIELDS)
    domain = Path(__file__).resolve().parents[3] / "docs" / "domain.md"
    assert platform_export.DEFAULT_COLUMNS in domain.read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", ["name,phone,hours", "name,name"])
def test_a_bad_column_setting_is_refused_and_nothing_written(
        vdb: Database, tmp_path: Path, setting: str) -> None:
    _month(vdb)
    with vdb.transaction():
        centre.set_setting(vdb, COLUMNS_KEY, setting)
    out = tmp_path / "out.xlsx"
    with pytest.raises(ValidationError) as refused:
        export_platform(vdb, STAFF, "2024-06", out)
    message = str(refused.value.message)
    assert COLUMNS_KEY in message
    if "phone" in setting:
        assert "列“phone”不认识" in message and "number、name、date" in message
    else:
        assert "重复" in message
    assert not out.exists()
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*.partial"))


def test_a_missing_folder_is_refused(vdb: Database, tmp_path: Path) -> None:
    _month(vdb)
    with pytest.raises(ExportError) as refused:
        export_platform(vdb, STAFF, "2024-06", tmp_path / "nowhere" / "x.xlsx")
    assert "不存在" in str(refused.value.message)
