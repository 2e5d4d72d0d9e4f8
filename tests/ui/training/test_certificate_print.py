"""The printed 结业证书: one A4 portrait page with the particulars, the masked ID number, the
hours and the seal's box; a reprint says 补打 with the same number."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.models.db import Database
from desktop.models.training import certificates, completion
from desktop.ui.training.certificate_print import write_certificate_pdf
from tests.conftest import STAFF
from tests.models.training.training_support import training_db
from tests.ui.common.pdf_reading import PrintedPdf
from tests.ui.training.outcomes_support import finished_course

__all__ = ["training_db"]


def test_a_certificate_is_one_portrait_page_and_a_reprint_says_so(
        qapp, training_db: Database, tmp_path: Path) -> None:
    course = finished_course(training_db, assessment_required=True)
    wang = course.enrolments[2]
    completion.record_assessment(training_db, wang, "passed", score=86, actor=STAFF)
    completion.complete(training_db, wang, actor=STAFF)
    issued = certificates.issue_certificate(training_db, wang, actor=STAFF)
    first = write_certificate_pdf(issued, tmp_path / "王五.pdf")
    pdf = PrintedPdf(first)
    assert len(pdf) == 1
    width, height = pdf.size_mm(0)
    assert (round(width), round(height)) == (210, 297)
    text = " ".join(pdf.texts[0].split())
    for expected in ("结业证书", "证书编号：JYPX-XC-T-01-2024-0001", "王五", "12 / 14 次（85.7%）",
                     "24.0 学时", "考核合格（86 分）", "结业日期", "2024-07-01", "发证日期",
                     "单位（盖章）", "负责人", "测试温馨家园", "西城区职康中心",
                     "单位负责人"):
        assert expected in text, expected
    assert re.search(r"身份证号 110102\*{8}\d{3}[\dX]", text), text
    assert "补打" not in text
    # The number and the date of issue are each printed once (top line; sign-off).
    assert text.count("JYPX-XC-T-01-2024-0001") == 1
    assert text.count("证书编号 ") + text.count("证书编号：") == 1
    assert text.count("发证日期") == 1
    assert pdf.box(0, "发证日期").top() > pdf.box(0, "单位负责人").top()  # in the sign-off
    # The seal's box is on the page, below the particulars.
    assert pdf.box(0, "单位（盖章）").top() > pdf.box(0, "结业日期").top()
    pdf.close()
    again = certificates.reprint_certificate(training_db, issued.id, actor=STAFF)
    pdf = PrintedPdf(write_certificate_pdf(again, tmp_path / "王五补打.pdf"))
    text = " ".join(pdf.texts[0].split())
    assert "证书编号：JYPX-XC-T-01-2024-0001 补打（第 1 次）" in text
    assert len(pdf) == 1
    pdf.close()
