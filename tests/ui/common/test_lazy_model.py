"""The lazy SQL-backed table model: ids first, rows a block at a time as the view shows them,
every cell answered by the column declarations."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.models.errors import ValidationError
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.lazy_model import BLOCK, CACHE_LIMIT, LazyTableModel
from desktop.ui.common.record_table import record_table

GREY = QBrush(QColor("grey"))


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    price: int
    sold_out: bool


@dataclass(frozen=True)
class ItemQuery:
    text: str = ""
    order_by: str = "id"
    descending: bool = False


class ItemRows:
    """Items in a real SQLite table; remembers which ids each fetch asked for."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.items_db = conn
        self.fetched: list[list[int]] = []
        self.searches = 0

    def search(self, query: ItemQuery) -> list[int]:
        if query.text == "%":
            raise ValidationError({"text": "不能只输入 %"})
        self.searches += 1
        column = {"id": "id", "name": "name", "price": "price"}[query.order_by]
        direction = "DESC" if query.descending else "ASC"
        return [r[0] for r in self.items_db.execute(
            f"SELECT id FROM item WHERE name LIKE ? ORDER BY {column} {direction}, id",
            (f"%{query.text}%",))]

    def fetch(self, ids: list[int]) -> Mapping[int, Item]:
        self.fetched.append(list(ids))
        marks = ",".join("?" * len(ids))
        return {r[0]: Item(r[0], r[1], r[2], bool(r[3])) for r in self.items_db.execute(
            f"SELECT id, name, price, sold_out FROM item WHERE id IN ({marks})", ids)}

    def reordered(self, query: ItemQuery, order_by: str, descending: bool,
                  ids: list[int]) -> tuple[ItemQuery, list[int] | None]:
        return dataclasses.replace(query, order_by=order_by, descending=descending), None

    def fetched_ids(self) -> list[int]:
        return [i for block in self.fetched for i in block]


COLUMNS: list[Column[Item]] = every_column([
    Column(lambda: QCoreApplication.translate("Test", "名称"), lambda i: i.name,
           order_by="name"),
    Column(lambda: QCoreApplication.translate("Test", "价格"), lambda i: i.price, align=RIGHT,
           order_by="price", tooltip=lambda i: f"{i.price} 分"),
    Column(lambda: QCoreApplication.translate("Test", "备注"), lambda i: None),
], foreground=lambda i: GREY if i.sold_out else None,
   tooltip=lambda i: "售罄" if i.sold_out else None)


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price INTEGER,"
                       " sold_out INTEGER)")
    connection.executemany("INSERT INTO item VALUES (?, ?, ?, ?)",
                           [(n, f"item{n:05d}", (n * 37) % 1000, n % 10 == 0)
                            for n in range(1, 10_001)])
    yield connection
    connection.close()


def _model(conn: sqlite3.Connection) -> tuple[LazyTableModel[ItemQuery, Item], ItemRows]:
    source = ItemRows(conn)
    model = LazyTableModel(COLUMNS, source, ItemQuery(), key=lambda i: i.id)
    model.set_query(ItemQuery())
    return model, source


def test_rows_are_counted_at_once_and_fetched_a_block_at_a_time(conn) -> None:
    model, source = _model(conn)
    assert model.rowCount() == 10_000
    assert source.fetched == []  # nothing read until a cell is asked for
    assert model.index(0, 0).data() == "item00001"
    assert source.fetched == [list(range(1, BLOCK + 1))]
    assert model.index(BLOCK - 1, 1).data() == (BLOCK * 37) % 1000
    assert len(source.fetched) == 1  # the same block: no second query
    assert model.index(5_000, 0).data() == "item05001"
    start = 5_000 - BLOCK // 4  # a little above too, for scrolling back up
    assert source.fetched[1] == list(range(start + 1, start + BLOCK + 1))


def test_a_role_no_column_answers_fetches_nothing(conn) -> None:
    model, source = _model(conn)
    assert model.index(3, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole) is None
    assert source.fetched == []


def test_the_cache_stays_bounded(conn) -> None:
    model, _ = _model(conn)
    for row in range(0, 10_000, BLOCK):
        model.index(row, 0).data()
    assert len(model._cache) <= CACHE_LIMIT


def test_a_view_fetches_only_the_rows_it_shows(qtbot, conn) -> None:
    model, source = _model(conn)
    table = record_table(model, "物品列表")
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: bool(source.fetched))
    assert source.fetched == [list(range(1, BLOCK + 1))]
    table.scrollToBottom()
    qtbot.waitUntil(lambda: len(source.fetched) == 2)
    shown = set(source.fetched_ids())
    assert 10_000 in shown and len(shown) <= 2 * BLOCK


def test_cells_answer_from_the_column_declarations(conn) -> None:
    model, _ = _model(conn)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["名称", "价格", "备注"]
    assert model.headerData(4, Qt.Orientation.Vertical) == "5"
    assert model.columnCount() == 3
    price = model.index(9, 1)  # item 10: sold out
    assert price.data() == 370
    assert price.data(Qt.ItemDataRole.AccessibleTextRole) == "370"
    assert price.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert price.data(Qt.ItemDataRole.ToolTipRole) == "370 分"  # the column's own tooltip
    assert price.data(Qt.ItemDataRole.ForegroundRole) == GREY
    assert model.index(9, 0).data(Qt.ItemDataRole.ToolTipRole) == "售罄"  # the row's
    assert model.index(9, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(8, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(8, 0).data(Qt.ItemDataRole.UserRole) == 9
    assert model.index(8, 2).data() is None
    assert model.index(8, 2).data(Qt.ItemDataRole.AccessibleTextRole) == ""  # not "None"
    assert model.row_data(8) == Item(9, "item00009", 333, False)
    assert (model.row_id(8), model.row_of(9), model.row_of(99_999)) == (9, 8, -1)
    assert model.row_data(10_000) is None and model.row_id(-1) is None


def test_refresh_reads_every_row_again(qtbot, conn) -> None:
    model, _ = _model(conn)
    assert model.index(0, 0).data() == "item00001"
    conn.execute("UPDATE item SET name = '改过' WHERE id = 1")
    conn.execute("INSERT INTO item VALUES (10001, 'item10001', 5, 0)")
    assert model.index(0, 0).data() == "item00001"  # still the row read before
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model._cache == {}
    assert model.rowCount() == 10_001
    assert model.index(0, 0).data() == "改过"


def test_a_new_query_resets_and_a_refused_one_changes_nothing(qtbot, conn) -> None:
    model, _ = _model(conn)
    model.set_query(ItemQuery(text="item0000"))
    assert model.rowCount() == 9 and model.query.text == "item0000"
    with pytest.raises(ValidationError):
        model.set_query(ItemQuery(text="%"))
    assert model.rowCount() == 9 and model.query.text == "item0000"
    model.clear()
    assert model.rowCount() == 0 and model._cache == {}


def test_sorting_asks_the_source_and_keeps_the_rows_read(qtbot, conn) -> None:
    model, source = _model(conn)
    model.set_query(ItemQuery(text="item0000"))
    [model.index(r, 0).data() for r in range(model.rowCount())]
    fetches = len(source.fetched)
    assert model.sortable(1) and not model.sortable(2) and not model.sortable(7)
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert (model.query.order_by, model.query.descending) == ("price", True)
    prices = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert prices == sorted(prices, reverse=True)
    assert len(source.fetched) == fetches  # the same rows, in another order
    searches = source.searches
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(2, Qt.SortOrder.AscendingOrder)  # no SQL order: nothing moves
        model.sort(1, Qt.SortOrder.DescendingOrder)  # the order shown already
    assert source.searches == searches
    assert model.query.text == "item0000"  # the filter stays


def test_ids_the_source_can_reorder_itself_need_no_search(qtbot, conn) -> None:
    class Reversing(ItemRows):
        def reordered(self, query: ItemQuery, order_by: str, descending: bool,
                      ids: list[int]) -> tuple[ItemQuery, list[int] | None]:
            return dataclasses.replace(query, descending=descending), ids[::-1]

    source = Reversing(conn)
    model = LazyTableModel(COLUMNS, source, ItemQuery(text="item0000"))
    model.set_query(model.query)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.searches == 1
    assert [model.row_id(r) for r in range(model.rowCount())] == list(range(9, 0, -1))


def test_model_passes_qt_model_tester(qtmodeltester, conn) -> None:
    model, _ = _model(conn)
    model.set_query(ItemQuery(text="item000"))
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
