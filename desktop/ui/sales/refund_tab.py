"""The 退款作废 tab: a day's sales (or the sale whose receipt number is typed), its lines, and
what can be done afterwards: void the whole sale (entered by mistake; its items go back into
stock), refund part of a line, or print its receipt again (marked 补打). Each with a reason,
each one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.sales import refunds, till_lookup
from desktop.models.sales.rules import CHANNEL_NAMES
from desktop.models.sales.sales import Sale, SaleLine, get_sale, sales_of_day
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel
from desktop.ui.common.record_table import record_table
from desktop.ui.sales.receipt_output import deliver_receipt
from desktop.ui.sales.receipt_print import payment_name, sale_number
from desktop.ui.sales.refund_dialog import RefundDialog
from desktop.ui.sales.sales_parts import action_buttons, open_made
from desktop.ui.sales.till_fields import day_picker, picked_day

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext
    from desktop.ui.shell.ui_settings import UiSettings


class RefundTab(RefreshingPage):
    """Sales found by day or number; void, refund, reprint. ``receipt_folder`` as the till's."""

    def __init__(self, db: Database, actor: Actor, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._settings = settings
        self.receipt_folder: Path | None = None
        self.last_receipt: Path | None = None
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        day_label = QLabel(self.tr("日期(&D):"))
        self.day_edit = day_picker(day_label, db.clock.today())
        number_label = QLabel(self.tr("或小票单号(&N):"))
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("小票单号"))
        self.number_edit.setPlaceholderText(self.tr("小票上的单号，至少 4 位"))
        self.number_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 14)
        number_label.setBuddy(self.number_edit)
        self.find_button = named_button(self.tr("查找(&F)"), self.tr("按单号查找"),
                                        self.find_number)
        for widget in (day_label, self.day_edit, number_label, self.number_edit,
                       self.find_button):
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)

        self.sales_model: ListTableModel[Sale] = ListTableModel(every_column([
            Column(lambda: self.tr("日期"), lambda s: s.day),
            Column(lambda: self.tr("时间"), lambda s: s.time),
            Column(lambda: self.tr("单号"), lambda s: sale_number(s.uid)),
            Column(lambda: self.tr("渠道"), lambda s: model_message(CHANNEL_NAMES[s.channel])),
            Column(lambda: self.tr("付款方式"), lambda s: payment_name(s.payment)),
            Column(lambda: self.tr("金额（元）"), lambda s: format_yuan(s.total_fen), align=right),
            Column(lambda: self.tr("状态"), lambda s: self.tr("已作废") if s.voided else ""),
        ]), key=lambda s: s.id)
        self.sales_table = record_table(self.sales_model, self.tr("销售记录"), stretch=True)
        layout.addWidget(self.sales_table, 3)
        self.lines_model: ListTableModel[tuple[SaleLine, refunds.Refundable]] = \
            ListTableModel(every_column([
                Column(lambda: self.tr("商品"), lambda r: r[0].name),
                Column(lambda: self.tr("数量"), lambda r: r[0].quantity, align=right),
                Column(lambda: self.tr("实付（元）"), lambda r: format_yuan(r[0].amount_fen),
                       align=right),
                Column(lambda: self.tr("优惠"), lambda r: r[0].discount_reason),
                Column(lambda: self.tr("已退件数"), lambda r: r[1].refunded_items, align=right),
                Column(lambda: self.tr("已退金额（元）"),
                       lambda r: format_yuan(r[1].refunded_fen), align=right),
            ]))
        self.lines_table = record_table(self.lines_model, self.tr("这笔销售的商品"),
                                        stretch=True)
        layout.addWidget(self.lines_table, 2)
        row, (self.void_button, self.refund_button, self.reprint_button) = action_buttons((
            (self.tr("作废整笔(&V)…"), self.void_selected),
            (self.tr("退款(&R)…"), self.refund_selected),
            (self.tr("补打小票(&P)"), self.reprint)))
        layout.addLayout(row)
        self.status = StatusLabel(self.tr("退款作废的结果"))
        layout.addWidget(self.status)
        self.day_edit.dateChanged.connect(lambda _d: self.show_day())
        self.number_edit.returnPressed.connect(self.find_number)
        self.sales_table.selectionModel().selectionChanged.connect(lambda *_: self._show_lines())
        self.show_day()

    # -- finding -------------------------------------------------------------------------------
    def day(self) -> date:
        """The day shown."""
        return picked_day(self.day_edit)

    def show_day(self) -> None:
        """The chosen day's sales."""
        self._show(sales_of_day(self._db, self.day()))

    def find_number(self) -> None:
        """The sales whose number starts with what was typed."""
        text = self.number_edit.text().strip()
        if len(text) < till_lookup.MIN_NUMBER:
            self.status.show_result(self.tr("请输入小票上的单号，至少 {n} 位").format(
                n=till_lookup.MIN_NUMBER), problem=True)
            return
        found = till_lookup.sales_by_number(self._db, text)
        if not found:
            self.status.show_result(self.tr("没有单号为“{number}”的销售").format(number=text),
                                    problem=True)
        self._show(found)

    def _show(self, found: list[Sale], select: int | None = None) -> None:
        self.sales_model.set_rows(found)
        row = self.sales_model.row_of(select) if select is not None else -1
        self.sales_table.selectRow(row if row >= 0 else 0)
        self._show_lines()

    def selected_sale(self) -> Sale | None:
        """The sale chosen in the list."""
        rows = self.sales_table.selectionModel().selectedRows()
        return self.sales_model.row_data(rows[0].row()) if rows else None

    def selected_line(self) -> SaleLine | None:
        """The line chosen in the sale's lines."""
        rows = self.lines_table.selectionModel().selectedRows()
        found = self.lines_model.row_data(rows[0].row()) if rows else None
        return found[0] if found else None

    def _show_lines(self) -> None:
        sale = self.selected_sale()
        self.lines_model.set_rows([(line, refunds.refundable(self._db, line.id))
                                   for line in sale.lines] if sale else [])
        if sale and sale.lines:
            self.lines_table.selectRow(0)
        live = sale is not None and not sale.voided
        self.void_button.setEnabled(live)
        self.refund_button.setEnabled(live)
        self.reprint_button.setEnabled(sale is not None)

    def _reload(self, sale_id: int) -> None:
        rows = [get_sale(self._db, s.id) for s in self.sales_model.rows()]
        self._show(rows, select=sale_id)

    # -- actions -------------------------------------------------------------------------------
    def make_void_dialog(self) -> ReasonDialog | None:
        """The reason dialog for voiding the selected sale, wired to void on OK."""
        sale = self.selected_sale()
        if sale is None or sale.voided:
            return None
        dialog = ReasonDialog(
            self.tr("作废整笔销售"),
            self.tr("作废单号 {number}（{total} 元）：这笔销售不再计入收入，商品退回库存；"
                    "记录本身保留。").format(number=sale_number(sale.uid),
                                           total=format_yuan(sale.total_fen)),
            self.tr("作废"), self, placeholder=self.tr("如：录错了商品"))
        dialog.accepted.connect(lambda: self._void(sale.id, dialog.reason()))
        return dialog

    def void_selected(self) -> None:
        """Ask why and void the selected sale."""
        open_made(self.make_void_dialog())

    def _void(self, sale_id: int, reason: str) -> None:
        if succeeded(self, lambda: refunds.void_sale(self._db, sale_id, reason,
                                                     actor=self._actor),
                     title=self.tr("无法作废"), status=self.status):
            self._reload(sale_id)
            self.status.show_result(self.tr("已作废，商品已退回库存"))

    def make_refund_dialog(self) -> RefundDialog | None:
        """The refund dialog for the selected line (it records the refund itself)."""
        sale, line = self.selected_sale(), self.selected_line()
        if sale is None or line is None or sale.voided:
            return None
        dialog = RefundDialog(self._db, self._actor, line, self)
        dialog.accepted.connect(lambda: self._refunded(sale.id, dialog))
        return dialog

    def refund_selected(self) -> None:
        """Refund part of the selected line."""
        open_made(self.make_refund_dialog())

    def _refunded(self, sale_id: int, dialog: RefundDialog) -> None:
        self._reload(sale_id)
        self.status.show_result(self.tr("已退款 {amount} 元").format(
            amount=dialog.amount_edit.text()))

    def reprint(self) -> None:
        """Print the selected sale's receipt again, marked 补打."""
        sale = self.selected_sale()
        if sale is None:
            return
        self.status.show_result(self.tr("补打单号 {number}").format(number=sale_number(sale.uid)))
        self.last_receipt = deliver_receipt(self, self.status, self._db, self._settings, sale,
                                            self.receipt_folder, reprint=True)

    def refresh(self) -> None:
        """Sales are made on the till: show the day again whenever the tab comes into view."""
        if not self.number_edit.text().strip():
            selected = self.selected_sale()
            self._show(sales_of_day(self._db, self.day()),
                       select=selected.id if selected else None)


def make_tab(context: PageContext) -> RefundTab:
    """The 退款作废 tab of the 希联圆梦 page."""
    return RefundTab(context.db, context.actor, context.ui_settings)
