"""Sending a receipt out: to the computer's default printer, or, when it has none (or the
till was told to), as a PDF file in a folder, the status line saying where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from desktop.models.admin import centre
from desktop.models.db import Database
from desktop.models.sales.sales import Sale
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.sales import receipt_print
from desktop.ui.shell.ui_settings import UiSettings


def deliver_receipt(parent: QWidget, status: StatusLabel, db: Database, settings: UiSettings,
                    sale: Sale, folder: Path | None, *, reprint: bool = False) -> Path | None:
    """Print the sale's receipt on the paper chosen for this computer; with ``folder`` (or
    no printer) write it there as a PDF and return its path. The status line gets a note
    added; a failure is shown there."""
    receipt = receipt_print.receipt_of(sale, centre.load_profile(db).name, reprint=reprint)
    paper = settings.receipt_paper
    done = status.accessibleDescription()
    if folder is None and QPrinterInfo.defaultPrinter().isNull():
        folder = Path(settings.export_folder or Path.home())
    if folder is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if attempt(parent, lambda: receipt_print.print_receipt(printer, receipt, paper),
                   status=status) is not None:
            status.show_result(done + QCoreApplication.translate(
                "ReceiptOutput", "；小票已送打印机"))
        return None
    name = QCoreApplication.translate("ReceiptOutput", "补打小票-{number}.pdf") if reprint \
        else QCoreApplication.translate("ReceiptOutput", "小票-{number}.pdf")
    path = attempt(parent, lambda: receipt_print.write_receipt_pdf(
        receipt, paper, folder / name.format(number=receipt.number)), status=status)
    if path is not None:
        status.show_result(done + QCoreApplication.translate(
            "ReceiptOutput", "；小票已存为 {path}").format(path=path))
    return path
