"""Exporting the month matrix to .xlsx: real files opened again with openpyxl."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.attendance.attendance_export import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    INFO_TITLE,
    SHEET_TITLE,
    WEEKDAY_ROW,
    ExportError,
    export_month,
)
from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from tests.conftest import STAFF, make_id_number, make_person_input

NOW = datetime(2024, 7, 1, 8, 0)


@pytest.fixture
def june(db: Database) -> Database:
    """Three members in June 2024: 张三 3 days, 李四 (职康站) 1 day, 王五 none."""
    centre.save_profile(db, CentreProfile(name="西长安街温馨家园", code="XC-01"), actor=STAFF)
    ids = {}
    for seq, (name, programmes) in enumerate((("张三", ["温馨家园"]),
                                              ("李四", ["温馨家园", "职康站"]),
                                              ("王五", ["温馨家园"])), start=1):
        ids[name] = people.create_person(db, make_person_input(
            name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}",
            programmes=programmes), actor=STAFF)
    for name, days in (("张三", (3, 4, 5)), ("李四", (3,))):
        for day in days:
            attendance.staff_sign_in(db, ids[name], datetime(2024, 6, day, 9), actor=STAFF,
                                     reason="补签", now=NOW)
    voided = attendance.staff_sign_in(db, ids["王五"], datetime(2024, 6, 4, 9), actor=STAFF,
                                      reason="补签", now=NOW)
    attendance.void_sign_in(db, voided, actor=STAFF, reason="签错")
    return db


def test_export_writes_the_matrix_with_headers_totals_and_frozen_panes(
        june: Database, tmp_path: Path) -> None:
    target = tmp_path / "考勤-2024-06.xlsx"
    result = export_month(june, "2024-06", None, target, actor=STAFF)
    assert (result.members, result.sign_ins) == (3, 4)
    workbook = load_workbook(target)
    sheet = workbook[SHEET_TITLE]
    assert sheet.freeze_panes == "D4"
    assert sheet["A1"].value == "西长安街温馨家园2024年6月考勤（全部项目）"
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[HEADER_ROW - 1]
    assert header[:3] == ("序号", "姓名", "卡号")
    assert list(header[3:33]) == list(range(1, 31))
    assert header[33] == "出勤天数"
    assert rows[WEEKDAY_ROW - 1][3:10] == ("六", "日", "一", "二", "三", "四", "五")
    members = rows[FIRST_DATA_ROW - 1:FIRST_DATA_ROW + 2]
    # Pinyin order; ✓ on the days they came; the voided sign-in of 王五 not counted.
    assert [m[:3] for m in members] == [(1, "李四", "WH000002"), (2, "王五", "WH000003"),
                                        (3, "张三", "WH000001")]
    assert [m[33] for m in members] == [1, 0, 3]
    zhang = members[2]
    assert zhang[3:9] == (None, None, "✓", "✓", "✓", None)
    assert members[1][6] is None
    totals = rows[FIRST_DATA_ROW + 2]
    assert totals[1] == "合计"
    assert totals[3:9] == (0, 0, 2, 1, 1, 0)
    assert totals[33] == 4
    assert all(cell.font.b for cell in sheet[HEADER_ROW] if cell.value is not None)
    # Printed in two bands of days at full size, the member columns repeated; the sign-off
    # line under the table; page header and numbers.
    assert sheet.column_dimensions["D"].width == 3.6
    assert [b.id for b in sheet.col_breaks.brk] == [19]
    assert sheet.print_title_cols == "$A:$C" and sheet.page_setup.scale == 100
    assert sheet.oddHeader.center.text == "西长安街温馨家园 2024年6月 考勤月表"
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"
    assert [v for r in rows[FIRST_DATA_ROW + 3:] for v in r if v] == [
        "制表人（签字）：", "审核人（签字）："]
    info = {r[0]: r[1] for r in workbook[INFO_TITLE].iter_rows(min_row=2, values_only=True)}
    assert info["月份"] == "2024-06" and info["服务项目"] == "全部项目"
    assert info["签到人次（人次）"] == 4 and info["导出人"] == "staff"
    workbook.close()


def test_export_of_one_programme(june: Database, tmp_path: Path) -> None:
    target = tmp_path / "rehab.xlsx"
    result = export_month(june, "2024-06", "职康站", target, actor=STAFF)
    assert (result.members, result.sign_ins) == (1, 1)
    workbook = load_workbook(target)
    rows = list(workbook[SHEET_TITLE].iter_rows(values_only=True))
    assert rows[0][0] == "西长安街温馨家园2024年6月考勤（职康站）"
    assert rows[FIRST_DATA_ROW - 1][1] == "李四"
    assert rows[FIRST_DATA_ROW][1] == "合计" and rows[FIRST_DATA_ROW][33] == 1
    workbook.close()


def test_export_to_a_missing_folder_leaves_nothing(june: Database, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.xlsx"
    with pytest.raises(ExportError, match="不存在"):
        export_month(june, "2024-06", None, target, actor=STAFF)
    assert not target.exists()


def test_failed_export_keeps_the_existing_file(june: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"old")

    def broken_replace(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.excel.workbook_file.os.replace", broken_replace)
    with pytest.raises(ExportError, match="未生成文件"):
        export_month(june, "2024-06", None, target, actor=STAFF)
    assert target.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_malformed_month_writes_nothing(june: Database, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError):
        export_month(june, "2024-13", None, target, actor=STAFF)
    assert not target.exists()


def test_a_name_like_a_formula_stays_text(db: Database, tmp_path: Path) -> None:
    pid = people.create_person(db, make_person_input(name="=SUM"), actor=STAFF)
    attendance.staff_sign_in(db, pid, datetime(2024, 6, 3, 9), actor=STAFF, reason="补签",
                             now=NOW)
    target = tmp_path / "x.xlsx"
    export_month(db, "2024-06", None, target, actor=STAFF)
    workbook = load_workbook(target)
    cell = workbook[SHEET_TITLE].cell(row=FIRST_DATA_ROW, column=2)
    assert (cell.value, cell.data_type) == ("=SUM", "s")
    workbook.close()
