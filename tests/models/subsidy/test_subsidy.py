"""The rehab labour subsidy: settings in integer fen, days counted, amounts, the month's table."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.attendance import attendance
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from desktop.models.subsidy import subsidy
from desktop.models.subsidy.subsidy import SubsidySettings
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input

KIOSK = Actor("kiosk", Role.KIOSK)
NOW = datetime(2024, 6, 1, 12)
ALWAYS = subsidy.BEGINNING


def add_member(db: Database, n: int, name: str, programmes: list[str],
               **overrides: object) -> int:
    values: dict[str, object] = {"name": name, "id_number": make_id_number(seq=n),
                                 "card_number": f"WH{n:06d}", "programmes": programmes}
    values.update(overrides)
    return people.create_person(db, make_person_input(**values), actor=STAFF, today=TODAY)


def sign_in(db: Database, person_id: int, day: str, start: str = "09:00",
            end: str | None = None) -> int:
    signed_in = datetime.fromisoformat(f"{day}T{start}")
    signed_out = datetime.fromisoformat(f"{day}T{end}") if end else None
    return attendance.staff_sign_in(db, person_id, signed_in, signed_out, actor=STAFF,
                                    reason="补签", now=NOW)


def settings_rows(db: Database) -> dict[str, int]:
    return {"subsidy_rate": int(db.scalar("SELECT count(*) FROM subsidy_rate")),
            "setting": int(db.scalar("SELECT count(*) FROM setting")),
            "audit_log": int(db.scalar("SELECT count(*) FROM audit_log"))}


# -- money -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "fen"), [
    ("40", 4000), ("40.5", 4050), ("40.50", 4050), ("0.29", 29), ("0", 0), ("¥40", 4000),
    (" 1,234.56 ", 123456), ("４０", 4000),
])
def test_parse_yuan_is_exact(text: str, fen: int) -> None:
    assert subsidy.parse_yuan(text) == fen


@pytest.mark.parametrize(("text", "message"), [
    ("-1", "日补助标准不能为负数"),
    ("-0.01", "日补助标准不能为负数"),
    ("40.123", "日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“40.123”"),
    ("abc", "日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“abc”"),
    ("", "日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“”"),
    ("1e3", "日补助标准应为金额（元），最多两位小数，如 40 或 40.50，现在是“1e3”"),
])
def test_parse_yuan_refuses_what_is_not_an_amount(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        subsidy.parse_yuan(text)
    assert caught.value.fields == {"daily_rate_fen": message}


@pytest.mark.parametrize(("fen", "text"), [(4000, "40.00"), (5, "0.05"), (0, "0.00"),
                                           (123456, "1,234.56"), (-150, "-1.50")])
def test_format_yuan(fen: int, text: str) -> None:
    assert subsidy.format_yuan(fen) == text


# -- settings --------------------------------------------------------------------------------------
def test_settings_default_to_nothing_and_save_with_one_audit_entry(db: Database) -> None:
    assert subsidy.load_settings(db) == SubsidySettings(0, None)
    subsidy.save_settings(db, SubsidySettings(4000, 240), actor=STAFF)
    assert subsidy.load_settings(db) == SubsidySettings(4000, 240)
    entries = [dict(r) for r in db.query(
        "SELECT * FROM audit_log WHERE table_name = 'subsidy_rate'")]
    assert len(entries) == 1 and entries[0]["actor"] == "staff"
    assert '"subsidy.daily_rate_fen": 4000' in entries[0]["after"]
    assert f'"effective_from": "{subsidy.current_month(db.clock.today())}"' in entries[0]["after"]
    before = settings_rows(db)
    subsidy.save_settings(db, SubsidySettings(4000, 240), actor=STAFF)  # unchanged
    assert settings_rows(db) == before
    subsidy.save_settings(db, SubsidySettings(4500, None), actor=STAFF)
    assert subsidy.load_settings(db) == SubsidySettings(4500, None)


@pytest.mark.parametrize(("settings", "field", "message"), [
    (SubsidySettings(-1, None), "daily_rate_fen", "日补助标准不能为负数"),
    (SubsidySettings(100_001, None), "daily_rate_fen",
     "日补助标准最高 1,000.00 元，请检查是否多输了0"),
    (SubsidySettings(40.5, None), "daily_rate_fen", "日补助标准应为整数（分）"),  # type: ignore[arg-type]
    (SubsidySettings(True, None), "daily_rate_fen", "日补助标准应为整数（分）"),
    (SubsidySettings(4000, 0), "min_stay_minutes", "最短停留时间应为 1 分钟到 12 小时"),
    (SubsidySettings(4000, 721), "min_stay_minutes", "最短停留时间应为 1 分钟到 12 小时"),
    (SubsidySettings(4000, -5), "min_stay_minutes", "最短停留时间应为 1 分钟到 12 小时"),
])
def test_bad_settings_are_refused_and_nothing_written(db: Database, settings: SubsidySettings,
                                                      field: str, message: str) -> None:
    subsidy.save_settings(db, SubsidySettings(3000, 120), actor=STAFF)
    before = settings_rows(db)
    with pytest.raises(ValidationError) as caught:
        subsidy.save_settings(db, settings, actor=STAFF)
    assert caught.value.fields == {field: message}
    assert settings_rows(db) == before
    assert subsidy.load_settings(db) == SubsidySettings(3000, 120)


def test_settings_need_the_settings_permission(db: Database) -> None:
    before = settings_rows(db)
    with pytest.raises(PermissionDenied):
        subsidy.save_settings(db, SubsidySettings(4000, None), actor=KIOSK)
    assert settings_rows(db) == before


def test_the_old_single_setting_is_no_longer_read(db: Database) -> None:
    with db.transaction():
        db.execute("INSERT INTO setting (key, value) VALUES (?, '4000')",
                   (subsidy.RATE_SETTING,))
    assert subsidy.load_settings(db) == SubsidySettings(0, None)


# -- the month's table -----------------------------------------------------------------------------
@pytest.fixture
def month_db(db: Database) -> dict[str, int]:
    """Three rehab trainees, a Warm Home member, sign-ins in May 2024 with and without stays."""
    ids = {
        "zhang": add_member(db, 1, "张三", ["温馨家园", "职康站"]),
        "li": add_member(db, 2, "李四", ["职康站"]),
        "wang": add_member(db, 3, "王五", ["职康站"]),
        "zhao": add_member(db, 4, "赵六", ["温馨家园"]),
    }
    # 张三: 5 h, exactly 4 h, 3 h 59 min, no sign-out; and one voided; and one in April.
    sign_in(db, ids["zhang"], "2024-05-06", "09:00", "14:00")
    sign_in(db, ids["zhang"], "2024-05-07", "09:00:30", "13:00:30")
    sign_in(db, ids["zhang"], "2024-05-08", "09:00:00", "12:59:59")
    sign_in(db, ids["zhang"], "2024-05-09", "09:00")
    voided = sign_in(db, ids["zhang"], "2024-05-10", "09:00", "15:00")
    attendance.void_sign_in(db, voided, actor=STAFF, reason="代签无效")
    sign_in(db, ids["zhang"], "2024-04-30", "09:00", "15:00")
    # 李四: two long days. 王五: nothing this month. 赵六: not in the programme.
    sign_in(db, ids["li"], "2024-05-06", "08:30", "14:30")
    sign_in(db, ids["li"], "2024-05-31", "08:30", "14:30")
    sign_in(db, ids["zhao"], "2024-05-06", "09:00", "15:00")
    return ids


def test_without_a_minimum_every_valid_sign_in_counts(db: Database,
                                                      month_db: dict[str, int]) -> None:
    subsidy.save_settings(db, SubsidySettings(4000, None), actor=STAFF, effective_from=ALWAYS)
    table = subsidy.month_table(db, "2024-05")
    rows = {r.name: (r.days_signed_in, r.days, r.amount_fen) for r in table.rows}
    assert rows == {"张三": (4, 4, 16000), "李四": (2, 2, 8000), "王五": (0, 0, 0)}
    assert [r.name for r in table.rows] == ["李四", "王五", "张三"]  # pinyin order
    assert (table.total_days, table.total_fen) == (6, 24000)


def test_with_a_minimum_a_day_counts_only_after_that_long_and_a_sign_out(
        db: Database, month_db: dict[str, int]) -> None:
    subsidy.save_settings(db, SubsidySettings(4050, 240), actor=STAFF, effective_from=ALWAYS)
    table = subsidy.month_table(db, "2024-05")
    zhang = next(r for r in table.rows if r.person_id == month_db["zhang"])
    # 5 h and exactly 4 h count; 3 h 59 min 59 s and the day without a sign-out do not.
    assert (zhang.days_signed_in, zhang.days, zhang.amount_fen) == (4, 2, 8100)
    assert table.total_fen == sum(r.days for r in table.rows) * 4050 == 16200
    assert all(isinstance(r.amount_fen, int) for r in table.rows)
    assert zhang.id_number.startswith("110102") and "*" in zhang.id_number


def test_preview_settings_do_not_need_saving(db: Database, month_db: dict[str, int]) -> None:
    table = subsidy.month_table(db, "2024-05", SubsidySettings(1, 1))
    assert table.settings == SubsidySettings(1, 1)
    assert table.total_fen == 5
    assert subsidy.load_settings(db) == SubsidySettings(0, None)


def test_members_outside_the_month_are_left_out_unless_they_came(
        db: Database, month_db: dict[str, int]) -> None:
    people.archive_person(db, month_db["wang"], "迁出", actor=STAFF,
                          now=datetime(2024, 5, 20, 10))
    people.archive_person(db, month_db["li"], "迁出", actor=STAFF,
                          now=datetime(2024, 5, 20, 10))
    names = [r.name for r in subsidy.month_table(db, "2024-05").rows]
    assert names == ["李四", "张三"]  # 李四 came in May before leaving; 王五 did not


def test_json_shape(db: Database, month_db: dict[str, int]) -> None:
    subsidy.save_settings(db, SubsidySettings(4000, None), actor=STAFF, effective_from=ALWAYS)
    data = subsidy.month_table(db, "2024-05").as_json()
    assert set(data) == {"month", "daily_rate_fen", "rows", "total_fen"}
    assert data["month"] == "2024-05" and data["daily_rate_fen"] == 4000
    assert all(set(row) == {"person_id", "name", "days", "amount_fen"} for row in data["rows"])
    assert data["total_fen"] == sum(row["amount_fen"] for row in data["rows"]) == 24000


@pytest.mark.parametrize("month", ["2024-13", "24-05", "", "2024-5", "2024-05-01", "1899-12"])
def test_a_bad_month_is_refused(db: Database, month: str) -> None:
    before = settings_rows(db)
    with pytest.raises(ValidationError) as caught:
        subsidy.month_table(db, month)
    assert caught.value.fields == {"month": f"月份应为 YYYY-MM，如 2026-11，现在是“{month}”"}
    assert settings_rows(db) == before

