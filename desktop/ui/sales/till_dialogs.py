"""The till's small dialogs: a discount on a line (always with its reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.sales.rules import REASON_MAX
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.model_action import attempt
from desktop.ui.sales.till_cart import CartLine


class DiscountDialog(QDialog):
    """A discount on one line: the amount in 元 and why (0 takes the discount off)."""

    def __init__(self, line: CartLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("优惠"))
        self.setModal(True)
        self._line = line
        self.discount_fen = line.discount_fen
        self.reason = line.discount_reason
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("“{name}” {quantity} 件，金额 {amount} 元。优惠必须写明原因。")
                       .format(name=line.name, quantity=line.quantity,
                               amount=format_yuan(line.quantity * line.price_fen)))
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.amount_edit = QLineEdit(format_yuan(line.discount_fen) if line.discount_fen
                                     else "")
        self.amount_edit.setAccessibleName(self.tr("优惠金额（元）"))
        self.amount_edit.setPlaceholderText(self.tr("如 5 或 2.50"))
        form.addRow(self.tr("优惠金额（元）(&A):"), self.amount_edit)
        self.reason_edit = QLineEdit(line.discount_reason)
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setAccessibleName(self.tr("优惠原因"))
        self.reason_edit.setPlaceholderText(self.tr("如：残疾人家属、批量购买"))
        form.addRow(self.tr("优惠原因(&R):"), self.reason_edit)
        layout.addLayout(form)
        self.error_label = error_line()
        self.error_label.setAccessibleName(self.tr("优惠的问题"))
        layout.addWidget(self.error_label)
        buttons, self.ok_button = accept_cancel_buttons(
            self, self.tr("确定"), self.tr("确定优惠"), self.tr("取消"), self.save)
        layout.addWidget(buttons)
        # Wide enough for the hints at any text size (30 Han characters).
        self.resize(max(460, self.fontMetrics().horizontalAdvance("汉") * 30),
                    self.sizeHint().height())

    def save(self) -> None:
        """Check the amount and the reason; accept, or say what is wrong and stay open."""
        text = self.amount_edit.text().strip()
        fen = 0 if not text else attempt(self, lambda: parse_yuan(
            text, field="discount_fen", label=Message(QT_TRANSLATE_NOOP("Messages", "优惠金额"))),
            show=lambda message: show_error(self.error_label, message))
        if fen is None:
            self.amount_edit.setFocus()
            return
        amount = self._line.quantity * self._line.price_fen
        reason = " ".join(self.reason_edit.text().split())
        if fen > amount:
            show_error(self.error_label, self.tr(
                "优惠 {discount} 元超过了这一行的金额 {amount} 元").format(
                    discount=format_yuan(fen), amount=format_yuan(amount)))
            self.amount_edit.setFocus()
            return
        if fen and not reason:
            show_error(self.error_label, self.tr(
                "有优惠时请填写优惠原因，例如：残疾人家属、批量购买"))
            self.reason_edit.setFocus()
            return
        self.discount_fen = fen
        self.reason = reason if fen else ""
        self.accept()
