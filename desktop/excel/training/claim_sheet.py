"""A course's training subsidy claim (培训补贴申请表) as an .xlsx workbook.

A sheet ready to print, sign and seal, on the model of the other payout sheets: the title with
the claim's number, the course in plain words (type, form and employer, teacher, place, dates,
sessions, the completion rule and the subsidy standard), one row per trainee enrolled (name,
identity number **masked**, sessions attended of those counted, the attendance %, the hours
attended, completed or not, the amount), a total row, the amount also in capital numerals
(大写) and the sign-off block (经办人, 审核人, 负责人, 单位盖章, 日期). A4 portrait, the headings
and the page header (centre, course) on every page. Money exact from integer fen; hours are
the attended minutes ÷ 60 to hundredths. The file is written beside the target and moved into
place only when complete.

What the claim holds is :func:`desktop.models.training.claims.claim_data`'s, so the workbook,
the printed form and the register say the same; a course that has not ended or was cancelled
is refused there (TrainingRefused) and no file is written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.workbook import Workbook

from desktop.excel.form_layout import capital_total_row, sign_off_block, write_title
from desktop.excel.sheet_layout import (
    HEADER_FONT,
    MONEY_FORMAT,
    append_styled,
    clean_text,
    draw_grid,
    new_workbook,
    print_setup,
    write_header,
)
from desktop.excel.workbook_file import ExportError, save_workbook
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, yuan
from desktop.models.training import rules
from desktop.models.training.claims import ClaimData, claim_data
from desktop.models.training.courses import teacher_text

__all__ = ["HEADERS", "SHEET_TITLE", "ExportError", "build_claim_workbook",
           "course_words", "export_claim_workbook"]

SHEET_TITLE = "培训补贴申请表"
COLUMNS: list[tuple[str, float]] = [
    ("序号", 4.5), ("姓名", 9), ("身份证号\n（已脱敏）", 19), ("出勤/应出勤\n（次）", 9.5),
    ("出勤率", 7.5), ("出勤学时\n（小时）", 8.5), ("是否\n结业", 6), ("补贴金额\n（元）", 10),
]
HEADERS = [header for header, _ in COLUMNS]
HEADER_ROW = 4  # title, the claim's number, the course in words, then the headings
ROW_HEIGHT = 22
SIGN_ROLES = ("经办人", "审核人", "负责人")
MONEY_COLUMN = 7  # 0-based
HOURS_COLUMN = 5
_WRAPPED = Alignment(vertical="center", wrap_text=True)
_MIDDLE = Alignment(vertical="center")
_CENTRED = Alignment(horizontal="center", vertical="center")


def hours_text(minutes: int) -> str:
    """Minutes as hours to hundredths without trailing zeros: 90 → ``1.5``."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def hours(minutes: int) -> int | float:
    """Minutes as a number of hours to hundredths (whole hours as a whole number)."""
    value = round(minutes / 60, 2)
    return int(value) if value == int(value) else value


def standard_words(data: ClaimData) -> str:
    """The course's subsidy standard in words."""
    course = data.course
    if course.subsidy_kind == "per_completion":
        return f"按结业人数，每人 {format_yuan(course.subsidy_fen)} 元"
    if course.subsidy_kind == "per_hour":
        return f"按结业学员的出勤学时，每小时 {format_yuan(course.subsidy_fen)} 元"
    return "无补贴标准"


def course_words(db: Database, data: ClaimData) -> str:
    """The course in one paragraph: type, form (and employer), teacher, place, dates,
    sessions, the completion rule and the subsidy standard."""
    course = data.course
    form = str(rules.FORM_NAMES.get(course.form, course.form))
    if course.form == "order" and course.employer:
        form = f"{form}（{course.employer}）"
    parts = [f"课程：{course.name}（{course.kind}，{form}）"]
    teacher = teacher_text(db, course)
    if teacher:
        parts.append(f"授课：{teacher}")
    if course.place:
        parts.append(f"地点：{course.place}")
    held = int(db.scalar("SELECT count(*) FROM training_session WHERE course_id = ?"
                         " AND cancelled_at IS NULL", (course.id,)))
    parts.append(f"时间：{course.first_day} 至 {course.last_day}，共 {held} 次课，"
                 f"每次 {hours_text(course.minutes_per_session)} 小时")
    rule = f"结业要求：出勤率不低于 {course.min_attendance_pct}%"
    parts.append(rule + ("，考核合格" if course.assessment_required else ""))
    parts.append(f"补贴标准：{standard_words(data)}（只计结业学员）")
    return "；".join(parts) + "。"


def number_words(data: ClaimData) -> str:
    """申请编号 and date, or that the claim is not registered yet."""
    if data.number is None:
        return "申请编号：（尚未登记）"
    return f"申请编号：{data.number}　　申请日期：{data.made_on}"


def _write_table(db: Database, sheet: Any, data: ClaimData, title: str) -> int:
    """Title, number, course, headings, one row per trainee, the total and its 大写;
    returns the row after the 大写."""
    columns = len(COLUMNS)
    row = write_title(sheet, title, columns, subtitle=number_words(data))
    note = sheet.cell(row=row, column=1, value=clean_text(course_words(db, data)))
    note.alignment = _WRAPPED
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    sheet.row_dimensions[row].height = 62  # four lines on A4 portrait
    write_header(sheet, HEADERS, [w for _, w in COLUMNS])
    for index, line in enumerate(data.lines, start=1):
        append_styled(sheet, [index, line.name, line.masked_id,
                              f"{line.attended_sessions}/{line.counted_sessions}",
                              line.percent, hours(line.attended_minutes),
                              "是" if line.completed else "否", yuan(line.amount_fen)])
        sheet.row_dimensions[sheet.max_row].height = ROW_HEIGHT
    total_row = sheet.max_row + 1
    for cell in append_styled(sheet, [
            "合计", f"{data.trainees} 人", None, None, None, hours(data.attended_minutes),
            f"{data.completed} 人", yuan(data.amount_fen)]):
        cell.font = HEADER_FONT
    sheet.row_dimensions[total_row].height = ROW_HEIGHT
    draw_grid(sheet, HEADER_ROW, total_row, columns)
    for cells in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=total_row, max_col=columns):
        for cell in cells:
            cell.alignment = _MIDDLE if cell.column == 2 else _CENTRED
        cells[MONEY_COLUMN].number_format = MONEY_FORMAT
    return capital_total_row(sheet, total_row + 1, columns, data.amount_fen, "申请补贴金额")


def build_claim_workbook(db: Database, course_id: int) -> tuple[Workbook, ClaimData]:
    """The workbook of the course's claim and the claim it shows (TrainingRefused for a
    course that has not ended or was cancelled)."""
    data = claim_data(db, course_id)
    profile = centre.load_profile(db)
    title = f"{profile.name} 职业培训补贴申请表".strip()
    workbook = new_workbook(title, profile.name)
    sheet: Any = workbook.active
    sheet.title = SHEET_TITLE
    row = _write_table(db, sheet, data, title)
    sign_off_block(sheet, row, len(COLUMNS), SIGN_ROLES)
    print_setup(sheet, profile.name, data.course.name,
                title_rows=f"{HEADER_ROW}:{HEADER_ROW}", orientation="portrait",
                columns=len(COLUMNS))
    return workbook, data


def export_claim_workbook(db: Database, actor: Actor, course_id: int,
                          path: str | os.PathLike[str]) -> ClaimData:
    """Write the course's claim to an .xlsx file at ``path``; returns the claim written.
    PermissionDenied for an account that may not manage training, TrainingRefused for a
    course that has not ended or was cancelled, ExportError when the file cannot be written
    (nothing is left at ``path`` then, and a file already there is unchanged)."""
    rules.require_manage(actor)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Messages", "导出失败：文件夹 {folder} 不存在"), folder=target.parent))
    workbook, data = build_claim_workbook(db, course_id)
    save_workbook(workbook, target)
    return data
