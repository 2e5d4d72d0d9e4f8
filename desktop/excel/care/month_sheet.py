"""The monthly workbook's 日间照料 sheet (declared in ``desktop.excel.care``): the month's
daily care in counts, one anonymous row per member served, then the purchased services per
contract and the incidents by severity.

Privacy: care is health information, which the upward workbook carries only as counts
(issue 14). A row has no name, card or ID number, only its number on this sheet, and the rows
are in the order of their own figures (most care days first), never in name order, so that no
row can be linked to 补助明细's named rows by place or key (as 考勤明细, docs/workbook.md). No
medicine, note or what happened in an incident is written. Every figure equals
``warmhome care summary`` and the 日间照料 rows of 汇总 (:mod:`desktop.models.care.care_stats`).
"""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_form import HEADER_ROW, detail_print_setup, detail_title
from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    append_row,
    append_styled,
    draw_grid,
    fixed_style,
    put,
    set_widths,
    style_header,
    write_header,
)
from desktop.models.care.care_stats import UNIT_WORDS, UNITS, CareMonth, month_stats
from desktop.models.care.day_care import SEVERITIES
from desktop.models.db import Database

# The units on a line of their own: a narrow column then breaks between words, not inside them.
HEADERS = ["序号", "照料天数\n（人天）", "用餐\n（人次）", "康复训练\n（分钟）",
           "服药：已服\n（次）", "拒服\n（次）", "漏服\n（次）", "突发事件\n（件）"]
WIDTHS = [6, 10, 9, 11, 11, 8, 8, 10]
COLUMNS = len(HEADERS)
# The blocks below the table: a label over the first three columns, figures to the right.
LABEL_COLUMNS = 3
PURCHASED_HEADERS = ["购买服务：机构（合同编号）", "计量\n单位", "本月\n应提供", "本月\n已提供",
                     "完成率\n（%）", "服务\n次数（次）"]
AMOUNTS = (1, 2)  # owed and delivered, to hundredths (hours, or sessions owed pro rata)
INCIDENT_HEADERS = ["突发事件（件）", *SEVERITIES, TOTAL]
CENTRED = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
LEFT = fixed_style(Alignment(horizontal="left", vertical="center", wrap_text=True))
ABOUT = ("本月接受日间照料的会员，每行一人，不含姓名、卡号和证件号；各行按照料天数等数字排列，"
         "与本工作簿其他表的顺序无关。照料天数为当天至少有一项照料服务的天数；作废的记录不计；"
         "服药和突发事件只报次数。下方为本月购买服务的完成情况（按合同期内天数分摊应提供量）"
         "和突发事件（含未指明会员的）。本月照料 {members} 人。")


def write_care(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """Per member served: care days, meals, rehab minutes, doses given, refused and missed,
    incidents, in the order of these figures, and a total row; then the purchased services
    per contract and the incidents by severity. Returns the member rows written."""
    stats = month_stats(db, month)
    rows = sorted(stats.per_member, key=lambda m: tuple(-v for v in m.figures))
    set_widths(sheet, WIDTHS)
    detail_title(db, month, sheet, COLUMNS, ABOUT.format(members=stats.members))
    write_header(sheet, HEADERS, WIDTHS)
    for number, member in enumerate(rows, start=1):
        append_row(sheet, [number, *member.figures])
    total = [sum(m.figures[i] for m in rows) for i in range(len(HEADERS) - 1)]
    for cell in append_styled(sheet, [TOTAL, *total]):
        cell.font = HEADER_FONT
    last = sheet.max_row
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=last, max_col=COLUMNS):
        for cell in line:
            cell.alignment = CENTRED
    draw_grid(sheet, HEADER_ROW, last, COLUMNS)
    row = _purchased(sheet, stats, last + 2)
    _incidents(sheet, stats, row + 1)
    detail_print_setup(db, month, sheet, columns=COLUMNS)
    return len(rows)


def _heading(sheet: Worksheet, row: int, headers: list[str]) -> None:
    """A block's heading row: its label over the first columns, then one heading a column."""
    put(sheet, row, 1, headers[0])
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LABEL_COLUMNS)
    for offset, text in enumerate(headers[1:]):
        put(sheet, row, LABEL_COLUMNS + 1 + offset, text)
    last = LABEL_COLUMNS + len(headers) - 1
    style_header(sheet.cell(row=row, column=column) for column in range(1, last + 1))
    sheet.row_dimensions[row].height = 33


def _line(sheet: Worksheet, row: int, label: str, values: list[object], *,
          bold: bool = False, decimals: tuple[int, ...] = ()) -> None:
    """A block's row: the label merged over the first columns, figures centred after it."""
    cell = put(sheet, row, 1, label)
    cell.alignment = LEFT
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LABEL_COLUMNS)
    for offset, value in enumerate(values):
        if value is None:
            continue
        figure = put(sheet, row, LABEL_COLUMNS + 1 + offset, value)
        figure.alignment = CENTRED
        if offset in decimals:
            figure.number_format = "0.00"
        if bold:
            figure.font = HEADER_FONT
    if bold:
        cell.font = HEADER_FONT
    # A long organisation's name takes two lines.
    sheet.row_dimensions[row].height = 33


def _purchased(sheet: Worksheet, stats: CareMonth, row: int) -> int:
    """Each contract running in the month: owed, delivered, percent, sessions; a total per unit
    (hours and sessions are never added together). Returns the next free row."""
    first = row
    _heading(sheet, row, PURCHASED_HEADERS)
    row += 1
    for contract in stats.contracts:
        f = contract.fulfilment
        _line(sheet, row, f"{contract.organisation}（{contract.contract_number}）",
              [UNIT_WORDS[f.unit], f.owed, f.delivered, f.percent, f.sessions],
              decimals=AMOUNTS)
        row += 1
    if not stats.contracts:
        _line(sheet, row, "本月没有购买服务合同", [])
        row += 1
    for unit in UNITS:
        mine = [c for c in stats.contracts if c.fulfilment.unit == unit]
        if len(mine) > 1:
            total = stats.unit_total(unit)
            _line(sheet, row, f"{TOTAL}（按{UNIT_WORDS[unit]}计的合同）",
                  [UNIT_WORDS[unit], total.owed, total.delivered, total.percent,
                   sum(c.fulfilment.sessions for c in mine)], bold=True, decimals=AMOUNTS)
            row += 1
    draw_grid(sheet, first, row - 1, LABEL_COLUMNS + len(PURCHASED_HEADERS) - 1)
    return row


def _incidents(sheet: Worksheet, stats: CareMonth, row: int) -> None:
    """The month's incidents by severity (every incident, with or without a member named)."""
    _heading(sheet, row, INCIDENT_HEADERS)
    _line(sheet, row + 1, "本月发生", [*(stats.incidents[s] for s in SEVERITIES),
                                        stats.incidents_total])
    draw_grid(sheet, row, row + 1, LABEL_COLUMNS + len(INCIDENT_HEADERS) - 1)
