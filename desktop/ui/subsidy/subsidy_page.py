"""The rehab labour subsidy page (康复补助): the rate and minimum stay, a month's table, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
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

from desktop.excel.subsidy.subsidy_export import export_subsidy
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.subsidy import subsidy
from desktop.models.subsidy.subsidy import SubsidySettings
from desktop.ui.common.form_fields import FieldErrors, accessible_label
from desktop.ui.common.labels import clause_separator, model_message
from desktop.ui.common.model_action import run_export, succeeded
from desktop.ui.common.month_setting import effective_month_row, month_row, save_row
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    fit_columns,
    pick_month,
    picked_month,
    xlsx_path,
)
from desktop.ui.common.record_table import record_table
from desktop.ui.subsidy.subsidy_model import SubsidyTableModel

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters of width per column: name, ID, signed-in days, counted days, amount.
_COLUMN_CHARS = (6, 11, 5, 5, 8)
_DEFAULT_STAY_HOURS = 4.0


class SubsidyPage(RefreshingPage):
    """职业康复劳动训练生活补助: settings (EDIT_SETTINGS), the month's table and its export."""

    settings_saved = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_settings: SubsidySettings | None = None
        self._db = db
        self._actor = actor
        self.model = SubsidyTableModel(db, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._settings_box())
        layout.addLayout(self._month_row())
        self.table = record_table(self.model, self.tr("康复补助表"))
        # The amount stays next to the days instead of at the far right of a wide window.
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._bottom_row())
        self.model.modelReset.connect(self._show_total)
        self.load_settings()
        self.show_month()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("补助标准"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        # Fields keep their natural width: a money field across the whole page looks odd.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._errors = FieldErrors(form)
        form.addRow(self._rate_label(), self._rate_row())
        for name, field in (("daily_rate_fen", self.rate_edit),
                            ("effective_from", self.effective_edit)):
            error = QLabel()
            error.setObjectName(f"error_{name}")
            form.addRow("", error)
            self._errors.attach(name, field, error)
        stay_row = QWidget()
        stay_layout = QHBoxLayout(stay_row)
        stay_layout.setContentsMargins(0, 0, 0, 0)
        self.stay_check = QCheckBox(self.tr("要求最短停留(&M)"))
        self.stay_check.setAccessibleName(self.tr("要求最短停留时间"))
        self.stay_spin = QDoubleSpinBox()
        self.stay_spin.setRange(0.5, subsidy.MAX_MIN_STAY_MINUTES / 60)
        self.stay_spin.setSingleStep(0.5)
        self.stay_spin.setDecimals(1)
        self.stay_spin.setSuffix(self.tr(" 小时"))
        self.stay_spin.setAccessibleName(self.tr("最短停留时间（小时）"))
        inner_spin = self.stay_spin.findChild(QLineEdit)
        if inner_spin is not None:
            # Screen readers may land on the text field inside the spin box.
            inner_spin.setAccessibleName(self.tr("最短停留时间（小时）"))
        self.stay_check.toggled.connect(self.stay_spin.setEnabled)
        stay_layout.addWidget(self.stay_check)
        stay_layout.addWidget(self.stay_spin)
        stay_layout.addStretch(1)
        stay_error = QLabel()
        form.addRow(self.tr("计入条件:"), stay_row)
        form.addRow("", stay_error)
        self._errors.attach("min_stay_minutes", self.stay_spin, stay_error)
        outer.addLayout(form)
        note = QLabel(self.tr("新标准从所选月份起执行，之前的月份（已报送的月报）保持原标准。"
                              "设置最短停留后，当天须签退且停留满该时长才计入；"
                              "未签退的日子不计入（可在签到页补录签退时间）。"))
        note.setWordWrap(True)
        outer.addWidget(note)
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.plans_label.setAccessibleName(self.tr("已计划的补助标准调整"))
        outer.addWidget(self.plans_label)
        row, self.save_button, self.settings_status = save_row(
            self.tr("保存补助标准(&S)"), self.tr("保存补助标准"), self.tr("保存结果"),
            self.save_settings)
        outer.addLayout(row)
        may_edit = self._actor.can(Permission.EDIT_SETTINGS)
        for widget in (self.rate_edit, self.effective_edit, self.stay_check, self.stay_spin,
                       self.save_button):
            widget.setEnabled(may_edit)
        if not may_edit:
            self.settings_status.setText(self.tr("只有可以修改设置的账户能更改补助标准"))
        return box

    def _rate_label(self) -> QLabel:
        self.rate_edit = QLineEdit()
        self.rate_edit.setMaxLength(12)
        self.rate_edit.setPlaceholderText(self.tr("如 40 或 40.50"))
        label = QLabel(self.tr("日补助标准（元/天）(&R):"))
        label.setBuddy(self.rate_edit)
        self.rate_edit.setAccessibleName(accessible_label(label.text()))
        return label

    def _rate_row(self) -> QWidget:
        """The rate, then the month it applies from: "从 [2026-11] 起执行"."""
        row, self.effective_edit = effective_month_row(
            self.tr("从(&F)"), self.tr("起执行"), self.tr("补助标准从哪个月起执行"), self._today,
            subsidy.MAX_MONTHS_AHEAD, before=self.rate_edit)
        self.effective_edit.setToolTip(self.tr(
            "新标准从这个月起计算；之前的月份（已报送的月报）保持原标准"))
        self.effective_edit.dateChanged.connect(self._effective_month_changed)
        return row

    def _month_row(self) -> QHBoxLayout:
        row, self.month_edit, self.rule_label = month_row(self.tr("月份(&O):"), self._today)
        self.month_edit.dateChanged.connect(self.show_month)
        return row

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("合计"))
        self.total_label.setProperty("role", "heading")
        self.export_button = QPushButton(self.tr("导出到 Excel(&X)…"))
        self.export_button.setAccessibleName(self.tr("把本月补助表导出到 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        self.export_button.setEnabled(self._actor.can(Permission.EDIT_ATTENDANCE))
        self.status_label = StatusLabel(self.tr("操作结果"))
        row.addWidget(self.total_label)
        row.addWidget(self.export_button)
        row.addWidget(self.status_label, 1)
        return row

    # -- settings ----------------------------------------------------------------------------------
    def effective_month(self) -> str:
        """The month the settings as typed are to apply from, YYYY-MM."""
        return picked_month(self.effective_edit)

    def _effective_month_changed(self, *_: object) -> None:
        # Show what is stored for the month picked (a planned change must not be overwritten
        # unseen), unless the person already typed new settings: those are kept.
        try:
            typed: SubsidySettings | None = self.typed_settings()
        except ValidationError:
            typed = None
        if typed == self._shown_settings:
            self.load_settings()

    def load_settings(self) -> None:
        """Show the rate and minimum stay in effect from the month chosen to apply from, and
        any change planned for later months."""
        stored = subsidy.settings_for(self._db, self.effective_month())
        self._shown_settings = stored
        self._show_plans()
        self.rate_edit.setText(subsidy.format_yuan(stored.daily_rate_fen).replace(",", ""))
        has_stay = stored.min_stay_minutes is not None
        self.stay_check.setChecked(has_stay)
        self.stay_spin.setValue(stored.min_stay_minutes / 60 if stored.min_stay_minutes
                                else _DEFAULT_STAY_HOURS)
        self.stay_spin.setEnabled(has_stay and self._actor.can(Permission.EDIT_SETTINGS))
        self._errors.show({})

    def _show_plans(self) -> None:
        now = subsidy.current_month(self._today)
        planned = [e for e in subsidy.rate_history(self._db) if e.effective_from > now]
        self.plans_label.setText(clause_separator().join(
            self.tr("已计划：{month} 起 {rate} 元/天").format(
                month=e.effective_from, rate=subsidy.format_yuan(e.settings.daily_rate_fen))
            for e in planned))
        self.plans_label.setVisible(bool(planned))

    def typed_settings(self) -> SubsidySettings:
        """The settings as typed; ValidationError when the rate is not an amount."""
        rate = subsidy.parse_yuan(self.rate_edit.text())
        stay = round(self.stay_spin.value() * 60) if self.stay_check.isChecked() else None
        return SubsidySettings(daily_rate_fen=rate, min_stay_minutes=stay)

    def field_error(self, name: str) -> str:
        """The message shown beside a settings field ('' if none)."""
        return self._errors.text(name)

    def save_settings(self) -> bool:
        """Validate and store the settings; the table follows. Returns whether it saved."""
        try:
            saved = succeeded(self, lambda: subsidy.save_settings(
                self._db, self.typed_settings(), actor=self._actor,
                effective_from=self.effective_month(), today=self._today),
                show=lambda reason: self.settings_status.setText("⚠ " + reason),
                passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            self.settings_status.setText(self.tr("⚠ 未保存：请改正标出的内容"))
            return False
        if not saved:
            return False
        self._errors.show({})
        self.settings_status.setText(self.tr("✓ 已保存：从 {month} 起执行").format(
            month=self.effective_month()))
        self.load_settings()
        self.show_month()
        self.settings_saved.emit()
        return True

    # -- the table ---------------------------------------------------------------------------------
    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def set_month(self, month: str) -> None:
        """Show a YYYY-MM month."""
        pick_month(self.month_edit, month)
        self.show_month()

    def show_month(self, *_: object) -> None:
        """Compute the table for the month chosen."""
        self.model.set_month(self.month())
        table = self.model.table
        settings = table.settings if table else SubsidySettings()
        rate = subsidy.format_yuan(settings.daily_rate_fen)
        effective_from = table.effective_from if table else None
        if effective_from is None:
            source = self.tr("本月未设定补助标准：{rate} 元/天").format(rate=rate)
        elif effective_from == subsidy.BEGINNING:
            source = self.tr("本月按最初设定的标准：{rate} 元/天").format(rate=rate)
        else:
            source = self.tr("本月按 {month} 起执行的标准：{rate} 元/天").format(
                month=effective_from, rate=rate)
        if settings.min_stay_minutes is None:
            condition = self.tr("有效签到即计入")
        else:
            condition = self.tr("当天停留满 {hours} 小时（须签退）才计入").format(
                hours=f"{settings.min_stay_minutes / 60:g}")
        self.rule_label.setText(self.tr("{source}；{condition}").format(source=source,
                                                                    condition=condition))

    def _show_total(self) -> None:
        table = self.model.table
        if table is None:
            self.total_label.setText("")
            return
        self.total_label.setText(self.tr("合计：{people} 人，计补 {days} 天，{amount} 元").format(
            people=len(table.rows), days=table.total_days,
            amount=subsidy.format_yuan(table.total_fen)))

    # -- export -----------------------------------------------------------------------------------
    def choose_export_path(self) -> None:
        """Ask where to save, then export the month's table there."""
        suggested = f"康复补助-{self.month()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出康复补助表"), str(Path.home() / suggested),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int | None:
        """Export the month's table to ``path`` (.xlsx added if missing); returns the number of
        rows written, or None when it failed (the reason is shown)."""
        target = xlsx_path(path)
        month = self.month()
        table = run_export(self, self.status_label, self.tr("正在导出康复补助表…"), self._db,
                           lambda db: export_subsidy(db, self._actor, month, target))
        if table is None:
            return None
        self.status_label.show_result(self.tr("已导出 {n} 人到 {path}").format(
            n=len(table.rows), path=target))
        return len(table.rows)

    # -- refreshing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Sign-ins change on other pages: recompute whenever the page comes into view."""
        self.show_month()

    def size_columns(self) -> None:
        """Fit the table to the font."""
        if hasattr(self, "table"):
            fit_columns(self.table, _COLUMN_CHARS)


def make_page(context: PageContext) -> SubsidyPage:
    """The subsidy page for the main window."""
    return SubsidyPage(context.db, context.actor)
