"""The centre profile and settings."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from desktop.models.admin.centre import (
    XICHENG_STREETS,
    CentreProfile,
    get_setting,
    is_configured,
    load_profile,
    save_profile,
    set_setting,
    validate_profile,
)
from desktop.models.db import Database, open_database
from desktop.models.errors import ValidationError
from tests.conftest import STAFF

GOOD = CentreProfile(name="西长安街温馨家园", code="xc-xcaj-01", district="西城区",
                     street="西长安街", responsible_person="李主任", phone="010 6601 2345")


def test_a_new_database_has_an_empty_profile(db: Database) -> None:
    assert not is_configured(db)
    profile = load_profile(db)
    assert profile.name == "" and profile.code == ""
    assert profile.district == "西城区"


def test_save_and_load_profile(db: Database) -> None:
    save_profile(db, GOOD, actor=STAFF)
    assert is_configured(db)
    loaded = load_profile(db)
    assert loaded == CentreProfile(name="西长安街温馨家园", code="XC-XCAJ-01", district="西城区",
                                   street="西长安街", responsible_person="李主任",
                                   phone="01066012345")


def test_profile_survives_reopening(db_path: Path, db: Database) -> None:
    save_profile(db, GOOD, actor=STAFF)
    db.close()
    with open_database(db_path) as again:
        assert load_profile(again).name == "西长安街温馨家园"


def test_saving_the_profile_is_audited_with_the_phone_masked(db: Database) -> None:
    save_profile(db, GOOD, actor=STAFF)
    entry = db.query_one("SELECT * FROM audit_log")
    assert entry is not None
    assert (entry["actor"], entry["action"], entry["table_name"]) == ("staff", "update", "setting")
    after = json.loads(entry["after"])
    assert after["name"] == "西长安街温馨家园"
    assert after["phone"] == "010****2345"
    assert "01066012345" not in entry["after"]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": " "}, "name", "请填写中心名称"),
        ({"name": "家" * 51}, "name", "中心名称最多50个字"),
        ({"code": ""}, "code", "请填写中心编码（区残联分配，用于报表文件名）"),
        ({"code": "中心01"}, "code", "中心编码应为2–20位字母、数字或连字符，如 XC-XCAJ-01"),
        ({"code": "X"}, "code", "中心编码应为2–20位字母、数字或连字符，如 XC-XCAJ-01"),
        ({"code": "A" * 21}, "code", "中心编码应为2–20位字母、数字或连字符，如 XC-XCAJ-01"),
        ({"district": ""}, "district", "请填写所属区"),
        ({"street": "街" * 21}, "street", "街道最多20个字"),
        ({"responsible_person": "人" * 21}, "responsible_person", "负责人姓名最多20个字"),
        ({"phone": "12345"}, "phone", "手机号应为11位，以13–19开头"),
    ],
)
def test_bad_profile_is_refused_and_nothing_written(db: Database, change: dict[str, str],
                                                    field: str, message: str) -> None:
    bad = CentreProfile(**{**asdict(GOOD), **change})
    assert validate_profile(bad)[field] == message
    with pytest.raises(ValidationError) as caught:
        save_profile(db, bad, actor=STAFF)
    assert caught.value.fields[field] == message
    assert db.scalar("SELECT count(*) FROM setting") == 0
    assert db.scalar("SELECT count(*) FROM audit_log") == 0


def test_settings_round_trip(db: Database) -> None:
    assert get_setting(db, "ui.large_text", "0") == "0"
    with db.transaction():
        set_setting(db, "ui.large_text", "1")
        set_setting(db, "ui.large_text", "2")
    assert get_setting(db, "ui.large_text") == "2"


def test_xicheng_streets_are_the_fifteen_from_domain() -> None:
    assert len(XICHENG_STREETS) == len(set(XICHENG_STREETS)) == 15
    assert "什刹海" in XICHENG_STREETS and "广安门外" in XICHENG_STREETS
