"""Upgrades from real files: every tests/fixtures/schema_vNNN.db, made by the code of its time
(tests/fixtures/make_schema_fixture.py), opens with the current code at the newest schema
version, after a backup of the old file, with every record and the audit chain intact."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.activities import activities
from desktop.models.admin import accounts, audit, centre
from desktop.models.admin.permissions import Role
from desktop.models.attendance import attendance
from desktop.models.db import SCHEMA_VERSION, Database, open_database
from desktop.models.people import people
from desktop.models.reporting import month_close
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.subsidy import subsidy
from desktop.models.subsidy.subsidy import RateEntry, SubsidySettings
from tests.conftest import STAFF
from tests.fixtures import make_schema_fixture as made

FIXTURES = sorted(made.FIXTURES.glob("schema_v[0-9][0-9][0-9].db"))


def _header_version(path: Path) -> int:
    """PRAGMA user_version read from the file header, so the fixture itself is never opened."""
    with path.open("rb") as fh:
        return int.from_bytes(fh.read(100)[60:64], "big")


def _dump(path: Path) -> list[str]:
    """The file as SQL text, read without writing anything beside it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@dataclass
class Upgraded:
    """A fixture's copy after opening it with the current code."""

    db: Database
    source: Path
    copy: Path
    version_before: int


@pytest.fixture(params=FIXTURES, ids=lambda path: path.stem)
def upgraded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Upgraded]:
    source: Path = request.param
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    copy = tmp_path / "warmhome.db"
    shutil.copyfile(source, copy)
    database = open_database(copy)
    try:
        yield Upgraded(database, source, copy, _header_version(source))
    finally:
        database.close()
    # The test worked on its copy: the fixture is as committed, with nothing beside it.
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
    assert not list(source.parent.glob(source.name + "-*"))


def test_there_is_a_fixture_for_every_version_from_v5_to_the_newest() -> None:
    # A new migration needs a new file made with it (make_schema_fixture.py); older files stay.
    assert [p.name for p in FIXTURES] == [f"schema_v{n:03d}.db"
                                         for n in range(5, SCHEMA_VERSION + 1)]
    assert [_header_version(p) for p in FIXTURES] == list(range(5, SCHEMA_VERSION + 1))


def test_an_old_file_is_backed_up_then_migrated_to_the_newest_version(upgraded: Upgraded) -> None:
    db = upgraded.db
    assert db.schema_version == SCHEMA_VERSION
    assert db.integrity_problems() == []
    chain = audit.verify(db)
    assert chain.ok, chain.message
    backups = list(upgraded.copy.parent.glob(f"warmhome.before-v{SCHEMA_VERSION}-*.db"))
    if upgraded.version_before == SCHEMA_VERSION:
        assert backups == []  # nothing to migrate, so no backup
        return
    assert len(backups) == 1
    assert _header_version(backups[0]) == upgraded.version_before
    assert _dump(backups[0]) == _dump(upgraded.source)  # every row and table of the old file


def test_the_records_come_through_unchanged(upgraded: Upgraded) -> None:
    db = upgraded.db
    names = {int(r["id"]): r["name"] for r in db.query("SELECT id, name FROM person")}
    assert names == {made.ZHANG_SAN: "张三", made.LI_SI: "李四", made.WANG_WU: "王五",
                     made.ZHANG_XIAOHONG: "张小红"}
    zhang = people.load_person(db, made.ZHANG_SAN)
    assert (zhang.id_number, zhang.cert_number, zhang.card_number) == (
        made.ZHANG_SAN_ID, made.ZHANG_SAN_CERT, made.ZHANG_SAN_CARD)
    assert sorted(zhang.programmes) == ["温馨家园", "职康站"]
    li = people.load_person(db, made.LI_SI)
    assert (li.is_member, li.cert_number, li.card_number) == (True, "", made.LI_SI_CARD)
    wang = people.load_person(db, made.WANG_WU)
    assert (wang.is_volunteer, wang.volunteer_number) == (True, "V-001")
    [link] = people.load_person(db, made.ZHANG_XIAOHONG).family_links
    assert (link.member_id, link.relation, link.is_guardian) == (made.ZHANG_SAN, "女儿", True)

    sign_ins = [(r["person_id"], r["day"], r["signed_in_at"], r["signed_out_at"],
                 r["voided_at"] is not None)
                for r in db.query("SELECT * FROM sign_in ORDER BY id")]
    assert sign_ins == made.SIGN_INS
    assert [(e["kind"], e["detail"]) for e in attendance.kiosk_events(db, "2024-05-09")] == [
        ("unknown_card", made.UNKNOWN_CARD)]
    [activity] = activities.list_activities(db, 2024)
    assert activity.title == made.ACTIVITY_TITLE
    assert sorted(p.person_id for p in activities.participants(db, activity.id)) == [
        made.ZHANG_SAN, made.LI_SI]
    assert centre.load_profile(db).code == made.CENTRE_CODE


def test_the_subsidy_rate_of_every_version_is_kept(upgraded: Upgraded) -> None:
    db = upgraded.db
    rate = SubsidySettings(made.DAILY_RATE_FEN, made.MIN_STAY_MINUTES)
    # Up to v5 one rate applied to every month; v6 moved it in as the entry from the beginning.
    start = subsidy.BEGINNING if upgraded.version_before < 6 else made.RATE_FROM
    assert subsidy.rate_history(db) == [RateEntry(start, rate)]
    assert subsidy.settings_for(db, made.MONTH) == rate
    assert db.scalar("SELECT count(*) FROM setting WHERE key LIKE 'subsidy.%'") == 0


def test_the_closed_month_stays_closed_and_submitted(upgraded: Upgraded) -> None:
    db = upgraded.db
    status = month_close.month_status(db, made.MONTH)
    assert status.closed and [s.revision for s in status.submissions] == [1]
    assert [r["kind"] for r in db.query("SELECT kind FROM month_report ORDER BY id")] == [
        "export", "submission"]
    # v7 began keeping where exports went and logging them in two steps.
    paths = [r[0] for r in db.query("SELECT file_path FROM month_report ORDER BY id")]
    attempts = [r[0] for r in db.query("SELECT state FROM export_attempt")]
    if upgraded.version_before < 7:
        assert paths == [None, None] and attempts == []
    else:
        assert all(paths) and attempts == ["confirmed"]
    moment = datetime(2024, 5, 20, 9, 0)
    with pytest.raises(MonthClosedError):
        attendance.staff_sign_in(db, made.LI_SI, moment, actor=STAFF, reason="补录",
                                 now=moment)
    # The database itself refuses what would slip past the models (the v5 triggers).
    with pytest.raises(sqlite3.IntegrityError, match="closed month is read-only"), \
            db.transaction():
        db.execute("DELETE FROM sign_in WHERE day = '2024-05-06'")
    assert db.scalar("SELECT count(*) FROM sign_in WHERE day LIKE '2024-05-%'") == 3
    # The open month takes new records.
    june = datetime(2024, 6, 4, 9, 0)
    attendance.staff_sign_in(db, made.LI_SI, june, actor=STAFF, reason="补录", now=june)
    assert audit.verify(db).ok


def test_the_accounts_still_sign_in(upgraded: Upgraded) -> None:
    db = upgraded.db
    admin = accounts.sign_in(db, made.ADMIN_NAME, made.ADMIN_PASSWORD)
    assert (admin.role, admin.display_name) == (Role.ADMIN, "刘主任")
    assert accounts.sign_in(db, made.STAFF_NAME, made.STAFF_PASSWORD).role == Role.STAFF
    # Failures under unknown names are counted since v8; older files start with none.
    expected = 1 if upgraded.version_before >= 8 else 0
    assert db.scalar("SELECT count(*) FROM sign_in_failure") == expected


def test_a_migrated_file_has_the_schema_of_a_new_database(upgraded: Upgraded,
                                                          db: Database) -> None:
    def schema(database: Database) -> set[tuple[str, str, str, str]]:
        return {(r["type"], r["name"], r["tbl_name"], r["sql"])
                for r in database.query("SELECT type, name, tbl_name, sql FROM sqlite_master")}

    assert schema(upgraded.db) == schema(db)
