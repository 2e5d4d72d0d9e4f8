"""Certificates of service: issued from the ledger with what docs/domain.md asks, numbered per
centre and year, reprinted with the same number; a period without hours refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.models.clock import FixedClock
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
    cert = certificates.issue(vdb, li, "2024-01-01", "2024-06-20", actor=STAFF)
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
        certificates.issue(vdb, li, "2024-01-01", "2024-06-20", actor=STAFF)
    assert str(caught.value) == ("李华 在 2024-01-01 至 2024-06-20 没有记录的志愿服务时长，"
                                 "不能出具志愿服务证明：请先登记服务或换一个期间")
    with pytest.raises(ValidationError) as wrong:
        certificates.issue(vdb, li, "2024-06-30", "2024-01-01", actor=STAFF)
    assert wrong.value.fields["period_to"] == ("服务期间的结束日期 2024-01-01 早于开始日期"
                                               " 2024-06-30")
    assert counts(vdb) == before


def test_a_reprint_keeps_the_number_and_counts(vdb: Database) -> None:
    li = volunteer(vdb, "李华", 1)
    serve(vdb, li, "2024-03-04", 120)
    cert = certificates.issue(vdb, li, "2024-01-01", "2024-06-20", actor=STAFF)
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


def _march(vdb: Database) -> tuple[int, int]:
    """李华 with 4.0 h of 助餐 and 2.5 h of 文体活动 in March 2024; returns (person, the
    文体活动 row)."""
    li = volunteer(vdb, "李华", 1)
    serve(vdb, li, "2024-03-04", 240, content="午餐分餐")
    sport = serve(vdb, li, "2024-03-05", 150, post="文体活动", content="合唱排练")
    return li, sport


def test_a_reprint_shows_what_was_issued_after_a_void(vdb: Database) -> None:
    li, sport = _march(vdb)
    cert = certificates.issue(vdb, li, "2024-03-01", "2024-03-31", actor=STAFF)
    assert cert.posts == (("文体活动", 150), ("助餐", 240))
    vdb.clock = FixedClock(vdb.clock.now() + timedelta(hours=1))
    void_service(vdb, sport, reason="误刷卡", actor=STAFF)
    again = certificates.reprint(vdb, cert.id, actor=STAFF)
    assert (again.minutes, again.hours) == (390, "6.5")
    assert again.posts == cert.posts
    assert sum(minutes for _, minutes in again.posts) == again.minutes
    assert again.contents == cert.contents == "午餐分餐、合唱排练"
    # Service recorded after the certificate (here an hour after) is not on its reprint.
    serve_later = serve(vdb, li, "2024-03-06", 60, post="陪同就医", content="陪同复查")
    with vdb.transaction():
        vdb.execute("UPDATE volunteer_service SET created_at = ? WHERE id = ?",
                    ("2024-06-20T14:00:00", serve_later))
    assert certificates.reprint(vdb, cert.id, actor=STAFF).posts == cert.posts


def test_the_same_period_is_certified_once(vdb: Database) -> None:
    li, sport = _march(vdb)
    cert = certificates.issue(vdb, li, "2024-03-01", "2024-03-31", actor=STAFF)
    before = counts(vdb)
    with pytest.raises(CertificateError) as caught:
        certificates.issue(vdb, li, "2024-03-01", "2024-03-31", actor=STAFF)
    assert str(caught.value) == (
        "李华 在 2024-03-01 至 2024-03-31 的志愿服务证明已于 2024-06-20 出具，编号 "
        f"{cert.number}（6.5 小时），此后记录没有变化：不再编新号。要再打印一份，请在"
        "“志愿服务 → 服务证明”中选中这个编号，点“补打”")
    assert counts(vdb) == before
    # After a correction the records differ from the certificate: a new one may be issued.
    vdb.clock = FixedClock(vdb.clock.now() + timedelta(hours=1))
    void_service(vdb, sport, reason="误刷卡", actor=STAFF)
    corrected = certificates.issue(vdb, li, "2024-03-01", "2024-03-31", actor=STAFF)
    assert (corrected.number, corrected.minutes) == ("ZYFW-XC-T-01-2024-0002", 240)


def test_a_period_ending_after_today_is_refused(vdb: Database) -> None:
    li, _ = _march(vdb)
    before = counts(vdb)
    with pytest.raises(ValidationError) as caught:
        certificates.issue(vdb, li, "2024-03-01", "2024-06-21", actor=STAFF)
    assert caught.value.fields["period_to"] == (
        "服务期间的结束日期 2024-06-21 还没到：证明只能出具到今天（2024-06-20）为止")
    assert counts(vdb) == before


def test_the_years_job_run_again_next_day_reprints(vdb: Database) -> None:
    _march(vdb)
    wang = volunteer(vdb, "王芳", 2)
    serve(vdb, wang, "2024-05-02", 90)
    first = certificates.year_certificates(vdb, 2024, actor=STAFF)
    assert [(c.name, c.period_to, c.reprints) for c in first] == [
        ("李华", "2024-06-20", 0), ("王芳", "2024-06-20", 0)]
    vdb.clock = FixedClock(vdb.clock.now() + timedelta(days=1))
    # 王芳 served again after the first run: hers is a new certificate; 李华's is reprinted.
    with vdb.transaction():
        vdb.execute("INSERT INTO volunteer_service (person_id, day, post_id, minutes, content,"
                    " recorded_by, created_at) SELECT ?, '2024-06-21', id, 60, '助餐', 'staff',"
                    " '2024-06-21T11:00:00' FROM volunteer_post WHERE name = '助餐'", (wang,))
    vdb.clock = FixedClock(vdb.clock.now() + timedelta(hours=1))
    second = certificates.year_certificates(vdb, 2024, actor=STAFF)
    assert [(c.name, c.number, c.period_to, c.minutes, c.reprints) for c in second] == [
        ("李华", first[0].number, "2024-06-20", 390, 1),
        ("王芳", "ZYFW-XC-T-01-2024-0003", "2024-06-21", 150, 0)]
    assert vdb.scalar("SELECT count(*) FROM volunteer_certificate") == 3


def test_the_years_job_does_not_take_a_half_year_for_the_year(vdb: Database) -> None:
    li, _ = _march(vdb)
    serve(vdb, li, "2023-03-06", 60)
    spring = certificates.issue(vdb, li, "2023-01-01", "2023-06-30", actor=STAFF)
    year = certificates.year_certificates(vdb, 2023, actor=STAFF)
    assert [(c.number, c.period_to, c.minutes, c.reprints) for c in year] == [
        ("ZYFW-XC-T-01-2024-0002", "2023-12-31", 60, 0)]
    assert spring.number == "ZYFW-XC-T-01-2024-0001"
