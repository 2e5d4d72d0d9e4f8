"""The 购买服务 tab of the 日间照料 page: contracts with service providers, the month's sessions
of the chosen contract (add, void), the month's fulfilment of every contract, and the monthly
service confirmation sheet (服务确认单) to print or save as PDF."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.care import providers
from desktop.models.care.providers import ContractMonth, Provider, Session
from desktop.models.db import Database
from desktop.models.money import format_yuan
from desktop.models.reporting import month_close
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.care.provider_dialogs import ContractDialog, SessionDialog
from desktop.ui.care.service_confirmation_print import load_form, write_confirmation_pdf
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.labels import closed_month_line, list_separator, model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import (
    RefreshingPage,
    StatusLabel,
    fit_columns,
    month_picker,
    pick_month,
    picked_month,
)
from desktop.ui.common.printed_form import form_printer, print_form
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


def unit_text(unit: str) -> str:
    """小时 / 次, translated."""
    return model_message(providers.unit_name(unit))


CONTRACT_COLUMNS: list[Column[Provider]] = [
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务机构"), lambda p: p.organisation
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "合同编号"), lambda p: p.contract_number
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务内容"),
        lambda p: p.service,
        tooltip=lambda p: p.service,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "合同期"),
        lambda p: f"{p.starts_on} ~ {p.ends_on}",
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "合同数量"),
        lambda p: f"{p.contracted_quantity} {unit_text(p.unit)}",
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "合同金额（元）"),
        lambda p: format_yuan(p.amount_fen),
        align=RIGHT,
    ),
    Column(lambda: QCoreApplication.translate("ProvidersTab", "联系人"), lambda p: p.contact),
    Column(lambda: QCoreApplication.translate("ProvidersTab", "联系电话"), lambda p: p.phone),
]


def _state(session: Session) -> str:
    if session.voided:
        return QCoreApplication.translate("ProvidersTab", "已作废：{reason}").format(
            reason=session.void_reason
        )
    return QCoreApplication.translate("ProvidersTab", "有效")


SESSION_COLUMNS: list[Column[Session]] = [
    Column(lambda: QCoreApplication.translate("ProvidersTab", "日期"), lambda s: s.day),
    Column(lambda: QCoreApplication.translate("ProvidersTab", "服务人员"), lambda s: s.staff_name),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务内容"),
        lambda s: s.content,
        tooltip=lambda s: s.content,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "时长（分钟）"),
        lambda s: s.minutes,
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "人数"),
        lambda s: len(s.members),
        align=RIGHT,
    ),
    Column(lambda: QCoreApplication.translate("ProvidersTab", "状态"), _state, tooltip=_state),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务的会员"),
        lambda s: list_separator().join(s.member_names),
        tooltip=lambda s: list_separator().join(s.member_names),
    ),
]


def _percent(month: ContractMonth) -> str:
    percent = month.fulfilment.percent
    return "—" if percent is None else f"{percent}%"


FULFILMENT_COLUMNS: list[Column[ContractMonth]] = [
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务机构"),
        lambda m: m.provider.organisation,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "合同编号"),
        lambda m: m.provider.contract_number,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务次数"),
        lambda m: m.fulfilment.sessions,
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "时长（分钟）"),
        lambda m: m.fulfilment.delivered_minutes,
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "服务人次"),
        lambda m: m.member_visits,
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "本月完成"),
        lambda m: (
            f"{providers.format_quantity(m.fulfilment.delivered)} {unit_text(m.provider.unit)}"
        ),
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "本月应完成"),
        lambda m: f"{providers.format_quantity(m.fulfilment.owed)} {unit_text(m.provider.unit)}",
        align=RIGHT,
    ),
    Column(
        lambda: QCoreApplication.translate("ProvidersTab", "完成率"),
        _percent,
        align=RIGHT,
        accessible=lambda m: _percent(m).replace(
            "—", QCoreApplication.translate("ProvidersTab", "本月不计")
        ),
    ),
]

_CONTRACT_CHARS = (12, 10, 10, 13, 6, 8, 4, 8)
_SESSION_CHARS = (6, 5, 14, 5, 3, 6, 14)
_FULFILMENT_CHARS = (12, 10, 4, 5, 4, 6, 6, 4)


class ProvidersTab(RefreshingPage):
    """Contracts, the month's sessions of the contract chosen, the month's fulfilment, and the
    service confirmation sheet."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.contract_model: ListTableModel[Provider] = ListTableModel(
            CONTRACT_COLUMNS, self, key=lambda p: p.id
        )
        self.session_model: ListTableModel[Session] = ListTableModel(
            SESSION_COLUMNS, self, key=lambda s: s.id
        )
        self.fulfilment_model: ListTableModel[ContractMonth] = ListTableModel(
            FULFILMENT_COLUMNS, self, key=lambda m: m.provider.id
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._month_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._contracts_part())
        splitter.addWidget(self._month_part())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.status_label = StatusLabel(self.tr("操作结果"))
        layout.addWidget(self.status_label)
        self.contract_table.selectionModel().selectionChanged.connect(
            lambda *_: self.show_sessions()
        )
        self.session_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.reload()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    @property
    def _today(self) -> date:
        return self._db.clock.today()

    def _month_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("月份(&M):"))
        self.month_edit = month_picker(label, self._today)
        self.month_edit.dateChanged.connect(lambda _date: self.reload())
        note = QLabel(
            self.tr("社会组织按合同提供服务：每次服务后登记，月底打印服务确认单请双方签字盖章。")
        )
        note.setWordWrap(True)
        row.addWidget(label)
        row.addWidget(self.month_edit)
        row.addWidget(note, 1)
        return row

    def _contracts_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("购买服务合同"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.contract_table = record_table(self.contract_model, self.tr("购买服务合同"), wrap=False)
        self.contract_table.activated.connect(lambda _index: self.edit_contract())
        layout.addWidget(self.contract_table, 1)
        buttons = QHBoxLayout()
        self.add_contract_button = QPushButton(self.tr("新增合同(&N)…"))
        self.add_contract_button.setAccessibleName(self.tr("新增购买服务合同"))
        self.add_contract_button.clicked.connect(self.add_contract)
        self.edit_contract_button = QPushButton(self.tr("修改合同(&E)…"))
        self.edit_contract_button.setAccessibleName(self.tr("修改所选合同"))
        self.edit_contract_button.clicked.connect(self.edit_contract)
        buttons.addWidget(self.add_contract_button)
        buttons.addWidget(self.edit_contract_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return part

    def _month_part(self) -> QWidget:
        self.month_tabs = QTabWidget()
        self.month_tabs.setAccessibleName(self.tr("本月服务记录和完成情况"))
        sessions = QWidget()
        layout = QVBoxLayout(sessions)
        self.sessions_label = QLabel()
        self.sessions_label.setWordWrap(True)
        layout.addWidget(self.sessions_label)
        self.session_table = record_table(
            self.session_model, self.tr("所选合同本月的服务记录"), wrap=False
        )
        layout.addWidget(self.session_table, 1)
        buttons = QHBoxLayout()
        self.add_session_button = QPushButton(self.tr("登记服务(&A)…"))
        self.add_session_button.setAccessibleName(self.tr("为所选合同登记一次服务"))
        self.add_session_button.clicked.connect(self.add_session)
        self.void_button = QPushButton(self.tr("作废(&D)…"))
        self.void_button.setAccessibleName(self.tr("作废所选服务记录"))
        self.void_button.clicked.connect(self.void_selected)
        self.print_button = QPushButton(self.tr("打印服务确认单(&P)…"))
        self.print_button.setAccessibleName(self.tr("打印所选合同本月的服务确认单"))
        self.print_button.clicked.connect(self.open_preview)
        self.pdf_button = QPushButton(self.tr("确认单存为 PDF(&F)…"))
        self.pdf_button.setAccessibleName(self.tr("把所选合同本月的服务确认单保存为 PDF 文件"))
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        for button in (
            self.add_session_button,
            self.void_button,
            self.print_button,
            self.pdf_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)
        self.month_tabs.addTab(sessions, self.tr("本月服务记录(&1)"))
        fulfilment = QWidget()
        layout = QVBoxLayout(fulfilment)
        self.fulfilment_table = record_table(
            self.fulfilment_model, self.tr("本月各合同的完成情况"), wrap=False
        )
        layout.addWidget(self.fulfilment_table, 1)
        rule = QLabel(
            self.tr(
                "本月应完成 = 合同数量按合同期天数分摊到本月的部分；按小时计的合同以"
                "服务时长折算小时，按次数计的合同以服务次数计。作废的记录不计入。"
            )
        )
        rule.setWordWrap(True)
        layout.addWidget(rule)
        self.month_tabs.addTab(fulfilment, self.tr("本月完成情况(&2)"))
        return self.month_tabs

    # -- state -----------------------------------------------------------------------------------
    def month(self) -> str:
        """The month shown, YYYY-MM."""
        return picked_month(self.month_edit)

    def set_month(self, month: str) -> None:
        """Show a YYYY-MM month."""
        pick_month(self.month_edit, month)
        self.reload()

    def selected_provider(self) -> Provider | None:
        """The contract on the selected row, if any."""
        rows = self.contract_table.selectionModel().selectedRows()
        return self.contract_model.row_data(rows[0].row()) if rows else None

    def select_provider(self, provider_id: int) -> None:
        """Select a contract's row."""
        row = self.contract_model.row_of(provider_id)
        if row >= 0:
            self.contract_table.selectRow(row)

    def selected_session(self) -> Session | None:
        """The session on the selected row, if any."""
        rows = self.session_table.selectionModel().selectedRows()
        return self.session_model.row_data(rows[0].row()) if rows else None

    def reload(self) -> None:
        """Read the contracts, the month's sessions and fulfilment again."""
        chosen = self.selected_provider()
        contracts = (
            attempt(
                self,
                lambda: providers.providers(self._db, actor=self._actor),
                status=self.status_label,
            )
            or []
        )
        self.contract_model.set_rows(contracts)
        if contracts:
            self.select_provider(chosen.id if chosen else contracts[0].id)
            if self.selected_provider() is None:
                self.contract_table.selectRow(0)
        self.fulfilment_model.set_rows(
            attempt(
                self,
                lambda: providers.month_fulfilment(self._db, self.month(), actor=self._actor),
                status=self.status_label,
            )
            or []
        )
        self.show_sessions()

    def show_sessions(self) -> None:
        """The chosen contract's sessions in the month shown."""
        provider = self.selected_provider()
        rows: list[Session] = []
        if provider is not None:
            rows = (
                attempt(
                    self,
                    lambda: providers.sessions(
                        self._db, self.month(), actor=self._actor, provider_id=provider.id
                    ),
                    status=self.status_label,
                )
                or []
            )
            valid = [s for s in rows if not s.voided]
            self.sessions_label.setText(
                self.tr(
                    "{organisation}　{month}：{n} 次服务，{minutes} 分钟，{visits} 人次"
                ).format(
                    organisation=provider.organisation,
                    month=self.month(),
                    n=len(valid),
                    minutes=sum(s.minutes for s in valid),
                    visits=sum(len(s.members) for s in valid),
                )
            )
        else:
            self.sessions_label.setText(self.tr("还没有合同：请先“新增合同”"))
        self.session_model.set_rows(rows)
        if rows:
            self.session_table.selectRow(len(rows) - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        provider = self.selected_provider()
        month = self.month()
        closed = month_close.is_closed(self._db, month)
        session = self.selected_session()
        self.edit_contract_button.setEnabled(provider is not None)
        self.add_session_button.setEnabled(provider is not None)
        self.void_button.setEnabled(session is not None and not session.voided and not closed)
        self.print_button.setEnabled(provider is not None)
        self.pdf_button.setEnabled(provider is not None)
        self.closed_label.setText("⚠ " + closed_month_line(month) if closed else "")
        self.closed_label.setVisible(closed)

    # -- contracts --------------------------------------------------------------------------------
    def make_contract_dialog(self, provider_id: int | None = None) -> ContractDialog:
        """The new/edit contract dialog, wired to refresh this tab (tests drive it)."""
        dialog = ContractDialog(self._db, self._actor, provider_id, self)
        dialog.saved.connect(self._contract_saved)
        return dialog

    def add_contract(self) -> None:
        """Open the form for a new contract."""
        self.make_contract_dialog().open()

    def edit_contract(self) -> None:
        """Open the form for the selected contract."""
        provider = self.selected_provider()
        if provider is not None:
            self.make_contract_dialog(provider.id).open()

    def _contract_saved(self, provider_id: int) -> None:
        self.reload()
        self.select_provider(provider_id)
        self.status_label.show_result(self.tr("合同已保存"))
        self.changed.emit()

    # -- sessions ---------------------------------------------------------------------------------
    def _session_day(self) -> date:
        """The day a new session starts at: today in the month shown, else its last day."""
        month = self.month()
        if month == f"{self._today:%Y-%m}":
            return self._today
        first = date.fromisoformat(month + "-01")
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    def make_session_dialog(self) -> SessionDialog | None:
        """The dialog to record a session of the selected contract (tests drive it)."""
        provider = self.selected_provider()
        if provider is None:
            return None
        dialog = SessionDialog(self._db, self._actor, provider.id, self._session_day(), self)
        dialog.saved.connect(self._session_saved)
        return dialog

    def add_session(self) -> None:
        """Record a session of the selected contract."""
        dialog = self.make_session_dialog()
        if dialog is not None:
            dialog.open()

    def _session_saved(self, session_id: int) -> None:
        day = self._db.scalar("SELECT day FROM care_provider_session WHERE id = ?", (session_id,))
        if day and day[:7] != self.month():
            pick_month(self.month_edit, day[:7])  # reloads through dateChanged
        else:
            self.reload()
        row = self.session_model.row_of(session_id)
        if row >= 0:
            self.session_table.selectRow(row)
        self.status_label.show_result(self.tr("已登记 {day} 的服务").format(day=day))
        self.changed.emit()

    def make_void_dialog(self) -> ReasonDialog | None:
        """The reason dialog for voiding the selected session, wired to void on OK."""
        session = self.selected_session()
        if session is None or not self.void_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("作废服务记录"),
            self.tr("作废后 {day} {staff} 的这次服务不再计入完成情况和确认单；记录仍保留。").format(
                day=session.day, staff=session.staff_name
            ),
            self.tr("作废"),
            self,
            placeholder=self.tr("如：重复登记、录入错误"),
            max_length=providers.REASON_MAX,
        )
        dialog.accepted.connect(lambda: self._void(session.id, dialog.reason()))
        return dialog

    def void_selected(self) -> None:
        """Ask for a reason and void the selected session."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            dialog.open()

    def _void(self, session_id: int, reason: str) -> None:
        if succeeded(
            self,
            lambda: providers.void_session(self._db, session_id, reason, actor=self._actor),
            title=self.tr("无法作废"),
            status=self.status_label,
        ):
            self.reload()
            self.status_label.show_result(self.tr("服务记录已作废"))
            self.changed.emit()

    # -- the confirmation sheet -------------------------------------------------------------------
    def make_preview(self) -> QPrintPreviewDialog | None:
        """The print preview of the selected contract's confirmation sheet for the month."""
        provider = self.selected_provider()
        if provider is None:
            return None
        form = attempt(
            self,
            lambda: load_form(self._db, self._actor, provider.id, self.month()),
            status=self.status_label,
        )
        if form is None:
            return None
        preview = QPrintPreviewDialog(form_printer(form), self)
        preview.setWindowTitle(self.tr("服务确认单打印预览"))
        preview.paintRequested.connect(lambda printer: print_form(printer, form))
        return preview

    def open_preview(self) -> None:
        """Show the print preview (modal); its Print button prints."""
        preview = self.make_preview()
        if preview is not None:
            preview.resize(900, 760)
            preview.exec()
            preview.deleteLater()

    def choose_pdf_path(self) -> None:
        """Ask where to save the confirmation sheet, then write it."""
        provider = self.selected_provider()
        if provider is None:
            return
        suggested = Path.home() / self.tr("服务确认单-{number}-{month}.pdf").format(
            number=provider.contract_number, month=self.month()
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存服务确认单"), str(suggested), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | os.PathLike[str]) -> Path | None:
        """Write the selected contract's confirmation sheet to ``path`` (.pdf added when
        missing) off the GUI thread; the file written, or None (the reason is shown)."""
        provider = self.selected_provider()
        if provider is None:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        month, actor = self.month(), self._actor
        written = attempt(
            self,
            lambda: run_long_job(
                self,
                self.tr("正在生成服务确认单 PDF…"),
                self._db,
                lambda db: write_confirmation_pdf(db, actor, provider.id, month, target),
            ),
            status=self.status_label,
        )
        if written is None:
            return None
        self.status_label.show_result(self.tr("已保存到 {path}").format(path=written))
        return written

    # -- refreshing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Sign-ins and month closing change elsewhere: read again whenever shown."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if hasattr(self, "fulfilment_table"):
            fit_columns(self.contract_table, _CONTRACT_CHARS)
            fit_columns(self.session_table, _SESSION_CHARS)
            fit_columns(self.fulfilment_table, _FULFILMENT_CHARS)


def make_tab(context: PageContext) -> ProvidersTab:
    """The 购买服务 tab for the 日间照料 page."""
    return ProvidersTab(context.db, context.actor)
