"""The 收银 tab: the till, built for a USB scanner and the keyboard.

One field takes everything: a scanner types the code and Enter into it (an exact code adds
the product at once, again adds one more), a name or pinyin initials (ldq) lists the matches
(Down to the list, Enter picks one). The lines show price, quantity (F2 edits it), any
discount with its reason and the line total; the total is shown in large type. The payment is
chosen with F5–F9 (recorded, not processed); for cash the amount given and the change. Enter
in the empty scan field goes on to the cash given, Enter there (or F12, or 结账) records the
sale in one transaction and prints the receipt. Selling more than the books show asks for the
reason first. The cart keeps one sale id, so a second Enter never records the sale twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.sales import catalogue, stock
from desktop.models.sales.catalogue import Product
from desktop.models.sales.rules import CASH, PAYMENT_METHODS
from desktop.models.sales.sales import Sale, SaleInput, record_sale
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.count_table import CountDelegate
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel
from desktop.ui.common.record_table import record_table
from desktop.ui.sales import receipt_print
from desktop.ui.sales.receipt_output import deliver_receipt
from desktop.ui.sales.sales_parts import action_buttons, open_made
from desktop.ui.sales.till_cart import Cart, CartLine, typed_fen, with_quantity
from desktop.ui.sales.till_dialogs import DiscountDialog

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext
    from desktop.ui.shell.ui_settings import UiSettings

SEARCH_DELAY_MS = 200
PAYMENT_KEYS = (Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9)
QUANTITY_COLUMN = 2
DISCOUNT_COLUMN = 3


def line_columns() -> list[Column[CartLine]]:
    """The lines table: product, price, quantity (editable), discount, line total."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def discount(line: CartLine) -> str:
        if not line.discount_fen:
            return ""
        return QCoreApplication.translate("TillTab", "-{amount}（{reason}）").format(
            amount=format_yuan(line.discount_fen), reason=line.discount_reason)

    return every_column([
        Column(lambda: QCoreApplication.translate("TillTab", "商品"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("TillTab", "单价（元）"),
               lambda r: format_yuan(r.price_fen), align=right),
        Column(lambda: QCoreApplication.translate("TillTab", "数量"), lambda r: r.quantity,
               align=right, edit=with_quantity),
        Column(lambda: QCoreApplication.translate("TillTab", "优惠"), discount,
               tooltip=lambda r: discount(r) or None),
        Column(lambda: QCoreApplication.translate("TillTab", "金额（元）"),
               lambda r: format_yuan(r.amount_fen), align=right),
    ])


class _Keys(QObject):
    """Down in the scan field goes to the search results; Escape clears the field; Enter on
    结账 pays."""

    def __init__(self, tab: TillTab) -> None:
        super().__init__(tab)
        self._tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if watched is self._tab.checkout_button:
                # Outside a dialog a button takes only Space; at the till Enter pays too.
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._tab.checkout()
                    return True
                return False
            if event.key() == Qt.Key.Key_Down and self._tab.results.isVisible():
                self._tab.results.setFocus()
                self._tab.results.setCurrentRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._tab.clear_search()
                return True
        return False


class TillTab(RefreshingPage):
    """The till; ``receipt_folder``: write receipts there as PDF files instead of printing
    (set when the computer has no printer, and by tests)."""

    def __init__(self, db: Database, actor: Actor, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._settings = settings
        self.cart = Cart()
        self.receipt_folder: Path | None = None
        self.last_sale: Sale | None = None
        self.last_receipt: Path | None = None
        self._busy = False
        self._build()
        self._wire()
        self._show_cart()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        scan_label = QLabel(self.tr("扫码或输入商品名、拼音首字母(&S):"))
        self.scan_edit = QLineEdit()
        self.scan_edit.setAccessibleName(self.tr("扫码或输入商品名、拼音首字母"))
        self.scan_edit.setPlaceholderText(self.tr("扫描条码，或输入名称 / 拼音首字母后按回车"))
        big = QFont(self.scan_edit.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.scan_edit.setFont(big)
        scan_label.setBuddy(self.scan_edit)
        top.addWidget(scan_label)
        top.addWidget(self.scan_edit, 1)
        paper_label = QLabel(self.tr("小票纸(&P):"))
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(self.tr("小票纸"))
        for paper in receipt_print.PAPERS:
            self.paper_combo.addItem(receipt_print.paper_name(paper), paper)
        self.paper_combo.setCurrentIndex(
            receipt_print.PAPERS.index(self._settings.receipt_paper))
        paper_label.setBuddy(self.paper_combo)
        top.addWidget(paper_label)
        top.addWidget(self.paper_combo)
        layout.addLayout(top)

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("找到的商品"))
        self.results.setVisible(False)
        self.results.setMaximumHeight(self.fontMetrics().height() * 9)
        layout.addWidget(self.results)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.model: ListTableModel[CartLine] = ListTableModel(line_columns())
        self.table = record_table(self.model, self.tr("这笔销售的商品"))
        # F2 is the till's own key for the quantity (a shortcut, wherever the focus is).
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        # The quantity is typed into a line taking digits only, named 数量 for screen
        # readers (the theme's spin box leaves no room for its number in a table cell).
        self.table.setItemDelegateForColumn(QUANTITY_COLUMN, CountDelegate(
            self.model, lambda _line: stock.MAX_QUANTITY, False, self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # The names take the room left; the numbers are as wide as their headers or values
        # (the large-text setting included), the discount as its header (a long reason
        # shows whole in its tooltip).
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents
                                        if column != DISCOUNT_COLUMN
                                        else QHeaderView.ResizeMode.Interactive)
        self.size_columns()
        left.addWidget(self.table, 1)
        row, (self.quantity_button, self.discount_button, self.remove_button,
              self.clear_button) = action_buttons((
                  (self.tr("改数量(&Q)"), self.edit_quantity),
                  (self.tr("优惠(&D)…"), self.discount_selected),
                  (self.tr("删除该行(&X)"), self.remove_selected),
                  (self.tr("清空重来"), self.clear_cart)))
        left.addLayout(row)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("应收合计:")))
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("应收合计"))
        total_font = QFont(self.font())
        total_font.setPointSizeF(total_font.pointSizeF() * 2.6)
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.total_label)
        pay = QGridLayout()
        self.payment_group = QButtonGroup(self)
        self.payment_buttons: list[QRadioButton] = []
        for n, (method, key) in enumerate(zip(PAYMENT_METHODS, PAYMENT_KEYS, strict=True)):
            key_text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            name = receipt_print.payment_name(method)
            choice = QRadioButton(self.tr("{method}（{key}）").format(method=name, key=key_text))
            choice.setAccessibleName(self.tr("付款方式：{method}").format(method=name))
            self.payment_group.addButton(choice, n)
            self.payment_buttons.append(choice)
            pay.addWidget(choice, n // 2, n % 2)
        self.payment_buttons[0].setChecked(True)
        right.addLayout(pay)
        form = QFormLayout()
        self.given_edit = QLineEdit()
        self.given_edit.setAccessibleName(self.tr("实收现金（元）"))
        self.given_edit.setPlaceholderText(self.tr("不填即按应收"))
        form.addRow(self.tr("实收现金（元）(&G):"), self.given_edit)
        self.change_label = QLabel()
        self.change_label.setAccessibleName(self.tr("找零"))
        change_font = QFont(self.font())
        change_font.setPointSizeF(change_font.pointSizeF() * 1.6)
        change_font.setBold(True)
        self.change_label.setFont(change_font)
        form.addRow(self.tr("找零:"), self.change_label)
        right.addLayout(form)
        self.checkout_button = named_button(self.tr("结账（F12）"), self.tr("结账"),
                                            self.checkout)
        self.checkout_button.setMinimumHeight(self.fontMetrics().height() * 3)
        right.addWidget(self.checkout_button)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_label.setAccessibleName(self.tr("上一笔销售"))
        right.addWidget(self.last_label)
        right.addStretch(1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        self.status = StatusLabel(self.tr("收银结果"))
        layout.addWidget(self.status)

    def _wire(self) -> None:
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.scan_edit.textEdited.connect(lambda _text: self.search_timer.start())
        self.scan_edit.returnPressed.connect(self.enter_pressed)
        keys = _Keys(self)
        self.scan_edit.installEventFilter(keys)
        self.checkout_button.installEventFilter(keys)
        self.results.itemActivated.connect(self._pick)
        self.model.dataChanged.connect(self._lines_edited)
        self.payment_group.idToggled.connect(self._payment_changed)
        self.given_edit.textChanged.connect(lambda _text: self._show_change())
        self.given_edit.returnPressed.connect(self.checkout)
        self.paper_combo.currentIndexChanged.connect(self._paper_chosen)
        for n, key in enumerate(PAYMENT_KEYS):
            QShortcut(QKeySequence(key), self, lambda n=n: self.choose_payment(n),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, self.checkout,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit_quantity,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    # -- finding products ---------------------------------------------------------------------
    def enter_pressed(self) -> None:
        """Enter in the scan field: a code adds its product; a name lists or adds the match;
        an empty field goes on to the payment."""
        self.search_timer.stop()
        text = self.scan_edit.text().strip()
        if not text:
            self.go_to_payment()
            return
        product = catalogue.find_by_code(self._db, text)
        if product is not None:
            self.add_product(product)
            return
        found = catalogue.find_products(self._db, text)
        if len(found) == 1:
            self.add_product(found[0])
        elif found:
            self._show_results(found)
            self.results.setFocus()
            self.results.setCurrentRow(0)
        else:
            self._show_results([])
            self.status.show_result(self.tr(
                "没有找到“{text}”：请核对条码，或输入商品名称、拼音首字母").format(text=text),
                problem=True)

    def run_search(self) -> None:
        """List the products matching what has been typed so far."""
        text = self.scan_edit.text().strip()
        self._show_results(catalogue.find_products(self._db, text) if text else [])

    def _show_results(self, products: list[Product]) -> None:
        self.results.clear()
        have = stock.on_hand_all(self._db) if products else {}
        for product in products:
            item = QListWidgetItem(self.tr("{name}　¥{price}　库存 {stock}　{code}").format(
                name=product.name, price=format_yuan(product.price_fen),
                stock=have.get(product.id, 0), code=product.code))
            item.setData(Qt.ItemDataRole.UserRole, product.id)
            self.results.addItem(item)
        self.results.setVisible(bool(products))

    def _pick(self, item: QListWidgetItem) -> None:
        product = catalogue.get_product(self._db, int(item.data(Qt.ItemDataRole.UserRole)))
        self.add_product(product)

    def clear_search(self) -> None:
        """Empty the scan field and hide the results."""
        self.search_timer.stop()
        self.scan_edit.clear()
        self._show_results([])
        self.scan_edit.setFocus()

    def add_product(self, product: Product) -> None:
        """One more of ``product`` in the cart (refused with the reason when it is off sale)."""
        if product.archived:
            self.status.show_result(self.tr(
                "“{name}”已下架，不能销售：如需销售，请先在商品目录中恢复").format(
                    name=product.name), problem=True)
            self.clear_search()
            return
        row = self.cart.add(product)
        self.model.set_rows(self.cart.lines)
        self._select_line(row)
        self.last_label.clear()
        self.status.show_result(self.tr("{name} × {quantity}").format(
            name=product.name, quantity=self.cart.lines[row].quantity))
        self._show_cart()
        self.clear_search()

    # -- the lines -----------------------------------------------------------------------------
    def _select_line(self, row: int) -> None:
        """Select the line, its quantity the current cell (what F2 and typing change)."""
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, QUANTITY_COLUMN),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _lines_edited(self) -> None:
        before = self.cart.lines
        self.cart.lines = self.model.rows()
        self._show_cart()
        # Back to scanning once the cell's editor has closed.
        QTimer.singleShot(0, self.scan_edit.setFocus)
        if before == self.cart.lines:
            self.status.show_result(self.tr(
                "数量应为 1–{most} 的整数").format(most=stock.MAX_QUANTITY), problem=True)

    def edit_quantity(self) -> None:
        """Start editing the selected line's quantity (F2 anywhere at the till does the
        same); Enter stores it and goes back to scanning."""
        row = self._selected_row()
        if row is None or self.table.state() == QAbstractItemView.State.EditingState:
            return
        index = self.model.index(row, QUANTITY_COLUMN)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def set_quantity(self, row: int, quantity: int) -> None:
        """Set a line's quantity as typed into its cell."""
        self.model.setData(self.model.index(row, QUANTITY_COLUMN), str(quantity))

    def make_discount_dialog(self) -> DiscountDialog | None:
        """The discount dialog for the selected line, applied on OK."""
        row = self._selected_row()
        if row is None:
            self.status.show_result(self.tr("请先选中要优惠的商品"), problem=True)
            return None
        dialog = DiscountDialog(self.cart.lines[row], self)
        dialog.accepted.connect(lambda: self._discount(row, dialog))
        return dialog

    def discount_selected(self) -> None:
        """Ask for the selected line's discount and its reason."""
        open_made(self.make_discount_dialog())

    def _discount(self, row: int, dialog: DiscountDialog) -> None:
        line = self.cart.lines[row]
        self.cart.lines[row] = CartLine(line.product_id, line.code, line.name, line.price_fen,
                                        line.quantity, dialog.discount_fen, dialog.reason)
        self.model.set_rows(self.cart.lines)
        self._select_line(row)
        self._show_cart()
        self.scan_edit.setFocus()

    def remove_selected(self) -> None:
        """Take the selected line off the sale."""
        row = self._selected_row()
        if row is None:
            return
        del self.cart.lines[row]
        self.model.set_rows(self.cart.lines)
        self._show_cart()
        self.scan_edit.setFocus()

    def clear_cart(self) -> None:
        """Start the sale again (nothing was recorded)."""
        self.cart.clear()
        self.model.set_rows([])
        self.given_edit.clear()
        self.payment_buttons[0].setChecked(True)
        self._show_cart()
        self.clear_search()

    # -- payment -------------------------------------------------------------------------------
    def payment(self) -> str:
        """The payment method chosen."""
        return PAYMENT_METHODS[max(self.payment_group.checkedId(), 0)]

    def choose_payment(self, index: int) -> None:
        """Choose a payment method (F5 现金 … F9 其他)."""
        self.payment_buttons[index].setChecked(True)
        if PAYMENT_METHODS[index] == CASH:
            self.given_edit.setFocus()
        else:
            self.checkout_button.setFocus()

    def _payment_changed(self, _id: int, checked: bool) -> None:
        if checked:
            cash = self.payment() == CASH
            self.given_edit.setEnabled(cash)
            if not cash:
                self.given_edit.clear()
            self._show_change()

    def go_to_payment(self) -> None:
        """From the empty scan field: to the cash given, or to 结账."""
        if not self.cart.lines:
            return
        if self.payment() == CASH:
            self.given_edit.setFocus()
            self.given_edit.selectAll()
        else:
            self.checkout_button.setFocus()

    def _given_fen(self) -> int | None:
        """The cash given as typed (fen), None when nothing was typed, -1 when it is not an
        amount (the reason shown)."""
        text = self.given_edit.text().strip()
        if not text or self.payment() != CASH:
            return None
        fen = attempt(self, lambda: parse_yuan(
            text, field="cash_given_fen",
            label=Message(QT_TRANSLATE_NOOP("Messages", "实收现金"))), status=self.status)
        return -1 if fen is None else fen

    def _show_change(self) -> None:
        text = self.given_edit.text().strip()
        if self.payment() != CASH or not text:
            self.change_label.setText("")
            return
        given = typed_fen(text)
        if given is None:  # not an amount (yet, while typing): 结账 says why
            self.change_label.setText("")
            return
        change = given - self.cart.total_fen
        self.change_label.setText(self.tr("¥{amount}").format(amount=format_yuan(change))
                                  if change >= 0 else self.tr("不足 ¥{amount}").format(
                                      amount=format_yuan(-change)))

    def _show_cart(self) -> None:
        self.total_label.setText(self.tr("¥{amount}").format(
            amount=format_yuan(self.cart.total_fen)))
        self.total_label.setAccessibleDescription(self.total_label.text())
        has_lines = bool(self.cart.lines)
        for button in (self.quantity_button, self.discount_button, self.remove_button,
                       self.clear_button, self.checkout_button):
            button.setEnabled(has_lines)
        self._show_change()

    # -- recording -----------------------------------------------------------------------------
    def shortfalls(self) -> list[tuple[str, int, int]]:
        """Products the cart sells beyond the stock on the books: (name, on hand, wanted)."""
        wanted: dict[int, int] = {}
        names: dict[int, str] = {}
        for line in self.cart.lines:
            wanted[line.product_id] = wanted.get(line.product_id, 0) + line.quantity
            names[line.product_id] = line.name
        short = []
        for product_id, quantity in wanted.items():
            have = stock.on_hand(self._db, product_id)
            if quantity > have:
                short.append((names[product_id], have, quantity))
        return short

    def checkout(self) -> None:
        """结账: record the sale (asking first why when it sells beyond the stock)."""
        if self._busy or not self.cart.lines:
            return
        short = self.shortfalls()
        if short:
            dialog = self.make_short_dialog(short)
            dialog.open()
            return
        self.record("")

    def make_short_dialog(self, short: list[tuple[str, int, int]]) -> ReasonDialog:
        """Asks why the sale goes beyond the stock on the books; records the sale on OK."""
        lines = "\n".join(self.tr("“{name}”账面库存 {have} 件，这笔要卖 {wanted} 件").format(
            name=name, have=have, wanted=wanted) for name, have, wanted in short)
        dialog = ReasonDialog(
            self.tr("超出账面库存"),
            lines + "\n" + self.tr("如果东西确实在（例如入库未登记），请写明原因后结账；"
                                   "原因记在这笔销售上，月报核对时会列出。"),
            self.tr("结账"), self, placeholder=self.tr("如：新做的还没入库"))
        dialog.accepted.connect(lambda: self.record(dialog.reason()))
        return dialog

    def record(self, short_reason: str) -> Sale | None:
        """Record the cart as one sale (``short_reason`` for selling beyond the stock) and
        print its receipt; the cart is emptied for the next customer."""
        if self._busy or not self.cart.lines:
            return None
        given = self._given_fen()
        if given == -1:
            self.given_edit.setFocus()
            return None
        self._busy = True
        try:
            sale = attempt(self, lambda: record_sale(self._db, SaleInput(
                [line.as_input() for line in self.cart.lines], self.payment(),
                cash_given_fen=given, short_reason=short_reason, uid=self.cart.uid),
                actor=self._actor), title=self.tr("无法结账"), status=self.status)
        finally:
            self._busy = False
        if sale is None:
            return None
        self.last_sale = sale
        self.clear_cart()
        self._show_last(sale)
        self.print_receipt(sale)
        return sale

    def _show_last(self, sale: Sale) -> None:
        text = self.tr("上一笔：单号 {number}，{payment} ¥{total}").format(
            number=receipt_print.sale_number(sale.uid),
            payment=receipt_print.payment_name(sale.payment),
            total=format_yuan(sale.total_fen))
        if sale.change_fen is not None:
            text += self.tr("，实收 ¥{given}，找零 ¥{change}").format(
                given=format_yuan(sale.cash_given_fen or 0), change=format_yuan(sale.change_fen))
            # The change stays in large type until the next customer's first scan.
            self.change_label.setText(self.tr("¥{amount}").format(
                amount=format_yuan(sale.change_fen)))
        self.last_label.setText(text)
        self.status.show_result(text)

    # -- receipts ------------------------------------------------------------------------------
    def _paper_chosen(self) -> None:
        self._settings.receipt_paper = str(self.paper_combo.currentData())
        self._settings.sync()

    def print_receipt(self, sale: Sale, *, reprint: bool = False) -> None:
        """Print the sale's receipt on the chosen paper (a PDF in ``receipt_folder``)."""
        self.last_receipt = deliver_receipt(self, self.status, self._db, self._settings, sale,
                                            self.receipt_folder, reprint=reprint)

    def size_columns(self) -> None:
        """The discount as wide as its header or four characters (the rest in its
        tooltip), in the font of the moment."""
        han = self.table.fontMetrics().horizontalAdvance("汉")
        self.table.setColumnWidth(DISCOUNT_COLUMN, max(
            self.table.horizontalHeader().sectionSizeHint(DISCOUNT_COLUMN), han * 4))

    def refresh(self) -> None:
        """Back on the till: ready to scan."""
        self.scan_edit.setFocus()


def make_tab(context: PageContext) -> TillTab:
    """The 收银 tab of the 希联圆梦 page."""
    return TillTab(context.db, context.actor, context.ui_settings)
