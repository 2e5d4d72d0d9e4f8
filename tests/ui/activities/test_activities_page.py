"""The activities page driven as staff would: create, edit, participants, void, yearly counts."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.admin import audit
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.activities.activities_model import (
    ActivitiesTableModel,
    MemberCountModel,
    PickItem,
    PickListModel,
)
from desktop.ui.activities.activities_page import ActivitiesPage
from desktop.ui.activities.activity_dialogs import ActivityDialog
from desktop.ui.activities.participants_dialog import ParticipantsDialog
from tests.conftest import STAFF, TODAY, make_id_number, make_person_input
from tests.ui.conftest import type_text, unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)
DAY = "2024-05-20"


@pytest.fixture
def centre_db(db: Database) -> dict[str, int]:
    """Members 张三, 李四 (signed in on DAY), 王五 (not); a 文化 activity on DAY."""
    ids: dict[str, int] = {}
    for seq, name in enumerate(("张三", "李四", "王五"), start=1):
        ids[name] = people.create_person(db, make_person_input(
            name=name, id_number=make_id_number(seq=seq), card_number=f"WH{seq:06d}"),
            actor=STAFF, today=TODAY)
    for name, hour in (("张三", 8), ("李四", 9)):
        attendance.staff_sign_in(db, ids[name], datetime.fromisoformat(f"{DAY}T{hour:02d}:00"),
                                 actor=STAFF, reason="补签", now=datetime(2024, 6, 1, 12))
    ids["activity"] = activities.create_activity(db, ActivityInput("书法练习", "文化", DAY),
                                                 actor=STAFF, today=TODAY)
    return ids


def _page(qtbot, db: Database, actor: Actor = STAFF) -> ActivitiesPage:
    db.clock = FixedClock(TODAY)
    page = ActivitiesPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def counts_shown(page: ActivitiesPage) -> dict[str, int]:
    model = page.count_model
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


# -- models ---------------------------------------------------------------------------------------
def test_models_pass_qt_model_tester(qtmodeltester, db: Database,
                                     centre_db: dict[str, int]) -> None:
    activities.create_activity(db, ActivityInput("柔力球", "体育", "2024-05-21"), actor=STAFF,
                               today=TODAY)
    voided = activities.create_activity(db, ActivityInput("重复", "其他", "2024-05-22"),
                                        actor=STAFF, today=TODAY)
    activities.void_activity(db, voided, "重复录入", actor=STAFF)
    model = ActivitiesTableModel(db)
    model.set_filter(2024, None, True)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    assert model.index(0, 6).data() == "已作废：重复录入"
    model.set_filter(2024, "体育", False)
    qtmodeltester.check(model)
    counts = MemberCountModel(db)
    counts.set_year(2024)
    qtmodeltester.check(counts)
    counts.set_below_only(True)
    qtmodeltester.check(counts)
    picks = PickListModel("已参加")
    picks.set_items([PickItem(1, "张三", "08:00"), PickItem(2, "李四", "09:00", locked=True)])
    qtmodeltester.check(picks)
    assert picks.setData(picks.index(0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert not picks.setData(picks.index(1), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert picks.checked_ids() == [1]
    assert picks.index(1).data() == "李四  09:00  已参加"
    qtmodeltester.check(picks)


# -- the page ----------------------------------------------------------------------------------
def test_page_lists_the_years_activities_and_every_control_is_named(
        qtbot, db: Database, centre_db: dict[str, int]) -> None:
    page = _page(qtbot, db)
    assert page.year_combo.currentData() == 2024
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "书法练习"
    assert page.activity_count_label.text() == "共 1 个活动"
    assert page.selected_activity_id() == centre_db["activity"]
    assert unnamed_interactive_widgets(page) == []
    assert "文化、体育" in page.policy_label.text()


def test_create_an_activity_through_the_dialog(qtbot, db: Database,
                                               centre_db: dict[str, int]) -> None:
    page = _page(qtbot, db)
    dialog = page.make_activity_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    type_text(qtbot, dialog.title_edit, "柔力球")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("体育"))
    type_text(qtbot, dialog.place_edit, "社区广场")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    activity = activities.get_activity(db, saved.args[0])
    assert (activity.title, activity.kind, activity.day, activity.place) == \
        ("柔力球", "体育", "2024-06-01", "社区广场")
    assert page.model.rowCount() == 2
    assert page.selected_activity_id() == activity.id
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_empty_title_shows_beside_the_field_and_writes_nothing(
        qtbot, db: Database, centre_db: dict[str, int]) -> None:
    db.clock = FixedClock(TODAY)
    dialog = ActivityDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()
    before = db.scalar("SELECT count(*) FROM activity"), db.scalar("SELECT count(*) FROM audit_log")
    assert dialog.field_error("title") == ""  # not before anything was done
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("title") == "请填写活动名称"
    assert dialog.title_edit.accessibleDescription() == "请填写活动名称"
    assert dialog.isVisible()
    after = db.scalar("SELECT count(*) FROM activity"), db.scalar("SELECT count(*) FROM audit_log")
    assert after == before
    type_text(qtbot, dialog.title_edit, "书")
    assert dialog.field_error("title") == ""


def test_editing_into_the_future_with_participants_is_refused_beside_the_date(
        qtbot, db: Database, centre_db: dict[str, int]) -> None:
    activities.add_participants(db, centre_db["activity"], [centre_db["张三"]], actor=STAFF,
                                today=TODAY)
    page = _page(qtbot, db)
    dialog = page.make_activity_dialog(centre_db["activity"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_edit.text() == "书法练习"
    dialog.day_edit.setDate(dialog.day_edit.date().addDays(30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("day") == "已有 1 名参加者，活动日期不能改到将来"
    assert activities.get_activity(db, centre_db["activity"]).day == DAY


def test_participants_from_the_days_sign_ins_by_keyboard(qtbot, db: Database,
                                                        centre_db: dict[str, int]) -> None:
    page = _page(qtbot, db)
    dialog = page.make_participants_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.sign_in_box.title() == "当天签到的会员（2 人）"
    view = dialog.sign_in_view
    view.setFocus()
    view.setCurrentIndex(dialog.sign_in_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.sign_in_model.checked_ids() == [centre_db["张三"]]
    with qtbot.waitSignal(dialog.participants_changed):
        qtbot.mouseClick(dialog.add_sign_ins_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in activities.participants(db, centre_db["activity"])] == ["张三"]
    assert dialog.participant_box.title() == "参加者（1 人）"
    assert dialog.status_label.text() == "✓ 已加入 1 人"
    assert dialog.sign_in_model.index(0, 0).data() == "张三  08:00  已参加"
    assert page.model.index(0, 5).data() == 1
    assert counts_shown(page) == {"李四": 0, "王五": 0, "张三": 1}


def test_add_by_search_and_nothing_ticked(qtbot, db: Database,
                                         centre_db: dict[str, int]) -> None:
    db.clock = FixedClock(TODAY)
    dialog = ParticipantsDialog(db, STAFF, centre_db["activity"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.add_checked_results() is None
    assert dialog.status_label.text() == "⚠ 请先勾选要加入的会员（空格键勾选）"
    type_text(qtbot, dialog.search_edit, "ww")
    assert [dialog.search_model.index(r, 0).data().split()[0]
            for r in range(dialog.search_model.rowCount())] == ["王五"]
    dialog.search_model.set_all_checked(True)
    # 王五 did not sign in that day, but staff may still record that he took part.
    assert dialog.add_checked_results() == 1
    assert [p.name for p in activities.participants(db, centre_db["activity"])] == ["王五"]


def test_remove_a_participant_with_a_reason(qtbot, db: Database,
                                            centre_db: dict[str, int]) -> None:
    activity_id = centre_db["activity"]
    activities.add_participants(db, activity_id, [centre_db["张三"], centre_db["李四"]],
                                actor=STAFF, today=TODAY)
    db.clock = FixedClock(TODAY)
    dialog = ParticipantsDialog(db, STAFF, activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.make_remove_dialog() is None  # nothing ticked yet
    dialog.participant_model.setData(dialog.participant_model.index(0, 0),
                                     Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    reason = dialog.make_remove_dialog()
    assert reason is not None
    qtbot.addWidget(reason)
    reason.show()
    assert unnamed_interactive_widgets(reason) == []
    assert not reason.ok_button.isEnabled()
    type_text(qtbot, reason.reason_edit, "误加")
    assert reason.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.participants_changed):
        qtbot.mouseClick(reason.ok_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in activities.participants(db, activity_id)] == ["张三"]
    entry = audit.entries_for(db, "activity_participant", activity_id)[-1]
    assert (entry["action"], entry["reason"]) == ("remove", "误加")
    assert json.loads(entry["before"])["person_id"] == centre_db["李四"]


def test_a_planned_activity_waits_for_its_day(qtbot, db: Database,
                                              centre_db: dict[str, int]) -> None:
    planned = activities.create_activity(db, ActivityInput("春节慰问", "节日慰问", "2024-06-10"),
                                         actor=STAFF, today=TODAY)
    db.clock = FixedClock(TODAY)
    dialog = ParticipantsDialog(db, STAFF, planned)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "活动日期还没到" in dialog.closed_label.text()
    assert not dialog.add_sign_ins_button.isEnabled()
    assert not dialog.search_edit.isEnabled()


def test_void_with_a_reason(qtbot, db: Database, centre_db: dict[str, int]) -> None:
    page = _page(qtbot, db)
    reason = page.make_void_dialog()
    assert reason is not None
    qtbot.addWidget(reason)
    reason.show()
    assert not reason.ok_button.isEnabled()
    type_text(qtbot, reason.reason_edit, "活动取消")
    qtbot.mouseClick(reason.ok_button, Qt.MouseButton.LeftButton)
    assert activities.get_activity(db, centre_db["activity"]).void_reason == "活动取消"
    assert page.model.rowCount() == 0
    page.voided_check.setChecked(True)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert not page.void_button.isEnabled() and not page.edit_button.isEnabled()


def test_counts_tab_lists_members_below_three(qtbot, db: Database,
                                              centre_db: dict[str, int]) -> None:
    for n in range(3):
        activity_id = activities.create_activity(
            db, ActivityInput(f"活动{n}", "体育", f"2024-05-2{n}"), actor=STAFF, today=TODAY)
        activities.add_participants(db, activity_id, [centre_db["李四"]], actor=STAFF,
                                    today=TODAY)
    page = _page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    assert counts_shown(page) == {"李四": 3, "王五": 0, "张三": 0}
    assert page.count_summary.text() == "2024 年：共 3 名会员，2 人参加文体活动不足三次"
    qtbot.mouseClick(page.below_check, Qt.MouseButton.LeftButton)
    assert counts_shown(page) == {"王五": 0, "张三": 0}
    assert page.count_model.index(0, 2).data() == "不足三次"


def test_the_kiosk_account_can_only_look(qtbot, db: Database,
                                         centre_db: dict[str, int]) -> None:
    page = _page(qtbot, db, KIOSK)
    assert not page.add_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert not page.participants_button.isEnabled()
    assert page.make_participants_dialog() is None
    page.add_activity()  # does nothing
    assert page.findChildren(ActivityDialog) == []


def test_double_click_opens_participants(qtbot, db: Database,
                                         centre_db: dict[str, int]) -> None:
    page = _page(qtbot, db)
    page._open_participants(page.model.index(0, 0))
    dialogs = page.findChildren(ParticipantsDialog)
    assert len(dialogs) == 1 and dialogs[0].activity_id == centre_db["activity"]
    dialogs[0].close()
    page._open_participants(QModelIndex())  # no row: nothing opens
    assert len(page.findChildren(ParticipantsDialog)) == 1


def test_columns_fit_their_content_and_the_status_stays_narrow(
        qtbot, db: Database, centre_db: dict[str, int]) -> None:
    activities.create_activity(db, ActivityInput(
        "春节联欢会", "文化", "2024-02-01", place="西城区残疾人文体活动中心多功能厅",
        organiser="西城区残联文体部"), actor=STAFF, today=TODAY)
    db.clock = FixedClock(TODAY)
    page = ActivitiesPage(db, STAFF)
    qtbot.addWidget(page)
    page.resize(1366, 768)  # the staff member's screen
    page.show()
    table, model = page.table, page.model

    def cut_off() -> list[str]:
        # A cell narrower than its text's size hint is drawn with "…".
        return [model.index(r, c).data() for r in range(model.rowCount())
                for c in range(model.columnCount())
                if table.columnWidth(c) < table.sizeHintForIndex(model.index(r, c)).width()]

    assert cut_off() == []
    # The room left over goes to the title and the place, not to the short status.
    status = table.columnWidth(6)
    assert status < table.viewport().width() / 8
    assert status < table.columnWidth(1) and status < table.columnWidth(3)
    # A new activity with a longer place, and a smaller window: still nothing cut off.
    activities.create_activity(db, ActivityInput(
        "助残日", "体育", "2024-05-19", place="广安门内街道残疾人温馨家园二楼活动室"),
        actor=STAFF, today=TODAY)
    page.reload()
    page.resize(1024, 600)
    qtbot.waitUntil(lambda: table.viewport().width() < 1000)
    assert cut_off() == []
