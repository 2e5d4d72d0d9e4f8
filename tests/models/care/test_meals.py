"""Meals: prices by the month they take effect from, the month's statement per member and one
member's statement for the family, through the real models on a real database."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.care import meals
from desktop.models.care.meals import MealRate
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.money import parse_yuan
from desktop.models.reporting.month_close import MonthClosedError
from tests.care_support import CARE_DAY, CARE_NOW, CareCentre, care_centre
from tests.conftest import STAFF, not_none, submit_month

KIOSK = Actor("kiosk", Role.KIOSK)
DAYS = (date(2024, 5, 6), date(2024, 5, 7), CARE_DAY)


def written(db: Database) -> dict[str, int]:
    """Rows of the tables a price change may touch."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}"))
            for t in ("care_meal_rate", "audit_log")}


def add_entry(db: Database, person_id: int, day: date, service: str = "lunch",
              voided: bool = False) -> None:
    """A tick in the daily log, as the log writes it (the log's own module is another part)."""
    with db.transaction():
        db.execute("INSERT INTO care_entry (person_id, day, service, recorded_by, created_at,"
                   " voided_at, void_reason) VALUES (?, ?, ?, 'staff', ?, ?, ?)",
                   (person_id, day.isoformat(), service, f"{day}T12:30:00",
                    f"{day}T13:00:00" if voided else None, "误勾" if voided else None))


@pytest.fixture
def centre(db: Database) -> CareCentre:
    """王芳 had lunch on three days of May 2024 (one more tick voided), 李强 on one (plus
    rehab, which is no meal), 赵敏 on none; a lunch in April for 王芳."""
    db.clock = FixedClock(CARE_NOW)
    centre = care_centre(db, present_on=(date(2024, 4, 15), *DAYS))
    wang, li, _ = centre.members
    for day in DAYS:
        add_entry(db, wang, day)
    add_entry(db, li, CARE_DAY)
    add_entry(db, li, CARE_DAY, service="rehab")
    add_entry(db, li, date(2024, 5, 7), voided=True)
    add_entry(db, wang, date(2024, 4, 15))
    return centre


def refused(db: Database, action, kind: type[Exception], text: str) -> Exception:
    before = written(db)
    with pytest.raises(kind) as caught:
        action()
    assert text in str(caught.value)
    assert written(db) == before
    return caught.value


def test_a_price_applies_from_its_month_on(db: Database, centre: CareCentre) -> None:
    assert meals.rate_for(db, "2024-05") is None
    meals.set_rate(db, "2024-03", 1500, 500, actor=STAFF)
    meals.set_rate(db, "2024-06", 1800, 600, actor=STAFF)
    assert meals.rate_for(db, "2024-02") is None
    assert meals.rate_for(db, "2024-05") == MealRate("2024-03", 1500, 500)
    assert meals.rate_for(db, "2024-07") == MealRate("2024-06", 1800, 600)
    assert meals.rate_for(db, "2024-05").centre_fen == 1000  # type: ignore[union-attr]
    entry = not_none(db.query_one("SELECT action, table_name, before, after FROM audit_log"
                         " ORDER BY id DESC LIMIT 1"))
    assert (entry["action"], entry["table_name"]) == ("create", "care_meal_rate")
    assert entry["before"] == ('{"effective_from": "2024-03", "meal_contribution_fen": 500,'
                               ' "meal_cost_fen": 1500}')
    # The same month again changes it in place; the same price again writes nothing.
    meals.set_rate(db, "2024-06", 1700, 600, actor=STAFF)
    assert [r.cost_fen for r in meals.rate_history(db)] == [1500, 1700]
    before = written(db)
    meals.set_rate(db, "2024-06", 1700, 600, actor=STAFF)
    assert written(db) == before


def test_a_contribution_above_the_cost_is_refused(db: Database, centre: CareCentre) -> None:
    error = refused(db, lambda: meals.set_rate(db, "2024-05", 1500, 1501, actor=STAFF),
                    ValidationError, "个人自付 15.01 元高于每餐费用 15.00 元：自付部分不能超过餐费")
    assert isinstance(error, ValidationError) and list(error.fields) == ["contribution_fen"]


def test_bad_prices_and_months_are_refused(db: Database, centre: CareCentre) -> None:
    refused(db, lambda: meals.set_rate(db, "2024-05", -1, 0, actor=STAFF),
            ValidationError, "金额不能为负数")
    refused(db, lambda: meals.set_rate(db, "2024-05", 20_001, 0, actor=STAFF),
            ValidationError, "每餐最多 200 元")
    error = refused(db, lambda: meals.set_rate(db, "2024-13", 1500, 500, actor=STAFF),
                    ValidationError, "2024-13")
    assert isinstance(error, ValidationError) and list(error.fields) == ["effective_from"]
    refused(db, lambda: meals.set_rate(db, "2025-06", 1500, 500, actor=STAFF),
            ValidationError, "餐费标准最多提前 12 个月设定（最晚从 2025-05 起执行）")


def test_a_price_may_not_take_effect_in_or_before_a_closed_month(db: Database,
                                                                centre: CareCentre) -> None:
    submit_month(db, "2024-04", today=CARE_DAY)
    for month in ("2024-04", "2024-01"):
        refused(db, lambda month=month: meals.set_rate(db, month, 1500, 500, actor=STAFF),
                MonthClosedError, "2024-04 已报送关账：餐费标准只能从之后未关账的月份起执行；"
                                  "请选 2024-05 或更晚的月份")
    meals.set_rate(db, "2024-05", 1500, 500, actor=STAFF)


def test_the_kiosk_account_is_refused(db: Database, centre: CareCentre) -> None:
    refused(db, lambda: meals.set_rate(db, "2024-05", 1500, 500, actor=KIOSK),
            PermissionDenied, "没有权限")
    for action in (lambda: meals.meal_statement(db, "2024-05", actor=KIOSK),
                   lambda: meals.member_statement(db, centre.members[0], "2024-05",
                                                  actor=KIOSK)):
        with pytest.raises(PermissionDenied):
            action()


def test_the_month_statement_counts_valid_meals_at_the_months_price(
        db: Database, centre: CareCentre) -> None:
    meals.set_rate(db, "2024-01", 1550, 520, actor=STAFF)
    statement = meals.meal_statement(db, "2024-05", actor=STAFF)
    wang, li, _ = centre.members
    assert [(r.person_id, r.name, r.days, r.meals, r.cost_fen, r.contribution_fen,
             r.centre_fen) for r in statement.rows] == [
        (li, "李强", ("2024-05-13",), 1, 1550, 520, 1030),
        (wang, "王芳", ("2024-05-06", "2024-05-07", "2024-05-13"), 3, 4650, 1560, 3090)]
    assert (statement.meals, statement.cost_fen, statement.contribution_fen,
            statement.centre_fen) == (4, 6200, 2080, 4120)
    assert all(isinstance(v, int) for r in statement.rows
               for v in (r.cost_fen, r.contribution_fen, r.centre_fen))
    assert meals.day_care_members_without_meals(db, "2024-05", actor=STAFF) == 1


def test_without_a_price_the_statement_counts_meals_at_nothing(db: Database,
                                                              centre: CareCentre) -> None:
    statement = meals.meal_statement(db, "2024-05", actor=STAFF)
    assert statement.rate is None
    assert (statement.meals, statement.cost_fen) == (4, 0)


def test_one_members_statement_lists_the_days_with_a_meal(db: Database,
                                                          centre: CareCentre) -> None:
    meals.set_rate(db, "2024-01", 1500, 500, actor=STAFF)
    mine = meals.member_statement(db, centre.members[0], "2024-05", actor=STAFF)
    assert (mine.name, mine.days, mine.meals) == (
        "王芳", [("2024-05-06", 1), ("2024-05-07", 1), ("2024-05-13", 1)], 3)
    assert (mine.cost_fen, mine.contribution_fen, mine.centre_fen) == (4500, 1500, 3000)
    assert meals.member_statement(db, centre.members[2], "2024-05", actor=STAFF).meals == 0


def test_yuan_typed_becomes_exact_fen() -> None:
    label = "每餐费用"
    assert [parse_yuan(t, field="cost_fen", label=label)
            for t in ("15", "15.5", "０.29", "¥1,200.00")] == [1500, 1550, 29, 120000]
    for text, message in (("", "请填写每餐费用（元）"), ("-3", "每餐费用不能为负数"),
                          ("15.555", "每餐费用应为金额（元），最多两位小数")):
        with pytest.raises(ValidationError) as caught:
            parse_yuan(text, field="cost_fen", label=label)
        assert message in caught.value.fields["cost_fen"]
