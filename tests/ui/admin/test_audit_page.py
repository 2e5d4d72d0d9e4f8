"""The audit page driven as an administrator would: filters, export, verification."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from desktop.excel.admin.audit_export import SHEET_TITLE
from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.admin import audit, centre
from desktop.models.admin.audit_query import AuditQuery, search_ids
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import PermissionDenied
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.demo import demo
from desktop.ui.admin.audit_model import COLUMNS, AuditTableModel
from desktop.ui.admin.audit_page import AuditPage
from tests.audit_forgery import forge
from tests.conftest import ADMIN, STAFF, make_person_input
from tests.ui.conftest import CJK, mnemonics, type_text, unnamed_interactive_widgets

# (time, user, action, table, record id)
ENTRIES = [
    ("2024-05-30T08:00:00", "staff", "create", "person", 1),
    ("2024-05-31T09:00:00", "staff", "update", "person", 1),
    ("2024-06-01T10:00:00", "admin", "create", "user_account", 2),
    ("2024-06-01T11:00:00", "李老师", "archive", "person", 12),
    ("2024-06-02T12:00:00", "admin", "update", "setting", None),
]


@pytest.fixture
def logged_db(db: Database) -> Database:
    """ENTRIES written through audit.record at their own times by the database's clock (ids
    1–5); the clock is the computer's again afterwards."""
    system = db.clock
    for at, actor, action, table, record_id in ENTRIES:
        db.clock = FixedClock(datetime.fromisoformat(at))
        with db.transaction():
            audit.record(db, actor=actor, action=action, table=table, record_id=record_id,
                         after={"name": "张三"}, reason="迁出" if action == "archive" else None)
    db.clock = system
    return db


def _page(qtbot, db: Database) -> AuditPage:
    page = AuditPage(db, ADMIN)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def shown_ids(page: AuditPage) -> list[int | None]:
    return [page.model.entry_id(row) for row in range(page.model.rowCount())]


def test_audit_model_passes_qt_model_tester(qtmodeltester, db: Database) -> None:
    demo.generate(db, demo.DemoOptions(members=20, today=date(2024, 6, 1)))
    model = AuditTableModel(db, ADMIN)
    model.set_query(AuditQuery())
    assert model.rowCount() > 20
    qtmodeltester.check(model)
    model.set_query(AuditQuery(table="person", newest_first=False))
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_model_fetches_rows_on_demand(db: Database) -> None:
    demo.generate(db, demo.DemoOptions(members=40, today=date(2024, 6, 1)))
    model = AuditTableModel(db, ADMIN)
    model.set_query(AuditQuery())
    assert model.rowCount() == len(search_ids(db, ADMIN, AuditQuery()))
    assert len(model._cache) == 0  # nothing fetched until asked
    assert model.index(0, 2).data() == "demo"
    assert 0 < len(model._cache) <= 200


def test_page_shows_the_log_newest_first(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    assert shown_ids(page) == [5, 4, 3, 2, 1]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers == [column.header() for column in COLUMNS]
    row = [page.model.index(1, c).data() for c in range(page.model.columnCount())]
    assert row == ["4", "2024-06-01 11:00:00", "李老师", "归档", "人员", "12", "",
                   "姓名：张三", "迁出"]
    assert page.count_label.text() == "共 5 条"
    header = page.table.horizontalHeader()
    header.sectionClicked.emit(1)
    assert shown_ids(page) == [1, 2, 3, 4, 5]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1, Qt.SortOrder.AscendingOrder)
    header.sectionClicked.emit(2)  # users are not an order: nothing moves
    assert shown_ids(page) == [1, 2, 3, 4, 5]
    assert header.sortIndicatorSection() == 1


def test_filters_through_the_widgets(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    users = [page.actor_filter.itemText(i) for i in range(page.actor_filter.count())]
    assert users == ["全部", "admin", "staff", "李老师"]
    tables = [page.table_filter.itemText(i) for i in range(page.table_filter.count())]
    assert tables == ["全部", "人员", "设置", "账户"]

    page.actor_filter.setCurrentIndex(page.actor_filter.findText("staff"))
    assert shown_ids(page) == [2, 1]
    page.clear_filters()

    page.table_filter.setCurrentIndex(page.table_filter.findText("人员"))
    assert shown_ids(page) == [4, 2, 1]
    page.record_edit.setFocus()
    type_text(qtbot, page.record_edit, "12")
    assert shown_ids(page) == [4]
    page.record_edit.clear()
    type_text(qtbot, page.record_edit, "x")  # only digits are accepted
    assert page.record_edit.text() == ""
    page.clear_filters()

    page.from_edit.setDate(QDate(2024, 5, 31))
    assert shown_ids(page) == [5, 4, 3, 2, 1]  # the date is ignored until ticked
    qtbot.mouseClick(page.from_check, Qt.MouseButton.LeftButton)
    assert page.from_edit.isEnabled()
    page.to_edit.setDate(QDate(2024, 6, 1))
    page.to_check.setChecked(True)
    assert shown_ids(page) == [4, 3, 2]
    assert page.count_label.text() == "共 3 条"
    page.clear_filters()
    assert shown_ids(page) == [5, 4, 3, 2, 1]
    assert not page.from_edit.isEnabled()


def test_a_chinese_user_name_filters_the_log(qtbot,
                                                              logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    page.actor_filter.setCurrentIndex(page.actor_filter.findText("李老师"))
    assert shown_ids(page) == [4]
    assert page.model.index(0, 2).data() == "李老师"


def test_an_impossible_date_range_is_explained(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    page.from_edit.setDate(QDate(2024, 6, 2))
    page.to_edit.setDate(QDate(2024, 6, 1))
    page.from_check.setChecked(True)
    page.to_check.setChecked(True)
    assert page.model.rowCount() == 0
    assert "结束日期不能早于开始日期" in page.status_label.text()
    assert page.status_label.text().startswith("⚠")
    page.to_edit.setDate(QDate(2024, 6, 3))
    assert shown_ids(page) == [5]
    assert page.status_label.text() == ""


def test_new_entries_appear_when_the_page_is_shown_again(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    page.hide()
    with logged_db.transaction():
        audit.record(logged_db, actor="王主任", action="reveal", table="person", record_id=3)
    page.show()
    assert shown_ids(page) == [6, 5, 4, 3, 2, 1]
    assert page.actor_filter.findText("王主任") > 0


def test_export_through_the_page(qtbot, logged_db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, logged_db)
    page.table_filter.setCurrentIndex(page.table_filter.findText("人员"))
    assert page.export_to(tmp_path / "人员日志") == 3
    target = tmp_path / "人员日志.xlsx"
    workbook = load_workbook(target)
    rows = list(workbook[SHEET_TITLE].values)
    workbook.close()
    # Rows 1–2 are the title and the filters; the headers are in row 3.
    assert [r[0] for r in rows[3:]] == [4, 2, 1]
    assert "已导出 3 条记录" in page.status_label.text()
    assert str(target) in page.status_label.text()


def test_a_failed_export_is_explained_and_leaves_no_file(qtbot, logged_db: Database,
                                                         tmp_path: Path) -> None:
    page = _page(qtbot, logged_db)
    (tmp_path / "taken.xlsx").mkdir()
    assert page.export_to(tmp_path / "taken.xlsx") is None
    box = next(w for w in page.findChildren(QMessageBox))
    qtbot.waitUntil(box.isVisible)
    assert "导出失败" in box.text()
    assert page.status_label.text().startswith("⚠")
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert not any((tmp_path / "taken.xlsx").iterdir())


def test_verify_through_the_page(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "✓ 操作日志完整：共 5 条记录，哈希链校验通过"
    assert not page.findChildren(QMessageBox)


def test_verify_through_the_page_reports_tampering(qtbot, logged_db: Database) -> None:
    # Tamper through a second connection, as another program would.
    conn = sqlite3.connect(logged_db.path)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET actor = 'staff' WHERE id = 3")
    conn.commit()
    conn.close()
    page = _page(qtbot, logged_db)
    result = page.run_verify()
    assert (result.ok, result.entry_id) == (False, 3)
    box = next(w for w in page.findChildren(QMessageBox))
    qtbot.waitUntil(box.isVisible)
    assert "编号 3" in box.text()
    assert "编号 3" in page.status_label.text()
    box.button(QMessageBox.StandardButton.Ok).click()


def test_every_control_has_an_accessible_name(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    assert unnamed_interactive_widgets(page) == []


def test_the_page_is_usable_from_the_keyboard(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    page.from_check.setFocus()
    order: list[QWidget] = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in order:
            break
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for wanted in (page.from_check, page.to_check, page.actor_filter, page.table_filter,
                   page.record_edit, page.table, page.export_button, page.verify_button):
        assert wanted in order, wanted.accessibleName()
    # Space ticks the date filter that has the focus.
    page.from_check.setFocus()
    qtbot.keyClick(page.from_check, Qt.Key.Key_Space)
    assert page.from_check.isChecked() and page.from_edit.isEnabled()


def test_staff_cannot_open_the_page(qtbot, logged_db: Database) -> None:
    with pytest.raises(PermissionDenied, match="查看操作日志"):
        AuditPage(logged_db, STAFF)


@pytest.mark.usefixtures("english")
def test_the_page_shows_english_with_distinct_shortcuts(qtbot, logged_db: Database) -> None:
    page = _page(qtbot, logged_db)
    assert page.export_button.text() == "E&xport to Excel…"
    assert page.table_filter.itemText(0) == "All"
    assert page.table_filter.itemText(1) == "People"
    assert page.model.index(1, 3).data() == "Archive"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert not [h for h in headers if CJK.search(h)]
    seen: dict[str, str] = {}
    for widget in page.findChildren(QWidget):
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or \
                isinstance(widget, QAbstractButton):
            assert not CJK.search(widget.text()), widget.text()
            for letter in mnemonics(widget.text()):
                assert seen.setdefault(letter, widget.text()) == widget.text()
    assert len(seen) == 10  # 核对月报锚点(&A) added (issue 18)


def test_every_action_and_table_the_models_log_has_a_name_on_the_page() -> None:
    # The export and the CLI name them from audit_query; the page must not show raw codes.
    from desktop.models.admin.audit_fields import table_names
    from desktop.models.admin.audit_query import ACTION_NAMES
    from desktop.ui.admin.audit_model import action_label, table_label

    assert {code: action_label(code) for code in ACTION_NAMES} == ACTION_NAMES
    assert {code: table_label(code) for code in table_names()} == table_names()


def _change_cells(page: AuditPage, entry_id: int) -> tuple[str, str]:
    row = next(r for r in range(page.model.rowCount()) if page.model.entry_id(r) == entry_id)
    return page.model.index(row, 6).data(), page.model.index(row, 7).data()


def test_changes_are_shown_with_field_names_and_readable_values(qtbot, db: Database) -> None:
    from desktop.models.people import people
    from desktop.models.subsidy import subsidy

    pid = people.create_person(db, make_person_input(notes=""), actor=STAFF)
    edited = people.load_person(db, pid)
    edited.phone = "13900001111"
    edited.left_on = "2024-05-31"
    people.update_person(db, pid, edited, actor=STAFF, today=date(2024, 6, 1))
    subsidy.save_settings(db, subsidy.SubsidySettings(4000), actor=ADMIN,
                          effective_from=subsidy.BEGINNING)
    subsidy.save_settings(db, subsidy.SubsidySettings(4550, 120), actor=ADMIN,
                          effective_from="2024-06", today=date(2024, 6, 1))
    page = _page(qtbot, db)
    before, after = _change_cells(page, 1)  # the person registered
    assert before == ""
    assert after.startswith("姓名：张三；性别：男；出生日期：1980-05-17；身份证号：110102********")
    assert "住址：（已填写，不显示）" in after and "残疾人会员：是" in after
    assert "备注" not in after  # empty fields of a new record are left out
    # An edit shows what it changed, with the name that says whose record it was.
    assert _change_cells(page, 2) == ("姓名：张三；联系电话：138****5678；离开日期：（空）",
                                      "姓名：张三；联系电话：139****1111；离开日期：2024-05-31")
    # The subsidy rate: months in words, money in yuan, minutes with their unit.
    assert _change_cells(page, 3) == (
        "", "执行起始月份：最初设定（适用于所有月份）；每日补助标准：40.00 元；"
            "最短停留时间：不限（有效签到即计入）")
    assert _change_cells(page, 4)[1] == ("执行起始月份：2024-06；每日补助标准：45.50 元；"
                                         "最短停留时间：120 分钟")
    cells = [text for r in range(page.model.rowCount()) for text in _change_cells(
        page, page.model.entry_id(r) or 0)]
    for raw in ("birth_date", "address", "effective_from", "0000-01", ": ", "_fen", "True"):
        assert not [text for text in cells if raw in text], raw


def test_every_field_the_models_log_has_a_name_on_the_page() -> None:
    # The export names them from audit_fields; the page must not show raw keys either.
    from desktop.models.admin.audit_fields import field_names, table_field_names
    from desktop.ui.admin.audit_values import field_label

    assert {key: field_label("", key) for key in field_names()} == field_names()
    for table, names in table_field_names().items():
        assert {key: field_label(table, key) for key in names} == names


def test_anchors_through_the_page(qtbot, db: Database, tmp_path: Path) -> None:
    centre.save_profile(db, CentreProfile(name="月坛温馨家园", code="XC-YT-01", street="月坛"),
                        actor=ADMIN)
    sent = export_monthly_workbook(db, "2026-10", tmp_path, generated_by="admin",
                                   today=date(2026, 11, 20)).path
    page = _page(qtbot, db)
    assert page.anchor_button.accessibleName()
    checks = page.verify_anchors([sent])
    assert [c.ok for c in checks] == [True]
    assert page.status_label.text() == "✓ 操作日志与 1 个月报中的锚点一致，导出后未被改写"
    assert not page.findChildren(QMessageBox)
    # Someone rewrites an entry before the export and recomputes every hash.
    forge(db.path, "UPDATE audit_log SET actor = 'nobody' WHERE id = 1")
    assert audit.verify(db).ok
    checks = page.verify_anchors([sent])
    assert [c.ok for c in checks] == [False]
    box = next(w for w in page.findChildren(QMessageBox))
    qtbot.waitUntil(box.isVisible)
    assert "被改写（哈希被重新计算过）" in box.text()
    assert page.status_label.text().startswith(f"⚠ {sent.name}：操作日志第 ")
    box.button(QMessageBox.StandardButton.Ok).click()
