"""The tick list of a roll call: one row a trainee with the mark chosen so far, the kiosk's
pre-mark shown as such until staff confirm it with a key, and the keys that mark a trainee
(1–5)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from desktop.models.training import rules
from desktop.models.training.roll_call import RollCallLine
from desktop.ui.common.columns import Column
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel

MARK_KEYS: dict[int, str] = {
    int(Qt.Key.Key_1.value): "present",
    int(Qt.Key.Key_2.value): "late",
    int(Qt.Key.Key_3.value): "left_early",
    int(Qt.Key.Key_4.value): "excused",
    int(Qt.Key.Key_5.value): "absent",
}
"""The key that gives each mark, in the order of :data:`rules.MARKS`."""
KEY_DIGITS = {mark: str(n) for n, mark in enumerate(rules.MARKS, start=1)}
"""The digit shown for each mark."""


@dataclass(frozen=True)
class RollRow:
    """A trainee on the list with the mark chosen now (None: not marked yet); ``touched``
    says staff marked the row here (a kiosk pre-mark so marked is confirmed)."""

    line: RollCallLine
    mark: str | None
    touched: bool = False

    @property
    def changed(self) -> bool:
        """Whether the mark differs from the one saved (a pre-mark is not saved)."""
        return not self.line.confirmed or self.mark != self.line.mark

    @property
    def pre_marked(self) -> bool:
        """Whether the mark is the kiosk's, not yet confirmed by staff (saved, or marked
        here)."""
        return (self.line.from_kiosk and not self.line.confirmed and not self.touched
                and self.mark == self.line.mark)


def mark_name(mark: str | None) -> str:
    """出勤, 迟到 …, or 未标记."""
    if mark is None:
        return QCoreApplication.translate("RollCallModel", "未标记")
    return model_message(rules.MARK_NAMES[mark])


def mark_text(row: RollRow) -> str:
    """The mark with its key, and what it is: 1 出勤（签到台签到，待确认）, 5 缺勤（未保存）."""
    if row.mark is None:
        return mark_name(None)
    text = f"{KEY_DIGITS[row.mark]} {mark_name(row.mark)}"
    if row.pre_marked:
        return text + QCoreApplication.translate("RollCallModel", "（签到台签到，待确认）")
    if row.changed:
        return text + QCoreApplication.translate("RollCallModel", "（未保存）")
    return text


def _bold(row: RollRow) -> QFont | None:
    if row.mark is None or row.changed:
        font = QFont()
        font.setBold(True)
        return font
    return None


def roll_call_model(parent: object = None) -> ListTableModel[RollRow]:
    """The tick list's model: number, name, mark (its second column is set by marking)."""
    columns: list[Column[RollRow]] = [
        Column(lambda: QCoreApplication.translate("RollCallModel", "姓名"),
               lambda r: r.line.name),
        Column(lambda: QCoreApplication.translate("RollCallModel", "出勤情况"), mark_text,
               font=_bold,
               edit=lambda r, mark: dataclasses.replace(r, mark=mark or None, touched=True)),
        Column(lambda: QCoreApplication.translate("RollCallModel", "签到台"),
               lambda r: QCoreApplication.translate("RollCallModel", "已签到")
               if r.line.from_kiosk else ""),
    ]
    return ListTableModel(columns, parent, key=lambda r: r.line.enrolment_id)


MARK_COLUMN = 1
"""The column whose ``setData`` changes a row's mark."""
