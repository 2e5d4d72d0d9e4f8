"""The printed 志愿服务证明, written to real PDF files and read back: every field docs/domain.md
asks for on one A4 page, the ID masked, the seal's box, 补打 on a reprint, and a year's
certificates in ONE PDF, one a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.volunteers import certificates
from desktop.ui.common.printed_form import PdfError
from desktop.ui.volunteers.certificate_print import (
    write_certificate_pdf,
    write_certificates_pdf,
)
from tests.conftest import ADMIN, STAFF, make_id_number
from tests.models.volunteers.ledger_support import open_clocked, serve, volunteer
from tests.ui.common.pdf_reading import PrintedPdf


@pytest.fixture
def db(tmp_path: Path):
    database = open_clocked(tmp_path)
    yield database
    database.close()


def _served(db) -> int:
    person = volunteer(db, "李志远", 11, "BJV2400011")
    serve(db, person, "2024-03-05", 240, "助餐", "午餐分餐")
    serve(db, person, "2024-04-10", 150, "陪同就医", "陪同到医院复查")
    return person


def test_one_certificate_on_one_a4_page(qapp, db, tmp_path: Path) -> None:
    person = _served(db)
    issued = certificates.issue(db, person, "2024-01-01", "2024-06-20", actor=STAFF)
    pdf = PrintedPdf(write_certificate_pdf(issued, tmp_path / "证明.pdf"))
    assert len(pdf) == 1
    width, height = pdf.size_mm(0)
    assert round(width) == 210 and round(height) == 297
    text = pdf.texts[0]
    full_id = make_id_number(seq=11)
    for expected in ("志愿服务证明", "李志远", "居民身份证", issued.masked_id, "BJV2400011",
                     "2024-01-01 至 2024-06-20", "助餐 4.0 小时", "陪同就医 2.5 小时",
                     "午餐分餐", "陪同到医院复查", "6.5 小时", "测试温馨家园", "周敏",
                     "010-68001234", "ZYFW-XC-T-01-2024-0001", "2024-06-20", "单位（盖章）",
                     "经办人", "特此证明"):
        assert expected in text, expected
    assert full_id not in text
    assert "补打" not in text


def test_a_reprint_says_so_and_keeps_the_number(qapp, db, tmp_path: Path) -> None:
    person = _served(db)
    issued = certificates.issue(db, person, "2024-01-01", "2024-06-20", actor=STAFF)
    again = certificates.reprint(db, issued.id, actor=STAFF)
    pdf = PrintedPdf(write_certificate_pdf(again, tmp_path / "补打.pdf"))
    assert "补打（第 1 次）" in pdf.texts[0]
    assert "ZYFW-XC-T-01-2024-0001" in pdf.texts[0]


def test_a_years_certificates_in_one_pdf_one_a_page(qapp, db, tmp_path: Path) -> None:
    first = _served(db)
    second = volunteer(db, "王晓红", 12)
    serve(db, second, "2024-05-02", 90, "文体活动", "组织合唱")
    found = certificates.year_certificates(db, 2024, actor=ADMIN)
    pdf = PrintedPdf(write_certificates_pdf(found, tmp_path / "2024年证明.pdf"))
    assert len(pdf) == 2
    order = [c.person_id for c in found]
    assert sorted(order) == sorted([first, second])
    assert pdf.pages_with("王晓红") == [order.index(second)]
    assert pdf.pages_with("李志远") == [order.index(first)]
    assert pdf.pages_with("第 1 页，共 1 页") == [0, 1]


def test_a_missing_folder_is_refused_and_writes_nothing(qapp, db, tmp_path: Path) -> None:
    issued = certificates.issue(db, _served(db), "2024-01-01", "2024-06-20", actor=STAFF)
    with pytest.raises(PdfError, match="不存在"):
        write_certificate_pdf(issued, tmp_path / "没有" / "证明.pdf")
    assert not (tmp_path / "没有").exists()


def test_the_date_of_issue_is_printed_once_and_filled(qapp, db, tmp_path: Path) -> None:
    issued = certificates.issue(db, _served(db), "2024-01-01", "2024-05-31", actor=STAFF)
    again = certificates.reprint(db, issued.id, actor=STAFF)
    for name, certificate in (("证明.pdf", issued), ("补打.pdf", again)):
        text = PrintedPdf(write_certificate_pdf(certificate, tmp_path / name)).texts[0]
        assert text.count("出具日期") == 1
        assert text.count("2024-06-20") == 1
        assert "年" not in text.replace("2024年", "")
