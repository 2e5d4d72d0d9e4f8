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
    put,
    set_widths,
    style_header,
    write_header,
)
from desktop.models.db import Database
from desktop.models.training.month_detail import CourseMonth, MonthDetail, month_detail
from desktop.models.training.rules import EMPLOYMENT_FORMS

FORM_WORDS = {"ordinary": "普通", "order": "订单定岗", "entrepreneurship": "创业"}
HEADERS = ["序号", "课程名称", "培训类型", "培训形式", "开始日期", "结束日期",
           "本月课次\n（次）", "本月出勤\n（人次）", "培训人时\n（人时）", "本月结业\n（人）"]
WIDTHS = [6, 22, 9, 10, 11, 11, 9, 9, 9, 9]
COLUMNS = len(HEADERS)
DATES = (4, 5)  # 0-based columns holding dates
HOURS_COLUMN = 8
PEOPLE_HEADERS = ["序号", "姓名", "身份证号\n（已脱敏）", "课程名称", "事项", "日期",
                  "出勤率或就业单位、岗位"]
# The people's table spans the same ten columns: its last heading over columns 7–10.
DETAIL_SPAN = (7, COLUMNS)
CENTRED = fixed_style(Alignment(horizontal="center", vertical="center", wrap_text=True))
LEFT = fixed_style(Alignment(horizontal="left", vertical="center", wrap_text=True))
ABOUT = ("本月开课或有学员结业的培训课程，每行一门。课次为本月已上（未取消）的课；出勤人次为"
         "出勤、迟到、早退的人次（请假、缺勤不计）；培训人时为每人次按整节课时长合计÷60，保留一位"
         "小数。本月参加培训 {trainees} 人（同一人参加多门课程只计一次）。下方为本月结业和就业"
         "安置的学员，身份证号已脱敏。")


def hours(minutes: int) -> float:
    """人时: minutes ÷ 60, half up to one decimal (as ``MonthFigures.training_hours``)."""
    return float((Decimal(minutes) / 60).quantize(Decimal("0.1"), ROUND_HALF_UP))


def _course_row(number: int, course: CourseMonth) -> list[object]:
    # The form in a word (the employer of an order-based course is on the claim and the
    # page: in this narrow column it would not fit the row).
    form = FORM_WORDS.get(course.form, course.form)
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
        append_row(sheet, _course_row(number, course))
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
    detail_print_setup(db, month, sheet, columns=COLUMNS)
    return len(courses) + len(detail.events)


def _format(sheet: Worksheet, first: int, last: int) -> None:
    for line in sheet.iter_rows(min_row=first, max_row=last, max_col=COLUMNS):
        for offset, cell in enumerate(line):
            cell.alignment = LEFT if offset == 1 else CENTRED
            if offset in DATES:
                cell.number_format = DATE_FORMAT
            if offset == HOURS_COLUMN:
                cell.number_format = "0.0"


def _people(sheet: Worksheet, detail: MonthDetail, row: int) -> None:
    """The named list: who completed (with the attendance %) and who started work (employer,
    job and the employment form), by day."""
    first = row
    for column, text in enumerate(PEOPLE_HEADERS, start=1):
        put(sheet, row, column, text)
    sheet.merge_cells(start_row=row, start_column=DETAIL_SPAN[0], end_row=row,
                      end_column=DETAIL_SPAN[1])
    style_header(sheet.cell(row=row, column=column) for column in range(1, COLUMNS + 1))
    sheet.row_dimensions[row].height = 33
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
        values = [number, event.name, event.masked_id, event.course, what,
                  day_cell(event.day), detail_text]
        for column, value in enumerate(values, start=1):
            cell = put(sheet, row, column, value)
            cell.alignment = LEFT if column in (2, 4, DETAIL_SPAN[0]) else CENTRED
            if column == 6:
                cell.number_format = DATE_FORMAT
        sheet.merge_cells(start_row=row, start_column=DETAIL_SPAN[0], end_row=row,
                          end_column=DETAIL_SPAN[1])
    draw_grid(sheet, first, row, COLUMNS)
