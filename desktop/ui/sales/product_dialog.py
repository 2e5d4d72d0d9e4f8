"""新建商品 / 编辑商品: a product's name, category, code, price and material cost, its makers
(members found by name or pinyin initials, each with a whole share in %; together 100) and
its photo (an image file, shown scaled). The models check everything and the dialog shows
their message; nothing is stored unless all of it is accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.models.sales import catalogue, stock_views
from desktop.models.sales.catalogue import Product, ProductInput
from desktop.ui.common.columns import CENTER, Column
from desktop.ui.common.dialog_parts import (
    accept_cancel_buttons,
    error_line,
    named_button,
    show_error,
)
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.shell.keyboard_nav import search_leads_to

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database

PHOTO_PIXELS = 800
"""The longest side a stored photo keeps (a phone's photo would be megabytes)."""
PREVIEW_PIXELS = 160
MAKER_ROWS_SHOWN = 4
FOUND_MAX = stock_views.FOUND_MAX
FOUND_LOOKED_AT = 3 * FOUND_MAX
"""How many people a search looks at, so members are not crowded out by non-members."""


@dataclass(frozen=True)
class MakerRow:
    """One maker in the dialog's list."""

    person_id: int
    name: str
    share: int


def money_text(fen: int) -> str:
    """An amount as typed back into a field: 20.00, no thousands separators."""
    return format_yuan(fen).replace(",", "")


def typed_fen(text: str, field: str, label: str) -> int:
    """An amount typed in 元 as fen; a leading minus is kept so the models refuse it with
    their own message (售价应大于0元), not a typing one."""
    value = text.strip()
    if value.startswith(("-", "－")):
        return -parse_yuan(value[1:], field=field, label=label)
    return parse_yuan(value, field=field, label=label)


def scaled_jpeg(path: Path) -> bytes | None:
    """The image at ``path`` as JPEG no larger than PHOTO_PIXELS a side; None if it is not an
    image Qt can read."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_PIXELS:
        image = image.scaled(PHOTO_PIXELS, PHOTO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"JPEG"))
    writer.setQuality(85)
    # JPEG has no transparency: a transparent PNG goes onto white, not black.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    writer.write(flat)
    buffer.close()
    return bytes(data.data())


class MakersEditor(QObject):
    """Find a member, give a share, 添加; the list shows each maker and the total."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.search_edit = QLineEdit(parent)
        self.search_edit.setPlaceholderText(self.tr("姓名或拼音首字母"))
        self.search_edit.setAccessibleName(self.tr("查找制作者"))
        self.found = QListWidget(parent)
        self.found.setAccessibleName(self.tr("找到的人员"))
        # Three found rows show at once (the theme pads each row to about two lines).
        self.found.setFixedHeight(self.found.fontMetrics().height() * 7)
        search_leads_to(self.search_edit, self.found)
        self.search_edit.textChanged.connect(self._search)
        self.share_spin = QSpinBox(parent)
        self.share_spin.setRange(1, 100)
        self.share_spin.setValue(100)
        self.share_spin.setSuffix("%")
        self.share_spin.setAccessibleName(self.tr("份额（%）"))
        self.add_button = named_button(self.tr("添加制作者(&A)"), self.tr("添加选中的人为制作者"),
                                       self.add_found)
        self.remove_button = named_button(self.tr("移除制作者(&R)"),
                                          self.tr("从制作者中移除选中的一位"), self.remove)
        self.model: ListTableModel[MakerRow] = ListTableModel([
            Column(lambda: QCoreApplication.translate("ProductDialog", "制作者"),
                   lambda m: m.name),
            Column(lambda: QCoreApplication.translate("ProductDialog", "份额"),
                   lambda m: f"{m.share}%", align=CENTER),
        ], self, key=lambda m: m.person_id)
        self.table = record_table(self.model, self.tr("制作者及份额"))
        # Four makers show at once, however tall the theme makes each row (six lines of text
        # showed one and a half rows under the theme).
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
            + MAKER_ROWS_SHOWN * self.table.verticalHeader().defaultSectionSize())
        self.total_label = QLabel(parent)
        self._rows: list[MakerRow] = []
        self._show()

    def _search(self, text: str) -> None:
        """Members first (the first one chosen); people who are not members after them, greyed
        and not choosable: only a member can be a maker, and 添加 must never pick one who is
        then refused on saving."""
        self.found.clear()
        found = stock_views.find_people(self._db, text, limit=FOUND_LOOKED_AT)
        members = [f for f in found if f.member][:FOUND_MAX]
        others = [f for f in found if not f.member][:FOUND_MAX - len(members)]
        for person in members:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.name)
            self.found.addItem(item)
        for person in others:
            item = QListWidgetItem(self.tr("{name}（非会员，不能作为制作者）").format(
                name=person.name))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.name)
            self.found.addItem(item)
        if members:
            self.found.setCurrentRow(0)

    def add_found(self) -> bool:
        """Add the person chosen in the list with the share typed (a second time: the share
        is replaced)."""
        item = self.found.currentItem()
        if item is None and self.found.count():
            self.total_label.setText(self.tr(
                "{name} 不是在册会员，不能作为制作者：制作者须是本中心会员").format(
                    name=self.found.item(0).data(Qt.ItemDataRole.UserRole + 1)))
            self.search_edit.setFocus()
            return False
        if item is None:
            self.total_label.setText(self.tr("请先输入姓名或拼音首字母找到制作者，再选中一位"))
            self.search_edit.setFocus()
            return False
        self.add(int(item.data(Qt.ItemDataRole.UserRole)),
                 str(item.data(Qt.ItemDataRole.UserRole + 1)), self.share_spin.value())
        self.search_edit.clear()
        self.search_edit.setFocus()
        return True

    def add(self, person_id: int, name: str, share: int) -> None:
        """Put ``name`` among the makers with ``share`` %."""
        self._rows = [r for r in self._rows if r.person_id != person_id]
        self._rows.append(MakerRow(person_id, name, share))
        self._show()

    def remove(self) -> None:
        """Drop the maker selected in the list."""
        chosen = self.model.row_data(self.table.currentIndex().row())
        if chosen is not None:
            self._rows = [r for r in self._rows if r.person_id != chosen.person_id]
            self._show()

    def pairs(self) -> list[tuple[int, int]]:
        """The makers as (person id, share) for the models."""
        return [(r.person_id, r.share) for r in self._rows]

    def _show(self) -> None:
        self.model.set_rows(list(self._rows))
        fit_columns(self.table, [12, 6])
        if self._rows:
            self.table.selectRow(len(self._rows) - 1)
        total = sum(r.share for r in self._rows)
        self.total_label.setText(self.tr("份额合计：{total}%（应为100%）").format(total=total))
        self.remove_button.setEnabled(bool(self._rows))


class ProductDialog(QDialog):
    """The form of one product; 保存 stores it (and its photo) and closes."""

    def __init__(self, db: Database, actor: Actor, product: Product | None,
                 saved: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._product, self._saved = db, actor, product, saved
        self._photo: bytes | None = None
        self.setModal(True)
        self.setWindowTitle(self.tr("新建商品") if product is None else
                            self.tr("编辑商品：{name}").format(name=product.name))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(catalogue.NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("如：软陶钥匙扣"))
        self.category_edit = QLineEdit()
        self.category_edit.setMaxLength(catalogue.CATEGORY_MAX)
        self.category_edit.setPlaceholderText(self.tr("如：软陶、编织、十字绣"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(catalogue.CODE_MAX)
        self.code_edit.setPlaceholderText(self.tr("留空则自动生成条码编号"))
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("如：20 或 20.50"))
        self.cost_edit = QLineEdit("0")
        self.cost_edit.setPlaceholderText(self.tr("没有材料成本填0"))
        for text, field in ((self.tr("商品名称(&N):"), self.name_edit),
                            (self.tr("类别(&G):"), self.category_edit),
                            (self.tr("编码(&O):"), self.code_edit),
                            (self.tr("售价（元）(&P):"), self.price_edit),
                            (self.tr("材料成本（元）(&T):"), self.cost_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(accessible_label(text))
            form.addRow(label, field)
        top.addLayout(form, 1)
        photo_box = QVBoxLayout()
        self.photo_label = QLabel(self.tr("（无照片）"))
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFixedSize(PREVIEW_PIXELS, PREVIEW_PIXELS)
        self.photo_label.setFrameShape(QLabel.Shape.Box)
        self.photo_button = named_button(self.tr("选择照片(&H)…"),
                                         self.tr("选择商品照片的图片文件"), self._choose_photo)
        photo_box.addWidget(self.photo_label)
        photo_box.addWidget(self.photo_button)
        photo_box.addStretch(1)
        top.addLayout(photo_box)
        layout.addLayout(top)
        self.makers = MakersEditor(db, self)
        makers_label = QLabel(self.tr("制作者（本中心会员，份额合计100%）"))
        layout.addWidget(makers_label)
        pick = QFormLayout()
        find_label = QLabel(self.tr("查找会员(&F):"))
        find_label.setBuddy(self.makers.search_edit)
        pick.addRow(find_label, self.makers.search_edit)
        pick.addRow("", self.makers.found)
        share_row = QHBoxLayout()
        share_row.addWidget(self.makers.share_spin)
        share_row.addWidget(self.makers.add_button)
        share_row.addWidget(self.makers.remove_button)
        share_row.addStretch(1)
        share_label = QLabel(self.tr("份额(&E):"))
        share_label.setBuddy(self.makers.share_spin)
        pick.addRow(share_label, share_row)
        layout.addLayout(pick)
        layout.addWidget(self.makers.table, 1)
        layout.addWidget(self.makers.total_label)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("保存(&S)"), self.tr("保存商品"), self.tr("取消"), self.save)
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        layout.addWidget(buttons)
        if product is not None:
            self._load(product)
        width = self.fontMetrics().horizontalAdvance("汉")
        self.resize(max(620, width * 44), max(self.sizeHint().height(), width * 40))

    def _load(self, product: Product) -> None:
        self.name_edit.setText(product.name)
        self.category_edit.setText(product.category)
        self.code_edit.setText(product.code)
        self.price_edit.setText(money_text(product.price_fen))
        self.cost_edit.setText(money_text(product.material_cost_fen))
        for maker in product.makers:
            self.makers.add(maker.person_id, maker.name, maker.share_percent)
        stored = catalogue.photo(self._db, product.id)
        if stored is not None:
            self._preview(stored[0])

    def _preview(self, image: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(image):
            self.photo_label.setPixmap(pixmap.scaled(
                PREVIEW_PIXELS, PREVIEW_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择商品照片"), "", self.tr("图片 (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.use_photo(Path(path))

    def use_photo(self, path: Path) -> bool:
        """Take the image at ``path`` as the product's photo (stored on 保存)."""
        image = scaled_jpeg(path)
        if image is None:
            show_error(self.error_label, self.tr(
                "无法读取图片文件 {path}：请选择 JPG 或 PNG 格式的照片").format(path=path))
            return False
        show_error(self.error_label, "")
        self._photo = image
        self._preview(image)
        return True

    def product_input(self) -> ProductInput:
        """What the form holds; ValidationError when an amount is not an amount in 元."""
        return ProductInput(
            name=self.name_edit.text(), category=self.category_edit.text(),
            code=self.code_edit.text(),
            price_fen=typed_fen(self.price_edit.text(), "price_fen",
                                Message(QT_TRANSLATE_NOOP("Messages", "售价"))),
            material_cost_fen=typed_fen(self.cost_edit.text() or "0", "material_cost_fen",
                                        Message(QT_TRANSLATE_NOOP("Messages", "材料成本"))),
            makers=self.makers.pairs())

    def _store(self) -> int:
        data = self.product_input()
        # The product and its photo are one action: both are stored or neither.
        with self._db.transaction():
            if self._product is None:
                product_id = catalogue.create_product(self._db, data, actor=self._actor)
            else:
                product_id = self._product.id
                catalogue.update_product(self._db, product_id, data, actor=self._actor)
            if self._photo is not None:
                catalogue.set_photo(self._db, product_id, self._photo, "image/jpeg",
                                    actor=self._actor)
        return product_id

    def save(self) -> bool:
        """Store the product; close when it was stored. Returns whether it was."""
        stored: list[int] = []
        if not succeeded(self, lambda: stored.append(self._store()),
                         show=lambda text: show_error(self.error_label, text)):
            return False
        self._saved(stored[0])
        self.accept()
        return True

