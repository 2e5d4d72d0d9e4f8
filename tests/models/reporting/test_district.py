"""The district's expected-centre list: stored as one setting, audited, checked."""

from __future__ import annotations

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting.district import (
    EXPECTED_CENTRES_SETTING,
    ExpectedCentre,
    load_expected,
    save_expected,
)
from tests.conftest import ADMIN, STAFF, count_rows

CENTRES = [ExpectedCentre(" xc-yt-01 ", " 月坛温馨家园 ", "月坛"), ExpectedCentre("XC-DS-02")]


def test_empty_until_saved_then_in_order_and_normalised(db: Database) -> None:
    assert load_expected(db) == []
    save_expected(db, CENTRES, actor=STAFF)
    assert load_expected(db) == [ExpectedCentre("XC-YT-01", "月坛温馨家园", "月坛"),
                                 ExpectedCentre("XC-DS-02", "", "")]


def test_every_change_is_audited(db: Database) -> None:
    save_expected(db, CENTRES, actor=STAFF)
    save_expected(db, CENTRES[1:], actor=ADMIN)
    entries = db.query("SELECT actor, before, after FROM audit_log WHERE table_name = 'setting'"
                       " ORDER BY id")
    assert [e["actor"] for e in entries] == ["staff", "admin"]
    assert EXPECTED_CENTRES_SETTING in entries[1]["before"]
    assert "XC-YT-01" in entries[1]["before"] and "XC-YT-01" not in entries[1]["after"]


@pytest.mark.parametrize(("centres", "message"), [
    ([ExpectedCentre("")], "应报中心名单第 1 项缺少中心编码"),
    ([ExpectedCentre("XC-01"), ExpectedCentre("中心 2")], "第 2 项的中心编码 中心 2 不正确"),
    ([ExpectedCentre("XC-01"), ExpectedCentre("xc-01")], "中心编码 XC-01 重复"),
    ([ExpectedCentre("XC-01", "名" * 51)], "名称或街道太长"),
])
def test_bad_entries_are_refused_and_nothing_written(db: Database, centres: list[ExpectedCentre],
                                                     message: str) -> None:
    save_expected(db, CENTRES, actor=STAFF)
    before = count_rows(db)
    with pytest.raises(ValidationError, match=message):
        save_expected(db, centres, actor=STAFF)
    assert count_rows(db) == before
    assert [c.code for c in load_expected(db)] == ["XC-YT-01", "XC-DS-02"]


def test_kiosk_account_may_not_change_the_list(db: Database) -> None:
    before = count_rows(db)
    with pytest.raises(PermissionDenied):
        save_expected(db, CENTRES, actor=Actor("kiosk", Role.KIOSK))
    assert count_rows(db) == before


def test_a_damaged_value_reads_as_no_list(db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                   (EXPECTED_CENTRES_SETTING, "{not json"))
    assert load_expected(db) == []
