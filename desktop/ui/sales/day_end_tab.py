"""The 日结 tab: a day's takings by payment method, the cash the till should hold, the cash
counted, the difference (recorded with a note when there is one), and the day-end slip
(日结单) as an A4 form with the sign-off block."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.sales import day_end
from desktop.models.sales.day_end import DayEnd, DayTotals
from desktop.models.sales.rules import PAYMENT_METHODS, REASON_MAX
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel
from desktop.ui.common.printed_form import (
    FormTable,
    MoneyTotal,
    PrintedForm,
    SignOff,
    paragraphs,
    write_form_pdf,
)
from desktop.ui.common.record_table import record_table
from desktop.ui.sales.receipt_print import payment_name
from desktop.ui.sales.till_cart import typed_fen
from desktop.ui.sales.till_fields import day_picker, picked_day

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


@dataclass(frozen=True)
class MethodRow:
    """One payment method's takings on the day."""

    method: str
    sales_fen: int
    refunds_fen: int

    @property
    def net_fen(self) -> int:
        """Sales less refunds."""
        return self.sales_fen - self.refunds_fen


def method_rows(totals: DayTotals) -> list[MethodRow]:
    """Every payment method, in the till's order."""
    return [MethodRow(m, totals.by_payment[m], totals.refunds_by_payment[m])
            for m in PAYMENT_METHODS]



def day_end_form(centre_name: str, totals: DayTotals, counted: DayEnd | None) -> PrintedForm:
    """The day-end slip: takings by method, expected and counted cash, the difference."""
    rows = ["<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in (
        payment_name(row.method), format_yuan(row.sales_fen), format_yuan(row.refunds_fen),
        format_yuan(row.net_fen))) + "</tr>" for row in method_rows(totals)]
    net = sum(row.net_fen for row in method_rows(totals))
    lines = [QCoreApplication.translate("DayEndTab", "当日有效销售 {n} 笔").format(
        n=totals.sales),
        QCoreApplication.translate("DayEndTab", "应有现金：{amount} 元").format(
            amount=format_yuan(totals.expected_cash_fen))]
    if counted is not None:
        lines.append(QCoreApplication.translate(
            "DayEndTab", "清点现金：{counted} 元　差额：{difference} 元").format(
                counted=format_yuan(counted.counted_fen),
                difference=format_yuan(counted.difference_fen)))
        if counted.note:
            lines.append(QCoreApplication.translate("DayEndTab", "说明：{note}").format(
                note=counted.note))
        lines.append(QCoreApplication.translate("DayEndTab", "记录人：{who}　{at}").format(
            who=counted.recorded_by, at=counted.created_at.replace("T", " ")[:16]))
    else:
        lines.append(QCoreApplication.translate("DayEndTab", "清点现金：＿＿＿＿＿＿ 元"))
    return PrintedForm(
        title=QCoreApplication.translate("DayEndTab", "希联圆梦 日结单"), centre=centre_name,
        subject=QCoreApplication.translate("DayEndTab", "日结单"), period=totals.day,
        table=FormTable((
            (QCoreApplication.translate("DayEndTab", "付款方式"), 25),
            (QCoreApplication.translate("DayEndTab", "销售（元）"), 25),
            (QCoreApplication.translate("DayEndTab", "退款（元）"), 25),
            (QCoreApplication.translate("DayEndTab", "净额（元）"), 25)), rows),
        closing=paragraphs(*lines),
        total=MoneyTotal(QCoreApplication.translate("DayEndTab", "当日净收入"), net),
        sign_off=SignOff(signers=[QCoreApplication.translate("DayEndTab", "收银员"),
                                  QCoreApplication.translate("DayEndTab", "复核人")],
                         stamp=False))


class DayEndTab(RefreshingPage):
    """A day's takings and its cash count."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        day_label = QLabel(self.tr("日期(&D):"))
        self.day_edit = day_picker(day_label, db.clock.today())
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addStretch(1)
        layout.addLayout(top)
        self.model: ListTableModel[MethodRow] = ListTableModel(every_column([
            Column(lambda: self.tr("付款方式"), lambda r: payment_name(r.method)),
            Column(lambda: self.tr("销售（元）"), lambda r: format_yuan(r.sales_fen), align=right),
            Column(lambda: self.tr("退款（元）"), lambda r: format_yuan(r.refunds_fen),
                   align=right),
            Column(lambda: self.tr("净额（元）"), lambda r: format_yuan(r.net_fen), align=right),
        ]))
        self.table = record_table(self.model, self.tr("当日按付款方式的收入"), stretch=True)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.sales_label = QLabel()
        form.addRow(self.tr("当日销售:"), self.sales_label)
        self.expected_label = QLabel()
        self.expected_label.setAccessibleName(self.tr("应有现金"))
        form.addRow(self.tr("应有现金:"), self.expected_label)
        self.counted_edit = QLineEdit()
        self.counted_edit.setAccessibleName(self.tr("清点现金（元）"))
        self.counted_edit.setPlaceholderText(self.tr("钱箱里当天收的现金，不含备用零钱"))
        form.addRow(self.tr("清点现金（元）(&C):"), self.counted_edit)
        self.difference_label = QLabel()
        self.difference_label.setAccessibleName(self.tr("差额"))
        form.addRow(self.tr("差额:"), self.difference_label)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(REASON_MAX)
        self.note_edit.setAccessibleName(self.tr("差额说明"))
        self.note_edit.setPlaceholderText(self.tr("有差额时必填，如：找零算错"))
        form.addRow(self.tr("差额说明(&N):"), self.note_edit)
        self.recorded_label = QLabel()
        self.recorded_label.setWordWrap(True)
        form.addRow(self.tr("已记录:"), self.recorded_label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.record_button = named_button(self.tr("记录日结(&R)"), self.tr("记录日结"),
                                          self.record)
        self.slip_button = named_button(self.tr("保存日结单 PDF(&P)…"), self.tr("保存日结单"),
                                        self.save_slip)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.slip_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = StatusLabel(self.tr("日结的结果"))
        layout.addWidget(self.status)
        self.totals: DayTotals = day_end.day_totals(db, db.clock.today())
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.counted_edit.textChanged.connect(lambda _t: self._show_difference())
        self.counted_edit.returnPressed.connect(self.record)
        self.note_edit.returnPressed.connect(self.record)
        self.reload()

    def day(self) -> date:
        """The day being closed."""
        return picked_day(self.day_edit)

    def reload(self) -> None:
        """Read the day's takings and its latest count again."""
        self.totals = day_end.day_totals(self._db, self.day())
        self.model.set_rows(method_rows(self.totals))
        self.sales_label.setText(self.tr("{n} 笔").format(n=self.totals.sales))
        self.expected_label.setText(self.tr("¥{amount}").format(
            amount=format_yuan(self.totals.expected_cash_fen)))
        counted = day_end.day_end_of(self._db, self.day())
        self.recorded_label.setText(self.tr(
            "清点 ¥{counted}，差额 ¥{difference}（{who}，{at}）{note}").format(
                counted=format_yuan(counted.counted_fen),
                difference=format_yuan(counted.difference_fen), who=counted.recorded_by,
                at=counted.created_at.replace("T", " ")[:16],
                note=counted.note) if counted else self.tr("这一天还没有日结"))
        self._show_difference()

    def _show_difference(self) -> None:
        counted = typed_fen(self.counted_edit.text())
        if counted is None:
            self.difference_label.setText("")
            return
        difference = counted - self.totals.expected_cash_fen
        if difference == 0:
            self.difference_label.setText(self.tr("无差额"))
        else:
            self.difference_label.setText(self.tr("{direction} ¥{amount}").format(
                direction=self.tr("多") if difference > 0 else self.tr("少"),
                amount=format_yuan(abs(difference))))

    def record(self) -> DayEnd | None:
        """Record the count (a difference needs its note); one transaction."""
        counted = attempt(self, lambda: parse_yuan(
            self.counted_edit.text(), field="counted_fen",
            label=Message(QT_TRANSLATE_NOOP("Messages", "清点的现金"))), status=self.status)
        if counted is None:
            self.counted_edit.setFocus()
            return None
        done = attempt(self, lambda: day_end.record_day_end(
            self._db, self.day(), counted, self.note_edit.text(), actor=self._actor),
            status=self.status)
        if done is None:
            self.note_edit.setFocus()
            return None
        self.reload()
        self.status.show_result(self.tr("已记录 {day} 的日结：差额 ¥{difference}").format(
            day=done.day, difference=format_yuan(done.difference_fen)))
        return done

    def slip(self) -> PrintedForm:
        """The day-end slip of the day shown."""
        return day_end_form(centre.load_profile(self._db).name, self.totals,
                            day_end.day_end_of(self._db, self.day()))

    def write_slip(self, path: Path) -> Path | None:
        """Write the slip as a PDF at ``path``."""
        written = attempt(self, lambda: write_form_pdf(self.slip(), path), status=self.status)
        if written is not None:
            self.status.show_result(self.tr("日结单已保存为 {path}").format(path=written))
        return written

    def save_slip(self) -> None:
        """Ask where, then save the slip."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存日结单"), str(Path.home() / self.tr("日结单-{day}.pdf").format(
                day=self.totals.day)), self.tr("PDF 文件 (*.pdf)"))
        if name:
            self.write_slip(Path(name))

    def refresh(self) -> None:
        """Sales and refunds change on the other tabs: read the day again when shown."""
        self.reload()


def make_tab(context: PageContext) -> DayEndTab:
    """The 日结 tab of the 希联圆梦 page."""
    return DayEndTab(context.db, context.actor)
