"""The printed individual service plan (个别化服务计划), for the guardian to read and sign.

One A4 portrait :class:`~desktop.ui.common.printed_form.PrintedForm`: the member's name, the
plan's start and review dates, its goals, a table of the services (service, how often in words
such as 每周一至五, minutes, the goal each serves), a box for the guardian's signature and the
date, and the centre's sign-off (制定人 / 负责人 / 单位（盖章）/ 日期). The running header says
that the page holds health information.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.care import plans
from desktop.models.care.plans import Plan
from desktop.models.care.profile import person_name
from desktop.models.db import Database
from desktop.ui.care.care_words import service_name
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    SignOff,
    form_html,
    form_printer,
    paragraphs,
    print_form,
    write_form_pdf,
)

# Rows tall enough to add a handwritten remark beside a service.
SERVICE_ROW_MM = 10
SIGNATURE_PADDING_PX = 18


@dataclass(frozen=True)
class PlanPrint:
    """What the printed plan shows: the centre, the member, the plan."""

    centre_name: str
    member_name: str
    plan: Plan


def load_plan_print(db: Database, plan_id: int, *, actor: Actor) -> PlanPrint:
    """The centre name, the member's name and the plan (RECORD_CARE needed)."""
    plan = plans.load_plan(db, plan_id, actor=actor)
    return PlanPrint(centre.load_profile(db).name, person_name(db, plan.person_id), plan)


def weekday_name(digit: str) -> str:
    """一 … 日 for the ISO weekday digits 1 … 7."""
    names = {
        "1": QCoreApplication.translate("PlanPrint", "一"),
        "2": QCoreApplication.translate("PlanPrint", "二"),
        "3": QCoreApplication.translate("PlanPrint", "三"),
        "4": QCoreApplication.translate("PlanPrint", "四"),
        "5": QCoreApplication.translate("PlanPrint", "五"),
        "6": QCoreApplication.translate("PlanPrint", "六"),
        "7": QCoreApplication.translate("PlanPrint", "日"),
    }
    return names[digit]


def frequency_text(weekdays: str) -> str:
    """How often in words: 每天, 每周一至五, 每周一、三、五, 每周一至三、六."""
    days = sorted(set(weekdays))
    if len(days) == 7:
        return QCoreApplication.translate("PlanPrint", "每天")
    runs: list[list[str]] = []
    for day in days:
        if runs and int(day) == int(runs[-1][-1]) + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(QCoreApplication.translate("PlanPrint", "{first}至{last}").format(
                first=weekday_name(run[0]), last=weekday_name(run[-1])))
        else:
            parts.extend(weekday_name(day) for day in run)
    return QCoreApplication.translate("PlanPrint", "每周{days}").format(
        days=QCoreApplication.translate("PlanPrint", "、").join(parts))


def _guardian_box(plan: Plan) -> str:
    """The guardian's signature and date, filled in when the signed paper came back."""
    signer = html.escape(plan.guardian_signed_by) or "&nbsp;"
    signed_on = html.escape(plan.guardian_signed_on or "") or html.escape(
        QCoreApplication.translate("PlanPrint", "　　年　　月　　日"))
    tall = (f'style="padding-top: {SIGNATURE_PADDING_PX}px;'
            f' padding-bottom: {SIGNATURE_PADDING_PX}px; white-space: pre"')
    label = html.escape(QCoreApplication.translate("PlanPrint", "监护人签字"))
    date_label = html.escape(QCoreApplication.translate("PlanPrint", "日期"))
    agreed = paragraphs(QCoreApplication.translate(
        "PlanPrint", "监护人意见：我已了解以上服务目标和服务安排，同意按此计划提供服务。"))
    return (f"{agreed}<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\""
            f' style="border-collapse: collapse"><tr>'
            f'<td width="15%" nowrap {tall}>{label}</td><td width="40%" {tall}>{signer}</td>'
            f'<td width="10%" nowrap {tall}>{date_label}</td><td width="35%" {tall}>{signed_on}'
            f"</td></tr></table>")


def plan_form(content: PlanPrint) -> PrintedForm:
    """The plan as a printed form."""
    plan = content.plan
    minutes_text = QCoreApplication.translate("PlanPrint", "{minutes} 分钟")
    rows = [f"<tr><td nowrap>{html.escape(service_name(s.name))}</td>"
            f"<td>{html.escape(frequency_text(s.weekdays))}</td>"
            f'<td align="center" nowrap>'
            f"{html.escape(minutes_text.format(minutes=s.minutes)) if s.minutes else '—'}</td>"
            f"<td>{html.escape(s.goal) or '&nbsp;'}</td></tr>" for s in plan.services]
    columns = ((QCoreApplication.translate("PlanPrint", "服务项目"), 18),
               (QCoreApplication.translate("PlanPrint", "频次"), 24),
               (QCoreApplication.translate("PlanPrint", "每次时长"), 14),
               (QCoreApplication.translate("PlanPrint", "服务目标"), 44))
    head = QCoreApplication.translate(
        "PlanPrint", "姓名：{name}　　计划开始：{starts_on}　　下次评估：{review_on}").format(
        name=content.member_name, starts_on=plan.starts_on, review_on=plan.review_on)
    intro = paragraphs(head) + paragraphs(
        QCoreApplication.translate("PlanPrint", "服务目标："), plan.goals)
    if plan.reviewed_on:
        intro += paragraphs(QCoreApplication.translate(
            "PlanPrint", "最近一次评估（{day}）：{notes}").format(
            day=plan.reviewed_on, notes=plan.review_notes))
    if plan.ended_on:
        intro += paragraphs(QCoreApplication.translate(
            "PlanPrint", "本计划已于 {day} 结束。").format(day=plan.ended_on))
    return PrintedForm(
        title=QCoreApplication.translate("PlanPrint", "个别化服务计划"),
        centre=content.centre_name,
        subject=QCoreApplication.translate("PlanPrint", "个别化服务计划"),
        period=content.member_name,
        note=QCoreApplication.translate("PlanPrint", "含健康信息，请妥善保管"),
        intro=intro,
        table=FormTable(columns, rows, row_height_mm=SERVICE_ROW_MM),
        closing=_guardian_box(plan),
        sign_off=SignOff(signers=(QCoreApplication.translate("PlanPrint", "制定人"),
                                  QCoreApplication.translate("PlanPrint", "负责人")),
                         stamp=True))


def plan_html(content: PlanPrint) -> str:
    """The whole printed plan as one HTML document (the text the pages show)."""
    return form_html(plan_form(content))


def write_plan_pdf(content: PlanPrint, path: str | os.PathLike[str]) -> Path:
    """Write the plan as an A4 PDF at ``path``, atomically (PdfError when it cannot)."""
    return write_form_pdf(plan_form(content), path)


def plan_preview(content: PlanPrint, parent: QWidget) -> QPrintPreviewDialog:
    """The print preview of the plan; its Print button prints on a real printer."""
    form = plan_form(content)
    preview = QPrintPreviewDialog(form_printer(form), parent)
    preview.setWindowTitle(QCoreApplication.translate(
        "PlanPrint", "个别化服务计划打印预览 – {name}").format(name=content.member_name))
    preview.setAccessibleName(preview.windowTitle())

    def render(printer: QPrinter) -> None:
        print_form(printer, form)

    preview.paintRequested.connect(render)
    return preview
