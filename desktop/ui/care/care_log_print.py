"""The day's care sheet on paper (日间照料记录表): blank, to fill by hand when the computer is
not at hand, or filled, to file and sign.

The columns are the grid's, in the grid's order (序号, 姓名, the services, the medication
times, 心情, 备注), so the paper is entered back row by row on the 今日照料 tab. A blank sheet
lists the members present that day, or, for a day nobody has signed in yet (a day to come),
every active day-care member; a planned service is marked ○ and a medication time the member
takes nothing at —, the rest is left empty to tick. A filled sheet shows ✓ (with the minutes),
the doses as recorded (已服 11:58 / 拒服 / 漏服), mood and note. Landscape when the columns are
many; rows tall enough to write in; the sign-off for who filled and who checked it.
"""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor
from desktop.models.care import care_log
from desktop.models.care.care_log import DaySheet, SheetRow
from desktop.models.db import Database
from desktop.ui.care.care_log_model import Kind, SheetColumn, sheet_columns, status_word
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.common.printed_form import (
    FormTable,
    PrintedForm,
    SignOff,
    form_printer,
    paragraphs,
    print_form,
    write_form_pdf,
)

# Rows tall enough to tick and write a few words; landscape beyond this many columns.
ROW_HEIGHT_MM = 9
PORTRAIT_MAX_COLUMNS = 8
SHEET_POINT_SIZE = 10
_WEEKDAYS = "一二三四五六日"
_CELL_ATTRIBUTES = {Kind.NAME: " nowrap", Kind.SERVICE: ' nowrap align="center"',
                    Kind.DOSE: ' nowrap align="center"', Kind.MOOD: ' nowrap align="center"',
                    Kind.NOTE: ""}




def _cell(row: SheetRow, column: SheetColumn, filled: bool) -> str:
    """One cell's text on paper."""
    if column.kind is Kind.NAME:
        return row.name
    if column.kind is Kind.SERVICE:
        cell = row.cells.get(column.key)
        if cell is None:
            return ""
        if filled and cell.recorded:
            return f"✓ {cell.minutes}" if cell.minutes else "✓"
        return "○" if cell.planned and not filled else ""
    if column.kind is Kind.DOSE:
        doses = row.doses.get(column.key, ())
        if not doses:
            return "—"
        if not filled:
            return ""
        return "、".join(f"{status_word(d.status)} {d.at_time}".strip() if d.status == "given"
                        else status_word(d.status) if d.status else "" for d in doses).strip("、")
    if not filled:
        return ""
    return row.mood if column.kind is Kind.MOOD else row.note


def _widths(columns: list[SheetColumn]) -> list[int]:
    """Shares of the page width (percent): the note wide, ticks narrow."""
    # A dose column holds "药 12:30" on one line (a time split over two lines misreads).
    weights = {Kind.NAME: 10, Kind.SERVICE: 8, Kind.DOSE: 10, Kind.MOOD: 7, Kind.NOTE: 12}
    raw = [5] + [weights[c.kind] for c in columns]
    total = sum(raw)
    shares = [max(3, round(100 * w / total)) for w in raw]
    shares[-1] += 100 - sum(shares)
    return shares


def sheet_form(sheet: DaySheet, centre_name: str, *, filled: bool) -> PrintedForm:
    """The day's care sheet as a printed form (blank or filled)."""
    columns = sheet_columns(sheet)
    day = date.fromisoformat(sheet.day)
    period = QCoreApplication.translate(
        "CareLogPrint", "{day}（星期{weekday}）").format(day=sheet.day,
                                               weekday=_WEEKDAYS[day.weekday()])
    headings = [QCoreApplication.translate("CareLogPrint", "序号"), *(c.header for c in columns)]
    widths = _widths(columns)
    rows = []
    for number, row in enumerate(sheet.rows, start=1):
        cells = "".join(f"<td{_CELL_ATTRIBUTES[c.kind]}>"
                        f"{html.escape(_cell(row, c, filled)) or '&nbsp;'}</td>"
                        for c in columns)
        rows.append(f'<tr><td align="center" nowrap>{number}</td>{cells}</tr>')
    kind = QCoreApplication.translate(
        "CareLogPrint", "已填") if filled else QCoreApplication.translate("CareLogPrint", "空白")
    legend = QCoreApplication.translate(
        "CareLogPrint", "✓ 已做（数字为分钟）　— 该时间无需服药　服药：已服（时间）／拒服／漏服") \
        if filled else QCoreApplication.translate(
            "CareLogPrint", "做了打 ✓，康复等项目写分钟数；○ 为计划内服务；— 该时间无需服药；"
                            "服药格写已服时间、拒服或漏服；心情写 好／一般／差。")
    count = QCoreApplication.translate(
        "CareLogPrint", "日期：{period}　会员：{n} 人　（{kind}）").format(period=period,
                                                         n=len(sheet.rows), kind=kind)
    landscape = len(headings) > PORTRAIT_MAX_COLUMNS
    return PrintedForm(
        title=QCoreApplication.translate(
            "CareLogPrint", "{centre}日间照料记录表").format(centre=centre_name),
        centre=centre_name, subject=QCoreApplication.translate(
            "CareLogPrint", "日间照料记录表"), period=period,
        note=QCoreApplication.translate("CareLogPrint", "含健康信息，请妥善保管"),
        orientation=QPageLayout.Orientation.Landscape if landscape
        else QPageLayout.Orientation.Portrait,
        intro=paragraphs(count, legend, align="center"),
        table=FormTable(list(zip(headings, widths, strict=True)), rows,
                        row_height_mm=ROW_HEIGHT_MM),
        sign_off=SignOff(signers=(QCoreApplication.translate("CareLogPrint", "记录人"),
                                  QCoreApplication.translate("CareLogPrint", "核对人")),
                         stamp=False,
                         date_label=QCoreApplication.translate("CareLogPrint", "录入日期")),
        point_size=SHEET_POINT_SIZE)


def load_sheet(db: Database, actor: Actor, day: date, *, filled: bool) -> PrintedForm:
    """The form for ``day``: the log as recorded, or the blank sheet to fill by hand."""
    sheet = care_log.day_sheet(db, day, actor=actor) if filled else \
        care_log.blank_sheet(db, day, actor=actor)
    return sheet_form(sheet, centre.load_profile(db).name, filled=filled)


def write_sheet_pdf(form: PrintedForm, path: str | os.PathLike[str]) -> Path:
    """Write the sheet as an A4 PDF at ``path``, atomically (PdfError when it cannot)."""
    return write_form_pdf(form, path)


class CareSheetPrintDialog(QDialog):
    """打印照料表: blank or filled, then preview and print, or save a PDF."""

    def __init__(self, db: Database, actor: Actor, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._day = db, actor, day
        self.setWindowTitle(self.tr("打印照料表"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{day} 的日间照料记录表。空白表用于手写，之后在“今日照料”按同样的"
                               "列顺序录入。").format(day=day.isoformat()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.blank_radio = QRadioButton(self.tr("空白表（手写用）(&B)"))
        self.blank_radio.setAccessibleName(self.tr("空白表，手写用"))
        self.filled_radio = QRadioButton(self.tr("已填表（存档签字）(&F)"))
        self.filled_radio.setAccessibleName(self.tr("已填表，存档签字"))
        future = day > db.clock.today()
        self.filled_radio.setEnabled(not future)
        (self.blank_radio if future else self.filled_radio).setChecked(True)
        layout.addWidget(self.blank_radio)
        layout.addWidget(self.filled_radio)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("打印预览(&V)…"))
        self.preview_button.setAccessibleName(self.tr("打印预览并打印"))
        self.pdf_button = QPushButton(self.tr("保存为 PDF(&S)…"))
        self.pdf_button.setAccessibleName(self.tr("把照料表保存为 PDF 文件"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setAccessibleName(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.open_preview)
        self.pdf_button.clicked.connect(self.choose_pdf_path)
        layout.addWidget(buttons)

    def filled(self) -> bool:
        """Whether the filled sheet is chosen."""
        return self.filled_radio.isChecked()

    def form(self) -> PrintedForm | None:
        """The form chosen (None when the models refuse, the reason shown)."""
        filled = self.filled()
        return attempt(self, lambda: load_sheet(self._db, self._actor, self._day,
                                                filled=filled), status=self.status_label)

    def open_preview(self) -> None:
        """Show the print preview (modal)."""
        form = self.form()
        if form is None:
            return
        preview = QPrintPreviewDialog(form_printer(form), self)
        preview.setWindowTitle(self.tr("照料表打印预览"))
        preview.paintRequested.connect(lambda printer: print_form(printer, form))
        preview.resize(900, 760)
        preview.exec()
        preview.deleteLater()

    def choose_pdf_path(self) -> None:
        """Ask where to save, then write the PDF there."""
        suggested = Path.home() / self.tr("照料表-{day}.pdf").format(day=self._day.isoformat())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存照料表"), str(suggested),
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | os.PathLike[str]) -> Path | None:
        """Write the chosen sheet to ``path`` (.pdf added if missing) off the GUI thread;
        returns the file, or None when it failed (the reason shown)."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        filled, actor, day = self.filled(), self._actor, self._day
        written = attempt(self, lambda: run_long_job(
            self, self.tr("正在生成照料表 PDF…"), self._db,
            lambda db: write_sheet_pdf(load_sheet(db, actor, day, filled=filled), target)),
            status=self.status_label)
        if written is None:
            return None
        self.status_label.show_result(self.tr("已保存到 {path}").format(path=written))
        return written

