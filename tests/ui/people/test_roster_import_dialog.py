"""The roster import wizard, driven as a person would: load a file, read the table, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.models.clock import FixedClock
from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.people.roster_import_dialog import RosterImportDialog
from tests.conftest import STAFF, TODAY, count_rows, make_id_number, make_person_input
from tests.excel.people.test_roster_import import ID1, ID2, person_row, write_roster, write_sheets
from tests.ui.conftest import unnamed_interactive_widgets


def _dialog(qtbot, db: Database) -> RosterImportDialog:
    db.clock = FixedClock(TODAY)
    dialog = RosterImportDialog(db, STAFF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cells(dialog: RosterImportDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_errors_are_listed_in_words_and_block_the_import(qtbot, db: Database,
                                                         tmp_path: Path) -> None:
    bad = ID2[:-1] + ("0" if ID2[-1] != "0" else "1")
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1),
                                               person_row("赵六", bad, 残疾人证号="")])
    dialog = _dialog(qtbot, db)
    dialog.load_file(path)
    assert dialog.model.rowCount() == 2
    status, problem = _cells(dialog, 1)[1], _cells(dialog, 1)[4]
    assert status == "有错误" and "身份证号（B列）：身份证号校验位不正确" in problem
    assert _cells(dialog, 0)[3].startswith(ID1[:6]) and "*" in _cells(dialog, 0)[3]
    assert "有错误 1" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert count_rows(db)["person"] == 0


def test_existing_people_update_or_skip_then_import(qtbot, db: Database, tmp_path: Path) -> None:
    existing = people.create_person(db, make_person_input(id_number=ID1, name="王五"),
                                    actor=STAFF, today=TODAY)
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1, 住址="新地址"),
                                               person_row("赵六", ID2)])
    dialog = _dialog(qtbot, db)
    dialog.load_file(path)
    assert _cells(dialog, 0)[1] == "已登记" and str(existing) in _cells(dialog, 0)[4]
    assert dialog.skip_radio.isEnabled() and dialog.skip_radio.isChecked()
    dialog.update_radio.setChecked(True)
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [1, 1]
    assert "新增 1 人，更新 1 人" in dialog.summary.text()
    assert people.load_person(db, existing).address == "新地址"
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_unreadable_file_is_explained(qtbot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "名册.xlsx"
    path.write_text("不是工作簿", encoding="utf-8")
    dialog = _dialog(qtbot, db)
    dialog.load_file(path)
    assert "不是 xlsx 文件" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot, db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, db)
    dialog.load_file(write_roster(tmp_path / "r.xlsx", [person_row("王五",
                                                                   make_id_number(seq=7))]))
    assert unnamed_interactive_widgets(dialog) == []


def test_the_sheet_read_is_named_before_and_after_the_import(qtbot, db: Database,
                                                           tmp_path: Path) -> None:
    path = write_sheets(tmp_path / "r.xlsx", [
        ("旧名单", "hidden", [person_row("隐藏的人", ID1)]),
        ("名单", "visible", [person_row("赵六", ID2)]),
    ], active=0)
    dialog = _dialog(qtbot, db)
    dialog.load_file(path)
    assert "读取的工作表：“名单”" in dialog.summary.text()
    assert dialog.model.rowCount() == 1 and _cells(dialog, 0)[2] == "赵六"
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "已从工作表“名单”导入：新增 1 人" in dialog.summary.text()
    assert [r[0] for r in db.query("SELECT name FROM person")] == ["赵六"]


def test_a_refused_import_says_why_and_writes_nothing(qtbot, db: Database,
                                                      tmp_path: Path) -> None:
    path = write_roster(tmp_path / "r.xlsx", [person_row("王五", ID1), person_row("赵六", ID2)])
    dialog = _dialog(qtbot, db)
    dialog.load_file(path)
    assert dialog.import_button.isEnabled()
    # Registered by hand meanwhile: the preview's "new" row would now be a duplicate.
    people.create_person(db, make_person_input(id_number=ID2, name="赵六"), actor=STAFF,
                         today=TODAY)
    before = count_rows(db)
    imported: list[object] = []
    dialog.imported.connect(lambda *args: imported.append(args))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary.text()
    assert summary.startswith("导入失败，未写入任何人员：第3行：")
    assert summary.endswith("；全部未导入")
    assert count_rows(db) == before and imported == []
    assert dialog.model.rowCount() == 2  # the preview stays, to be read again
