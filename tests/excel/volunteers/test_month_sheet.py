"""The monthly workbook's 志愿服务 sheet: present and sealed by the checksum, anonymous (no name,
ID or 志愿北京 number; rows in the order of their figures), its figures equal to 汇总's and to
volunteer_stats, the posts' totals, and printed as a form."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook, meta_checksum
from desktop.excel.volunteers.month_sheet import HEADERS
from desktop.models.db import Database
from desktop.models.volunteers import volunteer_stats
from tests.conftest import save_centre_profile
from tests.models.volunteers.report_support import (
    MAY,
    NAMES,
    TODAY,
    month_of_service,
    post_id,
    shift,
)

SHEET = "志愿服务"
HEADER_ROW = 3


def _export(db: Database, out: Path, month: str = MAY, today: date = TODAY) -> Any:
    export_monthly_workbook(db, month, out, generated_by="staff", today=today)
    return load_workbook(out)


def _table(sheet: Any) -> tuple[list[tuple[Any, ...]], tuple[Any, ...], int]:
    """The volunteer rows, the total row and the row after it."""
    rows: list[tuple[Any, ...]] = []
    for number, row in enumerate(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True),
                                 start=HEADER_ROW + 1):
        if row[0] == "合计":
            return rows, row[:len(HEADERS)], number + 1
        rows.append(row[:len(HEADERS)])
    raise AssertionError("no total row")


def test_the_sheet_is_in_the_workbook_and_its_checksum(db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    month_of_service(db)
    workbook = _export(db, tmp_path / "m.xlsx")
    assert workbook.sheetnames.index(SHEET) == workbook.sheetnames.index("日间照料") + 1
    assert workbook.sheetnames.index(SHEET) < workbook.sheetnames.index("校验")
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert SHEET in str(meta["hashed_sheets"]).split(",")
    assert meta["rows.志愿服务"] == 3
    assert meta_checksum(workbook, meta) == meta["sha256"]
    sheet = workbook[SHEET]
    assert sheet["A1"].value == "测试温馨家园（XC-T-01）2024年5月工作报表：志愿服务"
    assert "本月参加服务 2 人，其中首次 1 人" in sheet["A2"].value
    assert [c.value for c in sheet[HEADER_ROW]][:len(HEADERS)] == HEADERS


def test_the_figures_equal_the_summary_and_the_statistics(db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    month_of_service(db)
    stats = volunteer_stats.month_stats(db, MAY)
    workbook = _export(db, tmp_path / "m.xlsx")
    rows, total, after = _table(workbook[SHEET])
    # 赵: 5 h on 2 days, 7 h so far, 1 shift; 钱: 4 h, new, 2 sign-ups with a no-show;
    # 孙: excused from a shift, no service.
    assert rows == [(1, 5, 2, 7, 0, 1, 0, 0), (2, 4, 1, 4, 0, 2, 1, 1),
                    (3, 0, 0, 0, 0, 1, 0, 0)]
    assert total == ("合计", 9, 3, None, None, 4, 1, 1)
    summary = {r[6]: r[2] for r in workbook["汇总"].iter_rows(min_row=4, values_only=True)
               if r[6]}
    assert (summary["volunteers.service_hours"], summary["volunteers.signups"],
            summary["volunteers.no_shows"], summary["volunteers.new"]) == (
        total[1], total[5], total[6], total[7])
    blocks = [row[:8] for row in workbook[SHEET].iter_rows(min_row=after, values_only=True)
              if any(row)]
    assert blocks[0][0] == "岗位" and blocks[0][2:] == (
        "服务时长\n（小时）", "班次\n（次）", "名额\n（人次）", "报名\n（人次）", "满员率\n（%）",
        "未到\n（人次）")
    posts = {row[0]: row[2:] for row in blocks[1:]}
    assert posts["助餐"] == (5, 2, 5, 3, 60, 1)
    assert posts["手工坊指导"] == (4, 1, 2, 1, 50, 0)
    assert posts["义卖"] == (0, 0, 0, 0, None, 0)
    assert posts["合计"] == (stats.hours, stats.shifts, stats.places, stats.signups, 57,
                           stats.no_shows)
    assert len(posts) == len(stats.by_post) + 1


def test_no_name_or_identifier_and_rows_ordered_by_their_figures(
        db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    month_of_service(db)
    workbook = _export(db, tmp_path / "before.xlsx")
    texts = {str(v) for row in workbook[SHEET].iter_rows(values_only=True) for v in row if v}
    for name, id_number in db.query("SELECT name, id_number FROM person"):
        assert not any(name in text or id_number[-4:] in text for text in texts), name
    numbers = {str(r[0]) for r in db.query("SELECT volunteer_number FROM volunteer")}
    assert not texts & numbers and not set(NAMES) & texts
    # Renamed people leave the sheet as it was.
    with db.transaction():
        db.execute("UPDATE person SET name = '志愿者' || printf('%05d', 100000 - id),"
                   " name_sort = printf('%05d', 100000 - id)")
    after = _export(db, tmp_path / "after.xlsx")
    assert list(after[SHEET].iter_rows(values_only=True)) == \
        list(workbook[SHEET].iter_rows(values_only=True))


def test_a_shift_later_this_month_is_not_on_the_sheet_yet(db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    meals = post_id(db)
    shift(db, "2024-06-03", meals, 2)
    shift(db, "2024-06-25", meals, 3)
    workbook = _export(db, tmp_path / "june.xlsx", "2024-06", TODAY)
    _rows, _total, after = _table(workbook[SHEET])
    posts = {row[0]: row[2:8] for row in workbook[SHEET].iter_rows(min_row=after + 1,
                                                                  values_only=True) if row[0]}
    assert posts["助餐"][:3] == (0, 1, 2)
    summary = {r[6]: r[2] for r in workbook["汇总"].iter_rows(min_row=4, values_only=True)
               if r[6]}
    assert summary["volunteers.shifts"] == posts["合计"][1] == 1


def test_a_month_without_volunteer_service(db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    workbook = _export(db, tmp_path / "m.xlsx")
    rows, total, _after = _table(workbook[SHEET])
    assert rows == [] and total == ("合计", 0, 0, None, None, 0, 0, 0)
    assert "本月参加服务 0 人" in workbook[SHEET]["A2"].value


def test_the_sheet_prints_as_a_form(db: Database, tmp_path: Path) -> None:
    save_centre_profile(db)
    month_of_service(db)
    sheet = _export(db, tmp_path / "m.xlsx")[SHEET]
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.oddHeader.center.text == f"测试温馨家园 {MAY} {SHEET}"
    assert sheet.freeze_panes == "A4"
    widths = sum((sheet.column_dimensions[c].width or 8.43) * 6.75 + 3.8 for c in "ABCDEFGH")
    usable = 595.3 - 72 * (sheet.page_margins.left + sheet.page_margins.right)
    assert widths <= usable
    assert sheet.cell(row=HEADER_ROW + 1, column=2).number_format == "0.00"
