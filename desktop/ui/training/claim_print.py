"""The training subsidy claim (培训补贴申请表) on paper: a course's trainees with their
attendance, hours, completion and amount, the amount in capital numerals (大写) and the
sign-off block (经办人 / 审核人 / 负责人, the unit's seal, the date), through the shared
:class:`~desktop.ui.common.printed_form.PrintedForm` on A4 portrait. The last trainees stay on
the page of the 合计 row and the sign-off; a claim not registered yet is printed as a draft
(草稿，未登记) in its title and on every page's header.

It shows :func:`desktop.models.training.claims.claim_data` as the claim workbook does
(``desktop.excel.training.claim_sheet``), identity numbers masked; a course that has not ended
is refused there.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.excel.training.claim_sheet import hours_text
from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.training.claims import ClaimData, claim_data
from desktop.models.training.courses import teacher_text
from desktop.ui.common.printed_form import (
    FormTable,
    MoneyTotal,
    PrintedForm,
    SignOff,
    paragraphs,
    write_form_pdf,
)

ROW_MM = 7
KEEP_ROWS = 3
"""Rows kept with the sign-off when it needs a page of its own: two trainees and 合计."""


def form_name(form: str, employer: str) -> str:
    """The course's form in words (with the employer of an order-based course)."""
    names = {
        "ordinary": QCoreApplication.translate("TrainingClaim", "普通培训"),
        "order": QCoreApplication.translate("TrainingClaim", "订单、定岗、定向培训"),
        "entrepreneurship": QCoreApplication.translate("TrainingClaim", "创业培训"),
    }
    text = names.get(form, form)
    if form == "order" and employer:
        text = QCoreApplication.translate("TrainingClaim", "{form}（{employer}）").format(
            form=text, employer=employer)
    return text


def standard_text(data: ClaimData) -> str:
    """The subsidy standard in words."""
    course = data.course
    if course.subsidy_kind == "per_completion":
        return QCoreApplication.translate("TrainingClaim", "按结业人数，每人 {amount} 元").format(
            amount=format_yuan(course.subsidy_fen))
    if course.subsidy_kind == "per_hour":
        return QCoreApplication.translate(
            "TrainingClaim", "按结业学员的出勤学时，每小时 {amount} 元").format(
                amount=format_yuan(course.subsidy_fen))
    return QCoreApplication.translate("TrainingClaim", "无补贴标准")


def number_text(data: ClaimData) -> str:
    """申请编号 and date, or that the claim is not registered yet."""
    if data.number is None:
        return QCoreApplication.translate("TrainingClaim", "申请编号：（草稿，未登记）")
    return QCoreApplication.translate(
        "TrainingClaim", "申请编号：{number}　　申请日期：{day}").format(
            number=data.number, day=data.made_on)


def _t(text: str) -> str:
    """A text already translated, escaped for the table's HTML."""
    return html.escape(text)


def claim_form(db: Database, data: ClaimData) -> PrintedForm:
    """The printed claim of ``data``."""
    course = data.course
    columns = (
        (QCoreApplication.translate("TrainingClaim", "序号"), 6),
        (QCoreApplication.translate("TrainingClaim", "姓名"), 12),
        (QCoreApplication.translate("TrainingClaim", "身份证号（已脱敏）"), 24),
        (QCoreApplication.translate("TrainingClaim", "出勤/应出勤"), 15),
        (QCoreApplication.translate("TrainingClaim", "出勤率"), 10),
        (QCoreApplication.translate("TrainingClaim", "学时"), 8),
        (QCoreApplication.translate("TrainingClaim", "结业"), 7),
        (QCoreApplication.translate("TrainingClaim", "补贴金额（元）"), 18),
    )
    yes = QCoreApplication.translate("TrainingClaim", "是")
    no = QCoreApplication.translate("TrainingClaim", "否")
    rows = [
        f'<tr valign="middle"><td align="center">{n}</td><td nowrap>{html.escape(line.name)}</td>'
        f'<td align="center" nowrap>{html.escape(line.masked_id)}</td>'
        f'<td align="center">{line.attended_sessions}/{line.counted_sessions}</td>'
        f'<td align="center">{line.percent}</td>'
        f'<td align="center">{hours_text(line.attended_minutes)}</td>'
        f'<td align="center">{yes if line.completed else no}</td>'
        f'<td align="right">{format_yuan(line.amount_fen)}</td></tr>'
        for n, line in enumerate(data.lines, start=1)]
    total = QCoreApplication.translate("TrainingClaim", "合计")
    trainees = QCoreApplication.translate("TrainingClaim", "{n} 人").format(n=data.trainees)
    completed = QCoreApplication.translate("TrainingClaim", "{n} 人").format(n=data.completed)
    rows.append(
        f'<tr valign="middle"><td colspan="2"><b>{_t(total)}</b></td>'
        f'<td align="center">{_t(trainees)}</td><td></td><td></td>'
        f'<td align="center">{hours_text(data.attended_minutes)}</td>'
        f'<td align="center">{_t(completed)}</td>'
        f'<td align="right"><b>{format_yuan(data.amount_fen)}</b></td></tr>')
    teacher = teacher_text(db, course)
    assessment = QCoreApplication.translate("TrainingClaim", "，考核合格") \
        if course.assessment_required else ""
    intro = paragraphs(
        number_text(data),
        QCoreApplication.translate("TrainingClaim", "课程：{name}（{kind}，{form}）").format(
            name=course.name, kind=course.kind, form=form_name(course.form, course.employer)),
        QCoreApplication.translate("TrainingClaim", "授课：{teacher}　　地点：{place}").format(
            teacher=teacher or "—", place=course.place or "—"),
        QCoreApplication.translate(
            "TrainingClaim", "时间：{first} 至 {last}，每次 {hours} 小时").format(
                first=course.first_day, last=course.last_day,
                hours=hours_text(course.minutes_per_session)),
        QCoreApplication.translate(
            "TrainingClaim", "结业要求：出勤率不低于 {pct}%{assessment}；补贴标准：{standard}"
                             "（只计结业学员）").format(
                pct=course.min_attendance_pct, assessment=assessment,
                standard=standard_text(data)))
    closing = paragraphs(QCoreApplication.translate(
        "TrainingClaim", "本课程报名学员 {trainees} 人，结业 {completed} 人，出勤合计 {hours} "
                         "小时，申请培训补贴 {amount} 元。以上情况属实。").format(
        trainees=data.trainees, completed=data.completed,
        hours=hours_text(data.attended_minutes), amount=format_yuan(data.amount_fen)))
    title = QCoreApplication.translate("TrainingClaim", "职业培训补贴申请表")
    note = QCoreApplication.translate("TrainingClaim", "含个人信息")
    if data.number is None:
        title = QCoreApplication.translate("TrainingClaim", "{title}（草稿，未登记）").format(
            title=title)
        note = QCoreApplication.translate("TrainingClaim", "草稿，未登记　{note}").format(
            note=note)
    return PrintedForm(
        title=title,
        centre=centre.load_profile(db).name,
        subject=QCoreApplication.translate("TrainingClaim", "培训补贴申请"),
        period=course.name,
        note=note,
        intro=intro,
        table=FormTable(columns, rows, row_height_mm=ROW_MM, keep_rows=KEEP_ROWS),
        closing=closing,
        total=MoneyTotal(QCoreApplication.translate("TrainingClaim", "申请补贴金额"),
                         data.amount_fen),
        sign_off=SignOff(signers=(QCoreApplication.translate("TrainingClaim", "经办人"),
                                  QCoreApplication.translate("TrainingClaim", "审核人"),
                                  QCoreApplication.translate("TrainingClaim", "负责人"))),
    )


def load_claim_form(db: Database, course_id: int) -> PrintedForm:
    """The printed claim of the course (TrainingRefused before it ends)."""
    return claim_form(db, claim_data(db, course_id))


def write_claim_pdf(db: Database, course_id: int, path: str | os.PathLike[str]) -> Path:
    """The course's printed claim as a PDF at ``path`` (written whole or not at all)."""
    return write_form_pdf(load_claim_form(db, course_id), path)
