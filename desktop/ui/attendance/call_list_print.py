"""The printed call list of members not seen recently (久未签到会员联系名单).

A4 landscape, a form of :mod:`desktop.ui.common.printed_form`: the title and what the list is on the
first page; on every page the centre, the title and the date in the header, the column headings
and the page number; one bordered row per member, never split across pages, with an empty
column to note how the call or visit went.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from desktop.models.attendance.not_seen import Contact, NotSeenList, NotSeenMember
from desktop.ui.common.labels import programme_label
from desktop.ui.common.paged_print import a4_printer
from desktop.ui.common.printed_form import FormTable, PrintedForm, paragraphs, print_form

_NOWRAP = 'style="white-space: nowrap"'


def contact_text(contact: Contact) -> str:
    """A contact as people read it: 王芳（母亲·监护人）13812345678 (kinds translated)."""
    kinds = {
        "guardian": QCoreApplication.translate("CallListPrint", "监护人"),
        "family": QCoreApplication.translate("CallListPrint", "家属"),
        "emergency": QCoreApplication.translate("CallListPrint", "紧急联系人"),
    }
    role = QCoreApplication.translate("CallListPrint", "·").join(
        part for part in (contact.relation, kinds.get(contact.kind, contact.kind)) if part)
    if not contact.name:
        return f"{role} {contact.phone}".strip()
    return QCoreApplication.translate("CallListPrint", "{name}（{role}）{phone}").format(
        name=contact.name, role=role, phone=contact.phone)


def last_sign_in_text(member: NotSeenMember) -> str:
    """The last sign-in date, or 从未签到."""
    return member.last_sign_in or QCoreApplication.translate("CallListPrint", "从未签到")


def list_title(centre_name: str) -> str:
    """西长安街温馨家园久未签到会员联系名单."""
    return QCoreApplication.translate("CallListPrint", "{centre}久未签到会员联系名单").format(
        centre=centre_name)


def list_description(found: NotSeenList) -> str:
    """What the list is: as of which day, the rule, how many, and whether phones are full."""
    scope = programme_label(found.programme) if found.programme else \
        QCoreApplication.translate("CallListPrint", "全部项目")
    text = QCoreApplication.translate(
        "CallListPrint",
        "截至 {today}，{weeks} 周以上（{cutoff} 及以前签到）未签到或从未签到的在册会员 {n} 人，"
        "其中从未签到 {never} 人；服务项目：{scope}。").format(
            today=found.today, weeks=found.weeks, cutoff=found.cutoff, n=len(found.members),
            never=found.never_count, scope=scope)
    if found.full_details:
        return text + QCoreApplication.translate(
            "CallListPrint", "内含完整电话和住址，仅供联系会员使用，请妥善保管，用后销毁。")
    return text + QCoreApplication.translate("CallListPrint", "电话和住址已脱敏。")


def call_list_form(found: NotSeenList, centre_name: str) -> PrintedForm:
    """The list as a printed form: A4 landscape (ten columns need the width), the title and
    what the list is on the first page, one row per member."""
    # Literal translate calls: lupdate finds only those.
    columns = [
        (QCoreApplication.translate("CallListPrint", "序号"), 4),
        (QCoreApplication.translate("CallListPrint", "姓名"), 7),
        (QCoreApplication.translate("CallListPrint", "上次签到"), 8),
        (QCoreApplication.translate("CallListPrint", "未签到（周）"), 5),
        (QCoreApplication.translate("CallListPrint", "入会日期"), 8),
        (QCoreApplication.translate("CallListPrint", "本人电话"), 9),
        (QCoreApplication.translate("CallListPrint", "监护人、家属和紧急联系人"), 22),
        (QCoreApplication.translate("CallListPrint", "社区"), 9),
        (QCoreApplication.translate("CallListPrint", "住址"), 16),
        (QCoreApplication.translate("CallListPrint", "联系情况记录"), 12),
    ]
    rows = []
    for number, m in enumerate(found.members, start=1):
        contacts = "<br>".join(html.escape(contact_text(c)) for c in m.contacts)
        # Dates and numbers never break across lines; names, contacts and addresses wrap.
        cells = [f'<td align="center" {_NOWRAP}>{number}</td>',
                 f"<td>{html.escape(m.name)}</td>",
                 f"<td {_NOWRAP}>{html.escape(last_sign_in_text(m))}</td>",
                 f'<td align="right" {_NOWRAP}>{m.weeks_since}</td>',
                 f"<td {_NOWRAP}>{html.escape(m.registered_on)}</td>",
                 f"<td {_NOWRAP}>{html.escape(m.phone)}</td>",
                 f"<td>{contacts}</td>", f"<td>{html.escape(m.community)}</td>",
                 f"<td>{html.escape(m.address)}</td>", "<td>&nbsp;</td>"]
        rows.append('<tr valign="top">' + "".join(cells) + "</tr>")
    return PrintedForm(
        title=list_title(centre_name), centre=centre_name,
        subject=QCoreApplication.translate("CallListPrint", "久未签到会员联系名单"),
        period=QCoreApplication.translate("CallListPrint", "截至 {today}").format(
            today=found.today),
        note=QCoreApplication.translate("CallListPrint", "内含个人信息，注意保密")
        if found.full_details else "",
        orientation=QPageLayout.Orientation.Landscape,
        intro=paragraphs(list_description(found)), table=FormTable(columns, rows))


def call_list_printer() -> QPrinter:
    """A4 landscape: ten columns need the width."""
    return a4_printer(QPageLayout.Orientation.Landscape)


def render_call_list(printer: QPrinter, found: NotSeenList, centre_name: str) -> int:
    """Print the list on ``printer``; returns the number of pages."""
    return print_form(printer, call_list_form(found, centre_name))
