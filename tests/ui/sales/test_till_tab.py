"""The 收银 tab with real widgets on a real database: scanning, finding by name and pinyin
initials, quantities, discounts only with a reason, selling beyond the stock only with a
reason, cash and change, a sale recorded exactly once, the receipt, keyboard only, names for
screen readers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from desktop.models.db import Database
from desktop.models.sales import catalogue, sales, stock
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.sales.receipt_print import sale_number
from desktop.ui.sales.till_dialogs import DiscountDialog
from desktop.ui.sales.till_tab import QUANTITY_COLUMN, TillTab
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF
from tests.models.sales.sales_support import TODAY, product, rows
from tests.models.sales.sales_support import sales_db as sales_db
from tests.ui.conftest import type_text, unnamed_interactive_widgets
from tests.ui.sales.till_support import CENTRE, make_shop, open_tab, pdf_text


def scan(qtbot, tab: TillTab, code: str) -> None:
    """A scanner: the code typed into the focused field, then Enter."""
    tab.scan_edit.setFocus()
    if code.isascii():
        qtbot.keyClicks(tab.scan_edit, code)
    else:  # typed through an input method
        type_text(qtbot, tab.scan_edit, code)
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)


def till(qtbot, db: Database, tmp_path: Path) -> TillTab:
    return open_tab(qtbot, db, tmp_path, "till", TillTab)


def test_scanning_adds_lines_and_a_second_scan_adds_one(qtbot, sales_db: Database,
                                                        tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    scan(qtbot, tab, shop.code(sales_db, shop.bracelet))
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    assert [(line.name, line.quantity) for line in tab.cart.lines] == [
        ("软陶钥匙扣", 2), ("串珠手链", 1)]
    assert tab.total_label.text() == "¥75.00"
    assert tab.model.rowCount() == 2
    assert tab.scan_edit.text() == ""


def test_a_name_or_pinyin_initials_list_the_matches_to_pick_from(qtbot, sales_db: Database,
                                                                tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, "bz")  # 编织杯垫 (bian zhi): one match, added at once
    assert [line.product_id for line in tab.cart.lines] == [shop.coaster]
    tab.scan_edit.setText("软陶")
    tab.run_search()  # as the pause after typing does
    assert tab.results.isVisible() and tab.results.count() == 1
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Down)
    assert tab.results.hasFocus()
    qtbot.keyClick(tab.results, Qt.Key.Key_Return)
    assert [line.product_id for line in tab.cart.lines] == [shop.coaster, shop.key_ring]
    assert not tab.results.isVisible()


def test_several_matches_wait_for_a_choice(qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    maker = catalogue.get_product(sales_db, shop.key_ring).makers[0].person_id
    product(sales_db, [(maker, 100)], "软陶小猫", 3_000)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, "rt")
    assert tab.cart.lines == []
    assert tab.results.isVisible() and tab.results.count() == 2
    assert tab.results.hasFocus() and tab.results.currentRow() == 0
    qtbot.keyClick(tab.results, Qt.Key.Key_Down)
    qtbot.keyClick(tab.results, Qt.Key.Key_Return)
    assert [line.name for line in tab.cart.lines] == ["软陶钥匙扣"]
    assert tab.scan_edit.hasFocus()
    scan(qtbot, tab, "没有这个")
    assert len(tab.cart.lines) == 1
    assert "没有找到“没有这个”" in tab.status.text()


def test_a_quantity_is_typed_into_its_line_and_nonsense_is_refused(qtbot, sales_db: Database,
                                                                   tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    tab.set_quantity(0, 3)
    assert tab.cart.lines[0].quantity == 3
    assert tab.total_label.text() == "¥60.00"
    tab.model.setData(tab.model.index(0, 2), "零")
    assert tab.cart.lines[0].quantity == 3
    assert "数量应为 1–10000 的整数" in tab.status.text()


def test_f2_after_a_scan_edits_the_quantity_in_a_named_field(qtbot, sales_db: Database,
                                                                tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    scan(qtbot, tab, shop.code(sales_db, shop.bracelet))
    # The help's "选中那一行按 F2": the line just scanned is selected, the focus still in
    # the scan field; F2 opens its quantity, not its name.
    assert tab.scan_edit.hasFocus()
    assert tab.table.currentIndex().column() == QUANTITY_COLUMN
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), type(editor)
    assert (editor.accessibleName(), editor.text()) == ("数量", "1")
    editor.selectAll()
    qtbot.keyClicks(editor, "x4")  # digits only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate stores the value and closes the editor on the next pass of the loop.
    qtbot.waitUntil(lambda: tab.table.state() != QAbstractItemView.State.EditingState)
    assert [(line.name, line.quantity) for line in tab.cart.lines] == [
        ("软陶钥匙扣", 1), ("串珠手链", 4)]
    assert tab.total_label.text() == "¥160.00"
    qtbot.waitUntil(tab.scan_edit.hasFocus)  # back to scanning
    # A line chosen by hand: F2 in the table opens that line's quantity too.
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is not tab.scan_edit
    assert tab.table.currentIndex() == tab.model.index(0, QUANTITY_COLUMN)


def test_the_line_headers_are_not_cut(qtbot, sales_db: Database, tmp_path: Path,
                                      text_scale: float) -> None:
    make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    tab.sales_page.resize(1200 - 170, 760)  # type: ignore[attr-defined]  # beside the menu
    tab.add_product(catalogue.get_product(sales_db, 1))
    QApplication.processEvents()
    header = tab.table.horizontalHeader()
    for column in range(tab.model.columnCount()):
        # As wide as the theme needs to draw the whole header (单价（元）, not 价（元）).
        title = str(tab.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
        assert tab.table.columnWidth(column) >= tab.table.sizeHintForColumn(column), title
    assert tab.table.horizontalScrollBar().maximum() == 0


def test_a_discount_without_a_reason_is_refused_and_nothing_written(
        qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    before = rows(sales_db)
    dialog = tab.make_discount_dialog()
    assert isinstance(dialog, DiscountDialog)
    dialog.amount_edit.setText("5")
    dialog.save()
    assert dialog.error_label.text() == "⚠ 有优惠时请填写优惠原因，例如：残疾人家属、批量购买"
    assert dialog.result() == 0
    dialog.amount_edit.setText("25")
    dialog.reason_edit.setText("残疾人家属")
    dialog.save()
    assert "优惠 25.00 元超过了这一行的金额 20.00 元" in dialog.error_label.text()
    assert tab.cart.lines[0].discount_fen == 0
    assert rows(sales_db) == before
    dialog.amount_edit.setText("5")
    dialog.save()
    assert tab.cart.lines[0].discount_fen == 500
    assert tab.cart.lines[0].discount_reason == "残疾人家属"
    assert tab.total_label.text() == "¥15.00"
    sale = tab.record("")
    assert sale is not None
    assert sale.lines[0].discount_fen == 500 and sale.lines[0].discount_reason == "残疾人家属"


def test_selling_beyond_the_stock_asks_why_first(qtbot, sales_db: Database,
                                                 tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.coaster))  # none in stock
    before = rows(sales_db)
    tab.checkout()
    dialog = tab.findChild(ReasonDialog)
    assert dialog is not None and dialog.isVisible()
    assert "“编织杯垫”账面库存 0 件，这笔要卖 1 件" in dialog.findChildren(
        type(tab.last_label))[0].text()
    assert rows(sales_db) == before  # nothing until a reason is given
    dialog.reason_edit.setText("新做的还没入库")
    dialog.accept()
    assert tab.last_sale is not None
    line = sales.get_sale(sales_db, tab.last_sale.id).lines[0]
    assert line.short_quantity == 1
    assert stock.on_hand(sales_db, shop.coaster) == -1


def test_cash_given_shows_the_change_and_the_sale_keeps_it(qtbot, sales_db: Database,
                                                          tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    scan(qtbot, tab, shop.code(sales_db, shop.bracelet))
    tab.given_edit.setText("100")
    assert tab.change_label.text() == "¥45.00"
    tab.given_edit.setText("50")
    assert tab.change_label.text() == "不足 ¥5.00"
    before = rows(sales_db)
    tab.checkout()
    assert "实收现金 50.00 元少于应收 55.00 元" in tab.status.text()
    assert rows(sales_db) == before
    tab.given_edit.setText("100")
    tab.checkout()
    sale = tab.last_sale
    assert sale is not None
    assert (sale.total_fen, sale.cash_given_fen, sale.change_fen) == (5_500, 10_000, 4_500)
    assert "找零 ¥45.00" in tab.last_label.text()
    assert tab.cart.lines == [] and tab.total_label.text() == "¥0.00"
    assert tab.change_label.text() == "¥45.00"  # still in large type for the customer
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    assert tab.change_label.text() == ""


def test_enter_twice_on_checkout_records_the_sale_once(qtbot, sales_db: Database,
                                                       tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    tab.given_edit.setText("20")
    tab.given_edit.setFocus()
    qtbot.keyClick(tab.given_edit, Qt.Key.Key_Return)
    qtbot.keyClick(tab.given_edit, Qt.Key.Key_Return)
    tab.checkout_button.click()
    assert len(sales.sales_of_day(sales_db, TODAY)) == 1
    assert int(sales_db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'sales_sale'"
                               )) == 1


def test_the_same_cart_cannot_be_recorded_twice(qtbot, sales_db: Database,
                                                tmp_path: Path) -> None:
    """Even if the cart were kept (a second window), its uid is recorded once."""
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    lines = list(tab.cart.lines)
    uid = tab.cart.uid
    assert tab.record("") is not None
    tab.cart.lines, tab.cart.uid = lines, uid
    tab.model.set_rows(lines)
    assert tab.record("") is None
    assert "已经记录过，没有重复记录" in tab.status.text()
    assert len(sales.sales_of_day(sales_db, TODAY)) == 1


def test_the_receipt_is_written_with_everything_on_it(qtbot, sales_db: Database,
                                                      tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    tab.paper_combo.setCurrentIndex(0)  # 58 mm
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    dialog = tab.make_discount_dialog()
    assert dialog is not None
    dialog.amount_edit.setText("2")
    dialog.reason_edit.setText("批量购买")
    dialog.save()
    tab.given_edit.setText("50")
    tab.checkout()
    sale = tab.last_sale
    assert sale is not None and tab.last_receipt is not None
    assert tab.last_receipt.is_file()
    assert str(tab.last_receipt) in tab.status.text()
    text = pdf_text(tab.last_receipt)
    if text:
        for part in (CENTRE, "希联圆梦", sale_number(sale.uid), "2024-06-03 10:00:00",
                     "软陶钥匙扣", "优惠 -2.00（批量购买）", "¥18.00", "现金", "¥50.00",
                     "¥32.00", "感谢您支持残疾人手工制作"):
            assert part in text, part
    assert tab._settings.receipt_paper == "58"


def test_keyboard_only_through_a_whole_sale(qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    tab.scan_edit.setFocus()
    qtbot.keyClicks(tab.scan_edit, shop.code(sales_db, shop.key_ring))
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.scan_edit, "czsl")  # 串珠手链 by its initials
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)
    assert len(tab.cart.lines) == 2
    qtbot.keyClick(tab, Qt.Key.Key_F6)  # 微信
    assert tab.payment() == "微信"
    qtbot.keyClick(tab, Qt.Key.Key_F5)  # back to 现金: the cash field
    assert tab.given_edit.hasFocus()
    qtbot.keyClicks(tab.given_edit, "60")
    qtbot.keyClick(tab.given_edit, Qt.Key.Key_Return)
    sale = tab.last_sale
    assert sale is not None
    assert (sale.payment, sale.total_fen, sale.change_fen) == ("现金", 5_500, 500)
    assert tab.scan_edit.hasFocus()
    # The next customer: scan, Enter in the empty field, F12 pays the exact amount.
    qtbot.keyClicks(tab.scan_edit, shop.code(sales_db, shop.key_ring))
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_Return)
    assert tab.given_edit.hasFocus()
    qtbot.keyClick(tab, Qt.Key.Key_F12)
    assert len(sales.sales_of_day(sales_db, TODAY)) == 2


def test_every_interactive_widget_has_a_name(qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, "软陶")
    assert unnamed_interactive_widgets(tab) == []
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    dialog = tab.make_discount_dialog()
    assert dialog is not None
    assert unnamed_interactive_widgets(dialog) == []


def test_cash_given_that_is_not_an_amount_is_refused(qtbot, sales_db: Database,
                                                     tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.key_ring))
    before = rows(sales_db)
    tab.given_edit.setText("二十")
    assert tab.change_label.text() == ""
    tab.checkout()
    assert "实收现金应为金额（元），最多两位小数" in tab.status.text()
    assert rows(sales_db) == before
    assert len(tab.cart.lines) == 1  # the sale is still there to pay



def test_enter_on_checkout_pays_by_wechat_once(qtbot, sales_db: Database,
                                               tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.bracelet))
    qtbot.keyClick(tab.scan_edit, Qt.Key.Key_F6)  # 微信: on to 结账
    assert tab.checkout_button.hasFocus() and not tab.given_edit.isEnabled()
    qtbot.keyClick(tab.checkout_button, Qt.Key.Key_Return)
    qtbot.keyClick(tab.checkout_button, Qt.Key.Key_Return)
    [sale] = sales.sales_of_day(sales_db, TODAY)
    assert (sale.payment, sale.total_fen, sale.cash_given_fen) == ("微信", 3_500, None)
    assert "微信 ¥35.00" in tab.last_label.text()


def test_a_product_off_sale_is_not_added(qtbot, sales_db: Database, tmp_path: Path) -> None:
    shop = make_shop(sales_db)
    catalogue.archive_product(sales_db, shop.coaster, "不再制作", actor=STAFF)
    tab = till(qtbot, sales_db, tmp_path)
    scan(qtbot, tab, shop.code(sales_db, shop.coaster))
    assert tab.cart.lines == []
    assert "“编织杯垫”已下架，不能销售" in tab.status.text()


def test_the_receipt_paper_is_remembered_per_computer(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert UiSettings(settings).receipt_paper == "80"
    settings.setValue("sales/receipt_paper", "57")  # not a paper the till knows
    assert UiSettings(settings).receipt_paper == "80"
    UiSettings(settings).receipt_paper = "A4"
    assert UiSettings(settings).receipt_paper == "A4"
