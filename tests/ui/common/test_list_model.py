"""The in-memory table model: rows computed whole, cells and sorting from the column
declarations."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.record_table import record_table

GREY = QBrush(QColor("grey"))


@dataclass(frozen=True)
class Visit:
    id: int
    name: str
    name_sort: str
    minutes: int | None
    voided: bool = False


def _struck(visit: Visit) -> QFont | None:
    if not visit.voided:
        return None
    font = QFont()
    font.setStrikeOut(True)
    return font


COLUMNS: list[Column[Visit]] = every_column([
    Column(lambda: QCoreApplication.translate("Test", "姓名"), lambda v: v.name,
           sort_key=lambda v: v.name_sort),
    Column(lambda: QCoreApplication.translate("Test", "时长"), lambda v: v.minutes,
           align=RIGHT, sort_key=lambda v: v.minutes or 0,
           accessible=lambda v: f"{v.minutes} 分钟" if v.minutes else "没有签退"),
    Column(lambda: QCoreApplication.translate("Test", "状态"),
           lambda v: "已作废" if v.voided else "有效"),
], foreground=lambda v: GREY if v.voided else None, font=_struck)

VISITS = [Visit(1, "张三", "zhang san", 90), Visit(2, "李四", "li si", None, voided=True),
          Visit(3, "王五", "wang wu", 30), Visit(4, "阿布", "a bu", 45)]


def _model() -> ListTableModel[Visit]:
    model = ListTableModel(COLUMNS, key=lambda v: v.id)
    model.set_rows(VISITS)
    return model


def _names(model: ListTableModel[Visit]) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_cells_answer_from_the_column_declarations() -> None:
    model = _model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "姓名", "时长", "状态"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.headerData(3, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert _names(model) == ["张三", "李四", "王五", "阿布"]
    minutes = model.index(0, 1)
    assert minutes.data() == 90
    assert minutes.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert minutes.data(Qt.ItemDataRole.AccessibleTextRole) == "90 分钟"
    assert model.index(1, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "没有签退"
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "张三"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) == GREY
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.UserRole) == 3
    assert model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.flags(model.index(0, 0)) == (Qt.ItemFlag.ItemIsEnabled
                                              | Qt.ItemFlag.ItemIsSelectable)


def test_rows_are_found_by_their_key() -> None:
    model = _model()
    assert (model.row_of(3), model.row_of(99)) == (2, -1)
    assert model.row_data(2) == VISITS[2] and model.row_data(4) is None
    assert ListTableModel(COLUMNS).row_of(3) == -1  # no key: nothing to find by


def test_a_column_getter_of_its_own_wins_over_the_row_wide_one() -> None:
    own = QBrush(QColor("red"))
    declared: list[Column[Visit]] = [
        Column(lambda: "a", lambda v: v.name, foreground=lambda v: own),
        Column(lambda: "b", lambda v: v.name)]
    columns = every_column(declared, foreground=lambda v: GREY)
    assert [c.foreground(VISITS[0]) for c in columns if c.foreground] == [own, GREY]


def test_sorting_follows_the_declared_keys_and_keeps_the_selection(qtbot) -> None:
    model = _model()
    table = record_table(model, "签到")
    qtbot.addWidget(table)
    table.setSortingEnabled(True)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["李四", "王五", "阿布", "张三"]  # no minutes sorts as 0
    table.selectionModel().setCurrentIndex(
        model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["阿布", "李四", "王五", "张三"]  # by pinyin, not code point
    assert model.index(table.currentIndex().row(), 0).data() == "王五"  # followed its row
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["张三", "阿布", "王五", "李四"]
    model.set_rows(list(reversed(VISITS)))  # new rows keep the order chosen
    assert _names(model) == ["张三", "阿布", "王五", "李四"]
    assert model.sortable(0) and not model.sortable(2)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # no sort key: nothing moves
    assert _names(model) == ["张三", "阿布", "王五", "李四"]


def test_a_row_is_inserted_where_it_is_put(qtbot) -> None:
    model = _model()
    with qtbot.waitSignal(model.rowsInserted):
        model.insert_row(0, Visit(5, "赵六", "zhao liu", 10))
    assert _names(model)[:2] == ["赵六", "张三"] and model.rowCount() == 5
    model.insert_row(99, Visit(6, "钱七", "qian qi", 10))
    assert _names(model)[-1] == "钱七"


def test_an_editable_column_changes_its_row_through_its_edit(qtbot) -> None:
    columns: list[Column[Visit]] = [
        Column(lambda: "姓名", lambda v: v.name,
               edit=lambda v, text: dataclasses.replace(v, name=text.strip())),
        Column(lambda: "时长", lambda v: v.minutes)]
    model = ListTableModel(columns)
    model.set_rows(VISITS)
    name, minutes = model.index(0, 0), model.index(0, 1)
    assert model.flags(name) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(minutes) & Qt.ItemFlag.ItemIsEditable
    assert name.data(Qt.ItemDataRole.EditRole) == "张三"
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(name, "  张三丰 ")
    assert model.row_data(0) == dataclasses.replace(VISITS[0], name="张三丰")
    assert not model.setData(minutes, "5")  # not editable: the row stays
    assert not model.setData(name, "x", Qt.ItemDataRole.DisplayRole)
    assert model.row_data(0) == dataclasses.replace(VISITS[0], name="张三丰")
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_row(0)
    assert _names(model) == ["李四", "王五", "阿布"]
    model.remove_row(7)  # outside the table: nothing
    assert model.rowCount() == 3


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
