"""Refunding part of a sale line: how many items, how much money (never more than was paid
and not yet refunded), why, and whether the items go back into stock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.sales import refunds
from desktop.models.sales.rules import REASON_MAX
from desktop.models.sales.sales import SaleLine
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.model_action import attempt


class RefundDialog(QDialog):
    """A refund on one line; OK records it (one transaction) or says why not and stays."""

    def __init__(self, db: Database, actor: Actor, line: SaleLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._line = line
        self.refund_id: int | None = None
        left = refunds.refundable(db, line.id)
        self.setWindowTitle(self.tr("退款"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr(
            "“{name}”卖出 {sold} 件，实付 {paid} 元；已退 {done} 件 {done_fen} 元，"
            "还可退 {left} 件 {left_fen} 元。").format(
                name=line.name, sold=left.sold, paid=format_yuan(left.paid_fen),
                done=left.refunded_items, done_fen=format_yuan(left.refunded_fen),
                left=left.items_left, left_fen=format_yuan(left.fen_left)))
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, max(left.items_left, 1))
        self.quantity_spin.setAccessibleName(self.tr("退货数量"))
        form.addRow(self.tr("退货数量(&Q):"), self.quantity_spin)
        self.amount_edit = QLineEdit()
        self.amount_edit.setAccessibleName(self.tr("退款金额（元）"))
        form.addRow(self.tr("退款金额（元）(&A):"), self.amount_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setAccessibleName(self.tr("退款原因"))
        self.reason_edit.setPlaceholderText(self.tr("如：顾客退货，商品有瑕疵"))
        form.addRow(self.tr("退款原因(&R):"), self.reason_edit)
        self.restock_check = QCheckBox(self.tr("商品退回库存，可以再卖(&S)"))
        self.restock_check.setAccessibleName(self.tr("商品退回库存"))
        self.restock_check.setChecked(True)
        form.addRow(self.restock_check)
        layout.addLayout(form)
        self.error_label = error_line()
        self.error_label.setAccessibleName(self.tr("退款的问题"))
        layout.addWidget(self.error_label)
        buttons, self.ok_button = accept_cancel_buttons(
            self, self.tr("退款"), self.tr("确定退款"), self.tr("取消"), self.save)
        layout.addWidget(buttons)
        # Wide enough for the hints at any text size (30 Han characters).
        self.resize(max(460, self.fontMetrics().horizontalAdvance("汉") * 30),
                    self.sizeHint().height())
        self._left = left
        self.quantity_spin.valueChanged.connect(self._suggest_amount)
        self._suggest_amount(1)

    def _suggest_amount(self, quantity: int) -> None:
        """What those items cost the customer (their share of the line), at most what is left."""
        paid_each = self._line.amount_fen / max(self._line.quantity, 1)
        fen = min(round(paid_each * quantity), self._left.fen_left)
        self.amount_edit.setText(format_yuan(fen).replace(",", ""))

    def save(self) -> None:
        """Record the refund; on a refusal say why and stay open (nothing written)."""
        def show(message: str) -> None:
            show_error(self.error_label, message)

        fen = attempt(self, lambda: parse_yuan(
            self.amount_edit.text(), field="amount_fen",
            label=Message(QT_TRANSLATE_NOOP("Messages", "退款金额"))), show=show)
        if fen is None:
            return
        refund_id = attempt(self, lambda: refunds.refund_line(
            self._db, self._line.id, self.quantity_spin.value(), fen, self.reason_edit.text(),
            restock=self.restock_check.isChecked(), actor=self._actor), show=show)
        if refund_id is not None:
            self.refund_id = refund_id
            self.accept()
