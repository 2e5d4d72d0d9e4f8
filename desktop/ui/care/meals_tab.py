"""The 餐费 tab of the 日间照料 page: the price of a meal (cost and the member's own
contribution, typed in 元, from a month on), the month's meal statement per member, its
totals, the printed statements (the month's list and one member's) and an Excel export."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.care.meal_statement import export_meal_statement
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.care import meals
from desktop.models.care.meals import MealRow, MealStatement
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.money import format_yuan, parse_yuan
from desktop.ui.care.meal_statement_print import load_form, price_text, write_statement_pdf
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.form_fields import FieldErrors
from desktop.ui.common.labels import clause_separator, list_separator, model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt, run_export, succeeded
from desktop.ui.common.month_setting import effective_month_row, month_row, save_row
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    fit_columns,
    pick_month,
    picked_month,
    xlsx_path,
)
from desktop.ui.common.printed_form import form_printer, print_form
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_COST_LABEL = QT_TRANSLATE_NOOP("Messages", "每餐费用")
_CONTRIBUTION_LABEL = QT_TRANSLATE_NOOP("Messages", "个人自付")


def _days(row: MealRow) -> str:
    """The days of the month with a meal: 6、7、13 (the table keeps the register's name
    order, so the list is not sorted by clicking)."""
    return list_separator().join(str(int(day[8:])) for day in row.days)


COLUMNS: list[Column[MealRow]] = [
    Column(lambda: QCoreApplication.translate("MealsTab", "姓名"), lambda r: r.name),
    Column(lambda: QCoreApplication.translate("MealsTab", "用餐次数"), lambda r: r.meals,
           align=RIGHT),
    Column(lambda: QCoreApplication.translate("MealsTab", "餐费（元）"),
           lambda r: format_yuan(r.cost_fen), align=RIGHT),
    Column(lambda: QCoreApplication.translate("MealsTab", "家属应缴（元）"),
           lambda r: format_yuan(r.contribution_fen), align=RIGHT),
    Column(lambda: QCoreApplication.translate("MealsTab", "中心承担（元）"),
           lambda r: format_yuan(r.centre_fen), align=RIGHT),
    Column(lambda: QCoreApplication.translate("MealsTab", "用餐日期（日）"), _days,
           tooltip=lambda r: list_separator().join(r.days)),
]
_COLUMN_CHARS = (6, 4, 6, 7, 7, 24)


class MealsTab(RefreshingPage):
    """Meal prices (EDIT_SETTINGS) and the month's statement with its printouts and export."""

    rate_saved = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.statement: MealStatement | None = None
        self.model: ListTableModel[MealRow] = ListTableModel(COLUMNS, self,
                                                             key=lambda r: r.person_id)
        layout = QVBoxLayout(self)
        layout.addWidget(self._rate_box())
        layout.addLayout(self._month_row())
        self.table = record_table(self.model, self.tr("本月餐费明细"), wrap=False)
        layout.addWidget(self.table, 1)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("合计"))
        self.total_label.setProperty("role", "heading")
        self.total_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        layout.addLayout(self._buttons_row())
        self.status_label = StatusLabel(self.tr("操作结果"))
        layout.addWidget(self.status_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.load_rate()
        self.show_month()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    @property
    def _today(self) -> date:
        return self._db.clock.today()

    def _rate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("餐费标准"))
        outer = QVBoxLayout(box)
        row = QHBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._errors = FieldErrors(form)
        self.cost_edit = QLineEdit()
        self.cost_edit.setMaxLength(10)
        self.cost_edit.setPlaceholderText(self.tr("如 15 或 15.50"))
        self.contribution_edit = QLineEdit()
        self.contribution_edit.setMaxLength(10)
        self.contribution_edit.setPlaceholderText(self.tr("如 5 或 5.20"))
        month_row, self.effective_edit = effective_month_row(
            self.tr("从(&F)"), self.tr("起执行"), self.tr("餐费标准从哪个月起执行"), self._today,
            meals.MAX_MONTHS_AHEAD)
        self._errors.add_row("cost_fen", self.tr("每餐费用（元）(&C):"), self.cost_edit)
        self._errors.add_row("contribution_fen", self.tr("其中个人自付（元）(&O):"),
                             self.contribution_edit)
        self._errors.add_row("effective_from", self.tr("执行月份:"), month_row)
        row.addLayout(form)
        side = QVBoxLayout()
        buttons, self.save_button, self.rate_status = save_row(
            self.tr("保存餐费标准(&S)"), self.tr("保存餐费标准"), self.tr("保存结果"),
            self.save_rate)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.plans_label.setAccessibleName(self.tr("已计划的餐费标准调整"))
        note = QLabel(self.tr("个人自付由家属缴纳，其余由中心承担；新标准从所选月份起执行，"
                              "已报送关账的月份保持原标准。"))
        note.setWordWrap(True)
        side.addWidget(note)
        side.addWidget(self.plans_label)
        side.addLayout(buttons)
        side.addStretch(1)
        row.addLayout(side, 1)
        outer.addLayout(row)
        may_edit = self._actor.can(Permission.EDIT_SETTINGS)
        for widget in (self.cost_edit, self.contribution_edit, self.effective_edit,
                       self.save_button):
            widget.setEnabled(may_edit)
        if not may_edit:
            self.rate_status.setText(self.tr("只有可以修改设置的账户能更改餐费标准"))
        self.effective_edit.dateChanged.connect(lambda _date: self.load_rate())
        return box

    def _month_row(self) -> QHBoxLayout:
        row, self.month_edit, self.rule_label = month_row(self.tr("月份(&M):"), self._today)
        self.month_edit.dateChanged.connect(lambda _date: self.show_month())
        return row

    def _buttons_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("打印餐费单(&P)…"))
        self.print_button.setAccessibleName(self.tr("打印本月全部会员的餐费收费表"))
        self.print_button.clicked.connect(lambda: self.open_preview(None))
        self.member_button = QPushButton(self.tr("打印所选会员的餐费单(&R)…"))
        self.member_button.setAccessibleName(self.tr("打印所选会员本月的餐费单，交给家属"))
        self.member_button.clicked.connect(self.print_selected_member)
        self.pdf_button = QPushButton(self.tr("存为 PDF(&D)…"))
        self.pdf_button.setAccessibleName(self.tr("把本月餐费收费表保存为 PDF 文件"))
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        self.export_button = QPushButton(self.tr("导出到 Excel(&X)…"))
        self.export_button.setAccessibleName(self.tr("把本月餐费明细导出到 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        for button in (self.print_button, self.member_button, self.pdf_button,
                       self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- the price -------------------------------------------------------------------------------
    def effective_month(self) -> str:
        """The month the price as typed is to apply from, YYYY-MM."""
        return picked_month(self.effective_edit)

    def load_rate(self) -> None:
        """Show the price in effect from the month chosen, and changes planned later."""
        rate = meals.rate_for(self._db, self.effective_month())
        self.cost_edit.setText(format_yuan(rate.cost_fen).replace(",", "") if rate else "")
        self.contribution_edit.setText(
            format_yuan(rate.contribution_fen).replace(",", "") if rate else "")
        now = meals.current_month(self._today)
        planned = [r for r in meals.rate_history(self._db) if r.effective_from > now]
        self.plans_label.setText(clause_separator().join(
            self.tr("已计划：{month} 起每餐 {cost} 元（自付 {contribution} 元）").format(
                month=r.effective_from, cost=format_yuan(r.cost_fen),
                contribution=format_yuan(r.contribution_fen)) for r in planned))
        self.plans_label.setVisible(bool(planned))
        self._errors.show({})

    def field_error(self, name: str) -> str:
        """The message shown beside a price field ('' if none)."""
        return self._errors.text(name)

    def _typed(self) -> tuple[int, int]:
        errors: dict[str, str] = {}
        values = []
        for field, edit, label in (("cost_fen", self.cost_edit, _COST_LABEL),
                                   ("contribution_fen", self.contribution_edit,
                                    _CONTRIBUTION_LABEL)):
            try:
                values.append(parse_yuan(edit.text(), field=field, label=Message(label)))
            except ValidationError as exc:
                errors.update(exc.fields)
        if errors:
            raise ValidationError(errors)
        return values[0], values[1]

    def save_rate(self) -> bool:
        """Validate and store the price; the statement follows. Returns whether it saved."""
        month = self.effective_month()
        try:
            saved = succeeded(self, lambda: meals.set_rate(
                self._db, month, *self._typed(), actor=self._actor),
                show=lambda reason: self.rate_status.setText("⚠ " + reason),
                passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            self.rate_status.setText(self.tr("⚠ 未保存：请改正标出的内容"))
            return False
        if not saved:
            self._errors.show({})
            return False
        self.load_rate()
        self.rate_status.setText(self.tr("✓ 已保存：从 {month} 起执行").format(month=month))
        self.show_month()
        self.rate_saved.emit()
        return True

    # -- the statement ---------------------------------------------------------------------------
    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def set_month(self, month: str) -> None:
        """Show a YYYY-MM month."""
        pick_month(self.month_edit, month)
        self.show_month()

    def show_month(self) -> None:
        """Compute the statement for the month chosen."""
        month = self.month()
        self.statement = attempt(self, lambda: meals.meal_statement(
            self._db, month, actor=self._actor), status=self.status_label)
        statement = self.statement
        self.model.set_rows(statement.rows if statement else [])
        if statement is None:
            self.rule_label.setText("")
            self.total_label.setText("")
        else:
            self.rule_label.setText(price_text(statement.rate))
            without = meals.day_care_members_without_meals(self._db, month, actor=self._actor)
            self.total_label.setText(self.tr(
                "合计：{people} 人用餐 {meals} 次，餐费 {cost} 元，家属应缴 {contribution} 元，"
                "中心承担 {centre} 元").format(
                people=len(statement.rows), meals=statement.meals,
                cost=format_yuan(statement.cost_fen),
                contribution=format_yuan(statement.contribution_fen),
                centre=format_yuan(statement.centre_fen))
                + (self.tr("（另有 {n} 名日间照料会员本月没有用餐）").format(n=without)
                   if without else ""))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_person(self) -> int | None:
        """The member on the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_data(rows[0].row()) if rows else None
        return row.person_id if row else None

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.print_button.setEnabled(has_rows)
        self.pdf_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)
        self.member_button.setEnabled(self.selected_person() is not None)

    # -- paper and files -------------------------------------------------------------------------
    def make_preview(self, person_id: int | None) -> QPrintPreviewDialog | None:
        """The print preview of the month's list (or one member's statement)."""
        month = self.month()
        form = attempt(self, lambda: load_form(self._db, self._actor, month, person_id),
                       status=self.status_label)
        if form is None:
            return None
        preview = QPrintPreviewDialog(form_printer(form), self)
        preview.setWindowTitle(self.tr("餐费单打印预览"))
        preview.paintRequested.connect(lambda printer: print_form(printer, form))
        return preview

    def open_preview(self, person_id: int | None) -> None:
        """Show the print preview (modal); its Print button prints."""
        preview = self.make_preview(person_id)
        if preview is not None:
            preview.resize(900, 760)
            preview.exec()
            preview.deleteLater()

    def print_selected_member(self) -> None:
        """Preview and print the selected member's statement."""
        person_id = self.selected_person()
        if person_id is not None:
            self.open_preview(person_id)

    def choose_pdf_path(self) -> None:
        """Ask where to save the month's list as PDF, then write it."""
        suggested = Path.home() / self.tr("餐费收费表-{month}.pdf").format(month=self.month())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存餐费收费表"), str(suggested),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | os.PathLike[str],
                 person_id: int | None = None) -> Path | None:
        """Write the month's list (or one member's statement) to ``path`` (.pdf added when
        missing) off the GUI thread; the file written, or None (the reason is shown)."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        month, actor = self.month(), self._actor
        written = attempt(self, lambda: run_long_job(
            self, self.tr("正在生成餐费单 PDF…"), self._db,
            lambda db: write_statement_pdf(db, actor, month, target, person_id)),
            status=self.status_label)
        if written is None:
            return None
        self.status_label.show_result(self.tr("已保存到 {path}").format(path=written))
        return written

    def choose_export_path(self) -> None:
        """Ask where to save the month's statement as a workbook, then export it."""
        suggested = Path.home() / self.tr("餐费明细-{month}.xlsx").format(month=self.month())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出餐费明细"), str(suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int | None:
        """Export the month's statement to ``path`` (.xlsx added when missing); the number of
        members written, or None when it failed (the reason is shown)."""
        target = xlsx_path(path)
        month, actor = self.month(), self._actor
        statement = run_export(self, self.status_label, self.tr("正在导出餐费明细…"), self._db,
                               lambda db: export_meal_statement(db, actor, month, target))
        if statement is None:
            return None
        self.status_label.show_result(self.tr("已导出 {n} 人到 {path}").format(
            n=len(statement.rows), path=target))
        return len(statement.rows)

    # -- refreshing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The daily log changes on another tab: recompute whenever shown."""
        self.show_month()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _COLUMN_CHARS)


def make_tab(context: PageContext) -> MealsTab:
    """The 餐费 tab for the 日间照料 page."""
    return MealsTab(context.db, context.actor)

