"""The monthly workbook's 职业培训 sheet (declared in ``desktop.excel.training``): the month's
courses with their sessions, attendance, training hours (人时) and completions, then the named
list of the trainees who completed or started work in the month.

Privacy: training subsidies are public money paid per trainee who completes (培训补贴申请),
and placements are what the district reports on employment, so those two lists are **named**,
as 补助明细 is, with the identity number **masked** (``110105********002X``); attendance is
given per course only (人次), never per person. The courses' table has no person in it.

Every figure of the 合计 row equals the 职业培训 rows of 汇总 for the month
(:func:`desktop.models.training.figures.month_figures`): sessions, training hours and
completions are the courses' sums; trainees are distinct people, not a sum (said in row 2);
placements are the rows of the second list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from desktop.excel.detail_form import HEADER_ROW, day_cell, detail_print_setup, detail_title
from desktop.excel.detail_sheets import TOTAL
from desktop.excel.sheet_layout import (
    DATE_FORMAT,
    HEADER_FONT,
    append_row,
    append_styled,
    draw_grid,
    fixed_style,
    lines_in,
    put,
    set_widths,
    style_header,
    write_header,
)
from desktop.models.db import Database
from desktop.models.training.month_detail import CourseMonth, MonthDetail, month_detail
from desktop.models.training.rules import EMPLOYMENT_FORMS, FORM_NAMES

HEADERS = ["序号", "课程名称", "培训类型", "培训形式", "开始日期", "结束日期",
           "本月课次\n（次）", "本月出勤\n（人次）", "培训人时\n（人时）", "本月结业\n（人）"]
# The two tables share the ten columns, so each column is as wide as the wider of its two
# uses: B the course name in both, C the type above and the name below, D the form's full
# name (订单、定岗、定向培训) above and the masked identity number (18 characters) below.
WIDTHS = [6, 22, 10, 22, 11, 11, 9, 9, 9, 9]
COLUMNS = len(HEADERS)
DATES = (4, 5)  # 0-based columns holding dates
HOURS_COLUMN = 8
PEOPLE_HEADERS = ["序号", "课程名称", "姓名", "身份证号\n（已脱敏）", "事项", "日期",
                  "出勤率或就业单位、岗位"]
# The people's table spans the same ten columns: its last heading over columns 7–10.
DETAIL_SPAN = (7, COLUMNS)
# A row's height per line of wrapped text, and the padding (as write_header's).
LINE_POINTS, ROW_PADDING = 15, 3
CENTRED = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
LEFT = fixed_style(Alignment(horizontal="left", vertical="center", wrap_text=True))
ABOUT = ("本月开课或有学员结业的培训课程，每行一门。课次为本月已上（未取消）的课；出勤人次为"
         "出勤、迟到、早退的人次（请假、缺勤不计）；培训人时为每人次按整节课时长合计÷60，保留一位"
         "小数。本月参加培训 {trainees} 人（同一人参加多门课程只计一次）。下方为本月结业和就业"
         "安置的学员，身份证号已脱敏。")


def hours(minutes: int) -> float:
    """人时: minutes ÷ 60, half up to one decimal (as ``MonthFigures.training_hours``)."""
    return float((Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP))


def form_name(form: str) -> str:
    """The course's form by its one name (:data:`rules.FORM_NAMES`), as on the certificate
    and the claim (the employer of an order-based course is on those, not in this column)."""
    return str(FORM_NAMES.get(form, form))


def fit_row_height(sheet: Worksheet, row: int, texts: Sequence[tuple[object, float]]) -> None:
    """Give ``row`` the height of its tallest wrapped text: ``texts`` pairs each value with
    the width (in characters) of the cell it prints in. A row of one line keeps the default
    height; one that wraps no longer prints over the row below."""
    lines = max((lines_in(str(value), width) for value, width in texts
                 if isinstance(value, str)), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = LINE_POINTS * lines + ROW_PADDING


def _course_row(number: int, course: CourseMonth) -> list[object]:
    form = form_name(course.form)
    return [number, course.name, course.kind, form, day_cell(course.first_day),
            day_cell(course.last_day), course.sessions, course.attendances,
            hours(course.minutes), course.completions]


def write_training(db: Database, month: str, sheet: Worksheet, today: date) -> int:
    """The courses of the month and their 合计, then the trainees who completed or started
    work in it. Returns the rows of both lists."""
    detail = month_detail(db, month, today)
    set_widths(sheet, WIDTHS)
    detail_title(db, month, sheet, COLUMNS, ABOUT.format(trainees=detail.trainees))
    write_header(sheet, HEADERS, WIDTHS)
    for number, course in enumerate(detail.courses, start=1):
        values = _course_row(number, course)
        append_row(sheet, values)
        fit_row_height(sheet, sheet.max_row, list(zip(values, WIDTHS, strict=True)))
    courses = detail.courses
    total = [TOTAL, f"{len(courses)} 门", None, None, None, None,
             sum(c.sessions for c in courses), sum(c.attendances for c in courses),
             hours(sum(c.minutes for c in courses)), sum(c.completions for c in courses)]
    for cell in append_styled(sheet, total):
        cell.font = HEADER_FONT
    last = sheet.max_row
    _format(sheet, HEADER_ROW + 1, last)
    draw_grid(sheet, HEADER_ROW, last, COLUMNS)
    _people(sheet, detail, last + 2)
    # The row repeated on every printed page: the people's headings once there are people
    # (their list is the long one that runs onto the next pages; a month's courses fit the
    # first page), else the courses' headings.
    repeated = last + 2 if detail.events else HEADER_ROW
    detail_print_setup(db, month, sheet, columns=COLUMNS,
                       title_rows=f"{repeated}:{repeated}")
    return len(courses) + len(detail.events)


def _format(sheet: Worksheet, first: int, last: int) -> None:
    for line in sheet.iter_rows(min_row=first, max_row=last, max_col=COLUMNS):
        for offset, cell in enumerate(line):
            cell.alignment = LEFT if offset == 1 else CENTRED
            if offset in DATES:
                cell.number_format = DATE_FORMAT
            if offset == HOURS_COLUMN:
                cell.number_format = "0.0"


def _detail_width() -> float:
    """The width of the merged last column of the people's table (columns 7–10)."""
    return float(sum(WIDTHS[DETAIL_SPAN[0] - 1:DETAIL_SPAN[1]]))


def _people(sheet: Worksheet, detail: MonthDetail, row: int) -> None:
    """The named list: who completed (with the attendance %) and who started work (employer,
    job and the employment form), by day."""
    first = row
    for column, text in enumerate(PEOPLE_HEADERS, start=1):
        put(sheet, row, column, text)
    sheet.merge_cells(start_row=row, start_column=DETAIL_SPAN[0], end_row=row,
                      end_column=DETAIL_SPAN[1])
    style_header(sheet.cell(row=row, column=column) for column in range(1, COLUMNS + 1))
    fit_row_height(sheet, row, list(zip(PEOPLE_HEADERS, WIDTHS, strict=False)))
    if not detail.events:
        row += 1
        put(sheet, row, 1, "本月没有学员结业或就业安置").alignment = LEFT
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=COLUMNS)
    for number, event in enumerate(detail.events, start=1):
        row += 1
        if event.what == "completion":
            what, detail_text = "结业", f"出勤率 {event.detail}"
        else:
            what = "就业安置"
            form = EMPLOYMENT_FORMS.get(event.employment_form or 0)
            detail_text = f"{event.detail}（{form}）" if form else event.detail
        values = [number, event.course, event.name, event.masked_id, what,
                  day_cell(event.day), detail_text]
        for column, value in enumerate(values, start=1):
            cell = put(sheet, row, column, value)
            cell.alignment = LEFT if column in (2, 3, DETAIL_SPAN[0]) else CENTRED
            if column == 6:
                cell.number_format = DATE_FORMAT
        sheet.merge_cells(start_row=row, start_column=DETAIL_SPAN[0], end_row=row,
                          end_column=DETAIL_SPAN[1])
        fit_row_height(sheet, row, [*zip(values[:-1], WIDTHS, strict=False),
                                    (detail_text, _detail_width())])
    draw_grid(sheet, first, row, COLUMNS)
