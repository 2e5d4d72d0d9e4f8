"""The dialogs of the 订单 tab: 新建订单 (the customer, contact, due date, note and the items:
products found by name, initials or code, each with a quantity, at today's prices),
登记交货 (the day delivered) and 收款 (how it was paid; the order becomes a sale of the
channel 订单). The models check each and the dialog shows their message; nothing is written
unless it is accepted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.money import format_yuan
from desktop.models.sales import catalogue, orders, sales
from desktop.models.sales.orders import OrderInput
from desktop.models.sales.rules import CASH, PAYMENT_METHODS
from desktop.models.sales.stock_views import OrderRow
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.dialog_parts import (
    accept_cancel_buttons,
    error_line,
    named_button,
    show_error,
)
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.sales.sales_parts import FormDialog
from desktop.ui.sales.stock_dialogs import day_editor, day_of, quantity_spin
from desktop.ui.shell.keyboard_nav import search_leads_to

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database


@dataclass(frozen=True)
class ItemRow:
    """One item of a new order."""

    product_id: int
    name: str
    price_fen: int
    quantity: int


class _Form(FormDialog):
    """A form over an error line and OK / 取消."""

    def __init__(self, title: str, parent: QWidget | None, width_chars: int = 34) -> None:
        super().__init__(title, parent, width_chars)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.error_label = error_line()

    def finish(self, ok_text: str, save: Callable[[], object]) -> None:
        """The error line and the buttons under everything."""
        self.layout_.addWidget(self.error_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, ok_text, accessible_label(ok_text),
            QCoreApplication.translate("OrdersDialogs", "取消"), save)
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.layout_.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        """Show why the models refused."""
        show_error(self.error_label, text)


class OrderDialog(_Form):
    """新建订单."""

    def __init__(self, db: Database, actor: Actor, saved: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        # Wide enough for the items' four columns without scrolling.
        super().__init__(QCoreApplication.translate("OrderDialog", "新建订单"), parent, 46)
        self._db, self._actor, self._saved = db, actor, saved
        self._items: list[ItemRow] = []
        self.customer_edit = QLineEdit()
        self.customer_edit.setMaxLength(orders.CUSTOMER_MAX)
        self.customer_edit.setPlaceholderText(self.tr("如：月坛街道办事处"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("联系人和电话"))
        self.due_box = QCheckBox(self.tr("有交货日期(&U)"))
        self.due_box.setAccessibleName(self.tr("有交货日期"))
        self.due_edit = day_editor(db.clock.today())
        self.due_edit.setEnabled(False)
        self.due_box.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_box)
        due_row.addWidget(self.due_edit, 1)
        self.note_edit = QLineEdit()
        self.add_row(self.tr("订购单位(&C):"), self.customer_edit)
        self.add_row(self.tr("联系人(&O):"), self.contact_edit)
        # Alt+U ticks the box; the day field, enabled by it, comes next with Tab.
        due_label = QLabel(self.tr("交货日期:"))
        name_editor(self.due_edit, self.tr("交货日期"))
        self.form.addRow(due_label, due_row)
        self.add_row(self.tr("备注(&N):"), self.note_edit)
        # The items: find a product, a quantity, 添加.
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("商品名称、拼音首字母或编码"))
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("找到的商品"))
        # Three found rows show at once (the theme pads each row to about two lines).
        self.found.setFixedHeight(self.found.fontMetrics().height() * 7)
        search_leads_to(self.search_edit, self.found)
        self.search_edit.textChanged.connect(self._search)
        self.quantity_spin = quantity_spin()
        self.add_button = named_button(self.tr("添加商品(&A)"), self.tr("把选中的商品加入订单"),
                                       self.add_found)
        self.remove_button = named_button(self.tr("移除(&R)"), self.tr("从订单中移除选中的商品"),
                                          self.remove)
        self.add_row(self.tr("查找商品(&F):"), self.search_edit)
        self.form.addRow("", self.found)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity_spin)
        quantity_row.addWidget(self.add_button)
        quantity_row.addWidget(self.remove_button)
        quantity_row.addStretch(1)
        quantity_label = QLabel(self.tr("数量(&Q):"))
        quantity_label.setBuddy(self.quantity_spin)
        self.quantity_spin.setAccessibleName(self.tr("数量"))
        self.form.addRow(quantity_label, quantity_row)
        self.model: ListTableModel[ItemRow] = ListTableModel([
            Column(lambda: QCoreApplication.translate("OrderDialog", "商品"), lambda i: i.name),
            Column(lambda: QCoreApplication.translate("OrderDialog", "单价（元）"),
                   lambda i: format_yuan(i.price_fen), align=RIGHT),
            Column(lambda: QCoreApplication.translate("OrderDialog", "数量"),
                   lambda i: i.quantity, align=RIGHT),
            Column(lambda: QCoreApplication.translate("OrderDialog", "金额（元）"),
                   lambda i: format_yuan(i.price_fen * i.quantity), align=RIGHT),
        ], self, key=lambda i: i.product_id)
        self.table = record_table(self.model, self.tr("订单商品"))
        self.layout_.addWidget(self.table, 1)
        self.total_label = QLabel()
        self.layout_.addWidget(self.total_label)
        self.finish(self.tr("保存订单(&S)"), self.save)
        self._show()

    def _search(self, text: str) -> None:
        self.found.clear()
        for found in catalogue.find_products(self._db, text):
            item = QListWidgetItem(self.tr("{name}　{code}　¥{price}").format(
                name=found.name, code=found.code, price=format_yuan(found.price_fen)))
            item.setData(Qt.ItemDataRole.UserRole, found.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def add_found(self) -> bool:
        """Add the product chosen with the quantity typed (again: the quantity is replaced)."""
        item = self.found.currentItem()
        if item is None:
            self.show_problem(self.tr("请先输入商品名称或编码找到商品，再选中一种"))
            self.search_edit.setFocus()
            return False
        product = catalogue.get_product(self._db, int(item.data(Qt.ItemDataRole.UserRole)))
        self._items = [i for i in self._items if i.product_id != product.id]
        self._items.append(ItemRow(product.id, product.name, product.price_fen,
                                   self.quantity_spin.value()))
        self.show_problem("")
        self.search_edit.clear()
        self.search_edit.setFocus()
        self._show()
        return True

    def remove(self) -> None:
        """Drop the item selected."""
        chosen = self.model.row_data(self.table.currentIndex().row())
        if chosen is not None:
            self._items = [i for i in self._items if i.product_id != chosen.product_id]
            self._show()

    def _show(self) -> None:
        self.model.set_rows(list(self._items))
        fit_columns(self.table, [16, 7, 5, 8])
        total = sum(i.price_fen * i.quantity for i in self._items)
        self.total_label.setText(self.tr("合计：{total} 元").format(total=format_yuan(total)))
        self.remove_button.setEnabled(bool(self._items))

    def order_input(self) -> OrderInput:
        """What the form holds."""
        return OrderInput(self.customer_edit.text(),
                          [(i.product_id, i.quantity) for i in self._items],
                          due_day=day_of(self.due_edit) if self.due_box.isChecked() else None,
                          contact=self.contact_edit.text(), note=self.note_edit.text())

    def save(self) -> bool:
        """Store the order; close when it was stored."""
        order_id = attempt(self, lambda: orders.create_order(
            self._db, self.order_input(), actor=self._actor), show=self.show_problem)
        if order_id is None:
            return False
        self.accept()
        self._saved(order_id)
        return True


class DeliveredDialog(_Form):
    """登记交货: the day the order was delivered."""

    def __init__(self, db: Database, actor: Actor, order: OrderRow,
                 saved: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DeliveredDialog", "登记交货"), parent)
        self._db, self._actor, self._order, self._saved = db, actor, order, saved
        self.layout_.insertWidget(0, QLabel(self.tr("订单 {id}：{customer}").format(
            id=order.id, customer=order.customer)))
        self.day_edit = day_editor(db.clock.today())
        self.add_row(self.tr("交货日期(&D):"), self.day_edit)
        self.finish(self.tr("登记(&S)"), self.save)

    def save(self) -> bool:
        """Record the delivery; close when it was recorded."""
        day = day_of(self.day_edit)
        short = attempt(self, lambda: orders.mark_delivered(
            self._db, self._order.id, day, actor=self._actor), show=self.show_problem)
        if short is None:
            return False
        self.accept()
        done = self.tr("已登记交货：订单 {id}，{day}").format(id=self._order.id,
                                                           day=day.isoformat())
        if short:
            done = self.tr("已登记交货：订单 {id}，{day}；其中 {short} 件账面没有库存，未出库："
                           "请补登入库，或收款时填写原因").format(
                id=self._order.id, day=day.isoformat(), short=short)
        self._saved(done)
        return True


class PayDialog(_Form):
    """收款: the order's payment recorded as a sale (channel 订单) at the agreed prices."""

    def __init__(self, db: Database, actor: Actor, order: OrderRow,
                 saved: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PayDialog", "订单收款"), parent)
        self._db, self._actor, self._order, self._saved = db, actor, order, saved
        head = QLabel(self.tr("订单 {id}：{customer}，合计 {total} 元").format(
            id=order.id, customer=order.customer, total=format_yuan(order.total_fen)))
        head.setWordWrap(True)
        self.layout_.insertWidget(0, head)
        self.payment_combo = QComboBox()
        for method in PAYMENT_METHODS:
            self.payment_combo.addItem(model_message(method), method)
        self.payment_combo.setCurrentIndex(self.payment_combo.findData("银行卡"))
        self.short_edit = QLineEdit()
        self.short_edit.setPlaceholderText(self.tr("库存不足时填写原因，如：已直接从制作者处送货"))
        self.add_row(self.tr("收款方式(&P):"), self.payment_combo)
        self.add_row(self.tr("库存不足原因(&R):"), self.short_edit)
        self.finish(self.tr("收款(&S)"), self.save)

    def _record(self) -> object:
        payment = str(self.payment_combo.currentData())
        sale = orders.sale_for_order(
            self._db, self._order.id, payment,
            cash_given_fen=self._order.total_fen if payment == CASH else None,
            short_reason=self.short_edit.text())
        return sales.record_sale(self._db, sale, actor=self._actor)

    def save(self) -> bool:
        """Record the payment; close when it was recorded."""
        if not succeeded(self, self._record, show=self.show_problem):
            return False
        self.accept()
        self._saved(self.tr("已收款：订单 {id}，{total} 元").format(
            id=self._order.id, total=format_yuan(self._order.total_fen)))
        return True
