"""The dialogs of the 库存 tab, each for the product selected there: 生产入库 (who made how
many, which day: the maker among the product's makers), 库存调整 (damaged, sample, gift,
other: out or found, with a reason), 寄售发出 / 寄售收回 (to or from a shop or fair).
The models check each entry and the dialog shows their message; nothing is written unless
it is accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.sales import stock
from desktop.models.sales.catalogue import Product
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.form_fields import accessible_label, use_calendar_popup
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import succeeded
from desktop.ui.sales.sales_parts import FormDialog

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database

_WIDTH_CHARS = 30


def day_of(edit: QDateEdit) -> date:
    """The day a date field shows."""
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


def day_editor(day: date) -> QDateEdit:
    """A day field (yyyy-MM-dd, with a calendar)."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    use_calendar_popup(edit)
    return edit


def quantity_spin() -> QSpinBox:
    """A number of items, 1 to the most the models take."""
    spin = QSpinBox()
    spin.setRange(1, stock.MAX_QUANTITY)
    spin.setSuffix(QCoreApplication.translate("StockDialog", "件"))
    return spin


class StockDialog(FormDialog):
    """A form about one product over an error line and OK / 取消; ``save()`` runs
    ``_store`` through the models and closes when it went through."""

    def __init__(self, title: str, ok_text: str, product: Product, explanation: str,
                 parent: QWidget | None) -> None:
        super().__init__(title, parent, _WIDTH_CHARS)
        self.product = product
        layout = QVBoxLayout(self)
        head = QLabel(explanation)
        head.setWordWrap(True)
        layout.addWidget(head)
        layout.addLayout(self.form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, ok_text, accessible_label(ok_text),
            QCoreApplication.translate("StockDialog", "取消"), self.save)
        self._buttons = buttons
        layout.addWidget(buttons)
        self.saved: Callable[[str], None] = lambda _text: None

    def _store(self) -> str:
        """Write through the models; returns the line the tab shows afterwards."""
        raise NotImplementedError

    def save(self) -> bool:
        """Store the entry; close when it went through."""
        done: list[str] = []
        if not succeeded(self, lambda: done.append(self._store()),
                         show=lambda text: show_error(self.error_label, text)):
            return False
        self.accept()
        self.saved(done[0])
        return True


class ProductionDialog(StockDialog):
    """生产入库: items of the product made by one of its makers on a day."""

    def __init__(self, db: Database, actor: Actor, product: Product,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ProductionDialog", "生产入库"),
            QCoreApplication.translate("ProductionDialog", "入库(&S)"), product,
            QCoreApplication.translate("ProductionDialog", "登记“{name}”新制作的件数，计入库存。"
                                       ).format(name=product.name), parent)
        self._db, self._actor = db, actor
        self.maker_combo = QComboBox()
        for maker in product.makers:
            self.maker_combo.addItem(maker.name, maker.person_id)
        self.maker_combo.addItem(self.tr("（不记制作者）"), None)
        self.quantity_spin = quantity_spin()
        self.day_edit = day_editor(db.clock.today())
        self.add_row(self.tr("制作者(&M):"), self.maker_combo)
        self.add_row(self.tr("数量(&Q):"), self.quantity_spin)
        self.add_row(self.tr("制作日期(&D):"), self.day_edit)

    def _store(self) -> str:
        maker = self.maker_combo.currentData()
        quantity = self.quantity_spin.value()
        stock.record_production(self._db, self.product.id, quantity, day_of(self.day_edit),
                                maker_id=None if maker is None else int(maker),
                                actor=self._actor)
        return self.tr("已入库：{name} {quantity} 件").format(name=self.product.name,
                                                         quantity=quantity)


class AdjustmentDialog(StockDialog):
    """库存调整: items taken out (damaged, a sample, a gift, other) or found, with a reason."""

    def __init__(self, db: Database, actor: Actor, product: Product,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AdjustmentDialog", "库存调整"),
            QCoreApplication.translate("AdjustmentDialog", "调整(&S)"), product,
            QCoreApplication.translate(
                "AdjustmentDialog", "登记“{name}”减少或找回的件数；选“其他”须写明原因。"
            ).format(name=product.name), parent)
        self._db, self._actor = db, actor
        self.kind_combo = QComboBox()
        for key, label in stock.ADJUSTMENTS.items():
            self.kind_combo.addItem(model_message(label), key)
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("减少库存"), -1)
        self.direction_combo.addItem(self.tr("增加库存（找回）"), 1)
        self.quantity_spin = quantity_spin()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("如：运输中摔坏；选“其他”时必填"))
        self.day_edit = day_editor(db.clock.today())
        self.add_row(self.tr("调整类型(&K):"), self.kind_combo)
        self.add_row(self.tr("增减(&I):"), self.direction_combo)
        self.add_row(self.tr("数量(&Q):"), self.quantity_spin)
        self.add_row(self.tr("原因(&R):"), self.reason_edit)
        self.add_row(self.tr("日期(&D):"), self.day_edit)

    def _store(self) -> str:
        quantity = self.quantity_spin.value() * int(self.direction_combo.currentData())
        stock.record_adjustment(self._db, self.product.id, quantity,
                                str(self.kind_combo.currentData()), self.reason_edit.text(),
                                day_of(self.day_edit), actor=self._actor)
        return self.tr("已调整：{name} {quantity:+d} 件").format(name=self.product.name,
                                                            quantity=quantity)


class ConsignmentDialog(StockDialog):
    """寄售发出 (``back`` False) or 寄售收回: items to or from a shop or fair."""

    def __init__(self, db: Database, actor: Actor, product: Product, places: list[str], *,
                 back: bool, parent: QWidget | None = None) -> None:
        if back:
            texts = (QCoreApplication.translate("ConsignmentDialog", "寄售收回"),
                     QCoreApplication.translate("ConsignmentDialog", "收回(&S)"),
                     QCoreApplication.translate("ConsignmentDialog",
                                                "从寄售地点收回未售出的“{name}”，计入库存。"))
        else:
            texts = (QCoreApplication.translate("ConsignmentDialog", "寄售发出"),
                     QCoreApplication.translate("ConsignmentDialog", "发出(&S)"),
                     QCoreApplication.translate("ConsignmentDialog",
                                                "把“{name}”送到商店或集市寄售，从库存中减去。"))
        super().__init__(texts[0], texts[1], product, texts[2].format(name=product.name),
                         parent)
        self._db, self._actor, self._back = db, actor, back
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(stock.PLACE_MAX)
        self.place_edit.setPlaceholderText(self.tr("如：什刹海便民店、春节庙会"))
        completer = QCompleter(places, self.place_edit)
        self.place_edit.setCompleter(completer)
        if back and places:
            self.place_edit.setText(places[0])
        self.quantity_spin = quantity_spin()
        self.day_edit = day_editor(db.clock.today())
        self.add_row(self.tr("寄售地点(&P):"), self.place_edit)
        self.add_row(self.tr("数量(&Q):"), self.quantity_spin)
        self.add_row(self.tr("日期(&D):"), self.day_edit)

    def _store(self) -> str:
        quantity, place = self.quantity_spin.value(), self.place_edit.text()
        if self._back:
            stock.consign_back(self._db, self.product.id, quantity, place,
                               day_of(self.day_edit), actor=self._actor)
            return self.tr("已收回：{name} {quantity} 件（{place}）").format(
                name=self.product.name, quantity=quantity, place=place.strip())
        stock.consign_out(self._db, self.product.id, quantity, place, day_of(self.day_edit),
                          actor=self._actor)
        return self.tr("已发出寄售：{name} {quantity} 件（{place}）").format(
            name=self.product.name, quantity=quantity, place=place.strip())

