"""The subsidy table's Qt item model: one month's rows from desktop.models.subsidy.subsidy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.db import Database
from desktop.models.subsidy import subsidy
from desktop.models.subsidy.subsidy import SubsidyMonth, SubsidyRow
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.list_model import ListTableModel

# Headers are literal translate calls so lupdate finds them; numbers are right-aligned.
COLUMNS: list[Column[SubsidyRow]] = [
    Column(lambda: QCoreApplication.translate("SubsidyModel", "姓名"), lambda r: r.name),
    Column(lambda: QCoreApplication.translate("SubsidyModel", "身份证号"),
           lambda r: r.id_number),
    Column(lambda: QCoreApplication.translate("SubsidyModel", "签到天数"),
           lambda r: r.days_signed_in, align=RIGHT),
    Column(lambda: QCoreApplication.translate("SubsidyModel", "计补天数"), lambda r: r.days,
           align=RIGHT),
    Column(lambda: QCoreApplication.translate("SubsidyModel", "补助金额（元）"),
           lambda r: subsidy.format_yuan(r.amount_fen), align=RIGHT),
]


class SubsidyTableModel(ListTableModel[SubsidyRow]):
    """The 职康站 members of one month with days counted and amounts; the user role holds
    the person's id."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent, key=lambda r: r.person_id)
        self._db = db
        self.table: SubsidyMonth | None = None

    def set_month(self, month: str) -> None:
        """Show another month (ValidationError for a malformed one; the table is then empty)."""
        try:
            self.table = subsidy.month_table(self._db, month)
        except BaseException:
            self.table = None
            raise
        finally:
            self.set_rows(self.table.rows if self.table else [])

    def refresh(self) -> None:
        """Recompute the month shown (after the settings changed)."""
        if self.table is not None:
            self.set_month(self.table.month)
