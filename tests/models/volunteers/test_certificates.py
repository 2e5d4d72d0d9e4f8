"""Certificates of service: issued from the ledger with what docs/domain.md asks, numbered per
centre and year, reprinted with the same number; a period without hours refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.volunteers import certificates
from desktop.models.volunteers.certificates import CertificateError
from desktop.models.volunteers.service_entries import void_service
from tests.conftest import STAFF
from tests.models.volunteers.ledger_support import counts, open_clocked, serve, volunteer


@pytest.fixture
def vdb(tmp_path: Path) -> Iterator[Database]:
    database = open_clocked(tmp_path)
    yield database
    database.close()


def test_a_certificate_carries_the_ledgers_hours_and_the_centre(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1, "BJV2400001")
    serve(vdb, li, "2024-03-04", 120, content="午餐分餐")
    serve(vdb, li, "2024-03-05", 90, post="文体活动", content="合唱排练")
    serve(vdb, li, "2024-03-06", 60, content="午餐分餐")
    void_service(vdb, serve(vdb, li, "2024-03-07", 300), reason="重复", actor=STAFF)
    serve(vdb, li, "2024-07-01", 60)
    cert = certificates.issue(vdb, li, "2024-01-01", "2024-06-30", actor=STAFF)
    assert cert.number == "ZYFW-XC-T-01-2024-0001"
    assert (cert.name, cert.id_type, cert.volunteer_number) == ("李华", "居民身份证", "BJV2400001")
    assert cert.masked_id.startswith("110102") and cert.masked_id.count("*") == 8
    assert (cert.minutes, cert.hours) == (270, "4.5")
    assert cert.posts == (("文体活动", 90), ("助餐", 180))
    assert cert.contents == "午餐分餐、合唱排练"
    assert (cert.centre_name, cert.responsible_person, cert.phone) == (
        "测试温馨家园", "周敏", "010-68001234")
    assert (cert.handler, cert.issued_on, cert.reprints) == ("staff", "2024-06-20", 0)
    second = certificates.issue(vdb, li, "2024-03-05", "2024-03-05", actor=STAFF)
    assert (second.number, second.minutes) == ("ZYFW-XC-T-01-2024-0002", 90)
    assert vdb.scalar("SELECT count(*) FROM audit_log"
                      " WHERE table_name = 'volunteer_certificate'") == 2


def test_a_period_without_recorded_hours_is_refused(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    void_service(vdb, serve(vdb, li, "2024-03-07", 300), reason="重复", actor=STAFF)
    before = counts(vdb)
    with pytest.raises(CertificateError) as caught:
        certificates.issue(vdb, li, "2024-01-01", "2024-06-30", actor=STAFF)
    assert str(caught.value) == ("李华 在 2024-01-01 至 2024-06-30 没有记录的志愿服务时长，"
                                 "不能出具志愿服务证明：请先登记服务或换一个期间")
    with pytest.raises(ValidationError) as wrong:
        certificates.issue(vdb, li, "2024-06-30", "2024-01-01", actor=STAFF)
    assert wrong.value.fields["period_to"] == ("服务期间的结束日期 2024-01-01 早于开始日期"
                                               " 2024-06-30")
    assert counts(vdb) == before


def test_a_reprint_keeps_the_number_and_counts(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    serve(vdb, li, "2024-03-04", 120)
    cert = certificates.issue(vdb, li, "2024-01-01", "2024-06-30", actor=STAFF)
    serve(vdb, li, "2024-03-05", 60)   # later service does not change an issued certificate
    again = certificates.reprint(vdb, cert.id, actor=STAFF)
    assert (again.number, again.minutes, again.reprints) == (cert.number, 120, 1)
    assert certificates.reprint(vdb, cert.id, actor=STAFF).reprints == 2
    assert [r.reprints for r in certificates.register(vdb, actor=STAFF)] == [2]


def test_a_years_certificates_cover_everyone_with_hours(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    wang = volunteer(vdb, "王芳", 2)
    volunteer(vdb, "赵强", 3)
    serve(vdb, li, "2023-03-04", 120)
    serve(vdb, wang, "2023-11-04", 60)
    serve(vdb, wang, "2024-01-04", 60)
    seen: list[tuple[int, int]] = []
    found = certificates.year_certificates(vdb, 2023, actor=STAFF,
                                           progress=lambda d, t: seen.append((d, t)))
    assert [(c.name, c.minutes, c.period_to) for c in found] == [
        ("李华", 120, "2023-12-31"), ("王芳", 60, "2023-12-31")]
    assert seen == [(1, 2), (2, 2)]
    again = certificates.year_certificates(vdb, 2023, actor=STAFF)
    assert [(c.number, c.reprints) for c in again] == [(c.number, 1) for c in found]
    current = certificates.year_certificates(vdb, 2024, actor=STAFF)
    assert [(c.name, c.period_to) for c in current] == [("王芳", "2024-06-20")]
