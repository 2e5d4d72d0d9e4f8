"""The consolidation page driven as district staff would, with real exported workbooks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.models.admin.centre import CentreProfile, save_profile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from desktop.models.reporting.centre_keys import known_keys
from desktop.models.reporting.district import ExpectedCentre, load_expected, save_expected
from desktop.ui.reporting.consolidation_models import ExpectedCentresModel, OutcomeModel
from desktop.ui.reporting.consolidation_page import ConsolidationPage
from tests.conftest import ADMIN, STAFF, count_rows
from tests.excel.reporting.consolidation_helpers import (
    MONTH,
    TODAY,
    CentreDb,
    district_table,
    export,
    make_centres,
)
from tests.ui.conftest import mnemonics, type_text, unnamed_interactive_widgets

KIOSK = Actor("kiosk", Role.KIOSK)


@pytest.fixture(scope="module")
def usb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three centres' workbooks, 月坛 twice (revisions 1 and 2), and a damaged file."""
    centres = make_centres(tmp_path_factory.mktemp("centres"))
    folder = tmp_path_factory.mktemp("usb")
    for centre in centres:
        export(centre, folder)
    export(centres[0], folder, revision=2)
    (folder / "坏文件.xlsx").write_bytes(b"PK\x03\x04 broken")
    return folder


def _page(qtbot, db: Database, actor: Actor = STAFF) -> ConsolidationPage:
    db.clock = FixedClock(TODAY)
    page = ConsolidationPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.set_month(MONTH)
    return page


def _rows(model: OutcomeModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_models_pass_qt_model_tester(qtmodeltester, usb: Path) -> None:
    from desktop.excel.reporting.consolidation import consolidate

    outcomes = OutcomeModel()
    outcomes.set_outcomes(consolidate([usb], MONTH, clock=FixedClock(TODAY)).outcomes)
    qtmodeltester.check(outcomes)
    expected = ExpectedCentresModel()
    expected.set_centres([ExpectedCentre("XC-01", "甲"), ExpectedCentre("XC-02")])
    qtmodeltester.check(expected)


def test_every_control_is_named_and_the_month_starts_at_last_month(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    assert unnamed_interactive_widgets(page) == []
    db.clock = FixedClock(TODAY)
    fresh = ConsolidationPage(db, STAFF)
    qtbot.addWidget(fresh)
    assert fresh.month() == "2026-10"
    assert not page.save_button.isEnabled()


def test_consolidate_a_folder_show_results_and_save(qtbot, db: Database, usb: Path,
                                                    tmp_path: Path) -> None:
    save_expected(db, [ExpectedCentre("XC-YT-01", "月坛温馨家园"),
                       ExpectedCentre("XC-ZL-04", "展览路温馨家园")], actor=ADMIN)
    page = _page(qtbot, db)
    assert page.expected_model.rowCount() == 2
    page.add_paths([usb, usb])  # the same folder twice is listed once
    assert page.input_list.count() == 1
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.result is not None
    rows = {r[0]: r for r in _rows(page.outcomes)}
    assert rows["坏文件.xlsx"][3] == "✗ 未采用" and rows["坏文件.xlsx"][4].startswith("文件已损坏")
    assert [r[3] for r in rows.values()].count("✓ 已采用") == 3
    assert [r[3] for r in rows.values()].count("旧版，未采用") == 1
    assert page.summary_label.text() == f"{MONTH}：采用 3 个文件，未采用 1 个，旧版或重复 1 个"
    lines = page.completeness_label.text().splitlines()
    assert lines[0] == "已报 1/2（50.0%）"
    assert lines[1] == "未报：XC-ZL-04 展览路温馨家园"
    assert lines[2].startswith("名单外：") and "XC-DS-02" in lines[2]
    assert page.save_button.isEnabled()
    written = page.save_to(tmp_path / "区汇总")
    assert written == tmp_path / "区汇总.xlsx" and written.is_file()
    assert page.status_label.text() == f"✓ 已保存到 {written}"
    assert load_workbook(written).sheetnames == ["汇总", "完成情况", "问题", "_meta"]


def test_saving_where_it_cannot_be_written_says_so(qtbot, db: Database, usb: Path,
                                                   tmp_path: Path) -> None:
    page = _page(qtbot, db)
    page.add_paths([usb])
    page.run_consolidation()
    assert page.save_to(tmp_path / "missing" / "out.xlsx") is None
    assert page.status_label.text().startswith("⚠ 导出失败：文件夹")
    assert not (tmp_path / "missing").exists()


def test_nothing_to_read_or_a_future_month(qtbot, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, db)
    assert page.run_consolidation() is None
    assert page.status_label.text() == "⚠ 请先添加月报文件或文件夹"
    (tmp_path / "empty").mkdir()
    page.add_paths([tmp_path / "empty"])
    assert page.run_consolidation() is None
    assert "没有找到要汇总的文件" in page.status_label.text()
    assert not page.save_button.isEnabled()


def test_edit_the_expected_list_from_the_keyboard_and_save(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    qtbot.mouseClick(page.add_centre_button, Qt.MouseButton.LeftButton)
    editor = page.expected_table.focusWidget()
    assert editor is not None and editor is not page.expected_table
    type_text(qtbot, editor, "xc-yt-01")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed text on Return through a queued call.
    qtbot.waitUntil(lambda: page.expected_model.centres() != [])
    # Arrow keys move between cells (Tab leaves the table); F2 edits the cell.
    qtbot.keyClick(page.expected_table, Qt.Key.Key_Right)
    qtbot.keyClick(page.expected_table, Qt.Key.Key_F2)
    name_editor = page.expected_table.focusWidget()
    assert name_editor is not page.expected_table
    type_text(qtbot, name_editor, "月坛温馨家园")
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.expected_model.centres()[0].name != "")
    assert page.expected_model.centres() == [ExpectedCentre("XC-YT-01", "月坛温馨家园", "")]
    assert page.save_expected_list()
    assert load_expected(db) == [ExpectedCentre("XC-YT-01", "月坛温馨家园", "")]
    assert page.list_status.text() == "✓ 名单已保存：1 个中心"
    page.expected_table.setCurrentIndex(page.expected_model.index(0, 0))
    qtbot.mouseClick(page.remove_centre_button, Qt.MouseButton.LeftButton)
    assert page.expected_model.rowCount() == 0
    assert page.save_expected_list() and load_expected(db) == []


def test_a_bad_list_is_not_saved_and_blocks_the_run(qtbot, db: Database, usb: Path) -> None:
    page = _page(qtbot, db)
    for code in ("XC-01", "xc-01"):
        row = page.expected_model.add_row()
        page.expected_model.setData(page.expected_model.index(row, 0), code)
    before = count_rows(db)
    assert not page.save_expected_list()
    assert page.list_status.text() == "⚠ 应报中心名单中的中心编码 XC-01 重复"
    assert count_rows(db) == before
    page.add_paths([usb])
    assert page.run_consolidation() is None and page.result is None


def test_import_the_list_from_a_file(qtbot, db: Database, tmp_path: Path) -> None:
    page = _page(qtbot, db)
    good = tmp_path / "list.csv"
    good.write_text("XC-YT-01,月坛温馨家园,月坛\nXC-DS-02\n", encoding="utf-8")
    assert page.import_expected(good)
    assert page.expected_model.rowCount() == 2
    assert load_expected(db) == []  # imported, not yet saved
    bad = tmp_path / "bad.xlsx"
    bad.write_text("no")
    assert not page.import_expected(bad)
    assert "不是有效的 xlsx 文件" in page.list_status.text()
    assert page.expected_model.rowCount() == 2


def test_an_account_without_settings_rights_cannot_save_the_list(qtbot, db: Database) -> None:
    page = _page(qtbot, db, KIOSK)
    assert not page.save_list_button.isEnabled()
    assert page.list_status.text() == "只有可以修改设置的账户能保存名单"
    assert page.expected_model.index(0, 0, QModelIndex()).isValid() is False


def _mnemonic_clashes(page: ConsolidationPage) -> list[str]:
    seen: dict[str, str] = {}
    clashes: list[str] = []
    for widget in page.findChildren(QWidget):
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or \
                isinstance(widget, QAbstractButton):
            for letter in mnemonics(widget.text()):
                other = seen.setdefault(letter, widget.text())
                if other != widget.text():
                    clashes.append(f"Alt+{letter}: {other!r} and {widget.text()!r}")
    return clashes


@pytest.mark.usefixtures("english")
def test_mnemonics_are_distinct_in_english(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    assert page.run_button.text() == "&Run consolidation"
    assert _mnemonic_clashes(page) == []


def test_mnemonics_are_distinct_in_chinese(qtbot, db: Database) -> None:
    page = _page(qtbot, db)
    assert page.run_button.text() == "开始汇总(&R)"
    assert _mnemonic_clashes(page) == []


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory, usb: Path) -> Path:
    """Only files that cannot count: 德胜's report edited after export, and a damaged file."""
    from tests.excel.reporting.consolidation_helpers import edit_summary

    folder = tmp_path_factory.mktemp("refused")
    desheng = next(p for p in usb.iterdir() if "XC-DS-02" in p.name)
    edited = Path(shutil.copy(desheng, folder / desheng.name))
    edit_summary(edited, "attendance.sign_ins", 9999)
    shutil.copy(usb / "坏文件.xlsx", folder / "坏文件.xlsx")
    return folder


def _run_by_click(qtbot, page: ConsolidationPage) -> None:
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.result is not None


def test_changes_after_a_run_disable_saving_until_it_runs_again(qtbot, db: Database,
                                                                usb: Path,
                                                                tmp_path: Path) -> None:
    page = _page(qtbot, db)
    page.add_paths([usb])
    _run_by_click(qtbot, page)
    assert page.save_button.isEnabled()
    stale = "⚠ 月份、文件或应报中心名单已改变：请重新汇总后再保存"
    # Another month, typed into the month field.
    page.month_edit.setFocus()
    qtbot.keyClick(page.month_edit, Qt.Key.Key_Down)
    assert page.month() != MONTH
    assert not page.save_button.isEnabled() and page.status_label.text() == stale
    assert page.save_to(tmp_path / "stale.xlsx") is None
    page.set_month(MONTH)  # back to what was consolidated: the result fits again
    assert page.save_button.isEnabled() and page.status_label.text() == ""
    # Another input, then removing it again.
    page.add_paths([tmp_path])
    assert not page.save_button.isEnabled()
    page.input_list.setCurrentRow(1)
    qtbot.mouseClick(page.remove_input_button, Qt.MouseButton.LeftButton)
    assert page.inputs() == [usb] and page.save_button.isEnabled()
    # A centre added to the expected list.
    qtbot.mouseClick(page.add_centre_button, Qt.MouseButton.LeftButton)
    editor = page.expected_table.focusWidget()
    type_text(qtbot, editor, "XC-ZL-04")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.expected_model.centres() != [])
    assert not page.save_button.isEnabled() and page.status_label.text() == stale
    assert page.save_to(tmp_path / "stale.xlsx") is None
    assert not (tmp_path / "stale.xlsx").exists()
    # Running again makes it savable, with the new list.
    _run_by_click(qtbot, page)
    assert page.save_button.isEnabled() and page.status_label.text() == ""
    assert "未报：XC-ZL-04" in page.completeness_label.text()
    assert page.save_to(tmp_path / "fresh.xlsx") == tmp_path / "fresh.xlsx"


def test_nothing_accepted_says_so_and_cannot_be_saved(qtbot, db: Database, refused: Path,
                                                      tmp_path: Path) -> None:
    save_expected(db, [ExpectedCentre("XC-DS-02", "德胜温馨家园"),
                       ExpectedCentre("XC-ZL-04", "展览路温馨家园")], actor=ADMIN)
    page = _page(qtbot, db)
    page.add_paths([refused])
    _run_by_click(qtbot, page)
    assert page.status_label.text() == \
        "⚠ 没有可汇总的月报：2 个文件都未采用，不能保存区汇总表"
    assert not page.save_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    assert page.save_to(out / "empty.xlsx") is None
    assert list(out.iterdir()) == []
    # The refused report still says whose it is, and the centre is not counted as reported.
    rows = {r[0]: r for r in _rows(page.outcomes)}
    desheng = next(name for name in rows if "XC-DS-02" in name)
    assert rows[desheng][1:4] == ["XC-DS-02", "1", "✗ 未采用"]
    assert rows["坏文件.xlsx"][1:3] == ["", ""]
    assert page.completeness_label.text().splitlines() == [
        "已报 0/2（0.0%）", "未报：XC-ZL-04 展览路温馨家园",
        "有问题（未采用）：XC-DS-02 德胜温馨家园"]


def test_saving_over_an_input_or_a_foreign_file_is_refused(qtbot, db: Database, usb: Path,
                                                           tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from openpyxl import Workbook

    from desktop.excel.reporting.consolidation import consolidate
    from desktop.excel.reporting.consolidation_output import write_consolidation
    from tests.cli.conftest import digest

    work = tmp_path / "work"
    folder = Path(shutil.copytree(usb, work / "usb"))
    centre = next(p for p in sorted(folder.iterdir()) if "XC-XJK-03" in p.name)
    ledger = work / "台账.xlsx"
    other = Workbook()
    other.active["A1"] = "财务台账"
    other.save(ledger)
    before = {p: digest(p) for p in [*folder.iterdir(), ledger]}
    page = _page(qtbot, db)
    page.add_paths([folder])
    _run_by_click(qtbot, page)
    assert page.result is not None and page.result.count("accepted") == 3
    # Chosen in the save dialog, as district staff would pick it by mistake.
    monkeypatch.setattr("desktop.ui.reporting.consolidation_page.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(centre), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == f"⚠ 导出失败：{centre} 是要汇总的文件之一，" \
        "不能用区汇总表覆盖它；请另选保存位置或文件名"
    assert page.save_to(ledger) is None
    assert page.status_label.text() == f"⚠ 导出失败：{ledger} 已存在，" \
        "且不是本软件生成的区汇总表，未覆盖；请另选文件名"
    assert {p: digest(p) for p in [*folder.iterdir(), ledger]} == before
    assert sorted(p.name for p in work.iterdir()) == ["usb", "台账.xlsx"]
    assert page.save_button.isEnabled()  # another name can still be chosen
    # An earlier district workbook (here of 新街口 alone) is replaced.
    earlier = write_consolidation(consolidate([centre], MONTH, clock=FixedClock(TODAY)),
                                  work / "上次的汇总.xlsx")
    assert page.save_to(earlier) == earlier
    assert page.status_label.text() == f"✓ 已保存到 {earlier}"
    assert list(district_table(earlier)) == ["XC-DS-02", "XC-XJK-03", "XC-YT-01", "合计"]


def test_first_keys_are_registered_with_a_warning_and_then_enforced(
        qtbot, db: Database, usb: Path, tmp_path: Path) -> None:
    page = _page(qtbot, db)
    page.add_paths([usb])
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    register = known_keys(db)
    assert sorted(register) == ["XC-DS-02", "XC-XJK-03", "XC-YT-01"]
    warnings = [line for line in page.completeness_label.text().splitlines()
                if line.startswith("注意：首次收到")]
    assert len(warnings) == 3
    assert warnings[0].endswith(f"已登记其公钥（指纹 {register['XC-DS-02'][0].fingerprint}），"
                                "请与中心核对")
    # From now on the key on file decides: another key for 月坛 is refused, and the page
    # says why.
    other = tmp_path / "other"
    other.mkdir()
    with open_database(tmp_path / "other.db") as centre_db:
        save_profile(centre_db, CentreProfile(name="月坛温馨家园", code="XC-YT-01",
                                              street="月坛"), actor=ADMIN)
    forged = export(CentreDb(tmp_path / "other.db", "XC-YT-01", "月坛温馨家园", "月坛"), other)
    page.input_list.clear()
    page.add_paths([forged])
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    (row,) = _rows(page.outcomes)
    assert row[3] == "✗ 未采用"
    assert row[4].startswith("签名公钥（指纹 ") and "不是区里登记的该中心公钥" in row[4]
    assert not page.save_button.isEnabled()
    assert known_keys(db) == register
