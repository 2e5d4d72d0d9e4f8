"""The 就业 tab: employment after a course — the follow-ups that are due (overdue ones
marked in words and colour), the placements (employer, job, start day, employment form with
its national code, whether the job ended, the follow-ups done) and the follow-ups of the one
selected.

登记就业 records a placement for a trainee of a course, 登记回访 a follow-up at 1, 3, 6 or
12 months (from the due list or for the selected placement), 离岗 the end of a job, and
作废 voids a placement or a follow-up entered by mistake with a reason (kept, not deleted).
Every refusal shows in its dialog or on the tab's result line; nothing is written then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.training import employment, outcome_lists, rules
from desktop.models.training.employment import FollowUp, FollowUpDue, Placement
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.columns import Column, every_column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.training.employment_dialogs import EndPlacementDialog, PlacementDialog, form_text
from desktop.ui.training.follow_up_dialog import FollowUpDialog

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

_OVERDUE = QColor("#b00020")
# Characters per column of each table.
_DUE_CHARS = (4, 12, 6, 7, 5)
_PLACEMENT_CHARS = (4, 10, 12, 7, 7, 7, 7, 12)
_FOLLOW_UP_CHARS = (8, 9, 5, 8, 16)
_SPLIT_SHARES = (4, 3, 1)
"""The room of the due list, the placements and the selected placement's follow-ups."""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def due_columns() -> list[Column[FollowUpDue]]:
    """The due list's columns; an overdue follow-up says so, in red and bold."""
    translate = QCoreApplication.translate
    return every_column([
        Column(lambda: translate("EmploymentTab", "姓名"), lambda r: r.name),
        Column(lambda: translate("EmploymentTab", "就业单位"), lambda r: r.employer),
        Column(lambda: translate("EmploymentTab", "回访"),
               lambda r: translate("EmploymentTab", "第 {n} 个月").format(n=r.due_month)),
        Column(lambda: translate("EmploymentTab", "应回访日期"), lambda r: r.due_on),
        Column(lambda: translate("EmploymentTab", "状态"),
               lambda r: (translate("EmploymentTab", "已逾期") if r.overdue
                          else translate("EmploymentTab", "到期")),
               foreground=lambda r: QBrush(_OVERDUE) if r.overdue else None,
               font=lambda r: _bold() if r.overdue else None),
    ])


class PlacementLine:
    """A placement with its follow-ups by month."""

    def __init__(self, placement: Placement, follow_ups: dict[int, FollowUp]) -> None:
        self.placement = placement
        self.follow_ups = follow_ups

    @property
    def id(self) -> int:
        """The placement's id (the table's key)."""
        return self.placement.id


def _state(line: PlacementLine) -> str:
    ended = line.placement.ended_on
    if ended:
        return QCoreApplication.translate("EmploymentTab", "{day} 离岗").format(day=ended)
    return QCoreApplication.translate("EmploymentTab", "在岗")


def _follow_up_summary(line: PlacementLine) -> str:
    translate = QCoreApplication.translate
    return translate("EmploymentTab", "、").join(
        translate("EmploymentTab", "{n}月{state}").format(
            n=months, state=translate("EmploymentTab", "在岗") if f.still_employed
            else translate("EmploymentTab", "未在岗"))
        for months, f in sorted(line.follow_ups.items())) or translate("EmploymentTab", "尚未回访")


def placement_columns() -> list[Column[PlacementLine]]:
    """The placements' columns."""
    translate = QCoreApplication.translate
    return every_column([
        Column(lambda: translate("EmploymentTab", "姓名"), lambda r: r.placement.name),
        Column(lambda: translate("EmploymentTab", "培训课程"), lambda r: r.placement.course_name),
        Column(lambda: translate("EmploymentTab", "就业单位"), lambda r: r.placement.employer),
        Column(lambda: translate("EmploymentTab", "岗位"), lambda r: r.placement.job),
        Column(lambda: translate("EmploymentTab", "上岗日期"), lambda r: r.placement.started_on),
        Column(lambda: translate("EmploymentTab", "就业形式"),
               lambda r: form_text(r.placement.employment_form)),
        Column(lambda: translate("EmploymentTab", "状态"), _state),
        Column(lambda: translate("EmploymentTab", "回访情况"), _follow_up_summary),
    ])


def follow_up_columns() -> list[Column[FollowUp]]:
    """The selected placement's follow-ups."""
    translate = QCoreApplication.translate
    return every_column([
        Column(lambda: translate("EmploymentTab", "回访"),
               lambda r: translate("EmploymentTab", "第 {n} 个月").format(n=r.due_month)),
        Column(lambda: translate("EmploymentTab", "回访日期"), lambda r: r.done_on),
        Column(lambda: translate("EmploymentTab", "仍在岗"),
               lambda r: translate("EmploymentTab", "是") if r.still_employed
               else translate("EmploymentTab", "否")),
        Column(lambda: translate("EmploymentTab", "月收入"),
               lambda r: r.income_band or translate("EmploymentTab", "未了解")),
        Column(lambda: translate("EmploymentTab", "备注"), lambda r: r.note),
    ])


def _selected_row(table: QTableView, model: ListTableModel) -> object | None:
    rows = table.selectionModel().selectedRows()
    return model.row_data(rows[0].row()) if rows else None


class EmploymentTab(RefreshingPage):
    """Follow-ups due, placements and their follow-ups."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.due_model: ListTableModel[FollowUpDue] = ListTableModel(
            due_columns(), self, key=lambda r: (r.placement_id, r.due_month))
        self.placement_model: ListTableModel[PlacementLine] = ListTableModel(
            placement_columns(), self, key=lambda r: r.id)
        self.follow_up_model: ListTableModel[FollowUp] = ListTableModel(
            follow_up_columns(), self, key=lambda r: r.id)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)

        due_part = QWidget()
        due_layout = QVBoxLayout(due_part)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_label = QLabel()
        self.due_label.setAccessibleName(self.tr("到期回访的数目"))
        self.due_table = record_table(self.due_model, self.tr("到期的就业回访"), wrap=False)
        self.due_table.activated.connect(lambda _i: self.open_due_follow_up())
        due_row = QHBoxLayout()
        self.due_button = named_button(self.tr("登记这次回访(&R)…"),
                                       self.tr("登记所选到期回访的结果"), self.open_due_follow_up)
        due_row.addWidget(self.due_label, 1)
        due_row.addWidget(self.due_button)
        due_layout.addLayout(due_row)
        due_layout.addWidget(self.due_table)
        splitter.addWidget(due_part)

        placement_part = QWidget()
        placement_layout = QVBoxLayout(placement_part)
        placement_layout.setContentsMargins(0, 0, 0, 0)
        placement_label = QLabel(self.tr("培训后就业记录（最新的在前）"))
        self.placement_table = record_table(self.placement_model, self.tr("培训后就业记录"),
                                            wrap=False)
        placement_label.setBuddy(self.placement_table)
        placement_layout.addWidget(placement_label)
        placement_layout.addWidget(self.placement_table, 1)
        buttons = QHBoxLayout()
        self.add_button = named_button(self.tr("登记就业(&N)…"),
                                       self.tr("为一位学员登记培训后的就业"), self.open_placement)
        self.follow_up_button = named_button(self.tr("登记回访(&F)…"),
                                             self.tr("为所选就业记录登记一次回访"),
                                             self.open_follow_up)
        self.end_button = named_button(self.tr("离岗(&E)…"), self.tr("登记所选就业已经结束"),
                                       self.open_end)
        self.void_button = named_button(self.tr("作废就业记录(&V)…"),
                                        self.tr("作废录错的就业记录（保留记录，写明原因）"),
                                        self.open_void_placement)
        for button in (self.add_button, self.follow_up_button, self.end_button,
                       self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        placement_layout.addLayout(buttons)
        splitter.addWidget(placement_part)

        # The selected placement's follow-ups (a handful at most) get the least room: the
        # due list and the placements are what staff work through.
        follow_up_part = QWidget()
        follow_up_layout = QVBoxLayout(follow_up_part)
        follow_up_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_table = record_table(self.follow_up_model,
                                            self.tr("所选就业记录的回访"), wrap=False)
        follow_up_label = QLabel(self.tr("所选就业记录的回访"))
        follow_up_label.setBuddy(self.follow_up_table)
        self.void_follow_up_button = named_button(
            self.tr("作废回访(&W)…"), self.tr("作废录错的回访记录（保留记录，写明原因）"),
            self.open_void_follow_up)
        # The label and its button on one line (as the due list's): the rows keep the room.
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(follow_up_label, 1)
        follow_up_row.addWidget(self.void_follow_up_button)
        follow_up_layout.addLayout(follow_up_row)
        follow_up_layout.addWidget(self.follow_up_table, 1)
        splitter.addWidget(follow_up_part)
        # Half to the due list, three eighths to the placements, the rest to the follow-ups
        # (sizes are weights until the splitter is shown), and so on when it grows.
        for part, share in enumerate(_SPLIT_SHARES):
            splitter.setStretchFactor(part, share)
        splitter.setSizes([share * 1000 for share in _SPLIT_SHARES])
        layout.addWidget(splitter, 1)
        self.status_label = StatusLabel(self.tr("就业登记操作结果"))
        layout.addWidget(self.status_label)
        self.dialog: QWidget | None = None
        self.due_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.placement_table.selectionModel().selectionChanged.connect(
            lambda *_: self._placement_chosen())
        self.follow_up_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.reload()
        self.size_columns()

    def _fit_heights(self) -> None:
        # Room for four due follow-ups; the follow-ups of a placement get a row at least
        # and four at most (the splitter gives the rest to the due list and placements).
        rows = self.fontMetrics().height() + 12
        self.due_table.setMinimumHeight(rows * 5)
        table = self.follow_up_table
        table.setMinimumHeight(  # its heading, one row, and a scroll bar when too wide
            table.horizontalHeader().sizeHint().height() + rows
            + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())
        self.follow_up_table.setMaximumHeight(rows * 6)

    # -- reading -------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """The follow-ups due today and the placements; select placement ``select`` or keep
        the selection."""
        keep = select if select is not None else self._placement_id()
        due = employment.follow_ups_due(self._db, self._db.clock.today())
        self.due_model.set_rows(due)
        overdue = sum(1 for d in due if d.overdue)
        self.due_label.setText(self.tr("到期回访 {n} 次，其中已逾期 {overdue} 次").format(
            n=len(due), overdue=overdue) if due else self.tr("没有到期的回访"))
        if due:
            self.due_table.selectRow(0)
        follow_ups = outcome_lists.follow_ups_by_placement(self._db)
        self.placement_model.set_rows([PlacementLine(p, follow_ups.get(p.id, {}))
                                       for p in employment.placements(self._db)])
        index = self.placement_model.row_of(keep) if keep is not None else -1
        if index < 0 and self.placement_model.rowCount():
            index = 0
        if index >= 0:
            self.placement_table.selectRow(index)
        self._placement_chosen()

    def _placement_chosen(self) -> None:
        line = self.selected_placement()
        self.follow_up_model.set_rows(sorted(line.follow_ups.values(),
                                             key=lambda f: f.due_month) if line else [])
        self._update_buttons()

    def selected_due(self) -> FollowUpDue | None:
        """The due follow-up selected, if any."""
        found = _selected_row(self.due_table, self.due_model)
        return found if isinstance(found, FollowUpDue) else None

    def selected_placement(self) -> PlacementLine | None:
        """The placement selected, if any."""
        if not hasattr(self, "placement_table"):
            return None
        found = _selected_row(self.placement_table, self.placement_model)
        return found if isinstance(found, PlacementLine) else None

    def _placement_id(self) -> int | None:
        line = self.selected_placement()
        return line.id if line else None

    def selected_follow_up(self) -> FollowUp | None:
        """The follow-up selected in the lower list, if any."""
        found = _selected_row(self.follow_up_table, self.follow_up_model)
        return found if isinstance(found, FollowUp) else None

    def choose_placement(self, placement_id: int) -> None:
        """Select the placement's row."""
        index = self.placement_model.row_of(placement_id)
        if index >= 0:
            self.placement_table.selectRow(index)

    def _update_buttons(self) -> None:
        if not hasattr(self, "void_follow_up_button"):
            return
        line = self.selected_placement()
        self.due_button.setEnabled(self.selected_due() is not None)
        self.follow_up_button.setEnabled(line is not None and len(line.follow_ups) < 4)
        self.end_button.setEnabled(line is not None and line.placement.ended_on is None)
        self.void_button.setEnabled(line is not None)
        self.void_follow_up_button.setEnabled(self.selected_follow_up() is not None)

    # -- dialogs -------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()

    def make_placement_dialog(self) -> PlacementDialog:
        """登记就业, wired to reload and select the new placement."""
        dialog = PlacementDialog(self._db, self._actor, self)
        dialog.accepted.connect(lambda: self._placed(dialog))
        return dialog

    def open_placement(self) -> None:
        """Open 登记就业."""
        self._show(self.make_placement_dialog())

    def _placed(self, dialog: PlacementDialog) -> None:
        self.reload(select=dialog.placement_id)
        line = self.selected_placement()
        if line is not None:
            self.status_label.show_result(self.tr(
                "已登记 {name} 在 {employer} 就业（{day} 上岗），上岗后第 1、3、6、12 个月回访")
                .format(name=line.placement.name, employer=line.placement.employer,
                        day=line.placement.started_on))

    def make_follow_up_dialog(self, placement_id: int | None = None,
                              month: int | None = None) -> FollowUpDialog | None:
        """登记回访 for the placement (the selected one by default), wired to reload."""
        if placement_id is not None:
            self.choose_placement(placement_id)
        line = self.selected_placement()
        if line is None:
            return None
        dialog = FollowUpDialog(self._db, self._actor, line.placement, set(line.follow_ups),
                                month, self)
        dialog.accepted.connect(lambda: self._followed_up(line.placement))
        return dialog

    def open_follow_up(self) -> None:
        """Open 登记回访 for the selected placement."""
        dialog = self.make_follow_up_dialog()
        if dialog is not None:
            self._show(dialog)

    def open_due_follow_up(self) -> None:
        """Open 登记回访 for the selected due follow-up."""
        due = self.selected_due()
        if due is None:
            return
        dialog = self.make_follow_up_dialog(due.placement_id, due.due_month)
        if dialog is not None:
            self._show(dialog)

    def _followed_up(self, placement: Placement) -> None:
        self.reload(select=placement.id)
        self.status_label.show_result(self.tr("已登记 {name} 的回访").format(
            name=placement.name))

    def make_end_dialog(self) -> EndPlacementDialog | None:
        """离岗 for the selected placement, wired to reload."""
        line = self.selected_placement()
        if line is None:
            return None
        dialog = EndPlacementDialog(self._db, self._actor, line.placement, self)
        dialog.accepted.connect(lambda: self._ended(line.placement))
        return dialog

    def open_end(self) -> None:
        """Open 离岗 for the selected placement."""
        dialog = self.make_end_dialog()
        if dialog is not None:
            self._show(dialog)

    def _ended(self, placement: Placement) -> None:
        self.reload(select=placement.id)
        self.status_label.show_result(self.tr("已登记 {name} 离岗").format(name=placement.name))

    def make_void_placement_dialog(self) -> ReasonDialog | None:
        """Ask why the selected placement is voided."""
        line = self.selected_placement()
        if line is None:
            return None
        p = line.placement
        dialog = ReasonDialog(
            self.tr("作废就业记录"),
            self.tr("作废 {name} 在 {employer} 的就业记录（{day} 上岗）和它的回访；记录仍保留。")
            .format(name=p.name, employer=p.employer, day=p.started_on),
            self.tr("作废(&V)"), self, placeholder=self.tr("如：录错人、重复登记"),
            max_length=rules.REASON_MAX)
        dialog.accepted.connect(lambda: self.void_placement(p.id, dialog.reason()))
        return dialog

    def open_void_placement(self) -> None:
        """Ask why, then void the selected placement."""
        dialog = self.make_void_placement_dialog()
        if dialog is not None:
            self._show(dialog)

    def void_placement(self, placement_id: int, reason: str) -> bool:
        """Void the placement with ``reason``; a refusal shows on the result line."""
        if not succeeded(self, lambda: employment.void_placement(
                self._db, placement_id, reason, actor=self._actor), status=self.status_label):
            return False
        self.reload()
        self.status_label.show_result(self.tr("已作废这条就业记录"))
        return True

    def make_void_follow_up_dialog(self) -> ReasonDialog | None:
        """Ask why the selected follow-up is voided."""
        follow_up = self.selected_follow_up()
        if follow_up is None:
            return None
        dialog = ReasonDialog(
            self.tr("作废回访"),
            self.tr("作废第 {n} 个月的回访（{day}）；记录仍保留，作废后可重新登记。").format(
                n=follow_up.due_month, day=follow_up.done_on),
            self.tr("作废(&V)"), self, placeholder=self.tr("如：录错人、日期写错"),
            max_length=rules.REASON_MAX)
        dialog.accepted.connect(lambda: self.void_follow_up(follow_up.id, dialog.reason()))
        return dialog

    def open_void_follow_up(self) -> None:
        """Ask why, then void the selected follow-up."""
        dialog = self.make_void_follow_up_dialog()
        if dialog is not None:
            self._show(dialog)

    def void_follow_up(self, follow_up_id: int, reason: str) -> bool:
        """Void the follow-up with ``reason``; a refusal shows on the result line."""
        if not succeeded(self, lambda: employment.void_follow_up(
                self._db, follow_up_id, reason, actor=self._actor), status=self.status_label):
            return False
        self.reload()
        self.status_label.show_result(self.tr("已作废这次回访，可以重新登记"))
        return True

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again whenever the tab shows (follow-ups come due with the days)."""
        self.reload()

    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if hasattr(self, "follow_up_table"):
            self._fit_heights()
            fit_columns(self.due_table, _DUE_CHARS)
            fit_columns(self.placement_table, _PLACEMENT_CHARS)
            fit_columns(self.follow_up_table, _FOLLOW_UP_CHARS)


def make_tab(context: PageContext) -> EmploymentTab:
    """The 就业 tab of the 职业培训 page."""
    return EmploymentTab(context.db, context.actor)
