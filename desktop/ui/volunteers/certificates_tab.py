"""The 服务证明 tab: the register of certificates of volunteer service (志愿服务证明), issuing one
for a volunteer and a period, reprinting one (补打, same number) and printing a year's
certificates for every volunteer with hours into one PDF.

A period without recorded hours is refused by the models and the reason shown in the issue
dialog; nothing is written then. A certificate opens in the print preview when issued or
reprinted; the preview's Print button prints it on a real printer.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.volunteers import certificates
from desktop.models.volunteers.certificates import Certificate, RegisterRow
from desktop.models.volunteers.rules import hours_text
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.paged_print import a4_printer
from desktop.ui.common.record_table import record_table
from desktop.ui.volunteers.certificate_print import print_certificates, write_certificates_pdf
from desktop.ui.volunteers.volunteer_fields import (
    VolunteerPicker,
    date_editor,
)

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters per column: number, name, period, hours, issued, reprints.
_CHARS = (14, 5, 14, 5, 12, 4)


def register_columns() -> list[Column[RegisterRow]]:
    """The register's columns."""
    return every_column([
        Column(lambda: QCoreApplication.translate("CertificatesTab", "证明编号"),
               lambda r: r.number),
        Column(lambda: QCoreApplication.translate("CertificatesTab", "姓名"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("CertificatesTab", "服务期间"),
               lambda r: QCoreApplication.translate("CertificatesTab", "{start} 至 {end}").format(
                   start=r.period_from, end=r.period_to)),
        Column(lambda: QCoreApplication.translate("CertificatesTab", "时长（小时）"),
               lambda r: hours_text(r.minutes), align=RIGHT),
        Column(lambda: QCoreApplication.translate("CertificatesTab", "出具"),
               lambda r: QCoreApplication.translate("CertificatesTab", "{day} {by}").format(
                   day=r.issued_at[:10], by=r.issued_by)),
        Column(lambda: QCoreApplication.translate("CertificatesTab", "补打次数"),
               lambda r: str(r.reprints), align=RIGHT),
    ])


class IssueDialog(QDialog):
    """出具志愿服务证明: find the volunteer by name or pinyin, choose the period, issue.

    A refusal (no hours in the period, dates out of order) is shown in the dialog, which
    stays open to choose again; ``issued`` carries the new certificate.
    """

    issued = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("出具志愿服务证明"))
        self.setAccessibleName(self.windowTitle())
        today = db.clock.today()
        form = QFormLayout()
        self.picker = VolunteerPicker(db, actor, self)
        self.search_edit = self.picker.search_edit
        self.results = self.picker.results
        self.picker.add_to(form)
        self.from_edit = date_editor(QDate(today.year, 1, 1), self.tr("服务期间开始日期"))
        self.to_edit = date_editor(QDate(today.year, today.month, today.day),
                                       self.tr("服务期间结束日期"))
        for editor in (self.from_edit, self.to_edit):
            # Hours not served yet cannot be certified.
            editor.setMaximumDate(QDate(today.year, today.month, today.day))
        from_label = QLabel(self.tr("从(&F):"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("到(&T):"))
        to_label.setBuddy(self.to_edit)
        form.addRow(from_label, self.from_edit)
        form.addRow(to_label, self.to_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("出具证明的问题"))
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("出具并预览(&I)"))
        ok.setAccessibleName(self.tr("出具证明并打开打印预览"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def person_id(self) -> int | None:
        """The chosen volunteer, if any."""
        return self.picker.person_id()

    def issue(self) -> None:
        """Issue the certificate; on refusal show why and stay open."""
        person_id = self.picker.required(self.error_label.setText)
        if person_id is None:
            return
        start = self.from_edit.date().toString("yyyy-MM-dd")
        end = self.to_edit.date().toString("yyyy-MM-dd")
        found = attempt(self, lambda: certificates.issue(
            self._db, person_id, start, end, actor=self._actor), show=self.error_label.setText)
        if found is not None:
            self.issued.emit(found)
            self.accept()


class CertificatesTab(RefreshingPage):
    """The register and the certificate actions."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model: ListTableModel[RegisterRow] = ListTableModel(
            register_columns(), self, key=lambda r: r.id)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("年份(&Y):"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("证明出具的年份"))
        year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("证明数目"))
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.table = record_table(self.model, self.tr("志愿服务证明登记簿"), wrap=False)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.issue_button = QPushButton(self.tr("出具证明(&N)…"))
        self.reprint_button = QPushButton(self.tr("补打(&R)"))
        self.year_button = QPushButton(self.tr("打印全年证明(&A)…"))
        for button, name, action in (
                (self.issue_button, self.tr("为一位志愿者出具志愿服务证明"), self.open_issue),
                (self.reprint_button, self.tr("补打所选证明（编号不变）"), self.reprint_selected),
                (self.year_button, self.tr("把所选年份每位有服务时长的志愿者的证明存为一个 PDF"),
                 self.choose_year_path)):
            button.setAccessibleName(name)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = StatusLabel(self.tr("服务证明操作结果"))
        layout.addWidget(self.status_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_issue)
        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self.reload()
        self.size_columns()

    # -- reading -------------------------------------------------------------------------------
    def year(self) -> int:
        """The year chosen (the current one by default)."""
        return int(self.year_combo.currentData() or self._db.clock.today().year)

    def reload(self) -> None:
        """The year choices (this year and every year with certificates) and the list."""
        current = self.year_combo.currentData()
        this_year = self._db.clock.today().year
        years = sorted({this_year, *(int(r.issued_at[:4]) for r in certificates.register(
            self._db, actor=self._actor))}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current or this_year), 0))
        self.year_combo.blockSignals(False)
        self.reload_list()

    def reload_list(self, select: int | None = None) -> None:
        """The year's register; select ``select`` (an id) or keep the selection."""
        keep = select if select is not None else self.selected_id()
        self.model.set_rows(certificates.register(self._db, actor=self._actor,
                                                  year=self.year()))
        rows = self.model.rows()
        self.count_label.setText(self.tr("{year} 年共出具 {n} 份证明").format(
            year=self.year(), n=len(rows)))
        index = self.model.row_of(keep) if keep is not None else -1
        if index < 0 and rows:
            index = 0
        if index >= 0:
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> RegisterRow | None:
        """The register line selected, if any."""
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        """The selected certificate's id, if any."""
        found = self.selected()
        return found.id if found else None

    def _update_buttons(self) -> None:
        self.reprint_button.setEnabled(self.selected() is not None)

    # -- issuing and reprinting --------------------------------------------------------------
    def make_issue_dialog(self) -> IssueDialog:
        """The issue dialog, wired to show the new certificate (tests drive it directly)."""
        dialog = IssueDialog(self._db, self._actor, self)
        dialog.issued.connect(self._issued)
        return dialog

    def open_issue(self) -> None:
        """Open the issue dialog."""
        self.make_issue_dialog().open()

    def _issued(self, certificate: Certificate) -> None:
        self.reload()
        self.reload_list(select=certificate.id)
        self.status_label.show_result(self.tr(
            "已出具 {name} 的证明 {number}，共 {hours} 小时").format(
                name=certificate.name, number=certificate.number, hours=certificate.hours))
        self.open_preview([certificate])

    def reprint_selected(self) -> Certificate | None:
        """Reprint the selected certificate (counted; same number) and preview it."""
        found = self.selected()
        if found is None:
            return None
        again = attempt(self, lambda: certificates.reprint(self._db, found.id,
                                                           actor=self._actor),
                        status=self.status_label)
        if again is None:
            return None
        self.reload_list(select=again.id)
        self.status_label.show_result(self.tr("补打证明 {number}（第 {n} 次补打）").format(
            number=again.number, n=again.reprints))
        self.open_preview([again])
        return again

    def _activated(self, _index: QModelIndex) -> None:
        self.reprint_selected()

    # -- printing --------------------------------------------------------------------------------
    def make_preview(self, items: list[Certificate]) -> QPrintPreviewDialog:
        """The print preview of ``items``; its Print button prints on a real printer."""
        # The dialog does not own its printer: it is kept here for as long as the dialog.
        self._printer = a4_printer()
        preview = QPrintPreviewDialog(self._printer, self)
        preview.setWindowTitle(self.tr("志愿服务证明打印预览"))
        preview.setAccessibleName(preview.windowTitle())
        preview.paintRequested.connect(
            lambda printer: self._render(printer, items))
        return preview

    def _render(self, printer: QPrinter, items: list[Certificate]) -> int | None:
        return attempt(self, lambda: print_certificates(printer, items),
                       status=self.status_label)

    def open_preview(self, items: list[Certificate]) -> None:
        """Show the print preview (window-modal; the tab stays usable after it closes)."""
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = self.make_preview(items)
        self.preview.resize(1000, 760)
        self.preview.open()

    def choose_year_path(self) -> None:
        """Ask where to save the year's certificates, then write them."""
        suggested = Path.home() / self.tr("志愿服务证明-{year}.pdf").format(year=self.year())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存全年志愿服务证明"),
                                              str(suggested), self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_year_pdf(path)

    def save_year_pdf(self, path: str | os.PathLike[str]) -> Path | None:
        """Issue (or reprint) the chosen year's certificates and write them into ONE PDF at
        ``path`` (.pdf added when missing) off the GUI thread; the file, or None."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        year, actor = self.year(), self._actor

        def work(db: Database) -> tuple[int, Path | None]:
            found = certificates.year_certificates(db, year, actor=actor)
            return len(found), write_certificates_pdf(found, target) if found else None

        result = attempt(self, lambda: run_long_job(
            self, self.tr("正在生成 {year} 年的志愿服务证明…").format(year=year), self._db, work),
            status=self.status_label)
        self.reload()
        if result is None:
            return None
        count, written = result
        if written is None:
            self.status_label.show_result(self.tr(
                "{year} 年还没有志愿者有服务时长，没有可打印的证明").format(year=year),
                problem=True)
            return None
        self.status_label.show_result(self.tr("已把 {n} 份证明存到 {path}").format(
            n=count, path=written))
        return written

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again whenever the tab shows."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _CHARS)


def make_tab(context: PageContext) -> CertificatesTab:
    """The 服务证明 tab of the 志愿服务 page."""
    return CertificatesTab(context.db, context.actor)
