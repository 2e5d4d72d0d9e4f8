"""The 结业证书 tab: the year's register, a reprint (补打: same number, counted, into the print
preview) and the register printed as a list."""

from __future__ import annotations

from pathlib import Path

from desktop.models.db import Database
from desktop.models.training import certificates, completion
from desktop.ui.common.printed_form import write_form_pdf
from desktop.ui.training.certificate_print import register_form
from desktop.ui.training.certificate_tab import CertificateTab, make_tab
from tests.conftest import STAFF
from tests.models.training.training_support import training_db
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.training.outcomes_support import finished_course, open_tab, unnamed_controls

__all__ = ["training_db"]


def test_the_register_and_a_reprint(qtbot, training_db: Database, tmp_path: Path) -> None:
    course = finished_course(training_db)
    for enrolment_id in (course.enrolments[0], course.enrolments[2]):
        completion.complete(training_db, enrolment_id, actor=STAFF)
        certificates.issue_certificate(training_db, enrolment_id, actor=STAFF)
    tab = open_tab(qtbot, make_tab, training_db, tmp_path, CertificateTab)
    assert unnamed_controls(tab) == []
    assert tab.count_label.text() == "2024 年共发结业证书 2 份"
    model = tab.model
    assert [[str(model.index(r, c).data()) for c in range(5)] for r in range(2)] == [
        ["JYPX-XC-T-01-2024-0001", "2024-07-01", "张三", "西点烘焙初级班", "0"],
        ["JYPX-XC-T-01-2024-0002", "2024-07-01", "王五", "西点烘焙初级班", "0"]]
    tab.table.selectRow(1)
    again = tab.reprint_selected()
    assert again is not None and (again.number, again.reprint) == ("JYPX-XC-T-01-2024-0002",
                                                                   True)
    assert tab.status_label.text() == "✓ 补打 王五 的结业证书 JYPX-XC-T-01-2024-0002（第 1 次补打）"
    assert str(model.index(1, 4).data()) == "1"
    assert tab.selected_id() == again.id
    assert tab.preview.dialog is not None and tab.preview.dialog.isVisible()
    tab.open_register_preview()
    assert tab.register_preview is not None and tab.register_preview.isVisible()

    pdf = PrintedPdf(write_form_pdf(register_form(model.rows(), "测试温馨家园", 2024),
                                    tmp_path / "登记簿.pdf"))
    text = " ".join(pdf.texts[0].split())
    for expected in ("结业证书登记簿", "2024 年共发结业证书 2 份。", "JYPX-XC-T-01-2024-0002",
                     "王五", "审核人", "第 1 页，共 1 页"):
        assert expected in text, expected
    pdf.close()
