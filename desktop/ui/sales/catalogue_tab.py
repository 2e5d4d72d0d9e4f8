"""商品 tab: the catalogue of handicrafts (code, name, category, price, material cost, on
hand, makers), found by name, pinyin initials or code; 新建 / 编辑 open the product dialog,
下架 archives the selected product with a reason and 恢复 brings it back; 打印标签 prints
barcode labels of the products shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from desktop.models.money import format_yuan
from desktop.models.sales import catalogue, stock
from desktop.models.sales.catalogue import Product
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import CENTER, RIGHT, Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage
from desktop.ui.common.record_table import record_table
from desktop.ui.common.wrapped_headers import fit_columns_wrapping
from desktop.ui.sales.labels_print import LabelsDialog
from desktop.ui.sales.product_dialog import ProductDialog
from desktop.ui.sales.sales_parts import (
    button_row,
    current_row,
    product_search_row,
    show_rows,
    status_below,
)

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database
    from desktop.ui.shell.pages import PageContext

_SHOWN_MAX = 500


def makers_text(product: Product) -> str:
    """The makers as shown: 张三 60%、李四 40%."""
    return QCoreApplication.translate("CatalogueTab", "、").join(
        QCoreApplication.translate("CatalogueTab", "{name} {share}%").format(
            name=m.name, share=m.share_percent) for m in product.makers)


def product_columns(on_hand: dict[int, int]) -> list[Column[Product]]:
    """The catalogue's columns; ``on_hand`` gives each product's items at the centre."""
    return [
        Column(lambda: QCoreApplication.translate("CatalogueTab", "编码"), lambda p: p.code,
               align=CENTER),
        Column(lambda: QCoreApplication.translate("CatalogueTab", "商品名称"),
               lambda p: p.name if not p.archived else QCoreApplication.translate(
                   "CatalogueTab", "{name}（已下架）").format(name=p.name)),
        Column(lambda: QCoreApplication.translate("CatalogueTab", "类别"), lambda p: p.category),
        Column(lambda: QCoreApplication.translate("CatalogueTab", "售价（元）"),
               lambda p: format_yuan(p.price_fen), align=RIGHT),
        Column(lambda: QCoreApplication.translate("CatalogueTab", "材料成本（元）"),
               lambda p: format_yuan(p.material_cost_fen), align=RIGHT),
        Column(lambda: QCoreApplication.translate("CatalogueTab", "库存（件）"),
               lambda p: on_hand.get(p.id, 0), align=RIGHT),
        Column(lambda: QCoreApplication.translate("CatalogueTab", "制作者及份额"), makers_text,
               tooltip=makers_text),
    ]


class CatalogueTab(RefreshingPage):
    """The products with a search line and the buttons that change them."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self._on_hand: dict[int, int] = {}
        layout = QVBoxLayout(self)
        top, self.search_edit = product_search_row(self.refresh)
        self.archived_box = QCheckBox(self.tr("显示已下架(&D)"))
        self.archived_box.setAccessibleName(self.tr("显示已下架的商品"))
        self.archived_box.toggled.connect(lambda _: self.refresh())
        top.addWidget(self.archived_box)
        layout.addLayout(top)
        self.model: ListTableModel[Product] = ListTableModel(
            product_columns(self._on_hand), self, key=lambda p: p.id)
        self.table = record_table(self.model, self.tr("商品目录"))
        self.table.activated.connect(lambda _: self.open_edit())
        layout.addWidget(self.table, 1)
        self.new_button = named_button(self.tr("新建商品(&N)…"), self.tr("新建一种商品"),
                                       self.open_new)
        self.edit_button = named_button(self.tr("编辑(&E)…"), self.tr("编辑选中的商品"),
                                        self.open_edit)
        self.archive_button = named_button(self.tr("下架(&X)…"),
                                           self.tr("下架选中的商品，写明原因"), self._ask_archive)
        self.restore_button = named_button(self.tr("恢复上架(&R)"), self.tr("恢复选中的已下架商品"),
                                           self.restore)
        self.labels_button = named_button(self.tr("打印标签(&L)…"),
                                          self.tr("为列出的商品打印条码标签"), self.open_labels)
        layout.addLayout(button_row((self.new_button, self.edit_button, self.archive_button,
                                     self.restore_button, self.labels_button)))
        self.status_label = status_below(layout, self.table, self._enable)
        self.refresh()

    def refresh(self) -> None:
        """The products again (those found by the search text), keeping the selection."""
        chosen = self.selected()
        text = self.search_edit.text()
        archived = self.archived_box.isChecked()
        found = attempt(self, lambda: catalogue.find_products(
            self._db, text, limit=_SHOWN_MAX, include_archived=archived) if text.strip()
            else catalogue.list_products(self._db, include_archived=archived),
            status=self.status_label) or []
        self._on_hand.clear()
        self._on_hand.update(stock.on_hand_all(self._db))
        show_rows(self.model, self.table, found, chosen.id if chosen is not None else None)
        fit_columns_wrapping(self.table, [8, 14, 6, 6, 6, 5, 16])
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.archive_button.setEnabled(chosen is not None and not chosen.archived)
        self.restore_button.setEnabled(chosen is not None and chosen.archived)
        self.labels_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> Product | None:
        """The product of the current row."""
        return current_row(self.model, getattr(self, "table", None))

    def make_dialog(self, product: Product | None) -> ProductDialog:
        """The product dialog for ``product`` (None: a new one)."""
        return ProductDialog(self._db, self._actor, product, self._after_save, self)

    def open_new(self) -> None:
        """Open the dialog for a new product."""
        self.make_dialog(None).open()

    def open_edit(self) -> None:
        """Open the dialog of the selected product."""
        chosen = self.selected()
        if chosen is not None:
            self.make_dialog(chosen).open()

    def _after_save(self, product_id: int) -> None:
        self.refresh()
        row = self.model.row_of(product_id)
        if row >= 0:
            self.table.selectRow(row)
        self.status_label.show_result(self.tr("已保存商品"))

    def archive(self, reason: str) -> bool:
        """Archive the selected product with ``reason``."""
        chosen = self.selected()
        if chosen is None:
            return False
        if not succeeded(self, lambda: catalogue.archive_product(
                self._db, chosen.id, reason, actor=self._actor), status=self.status_label):
            return False
        self.refresh()
        self.status_label.show_result(self.tr("已下架：{name}").format(name=chosen.name))
        return True

    def _ask_archive(self) -> None:
        dialog = ReasonDialog(self.tr("下架商品"),
                              self.tr("下架后收银台不再出售，已有的销售记录保留；可随时恢复。"),
                              self.tr("下架(&X)"), self, placeholder=self.tr("如：不再制作"))
        dialog.accepted.connect(lambda: self.archive(dialog.reason()))
        dialog.open()

    def restore(self) -> bool:
        """Bring the selected archived product back on sale."""
        chosen = self.selected()
        if chosen is None:
            return False
        if not succeeded(self, lambda: catalogue.restore_product(
                self._db, chosen.id, actor=self._actor), status=self.status_label):
            return False
        self.refresh()
        self.status_label.show_result(self.tr("已恢复上架：{name}").format(name=chosen.name))
        return True

    def make_labels_dialog(self) -> LabelsDialog:
        """The label-printing dialog for the products listed."""
        return LabelsDialog(self.model.rows(), self)

    def open_labels(self) -> None:
        """Open the label-printing dialog."""
        self.make_labels_dialog().open()


def make_tab(context: PageContext) -> CatalogueTab:
    """The 商品 tab of the 希联圆梦 page."""
    return CatalogueTab(context)
