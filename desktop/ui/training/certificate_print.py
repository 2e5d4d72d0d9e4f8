"""The printed completion certificate (结业证书), one A4 portrait page per certificate
(landscape leaves no room for the particulars and the seal on one page).

A form of :mod:`desktop.ui.common.printed_form`, so the command line writes it without a
window (QPrinter and QTextDocument need a Q(Gui)Application, no widgets): the title 结业证书,
the certificate's number on the right (with 补打 on a reprint), a sentence certifying that
the person completed the course with the attendance it rests on, then the particulars two to
a row (name, sex, masked ID number, the course, its type and form, the dates, the teacher,
the sessions attended of those counted with the %, the hours attended, the assessment, the
day of completion, the issuing centre and its responsible person), and the sign-off: the
centre's responsible person, the handler, the box for the centre's seal and the date of issue
(filled in: a reprint keeps the day it was issued). The number (top right) and the date of
issue (the sign-off) are each printed once; the running header names the course. The ID
number is masked as everywhere (docs/domain.md: a certificate carries it masked). The year's
register prints as a list (:func:`register_form`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.models.training.certificates import CertificateData
from desktop.models.training.outcome_lists import RegisterRow
from desktop.ui.common.labels import model_message
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    SignOff,
    paragraphs,
    print_forms,
    write_forms_pdf,
)

POINT_SIZE = 12


def reprint_text(certificate: CertificateData) -> str:
    """补打（第 2 次） for a reprint, '' for the first print."""
    if not certificate.reprint:
        return ""
    return QCoreApplication.translate("TrainingCertificatePrint", "补打（第 {n} 次）").format(
        n=certificate.reprints)


def assessment_text(certificate: CertificateData) -> str:
    """考核合格（86 分）, 考核合格, or 未考核 (a course without an assessment)."""
    translate = QCoreApplication.translate
    if certificate.assessment == "passed":
        if certificate.assessment_score is not None:
            return translate("TrainingCertificatePrint", "考核合格（{score} 分）").format(
                score=certificate.assessment_score)
        return translate("TrainingCertificatePrint", "考核合格")
    if certificate.assessment == "failed":
        return translate("TrainingCertificatePrint", "考核不合格")
    return translate("TrainingCertificatePrint", "未考核")


def _cell(text: str, *, label: bool = False) -> str:
    value = html.escape(text) if text else "&nbsp;"
    style = ' nowrap style="font-weight: bold"' if label else ""
    return f"<td{style}>{value}</td>"


def _row(left: tuple[str, str], right: tuple[str, str]) -> str:
    return ("<tr>" + _cell(left[0], label=True) + _cell(left[1])
            + _cell(right[0], label=True) + _cell(right[1]) + "</tr>")


def certificate_form(certificate: CertificateData) -> PrintedForm:
    """One certificate as a printed form (one A4 portrait page)."""
    c = certificate
    translate = QCoreApplication.translate
    reprint = reprint_text(c)
    number_line = translate("TrainingCertificatePrint", "证书编号：{number}").format(
        number=c.number) \
        + ("　" + reprint if reprint else "")
    # The assessment is named only when there was one.
    assessed = ("，" + assessment_text(c)) if c.assessment else ""
    statement = translate(
        "TrainingCertificatePrint",
        "{name}（身份证号：{id}）于 {first} 至 {last} 参加{centre}举办的“{course}”培训，"
        "应出勤 {counted} 次，实际出勤 {attended} 次（出勤率 {percent}），累计 {hours} 学时"
        "{assessed}，达到结业要求，准予结业。").format(
        name=c.name, id=c.masked_id, first=c.first_day, last=c.last_day, centre=c.centre_name,
        course=c.course_name, counted=c.counted_sessions, attended=c.attended_sessions,
        percent=c.percent, hours=c.hours, assessed=assessed)
    attendance = translate(
        "TrainingCertificatePrint", "{attended} / {counted} 次（{percent}）").format(
        attended=c.attended_sessions, counted=c.counted_sessions, percent=c.percent)
    rows = [
        _row((translate("TrainingCertificatePrint", "姓名"), c.name),
             (translate("TrainingCertificatePrint", "性别"), c.sex)),
        _row((translate("TrainingCertificatePrint", "身份证号"), c.masked_id),
             (translate("TrainingCertificatePrint", "培训类型"), c.kind)),
        _row((translate("TrainingCertificatePrint", "培训课程"), c.course_name),
             (translate("TrainingCertificatePrint", "培训形式"), model_message(c.form))),
        _row((translate("TrainingCertificatePrint", "培训时间"),
              translate("TrainingCertificatePrint", "{first} 至 {last}").format(
                  first=c.first_day, last=c.last_day)),
             (translate("TrainingCertificatePrint", "授课"), c.teacher)),
        _row((translate("TrainingCertificatePrint", "出勤"), attendance),
             (translate("TrainingCertificatePrint", "累计学时"),
              translate("TrainingCertificatePrint", "{hours} 学时").format(hours=c.hours))),
        _row((translate("TrainingCertificatePrint", "考核"), assessment_text(c)),
             (translate("TrainingCertificatePrint", "结业日期"), c.completed_on)),
        _row((translate("TrainingCertificatePrint", "发证单位"), c.centre_name),
             (translate("TrainingCertificatePrint", "单位负责人"), c.responsible_person)),
    ]
    columns = [(translate("TrainingCertificatePrint", "项目"), 14),
               (translate("TrainingCertificatePrint", "内容"), 36),
               (translate("TrainingCertificatePrint", "项目"), 14),
               (translate("TrainingCertificatePrint", "内容"), 36)]
    return PrintedForm(
        title=translate("TrainingCertificatePrint", "结业证书"),
        centre=c.centre_name,
        subject=translate("TrainingCertificatePrint", "职业培训结业证书"),
        period=c.course_name,
        note=reprint,
        orientation=QPageLayout.Orientation.Portrait,
        intro=paragraphs(number_line, align="right") + paragraphs(statement),
        table=FormTable(columns, rows, row_height_mm=8),
        closing=paragraphs(translate(
            "TrainingCertificatePrint", "特此证明。可凭证书编号向发证单位核实。")),
        sign_off=SignOff(signers=(translate("TrainingCertificatePrint", "负责人"),
                                  translate("TrainingCertificatePrint", "经办人")),
                         stamp=True, date_label=translate("TrainingCertificatePrint", "发证日期"),
                         date_text=c.issued_on),
        point_size=POINT_SIZE,
    )


def print_certificates(printer: QPrinter, certificates: Sequence[CertificateData]) -> int:
    """Print the certificates on ``printer`` (a printer or the print preview's), each on a
    page of its own; returns the number of pages."""
    return print_forms(printer, [certificate_form(c) for c in certificates])


def write_certificate_pdf(certificate: CertificateData, path: str | os.PathLike[str]) -> Path:
    """Write one certificate as an A4 portrait PDF at ``path``, atomically; safe on a worker
    thread and without widgets (the command line). PdfError when it cannot be written."""
    return write_forms_pdf([certificate_form(certificate)], path)


def register_form(rows: Sequence[RegisterRow], centre: str, year: int) -> PrintedForm:
    """The year's certificate register (结业证书登记簿) as a printed list: number, date of
    issue, trainee, course, reprints, with the sign-off to check it."""
    translate = QCoreApplication.translate
    lines = ["<tr>" + "".join(_cell(text) for text in (
        r.number, r.issued_on, r.name, r.course_name, str(r.reprints))) + "</tr>" for r in rows]
    return PrintedForm(
        title=translate("TrainingCertificatePrint", "结业证书登记簿"),
        centre=centre,
        subject=translate("TrainingCertificatePrint", "结业证书登记簿"),
        period=translate("TrainingCertificatePrint", "{year} 年").format(year=year),
        note=translate("TrainingCertificatePrint", "内含个人信息，注意保密"),
        intro=paragraphs(translate(
            "TrainingCertificatePrint", "{year} 年共发结业证书 {n} 份。").format(
            year=year, n=len(rows))),
        table=FormTable([(translate("TrainingCertificatePrint", "证书编号"), 28),
                         (translate("TrainingCertificatePrint", "发证日期"), 16),
                         (translate("TrainingCertificatePrint", "姓名"), 14),
                         (translate("TrainingCertificatePrint", "培训课程"), 30),
                         (translate("TrainingCertificatePrint", "补打次数"), 12)], lines),
        sign_off=SignOff(),
    )
