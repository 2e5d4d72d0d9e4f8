"""The monthly workbook's detail sheets, one per capability, registered with a decorator.

A capability adds its sheet by decorating a writer with :func:`detail_sheet`; the workbook
writes every registered sheet in ``order``. Writers get the database, the month, an empty sheet
whose row 1 must be the header (``write_header``) and the day the report is made (records dated
after it have not happened yet), and return how many data rows they wrote (recorded in
``_meta``).
Identifiers are masked: card numbers or masked ID numbers only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_row,
    append_styled,
    number_format,
    write_header,
)
from desktop.models.activities.activities import COUNTED_KINDS
from desktop.models.attendance.attendance_month import month_matrix
from desktop.models.db import Database
from desktop.models.people.identity import mask_id
from desktop.models.subsidy import subsidy

TOTAL = "合计"
PRESENT = 1  # a number, not ✓: the day columns add up in Excel and in consolidation
FIRST_DAY_COLUMN = 3  # after 序号 and the identifier

Writer = Callable[[Database, str, Worksheet, date], int]


@dataclass(frozen=True)
class DetailSheet:
    """A registered detail sheet: its title (the sheet name), place and writer."""

    title: str
    order: int
    write: Writer


_SHEETS: dict[str, DetailSheet] = {}


def detail_sheet(title: str, order: int) -> Callable[[Writer], Writer]:
    """Register ``writer`` as the detail sheet ``title``."""
    def decorate(writer: Writer) -> Writer:
        _SHEETS[title] = DetailSheet(title, order, writer)
        return writer
    return decorate


def detail_sheets() -> list[DetailSheet]:
    """Every registered detail sheet in order."""
    return sorted(_SHEETS.values(), key=lambda s: (s.order, s.title))


def yuan(fen: int) -> Decimal:
    """Integer fen as exact yuan: 4000 → Decimal('40.00') (never through float)."""
    return Decimal(int(fen)).scaleb(-2)


@detail_sheet("考勤明细", 10)
def write_attendance(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """Members × days: 1 where the member signed in; the member's days; a total row."""
    matrix = month_matrix(db, month)
    ids = {int(r[0]): (r[1] or "", r[2] or "") for r in db.query(
        "SELECT m.person_id, m.card_number, p.id_number FROM member m"
        " JOIN person p ON p.id = m.person_id")}
    days = matrix.days
    headers = ["序号", "卡号（无卡时为脱敏证件号）", *(str(int(d[8:])) for d in days), "出勤天数"]
    write_header(sheet, headers, [6, 22, *([4.5] * len(days)), 9])
    # Each member's day columns in one pass over the sign-ins, rather than asking the set
    # about every member × day (most of the matrix is empty).
    column_of = {day: offset + FIRST_DAY_COLUMN for offset, day in enumerate(days)}
    columns: dict[int, list[int]] = {}
    for person_id, day in matrix.present:
        columns.setdefault(person_id, []).append(column_of[day])
    totals = [0] * len(days)
    total_column = FIRST_DAY_COLUMN + len(days)
    for number, (person_id, _name) in enumerate(matrix.members, start=1):
        card, id_number = ids.get(person_id, ("", ""))
        present = columns.get(person_id, [])
        for column in present:
            totals[column - FIRST_DAY_COLUMN] += 1
        # Rows carry no names: the card number, else the masked ID, tells members apart.
        append_row(sheet, [number, card or mask_id(id_number)],
                   {**dict.fromkeys(present, PRESENT), total_column: len(present)})
    for cell in append_styled(sheet, [None, TOTAL, *totals, matrix.total]):
        cell.font = HEADER_FONT
    sheet.freeze_panes = "C2"
    return len(matrix.members)


@detail_sheet("活动明细", 20)
def write_activities(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """The month's activities held (voided ones and those planned after ``today`` left out,
    as 汇总 counts them) with their participant counts."""
    rows = db.query(
        "SELECT a.day, a.title, a.kind, a.place, a.organiser,"
        " (SELECT count(*) FROM activity_participant ap WHERE ap.activity_id = a.id)"
        " FROM activity a WHERE substr(a.day, 1, 7) = ? AND a.day <= ?"
        " AND a.voided_at IS NULL ORDER BY a.day, a.id", (month, today.isoformat()))
    write_header(sheet, ["日期", "活动名称", "类型", "地点", "组织者", "参加人次", "计入文体目标"],
                 [12, 30, 10, 20, 14, 10, 12])
    for r in rows:
        append_row(sheet, [r[0], r[1], r[2], r[3], r[4], int(r[5]),
                           "是" if r[2] in COUNTED_KINDS else "否"])
    for cell in append_styled(sheet, [TOTAL, f"{len(rows)} 次", None, None, None,
                                   sum(int(r[5]) for r in rows), None]):
        cell.font = HEADER_FONT
    return len(rows)


@detail_sheet("补助明细", 30)
def write_subsidy(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """职康站 members' subsidy: days and amounts in yuan with two decimals, and a total."""
    table = subsidy.month_table(db, month)
    rate = yuan(table.settings.daily_rate_fen)
    write_header(sheet, ["序号", "姓名", "身份证号（已脱敏）", "签到天数", "计补天数",
                         "日补助标准（元）", "补助金额（元）"], [6, 12, 22, 10, 10, 16, 16])
    for number, row in enumerate(table.rows, start=1):
        append_row(sheet, [number, row.name, row.id_number, row.days_signed_in, row.days, rate,
                           yuan(row.amount_fen)])
    for cell in append_styled(sheet, [None, TOTAL, None, sum(r.days_signed_in for r in table.rows),
                                   table.total_days, None, yuan(table.total_fen)]):
        cell.font = HEADER_FONT
    number_format(sheet, (6, 7), MONEY_FORMAT)
    sheet.column_dimensions[get_column_letter(7)].width = 16
    return len(table.rows)
