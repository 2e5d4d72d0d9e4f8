"""The 结业证书 tab: the register of completion certificates by year of issue (number, day,
trainee, course, reprints), reprinting one (补打: same number, counted, marked on the paper)
into the print preview, and printing the year's register as a list.

Certificates are issued from the 结业 tab (or ``warmhome training certificate``); this tab
is where staff find one again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import certificates, outcome_lists
from desktop.models.training.certificates import CertificateData
from desktop.models.training.outcome_lists import RegisterRow
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.paged_print import a4_printer
from desktop.ui.common.printed_form import print_form
from desktop.ui.common.record_table import record_table
from desktop.ui.training.certificate_preview import CertificatePreview
from desktop.ui.training.certificate_print import register_form

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters per column: number, issued, name, course, reprints, last printed.
_CHARS = (16, 8, 5, 14, 4, 12)


def register_columns() -> list[Column[RegisterRow]]:
    """The register's columns."""
    translate = QCoreApplication.translate
    return every_column([
        Column(lambda: translate("CertificateTab", "证书编号"), lambda r: r.number),
        Column(lambda: translate("CertificateTab", "发证日期"), lambda r: r.issued_on),
        Column(lambda: translate("CertificateTab", "姓名"), lambda r: r.name),
        Column(lambda: translate("CertificateTab", "培训课程"), lambda r: r.course_name),
        Column(lambda: translate("CertificateTab", "补打次数"), lambda r: r.reprints, align=RIGHT),
        Column(lambda: translate("CertificateTab", "最近打印"),
               lambda r: r.last_printed_at[:16].replace("T", " ")),
    ])


class CertificateTab(RefreshingPage):
    """The certificate register and reprints."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model: ListTableModel[RegisterRow] = ListTableModel(
            register_columns(), self, key=lambda r: r.id)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("发证年份(&Y):"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("证书发出的年份"))
        year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("证书数目"))
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.table = record_table(self.model, self.tr("结业证书登记簿"), wrap=False)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("补打(&R)"))
        self.reprint_button.setAccessibleName(self.tr("补打所选证书（编号不变，注明补打）"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.register_button = QPushButton(self.tr("打印登记簿(&L)…"))
        self.register_button.setAccessibleName(self.tr("打印所选年份的结业证书登记簿"))
        self.register_button.clicked.connect(self.open_register_preview)
        row.addWidget(self.reprint_button)
        row.addWidget(self.register_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status_label = StatusLabel(self.tr("结业证书操作结果"))
        layout.addWidget(self.status_label)
        self.preview = CertificatePreview(self, self.status_label)
        self.register_preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.size_columns()

    def year(self) -> int:
        """The year chosen (the current one by default)."""
        return int(self.year_combo.currentData() or self._db.clock.today().year)

    def reload(self) -> None:
        """The years (this one and every year with certificates) and the year's register."""
        current = self.year_combo.currentData()
        this_year = self._db.clock.today().year
        years = sorted({this_year, *(int(r.issued_on[:4]) for r in outcome_lists.register_rows(
            self._db))}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current or this_year), 0))
        self.year_combo.blockSignals(False)
        self.reload_list()

    def reload_list(self, select: int | None = None) -> None:
        """The year's register; select ``select`` (a certificate id) or keep the selection."""
        keep = select if select is not None else self.selected_id()
        self.model.set_rows(outcome_lists.register_rows(self._db, self.year()))
        rows = self.model.rows()
        self.count_label.setText(self.tr("{year} 年共发结业证书 {n} 份").format(
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

    def reprint_selected(self) -> CertificateData | None:
        """Reprint the selected certificate (补打, counted, same number) and preview it."""
        found = self.selected()
        if found is None:
            return None
        again = attempt(self, lambda: certificates.reprint_certificate(
            self._db, found.id, actor=self._actor), status=self.status_label)
        if again is None:
            return None
        self.reload_list(select=again.id)
        self.status_label.show_result(self.tr(
            "补打 {name} 的结业证书 {number}（第 {n} 次补打）").format(
                name=again.name, number=again.number, n=again.reprints))
        self.preview.open([again])
        return again

    def _activated(self, _index: QModelIndex) -> None:
        self.reprint_selected()

    def make_register_preview(self) -> QPrintPreviewDialog:
        """The print preview of the year's register."""
        form = register_form(self.model.rows(), load_profile(self._db).name, self.year())
        self._printer = a4_printer()
        preview = QPrintPreviewDialog(self._printer, self)
        preview.setWindowTitle(self.tr("结业证书登记簿打印预览"))
        preview.setAccessibleName(preview.windowTitle())
        preview.paintRequested.connect(lambda printer: attempt(
            self, lambda: print_form(printer, form), status=self.status_label))
        return preview

    def open_register_preview(self) -> None:
        """Show the register's print preview."""
        if self.register_preview is not None:
            self.register_preview.close()
            self.register_preview.deleteLater()
        self.register_preview = self.make_register_preview()
        self.register_preview.resize(1000, 760)
        self.register_preview.open()

    def refresh(self) -> None:
        """Read again whenever the tab shows (certificates are issued on the 结业 tab)."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, _CHARS)


def make_tab(context: PageContext) -> CertificateTab:
    """The 结业证书 tab of the 职业培训 page."""
    return CertificateTab(context.db, context.actor)
