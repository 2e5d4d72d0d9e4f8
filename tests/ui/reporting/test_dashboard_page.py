"""The home page (首页) as staff see it: the figures, a live today count, the chart and its
table, the goal, alerts that open pages, and the first place in the main window."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.admin import backup
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.reporting.dashboard import TrendPoint
from desktop.ui.admin.settings_page import SettingsPage
from desktop.ui.people.people_page import PeoplePage
from desktop.ui.reporting.dashboard_page import DashboardPage
from desktop.ui.reporting.dashboard_trend import TrendTableModel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.theme import apply_theme
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input, not_none
from tests.ui.conftest import unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)
TODAY = date(2024, 3, 15)
NOW = datetime(2024, 3, 15, 16, 0)


@pytest.fixture
def centre_db(db: Database) -> Database:
    """Four members: two signed in today, one on 1 March, one last month; one activity."""
    ids = [people.create_person(db, make_person_input(
        name=f"会员{n}", id_number=make_id_number(seq=n), card_number=f"WH{n:06d}"),
        actor=STAFF, today=TODAY) for n in range(1, 5)]
    for person_id, day in ((ids[0], 15), (ids[1], 15), (ids[0], 1)):
        attendance.staff_sign_in(db, person_id, datetime(2024, 3, day, 9),
                                 datetime(2024, 3, day, 15), actor=STAFF, reason="补签", now=NOW)
    attendance.staff_sign_in(db, ids[2], datetime(2024, 2, 2, 9), datetime(2024, 2, 2, 15),
                             actor=STAFF, reason="补签", now=NOW)
    activity_id = activities.create_activity(db, ActivityInput("书法", "文化", "2024-03-01"),
                                             actor=STAFF, today=TODAY)
    activities.add_participants(db, activity_id, ids[:2], actor=STAFF, today=TODAY)
    return db


def shown_page(qtbot, db: Database) -> DashboardPage:
    db.clock = FixedClock(NOW)
    page = DashboardPage(db, STAFF)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    return page


def member_id(db: Database, n: int) -> int:
    return int(db.scalar("SELECT person_id FROM member WHERE card_number = ?", (f"WH{n:06d}",)))


def test_page_shows_the_figures(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)
    assert page.today_card.number_label.text() == "2"
    assert page.today_card.detail_label.text() == "2024-03-15：2 人次，2 人"
    # This month so far: 3 sign-ins by 2 members; February to the 15th: 1 by 1.
    cells = page.month_card.cells
    assert [cells["sign_ins"][0].text(), cells["sign_ins"][2].text()] == ["3", "1"]
    assert page.month_card.change_text("sign_ins") == "比上月同期 +2"
    assert page.month_card.change_text("members") == "比上月同期 +1"
    assert page.month_card.change_text("activities") == "比上月同期 +1"
    assert page.month_card.change_text("participants") == "比上月同期 +2"
    assert page.goal_panel.bar.format() == "已达成 0 / 4 人 (0%)"
    assert "参加 1–2 次 2 人，尚未参加 2 人" in page.goal_panel.detail_label.text()
    assert page.title_label.text() == "<b>2024-03-15</b> 的概况"


def test_change_is_said_in_words_when_it_falls(qtbot, db: Database) -> None:
    person = people.create_person(db, make_person_input(), actor=STAFF, today=TODAY)
    attendance.staff_sign_in(db, person, datetime(2024, 2, 5, 9), actor=STAFF, reason="补签",
                             now=NOW)
    page = shown_page(qtbot, db)
    assert page.month_card.change_text("sign_ins") == "比上月同期 -1"
    assert page.month_card.change_text("activities") == "比上月同期 ±0"


def test_today_count_follows_sign_ins_while_shown(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)
    page.poll_timer.setInterval(20)
    assert page.poll_timer.isActive()
    attendance.kiosk_sign_in(centre_db, member_id(centre_db, 3), method="card", actor=KIOSK,
                             now=NOW)
    qtbot.waitUntil(lambda: page.today_card.number_label.text() == "3")
    assert page.today_card.detail_label.text() == "2024-03-15：3 人次，3 人"


def test_hidden_page_does_not_poll(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)
    page.hide()
    assert not page.poll_timer.isActive()
    attendance.kiosk_sign_in(centre_db, member_id(centre_db, 4), method="card", actor=KIOSK,
                             now=NOW)
    page.poll()
    assert page.today_card.number_label.text() == "2"
    page.show()
    qtbot.waitUntil(lambda: page.today_card.number_label.text() == "3")


def test_poll_reads_again_only_after_a_change(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)
    page.poll_timer.stop()
    page.today_card.number_label.setText("unchanged")
    page.poll()  # nothing was written: nothing read
    assert page.today_card.number_label.text() == "unchanged"
    attendance.void_sign_in(centre_db, int(centre_db.scalar(
        "SELECT id FROM sign_in WHERE day = '2024-03-15' ORDER BY id LIMIT 1")),
        actor=STAFF, reason="刷错卡")
    page.poll()
    assert page.today_card.number_label.text() == "1"


def test_chart_with_a_table_alternative(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)
    panel = page.trend_panel
    assert panel.chart_view is not None
    assert panel.stack.currentWidget() is panel.chart_view
    assert panel.chart_view.accessibleName() == "近12个月签到与活动图表"
    assert panel.chart_view.accessibleDescription() == panel.summary()
    assert panel.summary().startswith("2023-04 至 2024-03：签到共 4 人次，开展活动 1 次")
    assert {"月份", "签到人次"} <= set(panel.axis_titles())
    assert panel.model.rowCount() == 12
    panel.toggle_button.click()
    assert panel.stack.currentWidget() is panel.table
    assert panel.toggle_button.text() == "以图表显示(&T)"
    last = panel.model.rowCount() - 1
    assert [panel.model.index(last, c).data() for c in range(3)] == ["2024-03", "3", "1"]
    panel.toggle_button.click()
    assert panel.stack.currentWidget() is panel.chart_view


def test_trend_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = TrendTableModel()
    model.set_points([TrendPoint("2024-01", 5, 1), TrendPoint("2024-02", 0, 0)])
    qtmodeltester.check(model)
    model.set_points([])
    qtmodeltester.check(model)


def test_alert_button_asks_for_its_page(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)  # no backup yet
    alert, label, button = page.alerts_panel.rows[0]
    assert alert.key == "backup.none"
    assert label.text() == "⚠ 错误：还没有成功的备份，请立即备份"
    assert button is not None and button.text() == "打开“设置”"
    with qtbot.waitSignal(page.open_page) as signal:
        button.click()
    assert signal.args == ["settings"]


def test_no_alerts_says_so(qtbot, db: Database) -> None:
    backup.make_backup(db, actor=ADMIN, now=datetime(2024, 3, 15, 8))
    page = shown_page(qtbot, db)
    assert page.alerts_panel.rows == []
    assert page.alerts_panel.empty_label.isVisibleTo(page)
    assert page.alerts_panel.empty_label.text() == "没有需要处理的事项"


def test_every_control_is_named_and_reachable(qtbot, centre_db: Database) -> None:
    page = shown_page(qtbot, centre_db)
    assert unnamed_interactive_widgets(page) == []
    bar = QAccessible.queryAccessibleInterface(page.goal_panel.bar)
    assert bar.text(QAccessible.Text.Name) == "三次文体活动目标进度"
    assert page.goal_panel.bar.accessibleDescription() == "已达成 0 / 4 人 (0%)"
    for button in page.findChildren(QPushButton):
        assert button.focusPolicy() & button.focusPolicy().TabFocus


def test_large_text_enlarges_the_big_number(qtbot, centre_db: Database) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = shown_page(qtbot, centre_db)
    apply_theme(app, 1.0)
    normal = page.today_card.number_label.styleSheet()
    apply_theme(app, 1.5)
    try:
        assert page.today_card.number_label.styleSheet() != normal
        sizes = [int(s.split("font-size: ")[1].split("px")[0])
                 for s in (normal, page.today_card.number_label.styleSheet())]
        assert sizes[1] > sizes[0]
    finally:
        apply_theme(app, 1.0)


def test_home_is_the_first_page_and_alerts_open_pages(qtbot, centre_db: Database,
                                                      ui_settings: UiSettings) -> None:
    window = MainWindow(centre_db, STAFF, ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(0).text() == "首页"
    assert window.nav.currentRow() == 0
    page = window.page("dashboard", DashboardPage)
    assert not_none(window.stack.currentWidget()).isAncestorOf(page)
    qtbot.waitUntil(lambda: page.loaded)
    _alert, _label, button = page.alerts_panel.rows[0]
    assert button is not None
    button.click()
    assert window.nav.currentItem().text() == "设置"
    settings_page = window.page("settings", SettingsPage)
    assert not_none(window.stack.currentWidget()).isAncestorOf(settings_page)
    assert not page.isVisible() and not page.poll_timer.isActive()


def test_a_new_day_reads_every_figure_again(qtbot, centre_db: Database) -> None:
    clock = FixedClock(NOW)
    centre_db.clock = clock
    page = DashboardPage(centre_db, STAFF)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded)
    page.poll_timer.stop()
    clock.set(datetime(2024, 4, 1, 8, 0))
    page.poll()
    assert page.today_card.detail_label.text() == "2024-04-01：0 人次，0 人"
    assert page.month_card.cells["sign_ins"][0].text() == "0"
    assert page.month_card.cells["sign_ins"][2].text() == "3"  # all of March
    assert page.title_label.text() == "<b>2024-04-01</b> 的概况"


def _cell(page: DashboardPage, panel: QWidget) -> tuple[int, int]:
    """(row, column) of a panel in the page's grid."""
    row, column, _rows, _columns = cast(tuple[int, int, int, int],
                                        page.grid.getItemPosition(page.grid.indexOf(panel)))
    return row, column


def test_narrow_page_uses_two_columns(qtbot, centre_db: Database) -> None:
    # As in the main window: in a scroll area, which never squeezes the page below its minimum.
    centre_db.clock = FixedClock(NOW)
    page = DashboardPage(centre_db, STAFF)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(1900, 900)
    area.show()
    qtbot.waitUntil(lambda: page.loaded)
    assert page.wide is True
    assert _cell(page, page.goal_panel) == (0, 2)
    area.resize(700, 900)
    qtbot.waitUntil(lambda: page.wide is False)
    # The alerts come before the chart when there is room for two columns only.
    assert _cell(page, page.alerts_panel) == (1, 1)
    assert _cell(page, page.trend_panel) == (2, 0)
    area.resize(1900, 900)
    qtbot.waitUntil(lambda: page.wide is True)


def test_a_people_alert_opens_the_people_it_is_about(qtbot, db: Database,
                                                    ui_settings: UiSettings) -> None:
    flagged = people.create_person(db, make_person_input(
        name="缺证", id_number=make_id_number(seq=7), cert_number="", card_number="WH000007"),
        actor=STAFF, today=TODAY)
    people.create_person(db, make_person_input(
        name="有证", id_number=make_id_number(seq=8), card_number="WH000008"),
        actor=STAFF, today=TODAY)
    window = MainWindow(db, STAFF, ui_settings)
    qtbot.addWidget(window)
    window.show()
    page = window.page("dashboard", DashboardPage)
    qtbot.waitUntil(lambda: page.loaded)
    [button] = [b for alert, _label, b in page.alerts_panel.rows
                if alert.key == "validation.people.no_certificate"]
    assert button is not None
    button.click()
    assert window.nav.currentItem().text() == "人员登记"
    people_page = window.page("people", PeoplePage)
    assert people_page.problem_filter.currentText() == "缺残疾证号的会员"
    shown = [not_none(people_page.model.row_data(r)).id
             for r in range(people_page.model.rowCount())]
    assert shown == [flagged]
