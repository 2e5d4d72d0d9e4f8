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
from desktop.models.sales.day_end import BAZAAR, COUNTER, ORDER, DayEnd, DayTotals
from desktop.models.sales.rules import CASH, PAYMENT_METHODS, REASON_MAX
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
    """One payment method's takings on the day (or their total, ``method`` None): the
    counter's sales and refunds, which make the drawer's figures, and beside them the money
    that comes in another way: a bazaar's (through its settlement) and orders' (through their
    payment), each net of its refunds."""

    method: str | None
    sales_fen: int
    refunds_fen: int
    bazaar_fen: int
    order_fen: int

    @property
    def net_fen(self) -> int:
        """The counter's sales less its refunds."""
        return self.sales_fen - self.refunds_fen

    @property
    def name(self) -> str:
        """The payment method as shown, or 合计 for the total row."""
        if self.method is None:
            return QCoreApplication.translate("DayEndTab", "合计")
        return payment_name(self.method)


def method_rows(totals: DayTotals) -> list[MethodRow]:
    """Every payment method, in the till's order, then their total."""
    rows = [MethodRow(m, totals.sales_by_channel[COUNTER][m],
                      totals.refunds_by_channel[COUNTER][m], totals.net_fen(BAZAAR, m),
                      totals.net_fen(ORDER, m)) for m in PAYMENT_METHODS]
    return [*rows, MethodRow(None, sum(r.sales_fen for r in rows),
                             sum(r.refunds_fen for r in rows),
                             sum(r.bazaar_fen for r in rows), sum(r.order_fen for r in rows))]


def column_titles() -> list[str]:
    """The takings table's headings, on screen and on the slip."""
    return [QCoreApplication.translate("DayEndTab", "付款方式"),
            QCoreApplication.translate("DayEndTab", "门店销售（元）"),
            QCoreApplication.translate("DayEndTab", "门店退款（元）"),
            QCoreApplication.translate("DayEndTab", "门店净额（元）"),
            QCoreApplication.translate("DayEndTab", "义卖展销（元）\n另行结算，不进钱箱"),
            QCoreApplication.translate("DayEndTab", "订单收款（元）\n另行入账，不进钱箱")]


def drawer_lines(totals: DayTotals) -> list[str]:
    """How the expected cash is worked out, and what money is not in the drawer."""
    lines = [QCoreApplication.translate(
        "DayEndTab", "应有现金（钱箱）= 门店现金销售 {sold} 元 − 门店现金退款 {refunded} 元"
                     " = {amount} 元").format(
        sold=format_yuan(totals.sales_by_channel[COUNTER][CASH]),
        refunded=format_yuan(totals.refunds_by_channel[COUNTER][CASH]),
        amount=format_yuan(totals.expected_cash_fen))]
    if totals.counts[BAZAAR] or totals.net_fen(BAZAAR):
        lines.append(QCoreApplication.translate(
            "DayEndTab", "义卖展销 {n} 笔 {amount} 元（其中现金 {cash} 元）：在义卖展销结算中"
                         "入账，不计入钱箱").format(
            n=totals.counts[BAZAAR], amount=format_yuan(totals.net_fen(BAZAAR)),
            cash=format_yuan(totals.net_fen(BAZAAR, CASH))))
    if totals.counts[ORDER] or totals.net_fen(ORDER):
        lines.append(QCoreApplication.translate(
            "DayEndTab", "订单收款 {n} 笔 {amount} 元（其中现金 {cash} 元）：随订单收款入账，"
                         "不计入钱箱").format(
            n=totals.counts[ORDER], amount=format_yuan(totals.net_fen(ORDER)),
            cash=format_yuan(totals.net_fen(ORDER, CASH))))
    return lines


def changed_since(totals: DayTotals, counted: DayEnd | None) -> str:
    """A word when sales or refunds after the day end changed the expected cash, else ""."""
    if counted is None or counted.expected_cash_fen == totals.expected_cash_fen:
        return ""
    return QCoreApplication.translate(
        "DayEndTab", "已结账后又有变动：应有现金由 ¥{before} 变为 ¥{now}，请重新清点并记录日结"
    ).format(before=format_yuan(counted.expected_cash_fen),
             now=format_yuan(totals.expected_cash_fen))


def day_end_form(centre_name: str, totals: DayTotals, counted: DayEnd | None) -> PrintedForm:
    """The day-end slip: the counter's takings by method with the drawer's expected and
    counted cash and their difference, the bazaar's and orders' money beside them (not in
    the drawer), a total row."""
    rows = []
    for row in method_rows(totals):
        cells = (row.sales_fen, row.refunds_fen, row.net_fen, row.bazaar_fen, row.order_fen)
        name = html.escape(row.name)
        first = f"<td><b>{name}</b></td>" if row.method is None else f"<td>{name}</td>"
        rows.append("<tr>" + first + "".join(
            f'<td align="right">{format_yuan(fen)}</td>' for fen in cells) + "</tr>")
    lines = [QCoreApplication.translate(
        "DayEndTab", "当日有效销售 {n} 笔（门店 {counter} 笔）").format(
            n=totals.sales, counter=totals.counts[COUNTER]), *drawer_lines(totals)]
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
        lines.append(changed_since(totals, counted))
    else:
        lines.append(QCoreApplication.translate("DayEndTab", "清点现金：＿＿＿＿＿＿ 元"))
    widths = (16, 16, 16, 16, 18, 18)
    return PrintedForm(
        title=QCoreApplication.translate("DayEndTab", "希联圆梦 日结单"), centre=centre_name,
        subject=QCoreApplication.translate("DayEndTab", "日结单"), period=totals.day,
        table=FormTable(tuple(zip(column_titles(), widths, strict=True)), rows),
        closing=paragraphs(*lines),
        total=MoneyTotal(QCoreApplication.translate("DayEndTab", "门店当日净收入"),
                         totals.net_fen(COUNTER)),
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
            Column(lambda: column_titles()[0], lambda r: r.name),
            Column(lambda: column_titles()[1], lambda r: format_yuan(r.sales_fen), align=right),
            Column(lambda: column_titles()[2], lambda r: format_yuan(r.refunds_fen),
                   align=right),
            Column(lambda: column_titles()[3], lambda r: format_yuan(r.net_fen), align=right),
            Column(lambda: column_titles()[4], lambda r: format_yuan(r.bazaar_fen),
                   align=right),
            Column(lambda: column_titles()[5], lambda r: format_yuan(r.order_fen), align=right),
        ]))
        self.table = record_table(self.model, self.tr("当日按付款方式的收入"), stretch=True)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.sales_label = QLabel()
        form.addRow(self.tr("当日销售:"), self.sales_label)
        self.expected_label = QLabel()
        self.expected_label.setAccessibleName(self.tr("应有现金"))
        form.addRow(self.tr("应有现金（钱箱）:"), self.expected_label)
        self.drawer_label = QLabel()
        self.drawer_label.setAccessibleName(self.tr("应有现金的算法"))
        form.addRow("", self.drawer_label)
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
        # Not word-wrapped: a wrapped label in a form layout is given the wrong height and
        # its second line is cut off; the lines are short and broken where they should be.
        self.recorded_label = QLabel()
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
        layout.addStretch(1)
        self.totals: DayTotals = day_end.day_totals(db, db.clock.today())
        self.day_edit.dateChanged.connect(lambda _d: self._day_changed())
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
        # Six rows always: the table is as tall as they are, the form below keeps its room.
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
            + sum(self.table.rowHeight(r) for r in range(self.model.rowCount())) + 2)
        self.sales_label.setText(self.tr("{n} 笔（门店 {counter} 笔）").format(
            n=self.totals.sales, counter=self.totals.counts[COUNTER]))
        self.expected_label.setText(self.tr("¥{amount}").format(
            amount=format_yuan(self.totals.expected_cash_fen)))
        self.drawer_label.setText("\n".join(drawer_lines(self.totals)))
        counted = day_end.day_end_of(self._db, self.day())
        recorded = self.tr(
            "清点 ¥{counted}，差额 ¥{difference}（{who}，{at}）{note}").format(
                counted=format_yuan(counted.counted_fen),
                difference=format_yuan(counted.difference_fen), who=counted.recorded_by,
                at=counted.created_at.replace("T", " ")[:16],
                note=counted.note) if counted else self.tr("这一天还没有日结")
        changed = changed_since(self.totals, counted)
        self.recorded_label.setText(recorded + ("\n" + changed if changed else ""))
        self._show_difference()

    def _day_changed(self) -> None:
        # What was counted (and why it differed) belongs to the day it was typed for.
        self.counted_edit.clear()
        self.note_edit.clear()
        self.reload()

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
