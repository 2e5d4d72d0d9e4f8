"""The 希联圆梦 page: one tab per part of handicraft sales, each built when first opened
(:class:`~desktop.ui.common.tabbed_page.TabbedPage`).

Each part brings its tab as a factory ``make_tab(context) -> QWidget`` in its own module of this
package and is listed in :data:`TABS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.models.messages import QT_TRANSLATE_NOOP
from desktop.ui.common.tabbed_page import Tab, TabbedPage

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# The till first (what staff do most), then what follows a sale: refunds, the day end; then the
# products and their stock, the orders of companies and units, the bazaar laptop, and the
# makers' monthly income. Titles
# are marked with QT_TRANSLATE_NOOP("SalesPage", …) and translated when the page is made.
TABS: tuple[Tab, ...] = (
    Tab("till", QT_TRANSLATE_NOOP("SalesPage", "收银"), "desktop.ui.sales.till_tab:make_tab"),
    Tab("refunds", QT_TRANSLATE_NOOP("SalesPage", "退款作废"),
        "desktop.ui.sales.refund_tab:make_tab"),
    Tab("day_end", QT_TRANSLATE_NOOP("SalesPage", "日结"),
        "desktop.ui.sales.day_end_tab:make_tab"),
    Tab("catalogue", QT_TRANSLATE_NOOP("SalesPage", "商品"),
        "desktop.ui.sales.catalogue_tab:make_tab"),
    Tab("stock", QT_TRANSLATE_NOOP("SalesPage", "库存"), "desktop.ui.sales.stock_tab:make_tab"),
    Tab("orders", QT_TRANSLATE_NOOP("SalesPage", "订单"), "desktop.ui.sales.orders_tab:make_tab"),
    Tab("bazaar", QT_TRANSLATE_NOOP("SalesPage", "义卖"), "desktop.ui.sales.bazaar_tab:make_tab"),
    Tab("income", QT_TRANSLATE_NOOP("SalesPage", "制作者收入"),
        "desktop.ui.sales.income_tab:make_tab"),
)


class SalesPage(TabbedPage):
    """The tabs of 希联圆梦."""

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 tabs: tuple[Tab, ...] = TABS) -> None:
        super().__init__(context, tabs, "SalesPage",
                         QCoreApplication.translate("SalesPage", "希联圆梦的各项工作"), parent)


def make_page(context: PageContext) -> SalesPage:
    """The 希联圆梦 page for the main window."""
    return SalesPage(context)
