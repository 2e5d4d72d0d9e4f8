"""库存 tab: every product on sale with what is on hand at the centre and out on
consignment; under it the selected product's movements (day, kind, quantity, maker, place or
reason, who recorded it). The buttons record production, an adjustment, consignment out and
back for the selected product, print the stock-take count sheet and enter a stock-take.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.sales import catalogue, stock, stock_views
from desktop.models.sales.stock import Movement, StockRow
from desktop.ui.common.columns import CENTER, RIGHT, Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage
from desktop.ui.common.printed_form import form_printer, print_form, write_form_pdf
from desktop.ui.common.record_table import record_table
from desktop.ui.common.wrapped_headers import fit_columns_wrapping
from desktop.ui.sales.sales_parts import (
    button_row,
    current_row,
    open_made,
    product_search_row,
    show_rows,
    status_below,
)
from desktop.ui.sales.stock_count_sheet import count_sheet_of
from desktop.ui.sales.stock_dialogs import (
    AdjustmentDialog,
    ConsignmentDialog,
    ProductionDialog,
    StockDialog,
)
from desktop.ui.sales.stock_take_dialog import StockTakeDialog

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database
    from desktop.ui.shell.pages import PageContext


def kind_text(kind: str) -> str:
    """A movement's kind in words."""
    return {
        "production": QCoreApplication.translate("StockTab", "生产入库"),
        "adjustment": QCoreApplication.translate("StockTab", "调整"),
        "consignment_out": QCoreApplication.translate("StockTab", "寄售发出"),
        "consignment_back": QCoreApplication.translate("StockTab", "寄售收回"),
        "stock_take": QCoreApplication.translate("StockTab", "盘点"),
        "sale": QCoreApplication.translate("StockTab", "销售"),
        "refund": QCoreApplication.translate("StockTab", "退货"),
        "void": QCoreApplication.translate("StockTab", "作废销售"),
    }.get(kind, kind)


def stock_columns() -> list[Column[StockRow]]:
    """The stock list's columns."""
    return [
        Column(lambda: QCoreApplication.translate("StockTab", "编码"),
               lambda r: r.code, align=CENTER),
        Column(lambda: QCoreApplication.translate("StockTab", "商品名称"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("StockTab", "库存（件）"),
               lambda r: r.on_hand, align=RIGHT,
               foreground=lambda r: Qt.GlobalColor.red if r.on_hand < 0 else None),
        Column(lambda: QCoreApplication.translate("StockTab", "寄售在外（件）"),
               lambda r: r.on_consignment, align=RIGHT),
        Column(lambda: QCoreApplication.translate("StockTab", "类别"), lambda r: r.category),
    ]


def movement_columns(makers: dict[int, str]) -> list[Column[Movement]]:
    """The movements' columns; ``makers`` names the makers by id."""

    def detail(m: Movement) -> str:
        parts = []
        if m.adjustment:
            parts.append(model_message(stock.ADJUSTMENTS[m.adjustment])
                         if m.adjustment in stock.ADJUSTMENTS else m.adjustment)
        if m.place:
            parts.append(m.place)
        if m.reason and m.reason not in parts:
            parts.append(m.reason)
        return QCoreApplication.translate("StockTab", "；").join(parts)
    return [
        Column(lambda: QCoreApplication.translate("StockTab", "日期"), lambda m: m.day,
               align=CENTER),
        Column(lambda: QCoreApplication.translate("StockTab", "类型"), lambda m: kind_text(m.kind)),
        Column(lambda: QCoreApplication.translate("StockTab", "数量"),
               lambda m: f"{m.quantity:+d}", align=RIGHT),
        Column(lambda: QCoreApplication.translate("StockTab", "制作者"),
               lambda m: makers.get(m.maker_id, "") if m.maker_id is not None else ""),
        Column(lambda: QCoreApplication.translate("StockTab", "登记人"), lambda m: m.recorded_by),
        Column(lambda: QCoreApplication.translate("StockTab", "地点、原因"), detail,
               tooltip=detail),
    ]


class StockTab(RefreshingPage):
    """The stock list, the selected product's movements and the stock actions."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self._makers: dict[int, str] = {}
        self._all: list[StockRow] = []
        layout = QVBoxLayout(self)
        top, self.search_edit = product_search_row(self._show)
        layout.addLayout(top)
        self.model: ListTableModel[StockRow] = ListTableModel(
            stock_columns(), self, key=lambda r: r.product_id)
        self.table = record_table(self.model, self.tr("库存"))
        self.movement_model: ListTableModel[Movement] = ListTableModel(
            movement_columns(self._makers), self, key=lambda m: m.id)
        self.movement_label = QLabel(self.tr("出入库记录"))
        self.movement_table = record_table(self.movement_model, self.tr("出入库记录"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.movement_label)
        lower_layout.addWidget(self.movement_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)
        self.production_button = named_button(
            self.tr("生产入库(&I)…"), self.tr("登记选中商品新制作的件数"), self.open_production)
        self.adjust_button = named_button(
            self.tr("调整(&J)…"), self.tr("登记选中商品损坏、样品、赠送等增减"),
            self.open_adjustment)
        self.out_button = named_button(
            self.tr("寄售发出(&O)…"), self.tr("把选中商品送到商店或集市寄售"),
            lambda: self.open_consignment(back=False))
        self.back_button = named_button(
            self.tr("寄售收回(&B)…"), self.tr("收回寄售未售出的选中商品"),
            lambda: self.open_consignment(back=True))
        self.sheet_button = named_button(
            self.tr("打印盘点表(&P)…"), self.tr("打印库存盘点表"), self.print_sheet)
        self.sheet_pdf_button = named_button(
            self.tr("盘点表存为PDF(&V)…"), self.tr("把库存盘点表保存为PDF文件"),
            self._ask_sheet_pdf)
        self.take_button = named_button(
            self.tr("盘点(&T)…"), self.tr("输入盘点数量并过账差异"), self.open_stock_take)
        # Two rows, the movements and the stock-take, so that large text fits a 1200-pixel
        # window.
        layout.addLayout(button_row((self.production_button, self.adjust_button, self.out_button,
                                     self.back_button)))
        layout.addLayout(button_row((self.take_button, self.sheet_button,
                                     self.sheet_pdf_button)))
        self.status_label = status_below(layout, self.table, self._show_movements)
        self.refresh()

    def refresh(self) -> None:
        """The stock again, keeping the product selected."""
        self._all = attempt(self, lambda: stock.stock_list(self._db),
                            status=self.status_label) or []
        self._show()

    def _show(self) -> None:
        chosen = self.selected()
        text = self.search_edit.text()
        found = {p.id for p in catalogue.find_products(self._db, text, limit=len(self._all))} \
            if text.strip() else None
        show_rows(self.model, self.table,
                  [r for r in self._all if found is None or r.product_id in found],
                  chosen.product_id if chosen is not None else None)
        fit_columns_wrapping(self.table, [9, 18, 7, 8, 8])
        self._show_movements()

    def selected(self) -> StockRow | None:
        """The product of the current row."""
        return current_row(self.model, getattr(self, "table", None))

    def _show_movements(self) -> None:
        chosen = self.selected()
        found = stock.movements(self._db, chosen.product_id) if chosen is not None else []
        self._makers.clear()
        self._makers.update(stock_views.person_names(
            self._db, (m.maker_id for m in found if m.maker_id is not None)))
        # Newest first: what was just entered is on top.
        self.movement_model.set_rows(list(reversed(found)))
        self.movement_label.setText(
            self.tr("出入库记录：{name}").format(name=chosen.name) if chosen is not None
            else self.tr("出入库记录"))
        fit_columns_wrapping(self.movement_table, [9, 7, 5, 7, 7, 22])
        for made in (self.production_button, self.adjust_button, self.out_button,
                     self.back_button):
            made.setEnabled(chosen is not None)

    # -- the dialogs ------------------------------------------------------------------------
    def make_dialog(self, kind: str) -> StockDialog | None:
        """The dialog ``production``, ``adjustment``, ``out`` or ``back`` for the selected
        product."""
        chosen = self.selected()
        if chosen is None:
            return None
        product = catalogue.get_product(self._db, chosen.product_id)
        dialog: StockDialog
        if kind == "production":
            dialog = ProductionDialog(self._db, self._actor, product, self)
        elif kind == "adjustment":
            dialog = AdjustmentDialog(self._db, self._actor, product, self)
        else:
            back = kind == "back"
            places = stock_views.consignment_places(self._db, product.id) if back \
                else stock_views.all_places(self._db)
            dialog = ConsignmentDialog(self._db, self._actor, product, places, back=back,
                                       parent=self)
        dialog.saved = self._after
        return dialog

    def _after(self, text: str) -> None:
        self.refresh()
        self.status_label.show_result(text)

    def open_production(self) -> None:
        """Open 生产入库 for the selected product."""
        open_made(self.make_dialog("production"))

    def open_adjustment(self) -> None:
        """Open 库存调整 for the selected product."""
        open_made(self.make_dialog("adjustment"))

    def open_consignment(self, *, back: bool) -> None:
        """Open 寄售发出 or 寄售收回 for the selected product."""
        open_made(self.make_dialog("back" if back else "out"))

    def make_stock_take(self) -> StockTakeDialog:
        """The stock-take dialog with every product on sale."""
        return StockTakeDialog(self._db, self._actor, stock.stock_list(self._db), self._after,
                               self)

    def open_stock_take(self) -> None:
        """Open 盘点."""
        self.make_stock_take().open()

    # -- the count sheet ----------------------------------------------------------------------
    def save_sheet_pdf(self, path: Path) -> bool:
        """Write today's count sheet to ``path``."""
        written = attempt(self, lambda: write_form_pdf(count_sheet_of(self._db), path),
                          status=self.status_label)
        if written is None:
            return False
        self.status_label.show_result(self.tr("已保存盘点表：{path}").format(path=written))
        return True

    def _ask_sheet_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存盘点表"),
            self.tr("库存盘点表-{day}.pdf").format(day=self._db.clock.today().isoformat()),
            self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_sheet_pdf(Path(path) if path.lower().endswith(".pdf")
                                else Path(path + ".pdf"))

    def print_sheet(self) -> None:
        """Print today's count sheet on a printer chosen."""
        form = count_sheet_of(self._db)
        printer = form_printer(form, QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        pages = attempt(self, lambda: print_form(printer, form), status=self.status_label)
        if pages is not None:
            self.status_label.show_result(self.tr("已送打印：盘点表 {pages} 页").format(
                pages=pages))


def make_tab(context: PageContext) -> StockTab:
    """The 库存 tab of the 希联圆梦 page."""
    return StockTab(context)
