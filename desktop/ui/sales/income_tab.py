"""The 制作者收入 tab of the 希联圆梦 page: a month's makers' income (items sold, revenue,
material cost, share, paid or not), the split rule in plain words (分配规则…, a setting), the
payout sheet (发放表) as a workbook, payouts marked paid (only once the month is over) and
each maker's large-print statement, one maker's or the whole month's in one PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.sales.payout_sheet import export_payout_sheet
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.sales import makers_income
from desktop.models.sales.income_summary import MonthSummary, month_summary
from desktop.models.sales.makers_income import MakerIncome
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, run_export
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    allow_months_until,
    fit_columns,
    month_picker,
    picked_month,
    xlsx_path,
)
from desktop.ui.common.record_table import record_table
from desktop.ui.sales.income_rule_dialog import IncomeRuleDialog
from desktop.ui.sales.income_statement_print import rule_sentence, write_statements

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_CHARS = (6, 5, 7, 7, 7, 10)


def _paid_text(maker: MakerIncome) -> str:
    if maker.payout is not None:
        return QCoreApplication.translate("IncomeTab", "已发放 {day}").format(
            day=maker.payout.paid_on)
    if maker.share_fen <= 0:
        return QCoreApplication.translate("IncomeTab", "无需发放")
    return QCoreApplication.translate("IncomeTab", "未发放")


def income_columns() -> list[Column[MakerIncome]]:
    """The makers' income columns."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return every_column([
        Column(lambda: QCoreApplication.translate("IncomeTab", "制作者"), lambda m: m.name),
        Column(lambda: QCoreApplication.translate("IncomeTab", "售出件数"),
               lambda m: str(m.items), align=right),
        Column(lambda: QCoreApplication.translate("IncomeTab", "销售收入（元）"),
               lambda m: format_yuan(m.revenue_fen), align=right),
        Column(lambda: QCoreApplication.translate("IncomeTab", "材料成本（元）"),
               lambda m: format_yuan(m.material_cost_fen), align=right),
        Column(lambda: QCoreApplication.translate("IncomeTab", "应得收入（元）"),
               lambda m: format_yuan(m.share_fen), align=right),
        Column(lambda: QCoreApplication.translate("IncomeTab", "发放"), _paid_text),
    ])


class IncomeTab(RefreshingPage):
    """A month's makers' income, its payout sheet, payouts and statements."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.summary: MonthSummary | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("月份(&M):"))
        # Last month first: the month whose makers are paid now.
        self.month_edit = month_picker(label, db.clock.today(), months_back=1)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        top.addWidget(label)
        top.addWidget(self.month_edit)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setAccessibleName(self.tr("本月销售和制作者收入合计"))
        top.addWidget(self.total_label, 1)
        layout.addLayout(top)
        rule_row = QHBoxLayout()
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setAccessibleName(self.tr("制作者收入分配规则"))
        rule_row.addWidget(self.rule_label, 1)
        self.rule_button = QPushButton(self.tr("分配规则(&R)…"))
        self.rule_button.setAccessibleName(self.tr("修改制作者收入分配规则"))
        self.rule_button.setEnabled(actor.can(Permission.EDIT_SETTINGS))
        self.rule_button.clicked.connect(self.open_rule_dialog)
        rule_row.addWidget(self.rule_button)
        layout.addLayout(rule_row)
        self.model: ListTableModel[MakerIncome] = ListTableModel(
            income_columns(), self, key=lambda m: m.person_id)
        self.table = record_table(self.model, self.tr("本月每位制作者的收入"), wrap=False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("登记所选已发放(&P)"))
        self.pay_button.setAccessibleName(self.tr("登记所选制作者的本月收入已发放"))
        self.pay_button.clicked.connect(self.pay_selected)
        self.pay_all_button = QPushButton(self.tr("全部登记已发放(&L)…"))
        self.pay_all_button.setAccessibleName(self.tr("登记本月所有未发放的制作者收入已发放"))
        self.pay_all_button.clicked.connect(self.ask_pay_all)
        self.sheet_button = QPushButton(self.tr("导出发放表(&X)…"))
        self.sheet_button.setAccessibleName(self.tr("把本月的制作者收入发放表导出为 Excel"))
        self.sheet_button.clicked.connect(self.choose_sheet_path)
        self.statement_button = QPushButton(self.tr("所选对账单(&S)…"))
        self.statement_button.setAccessibleName(self.tr("把所选制作者的大字对账单存为 PDF"))
        self.statement_button.clicked.connect(lambda: self.choose_statement_path(True))
        self.all_statements_button = QPushButton(self.tr("全部对账单(&A)…"))
        self.all_statements_button.setAccessibleName(
            self.tr("把本月所有制作者的大字对账单存为一个 PDF"))
        self.all_statements_button.clicked.connect(lambda: self.choose_statement_path(False))
        for button in (self.pay_button, self.pay_all_button, self.sheet_button,
                       self.statement_button, self.all_statements_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = StatusLabel(self.tr("制作者收入操作结果"))
        layout.addWidget(self.status_label)
        self.pay_all_box: QMessageBox | None = None
        self.reload()
        self.size_columns()

    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def reload(self, select: int | None = None) -> None:
        """The month's makers; select ``select`` (a person id) or keep the selection."""
        keep = select if select is not None else self.selected_id()
        summary = self.summary = month_summary(self._db, self.month())
        self.model.set_rows(list(summary.makers))
        unpaid = sum(1 for m in summary.makers if m.share_fen > 0 and m.payout is None)
        self.total_label.setText(self.tr(
            "销售 {sales} 笔，售出 {items} 件，销售收入 {revenue} 元，材料成本 {cost} 元，"
            "制作者收入 {share} 元；{unpaid} 人未发放").format(
                sales=summary.sales, items=summary.items,
                revenue=format_yuan(summary.revenue_fen),
                cost=format_yuan(summary.material_cost_fen),
                share=format_yuan(summary.maker_income_fen), unpaid=unpaid))
        self.rule_label.setText(self.tr("分配规则：{rule}").format(
            rule=rule_sentence(summary.rule.basis, summary.rule.makers_percent)))
        index = self.model.row_of(keep) if keep is not None else -1
        if index < 0 and summary.makers:
            index = 0
        if index >= 0:
            self.table.selectRow(index)

    def selected(self) -> MakerIncome | None:
        """The maker selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        """The selected maker's person id, if any."""
        found = self.selected() if hasattr(self, "table") else None
        return found.person_id if found else None

    def pay(self, person_ids: list[int]) -> bool:
        """Mark the makers paid for the month today (refused before the month is over, or
        for one already paid: the reason is shown and nothing is written)."""
        month = self.month()
        done = attempt(self, lambda: makers_income.mark_paid(
            self._db, month, person_ids, actor=self._actor), status=self.status_label,
            title=self.tr("不能登记发放"))
        if done is None:
            return False
        self.reload()
        self.status_label.show_result(self.tr("已登记 {n} 位制作者 {month} 的收入已发放").format(
            n=len(done), month=month))
        return True

    def pay_selected(self) -> bool:
        """Mark the selected maker paid."""
        found = self.selected()
        if found is None:
            self.status_label.show_result(self.tr("请先在表中选择一位制作者"), problem=True)
            return False
        return self.pay([found.person_id])

    def unpaid_ids(self) -> list[int]:
        """The makers of the month with a share not paid yet."""
        return [m.person_id for m in self.model.rows() if m.share_fen > 0 and m.payout is None]

    def ask_pay_all(self) -> QMessageBox | None:
        """Ask before marking every unpaid maker of the month paid (the box is returned)."""
        ids = self.unpaid_ids()
        if not ids:
            self.status_label.show_result(self.tr("本月没有未发放的制作者收入"))
            return None
        total = sum(m.share_fen for m in self.model.rows() if m.person_id in ids)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("登记发放"), self.tr(
            "登记 {n} 位制作者 {month} 的收入共 {total} 元今天已发放？登记后金额固定，"
            "不能重复发放。").format(n=len(ids), month=self.month(), total=format_yuan(total)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        # The app's own words on the buttons, as its other questions have (not 是/否).
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("登记已发放(&Y)"))
        yes.setAccessibleName(self.tr("登记已发放"))
        no = box.button(QMessageBox.StandardButton.No)
        no.setText(self.tr("取消"))
        no.setAccessibleName(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.pay(ids))
        self.pay_all_box = box
        box.open()
        return box

    def choose_sheet_path(self) -> None:
        """Ask where to save the payout sheet, then export it."""
        suggested = Path.home() / self.tr("制作者收入发放表-{month}.xlsx").format(
            month=self.month())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出发放表"), str(suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_sheet(path)

    def export_sheet(self, path: str | Path) -> Path | None:
        """Export the month's payout sheet to ``path`` (.xlsx added when missing)."""
        target = xlsx_path(path)
        month, actor = self.month(), self._actor
        done = run_export(self, self.status_label, self.tr("正在导出发放表…"), self._db,
                          lambda db: export_payout_sheet(db, actor, month, target))
        if done is None:
            return None
        self.status_label.show_result(self.tr("发放表已导出到 {path}").format(path=target))
        return target

    def choose_statement_path(self, selected_only: bool) -> None:
        """Ask where to save the statements (the selected maker's or all), then write them."""
        found = self.selected() if selected_only else None
        if selected_only and found is None:
            self.status_label.show_result(self.tr("请先在表中选择一位制作者"), problem=True)
            return
        name = found.name if found else self.tr("全部制作者")
        suggested = Path.home() / self.tr("收入对账单-{month}-{name}.pdf").format(
            month=self.month(), name=name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存对账单"), str(suggested),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.write_statements(path, found.person_id if found else None)

    def write_statements(self, path: str | Path, person_id: int | None = None) -> int | None:
        """Write the month's statements (``person_id``'s, or every maker's) into one PDF;
        how many were written, or None when it failed (the reason is shown)."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        month = self.month()
        done = run_export(self, self.status_label, self.tr("正在生成对账单…"), self._db,
                          lambda db: write_statements(db, month, target, person_id))
        if done is None:
            return None
        written, count = done
        if not count:
            self.status_label.show_result(self.tr(
                "{month} 没有制作者的收入，没有生成对账单").format(month=month), problem=True)
            return 0
        self.status_label.show_result(self.tr("已把 {n} 份对账单存到 {path}").format(
            n=count, path=written))
        return count

    def open_rule_dialog(self) -> IncomeRuleDialog:
        """Open 分配规则; after saving the figures follow the new rule."""
        dialog = IncomeRuleDialog(self._db, self._actor, self)
        dialog.accepted.connect(self._rule_saved)
        dialog.open()
        return dialog

    def _rule_saved(self) -> None:
        self.reload()
        self.status_label.show_result(self.tr("分配规则已保存"))

    def refresh(self) -> None:
        """Read again whenever the tab shows (sales are made elsewhere)."""
        allow_months_until(self.month_edit, self._db.clock.today())
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _CHARS)


def make_tab(context: PageContext) -> IncomeTab:
    """The 制作者收入 tab of the 希联圆梦 page."""
    return IncomeTab(context.db, context.actor)
