"""The 希联圆梦 page as staff see it, with the real theme at normal and at large text: the
page fits a 1200 × 760 window whichever tabs were opened, and the 义卖 tab gives its room to
the products to take along and shows every item to settle whole (wrapped, with a tooltip)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.models.sales import bazaar_laptop, catalogue
from desktop.models.sales.catalogue import ProductInput
from desktop.ui.sales.bazaar_tab import BazaarTab, make_tab
from desktop.ui.sales.sales_page import SalesPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.pages import PageContext, ShellSignals
from desktop.ui.shell.ui_settings import UiSettings
from tests.conftest import STAFF
from tests.models.sales.bazaar_support import make_bazaar, sell
from tests.models.sales.sales_support import sales_db as sales_db
from tests.ui.sales.till_support import make_shop

_PADDING = 8  # the theme's cell padding, 4 px a side
_TABS = ("till", "refunds", "day_end", "catalogue", "stock", "orders", "bazaar", "income")


def test_every_tab_fits_a_1200_pixel_window(qtbot, sales_db, ui_settings: UiSettings,
                                            text_scale: float) -> None:
    make_shop(sales_db)
    window = MainWindow(sales_db, STAFF, ui_settings)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.select_page("sales")
    page = window.page("sales", SalesPage)
    for tab_id in _TABS:
        page.tab(tab_id)
        QApplication.processEvents()
        # The tabs share one page: the widest tab opened sets the width of them all.
        assert window.minimumSizeHint().width() <= 1200, tab_id
    assert window.width() == 1200


def test_the_bazaar_tab_gives_the_take_list_room_and_shows_the_issues_whole(
        qtbot, tmp_path: Path, text_scale: float) -> None:
    bazaar = make_bazaar(tmp_path)
    try:
        sell(bazaar.laptop, bazaar.chain, 8, short_reason="多带了两个")  # 6 were taken
        sell(bazaar.laptop, bazaar.bag, 1, time="11:00")
        bag = catalogue.get_product(bazaar.centre, bazaar.bag)
        catalogue.update_product(bazaar.centre, bazaar.bag, ProductInput(
            "编织包", 5_800, [(m.person_id, m.share_percent) for m in bag.makers],
            material_cost_fen=1_200, code=bag.code), actor=STAFF)  # dearer meanwhile
        returned = bazaar_laptop.write_return(bazaar.laptop, tmp_path / "sales.json",
                                              actor=STAFF)
        settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        tab = make_tab(PageContext(bazaar.centre, STAFF, settings, ShellSignals()))
        assert isinstance(tab, BazaarTab)
        qtbot.addWidget(tab)
        tab.resize(1200 - 170, 760 - 60)  # beside the menu, under the tab bar
        tab.show()
        assert tab.import_from(returned.path) is not None, tab.status_label.text()
        QApplication.processEvents()
        assert tab.issues.rowCount() == 2
        # The products to choose from have the room; the few issues below them.
        assert tab.take_table.height() > tab.issue_table.height()
        table, model = tab.issue_table, tab.issues
        metrics = table.fontMetrics()
        texts = []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = str(index.data())
                texts.append(text)
                width = table.columnWidth(column) - _PADDING
                needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                              int(Qt.TextFlag.TextWordWrap), text)
                assert needed.width() <= width and table.rowHeight(row) >= needed.height(), text
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert tip in (None, text), text
        assert "义卖价 50.00 元，中心现价 58.00 元" in texts
        assert table.horizontalScrollBar().maximum() == 0
        header = tab.take_table.horizontalHeader()
        for column in range(tab.takes.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    finally:
        bazaar.centre.close()
        bazaar.laptop.close()
