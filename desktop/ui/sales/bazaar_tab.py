"""The 义卖 tab of the 希联圆梦 page: a bazaar laptop merged back by file.

At the centre: export a package for the laptop (the place and day, and how many of each
product are taken along: they leave the stock as consigned to the bazaar), import the sales
file the laptop brings back (the report: added, skipped as already imported, to settle), and
the list of what imports found for staff to settle (sold beyond what was taken, a price changed
meanwhile), each settled with a note.

On the laptop (a new installation whose database is still empty): open the package (the
database becomes the bazaar's: catalogue, stock taken along; the till sells from it), and
export the sales file to take back. The models do the work (:mod:`desktop.models.sales.
bazaar_package`, ``bazaar_laptop``, ``bazaar_import``); a refusal is shown on the status line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.sales import bazaar_import, bazaar_laptop, bazaar_package, stock
from desktop.models.sales.bazaar_import import ImportReport, Issue
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.count_table import count_column, count_table
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel
from desktop.ui.common.record_table import record_table
from desktop.ui.sales.sales_parts import open_made

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_FILTER = "JSON (*.json)"
# The issues' columns are as wide as their contents, at most this many characters (longer
# text wraps onto more lines and shows whole in its tooltip); 义卖 and 说明 take the rest.
_ISSUE_MAX_CHARS = (9, 6, 6, 0, 9, 6)
_ISSUE_GROW = (0, 4)


def _issue_kind(issue: Issue) -> str:
    if issue.kind == "shortfall":
        return QCoreApplication.translate("BazaarTab", "超出带出数量")
    return QCoreApplication.translate("BazaarTab", "价格不同")


def _issue_detail(issue: Issue) -> str:
    if issue.kind == "shortfall":
        return QCoreApplication.translate("BazaarTab", "多卖 {n} 件").format(n=issue.quantity)
    text = QCoreApplication.translate("BazaarTab", "义卖价 {bazaar} 元，中心现价 {centre} 元")
    return text.format(
        bazaar=format_yuan(issue.bazaar_price_fen), centre=format_yuan(issue.centre_price_fen))


def _issue_state(issue: Issue) -> str:
    if issue.settled_at is None:
        return QCoreApplication.translate("BazaarTab", "待处理")
    return QCoreApplication.translate("BazaarTab", "已处理：{note}").format(note=issue.settle_note)


TAKE_COLUMN = 2


@dataclass(frozen=True)
class TakeRow:
    """A product on hand and how many of it are taken to the bazaar."""

    product_id: int
    product: str
    on_hand: int
    take: int = 0


def take_columns() -> list[Column[TakeRow]]:
    """The columns of the products to take along; 带出件数 is typed in (0 to the stock)."""
    return [
        Column(lambda: QCoreApplication.translate("BazaarTab", "商品"), lambda r: r.product),
        Column(lambda: QCoreApplication.translate("BazaarTab", "现有库存"),
               lambda r: str(r.on_hand), align=RIGHT),
        count_column(lambda: QCoreApplication.translate("BazaarTab", "带出件数"),
                     lambda r: r.take, lambda r, n: replace(r, take=n or 0),
                     maximum=lambda r: r.on_hand, blank=0),
    ]


def _issue_bazaar(issue: Issue) -> str:
    return f"{issue.bazaar_day} {issue.place}"


def issue_columns() -> list[Column[Issue]]:
    """The columns of the list of items to settle (the long ones show whole in a tooltip)."""
    return every_column([
        Column(lambda: QCoreApplication.translate("BazaarTab", "义卖"), _issue_bazaar,
               tooltip=_issue_bazaar),
        Column(lambda: QCoreApplication.translate("BazaarTab", "事项"), _issue_kind),
        Column(lambda: QCoreApplication.translate("BazaarTab", "商品"), lambda i: i.product,
               tooltip=lambda i: i.product),
        Column(lambda: QCoreApplication.translate("BazaarTab", "件数"), lambda i: str(i.quantity),
               align=RIGHT),
        Column(lambda: QCoreApplication.translate("BazaarTab", "说明"), _issue_detail,
               tooltip=_issue_detail),
        Column(lambda: QCoreApplication.translate("BazaarTab", "处理"), _issue_state,
               tooltip=_issue_state),
    ])


class BazaarTab(RefreshingPage):
    """Export, import and settle at the centre; open and return on the laptop."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        layout = QVBoxLayout(self)
        self.mode_label = QLabel()
        self.mode_label.setWordWrap(True)
        self.mode_label.setAccessibleName(self.tr("义卖说明"))
        layout.addWidget(self.mode_label)
        self.centre_box = self._centre_part()
        self.laptop_box = self._laptop_part()
        layout.addWidget(self.centre_box, 1)
        layout.addWidget(self.laptop_box)
        self.status_label = StatusLabel(self.tr("义卖操作结果"))
        layout.addWidget(self.status_label)
        # Takes the spare height when only the laptop's part shows.
        layout.addStretch(0)
        self._layout = layout
        self.reload()

    # -- building ----------------------------------------------------------------------------
    def _centre_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        export_box = QGroupBox(self.tr("导出义卖包（带去义卖电脑）"))
        export_layout = QVBoxLayout(export_box)
        # Place, day and the buttons on one line: the list below takes the height.
        form = QHBoxLayout()
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(bazaar_package.PLACE_MAX)
        self.place_edit.setPlaceholderText(self.tr("例如：什刹海庙会"))
        self.place_edit.setAccessibleName(self.tr("义卖地点"))
        place_label = QLabel(self.tr("地点(&P):"))
        place_label.setBuddy(self.place_edit)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setAccessibleName(self.tr("义卖日期"))
        today = self._db.clock.today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        day_label = QLabel(self.tr("日期(&D):"))
        day_label.setBuddy(self.day_edit)
        form.addWidget(place_label)
        form.addWidget(self.place_edit, 1)
        form.addWidget(day_label)
        form.addWidget(self.day_edit)
        export_layout.addLayout(form)
        self.takes: ListTableModel[TakeRow] = ListTableModel(take_columns(), self,
                                                             key=lambda r: r.product_id)
        self.take_table = count_table(
            self.takes, TAKE_COLUMN, self.tr("带去义卖的商品和件数（在“带出件数”一栏输入）"),
            maximum=lambda r: r.on_hand)
        header = self.take_table.horizontalHeader()
        header.setStretchLastSection(False)
        # The name takes the room; the numbers are as wide as their headers (large text too).
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        export_layout.addWidget(self.take_table, 1)
        self.take_all_button = QPushButton(self.tr("全部带出(&A)"))
        self.take_all_button.setAccessibleName(self.tr("每种商品都带出全部现有库存"))
        self.take_all_button.clicked.connect(self.take_all)
        self.export_button = QPushButton(self.tr("导出义卖包(&X)…"))
        self.export_button.setAccessibleName(self.tr("导出义卖包，带出的商品记为寄售"))
        self.export_button.clicked.connect(self.choose_export_path)
        form.addWidget(self.take_all_button)
        form.addWidget(self.export_button)
        # The products to choose from take most of the height; the issues are few.
        layout.addWidget(export_box, 3)

        import_box = QGroupBox(self.tr("导入义卖销售文件，处理待处理事项"))
        import_layout = QVBoxLayout(import_box)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入销售文件(&I)…"))
        self.import_button.setAccessibleName(self.tr("导入义卖电脑带回的销售文件"))
        self.import_button.clicked.connect(self.choose_import_path)
        self.show_settled = QCheckBox(self.tr("显示已处理的(&H)"))
        self.show_settled.setAccessibleName(self.tr("列表中也显示已处理的事项"))
        self.show_settled.toggled.connect(lambda _on: self.reload_issues())
        self.settle_button = QPushButton(self.tr("处理所选(&S)…"))
        self.settle_button.setAccessibleName(self.tr("写明处理说明，把所选事项标为已处理"))
        self.settle_button.clicked.connect(self.open_settle)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.show_settled)
        row.addWidget(self.settle_button)
        import_layout.addLayout(row)
        self.issues: ListTableModel[Issue] = ListTableModel(issue_columns(), self,
                                                            key=lambda i: i.id)
        self.issue_table = record_table(self.issues, self.tr("义卖待处理事项"))
        self.issue_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)  # a long text wraps onto more lines
        self._issue_columns = ContentColumns(self.issue_table, _ISSUE_MAX_CHARS, _ISSUE_GROW)
        self.issue_table.activated.connect(lambda _i: self.open_settle())
        import_layout.addWidget(self.issue_table, 1)
        layout.addWidget(import_box, 2)
        return part

    def _laptop_part(self) -> QWidget:
        box = QGroupBox(self.tr("义卖电脑"))
        row = QHBoxLayout(box)
        self.open_button = QPushButton(self.tr("打开义卖包(&O)…"))
        self.open_button.setAccessibleName(self.tr("打开中心导出的义卖包，本机成为义卖电脑"))
        self.open_button.clicked.connect(self.choose_package)
        self.return_button = QPushButton(self.tr("导出销售文件(&E)…"))
        self.return_button.setAccessibleName(self.tr("导出本机全部义卖销售，带回中心导入"))
        self.return_button.clicked.connect(self.choose_return_path)
        row.addWidget(self.open_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        return box

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the centre's or the laptop's part, with its data."""
        who = bazaar_laptop.identity(self._db)
        empty = self._db.scalar("SELECT 1 FROM sales_product LIMIT 1") is None
        self.centre_box.setVisible(who is None and not empty)
        self.laptop_box.setVisible(who is not None or empty)
        self.open_button.setVisible(who is None)
        self.return_button.setVisible(who is not None)
        self._layout.setStretch(self._layout.count() - 1, 1 if self.centre_box.isHidden() else 0)
        if who is not None:
            sold = int(self._db.scalar("SELECT count(*) FROM sales_sale"))
            self.mode_label.setText(self.tr(
                "这是义卖电脑：中心 {centre} 在 {day} {place} 的义卖，本机已记录 {n} 笔销售。"
                "收银台照常销售；义卖结束后导出销售文件，带回中心导入。").format(
                    centre=who.centre_code, day=who.day, place=who.place, n=sold))
            return
        if empty:
            self.mode_label.setText(self.tr(
                "本机还没有商品。如果这是带去义卖的电脑，请打开中心导出的义卖包：本机的数据库"
                "就成为这次义卖的数据库，照常备份。"))
            return
        self.mode_label.setText(self.tr(
            "把商品带去义卖：选好地点、日期和带出件数，导出义卖包，在义卖电脑上打开。带出的商品"
            "记为寄售；义卖结束后导入义卖电脑的销售文件，每笔销售只记一次，未售出的收回库存。"))
        self.reload_stock()
        self.reload_issues()

    def reload_stock(self) -> None:
        """The products on sale with stock on hand, nothing taken along yet."""
        self.takes.set_rows([TakeRow(r.product_id, f"{r.name}（{r.code}）", r.on_hand)
                             for r in stock.stock_list(self._db) if r.on_hand > 0])

    def reload_issues(self) -> None:
        """The items to settle (and the settled ones when asked)."""
        self.issues.set_rows(bazaar_import.list_issues(
            self._db, include_settled=self.show_settled.isChecked()))
        if self.issues.rows():
            self.issue_table.selectRow(0)

    def take(self) -> dict[int, int]:
        """Product id → items to take along, as typed."""
        return {r.product_id: r.take for r in self.takes.rows() if r.take}

    def set_take(self, product_id: int, amount: int) -> bool:
        """Type ``amount`` into the product's 带出件数 (tests); False when refused."""
        row = self.takes.row_of(product_id)
        return row >= 0 and self.takes.setData(self.takes.index(row, TAKE_COLUMN), str(amount))

    def take_all(self) -> None:
        """Take along the whole stock on hand of every product."""
        self.takes.set_rows([replace(r, take=r.on_hand) for r in self.takes.rows()])

    # -- the centre ---------------------------------------------------------------------------
    def choose_export_path(self) -> None:
        """Ask where to save the package, then export it."""
        day = self.day_edit.date().toString("yyyy-MM-dd")
        suggested = Path.home() / self.tr("义卖包-{day}.json").format(day=day)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存义卖包"), str(suggested),
                                              _FILTER)
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bazaar_package.ExportResult | None:
        """Export the package to ``path``; the result, or None (the reason shown)."""
        picked = self.day_edit.date()
        day = date(picked.year(), picked.month(), picked.day())
        result = attempt(self, lambda: bazaar_package.export_package(
            self._db, path, self.place_edit.text(), day, self.take(), actor=self._actor),
            status=self.status_label)
        if result is None:
            return None
        self.reload_stock()
        self.status_label.show_result(self.tr(
            "已导出义卖包到 {path}：带出 {products} 种共 {items} 件，已记为寄售").format(
                path=result.path, products=result.products_taken, items=result.items_taken))
        return result

    def choose_import_path(self) -> None:
        """Ask for the laptop's sales file, then import it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择义卖销售文件"),
                                              str(Path.home()), _FILTER)
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> ImportReport | None:
        """Import the sales file at ``path``; the report, or None (the reason shown)."""
        report = attempt(self, lambda: bazaar_import.import_return(self._db, path,
                                                                  actor=self._actor),
                         status=self.status_label)
        if report is None:
            return None
        self.reload_stock()
        self.reload_issues()
        self.status_label.show_result(self.tr(
            "已导入 {file}：新增 {added} 笔销售，已导入过跳过 {skipped} 笔，收回未售 {back} 件，"
            "待处理 {issues} 项").format(file=path.name, added=report.added,
                                       skipped=report.skipped, back=report.returned_items,
                                       issues=len(report.issues)))
        if report.updated:
            self.status_label.show_result(self.status_label.accessibleDescription() + self.tr(
                "；其中 {n} 笔在上次导入后又在义卖电脑上作废或退款，已补记").format(
                    n=report.updated))
        return report

    def selected_issue(self) -> Issue | None:
        """The item selected in the list, if any."""
        rows = self.issue_table.selectionModel().selectedRows()
        return self.issues.row_data(rows[0].row()) if rows else None

    def make_settle_dialog(self) -> ReasonDialog | None:
        """The note dialog for the selected item (None when nothing to settle is selected)."""
        issue = self.selected_issue()
        if issue is None or issue.settled_at is not None:
            self.status_label.show_result(self.tr("请先在列表中选择一项待处理的事项"),
                                          problem=True)
            return None
        dialog = ReasonDialog(
            self.tr("处理义卖事项"),
            self.tr("{product}：{detail}。请写明怎样处理的（例如：已盘点补记、差价由中心承担）。"
                    ).format(product=issue.product, detail=_issue_detail(issue)),
            self.tr("标为已处理(&S)"), self, placeholder=self.tr("处理说明"))
        dialog.accepted.connect(lambda: self.settle(issue.id, dialog.reason_edit.text()))
        return dialog

    def open_settle(self) -> None:
        """Ask for the note, then settle the selected item."""
        open_made(self.make_settle_dialog())

    def settle(self, issue_id: int, note: str) -> bool:
        """Settle the item with ``note``; False when refused (the reason shown)."""
        if not succeeded(self, lambda: bazaar_import.settle_issue(
                self._db, issue_id, note, actor=self._actor), status=self.status_label):
            return False
        self.reload_issues()
        self.status_label.show_result(self.tr("已处理：{note}").format(note=note.strip()))
        return True

    # -- the laptop ---------------------------------------------------------------------------
    def choose_package(self) -> None:
        """Ask for the package, then open it into this database."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择义卖包"), str(Path.home()),
                                              _FILTER)
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path) -> bool:
        """Open the package at ``path`` into this (empty) database."""
        who = attempt(self, lambda: bazaar_laptop.open_package(self._db, path,
                                                               actor=self._actor),
                      status=self.status_label)
        if who is None:
            return False
        self.reload()
        self.status_label.show_result(self.tr(
            "已打开义卖包：本机现在是 {day} {place} 的义卖电脑").format(
                day=who.day, place=who.place))
        return True

    def choose_return_path(self) -> None:
        """Ask where to save the sales file, then write it."""
        who = bazaar_laptop.identity(self._db)
        day = who.day if who else ""
        suggested = Path.home() / self.tr("义卖销售-{day}.json").format(day=day)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存义卖销售文件"),
                                              str(suggested), _FILTER)
        if path:
            self.return_to(Path(path))

    def return_to(self, path: Path) -> bazaar_laptop.ReturnResult | None:
        """Write the laptop's sales file to ``path``."""
        result = attempt(self, lambda: bazaar_laptop.write_return(self._db, path,
                                                                  actor=self._actor),
                         status=self.status_label)
        if result is not None:
            self.status_label.show_result(self.tr(
                "已导出 {n} 笔义卖销售到 {path}：请带回中心导入").format(n=result.sales,
                                                                  path=result.path))
        return result

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again whenever the tab shows."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the list to the font (large text)."""
        self._issue_columns.apply()


def make_tab(context: PageContext) -> BazaarTab:
    """The 义卖 tab of the 希联圆梦 page."""
    return BazaarTab(context.db, context.actor)
