"""订单 tab: orders from companies and government units (单位订购), newest first: number,
day, customer, items, amount, due date, delivered, invoice status, payment and whether
cancelled. New orders; for the selected one: 登记交货, the invoice status, 取消订单 with a
reason, 收款 (the order becomes a sale of the 订单 channel) and its delivery note (送货单)
printed or saved as a PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.money import format_yuan
from desktop.models.sales import orders, stock_views
from desktop.models.sales.stock_views import OrderRow
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.columns import CENTER, RIGHT, Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage
from desktop.ui.common.printed_form import form_printer, print_form, write_form_pdf
from desktop.ui.common.record_table import record_table
from desktop.ui.sales.delivery_note_print import delivery_note_of
from desktop.ui.sales.orders_dialogs import DeliveredDialog, OrderDialog, PayDialog
from desktop.ui.sales.sales_parts import (
    button_row,
    current_row,
    open_made,
    show_rows,
    status_below,
)

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database
    from desktop.ui.shell.pages import PageContext


ITEMS_COLUMN = 8
# At most this many characters a column (0: as wide as its contents); longer text wraps.
_MAX_CHARS = (0, 0, 8, 0, 0, 0, 0, 7, 12)


def invoice_text(status: str) -> str:
    """The invoice status in words."""
    found = orders.INVOICE_STATUSES.get(status)
    return model_message(found) if found is not None else status


def state_text(order: OrderRow) -> str:
    """Where the order stands: 已取消 (why), 已收款 (day), or 未收款."""
    if order.cancelled:
        return QCoreApplication.translate("OrdersTab", "已取消：{reason}").format(
            reason=order.cancel_reason)
    if order.paid_on:
        return QCoreApplication.translate("OrdersTab", "已收款 {day}").format(day=order.paid_on)
    return QCoreApplication.translate("OrdersTab", "未收款")


def items_text(order: OrderRow) -> str:
    """The order's items: 软陶钥匙扣×20，手工香皂×10."""
    return QCoreApplication.translate("OrdersTab", "，").join(
        QCoreApplication.translate("OrdersTab", "{name}×{quantity}").format(
            name=name, quantity=quantity) for name, quantity in order.items)


def order_columns() -> list[Column[OrderRow]]:
    """The orders list's columns."""
    return [
        Column(lambda: QCoreApplication.translate("OrdersTab", "编号"), lambda o: o.id,
               align=CENTER),
        Column(lambda: QCoreApplication.translate("OrdersTab", "下单日期"),
               lambda o: o.day, align=CENTER),
        Column(lambda: QCoreApplication.translate("OrdersTab", "订购单位"), lambda o: o.customer,
               tooltip=lambda o: o.contact or None),
        Column(lambda: QCoreApplication.translate("OrdersTab", "金额（元）"),
               lambda o: format_yuan(o.total_fen),
               align=RIGHT),
        Column(lambda: QCoreApplication.translate("OrdersTab", "交货日期"),
               lambda o: o.due_day or "", align=CENTER),
        Column(lambda: QCoreApplication.translate("OrdersTab", "已交货"),
               lambda o: o.delivered_on or "", align=CENTER),
        Column(lambda: QCoreApplication.translate("OrdersTab", "发票"),
               lambda o: invoice_text(o.invoice_status)),
        Column(lambda: QCoreApplication.translate("OrdersTab", "收款"),
               state_text, tooltip=state_text),
        Column(lambda: QCoreApplication.translate("OrdersTab", "商品"),
               items_text, tooltip=items_text),
    ]


class OrdersTab(RefreshingPage):
    """The orders with the buttons that move them along."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.closed_box = QCheckBox(self.tr("显示已完成和已取消的订单(&W)"))
        self.closed_box.setAccessibleName(self.tr("显示已完成和已取消的订单"))
        self.closed_box.toggled.connect(lambda _: self.refresh())
        self.new_button = named_button(self.tr("新建订单(&N)…"), self.tr("登记一份新订单"),
                                       self.open_new)
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.closed_box)
        layout.addLayout(top)
        self.model: ListTableModel[OrderRow] = ListTableModel(order_columns(), self,
                                                              key=lambda o: o.id)
        self.table = record_table(self.model, self.tr("订单"))
        # Columns as wide as their contents, at most so many characters; the items take the
        # room left and wrap onto more lines (whole in their tooltip).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._columns = ContentColumns(self.table, _MAX_CHARS, grow=(ITEMS_COLUMN,))
        layout.addWidget(self.table, 1)
        self.delivered_button = named_button(
            self.tr("登记交货(&D)…"), self.tr("登记选中订单的交货日期"), self.open_delivered)
        self.pay_button = named_button(
            self.tr("收款(&P)…"), self.tr("登记选中订单已收款，计入销售"), self.open_pay)
        self.cancel_button = named_button(
            self.tr("取消订单(&C)…"), self.tr("取消选中的订单，写明原因"), self._ask_cancel)
        self.note_button = named_button(
            self.tr("打印送货单(&R)…"), self.tr("打印选中订单的送货单"), self.print_note)
        self.note_pdf_button = named_button(
            self.tr("送货单存为PDF(&F)…"), self.tr("把选中订单的送货单保存为PDF文件"),
            self._ask_note_pdf)
        invoice_label = QLabel(self.tr("发票(&V):"))
        self.invoice_combo = QComboBox()
        for key in orders.INVOICE_STATUSES:
            self.invoice_combo.addItem(invoice_text(key), key)
        self.invoice_combo.setAccessibleName(self.tr("发票状态"))
        invoice_label.setBuddy(self.invoice_combo)
        self.invoice_button = named_button(self.tr("更改发票状态(&I)"),
                                           self.tr("把选中订单的发票状态改为所选"),
                                           self.change_invoice)
        # Two rows, moving the order along and its papers, so that large text fits a
        # 1200-pixel window.
        layout.addLayout(button_row((self.delivered_button, self.pay_button,
                                     self.cancel_button)))
        papers = button_row((self.note_button, self.note_pdf_button))
        papers.insertWidget(2, invoice_label)
        papers.insertWidget(3, self.invoice_combo)
        papers.insertWidget(4, self.invoice_button)
        layout.addLayout(papers)
        self.status_label = status_below(layout, self.table, self._enable)
        self.refresh()

    def refresh(self) -> None:
        """The orders again, keeping the one selected."""
        chosen = self.selected()
        found = attempt(self, lambda: stock_views.order_rows(
            self._db, include_closed=self.closed_box.isChecked()),
            status=self.status_label) or []
        show_rows(self.model, self.table, found, chosen.id if chosen is not None else None)
        self._enable()

    def size_columns(self) -> None:
        """Fit the list to the font (large text)."""
        self._columns.apply()

    def selected(self) -> OrderRow | None:
        """The order of the current row."""
        return current_row(self.model, getattr(self, "table", None))

    def _enable(self) -> None:
        chosen = self.selected()
        open_ = chosen is not None and not chosen.cancelled
        self.delivered_button.setEnabled(open_ and chosen is not None
                                         and chosen.delivered_on is None)
        self.pay_button.setEnabled(open_ and chosen is not None and chosen.paid_on is None)
        self.cancel_button.setEnabled(open_ and chosen is not None
                                      and chosen.delivered_on is None)
        for made in (self.note_button, self.note_pdf_button, self.invoice_button):
            made.setEnabled(open_)
        if chosen is not None:
            self.invoice_combo.setCurrentIndex(
                max(self.invoice_combo.findData(chosen.invoice_status), 0))

    def _after(self, text: str) -> None:
        self.refresh()
        self.status_label.show_result(text)

    # -- dialogs ----------------------------------------------------------------------------
    def make_order_dialog(self) -> OrderDialog:
        """The dialog of a new order."""
        return OrderDialog(self._db, self._actor, self._after_new, self)

    def _after_new(self, order_id: int) -> None:
        self.refresh()
        row = self.model.row_of(order_id)
        if row >= 0:
            self.table.selectRow(row)
        self.status_label.show_result(self.tr("已登记订单 {id}").format(id=order_id))

    def open_new(self) -> None:
        """Open 新建订单."""
        self.make_order_dialog().open()

    def make_delivered_dialog(self) -> DeliveredDialog | None:
        """登记交货 for the selected order."""
        chosen = self.selected()
        return None if chosen is None else DeliveredDialog(self._db, self._actor, chosen,
                                                           self._after, self)

    def open_delivered(self) -> None:
        """Open 登记交货."""
        open_made(self.make_delivered_dialog())

    def make_pay_dialog(self) -> PayDialog | None:
        """收款 for the selected order."""
        chosen = self.selected()
        return None if chosen is None else PayDialog(self._db, self._actor, chosen,
                                                     self._after, self)

    def open_pay(self) -> None:
        """Open 收款."""
        open_made(self.make_pay_dialog())

    def change_invoice(self) -> bool:
        """Set the selected order's invoice status to the one chosen."""
        chosen = self.selected()
        if chosen is None:
            return False
        status = str(self.invoice_combo.currentData())
        if not succeeded(self, lambda: orders.set_invoice_status(
                self._db, chosen.id, status, actor=self._actor), status=self.status_label):
            return False
        self._after(self.tr("订单 {id}：{status}").format(id=chosen.id,
                                                         status=invoice_text(status)))
        return True

    def cancel(self, reason: str) -> bool:
        """Cancel the selected order with ``reason``."""
        chosen = self.selected()
        if chosen is None:
            return False
        if not succeeded(self, lambda: orders.cancel_order(
                self._db, chosen.id, reason, actor=self._actor), status=self.status_label):
            return False
        self._after(self.tr("已取消订单 {id}").format(id=chosen.id))
        return True

    def _ask_cancel(self) -> None:
        dialog = ReasonDialog(self.tr("取消订单"), self.tr("取消的订单仍保留在记录中。"),
                              self.tr("取消订单(&C)"), self,
                              placeholder=self.tr("如：对方取消采购"))
        dialog.accepted.connect(lambda: self.cancel(dialog.reason()))
        dialog.open()

    # -- the delivery note ------------------------------------------------------------------
    def save_note_pdf(self, path: Path) -> bool:
        """Write the selected order's delivery note to ``path``."""
        chosen = self.selected()
        if chosen is None:
            return False
        written = attempt(self, lambda: write_form_pdf(delivery_note_of(self._db, chosen.id),
                                                       path), status=self.status_label)
        if written is None:
            return False
        self.status_label.show_result(self.tr("已保存送货单：{path}").format(path=written))
        return True

    def _ask_note_pdf(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存送货单"), self.tr("送货单-{id}.pdf").format(id=chosen.id),
            self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_note_pdf(Path(path) if path.lower().endswith(".pdf")
                               else Path(path + ".pdf"))

    def print_note(self) -> None:
        """Print the selected order's delivery note."""
        chosen = self.selected()
        if chosen is None:
            return
        form = delivery_note_of(self._db, chosen.id)
        printer = form_printer(form, QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        pages = attempt(self, lambda: print_form(printer, form), status=self.status_label)
        if pages is not None:
            self.status_label.show_result(self.tr("已送打印：送货单 {pages} 页").format(
                pages=pages))


def make_tab(context: PageContext) -> OrdersTab:
    """The 订单 tab of the 希联圆梦 page."""
    return OrdersTab(context)
