"""A month of daily care in figures (care_stats): the shared definitions (care day, meals,
doses given, rehab minutes, incidents, purchased services and fulfilment), voided and other
months' records left out, the indexed queries, and one day's care per member, masked."""

from __future__ import annotations

import re

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.care import care_checks, care_stats
from desktop.models.care.fulfilment import owed_in_month
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from tests.care_records import EXPECTED, care_log, dose, entry, handover, month_of_care
from tests.care_support import CARE_DAY, care_centre
from tests.conftest import STAFF

KIOSK = Actor("kiosk", Role.KIOSK)


def test_a_month_counts_by_the_shared_definitions(db: Database) -> None:
    month_of_care(db)
    stats = care_stats.month_stats(db, "2024-05")
    figures = stats.as_json()
    for key, value in EXPECTED.items():
        assert figures[key] == value, key
    assert stats.purchased_hours == 5.0
    assert stats.incidents_total == 3


def test_fulfilment_per_contract_follows_the_one_rule(db: Database) -> None:
    month_of_care(db)
    stats = care_stats.month_stats(db, "2024-05")
    hours, sessions = stats.contracts
    # 2024 has 366 days, May 31 of them.
    assert hours.organisation == "康馨社工事务所" and hours.contract_number == "HT-2024-01"
    assert hours.fulfilment.owed == owed_in_month("2024-01-01", "2024-12-31", 120, "2024-05")
    assert (hours.fulfilment.owed, hours.fulfilment.delivered) == (10.16, 3.5)
    assert (hours.fulfilment.sessions, hours.fulfilment.percent) == (2, 34)
    assert (sessions.fulfilment.owed, sessions.fulfilment.delivered) == (2.03, 1.0)
    assert sessions.fulfilment.percent == 49
    # Hours and sessions are never added together.
    assert stats.unit_total("hours").as_json() == {"owed": 10.16, "delivered": 3.5,
                                                   "percent": 34}
    assert stats.unit_total("sessions").percent == 49
    june = care_stats.month_stats(db, "2024-06")
    assert [c.fulfilment.sessions for c in june.contracts] == [0, 1]


def test_the_year_so_far_adds_the_months(db: Database) -> None:
    month_of_care(db)
    year = care_stats.period_stats(db, "2024-01-01", "2024-06-30",
                                   tuple(f"2024-{m:02d}" for m in range(1, 7)))
    may = care_stats.month_stats(db, "2024-05")
    assert year.care_days == may.care_days
    assert year.incidents == {"一般": 2, "较重": 1, "严重": 1}  # April's 严重 too
    assert year.purchased_sessions == 4
    owed = sum(owed_in_month("2024-01-01", "2024-12-31", 120, f"2024-{m:02d}")
               for m in range(1, 7))
    assert year.contracts[0].fulfilment.owed == round(owed, 2)


def test_per_member_rows_add_up_to_the_month(db: Database) -> None:
    centre = month_of_care(db)
    stats = care_stats.month_stats(db, "2024-05")
    wang, li, zhao = centre.members
    rows = {m.person_id: m for m in stats.per_member}
    assert rows[wang].figures == (3, 3, 30, 4, 0, 0, 1)
    assert rows[li].figures == (1, 1, 45, 0, 1, 1, 1)
    assert rows[zhao].figures == (1, 1, 0, 2, 0, 0, 0)
    assert sum(m.care_days for m in stats.per_member) == stats.care_days
    assert sum(m.doses_given for m in stats.per_member) == stats.medication_doses
    # The incident without a member is in the month's total only.
    assert sum(m.incidents for m in stats.per_member) == stats.incidents_total - 1


def test_an_empty_month_has_every_key_and_zeros(db: Database) -> None:
    stats = care_stats.month_stats(db, "2024-05")
    assert (stats.members, stats.care_days, stats.meals, stats.purchased_minutes) == (0, 0, 0, 0)
    assert stats.incidents == {"一般": 0, "较重": 0, "严重": 0}
    assert list(stats.by_service) == ["午餐", "个人照料", "康复训练", "音乐治疗", "手工制作",
                                      "文体娱乐"]
    assert stats.contracts == ()


def test_a_malformed_month_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="月份应为 YYYY-MM"):
        care_stats.month_stats(db, "2024-13")


# Tables that grow every day must be read through their day index, never scanned: a month
# then costs the same after ten years.
DAILY_TABLES = ("care_entry", "care_log", "care_dose", "care_incident", "care_provider_session",
                "sign_in", "care_handover")
BOUNDS = {"first": "2024-05-01", "last": "2024-05-31", "after": "2024-06-01",
          "before": "2024-06-01", "day": "2024-05-31"}


@pytest.mark.parametrize("sql", [
    care_stats._PER_MEMBER_SQL, care_stats._BY_SERVICE_SQL, care_stats._DOSES_SQL,
    care_stats._INCIDENTS_SQL, care_stats._SESSIONS_SQL, care_checks._WITHOUT_SIGN_IN_SQL,
    care_checks._NO_DOSE_SQL])
def test_the_queries_read_the_day_indexes(db: Database, sql: str) -> None:
    plan = [str(r[3]) for r in db.query("EXPLAIN QUERY PLAN " + sql, BOUNDS)]
    scans = [line for line in plan
             if re.match(rf"SCAN ({'|'.join(DAILY_TABLES)})\b", line)]
    assert not scans, plan
    assert any("USING" in line and "INDEX" in line for line in plan), plan


def test_a_days_records_per_member_are_masked(db: Database) -> None:
    centre = care_centre(db)
    wang, li, zhao = centre.members
    day = CARE_DAY.isoformat()
    entry(db, wang, day, "lunch")
    entry(db, wang, day, "rehab", 30)
    dose(db, centre.medication[wang], wang, day, "08:00")
    dose(db, centre.medication[wang], wang, day, "12:00", "refused")
    care_log(db, wang, day, "差", "下午哭闹，疑似牙痛")
    handover(db, wang, day, centre.pickups[wang], at="16:40", name="王家长")
    records = care_stats.day_records(db, day, actor=STAFF)
    assert {r.person_id for r in records} == {wang, li, zhao}  # 孙丽 is not in the programme
    record = next(r for r in records if r.person_id == wang)
    assert record.name == "王芳" and re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", record.id_number)
    assert record.present
    assert record.services == (("午餐", None), ("康复训练", 30))
    assert record.doses == (("08:00", "given", "08:00"), ("12:00", "refused", "12:00"))
    assert (record.collected_at, record.collected_by, record.mood) == ("16:40", "父亲", "差")
    shown = str(record.as_json())
    for secret in ("牙痛", "丙戊酸钠", "王家长", "13900001111"):
        assert secret not in shown  # no note, medicine, collector's name or phone
    assert next(r for r in records if r.person_id == li).services == ()


def test_records_without_a_sign_in_are_listed_and_flagged(db: Database) -> None:
    centre = care_centre(db)
    wang = centre.members[0]
    entry(db, wang, "2024-05-15", "lunch")  # nobody signed in that day
    records = care_stats.day_records(db, "2024-05-15", actor=STAFF)
    assert [(r.person_id, r.present) for r in records] == [(wang, False)]


def test_the_kiosk_account_may_not_see_a_days_care(db: Database) -> None:
    care_centre(db)
    with pytest.raises(PermissionDenied):
        care_stats.day_records(db, CARE_DAY.isoformat(), actor=KIOSK)
