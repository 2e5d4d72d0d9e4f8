"""The monthly workbook's 日间照料 sheet: present and sealed by the checksum, anonymous (no
name, card or ID; rows in the order of their figures), its figures equal to care_stats, the
purchased services per contract and the incidents by severity, and printed as a form."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from desktop.excel.care.month_sheet import HEADERS, write_care
from desktop.excel.reporting.monthly_workbook import export_monthly_workbook, meta_checksum
from desktop.models.care import care_stats
from desktop.models.db import Database
from tests.care_records import month_of_care
from tests.care_support import NAMES

TODAY = date(2024, 6, 10)
MONTH = "2024-05"
SHEET = "日间照料"
HEADER_ROW = 3


def _export(db: Database, out: Path) -> Any:
    export_monthly_workbook(db, MONTH, out, generated_by="staff", today=TODAY)
    return load_workbook(out)


def _table(sheet: Any) -> tuple[list[tuple[Any, ...]], tuple[Any, ...], int]:
    """The member rows, the total row and the row after it."""
    rows: list[tuple[Any, ...]] = []
    for number, row in enumerate(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True),
                                 start=HEADER_ROW + 1):
        if row[0] == "合计":
            return rows, row[:len(HEADERS)], number + 1
        rows.append(row[:len(HEADERS)])
    raise AssertionError("no total row")


def test_the_sheet_is_in_the_workbook_and_its_checksum(db: Database, tmp_path: Path) -> None:
    month_of_care(db)
    workbook = _export(db, tmp_path / "m.xlsx")
    assert workbook.sheetnames.index(SHEET) == workbook.sheetnames.index("补助明细") + 1
    assert workbook.sheetnames.index(SHEET) < workbook.sheetnames.index("校验")
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert SHEET in str(meta["hashed_sheets"]).split(",")
    assert meta["rows.日间照料"] == 3
    assert meta_checksum(workbook, meta) == meta["sha256"]
    sheet = workbook[SHEET]
    assert sheet["A1"].value == "测试温馨家园（XC-T-01）2024年5月工作报表：日间照料"
    assert "本月照料 3 人" in sheet["A2"].value
    assert [c.value for c in sheet[HEADER_ROW]][:len(HEADERS)] == HEADERS


def test_the_figures_equal_the_months_statistics(db: Database, tmp_path: Path) -> None:
    month_of_care(db)
    stats = care_stats.month_stats(db, MONTH)
    sheet = _export(db, tmp_path / "m.xlsx")[SHEET]
    rows, total, after = _table(sheet)
    assert [row[0] for row in rows] == [1, 2, 3]
    assert sorted(row[1:] for row in rows) == sorted(m.figures for m in stats.per_member)
    assert total[1:] == (stats.care_days, stats.meals, stats.rehab_minutes,
                         stats.medication_doses, stats.doses_refused, stats.doses_missed,
                         stats.incidents_total - 1)  # one incident names no member
    blocks = [row for row in sheet.iter_rows(min_row=after, values_only=True) if any(row)]
    assert blocks[0][0].startswith("购买服务")
    assert blocks[1][:8] == ("康馨社工事务所（HT-2024-01）", None, None, "小时", 10.16, 3.5,
                             34, 2)
    assert blocks[2][:8] == ("启智康复中心（HT-2024-02）", None, None, "次", 2.03, 1, 49, 1)
    assert blocks[3][:7] == ("突发事件（件）", None, None, "一般", "较重", "严重", "合计")
    assert blocks[4][:7] == ("本月发生", None, None, 2, 1, 0, 3)


def test_no_name_or_identifier_and_rows_ordered_by_their_figures(
        db: Database, tmp_path: Path) -> None:
    centre = month_of_care(db)
    workbook = _export(db, tmp_path / "before.xlsx")
    rows, _total, _after = _table(workbook[SHEET])
    assert all(isinstance(v, int) for row in rows for v in row)
    keys = [tuple(-v for v in row[1:]) for row in rows]
    assert keys == sorted(keys)
    people = db.query("SELECT name, id_number FROM person")
    card = [str(r[0]) for r in db.query("SELECT card_number FROM member"
                                        " WHERE card_number IS NOT NULL")]
    texts = {str(v) for row in workbook[SHEET].iter_rows(values_only=True) for v in row if v}
    for name, id_number in people:
        assert not any(name in text or id_number[-4:] in text for text in texts), name
    assert not texts & set(card)
    assert not set(NAMES) & texts
    # Renamed people and changed identifiers leave the sheet as it was.
    with db.transaction():
        db.execute("UPDATE person SET name = '会员' || printf('%05d', 100000 - id),"
                   " name_sort = printf('%05d', 100000 - id)")
    after = _export(db, tmp_path / "after.xlsx")
    assert list(after[SHEET].iter_rows(values_only=True)) == \
        list(workbook[SHEET].iter_rows(values_only=True))
    assert centre.members  # the people the sheet does not name


def test_a_member_with_an_incident_and_no_care_day_has_a_row(
        db: Database, tmp_path: Path) -> None:
    month_of_care(db)
    workbook = _export_month(db, tmp_path / "april.xlsx", "2024-04")
    rows, total, after = _table(workbook[SHEET])
    # April: only 王芳's 严重 incident; she is counted there, not as a member served.
    assert rows == [(1, 0, 0, 0, 0, 0, 0, 1)] and total[1:] == (0, 0, 0, 0, 0, 0, 1)
    assert "本月照料 0 人" in workbook[SHEET]["A2"].value
    blocks = [row for row in workbook[SHEET].iter_rows(min_row=after, values_only=True)
              if any(row)]
    # The year's contracts run in April too, with nothing delivered.
    assert blocks[1][4:7] == (9.84, 0, 0)
    assert blocks[-1][:7] == ("本月发生", None, None, 0, 0, 1, 1)


def _export_month(db: Database, out: Path, month: str) -> Any:
    export_monthly_workbook(db, month, out, generated_by="staff", today=TODAY)
    return load_workbook(out)


def test_the_sheet_prints_as_a_form(db: Database, tmp_path: Path) -> None:
    month_of_care(db)
    sheet = _export(db, tmp_path / "m.xlsx")[SHEET]
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.oddHeader.center.text == f"测试温馨家园 {MONTH} {SHEET}"
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"
    assert sheet.freeze_panes == "A4"
    title = sheet["A1"]
    assert title.font.b and title.font.sz >= 14
    # Fitted to the page width at full size: 8 columns fit A4 portrait.
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    widths = sum((sheet.column_dimensions[c].width or 8.43) * 6.75 + 3.8 for c in "ABCDEFGH")
    usable = 595.3 - 72 * (sheet.page_margins.left + sheet.page_margins.right)
    assert widths <= usable
    # Every cell of the table and the blocks has its lines.
    rows, _total, _after = _table(sheet)
    for row in sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW + len(rows) + 1,
                               max_col=len(HEADERS)):
        assert all(cell.border.left.style == "thin" for cell in row)


def test_the_writer_returns_the_member_rows(db: Database) -> None:
    from openpyxl import Workbook

    month_of_care(db)
    sheet = Workbook().create_sheet(SHEET)
    assert write_care(db, MONTH, sheet, TODAY) == 3
