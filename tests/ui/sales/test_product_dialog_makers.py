"""新建商品's 查找会员: members listed first and the first of them chosen, people who are not
members after them, greyed and never chosen (Alt+A added a non-member who was then refused
on saving); the makers' table shows four rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.models.db import Database
from desktop.models.people import people
from desktop.ui.sales.catalogue_tab import make_tab
from desktop.ui.sales.product_dialog import ProductDialog
from tests.conftest import STAFF, make_id_number, make_person_input
from tests.models.sales.sales_support import TODAY, member, sales_db
from tests.ui.sales.catalogue_support import open_tab

__all__ = ["sales_db"]


def _not_a_member(db: Database, name: str, seq: int) -> int:
    return people.create_person(db, make_person_input(
        name=name, id_number=make_id_number(seq=seq), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True, volunteer_number=f"V-{seq:03d}"),
        actor=STAFF, today=TODAY)


def _dialog(qtbot, db: Database, tmp_path: Path) -> ProductDialog:
    dialog = open_tab(qtbot, db, tmp_path, make_tab).make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_members_come_first_and_a_non_member_is_never_chosen(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    _not_a_member(sales_db, "张三", 31)
    _not_a_member(sales_db, "张森", 32)
    zhang = member(sales_db, "张顺", 3)  # found after the two by the register's order
    dialog = _dialog(qtbot, sales_db, tmp_path)
    dialog.makers.search_edit.setText("zs")
    found = dialog.makers.found
    shown = [found.item(n).text() for n in range(found.count())]
    assert shown == ["张顺", "张三（非会员，不能作为制作者）", "张森（非会员，不能作为制作者）"]
    assert found.currentRow() == 0
    for n in range(1, found.count()):
        assert not found.item(n).flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.makers.add_found()
    assert dialog.makers.pairs() == [(zhang, 100)]


def test_the_makers_table_shows_four_rows(qtbot, sales_db: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, sales_db, tmp_path)
    table = dialog.makers.table
    rows = table.verticalHeader().defaultSectionSize()
    assert table.height() - table.horizontalHeader().height() >= 4 * rows
