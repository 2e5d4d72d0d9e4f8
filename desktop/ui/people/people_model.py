"""The people table's columns and rows: masked identifiers, archived people greyed.

Search, filters and sorting run in SQL (desktop.models.people.people_query); the lazy model
(desktop.ui.common.lazy_model) holds only the ordered ids and asks for the rows of a block of
ids only when the view paints them, so 100,000 people open instantly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.models.db import Database
from desktop.models.people.people_query import PeopleQuery, PersonRow, fetch_rows, search_ids
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.labels import (
    category_label,
    grade_label,
    list_separator,
    programme_label,
    role_label,
    sex_label,
)
from desktop.ui.common.lazy_model import LazyTableModel
from desktop.ui.shell.theme import muted_brush


def _archived_text(row: PersonRow) -> str:
    if row.archived:
        return QCoreApplication.translate("PeopleModel", "已归档")
    return QCoreApplication.translate("PeopleModel", "在册")


def _joined(values: list[str]) -> str:
    return list_separator().join(values)


# Headers are literal translate calls so lupdate finds them; ``order_by`` is the sort key in
# people_query.SORT_COLUMNS. An archived person is greyed and says so in the tooltip.
COLUMNS: list[Column[PersonRow]] = every_column([
    Column(lambda: QCoreApplication.translate("PeopleModel", "姓名"), lambda r: r.name,
           order_by="name"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "性别"),
           lambda r: sex_label(r.sex), order_by="sex"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "出生日期"),
           lambda r: r.birth_date, order_by="birth_date"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "身份证号"), lambda r: r.id_number),
    Column(lambda: QCoreApplication.translate("PeopleModel", "联系电话"), lambda r: r.phone),
    Column(lambda: QCoreApplication.translate("PeopleModel", "身份"),
           lambda r: _joined([role_label(x) for x in r.roles])),
    Column(lambda: QCoreApplication.translate("PeopleModel", "残疾类别"),
           lambda r: category_label(r.category), order_by="category"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "等级"),
           lambda r: grade_label(r.grade), order_by="grade"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "服务项目"),
           lambda r: _joined([programme_label(p) for p in r.programmes])),
    Column(lambda: QCoreApplication.translate("PeopleModel", "街道"), lambda r: r.street,
           order_by="street"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "社区"), lambda r: r.community,
           order_by="community"),
    Column(lambda: QCoreApplication.translate("PeopleModel", "签到卡号"),
           lambda r: r.card_number),
    Column(lambda: QCoreApplication.translate("PeopleModel", "状态"), _archived_text),
], foreground=lambda r: muted_brush() if r.archived else None,
   tooltip=lambda r: _archived_text(r) if r.archived else None)


class PeopleRows:
    """The people register as a lazy model's source."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, query: PeopleQuery) -> list[int]:
        """The matching ids, ranked then in the chosen order."""
        return search_ids(self._db, query)

    def fetch(self, ids: list[int]) -> Mapping[int, PersonRow]:
        """The rows, identifiers masked."""
        return fetch_rows(self._db, ids)

    def reordered(self, query: PeopleQuery, order_by: str, descending: bool,
                  ids: list[int]) -> tuple[PeopleQuery, list[int] | None]:
        """Another order: searched again (matches rank first, empty values last)."""
        return dataclasses.replace(query, order_by=order_by, descending=descending), None


class PeopleTableModel(LazyTableModel[PeopleQuery, PersonRow]):
    """Rows of people matching a PeopleQuery, identifiers masked; the user role holds the
    person's id."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(COLUMNS, PeopleRows(db), PeopleQuery(), parent, key=lambda r: r.id)

    def person_id(self, row: int) -> int | None:
        """The person shown on this row."""
        return self.row_id(row)
