"""盘点: the counts of a stock-take typed into a table (one row a product: code, name, the
books, the count, the difference), a reason for the differences and the day; 过账 posts every
difference in one transaction through the models, which refuse the whole stock-take (and
write nothing) when a count or the reason is wrong."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.sales import stock
from desktop.models.sales.stock import StockRow
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.columns import CENTER, RIGHT, Column
from desktop.ui.common.count_table import count_column, count_table
from desktop.ui.common.dialog_parts import accept_cancel_buttons, error_line, show_error
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import fit_columns
from desktop.ui.sales.stock_dialogs import day_editor, day_of

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database

COUNTED_COLUMN = 3


@dataclass(frozen=True)
class CountRow:
    """One product of the stock-take as typed: ``counted`` None when not counted."""

    product_id: int
    code: str
    name: str
    expected: int
    counted: int | None = None

    @property
    def difference(self) -> int | None:
        """Counted less the books, when counted."""
        return None if self.counted is None else self.counted - self.expected


def count_columns() -> list[Column[CountRow]]:
    """The columns of the counts table; 实盘数 is typed in."""
    def difference(row: CountRow) -> str:
        return "" if row.difference is None else f"{row.difference:+d}" if row.difference \
            else "0"
    return [
        Column(lambda: QCoreApplication.translate("StockTakeDialog", "编码"), lambda r: r.code,
               align=CENTER),
        Column(lambda: QCoreApplication.translate("StockTakeDialog", "商品名称"),
               lambda r: r.name),
        Column(lambda: QCoreApplication.translate("StockTakeDialog", "账面数"),
               lambda r: r.expected, align=RIGHT),
        count_column(lambda: QCoreApplication.translate("StockTakeDialog", "实盘数"),
                     lambda r: r.counted, lambda r, n: replace(r, counted=n)),
        Column(lambda: QCoreApplication.translate("StockTakeDialog", "差异"), difference,
               align=RIGHT),
    ]


class StockTakeDialog(QDialog):
    """The counts of every product on sale; only the counted ones are posted."""

    def __init__(self, db: Database, actor: Actor, rows: Sequence[StockRow],
                 done: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._done = db, actor, done
        self.setWindowTitle(self.tr("盘点"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("在“实盘数”栏输入清点到的件数（选中格子直接输入数字，回车或 Tab "
                               "确认并移到下一行）；没有清点的商品留空，不计入本次盘点。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: ListTableModel[CountRow] = ListTableModel(
            count_columns(), self, key=lambda r: r.product_id)
        self.model.set_rows([CountRow(r.product_id, r.code, r.name, r.on_hand) for r in rows])
        self.table = count_table(self.model, COUNTED_COLUMN, self.tr("盘点数量"))
        fit_columns(self.table, [9, 16, 6, 6, 6])
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("有差异时必填，如：样品未登记、损坏未登记"))
        self.day_edit = day_editor(db.clock.today())
        for text, field in ((self.tr("差异原因(&R):"), self.reason_edit),
                            (self.tr("盘点日期(&D):"), self.day_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            if field is self.day_edit:
                name_editor(self.day_edit, accessible_label(text))
            else:
                field.setAccessibleName(accessible_label(text))
            form.addRow(label, field)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        buttons, self.post_button = accept_cancel_buttons(
            self, self.tr("过账(&P)"), self.tr("过账盘点结果"), self.tr("取消"), self.post)
        # Enter confirms a count typed in the table; it must not post the stock-take.
        self.post_button.setDefault(False)
        self.post_button.setAutoDefault(False)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:
        """Wide enough for the table's columns in the font in use."""
        self.ensurePolished()
        width = self.fontMetrics().horizontalAdvance("汉")
        return super().sizeHint().expandedTo(QSize(width * 56, width * 34))

    def counts(self) -> dict[int, int]:
        """The counts typed, by product id."""
        return {r.product_id: r.counted for r in self.model.rows() if r.counted is not None}

    def post(self) -> bool:
        """Post the counts; close when the models took them."""
        counts = self.counts()
        results = attempt(self, lambda: stock.stock_take(
            self._db, counts, self.reason_edit.text(), day_of(self.day_edit),
            actor=self._actor), show=lambda text: show_error(self.error_label, text))
        if results is None:
            return False
        differing = sum(1 for r in results if r.difference)
        self.accept()
        self._done(self.tr("已过账盘点：{count} 种商品，其中 {differing} 种与账面不符").format(
            count=len(results), differing=differing))
        return True
