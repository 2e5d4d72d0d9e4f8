"""The monthly workbook's 志愿服务 sheet (declared in ``desktop.excel.volunteers``): the month's
volunteer service, one anonymous row per volunteer with service or a sign-up in the month,
then the posts' totals.

Privacy: like 考勤明细 and 日间照料, a row has no name, ID or 志愿北京 number, only its number on
this sheet, and the rows are in the order of their own figures (most hours first), never in
name order, so the sheet is the same whatever the volunteers are called. The district checks
汇总's volunteer figures here and sees how the service is spread over the volunteers; the named
record of each volunteer's hours stays in the centre (the ledger, the certificates).

Every figure equals the 志愿服务 rows of 汇总 (:mod:`desktop.models.volunteers.volunteer_stats`,
up to the day of export as 汇总 counts them).
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
from desktop.models.attendance.attendance_month import month_days
from desktop.models.db import Database
from desktop.models.volunteers.volunteer_stats import (
    PostMonth,
    VolunteerMonth,
    VolunteerStats,
    period_stats,
)

# The units on a line of their own: a narrow column then breaks between words, not inside them.
HEADERS = ["序号", "本月服务\n时长（小时）", "服务天数\n（天）", "累计服务\n时长（小时）",
           "星级\n（星）", "报名班次\n（次）", "未到\n（次）", "本月首次\n服务（人）"]
WIDTHS = [6, 11, 9, 11, 7, 9, 7, 10]
COLUMNS = len(HEADERS)
HOURS = (0, 2)  # the figures (after 序号) in hours, to hundredths
# The posts' block: the post's name over the first two columns, figures to the right.
LABEL_COLUMNS = 2
POST_HEADERS = ["岗位", "服务时长\n（小时）", "班次\n（次）", "名额\n（人次）", "报名\n（人次）",
                "满员率\n（%）", "未到\n（人次）"]
CENTRED = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
LEFT = fixed_style(Alignment(horizontal="left", vertical="center", wrap_text=True))
ABOUT = ("本月有志愿服务时长或报名班次的志愿者，每行一人，不含姓名、证件号和志愿者编号；"
         "各行按服务时长等数字排列，与本工作簿其他表的顺序无关。时长为有效（未作废）的服务记录合计；累计时长截至"
         "本月末，星级按志愿北京的累计小时数标准。下方为各岗位的班次、名额、报名和未到（已取消的"
         "班次和报名不计）。本月参加服务 {active} 人，其中首次 {new} 人。")


def _figures(v: VolunteerMonth) -> tuple[float | int, ...]:
    return (v.hours, v.days, v.cumulative_hours, v.star, v.shifts, v.no_shows, v.new)


def _order(v: VolunteerMonth) -> tuple[int, ...]:
    """Most service first, then by the other figures: never by name or id."""
    return (-v.minutes, -v.days, -v.cumulative_minutes, -v.shifts, -v.no_shows, -v.new)


def write_volunteers(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """Per volunteer with service or a sign-up in the month: hours, days, cumulative hours,
    star, shifts signed up for, no-shows, whether it was the first service, in the order of
    these figures, and a total row; then each post's totals. Returns the volunteer rows."""
    days = month_days(month)
    stats = period_stats(db, days[0], min(days[-1], today.isoformat()), label=month)
    rows = sorted(stats.per_volunteer, key=_order)
    set_widths(sheet, WIDTHS)
    detail_title(db, month, sheet, COLUMNS, ABOUT.format(active=stats.active, new=stats.new))
    write_header(sheet, HEADERS, WIDTHS)
    for number, volunteer in enumerate(rows, start=1):
        append_row(sheet, [number, *_figures(volunteer)])
    # Cumulative hours and stars do not add up: left empty.
    total = [stats.hours, sum(v.days for v in rows), None, None,
             sum(v.shifts for v in rows), stats.no_shows, stats.new]
    for cell in append_styled(sheet, [TOTAL, *total]):
        cell.font = HEADER_FONT
    last = sheet.max_row
    for line in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=last, max_col=COLUMNS):
        for offset, cell in enumerate(line):
            cell.alignment = CENTRED
            if offset - 1 in HOURS:
                cell.number_format = "0.00"
    draw_grid(sheet, HEADER_ROW, last, COLUMNS)
    _posts(sheet, stats, last + 2)
    detail_print_setup(db, month, sheet, columns=COLUMNS)
    return len(rows)


def _posts(sheet: Worksheet, stats: VolunteerStats, row: int) -> None:
    """Each post (every active one, and an inactive one with anything in the month): hours,
    shifts, places, sign-ups, filled %, no-shows; then the total."""
    first = row
    put(sheet, row, 1, POST_HEADERS[0])
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LABEL_COLUMNS)
    for offset, text in enumerate(POST_HEADERS[1:]):
        put(sheet, row, LABEL_COLUMNS + 1 + offset, text)
    style_header(sheet.cell(row=row, column=column) for column in range(1, COLUMNS + 1))
    sheet.row_dimensions[row].height = 33
    for post in stats.by_post:
        row += 1
        _line(sheet, row, post.name, post)
    row += 1
    _line(sheet, row, TOTAL, PostMonth(0, TOTAL, stats.minutes, stats.active, stats.shifts,
                                       stats.places, stats.signups, stats.no_shows), bold=True)
    draw_grid(sheet, first, row, COLUMNS)


def _line(sheet: Worksheet, row: int, label: str, post: PostMonth, *, bold: bool = False) -> None:
    cell = put(sheet, row, 1, label)
    cell.alignment = LEFT
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LABEL_COLUMNS)
    values = [round(post.minutes / 60, 2), post.shifts, post.places, post.signups,
              post.filled_percent, post.no_shows]
    for offset, value in enumerate(values):
        figure = put(sheet, row, LABEL_COLUMNS + 1 + offset, value)
        figure.alignment = CENTRED
        if offset == 0:
            figure.number_format = "0.00"
        if bold:
            figure.font = HEADER_FONT
    if bold:
        cell.font = HEADER_FONT
