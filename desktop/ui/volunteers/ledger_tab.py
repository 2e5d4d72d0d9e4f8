"""The 服务时长 tab: the month's hours ledger (name, 志愿北京 number, hours this month,
cumulative hours and the star level), the selected volunteer's hours per month and post, and
补录服务 (service entered by staff without a sign-in, always with what was done), and
导出到志愿北京… (the month's service records as a workbook for the district's platform; the
volunteers still without a 志愿北京 number are named on the status line).

Stars are shown as ★ marks; screen readers hear them as words (三星).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.volunteers.platform_export import export_platform
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.volunteers import ledger, rules, service_entries
from desktop.models.volunteers.ledger import LedgerRow, PostMonth
from desktop.models.volunteers.service_entries import ServiceEntry
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, run_export
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    allow_months_until,
    month_picker,
    picked_month,
    xlsx_path,
)
from desktop.ui.common.record_table import record_table
from desktop.ui.common.wrapped_headers import fit_columns_wrapping
from desktop.ui.volunteers.settings_dialog import VolunteerSettingsDialog
from desktop.ui.volunteers.volunteer_fields import (
    VolunteerPicker,
    date_editor,
)

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_LEDGER_CHARS = (5, 8, 5, 5, 5, 14)
_DETAIL_CHARS = (5, 6, 4, 3, 5)


def star_marks(star: int) -> str:
    """★★★ for three stars, '' for none."""
    return "★" * star


def star_words(star: int) -> str:
    """三星 / 未达星级, for screen readers."""
    if not star:
        return QCoreApplication.translate("LedgerTab", "未达星级")
    return QCoreApplication.translate("LedgerTab", "{n}星").format(n=star)


def ledger_columns() -> list[Column[LedgerRow]]:
    """The month's ledger columns."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return every_column([
        Column(lambda: QCoreApplication.translate("LedgerTab", "姓名"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("LedgerTab", "志愿北京编号"),
               lambda r: r.volunteer_number),
        Column(lambda: QCoreApplication.translate("LedgerTab", "本月时长"),
               lambda r: rules.hours_text(r.minutes), align=right),
        Column(lambda: QCoreApplication.translate("LedgerTab", "累计时长"),
               lambda r: rules.hours_text(r.cumulative_minutes), align=right),
        Column(lambda: QCoreApplication.translate("LedgerTab", "星级"),
               lambda r: star_marks(r.star), accessible=lambda r: star_words(r.star),
               tooltip=lambda r: star_words(r.star)),
        Column(lambda: QCoreApplication.translate("LedgerTab", "本月岗位"),
               lambda r: QCoreApplication.translate("LedgerTab", "、").join(r.posts)),
    ])


def detail_columns() -> list[Column[PostMonth]]:
    """One volunteer's hours per month and post."""
    return every_column([
        Column(lambda: QCoreApplication.translate("LedgerTab", "月份"), lambda r: r.month),
        Column(lambda: QCoreApplication.translate("LedgerTab", "岗位"), lambda r: r.post),
        Column(lambda: QCoreApplication.translate("LedgerTab", "时长"),
               lambda r: rules.hours_text(r.minutes)),
        Column(lambda: QCoreApplication.translate("LedgerTab", "次数"),
               lambda r: str(r.entries)),
        Column(lambda: QCoreApplication.translate("LedgerTab", "月末累计"),
               lambda r: rules.hours_text(r.cumulative_minutes)),
    ])


class ServiceDialog(QDialog):
    """补录服务: a volunteer, a day, a post, the time (hours and minutes) and what was done.
    A refusal is shown in the dialog, which stays open; ``saved`` carries the person's id."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("补录志愿服务"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.picker = VolunteerPicker(db, actor, self)
        self.search_edit = self.picker.search_edit
        self.results = self.picker.results
        self.picker.add_to(form)
        today = db.clock.today()
        self.day_edit = date_editor(QDate(today.year, today.month, today.day),
                                    self.tr("服务日期"))
        self.post_combo = QComboBox()
        self.post_combo.setAccessibleName(self.tr("服务岗位"))
        for post_id, name in service_entries.posts(db):
            self.post_combo.addItem(name, post_id)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, 24)
        self.hours_spin.setSuffix(self.tr(" 小时"))
        name_editor(self.hours_spin, self.tr("服务时长的小时数"))
        # The minutes go up by the rounding step: the time is credited rounded down to it,
        # and the line beside says so (25 minutes with a 30-minute step would be nothing).
        step = rules.rounding_minutes(db)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 59)
        self.minutes_spin.setSingleStep(step)
        self.minutes_spin.setSuffix(self.tr(" 分钟"))
        name_editor(self.minutes_spin, self.tr("服务时长的分钟数"))
        self.rounding_label = QLabel(self.tr("按 {step} 分钟向下取整记入").format(step=step))
        time_row = QHBoxLayout()
        time_row.addWidget(self.hours_spin)
        time_row.addWidget(self.minutes_spin)
        time_row.addWidget(self.rounding_label)
        time_row.addStretch(1)
        self.content_edit = QLineEdit()
        self.content_edit.setMaxLength(service_entries.CONTENT_MAX)
        self.content_edit.setPlaceholderText(self.tr("如：午餐分餐、陪同张大爷到医院复查"))
        self.content_edit.setAccessibleName(self.tr("服务内容"))
        for text, widget in ((self.tr("服务日期(&D):"), self.day_edit),
                             (self.tr("服务岗位(&P):"), self.post_combo),
                             (self.tr("时长(&H):"), self.hours_spin),
                             (self.tr("服务内容(&C):"), self.content_edit)):
            row_label = QLabel(text)
            row_label.setBuddy(widget)
            form.addRow(row_label, time_row if widget is self.hours_spin else widget)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("补录服务的问题"))
        self.error_label.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("保存(&S)"))
        ok.setAccessibleName(self.tr("保存补录的服务"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if person_id is not None:
            self.picker.choose(person_id)

    def minutes(self) -> int:
        """The time typed: hours and minutes together."""
        return self.hours_spin.value() * 60 + self.minutes_spin.value()

    def save(self) -> None:
        """Record the service; on refusal show why and stay open."""
        person_id = self.picker.required(self.error_label.setText)
        if person_id is None:
            return
        entry = ServiceEntry(
            person_id=person_id, day=self.day_edit.date().toString("yyyy-MM-dd"),
            post_id=int(self.post_combo.currentData() or 0), minutes=self.minutes(),
            content=self.content_edit.text())
        if attempt(self, lambda: service_entries.add_service(self._db, entry,
                                                             actor=self._actor),
                   show=self.error_label.setText) is not None:
            self.saved.emit(person_id)
            self.accept()


class LedgerTab(RefreshingPage):
    """The month's ledger, the selected volunteer's detail and 补录服务."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("月份(&M):"))
        self.month_edit = month_picker(label, db.clock.today())
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("本月服务合计"))
        top.addWidget(label)
        top.addWidget(self.month_edit)
        top.addStretch(1)
        top.addWidget(self.total_label)
        layout.addLayout(top)
        self.model: ListTableModel[LedgerRow] = ListTableModel(
            ledger_columns(), self, key=lambda r: r.person_id)
        self.table = record_table(self.model, self.tr("本月志愿服务时长台账"), wrap=False)
        self.detail_model: ListTableModel[PostMonth] = ListTableModel(detail_columns(), self)
        self.detail = record_table(self.detail_model, self.tr("所选志愿者每月各岗位的时长"),
                                   wrap=False)
        self.detail_label = QLabel()
        self.detail_label.setAccessibleName(self.tr("所选志愿者"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("补录服务(&A)…"))
        self.add_button.setAccessibleName(self.tr("补录没有签到的志愿服务"))
        self.add_button.clicked.connect(self.open_service_dialog)
        row.addWidget(self.add_button)
        self.export_button = QPushButton(self.tr("导出到志愿北京(&X)…"))
        self.export_button.setAccessibleName(
            self.tr("把本月的志愿服务记录导出为志愿北京用的 Excel"))
        self.export_button.clicked.connect(self.choose_export_path)
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.settings_button = QPushButton(self.tr("设置(&T)…"))
        self.settings_button.setAccessibleName(
            self.tr("志愿服务设置：取整单位、每日上限和星级门槛"))
        self.settings_button.clicked.connect(self.open_settings_dialog)
        row.addWidget(self.settings_button)
        layout.addLayout(row)
        self.status_label = StatusLabel(self.tr("服务时长操作结果"))
        layout.addWidget(self.status_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_service_dialog)
        self.reload()
        self.size_columns()

    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def reload(self, select: int | None = None) -> None:
        """The month's ledger; select ``select`` (a person id) or keep the selection."""
        keep = select if select is not None else self.selected_id()
        rows = ledger.month_ledger(self._db, self.month(), actor=self._actor)
        self.model.set_rows(rows)
        served = [r for r in rows if r.minutes]
        self.total_label.setText(self.tr("本月 {n} 人服务，共 {hours} 小时").format(
            n=len(served), hours=rules.hours_text(sum(r.minutes for r in rows))))
        index = self.model.row_of(keep) if keep is not None else -1
        if index < 0 and rows:
            index = 0
        if index >= 0:
            self.table.selectRow(index)
        self._show_detail()

    def selected(self) -> LedgerRow | None:
        """The volunteer selected in the ledger, if any."""
        if not hasattr(self, "detail_model"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        """The selected volunteer's person id, if any."""
        found = self.selected()
        return found.person_id if found else None

    def _show_detail(self) -> None:
        found = self.selected()
        if found is None:
            self.detail_model.set_rows([])
            self.detail_label.setText(self.tr("选择左边的一位志愿者查看每月时长"))
            return
        self.detail_model.set_rows(ledger.person_ledger(self._db, found.person_id,
                                                        actor=self._actor))
        self.detail_label.setText(self.tr("{name}：累计 {hours} 小时，{star}").format(
            name=found.name, hours=rules.hours_text(found.cumulative_minutes),
            star=star_words(found.star)))

    def make_service_dialog(self) -> ServiceDialog:
        """The 补录服务 dialog for the selected volunteer (tests drive it directly)."""
        dialog = ServiceDialog(self._db, self._actor, self.selected_id(), self)
        dialog.saved.connect(self._saved)
        return dialog

    def open_service_dialog(self) -> None:
        """Open the 补录服务 dialog."""
        self.make_service_dialog().open()

    def make_settings_dialog(self) -> VolunteerSettingsDialog:
        """The settings dialog (tests drive it without showing it)."""
        return VolunteerSettingsDialog(self._db, self._actor, self)

    def open_settings_dialog(self) -> None:
        """Open 志愿服务设置; after saving, the stars follow the new thresholds."""
        dialog = self.make_settings_dialog()
        dialog.accepted.connect(lambda: self.reload(self.selected_id()))
        dialog.open()

    def _saved(self, person_id: int) -> None:
        self.reload(select=person_id)
        self.status_label.show_result(self.tr("服务已补录"))

    def choose_export_path(self) -> None:
        """Ask where to save the month's records for 志愿北京, then export them."""
        suggested = Path.home() / self.tr("志愿服务记录-{month}.xlsx").format(month=self.month())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到志愿北京"), str(suggested),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int | None:
        """Export the month's service records to ``path`` (.xlsx added when missing); the
        number of records written, or None when it failed (the reason is shown). Volunteers
        without a 志愿北京 number are named on the status line so that staff add it."""
        target = xlsx_path(path)
        month, actor = self.month(), self._actor
        result = run_export(self, self.status_label, self.tr("正在导出志愿服务记录…"),
                            self._db, lambda db: export_platform(db, actor, month, target))
        if result is None:
            return None
        done = self.tr("已导出 {n} 条志愿服务记录到 {path}").format(
            n=len(result.records), path=result.path)
        if result.missing_numbers:
            names = self.tr("、").join(m.name for m in result.missing_numbers)
            self.status_label.show_result(self.tr(
                "{done}。{count} 位志愿者没有志愿北京编号，编号一栏为空：{names}；"
                "请在“人员登记”中补上后重新导出").format(
                    done=done, count=len(result.missing_numbers), names=names), problem=True)
        else:
            self.status_label.show_result(done)
        return len(result.records)

    def refresh(self) -> None:
        """Read again whenever the tab shows (sign-outs add hours elsewhere)."""
        allow_months_until(self.month_edit, self._db.clock.today())
        self.reload()

    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if hasattr(self, "detail"):
            # English headers (HOURS THIS MONTH) wrap rather than push the stars out of sight.
            fit_columns_wrapping(self.table, _LEDGER_CHARS)
            fit_columns_wrapping(self.detail, _DETAIL_CHARS)


def make_tab(context: PageContext) -> LedgerTab:
    """The 服务时长 tab of the 志愿服务 page."""
    return LedgerTab(context.db, context.actor)
