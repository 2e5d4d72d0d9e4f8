"""People edits and closed months: a write that would move a member onto or off the register
of a submitted month is refused with the message and writes nothing; edits that leave every
closed month's register as it was go through; after a reopen the edit is allowed and the
month's 变更 listing shows it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from desktop.excel.reporting.changes_sheet import changes_for_revision
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people import people
from desktop.models.people.identity import mask_id
from desktop.models.reporting import indicators, month_close
from desktop.models.reporting.month_changes import changes_between
from desktop.models.reporting.month_close import MonthClosedError
from tests.conftest import ADMIN, STAFF, log_export, make_id_number, make_person_input

TODAY = date(2024, 8, 1)
MAY_CLOSED = ("2024-05 已报送关账，这样修改会改变该月报表中的会员人数（在册、新入会或离会），"
              "未保存；如需修改请管理员重新开账")
TABLES = ("person", "member", "member_programme", "volunteer", "family_link", "audit_log",
          "month_state", "month_report")


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a people write touches (updates show, not only counts)."""
    return {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY 1")] for t in TABLES}


def export(db: Database, month: str) -> None:
    log_export(db, month, month_close.month_status(db, month).revision)


def close(db: Database, month: str) -> None:
    export(db, month)
    month_close.close_month(db, month, actor=STAFF, today=TODAY)


@pytest.fixture
def zhang(db: Database) -> int:
    """A member since 10 January 2024, with May 2024 submitted (closed)."""
    person_id = people.create_person(db, make_person_input(
        name="张三", id_number=make_id_number(seq=1), joined_on="2024-01-10"),
        actor=STAFF, today=TODAY)
    close(db, "2024-05")
    return person_id


def update(db: Database, person_id: int, **changes: Any) -> None:
    data = replace(people.load_person(db, person_id), **changes)
    people.update_person(db, person_id, data, actor=STAFF, today=TODAY)


def may_total(db: Database) -> int:
    return int(indicators.compute(db, "2024-05", TODAY).value("members.total").this_month)


@pytest.mark.parametrize("changes", [
    {"joined_on": "2024-06-01"},           # joins after May: would leave May's register
    {"left_on": "2024-04-30"},             # left before May
    {"joined_on": "2024-06-01", "left_on": "2024-07-01"},
    {"is_member": False, "is_volunteer": True},  # the member role switched off
    {"joined_on": "2023-12-01"},           # no longer joined in 2024: May's 本年累计 of 新入会
    {"left_on": "2024-05-01"},             # still on May's register, but 离会 in May
], ids=["joined-later", "left-earlier", "both", "role-off", "joined-last-year", "left-in-may"])
def test_an_edit_changing_a_closed_month_s_figures_is_refused(
        db: Database, zhang: int, changes: dict[str, Any]) -> None:
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        update(db, zhang, **changes)
    assert caught.value.message == MAY_CLOSED
    assert snapshot(db) == before
    assert may_total(db) == 1


def test_a_new_member_joining_a_closed_month_is_refused(db: Database, zhang: int) -> None:
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        people.create_person(db, make_person_input(
            name="李四", id_number=make_id_number(seq=2), card_number="WH000002",
            joined_on="2024-03-01"), actor=STAFF, today=TODAY)
    assert caught.value.message == MAY_CLOSED
    assert snapshot(db) == before
    # Without a joining date the member would count in every month, May included.
    with pytest.raises(MonthClosedError):
        people.create_person(db, make_person_input(
            name="李四", id_number=make_id_number(seq=2), card_number="WH000002",
            joined_on=""), actor=STAFF, today=TODAY)
    assert snapshot(db) == before


def test_bringing_a_former_member_back_into_a_closed_month_is_refused(
        db: Database, zhang: int) -> None:
    left = people.create_person(db, make_person_input(
        name="李四", id_number=make_id_number(seq=2), card_number="WH000002",
        joined_on="2022-01-01", left_on="2023-03-31"), actor=STAFF, today=TODAY)
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        update(db, left, left_on="")
    assert caught.value.message == MAY_CLOSED
    assert snapshot(db) == before


def test_every_affected_closed_month_is_named(db: Database, zhang: int) -> None:
    close(db, "2024-04")
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        update(db, zhang, left_on="2024-03-31")
    assert caught.value.message == (
        "2024-04、2024-05 已报送关账，这样修改会改变这些月份报表中的会员人数"
        "（在册、新入会或离会），未保存；如需修改请管理员重新开账")
    assert snapshot(db) == before


@pytest.mark.parametrize("changes", [
    {"joined_on": "2024-02-01"},           # still joined in 2024 before May
    {"left_on": "2024-06-10"},             # leaves after May
    {"phone": "13900000000", "programmes": ["日间照料"]},
    {"cert_number": make_id_number(seq=1) + "12"},  # category and grade: current values
], ids=["joined-within-2024", "left-later", "other-fields", "certificate"])
def test_edits_that_keep_the_closed_month_register_are_saved(
        db: Database, zhang: int, changes: dict[str, Any]) -> None:
    update(db, zhang, **changes)
    stored = people.load_person(db, zhang)
    assert all(getattr(stored, key) == value for key, value in changes.items())
    assert may_total(db) == 1


def test_a_joining_date_may_move_within_a_closed_month_but_not_out_of_it(
        db: Database) -> None:
    wang = people.create_person(db, make_person_input(
        name="王五", id_number=make_id_number(seq=3), joined_on="2024-03-05"),
        actor=STAFF, today=TODAY)
    close(db, "2024-03")
    close(db, "2024-05")
    update(db, wang, joined_on="2024-03-20")  # still joined in March
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        update(db, wang, joined_on="2024-02-20")  # March's 新入会 would lose them; May's not
    assert caught.value.message == MAY_CLOSED.replace("2024-05", "2024-03")
    assert snapshot(db) == before


def test_members_outside_the_closed_month_may_change(db: Database, zhang: int) -> None:
    newer = people.create_person(db, make_person_input(
        name="李四", id_number=make_id_number(seq=2), card_number="WH000002",
        joined_on="2024-06-03"), actor=STAFF, today=TODAY)
    update(db, newer, joined_on="2024-07-01")
    update(db, newer, is_member=False, is_volunteer=True)
    old = people.create_person(db, make_person_input(
        name="王五", id_number=make_id_number(seq=3), card_number="WH000003",
        joined_on="2020-01-01", left_on="2023-12-31"), actor=STAFF, today=TODAY)
    update(db, old, left_on="2023-11-30")  # 2024 not touched
    assert may_total(db) == 1


def test_an_archive_dated_in_a_closed_month_is_refused(db: Database, zhang: int) -> None:
    # Only a wrong clock dates an archive in the past; it must not rewrite May either.
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        people.archive_person(db, zhang, "迁出", actor=STAFF, now=datetime(2024, 5, 20, 9))
    assert caught.value.message == MAY_CLOSED
    assert snapshot(db) == before


def test_archive_and_restore_after_the_closed_month_are_fine(db: Database, zhang: int) -> None:
    people.archive_person(db, zhang, "迁出", actor=STAFF, now=datetime(2024, 7, 2, 9))
    assert may_total(db) == 1
    people.restore_person(db, zhang, actor=STAFF)
    assert people.archive_state(db, zhang) == (None, None)


def test_restoring_into_a_closed_month_is_refused(db: Database, zhang: int) -> None:
    # Archived in June; July was then submitted without them: restoring would add them back.
    people.archive_person(db, zhang, "迁出", actor=STAFF, now=datetime(2024, 6, 20, 9))
    close(db, "2024-07")
    before = snapshot(db)
    with pytest.raises(MonthClosedError) as caught:
        people.restore_person(db, zhang, actor=STAFF)
    assert caught.value.message == MAY_CLOSED.replace("2024-05", "2024-07")
    assert snapshot(db) == before


def test_an_archived_person_may_be_edited_when_no_closed_month_changes(
        db: Database, zhang: int) -> None:
    people.archive_person(db, zhang, "迁出", actor=STAFF, now=datetime(2024, 7, 2, 9))
    update(db, zhang, left_on="2024-07-01")
    assert people.load_person(db, zhang).left_on == "2024-07-01"


def test_after_a_reopen_the_edit_is_saved_and_listed_in_the_changes(
        db: Database, zhang: int) -> None:
    month_close.reopen_month(db, "2024-05", reason="张三五月中旬已离会", actor=ADMIN)
    update(db, zhang, left_on="2024-04-30", phone="13900000000")
    assert may_total(db) == 0
    changes = changes_for_revision(db, "2024-05", 2)
    assert [c.action for c in changes] == ["重新开账", "修改"]
    edit = changes[-1]
    assert edit.record == f"人员登记：张三（{mask_id(make_id_number(seq=1))}）"
    assert "*" in edit.record
    # Only the register fields, and of them only what changed.
    assert (edit.before, edit.after) == ("离开日期：（空）", "离开日期：2024-04-30")
    assert edit.actor == "staff"


def test_the_changes_list_only_edits_that_change_the_month_s_figures(
        db: Database, zhang: int) -> None:
    head = int(db.scalar("SELECT max(id) FROM audit_log"))
    month_close.reopen_month(db, "2024-05", reason="更正", actor=ADMIN)
    update(db, zhang, phone="13900000000")              # not a register field
    update(db, zhang, left_on="2024-06-15")             # leaves after May: May unchanged
    people.create_person(db, make_person_input(
        name="李四", id_number=make_id_number(seq=2), card_number="WH000002",
        joined_on="2024-05-20"), actor=STAFF, today=TODAY)  # joins in May
    may = changes_between(db, "2024-05", head)
    assert [(c.action, c.record.split("（")[0]) for c in may] == [
        ("重新开账", "月份 2024-05"), ("新增", "人员登记：李四")]
    assert may[-1].after == "会员身份：是；入会日期：2024-05-20；离开日期：（空）"
    # June: 张三 left in it (still on its register), 李四 joins its register. July: 张三 is
    # off the register, both in the year's joined and left.
    for month in ("2024-06", "2024-07"):
        later = changes_between(db, month, head)
        assert [c.record.split("（")[0] for c in later] == ["人员登记：张三", "人员登记：李四"]
        assert (later[0].before, later[0].after) == ("离开日期：（空）", "离开日期：2024-06-15")
    assert changes_between(db, "2024-04", head) == []


def test_archiving_is_listed_for_the_months_it_changes(db: Database, zhang: int) -> None:
    head = int(db.scalar("SELECT max(id) FROM audit_log"))
    people.archive_person(db, zhang, "迁出", actor=STAFF, now=datetime(2024, 7, 2, 9))
    july = changes_between(db, "2024-07", head)
    assert [(c.action, c.before, c.after, c.reason) for c in july] == [
        ("归档", "归档时间：（空）", "归档时间：2024-07-02 09:00:00", "迁出")]
    assert changes_between(db, "2024-06", head) == []
    people.restore_person(db, zhang, actor=STAFF)
    assert [c.action for c in changes_between(db, "2024-07", head)] == ["归档", "恢复"]


def test_a_register_edit_after_the_export_makes_the_export_stale(db: Database,
                                                                 zhang: int) -> None:
    export(db, "2024-06")
    people.create_person(db, make_person_input(
        name="李四", id_number=make_id_number(seq=2), card_number="WH000002",
        joined_on="2024-06-20"), actor=STAFF, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        month_close.close_month(db, "2024-06", actor=STAFF, today=TODAY)
    assert "导出之后 2024-06 的记录又有 1 处修改" in caught.value.fields["month"]
    assert not month_close.is_closed(db, "2024-06")
