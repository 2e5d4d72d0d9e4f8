"""The printed incident report (突发事件报告), and the words of an incident the tab and the
dialog share (kinds, severities, its state).

A4 portrait, a form of :mod:`desktop.ui.common.printed_form`: the title, then every field of
the incident as a labelled row of a two-column table (long accounts wrap and a row never
splits over two pages), and the sign-off block with room for the reporter, the person in
charge and the family member told to sign, and the unit's seal. The report names the person
concerned (staff and family need it) but carries no identity number or phone.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from desktop.models.care.incidents import Incident
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    SignOff,
    form_printer,
    paragraphs,
    print_form,
)


def kind_label(kind: str) -> str:
    """An incident kind in the interface's language."""
    labels = {
        "跌倒": QCoreApplication.translate("IncidentWords", "跌倒"),
        "癫痫发作": QCoreApplication.translate("IncidentWords", "癫痫发作"),
        "冲突": QCoreApplication.translate("IncidentWords", "冲突"),
        "擅自离开": QCoreApplication.translate("IncidentWords", "擅自离开"),
        "疾病": QCoreApplication.translate("IncidentWords", "疾病"),
        "其他": QCoreApplication.translate("IncidentWords", "其他"),
    }
    return labels.get(kind, kind)


def severity_label(severity: str) -> str:
    """A severity in the interface's language."""
    labels = {
        "一般": QCoreApplication.translate("IncidentWords", "一般"),
        "较重": QCoreApplication.translate("IncidentWords", "较重"),
        "严重": QCoreApplication.translate("IncidentWords", "严重"),
    }
    return labels.get(severity, severity)


def moment_text(stamp: str | None) -> str:
    """2024-05-13T10:20(:00) as 2024-05-13 10:20; '' for none."""
    return stamp[:16].replace("T", " ") if stamp else ""


def state_text(incident: Incident) -> str:
    """未结案 / 已结案（时间，结案人） / 已作废（原因）."""
    if incident.voided:
        return QCoreApplication.translate("IncidentWords", "已作废（{reason}）").format(
            reason=incident.void_reason or "")
    if incident.closed_at:
        return QCoreApplication.translate("IncidentWords", "已结案（{when}，{by}）").format(
            when=moment_text(incident.closed_at), by=incident.closed_by or "")
    return QCoreApplication.translate("IncidentWords", "未结案")


def guardian_text(incident: Incident) -> str:
    """王家长 2024-05-13 10:45, or 未通知."""
    if not incident.guardian_told_name:
        return QCoreApplication.translate("IncidentWords", "未通知")
    return f"{incident.guardian_told_name} {moment_text(incident.guardian_told_at)}".strip()


def person_text(incident: Incident) -> str:
    """The person concerned, or 无特定人员."""
    return incident.person_name or QCoreApplication.translate("IncidentWords", "无特定人员")


def _row(label: str, value: str) -> str:
    # Free text keeps its line breaks.
    text = html.escape(value).replace("\n", "<br>") if value else "&nbsp;"
    return (f'<tr><td nowrap style="font-weight: bold">{html.escape(label)}</td>'
            f"<td>{text}</td></tr>")


def incident_form(incident: Incident, centre_name: str) -> PrintedForm:
    """The report of one incident as a printed form."""
    rows = [
        _row(QCoreApplication.translate("IncidentPrint", "记录编号"), str(incident.id)),
        _row(QCoreApplication.translate("IncidentPrint", "发生时间"),
             moment_text(incident.occurred_at)),
        _row(QCoreApplication.translate("IncidentPrint", "地点"), incident.place),
        _row(QCoreApplication.translate("IncidentPrint", "当事人"), person_text(incident)),
        _row(QCoreApplication.translate("IncidentPrint", "事件类型"), kind_label(incident.kind)),
        _row(QCoreApplication.translate("IncidentPrint", "严重程度"),
             severity_label(incident.severity)),
        _row(QCoreApplication.translate("IncidentPrint", "事件经过"), incident.what_happened),
        _row(QCoreApplication.translate("IncidentPrint", "处理措施"), incident.action_taken),
        _row(QCoreApplication.translate("IncidentPrint", "通知家属"), guardian_text(incident)),
        _row(QCoreApplication.translate("IncidentPrint", "后续跟进"), incident.follow_up),
        _row(QCoreApplication.translate("IncidentPrint", "登记"),
             QCoreApplication.translate("IncidentPrint", "{by}，{when}").format(
                 by=incident.recorded_by, when=moment_text(incident.created_at))),
        _row(QCoreApplication.translate("IncidentPrint", "状态"), state_text(incident)),
    ]
    columns = [(QCoreApplication.translate("IncidentPrint", "项目"), 16),
               (QCoreApplication.translate("IncidentPrint", "内容"), 84)]
    return PrintedForm(
        title=QCoreApplication.translate("IncidentPrint", "{centre}突发事件报告").format(
            centre=centre_name),
        centre=centre_name,
        subject=QCoreApplication.translate("IncidentPrint", "突发事件报告"),
        period=incident.occurred_at[:10],
        note=QCoreApplication.translate("IncidentPrint", "内含健康信息，注意保密"),
        intro=paragraphs(QCoreApplication.translate(
            "IncidentPrint", "日间照料突发事件（{kind}，{severity}）的经过、处理和家属通知"
                             "情况如下。").format(kind=kind_label(incident.kind),
                                            severity=severity_label(incident.severity))),
        table=FormTable(columns, rows),
        sign_off=SignOff(signers=(
            QCoreApplication.translate("IncidentPrint", "报告人"),
            QCoreApplication.translate("IncidentPrint", "负责人"),
            QCoreApplication.translate("IncidentPrint", "家属签字"))),
    )


def incident_printer(form: PrintedForm) -> QPrinter:
    """A4 portrait for the report."""
    return form_printer(form)


def render_incident(printer: QPrinter, incident: Incident, centre_name: str) -> int:
    """Print the report on ``printer``; returns the number of pages."""
    return print_form(printer, incident_form(incident, centre_name))
