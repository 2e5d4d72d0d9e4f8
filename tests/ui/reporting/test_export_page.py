"""The monthly report page driven as staff would: preview, validation list, export."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.excel.reporting.monthly_workbook import meta_checksum
from desktop.models.admin import centre
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.errors import WarmHomeError
from desktop.models.people import people
from desktop.models.reporting import workbook_options
from desktop.ui.reporting.export_page import ExportPage
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import ADMIN, STAFF, make_id_number, make_person_input, not_none
from tests.ui.conftest import unnamed_interactive_widgets

TODAY = date(2024, 6, 10)
NOW = datetime(2024, 6, 1, 12)


@pytest.fixture
def month_db(db: Database) -> Database:
    """Two members; 张三 signed in on two days of May 2024, one without a sign-out."""
    centre.save_profile(db, centre.CentreProfile(name="测试温馨家园", code="XC-T-01",
                                                 district="西城区", street="月坛"), actor=ADMIN)
    zhang = people.create_person(db, make_person_input(
        name="张三", id_number=make_id_number(seq=1), joined_on="2024-01-10"),
        actor=STAFF, today=TODAY)
    people.create_person(db, make_person_input(
        name="李四", id_number=make_id_number(seq=2, male=False), card_number="WH000002",
        joined_on="2024-05-03"), actor=STAFF, today=TODAY)
    attendance.staff_sign_in(db, zhang, datetime(2024, 5, 6, 9), datetime(2024, 5, 6, 15),
                             actor=STAFF, reason="补签", now=NOW)
    attendance.staff_sign_in(db, zhang, datetime(2024, 5, 7, 9), None,
                             actor=STAFF, reason="补签", now=NOW)
    return db


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def _page(qtbot, db: Database, ui_settings: UiSettings, folder: Path | None = None,
          actor: Actor = STAFF) -> ExportPage:
    db.clock = FixedClock(TODAY)
    page = ExportPage(db, actor, ui_settings)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.set_month("2024-05")
    if folder is not None:
        page.folder_edit.setText(str(folder))
    return page


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_models_pass_the_qt_model_tester(qtmodeltester, qtbot, month_db: Database,
                                         ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    qtmodeltester.check(page.summary)
    qtmodeltester.check(page.findings)


def test_preview_shows_the_months_figures(qtbot, month_db: Database,
                                          ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    rows = {r[0]: r for r in _cells(page.summary)}
    members = month_db.scalar("SELECT count(*) FROM member")
    sign_ins = month_db.scalar("SELECT count(*) FROM sign_in WHERE day LIKE '2024-05-%'"
                               " AND voided_at IS NULL")
    assert rows["在册会员"][1:] == ["人", str(members), "1", str(members)]
    assert rows["签到人次"][2] == str(sign_ins) == "2"
    assert rows["签到人次"][3] == "0"
    headers = [page.summary.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.summary.columnCount())]
    assert headers == ["指标", "单位", "本月", "上月", "本年累计"]


def test_warnings_are_listed_and_do_not_block(qtbot, month_db: Database,
                                              ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    findings = _cells(page.findings)
    assert ["⚠ 警告", "1", "1 条往日签到没有签退记录"] in findings
    assert "1 个警告" in page.check_label.text() or "个警告" in page.check_label.text()
    assert page.export_button.isEnabled()


def test_export_writes_the_standard_file_and_remembers_the_folder(
        qtbot, month_db: Database, ui_settings: UiSettings, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    page = _page(qtbot, month_db, ui_settings, folder)
    assert page.name_label.text() == "文件名：西城区_月坛_XC-T-01_2024-05_v1.xlsx"
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    path = folder / "西城区_月坛_XC-T-01_2024-05_v1.xlsx"
    assert signal.args == [str(path)]
    assert "已导出第 1 版" in page.status_label.text() and str(path) in page.status_label.text()
    assert page.open_folder_button.isEnabled()
    assert ui_settings.export_folder == str(folder)
    workbook = load_workbook(path)
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert meta["generated_by"] == "staff" and meta["period"] == "2024-05"
    assert meta_checksum(workbook, meta) == meta["sha256"]


def test_the_attendance_matrix_box_is_the_centres_setting_and_shapes_the_export(
        qtbot, month_db: Database, ui_settings: UiSettings, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    page = _page(qtbot, month_db, ui_settings, folder)
    assert page.matrix_check.isChecked()  # included unless the centre says otherwise
    assert page.matrix_check.accessibleName() == "月报包含考勤明细"
    page.matrix_check.setFocus()
    qtbot.keyClick(page.matrix_check, Qt.Key.Key_Space)
    assert not page.matrix_check.isChecked()
    assert not workbook_options.includes_attendance_matrix(month_db)
    with qtbot.waitSignal(page.exported) as signal:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    workbook = load_workbook(signal.args[0])
    meta = {row[0]: row[1] for row in workbook["_meta"].iter_rows(min_row=2, values_only=True)}
    assert "考勤明细" not in workbook.sheetnames
    assert meta["hashed_sheets"] == (
        "汇总,活动明细,补助明细,日间照料,志愿服务,希联圆梦,职业培训,校验")
    assert meta_checksum(workbook, meta) == meta["sha256"]
    # A page opened later shows the stored choice.
    assert not _page(qtbot, month_db, ui_settings).matrix_check.isChecked()


def test_a_kiosk_account_cannot_change_the_matrix_choice(qtbot, month_db: Database,
                                                          ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings, actor=Actor("kiosk", Role.KIOSK))
    assert not page.matrix_check.isEnabled()
    page.matrix_check.setChecked(False)  # even if the box were ticked off somehow
    assert page.matrix_check.isChecked() and "没有权限" in page.status_label.text()
    assert workbook_options.includes_attendance_matrix(month_db)


def test_a_future_record_blocks_the_export(qtbot, month_db: Database,
                                           ui_settings: UiSettings, tmp_path: Path) -> None:
    with month_db.transaction():
        month_db.execute("INSERT INTO sign_in (person_id, day, signed_in_at, method,"
                         " recorded_by, created_at) VALUES (1, '2024-06-20',"
                         " '2024-06-20T09:00:00', 'staff', 'x', '2024-06-01T00:00:00')")
    page = _page(qtbot, month_db, ui_settings, tmp_path)
    page.set_month("2024-06")
    assert not page.export_button.isEnabled()
    assert "1 个错误" in page.check_label.text()
    assert _cells(page.findings)[0][0] == "✖ 错误"
    # Even when asked directly (a stale button), nothing is written and the reason is shown.
    assert page.export() is None
    assert "未导出" in page.status_label.text()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_a_missing_folder_is_refused(qtbot, month_db: Database, ui_settings: UiSettings,
                                     tmp_path: Path) -> None:
    page = _page(qtbot, month_db, ui_settings, tmp_path / "gone")
    assert page.export() is None
    assert page.status_label.text() == "⚠ 文件夹不存在，请重新选择"
    assert not (tmp_path / "gone").exists()
    assert ui_settings.export_folder == ""


def test_the_current_month_is_the_latest_choice(qtbot, month_db: Database,
                                                ui_settings: UiSettings) -> None:
    month_db.clock = FixedClock(TODAY)
    page = ExportPage(month_db, STAFF, ui_settings)
    qtbot.addWidget(page)
    # The month just ended is offered first; the future cannot be chosen.
    assert page.month() == "2024-05"
    page.set_month("2024-09")
    assert page.month() == "2024-06"


def test_an_account_without_rights_cannot_export(qtbot, month_db: Database,
                                                 ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings, actor=Actor("kiosk", Role.KIOSK))
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == "这个账户不能导出月报"


def test_every_control_is_named_and_reachable(qtbot, month_db: Database,
                                              ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    assert unnamed_interactive_widgets(page) == []
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.month_edit.setFocus()
    order: list[QWidget] = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        assert widget is not None
        # Tab first walks the date's sections (year, month), then leaves it.
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for wanted in (page.summary_table, page.findings_table, page.folder_edit,
                   page.browse_button, page.matrix_check, page.export_button):
        assert wanted in order, wanted.accessibleName()


# -- submitting (closing) and reopening ------------------------------------------------------
def _submissions(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM month_report WHERE kind = 'submission'"))


def test_closing_before_an_export_is_refused_and_writes_nothing(
        qtbot, month_db: Database, ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    panel = page.close_panel
    assert panel.state_label.text() == "未报送。先导出月报，再报送并关账。"
    assert panel.close_month() is None
    assert "先导出本月报表再报送" in panel.result_label.text()
    assert panel.result_label.text().startswith("⚠")
    assert _submissions(month_db) == 0
    assert month_db.scalar("SELECT count(*) FROM month_state WHERE closed = 1") == 0


def test_export_close_reopen_and_export_revision_two(
        qtbot, month_db: Database, ui_settings: UiSettings, tmp_path: Path) -> None:
    page = _page(qtbot, month_db, ui_settings, tmp_path, actor=ADMIN)
    panel = page.close_panel
    first = page.export()
    assert first is not None and first.name.endswith("_2024-05_v1.xlsx")
    assert "第 1 版已于" in panel.state_label.text()
    # Submitting asks first; the answer closes the month.
    box = panel.make_close_confirmation()
    assert "报送 2024-05 第 1 版月报并关账" in box.text()
    box.accept()
    assert panel.state_label.text().startswith("已报送关账：第 1 版")
    assert not panel.close_button.isEnabled() and panel.reopen_button.isEnabled()
    [row] = panel.log_rows()
    assert row[:2] == ["2024-05", "1"] and row[3] == "admin" and row[4] == first.name
    assert row[5] == hashlib.sha256(first.read_bytes()).hexdigest()
    # A closed month's records are read-only, whichever page tries.
    with pytest.raises(WarmHomeError, match="已报送关账"):
        attendance.void_sign_in(month_db, 1, actor=STAFF, reason="误签")
    # Reopening needs a reason.
    dialog = panel.make_reopen_dialog()
    assert not dialog.ok_button.isEnabled()
    assert "第 2 版" in not_none(dialog.findChild(QLabel)).text()
    dialog.reason_edit.setText("区残联要求更正签到")
    dialog.accept()
    assert "已重新开账" in panel.state_label.text() and "区残联要求更正签到" in \
        panel.state_label.text()
    assert page.name_label.text().endswith("_2024-05_v2.xlsx")
    attendance.void_sign_in(month_db, 1, actor=STAFF, reason="误签")
    page.refresh()
    second = page.export()
    assert second is not None and second.name.endswith("_2024-05_v2.xlsx")
    changes = load_workbook(second)["变更"]
    described = [str(c) for row in changes.iter_rows(min_row=2, values_only=True) for c in row]
    assert any("区残联要求更正签到" in text for text in described)
    assert any("误签" in text for text in described)


def test_staff_may_submit_but_not_reopen(qtbot, month_db: Database, ui_settings: UiSettings,
                                         tmp_path: Path) -> None:
    page = _page(qtbot, month_db, ui_settings, tmp_path)
    assert page.export() is not None
    assert page.close_panel.close_month() is not None
    assert not page.close_panel.reopen_button.isEnabled()
    assert page.close_panel.reopen_button.toolTip() == "只有管理员可以重新开账"
    # Even asked directly, the models refuse and nothing changes.
    assert page.close_panel.reopen_month("想改") is False
    assert page.close_panel.result_label.text().startswith("⚠")
    assert month_db.scalar("SELECT closed FROM month_state WHERE month = '2024-05'") == 1


def test_a_narrow_page_puts_export_and_submission_below_the_figures(
        qtbot, month_db: Database, ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    page.resize(1400, 800)
    qtbot.waitUntil(lambda: page.sides.orientation() == Qt.Orientation.Horizontal)
    # A 1024-px screen, or large text: side by side would squeeze the figures off the page.
    page.resize(760, 800)
    qtbot.waitUntil(lambda: page.sides.orientation() == Qt.Orientation.Vertical)


def test_a_centre_without_a_code_cannot_export(qtbot, month_db: Database,
                                               ui_settings: UiSettings,
                                               tmp_path: Path) -> None:
    # A profile saved before the code was asked for (saving a blank code is refused now).
    with month_db.transaction():
        month_db.execute("UPDATE setting SET value = '' WHERE key = 'centre.code'")
    page = _page(qtbot, month_db, ui_settings, tmp_path)
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == "请先在 设置 中填写中心编码"
    assert page.status_label.text() == "⚠ 请先在 设置 中填写中心编码"
    # Even when asked directly, the export refuses and writes nothing.
    assert page.export() is None
    assert page.status_label.text() == "⚠ 请先在 设置 中填写中心编码"
    assert list(tmp_path.glob("*.xlsx")) == []
    assert month_db.scalar("SELECT count(*) FROM month_report") == 0
    # Filled in on the settings page meanwhile: coming back, the page may export.
    profile = centre.load_profile(month_db)
    profile.code = "XC-T-01"
    centre.save_profile(month_db, profile, actor=ADMIN)
    page.refresh()
    assert page.export_button.isEnabled() and page.status_label.text() == ""
    assert page.export() is not None


def test_a_closed_month_is_never_exported_over_the_submitted_file(
        qtbot, month_db: Database, ui_settings: UiSettings, tmp_path: Path) -> None:
    page = _page(qtbot, month_db, ui_settings, tmp_path)
    first = page.export()
    assert first is not None and page.close_panel.close_month() is not None
    submitted = first.read_bytes()
    exports = month_db.scalar("SELECT count(*) FROM month_report WHERE kind = 'export'")
    assert page.export() is None
    assert page.status_label.text() == f"⚠ 文件已存在，未覆盖：{first}"
    assert first.read_bytes() == submitted
    assert month_db.scalar("SELECT count(*) FROM month_report WHERE kind = 'export'") == exports


def test_a_page_left_open_into_a_new_month_offers_that_month(
        qtbot, month_db: Database, ui_settings: UiSettings) -> None:
    page = _page(qtbot, month_db, ui_settings)
    month_db.clock = FixedClock(date(2024, 7, 2))  # the app stayed open over the month's end
    page.refresh()
    page.set_month("2024-07")
    assert page.month() == "2024-07"


def test_submitting_a_file_changed_after_the_export_is_refused_on_the_page(
        qtbot, month_db: Database, ui_settings: UiSettings, tmp_path: Path) -> None:
    page = _page(qtbot, month_db, ui_settings, tmp_path)
    exported = page.export()
    assert exported is not None
    exported.write_bytes(exported.read_bytes() + b"saved again in Excel")
    assert page.close_panel.close_month() is None
    assert page.close_panel.result_label.text() == (
        f"⚠ 文件 {exported} 与导出时不同（SHA-256 不一致，可能在 Excel 中打开后保存过或被替换了），"
        "未报送；请重新导出后再报送")
    assert page.close_panel.log_rows() == []
    assert "未报送" in page.close_panel.state_label.text()
    # Exported again, the file and the log agree and 报送 goes through with its hash.
    again = page.export()
    assert again == exported
    assert page.close_panel.close_month() is not None
    [row] = page.close_panel.log_rows()
    assert row[-1] == hashlib.sha256(exported.read_bytes()).hexdigest()
