"""The paper fallback, part one: a day's printed sign-in sheet (print preview and PDF).

The sheet lists the members expected that day in pinyin order with their card numbers and
empty columns for the time and a signature; staff enter it back afterwards with the
tick-list (``paper_entry``). It is a form of :mod:`desktop.ui.common.printed_form` on A4
portrait: the centre and the day at the head of every page, the page numbers at the foot, and
a line for who made the sheet and who checked and entered it.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.people.person_input import PROGRAMMES
from desktop.ui.attendance.attendance_labels import weekday_label
from desktop.ui.attendance.sign_in_dialogs import date_edit, python_date
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.labels import programme_label
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    SignOff,
    form_html,
    form_printer,
    paragraphs,
    print_form,
    write_form_pdf,
)

# Members with low vision sign these sheets: their names in 12 pt, rows tall enough to sign.
SHEET_POINT_SIZE = 12
SIGNATURE_ROW_MM = 10


@dataclass(frozen=True)
class SheetContent:
    """What one printed sheet shows."""

    centre_name: str
    day: date
    programme: str | None
    members: list[tuple[int, str, str]]  # (id, name, card) in pinyin order


def load_sheet(db: Database, day: date, programme: str | None) -> SheetContent:
    """The centre name and the members expected on ``day`` (optionally one programme)."""
    return SheetContent(centre.load_profile(db).name, day, programme,
                        attendance.expected_members(db, day.isoformat(), programme))


def sheet_form(content: SheetContent) -> PrintedForm:
    """The sheet as a printed form: title, date and programme, one row per member with room
    to write the time and sign, and a line for who made and who checked the sheet."""
    programme = programme_label(content.programme) if content.programme \
        else QCoreApplication.translate("PaperSheet", "全部项目")
    day = QCoreApplication.translate("PaperSheet", "{day}（星期{weekday}）").format(
        day=content.day.isoformat(), weekday=weekday_label(content.day.weekday()))
    subtitle = QCoreApplication.translate(
        "PaperSheet", "日期：{day}（星期{weekday}）　服务项目：{programme}　应到：{n} 人").format(
        day=content.day.isoformat(), weekday=weekday_label(content.day.weekday()),
        programme=programme, n=len(content.members))
    columns = ((QCoreApplication.translate("PaperSheet", "序号"), 8),
               (QCoreApplication.translate("PaperSheet", "姓名"), 22),
               (QCoreApplication.translate("PaperSheet", "卡号"), 20),
               (QCoreApplication.translate("PaperSheet", "签到时间"), 18),
               (QCoreApplication.translate("PaperSheet", "签名"), 32))
    rows = [f'<tr><td align="center" nowrap>{number}</td><td nowrap>{html.escape(name)}</td>'
            f"<td nowrap>{html.escape(card)}</td><td>&nbsp;</td><td>&nbsp;</td></tr>"
            for number, (_, name, card) in enumerate(content.members, start=1)]
    return PrintedForm(
        title=QCoreApplication.translate("PaperSheet", "{centre}签到表").format(
            centre=content.centre_name),
        centre=content.centre_name,
        subject=QCoreApplication.translate("PaperSheet", "签到表"), period=day,
        note=QCoreApplication.translate("PaperSheet", "服务项目：{programme}").format(
            programme=programme),
        intro=paragraphs(subtitle, align="center"),
        table=FormTable(columns, rows, row_height_mm=SIGNATURE_ROW_MM),
        sign_off=SignOff(signers=(QCoreApplication.translate("PaperSheet", "制表人"),
                                  QCoreApplication.translate("PaperSheet", "核对人")),
                         stamp=False,
                         date_label=QCoreApplication.translate("PaperSheet", "录入日期")),
        point_size=SHEET_POINT_SIZE)


def sheet_html(content: SheetContent) -> str:
    """The whole sheet as one HTML document (what the pages show, without their running
    header and page numbers)."""
    return form_html(sheet_form(content))


def render_sheet(printer: QPrinter, content: SheetContent) -> int:
    """Print the sheet on ``printer``; returns the number of pages."""
    return print_form(printer, sheet_form(content))


def write_sheet_pdf(content: SheetContent, path: str | os.PathLike[str]) -> Path:
    """Write the sheet as an A4 PDF at ``path``, atomically; returns the path.

    Safe on a worker thread. Raises PdfError when the folder is missing or the file cannot
    be written.
    """
    return write_form_pdf(sheet_form(content), path)


def programme_combo(on_change: Callable[[], None], name: str) -> QComboBox:
    """全部 / 温馨家园 / 职康站 / 日间照料, the programme's code as item data."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("PaperSheet", "全部项目"), None)
    for programme in PROGRAMMES:
        combo.addItem(programme_label(programme), programme)
    combo.setAccessibleName(name)
    combo.currentIndexChanged.connect(lambda _index: on_change())
    return combo


class PaperSheetDialog(QDialog):
    """打印签到表: choose the day and programme, then preview and print, or save a PDF."""

    def __init__(self, db: Database, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("打印签到表"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("签到台无法使用时，打印当天应到会员的名单（按拼音排序），"
                               "请会员手写签到；之后用“录入纸质签到表”一次录入。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        day_label = self.tr("日期(&D):")
        self.date_edit = date_edit(day, accessible_label(day_label))
        form.addRow(day_label, self.date_edit)
        programme_text = self.tr("服务项目(&G):")
        self.programme_combo = programme_combo(self._update_count,
                                               accessible_label(programme_text))
        form.addRow(programme_text, self.programme_combo)
        layout.addLayout(form)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("打印预览(&V)…"))
        self.preview_button.setAccessibleName(self.tr("打印预览并打印"))
        self.pdf_button = QPushButton(self.tr("保存为 PDF(&F)…"))
        self.pdf_button.setAccessibleName(self.tr("把签到表保存为 PDF 文件"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.open_preview)
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(lambda _day: self._update_count())
        self._update_count()
        self.resize(max(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("汉") * 30),
                    self.sizeHint().height())

    def content(self) -> SheetContent:
        """What the sheet for the chosen day and programme shows."""
        return load_sheet(self._db, python_date(self.date_edit),
                          self.programme_combo.currentData())

    def _update_count(self) -> None:
        count = len(self.content().members)
        self.count_label.setText(self.tr("应到 {n} 人").format(n=count))
        self.preview_button.setEnabled(count > 0)
        self.pdf_button.setEnabled(count > 0)

    def make_preview(self) -> QPrintPreviewDialog:
        """The print preview of the sheet; its Print button prints on a real printer."""
        content = self.content()
        preview = QPrintPreviewDialog(form_printer(sheet_form(content)), self)
        preview.setWindowTitle(self.tr("签到表打印预览"))
        preview.paintRequested.connect(lambda printer: render_sheet(printer, content))
        return preview

    def open_preview(self) -> None:
        """Show the print preview (modal)."""
        preview = self.make_preview()
        preview.resize(900, 760)
        preview.exec()
        preview.deleteLater()

    def choose_pdf_path(self) -> None:
        """Ask where to save, then write the PDF there."""
        day = python_date(self.date_edit)
        suggested = Path.home() / self.tr("签到表-{day}.pdf").format(day=day.isoformat())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存签到表"), str(suggested),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | os.PathLike[str]) -> Path | None:
        """Write the sheet to ``path`` (.pdf added if missing) off the GUI thread.

        Returns the file written, or None when it failed (the reason is shown).
        """
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        day, programme = python_date(self.date_edit), self.programme_combo.currentData()
        written = attempt(self, lambda: run_long_job(
            self, self.tr("正在生成签到表 PDF…"), self._db,
            lambda db: write_sheet_pdf(load_sheet(db, day, programme), target)),
            status=self.status_label)
        if written is None:
            return None
        self.status_label.show_result(self.tr("已保存到 {path}").format(path=written))
        return written
