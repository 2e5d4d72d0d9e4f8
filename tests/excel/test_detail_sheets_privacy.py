"""考勤明细 is anonymous and 补助明细 names the 职康站 members: no order and no key may link a
row of the one to a row of the other (issue 13: "its anonymous rows can be matched to names")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.db import Database, open_database
from desktop.models.demo import demo

TODAY = date(2026, 11, 20)
MONTH = "2026-10"
HEADER_ROW = 3  # both sheets: title, what the sheet is, then the headings
FIRST_ATTENDANCE_ROW = 5  # 考勤明细 has a weekday row under the day numbers


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "centre.db")
    demo.generate(database, demo.DemoOptions(seed=11, members=40, years=1, today=TODAY))
    yield database
    database.close()


def _export(db: Database, out: Path) -> Any:
    export_monthly_workbook(db, MONTH, out, generated_by="staff", today=TODAY)
    return load_workbook(out)


def _body(sheet: Any, first: int) -> list[tuple[Any, ...]]:
    """The data rows (the total row left off)."""
    return list(sheet.iter_rows(min_row=first, values_only=True))[:-1]


def test_attendance_rows_share_no_column_or_value_with_the_named_sheet(
        db: Database, tmp_path: Path) -> None:
    workbook = _export(db, tmp_path / "m.xlsx")
    attendance, subsidy = workbook["考勤明细"], workbook["补助明细"]
    named = _body(subsidy, HEADER_ROW + 1)
    assert named, "the demo centre pays a subsidy this month"
    headings = {v for v in next(attendance.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW,
                                                     values_only=True)) if v is not None}
    shared = headings & {v for v in next(subsidy.iter_rows(
        min_row=HEADER_ROW, max_row=HEADER_ROW, values_only=True)) if v is not None}
    # 序号 is each sheet's own row number; nothing else is in both.
    assert shared == {"序号"}
    rows = _body(attendance, FIRST_ATTENDANCE_ROW)
    # Only numbers: the row number, the day marks and the member's days; no name, card or ID.
    assert all(isinstance(v, int) for row in rows for v in row if v is not None)
    texts = {v for row in named for v in row if isinstance(v, str)}
    assert not texts & {v for row in rows for v in row}


def _pattern(row: tuple[Any, ...]) -> tuple[int, ...]:
    return tuple(column for column, value in enumerate(row[1:-1]) if value == 1)


def test_attendance_rows_are_in_an_order_that_names_cannot_change(
        db: Database, tmp_path: Path) -> None:
    before = _export(db, tmp_path / "before.xlsx")
    rows = _body(before["考勤明细"], FIRST_ATTENDANCE_ROW)
    # Ordered by their own content: most days first, then by the days attended.
    keys = [(-len(_pattern(row)), _pattern(row)) for row in rows]
    assert keys == sorted(keys)
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    ids_before = [row[2] for row in _body(before["补助明细"], HEADER_ROW + 1)]
    # Everyone renamed so that the name order is turned round: 补助明细 (in name order)
    # changes, 考勤明细 must not move a single row.
    with db.transaction():
        db.execute("UPDATE person SET name = '会员' || printf('%05d', 100000 - id),"
                   " name_sort = printf('%05d', 100000 - id)")
    after = _export(db, tmp_path / "after.xlsx")
    ids_after = [row[2] for row in _body(after["补助明细"], HEADER_ROW + 1)]
    assert len(ids_after) > 1 and ids_after != ids_before
    assert list(after["考勤明细"].iter_rows(values_only=True)) == \
        list(before["考勤明细"].iter_rows(values_only=True))
