"""The monthly service confirmation sheet (服务确认单) of one purchased-service contract, printed
so both sides sign it and the provider is paid.

A :class:`~desktop.ui.common.printed_form.PrintedForm` on A4 portrait: the contract's details,
the month's sessions (date, the provider's staff member, content, minutes, members served), the
totals, what the month owed against what it got, then the provider's signature and seal
(服务机构（盖章）) and the centre's sign-off block with its seal. Members are counted, never
named: the sheet goes to an outside organisation.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.care import providers
from desktop.models.care.providers import Confirmation
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.ui.common.labels import model_message
from desktop.ui.common.printed_form import (
    CELL_PADDING,
    FormTable,
    PrintedForm,
    SignOff,
    paragraphs,
    write_form_pdf,
)

# Blank lines in the provider's seal box: about 46 mm at 10 pt, room for a 42 mm seal.
_STAMP_LINES = 9
_SIGN_LINES = 2


def month_words(month: str) -> str:
    """2024-05 → 2024年5月."""
    return QCoreApplication.translate("ServiceConfirmation", "{year}年{month}月").format(
        year=month[:4], month=int(month[5:7])
    )


def _provider_block() -> str:
    """The provider's side: who signed for it, its seal, the date (a bordered table)."""
    blank = "&nbsp;<br>" * _SIGN_LINES
    seal = "&nbsp;<br>" * _STAMP_LINES
    date_blank = '<span style="white-space: pre">{}</span>'.format(
        html.escape(QCoreApplication.translate("ServiceConfirmation", "　　年　　月　　日"))
    )
    head = html.escape(QCoreApplication.translate("ServiceConfirmation", "机构负责人（签字）"))
    worker = html.escape(QCoreApplication.translate("ServiceConfirmation", "服务人员（签字）"))
    stamp = html.escape(QCoreApplication.translate("ServiceConfirmation", "服务机构（盖章）"))
    day = html.escape(QCoreApplication.translate("ServiceConfirmation", "日期"))
    return (
        f'<table border="1" cellspacing="0" cellpadding="{CELL_PADDING}" width="100%"'
        ' style="border-collapse: collapse; border-color: #000000">'
        f'<tr><td width="20%" nowrap>{head}</td>'
        f'<td width="30%">{blank}</td>'
        f'<td width="20%" nowrap>{worker}</td>'
        f'<td width="30%">{blank}</td></tr>'
        f'<tr><td colspan="2" valign="top">{stamp}<br>{seal}</td>'
        f'<td nowrap valign="bottom">{day}</td>'
        f'<td nowrap valign="bottom">{date_blank}</td></tr></table>'
    )


def confirmation_form(sheet: Confirmation, centre_name: str) -> PrintedForm:
    """The confirmation sheet of ``sheet``'s contract and month."""
    provider = sheet.provider
    unit = model_message(providers.unit_name(provider.unit))
    details = (
        QCoreApplication.translate(
            "ServiceConfirmation", "服务机构：{organisation}　　合同编号：{number}"
        ).format(organisation=provider.organisation, number=provider.contract_number),
        QCoreApplication.translate("ServiceConfirmation", "服务内容：{service}").format(
            service=provider.service or "—"
        ),
        QCoreApplication.translate(
            "ServiceConfirmation",
            "合同期：{starts} 至 {ends}　　合同数量：{quantity} {unit}　　合同金额：¥{amount}",
        ).format(
            starts=provider.starts_on,
            ends=provider.ends_on,
            quantity=provider.contracted_quantity,
            unit=unit,
            amount=format_yuan(provider.amount_fen),
        ),
        QCoreApplication.translate(
            "ServiceConfirmation", "联系人：{contact}　　联系电话：{phone}"
        ).format(contact=provider.contact or "—", phone=provider.phone or "—"),
    )
    columns = (
        (QCoreApplication.translate("ServiceConfirmation", "序号"), 7),
        (QCoreApplication.translate("ServiceConfirmation", "日期"), 15),
        (QCoreApplication.translate("ServiceConfirmation", "服务人员"), 14),
        (QCoreApplication.translate("ServiceConfirmation", "服务内容"), 36),
        (QCoreApplication.translate("ServiceConfirmation", "时长（分钟）"), 16),
        (QCoreApplication.translate("ServiceConfirmation", "服务人数"), 12),
    )
    rows = [
        f'<tr><td align="center">{number}</td><td nowrap>{s.day}</td>'
        f"<td>{html.escape(s.staff_name)}</td><td>{html.escape(s.content)}</td>"
        f'<td align="right">{s.minutes}</td><td align="right">{len(s.members)}</td></tr>'
        for number, s in enumerate(sheet.sessions, start=1)
    ]
    if not rows:
        rows = [
            '<tr><td colspan="6" align="center">'
            + html.escape(QCoreApplication.translate("ServiceConfirmation", "本月没有服务记录"))
            + "</td></tr>"
        ]
    done = sheet.fulfilment
    percent = "—" if done.percent is None else f"{done.percent}%"
    closing = paragraphs(
        QCoreApplication.translate(
            "ServiceConfirmation",
            "本月合计：服务 {sessions} 次，{minutes} 分钟（{hours} 小时），服务 {visits} 人次"
            "（{members} 人）",
        ).format(
            sessions=done.sessions,
            minutes=sheet.total_minutes,
            hours=providers.format_quantity(round(sheet.total_minutes / 60, 2)),
            visits=sheet.member_visits,
            members=sheet.members,
        ),
        QCoreApplication.translate(
            "ServiceConfirmation",
            "本月应完成 {owed} {unit}，实际完成 {delivered} {unit}，完成率 {percent}",
        ).format(
            owed=providers.format_quantity(done.owed),
            unit=unit,
            delivered=providers.format_quantity(done.delivered),
            percent=percent,
        ),
        QCoreApplication.translate("ServiceConfirmation", "以上服务记录经双方核对无误。"),
        QCoreApplication.translate("ServiceConfirmation", "服务机构确认："),
    )
    closing += _provider_block() + paragraphs(
        QCoreApplication.translate("ServiceConfirmation", "服务使用单位（{centre}）确认：").format(
            centre=centre_name
        )
    )
    return PrintedForm(
        title=QCoreApplication.translate("ServiceConfirmation", "购买服务确认单"),
        centre=centre_name,
        subject=QCoreApplication.translate("ServiceConfirmation", "服务确认单"),
        period=month_words(sheet.month),
        note=provider.contract_number,
        intro=paragraphs(*details),
        table=FormTable(columns, rows),
        closing=closing,
        sign_off=SignOff(
            signers=(
                QCoreApplication.translate("ServiceConfirmation", "经办人"),
                QCoreApplication.translate("ServiceConfirmation", "审核人"),
                QCoreApplication.translate("ServiceConfirmation", "负责人"),
            )
        ),
    )


def load_form(db: Database, actor: Actor, provider_id: int, month: str) -> PrintedForm:
    """The confirmation sheet of a contract and a YYYY-MM month, read from ``db``."""
    return confirmation_form(
        providers.confirmation(db, provider_id, month, actor=actor), centre.load_profile(db).name
    )


def write_confirmation_pdf(
    db: Database, actor: Actor, provider_id: int, month: str, path: str | os.PathLike[str]
) -> Path:
    """Write the sheet as an A4 PDF at ``path``, atomically (safe on a worker thread with its
    own ``db``); PdfError when it cannot be written."""
    return write_form_pdf(load_form(db, actor, provider_id, month), path)
