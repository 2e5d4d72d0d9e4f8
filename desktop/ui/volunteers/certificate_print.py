"""The printed certificate of volunteer service (志愿服务证明), one A4 page per certificate.

A form of :mod:`desktop.ui.common.printed_form`: the title 志愿服务证明 and the certificate's
number (with 补打 on a reprint), a sentence certifying the service, then every field
《志愿服务记录与证明出具办法》 asks for (docs/domain.md) as a labelled row: name, ID type and masked
number, 志愿北京 number, period, posts with their hours, content, total hours, the issuing
centre, its responsible person, the handler, the phone and the number; then 特此证明 and the
sign-off with the responsible person, the handler, the box for the centre's seal and beside it
the date of issue (once, filled in: a reprint keeps the date it was issued).
A year's certificates go into ONE PDF, each on a page of its own
(:func:`write_certificates_pdf`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from desktop.models.volunteers.certificates import Certificate
from desktop.models.volunteers.rules import hours_text
from desktop.ui.common.labels import model_message
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    SignOff,
    paragraphs,
    print_forms,
    write_forms_pdf,
)


def reprint_text(certificate: Certificate) -> str:
    """补打（第 2 次） for a reprint, '' for the first print."""
    if not certificate.reprints:
        return ""
    return QCoreApplication.translate("CertificatePrint", "补打（第 {n} 次）").format(
        n=certificate.reprints)


def period_text(certificate: Certificate) -> str:
    """2024-01-01 至 2024-06-20."""
    return QCoreApplication.translate("CertificatePrint", "{start} 至 {end}").format(
        start=certificate.period_from, end=certificate.period_to)


def posts_text(certificate: Certificate) -> str:
    """助餐 12.0 小时、康复陪练 3.5 小时."""
    return QCoreApplication.translate("CertificatePrint", "、").join(
        QCoreApplication.translate("CertificatePrint", "{post} {hours} 小时").format(
            post=post, hours=hours_text(minutes)) for post, minutes in certificate.posts)


def _row(label: str, value: str) -> str:
    text = html.escape(value) if value else "&nbsp;"
    return (f'<tr><td nowrap style="font-weight: bold">{html.escape(label)}</td>'
            f"<td>{text}</td></tr>")


def certificate_form(certificate: Certificate) -> PrintedForm:
    """One certificate as a printed form (one page)."""
    c = certificate
    hours = QCoreApplication.translate("CertificatePrint", "{hours} 小时").format(
        hours=c.hours)
    reprint = reprint_text(c)
    number_line = QCoreApplication.translate("CertificatePrint", "证明编号：{number}").format(
        number=c.number) + ("  " + reprint if reprint else "")
    statement = QCoreApplication.translate(
        "CertificatePrint", "兹证明 {name}（{id_type}：{id}）于 {start} 至 {end} 在{centre}参加"
                            "志愿服务，经本单位记录，累计服务时长 {hours} 小时。").format(
        name=c.name, id_type=model_message(c.id_type), id=c.masked_id, start=c.period_from,
        end=c.period_to, centre=c.centre_name, hours=c.hours)
    translate = QCoreApplication.translate
    rows = [
        _row(translate("CertificatePrint", "姓名"), c.name),
        _row(translate("CertificatePrint", "证件类型"), model_message(c.id_type)),
        _row(translate("CertificatePrint", "证件号码"), c.masked_id),
        _row(translate("CertificatePrint", "志愿北京编号"), c.volunteer_number),
        _row(translate("CertificatePrint", "服务期间"), period_text(c)),
        _row(translate("CertificatePrint", "服务岗位"), posts_text(c)),
        _row(translate("CertificatePrint", "服务内容"), c.contents),
        _row(translate("CertificatePrint", "累计服务时长"), hours),
        _row(translate("CertificatePrint", "出具单位"), c.centre_name),
        _row(translate("CertificatePrint", "单位负责人"), c.responsible_person),
        _row(translate("CertificatePrint", "经办人"), c.handler),
        _row(translate("CertificatePrint", "联系电话"), c.phone),
        _row(translate("CertificatePrint", "证明编号"), c.number),
    ]
    columns = [(translate("CertificatePrint", "项目"), 24),
               (translate("CertificatePrint", "内容"), 76)]
    return PrintedForm(
        title=translate("CertificatePrint", "志愿服务证明"),
        centre=c.centre_name,
        subject=translate("CertificatePrint", "志愿服务证明"),
        period=c.number,
        note=reprint,
        intro=paragraphs(number_line, align="right") + paragraphs(statement),
        table=FormTable(columns, rows, row_height_mm=8),
        closing=paragraphs(translate("CertificatePrint", "特此证明。"),
                           translate("CertificatePrint", "本证明的服务时长以本单位记录为准，"
                                                 "可凭证明编号向出具单位核实。")),
        sign_off=SignOff(signers=(translate("CertificatePrint", "负责人"),
                                  translate("CertificatePrint", "经办人")),
                         stamp=True, date_label=translate("CertificatePrint", "出具日期"),
                         date_text=c.issued_on),
        point_size=11,
    )


def print_certificates(printer: QPrinter, certificates: Sequence[Certificate]) -> int:
    """Print the certificates on ``printer`` (a printer or the print preview's), each from a
    new page; returns the number of pages."""
    return print_forms(printer, [certificate_form(c) for c in certificates])


def write_certificate_pdf(certificate: Certificate, path: str | os.PathLike[str]) -> Path:
    """Write one certificate as an A4 PDF at ``path``, atomically (PdfError otherwise)."""
    return write_certificates_pdf([certificate], path)


def write_certificates_pdf(certificates: Sequence[Certificate],
                           path: str | os.PathLike[str]) -> Path:
    """Write the certificates (at least one; e.g. a year's) into ONE A4 PDF at ``path``, one
    a page, atomically; safe on a worker thread. PdfError when it cannot be written."""
    return write_forms_pdf([certificate_form(c) for c in certificates], path)
