"""Issuing or reprinting a trainee's 结业证书 from a tab, and showing it in the print preview
(whose Print button prints it on a real printer), as the 结业 and 结业证书 tabs both do."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import certificates
from desktop.models.training.certificates import CertificateData
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import StatusLabel
from desktop.ui.common.paged_print import a4_printer
from desktop.ui.training.certificate_print import print_certificates


def issue_or_reprint(db: Database, enrolment_id: int, *, actor: Actor) -> CertificateData:
    """The trainee's certificate: issued (numbered, in the register) the first time,
    otherwise reprinted (补打, counted, same number). Refusals as the models give them."""
    existing = certificates.certificate_of(db, enrolment_id)
    if existing is None:
        return certificates.issue_certificate(db, enrolment_id, actor=actor)
    return certificates.reprint_certificate(db, existing, actor=actor)


class CertificatePreview(QObject):
    """The print preview of certificates for ``parent``; a failure to print is shown on
    ``status``. One preview at a time: a new one replaces the last."""

    def __init__(self, parent: QWidget, status: StatusLabel) -> None:
        super().__init__(parent)
        self._parent = parent
        self._status = status
        self.dialog: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None

    def make(self, items: list[CertificateData]) -> QPrintPreviewDialog:
        """The preview of ``items``; its Print button prints on a real printer."""
        # The dialog does not own its printer: it is kept here for as long as the dialog.
        self._printer = a4_printer()
        dialog = QPrintPreviewDialog(self._printer, self._parent)
        dialog.setWindowTitle(self.tr("结业证书打印预览"))
        dialog.setAccessibleName(dialog.windowTitle())
        dialog.paintRequested.connect(lambda printer: self._render(printer, items))
        return dialog

    def _render(self, printer: QPrinter, items: list[CertificateData]) -> int | None:
        return attempt(self._parent, lambda: print_certificates(printer, items),
                       status=self._status)

    def open(self, items: list[CertificateData]) -> None:
        """Show the preview (window-modal; the tab stays usable after it closes)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = self.make(items)
        self.dialog.resize(1000, 760)
        self.dialog.open()
