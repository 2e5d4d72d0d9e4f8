"""商品 with real widgets on a real database: the list (code, price, cost, on hand, makers),
found by pinyin initials and code; a new product with two makers found by initials; the
refusals of issue 16 (price of zero or less, shares not summing to 100, a maker who is not a
member) shown with the models' message and nothing written; the photo; archive and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop.models.db import Database
from desktop.models.people import people
from desktop.models.sales import catalogue, stock
from desktop.ui.sales.catalogue_tab import CatalogueTab, make_tab
from desktop.ui.sales.product_dialog import ProductDialog
from tests.conftest import STAFF, make_id_number, make_person_input
from tests.models.sales.sales_support import TODAY, member, product, rows, sales_db
from tests.ui.conftest import type_text, unnamed_interactive_widgets
from tests.ui.sales.catalogue_support import open_tab

__all__ = ["sales_db"]


def _cells(tab: CatalogueTab) -> list[list[str]]:
    model = tab.model
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _new_dialog(qtbot, tab: CatalogueTab) -> ProductDialog:
    dialog = tab.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(qtbot, dialog: ProductDialog, name: str, price: str,
          makers: list[tuple[str, int]]) -> None:
    type_text(qtbot, dialog.name_edit, name)
    dialog.category_edit.setText("软陶")
    dialog.price_edit.setText(price)
    dialog.cost_edit.setText("5")
    for query, share in makers:
        dialog.makers.search_edit.setText(query)
        dialog.makers.share_spin.setValue(share)
        assert dialog.makers.add_found()


def test_the_list_shows_each_product_and_finds_it_by_initials_and_code(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, li = member(sales_db, "王芳", 1), member(sales_db, "李强", 2)
    keyring = product(sales_db, [(wang, 60), (li, 40)])
    product(sales_db, [(li, 100)], name="手工香皂", price_fen=1_500)
    stock.record_production(sales_db, keyring, 12, TODAY, maker_id=wang, actor=STAFF)
    code = catalogue.get_product(sales_db, keyring).code
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    by_name = {row[1]: row for row in _cells(tab)}
    assert by_name["软陶钥匙扣"] == [code, "软陶钥匙扣", "软陶", "20.00", "5.00", "12",
                                 "王芳 60%、李强 40%"]
    assert by_name["手工香皂"][5] == "0"
    tab.search_edit.setText("rtysk")
    assert [row[1] for row in _cells(tab)] == ["软陶钥匙扣"]
    tab.search_edit.setText(code)
    assert [row[0] for row in _cells(tab)] == [code]
    tab.search_edit.setText("香皂")
    assert [row[1] for row in _cells(tab)] == ["手工香皂"]
    assert unnamed_interactive_widgets(tab) == []


def test_a_new_product_with_two_makers_found_by_initials_is_stored(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang, li = member(sales_db, "王芳", 1), member(sales_db, "李强", 2)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _new_dialog(qtbot, tab)
    assert unnamed_interactive_widgets(dialog) == []
    _fill(qtbot, dialog, "编织手链", "25.5", [("wf", 70), ("lq", 30)])
    assert dialog.makers.total_label.text() == "份额合计：100%（应为100%）"
    assert dialog.save()
    stored = catalogue.find_products(sales_db, "编织手链")[0]
    assert (stored.price_fen, stored.material_cost_fen, stored.category) == (2_550, 500, "软陶")
    assert {(m.person_id, m.share_percent) for m in stored.makers} == {(wang, 70), (li, 30)}
    assert stored.code.startswith("2") and len(stored.code) == 8
    assert [row[1] for row in _cells(tab)] == ["编织手链"]
    assert tab.status_label.text() == "✓ 已保存商品"


def _refused(qtbot, sales_db: Database, tmp_path: Path, price: str,
             makers: list[tuple[str, int]], message: str) -> None:
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _new_dialog(qtbot, tab)
    _fill(qtbot, dialog, "编织手链", price, makers)
    before = rows(sales_db)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert message in dialog.error_label.text()
    assert rows(sales_db) == before


def test_a_price_of_zero_is_refused_and_nothing_is_written(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    member(sales_db, "王芳", 1)
    _refused(qtbot, sales_db, tmp_path, "0", [("wf", 100)], "售价应大于0元：请填写商品的售价")


def test_a_price_below_zero_is_refused_with_the_same_message(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    member(sales_db, "王芳", 1)
    _refused(qtbot, sales_db, tmp_path, "-5", [("wf", 100)], "售价应大于0元：请填写商品的售价")


def test_shares_not_summing_to_100_are_refused_and_nothing_is_written(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    member(sales_db, "王芳", 1)
    member(sales_db, "李强", 2)
    _refused(qtbot, sales_db, tmp_path, "20", [("wf", 60), ("lq", 30)],
             "制作者的份额合计应为100%，现在是90%：请调整后再保存")


def test_a_maker_who_is_not_a_member_cannot_be_added(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    people.create_person(sales_db, make_person_input(
        name="赵六", id_number=make_id_number(seq=30), is_member=False, programmes=[],
        card_number="", joined_on="", is_volunteer=True, volunteer_number="V-030"),
        actor=STAFF, today=TODAY)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _new_dialog(qtbot, tab)
    dialog.makers.search_edit.setText("zl")
    assert dialog.makers.found.item(0).text() == "赵六（非会员，不能作为制作者）"
    assert dialog.makers.found.currentItem() is None
    assert not dialog.makers.add_found()
    assert dialog.makers.total_label.text() == (
        "赵六 不是在册会员，不能作为制作者：制作者须是本中心会员")
    assert dialog.makers.pairs() == []


def test_makers_are_found_and_added_from_the_keyboard(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _new_dialog(qtbot, tab)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.makers.search_edit.setFocus()
    qtbot.keyClicks(dialog.makers.search_edit, "wf")
    qtbot.keyClick(dialog.makers.search_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.makers.found
    qtbot.keyClick(dialog.makers.found, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # A mnemonic clicks its button as an animated click: a moment later.
    qtbot.waitUntil(lambda: dialog.makers.pairs() == [(wang, 100)])
    assert dialog.focusWidget() is dialog.makers.search_edit
    dialog.name_edit.setText("软陶挂件")
    dialog.price_edit.setText("12")
    qtbot.keyClick(dialog.price_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert catalogue.find_products(sales_db, "软陶挂件")[0].price_fen == 1_200


def test_editing_keeps_the_makers_and_stores_a_photo(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    keyring = product(sales_db, [(wang, 100)])
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    photo_file = tmp_path / "照片.png"
    assert image.save(str(photo_file))
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = tab.make_dialog(tab.selected())
    qtbot.addWidget(dialog)
    assert dialog.price_edit.text() == "20.00"
    assert dialog.makers.pairs() == [(wang, 100)]
    assert dialog.use_photo(photo_file)
    assert not dialog.photo_label.pixmap().isNull()
    dialog.price_edit.setText("22")
    assert dialog.save()
    assert catalogue.get_product(sales_db, keyring).price_fen == 2_200
    stored = catalogue.photo(sales_db, keyring)
    assert stored is not None and stored[1] == "image/jpeg"
    kept = QImage.fromData(stored[0])
    assert (kept.width(), kept.height()) == (800, 600)
    again = tab.make_dialog(tab.selected())
    qtbot.addWidget(again)
    assert not again.photo_label.pixmap().isNull()


def test_a_file_that_is_not_an_image_is_refused_by_name(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = _new_dialog(qtbot, tab)
    bad = tmp_path / "说明.txt"
    bad.write_text("不是图片", encoding="utf-8")
    assert not dialog.use_photo(bad)
    assert dialog.error_label.text() == \
        f"⚠ 无法读取图片文件 {bad}：请选择 JPG 或 PNG 格式的照片"


def test_archive_with_a_reason_and_restore(qtbot, sales_db: Database, tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    keyring = product(sales_db, [(wang, 100)])
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    assert tab.archive_button.isEnabled() and not tab.restore_button.isEnabled()
    assert tab.archive("不再制作")
    assert catalogue.get_product(sales_db, keyring).archived
    assert tab.model.rowCount() == 0
    assert tab.status_label.text() == "✓ 已下架：软陶钥匙扣"
    tab.archived_box.setChecked(True)
    assert _cells(tab)[0][1] == "软陶钥匙扣（已下架）"
    assert tab.restore_button.isEnabled() and not tab.archive_button.isEnabled()
    assert tab.restore()
    assert not catalogue.get_product(sales_db, keyring).archived
    reason = sales_db.scalar("SELECT reason FROM audit_log WHERE action = 'archive'"
                             " AND table_name = 'sales_product'")
    assert reason == "不再制作"


def test_archive_without_a_reason_is_refused(qtbot, sales_db: Database,
                                             tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    product(sales_db, [(wang, 100)])
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    before = rows(sales_db)
    assert not tab.archive("  ")
    assert tab.status_label.text() == "⚠ 请填写下架原因，例如：不再制作"
    assert rows(sales_db) == before



def test_a_transparent_photo_is_stored_on_white(qtbot, sales_db: Database,
                                                tmp_path: Path) -> None:
    wang = member(sales_db, "王芳", 1)
    keyring = product(sales_db, [(wang, 100)])
    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    photo_file = tmp_path / "透明.png"
    assert image.save(str(photo_file))
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    dialog = tab.make_dialog(tab.selected())
    qtbot.addWidget(dialog)
    assert dialog.use_photo(photo_file)
    assert dialog.save()
    stored = catalogue.photo(sales_db, keyring)
    assert stored is not None
    assert QImage.fromData(stored[0]).pixelColor(20, 15).lightness() > 240


def test_the_archive_button_asks_for_the_reason(qtbot, sales_db: Database,
                                                tmp_path: Path) -> None:
    from desktop.ui.activities.activity_dialogs import ReasonDialog

    wang = member(sales_db, "王芳", 1)
    keyring = product(sales_db, [(wang, 100)])
    tab = open_tab(qtbot, sales_db, tmp_path, make_tab)
    tab.archive_button.click()
    dialog = tab.findChild(ReasonDialog)
    assert dialog is not None and dialog.isVisible()
    assert unnamed_interactive_widgets(dialog) == []
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason_edit, "不再制作")
    dialog.ok_button.click()
    assert catalogue.get_product(sales_db, keyring).archived
    assert tab.status_label.text() == "✓ 已下架：软陶钥匙扣"
