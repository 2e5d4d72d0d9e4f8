"""排班: the week's shifts as a grid, one column a day (Monday first), one cell a shift showing
its time, post, "已报 2/3", what is missing in words ("缺 1 人", "已满", "已取消") and the
names signed up. 上一周 / 下一周 / 本周 move the week; the first row of buttons below acts on
the selected shift: sign a volunteer up, cancel a sign-up, move a volunteer to another shift
(换班), change the places (修改名额), cancel the shift; the second makes a shift or a weekly
pattern and manages the posts (岗位).

The arrow keys move from shift to shift; Tab leaves the grid for the buttons.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.volunteers import details, posts, shifts, signups
from desktop.models.volunteers.shifts import PatternInput, Shift, ShiftInput
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel
from desktop.ui.common.record_table import record_table
from desktop.ui.common.wrapped_headers import HEADER_HEIGHT_PADDING_PX
from desktop.ui.volunteers.auto_no_shows import mark_ended_shifts
from desktop.ui.volunteers.posts_dialog import PostsDialog
from desktop.ui.volunteers.shift_dialogs import (
    CancelSignupDialog,
    CapacityDialog,
    PatternDialog,
    ShiftDialog,
    SignUpDialog,
    SwapDialog,
    button,
)
from desktop.ui.volunteers.week_model import (
    CellDelegate,
    WeekModel,
    describe,
    monday_of,
    places_text,
    shift_text,
)

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.ui.shell.pages import PageContext

__all__ = ["WeekTab", "describe", "make_tab", "monday_of", "places_text", "shift_text"]


class WeekTab(RefreshingPage):
    """The week's shifts and the buttons that plan them and sign volunteers up."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self.monday = monday_of(self._db.clock.today())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = button(self.tr("上一周(&P)"), self.tr("看上一周的排班"),
                                      lambda: self.show_week(self.monday - timedelta(days=7)))
        self.this_week_button = button(self.tr("本周(&T)"), self.tr("回到本周的排班"),
                                       lambda: self.show_week(monday_of(
                                           self._db.clock.today())))
        self.next_button = button(self.tr("下一周(&X)"), self.tr("看下一周的排班"),
                                  lambda: self.show_week(self.monday + timedelta(days=7)))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(self.tr("显示的一周"))
        top.addWidget(self.previous_button)
        top.addWidget(self.week_label)
        top.addWidget(self.next_button)
        top.addWidget(self.this_week_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = WeekModel(self.monday, self)
        self.grid = record_table(self.model, self.tr("一周的班次：每列一天，每格一个班次"),
                                 stretch=True)
        # A cell is a shift: the arrow keys move from shift to shift, across days too.
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setAlternatingRowColors(False)
        self.grid.setItemDelegate(CellDelegate(self.grid))
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._enable())
        # Enter or a double click on a cell does the obvious thing: sign someone up for the
        # shift, or make a shift on an empty day (the buttons stay for everything else).
        self.grid.activated.connect(self.activate)
        # The days share the width: when it changes (window, large text) the cells' lines
        # wrap anew and the rows must grow to show them whole.
        # The header sets the stretched widths one day at a time: size the rows once, when
        # all are set (the next turn of the event loop).
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.size_columns)
        self.grid.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start())
        layout.addWidget(self.grid, 1)
        self.new_button = button(self.tr("新建班次(&N)…"), self.tr("新建一个班次"),
                                 lambda: self.make_shift_dialog().open())
        self.pattern_button = button(self.tr("每周排班(&W)…"),
                                     self.tr("按星期几一次排好多周的班次"),
                                     lambda: self.make_pattern_dialog().open())
        self.sign_up_button = button(self.tr("报名(&A)…"), self.tr("给选中的班次报名一位志愿者"),
                                     self._open_sign_up)
        self.cancel_signup_button = button(self.tr("取消报名(&C)…"),
                                           self.tr("取消选中班次里一位志愿者的报名"),
                                           self._open_cancel_signup)
        self.cancel_shift_button = button(self.tr("取消班次(&D)…"),
                                          self.tr("取消选中的班次，写明原因"),
                                          self._open_cancel_shift)
        self.capacity_button = button(self.tr("修改名额(&Q)…"),
                                      self.tr("修改选中班次需要的人数，写明原因"),
                                      self._open_capacity)
        self.swap_button = button(self.tr("换班(&H)…"),
                                  self.tr("把选中班次里的一位志愿者换到另一个班次，写明原因"),
                                  self._open_swap)
        self.posts_button = button(self.tr("岗位(&G)…"),
                                   self.tr("岗位列表：新增、改名、停用岗位"),
                                   lambda: self.make_posts_dialog().open())
        # Two rows: what acts on the shift chosen in the grid, then the planning. One row of
        # eight would make the page wider than the window in English at large text.
        for row in ((self.sign_up_button, self.cancel_signup_button, self.swap_button,
                     self.capacity_button, self.cancel_shift_button),
                    (self.new_button, self.pattern_button, self.posts_button)):
            line = QHBoxLayout()
            for made in row:
                line.addWidget(made)
            line.addStretch(1)
            layout.addLayout(line)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------
    def show_week(self, monday: date) -> None:
        """Show the week starting on ``monday``."""
        self.monday = monday
        self.refresh()
        self.grid.setFocus()

    def refresh(self) -> None:
        """The week's shifts again, keeping the selected shift when it is still there (after
        marking the ended shifts' sign-ups without a sign-in as 未到)."""
        mark_ended_shifts(self, self._db, self._actor)
        chosen = self.selected()
        found = attempt(self, lambda: shifts.week(self._db, self.monday, actor=self._actor),
                        status=self.status_label) or []
        last = self.monday + timedelta(days=6)
        self.week_label.setText(self.tr("{first} 至 {last}").format(
            first=self.monday.isoformat(), last=last.isoformat()))
        self.model.set_week(self.monday, found)
        self.size_columns()
        keep = self.model.index_of(chosen.id) if chosen is not None else None
        if (keep is None or not keep.isValid()) and found:
            keep = self.model.index_of(found[0].id)
        if keep is not None and keep.isValid():
            self.grid.setCurrentIndex(keep)
        self._enable()

    def selected(self) -> Shift | None:
        """The shift of the current cell."""
        if not hasattr(self, "grid"):
            return None
        return self.model.shift_at(self.grid.currentIndex())

    def size_columns(self) -> None:
        """Rows tall enough for every line of their shifts at the width and font in use, the
        header for its two lines (the weekday over the date)."""
        if hasattr(self, "grid"):
            self.grid.resizeRowsToContents()
            header = self.grid.horizontalHeader()
            header.setMinimumHeight(2 * header.fontMetrics().lineSpacing()
                                    + HEADER_HEIGHT_PADDING_PX)

    def select_shift(self, shift_id: int) -> None:
        """Make the cell of ``shift_id`` current."""
        index = self.model.index_of(shift_id)
        if index.isValid():
            self.grid.setCurrentIndex(index)

    def _enable(self) -> None:
        shift = self.selected()
        live = shift is not None and not shift.cancelled
        self.sign_up_button.setEnabled(live and shift is not None and shift.open_places > 0)
        self.cancel_signup_button.setEnabled(live and shift is not None
                                             and bool(shift.volunteers))
        self.cancel_shift_button.setEnabled(live)
        self.capacity_button.setEnabled(live)
        self.swap_button.setEnabled(live and shift is not None and any(
            v.status == "signed_up" for v in shift.volunteers))

    def _done(self, text: str, shift_id: int | None = None) -> None:
        self.refresh()
        if shift_id is not None:
            self.select_shift(shift_id)
        self.status_label.show_result(text)

    # -- planning ---------------------------------------------------------------------------
    def _day_for_new(self) -> date:
        today = self._db.clock.today()
        return today if self.monday <= today <= self.monday + timedelta(days=6) else self.monday

    def activate(self, index: QModelIndex) -> QDialog | None:
        """What Enter or a double click on a cell does: a shift with places open → sign a
        volunteer up; an empty cell → a new shift on that day; a full or cancelled shift → say
        what the buttons can do instead. Returns the dialog opened, if any."""
        if not index.isValid():
            return None
        shift = self.model.shift_at(index)
        dialog: QDialog | None = None
        if shift is None:
            dialog = self.make_shift_dialog(self.monday + timedelta(days=index.column()))
        elif shift.cancelled:
            self.status_label.show_result(self.tr("这个班次已取消，不能报名"), problem=True)
        elif shift.open_places <= 0:
            self.status_label.show_result(
                self.tr("这个班次已满：要多报一人，先按“修改名额”；要换人，按“换班”"),
                problem=True)
        else:
            dialog = self.make_sign_up_dialog()
        if dialog is not None:
            dialog.open()
        return dialog

    def make_shift_dialog(self, day: date | None = None) -> ShiftDialog:
        """The dialog for a one-off shift on ``day`` (by default today when the week shown has
        it, else its Monday)."""
        return ShiftDialog(posts.list_posts(self._db), day or self._day_for_new(),
                           self._create_shift, self)

    def _create_shift(self, data: ShiftInput) -> int:
        shift_id = shifts.create_shift(self._db, data, actor=self._actor)
        self.monday = monday_of(date.fromisoformat(data.day))
        self._done(self.tr("已新建班次：{day} {start}").format(day=data.day,
                                                            start=data.starts_at), shift_id)
        return shift_id

    def make_pattern_dialog(self) -> PatternDialog:
        """The dialog for a weekly pattern (from the week shown's Monday, or today)."""
        return PatternDialog(posts.list_posts(self._db), self._day_for_new(),
                             self._create_pattern, self)

    def _create_pattern(self, data: PatternInput, holidays: tuple[str, ...]) -> object:
        made = shifts.create_pattern(self._db, data, actor=self._actor, holidays=holidays)
        self.monday = monday_of(date.fromisoformat(data.first_day))
        self._done(self.tr("已排好 {count} 个班次（跳过 {skipped} 天）").format(
            count=len(made.shift_ids), skipped=len(made.skipped)), made.shift_ids[0])
        return made

    def make_posts_dialog(self) -> PostsDialog:
        """The posts list (the week is shown again after each change: names may change)."""
        return PostsDialog(self._db, self._actor, self.refresh, self)

    # -- sign-ups ---------------------------------------------------------------------------
    def make_sign_up_dialog(self) -> SignUpDialog | None:
        """The dialog that signs a volunteer up for the selected shift."""
        shift = self.selected()
        if shift is None:
            return None
        taken = {v.person_id for v in shift.volunteers}
        free = [v for v in details.volunteers(self._db) if v.person_id not in taken]
        return SignUpDialog(f"{describe(shift)}；{places_text(shift)}", free,
                            lambda person_id: self.sign_up(shift.id, person_id), self)

    def sign_up(self, shift_id: int, person_id: int) -> int:
        """Sign ``person_id`` up (raises the models' refusal for the dialog to show)."""
        signup_id = signups.sign_up(self._db, shift_id, person_id, actor=self._actor)
        name = self._db.scalar("SELECT name FROM person WHERE id = ?", (person_id,))
        self._done(self.tr("已报名：{name}").format(name=name), shift_id)
        return signup_id

    def _open_sign_up(self) -> None:
        dialog = self.make_sign_up_dialog()
        if dialog is not None:
            dialog.open()

    def make_cancel_signup_dialog(self) -> CancelSignupDialog | None:
        """The dialog that cancels one sign-up of the selected shift, with a reason."""
        shift = self.selected()
        if shift is None or not shift.volunteers:
            return None
        signed = [(v.signup_id, v.name) for v in shift.volunteers if v.status == "signed_up"]

        def cancel(signup_id: int, reason: str) -> None:
            signups.cancel_signup(self._db, signup_id, reason, actor=self._actor)
            name = next(n for i, n in signed if i == signup_id)
            self._done(self.tr("已取消 {name} 的报名").format(name=name), shift.id)

        return CancelSignupDialog(describe(shift), signed, cancel, self)

    def _open_cancel_signup(self) -> None:
        dialog = self.make_cancel_signup_dialog()
        if dialog is not None:
            dialog.open()

    def shifts_to_swap_to(self, day: str, away_from: int) -> list[tuple[int, str]]:
        """(id, text) of the shifts of ``day`` a volunteer can be moved to: not cancelled, not
        the shift they leave."""
        found = shifts.week(self._db, monday_of(date.fromisoformat(day)), actor=self._actor)
        return [(s.id, f"{s.starts_at}–{s.ends_at} {s.post_name}（{places_text(s)}）")
                for s in found if s.day == day and not s.cancelled and s.id != away_from]

    def make_swap_dialog(self) -> SwapDialog | None:
        """The dialog that moves a volunteer of the selected shift to another shift."""
        shift = self.selected()
        if shift is None or shift.cancelled:
            return None
        signed = [(v.signup_id, v.name) for v in shift.volunteers if v.status == "signed_up"]
        if not signed:
            return None

        def swap(signup_id: int, shift_id: int, reason: str) -> None:
            signups.swap(self._db, signup_id, shift_id, reason, actor=self._actor)
            name = next(n for i, n in signed if i == signup_id)
            target = shifts.get_shift(self._db, shift_id)
            self.monday = monday_of(date.fromisoformat(target.day))
            self._done(self.tr("已换班：{name} 换到 {shift}").format(
                name=name, shift=describe(target)), shift_id)

        return SwapDialog(describe(shift), signed, date.fromisoformat(shift.day),
                          lambda day: self.shifts_to_swap_to(day, shift.id), swap, self)

    def _open_swap(self) -> None:
        dialog = self.make_swap_dialog()
        if dialog is not None:
            dialog.open()

    def make_capacity_dialog(self) -> CapacityDialog | None:
        """The dialog that changes the places of the selected shift, with a reason."""
        shift = self.selected()
        if shift is None or shift.cancelled:
            return None

        def change(capacity: int, reason: str) -> None:
            shifts.set_capacity(self._db, shift.id, capacity, reason=reason, actor=self._actor)
            self._done(self.tr("已修改名额：{shift} 需要 {capacity} 人").format(
                shift=describe(shift), capacity=capacity), shift.id)

        return CapacityDialog(describe(shift), shift.capacity, shift.taken, change, self)

    def _open_capacity(self) -> None:
        dialog = self.make_capacity_dialog()
        if dialog is not None:
            dialog.open()

    def cancel_shift(self, reason: str) -> bool:
        """Cancel the selected shift (and its sign-ups) with ``reason``."""
        shift = self.selected()
        if shift is None:
            return False
        count: list[int] = []
        if not succeeded(self, lambda: count.append(shifts.cancel_shift(
                self._db, shift.id, reason, actor=self._actor)), status=self.status_label):
            return False
        self._done(self.tr("已取消班次：{shift}；{count} 人的报名一并取消").format(
            shift=describe(shift), count=count[0]), shift.id)
        return True

    def _open_cancel_shift(self) -> None:
        shift = self.selected()
        if shift is None:
            return
        dialog = ReasonDialog(self.tr("取消班次"), self.tr(
            "取消 {shift}：已报名的志愿者的报名也一并取消，原因相同。").format(
            shift=describe(shift)), self.tr("取消班次(&D)"), self,
            placeholder=self.tr("如：暴雨停课、场地维修"))
        dialog.accepted.connect(lambda: self.cancel_shift(dialog.reason()))
        dialog.open()


def make_tab(context: PageContext) -> WeekTab:
    """The 排班 tab of the 志愿服务 page."""
    return WeekTab(context)
