"""The daily care log: the day's sheet (members present × services and medication times, plan
defaults), ticks and their withdrawal, the plan applied in one go, mood and note, and every
refusal with its message and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.models.admin.permissions import Actor, PermissionDenied, Role
from desktop.models.care import care_log
from desktop.models.care.day_care import NotPresentError
from desktop.models.db import Database
from desktop.models.errors import NotFoundError, ValidationError
from desktop.models.reporting.month_close import MonthClosedError
from tests.care_support import CARE_DAY, CareCentre, add_day_care_member, sign_in
from tests.conftest import STAFF, submit_month
from tests.models.care.care_log_support import (
    APRIL_DAY,
    add_plan,
    centre_present,
    counts,
    open_clocked,
)

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[Database]:
    """A database whose clock stands at noon on CARE_DAY."""
    database = open_clocked(tmp_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def centre(clocked: Database) -> CareCentre:
    """The care centre, present on CARE_DAY and APRIL_DAY."""
    return centre_present(clocked)


def entries(db: Database, *, valid: bool = True) -> list[tuple[int, str, int | None]]:
    where = "voided_at IS NULL" if valid else "voided_at IS NOT NULL"
    return [(r[0], r[1], r[2]) for r in db.query(
        f"SELECT person_id, service, minutes FROM care_entry WHERE {where} ORDER BY id")]


def test_the_sheet_lists_the_day_care_members_present_with_services_and_dose_times(
        clocked: Database, centre: CareCentre) -> None:
    wang, li, _ = centre.members
    add_plan(clocked, wang, {"lunch": ("12345", None), "rehab": ("1", 40),
                             "music": ("3", 45)})
    care_log.tick(clocked, li, CARE_DAY, "lunch", actor=STAFF)
    sheet = care_log.day_sheet(clocked, CARE_DAY, actor=STAFF)
    # 孙丽 signed in too but is not in the programme; names in pinyin order.
    assert [r.name for r in sheet.rows] == ["李强", "王芳", "赵敏"]
    assert [s.key for s in sheet.services] == ["lunch", "personal_care", "rehab", "music",
                                               "handicraft", "recreation"]
    assert sheet.dose_times == ["08:00", "12:00"]
    by_name = {r.name: r for r in sheet.rows}
    wang_row = by_name["王芳"]
    # A Monday: lunch and rehab (40 min) planned, music (Wednesdays) not.
    assert wang_row.cells["lunch"].planned and not wang_row.cells["lunch"].recorded
    assert wang_row.cells["rehab"].planned and wang_row.cells["rehab"].plan_minutes == 40
    assert not wang_row.cells["music"].planned
    assert by_name["李强"].cells["lunch"].recorded
    assert sorted(wang_row.doses) == ["08:00", "12:00"]
    assert [d.medicine for d in wang_row.doses["12:00"]] == ["丙戊酸钠缓释片"]
    assert sorted(by_name["赵敏"].doses) == ["12:00"]
    assert not sheet.closed


def test_the_latest_plan_in_effect_gives_the_defaults(clocked: Database,
                                                      centre: CareCentre) -> None:
    wang = centre.members[0]
    add_plan(clocked, wang, {"music": ("1", None)}, starts_on="2024-01-02")
    add_plan(clocked, wang, {"handicraft": ("1", 60)}, starts_on="2024-03-01")
    add_plan(clocked, wang, {"recreation": ("1", None)}, starts_on="2024-02-01",
             ended_on="2024-02-28")
    planned = care_log.plan_services(clocked, CARE_DAY.isoformat(), [wang])
    assert planned == {wang: {"handicraft": 60}}


def test_reading_the_sheet_takes_the_same_queries_for_any_number_of_members(
        clocked: Database, centre: CareCentre, monkeypatch: pytest.MonkeyPatch) -> None:
    add_plan(clocked, centre.members[0], {"lunch": ("12345", None)})
    calls: list[str] = []
    for method in ("query", "query_one", "scalar", "iterate"):
        original = getattr(Database, method)

        def counted(self: Database, sql: str, params: Any = (), _o: Any = original) -> Any:
            calls.append(sql)
            return _o(self, sql, params)
        monkeypatch.setattr(Database, method, counted)
    care_log.day_sheet(clocked, CARE_DAY, actor=STAFF)
    few = len(calls)
    for seq in range(10):
        person = add_day_care_member(clocked, f"测试{seq}", 200 + seq)
        sign_in(clocked, person, CARE_DAY)
        add_plan(clocked, person, {"lunch": ("12345", None)})
    calls.clear()
    sheet = care_log.day_sheet(clocked, CARE_DAY, actor=STAFF)
    assert len(sheet.rows) == 13
    assert len(calls) == few <= 10


def test_a_tick_is_stored_with_its_audit_entry(clocked: Database, centre: CareCentre) -> None:
    wang = centre.members[0]
    add_plan(clocked, wang, {"rehab": ("12345", 40)})
    entry = care_log.tick(clocked, wang, CARE_DAY, "rehab", actor=STAFF)
    assert entries(clocked) == [(wang, "rehab", 40)]  # the plan's minutes
    audit = clocked.query_one("SELECT actor, action, after FROM audit_log"
                              " WHERE table_name = 'care_entry' AND record_id = ?", (entry,))
    assert audit is not None and (audit["actor"], audit["action"]) == ("staff", "create")
    assert '"service": "rehab"' in audit["after"]
    # The same tick again changes nothing; other minutes void the old entry.
    before = counts(clocked)
    assert care_log.tick(clocked, wang, CARE_DAY, "rehab", actor=STAFF) == entry
    assert counts(clocked) == before
    care_log.tick(clocked, wang, CARE_DAY, "rehab", minutes=25, actor=STAFF)
    assert entries(clocked) == [(wang, "rehab", 25)]
    assert entries(clocked, valid=False) == [(wang, "rehab", 40)]
    # A service that counts no minutes stores none; one that does takes its default.
    care_log.tick(clocked, wang, CARE_DAY, "lunch", minutes=30, actor=STAFF)
    care_log.tick(clocked, wang, CARE_DAY, "music", actor=STAFF)
    assert entries(clocked)[1:] == [(wang, "lunch", None), (wang, "music", 45)]


def test_untick_voids_the_entry_with_the_reason(clocked: Database, centre: CareCentre) -> None:
    wang = centre.members[0]
    entry = care_log.tick(clocked, wang, CARE_DAY, "lunch", actor=STAFF)
    care_log.untick(clocked, wang, CARE_DAY, "lunch", actor=STAFF)
    row = clocked.query_one("SELECT voided_at, void_reason FROM care_entry WHERE id = ?",
                            (entry,))
    assert row is not None and row["voided_at"] and row["void_reason"] == "取消勾选"
    assert clocked.scalar("SELECT reason FROM audit_log WHERE table_name = 'care_entry'"
                          " AND action = 'void'") == "取消勾选"
    sheet = care_log.day_sheet(clocked, CARE_DAY, actor=STAFF)
    assert not next(r for r in sheet.rows if r.person_id == wang).cells["lunch"].recorded
    before = counts(clocked)
    with pytest.raises(NotFoundError, match="王芳 在 2024-05-13 没有“午餐”的记录，无需取消"):
        care_log.untick(clocked, wang, CARE_DAY, "lunch", actor=STAFF)
    assert counts(clocked) == before


def test_apply_plan_defaults_ticks_the_planned_services_once(clocked: Database,
                                                             centre: CareCentre) -> None:
    wang, li, _ = centre.members
    add_plan(clocked, wang, {"lunch": ("12345", None), "rehab": ("1", 40), "music": ("3", 45)})
    add_plan(clocked, li, {"lunch": ("12345", None), "handicraft": ("135", None)})
    care_log.tick(clocked, li, CARE_DAY, "lunch", actor=STAFF)
    added = care_log.apply_plan_defaults(clocked, CARE_DAY, actor=STAFF)
    assert added == 3
    assert sorted(entries(clocked)) == sorted([
        (li, "lunch", None), (wang, "lunch", None), (wang, "rehab", 40),
        (li, "handicraft", 60)])
    assert clocked.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'care_entry'") == 4
    # Applied again: nothing left to add.
    assert care_log.apply_plan_defaults(clocked, CARE_DAY, actor=STAFF) == 0


def test_mood_and_note_are_kept_and_changed_in_place(clocked: Database,
                                                     centre: CareCentre) -> None:
    wang = centre.members[0]
    care_log.set_note(clocked, wang, CARE_DAY, "好", " 午睡很好 ", actor=STAFF)
    care_log.set_note(clocked, wang, CARE_DAY, "一般", "午睡很好，下午有点累", actor=STAFF)
    rows = clocked.query("SELECT mood, note FROM care_log")
    assert [tuple(r) for r in rows] == [("一般", "午睡很好，下午有点累")]
    actions = [r[0] for r in clocked.query(
        "SELECT action FROM audit_log WHERE table_name = 'care_log' ORDER BY id")]
    assert actions == ["create", "update"]
    row = next(r for r in care_log.day_sheet(clocked, CARE_DAY, actor=STAFF).rows
               if r.person_id == wang)
    assert (row.mood, row.note) == ("一般", "午睡很好，下午有点累")


@pytest.mark.parametrize(("minutes", "message"), [
    (0, "分钟数应在 1 到 720 之间，现在是 0"), (721, "分钟数应在 1 到 720 之间，现在是 721"),
    (-5, "分钟数应在 1 到 720 之间，现在是 -5")])
def test_minutes_outside_a_day_are_refused(clocked: Database, centre: CareCentre,
                                           minutes: int, message: str) -> None:
    before = counts(clocked)
    with pytest.raises(ValidationError) as refused:
        care_log.tick(clocked, centre.members[0], CARE_DAY, "rehab", minutes=minutes,
                      actor=STAFF)
    assert refused.value.message == message
    assert counts(clocked) == before


def test_a_member_not_present_is_refused_with_a_way_to_add_the_sign_in(
        clocked: Database, centre: CareCentre) -> None:
    absent = add_day_care_member(clocked, "周杰", 140)
    before = counts(clocked)
    with pytest.raises(NotPresentError) as refused:
        care_log.tick(clocked, absent, CARE_DAY, "lunch", actor=STAFF)
    assert refused.value.message == ("周杰 在 2024-05-13 没有签到，不能记录照料：如果当天来了，"
                                     "请先在“考勤”页补签，再记录")
    assert (refused.value.person_id, refused.value.day) == (absent, "2024-05-13")
    with pytest.raises(NotPresentError):
        care_log.set_note(clocked, absent, CARE_DAY, "好", "", actor=STAFF)
    assert counts(clocked) == before


def test_a_member_outside_the_programme_is_refused(clocked: Database,
                                                   centre: CareCentre) -> None:
    before = counts(clocked)
    with pytest.raises(NotFoundError) as refused:
        care_log.tick(clocked, centre.other, CARE_DAY, "lunch", actor=STAFF)
    assert "不是日间照料的在册会员" in refused.value.message
    assert counts(clocked) == before


def test_a_closed_month_is_refused(clocked: Database, centre: CareCentre) -> None:
    wang = centre.members[0]
    add_plan(clocked, wang, {"lunch": ("1234567", None)})
    care_log.tick(clocked, wang, APRIL_DAY, "music", actor=STAFF)
    submit_month(clocked, "2024-04", today=CARE_DAY)
    before = counts(clocked)
    for write in (lambda: care_log.tick(clocked, wang, APRIL_DAY, "lunch", actor=STAFF),
                  lambda: care_log.untick(clocked, wang, APRIL_DAY, "music", actor=STAFF),
                  lambda: care_log.apply_plan_defaults(clocked, APRIL_DAY, actor=STAFF),
                  lambda: care_log.set_note(clocked, wang, APRIL_DAY, "好", "", actor=STAFF)):
        with pytest.raises(MonthClosedError) as refused:
            write()
        assert "2024-04" in refused.value.message and "已报送关账" in refused.value.message
    assert counts(clocked) == before
    assert care_log.day_sheet(clocked, APRIL_DAY, actor=STAFF).closed


def test_a_day_to_come_is_refused(clocked: Database, centre: CareCentre) -> None:
    before = counts(clocked)
    for write in (lambda: care_log.tick(clocked, centre.members[0], date(2024, 5, 14), "lunch",
                                        actor=STAFF),
                  lambda: care_log.apply_plan_defaults(clocked, "2024-05-14", actor=STAFF)):
        with pytest.raises(ValidationError) as refused:
            write()
        assert refused.value.message == "2024-05-14 还没到，不能提前记录照料或服药"
    assert counts(clocked) == before


def test_bad_mood_and_long_note_are_refused(clocked: Database, centre: CareCentre) -> None:
    before = counts(clocked)
    with pytest.raises(ValidationError, match="心情只能是 好、一般 或 差"):
        care_log.set_note(clocked, centre.members[0], CARE_DAY, "很好", "", actor=STAFF)
    with pytest.raises(ValidationError, match="备注最多 200 个字，现在是 201 个字"):
        care_log.set_note(clocked, centre.members[0], CARE_DAY, "", "字" * 201, actor=STAFF)
    assert counts(clocked) == before


def test_the_kiosk_account_may_not_read_or_write_care(clocked: Database,
                                                      centre: CareCentre) -> None:
    before = counts(clocked)
    for call in (lambda: care_log.day_sheet(clocked, CARE_DAY, actor=KIOSK),
                 lambda: care_log.blank_sheet(clocked, CARE_DAY, actor=KIOSK),
                 lambda: care_log.tick(clocked, centre.members[0], CARE_DAY, "lunch",
                                       actor=KIOSK),
                 lambda: care_log.apply_plan_defaults(clocked, CARE_DAY, actor=KIOSK),
                 lambda: care_log.set_note(clocked, centre.members[0], CARE_DAY, "好", "",
                                           actor=KIOSK)):
        with pytest.raises(PermissionDenied, match="没有权限"):
            call()
    assert counts(clocked) == before


def test_the_blank_sheet_lists_everyone_expected_on_a_day_to_come(
        clocked: Database, centre: CareCentre) -> None:
    add_plan(clocked, centre.members[0], {"lunch": ("12345", None)})
    care_log.tick(clocked, centre.members[0], CARE_DAY, "lunch", actor=STAFF)
    tomorrow = care_log.blank_sheet(clocked, date(2024, 5, 14), actor=STAFF)
    assert [r.name for r in tomorrow.rows] == ["李强", "王芳", "赵敏"]
    today = care_log.blank_sheet(clocked, CARE_DAY, actor=STAFF)
    wang = next(r for r in today.rows if r.person_id == centre.members[0])
    assert wang.cells["lunch"].planned and not wang.cells["lunch"].recorded
