"""The activities page's tables (activities, yearly counts) and its pick lists of people.

Each model holds one query's rows (a year of activities, the register's members, a day's
sign-ins); filtering and counting run in SQL in desktop.models.activities.activities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.models.activities import activities
from desktop.models.activities.activities import Activity, MemberCount
from desktop.models.db import Database
from desktop.ui.common.columns import RIGHT, Column, every_column
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.shell.theme import muted_brush

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    """The activity kind, translated: 文化 / Culture, 体育 / Sports …"""
    names = {
        "文化": QCoreApplication.translate("ActivitiesModel", "文化"),
        "体育": QCoreApplication.translate("ActivitiesModel", "体育"),
        "康复": QCoreApplication.translate("ActivitiesModel", "康复"),
        "节日慰问": QCoreApplication.translate("ActivitiesModel", "节日慰问"),
        "其他": QCoreApplication.translate("ActivitiesModel", "其他"),
    }
    return names.get(kind, kind)


def _status(activity: Activity) -> str:
    if activity.voided:
        return QCoreApplication.translate("ActivitiesModel", "已作废：{reason}").format(
            reason=activity.void_reason or "")
    return QCoreApplication.translate("ActivitiesModel", "有效")


# Headers are literal translate calls so lupdate finds them; a voided activity is greyed (and
# its status column says so in words).
ACTIVITY_COLUMNS: list[Column[Activity]] = every_column([
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "日期"), lambda a: a.day),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "活动名称"), lambda a: a.title),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "类型"),
           lambda a: kind_label(a.kind)),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "地点"), lambda a: a.place),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "组织者"),
           lambda a: a.organiser),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "参加人数"),
           lambda a: a.participants, align=RIGHT),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "状态"), _status),
], foreground=lambda a: muted_brush() if a.voided else None)


class ActivitiesTableModel(ListTableModel[Activity]):
    """The activities of one year (optionally one kind), newest first; the user role holds
    the activity's id."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(ACTIVITY_COLUMNS, parent, key=lambda a: a.id)
        self._db = db
        self.year: int | None = None
        self.kind: str | None = None
        self.include_voided = False

    def set_filter(self, year: int | None, kind: str | None, include_voided: bool) -> None:
        """Show another year, kind or voided state."""
        self.year, self.kind, self.include_voided = year, kind, include_voided
        self.refresh()

    def refresh(self) -> None:
        """Re-read the rows (after a change)."""
        self.set_rows(activities.list_activities(self._db, self.year, self.kind,
                                                 include_voided=self.include_voided))

    def activity(self, row: int) -> Activity | None:
        """The activity on a row."""
        return self.row_data(row)


def _target_text(row: MemberCount) -> str:
    if row.below_target:
        return QCoreApplication.translate("ActivitiesModel", "不足三次")
    return QCoreApplication.translate("ActivitiesModel", "已满三次")


COUNT_COLUMNS: list[Column[MemberCount]] = [
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "姓名"), lambda r: r.name),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "本年文体活动次数"),
           lambda r: r.count, align=RIGHT),
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "是否达到三次"), _target_text),
    # Tells apart members with the same name.
    Column(lambda: QCoreApplication.translate("ActivitiesModel", "签到卡号"),
           lambda r: r.card_number),
]


class MemberCountModel(ListTableModel[MemberCount]):
    """Members with their number of counted activities in a year; optionally those below three.
    The user role holds the person's id."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(COUNT_COLUMNS, parent, key=lambda r: r.person_id)
        self._db = db
        self._all: list[MemberCount] = []
        self.year: int | None = None
        self.below_only = False

    def set_year(self, year: int) -> None:
        """Count another year."""
        self.year = year
        self.refresh()

    def set_below_only(self, below_only: bool) -> None:
        """Show only the members still below three."""
        self.below_only = below_only
        self._show()

    def refresh(self) -> None:
        """Re-count (after participants changed)."""
        self._all = activities.member_counts(self._db, self.year) if self.year else []
        self._show()

    def _show(self) -> None:
        self.set_rows([r for r in self._all if r.below_target] if self.below_only
                      else self._all)

    @property
    def total(self) -> int:
        """Members counted (whatever the filter shows)."""
        return len(self._all)

    @property
    def below(self) -> int:
        """Members below three."""
        return sum(1 for r in self._all if r.below_target)

    def member(self, row: int) -> MemberCount | None:
        """The member on a row."""
        return self.row_data(row)


@dataclass(frozen=True)
class PickItem:
    """A person in a pick list: a candidate to add or a participant to remove."""

    person_id: int
    name: str
    detail: str
    locked: bool = False  # already a participant: shown, not checkable


class PickListModel(QAbstractListModel):
    """People with check boxes (space toggles them); the checked ones are acted on."""

    def __init__(self, locked_text: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PickItem] = []
        self._checked: set[int] = set()
        self._locked_text = locked_text

    def set_items(self, items: Sequence[PickItem]) -> None:
        """Replace the list; checks on people still listed are kept."""
        self.beginResetModel()
        self._items = list(items)
        present = {i.person_id for i in self._items if not i.locked}
        self._checked &= present
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        """The checked people, in list order."""
        return [i.person_id for i in self._items if i.person_id in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        """Check (or clear) every checkable person."""
        self._checked = {i.person_id for i in self._items if not i.locked} if checked else set()
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def item(self, row: int) -> PickItem | None:
        """The person on a row."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def _text(self, item: PickItem) -> str:
        parts = [item.name, item.detail]
        if item.locked and self._locked_text:
            parts.append(self._locked_text)
        return "  ".join(p for p in parts if p)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item)
        if role == Qt.ItemDataRole.CheckStateRole and not item.locked:
            return (Qt.CheckState.Checked if item.person_id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.UserRole:
            return item.person_id
        if role == Qt.ItemDataRole.ForegroundRole and item.locked:
            return muted_brush()  # and the words "已参加" say it
        return None

    def setData(self, index: _Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or item.locked or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(item.person_id)
        else:
            self._checked.discard(item.person_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        if item.locked:
            return Qt.ItemFlag.ItemIsEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)
