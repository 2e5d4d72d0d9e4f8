"""The 离站交接 tab: the day's present day-care members with who collected them and when, and
the form to record a hand-over (someone from the member's pick-up list, or anyone else with a
reason). Members still here after closing time are flagged in words."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.care import handover
from desktop.models.care.day_care import closing_time
from desktop.models.care.handover import DayMember
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import month_close
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.columns import Column
from desktop.ui.common.form_fields import FieldErrors, use_calendar_popup
from desktop.ui.common.labels import closed_month_line, model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext

# Characters a column shows at most (name, in, out, collected by, at, state; 0: all): the
# columns are as wide as their cells (with fixed widths the state went off the right edge in
# English and at large text).
_MAX_CHARS = (6, 0, 0, 10, 0, 8)
# The collector combo's last item: someone not on the list (then a name and a reason).
OTHER = -1


def state_text(member: DayMember) -> str:
    """The member's state in words (never colour alone): collected, signed out, still here,
    or still here after closing time."""
    found = member.handover
    if found is not None:
        if found.from_list:
            return QCoreApplication.translate("HandoverTab", "已接走")
        return QCoreApplication.translate("HandoverTab", "已接走（名单外：{reason}）").format(
            reason=found.reason)
    if member.signed_out:
        return QCoreApplication.translate("HandoverTab", "已签退，未登记交接")
    if member.late:
        return QCoreApplication.translate("HandoverTab", "⚠ 已过闭馆时间，仍在中心")
    return QCoreApplication.translate("HandoverTab", "仍在中心")


def collector_text(member: DayMember) -> str:
    """王家长（父亲）, or the name alone."""
    found = member.handover
    if found is None:
        return ""
    if found.relation:
        return QCoreApplication.translate("HandoverTab", "{name}（{relation}）").format(
            name=found.collector_name, relation=found.relation)
    return found.collector_name


def day_columns() -> list[Column[DayMember]]:
    """The columns of the day's list."""
    return [
        Column(lambda: QCoreApplication.translate("HandoverTab", "姓名"), lambda m: m.name),
        Column(lambda: QCoreApplication.translate("HandoverTab", "签到"), lambda m: m.signed_in),
        Column(lambda: QCoreApplication.translate("HandoverTab", "签退"), lambda m: m.signed_out),
        Column(lambda: QCoreApplication.translate("HandoverTab", "接走人"), collector_text),
        Column(lambda: QCoreApplication.translate("HandoverTab", "接走时间"),
               lambda m: m.handover.collected_at if m.handover else ""),
        Column(lambda: QCoreApplication.translate("HandoverTab", "情况"), state_text,
               tooltip=state_text),
    ]


class HandoverTab(RefreshingPage):
    """The day's hand-overs: pick a member, then who collected them and when."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.model: ListTableModel[DayMember] = ListTableModel(
            day_columns(), self, key=lambda m: m.person_id)
        layout = QVBoxLayout(self)
        layout.addLayout(self._day_row())
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.late_label.setProperty("role", "error")
        self.late_label.setVisible(False)
        layout.addWidget(self.late_label)
        self.table = record_table(self.model, self.tr("当天已签到的日间照料会员和接走情况"),
                                  wrap=False)
        # The list and the form side by side: the form stays in view beside the member chosen.
        self._columns = ContentColumns(self.table, _MAX_CHARS, grow=(5,))
        body = QHBoxLayout()
        body.addWidget(self.table, 2)
        body.addWidget(self._form(), 1)
        layout.addLayout(body, 1)
        self.status_label = StatusLabel(self.tr("离站交接结果"))
        layout.addWidget(self.status_label)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record)
        self.reload()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    @property
    def _today(self) -> date:
        return self._db.clock.today()

    def _day_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("日期(&D):"))
        today = self._today
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        use_calendar_popup(self.day_edit)
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day_edit.setAccessibleName(self.tr("日期"))
        inner = self.day_edit.lineEdit()
        if inner is not None:
            inner.setAccessibleName(self.tr("日期"))
        label.setBuddy(self.day_edit)
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("当天接走情况汇总"))
        row.addWidget(label)
        row.addWidget(self.day_edit)
        row.addWidget(self.summary_label, 1)
        return row

    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("登记接走"))
        outer = QVBoxLayout(box)
        hint = QLabel(self.tr("在左边选择会员，再选接走的人；不在接送名单上的人请选“其他人”，"
                              "填写姓名并写明原因。尚未签退的会员，同时记下签退时间。"))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        form = QFormLayout()
        self._errors = FieldErrors(form)
        self.member_label = QLabel()
        self.member_label.setAccessibleName(self.tr("所选会员"))
        form.addRow(self.tr("会员:"), self.member_label)
        self.pickup_combo = QComboBox()
        self.pickup_combo.currentIndexChanged.connect(lambda _i: self._other_chosen())
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(handover.NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("不在接送名单上的人的姓名"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(handover.REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("如：家长电话委托邻居来接"))
        self.time_edit = QLineEdit()
        self.time_edit.setMaxLength(5)
        self.time_edit.setPlaceholderText(self.tr("时:分，如 16:30"))
        self._errors.add_row("pickup_id", self.tr("接走人(&P):"), self.pickup_combo)
        self._errors.add_row("collector_name", self.tr("其他人姓名(&N):"), self.name_edit)
        self._errors.add_row("reason", self.tr("原因(&R):"), self.reason_edit)
        self._errors.add_row("collected_at", self.tr("接走时间(&T):"), self.time_edit)
        outer.addLayout(form)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setVisible(False)
        outer.addWidget(self.done_label)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("登记接走(&S)"))
        self.record_button.setAccessibleName(self.tr("登记所选会员已被接走"))
        self.record_button.clicked.connect(self.record)
        self.void_button = QPushButton(self.tr("作废交接(&V)…"))
        self.void_button.setAccessibleName(self.tr("作废所选会员的离站交接"))
        self.void_button.clicked.connect(self.void_selected)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        for edit in (self.name_edit, self.reason_edit, self.time_edit):
            edit.returnPressed.connect(self.record)
        return box

    # -- behaviour -------------------------------------------------------------------------------
    def selected_day(self) -> str:
        """The day shown, YYYY-MM-DD."""
        shown = self.day_edit.date()
        return f"{shown.year():04d}-{shown.month():02d}-{shown.day():02d}"

    def set_day(self, day: date) -> None:
        """Show another day."""
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def reload(self) -> None:
        """Read the day again, keeping the selected member."""
        selected = self.selected_member()
        self.model.set_rows(handover.handover_day(self._db, self.selected_day(),
                                                  actor=self._actor))
        members = self.model.rows()
        collected = sum(1 for m in members if m.handover is not None)
        here = [m for m in members if m.still_here]
        late = [m for m in members if m.late]
        self.summary_label.setText(self.tr(
            "闭馆时间 {closing}；已签到 {present} 人，已登记接走 {collected} 人，仍在中心 {here} 人"
        ).format(closing=closing_time(self._db), present=len(members), collected=collected,
                 here=len(here)))
        self.late_label.setText(self.tr("⚠ 已过闭馆时间，仍未接走：{names}。请联系家属。").format(
            names="、".join(m.name for m in late)) if late else "")
        self.late_label.setVisible(bool(late))
        row = self.model.row_of(selected.person_id) if selected else -1
        if row < 0:
            row = next((n for n, m in enumerate(self.model.rows()) if m.still_here),
                       0 if members else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    def selected_member(self) -> DayMember | None:
        """The member on the selected row, if any."""
        model = getattr(self, "model", None)
        if model is None or not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        return model.row_data(rows[0].row()) if rows else None

    def select_member(self, person_id: int) -> None:
        """Select a member's row."""
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        member = self.selected_member()
        day = self.selected_day()
        closed = month_close.is_closed(self._db, day[:7])
        self._errors.show({})
        self.pickup_combo.blockSignals(True)
        self.pickup_combo.clear()
        if member is not None:
            for pickup in handover.allowed_pickups(self._db, member.person_id,
                                                   actor=self._actor):
                text = self.tr("{name}（{relation}）").format(
                    name=pickup.name, relation=pickup.relation) if pickup.relation \
                    else pickup.name
                if pickup.is_guardian:
                    text += self.tr("·监护人")
                self.pickup_combo.addItem(text, pickup.id)
        self.pickup_combo.addItem(self.tr("其他人（须写明原因）"), OTHER)
        self.pickup_combo.setCurrentIndex(0)
        self.pickup_combo.blockSignals(False)
        self.name_edit.clear()
        self.reason_edit.clear()
        # A member already signed out left then: that is when they were collected.
        self.time_edit.setText(member.signed_out if member and member.signed_out
                               else self._default_time(day))
        self.member_label.setText(
            member.name if member else self.tr("（请在上面的列表中选择会员）"))
        found = member.handover if member else None
        can_record = member is not None and found is None and not closed
        for widget in (self.pickup_combo, self.time_edit, self.record_button):
            widget.setEnabled(can_record)
        self._other_chosen()
        self.void_button.setEnabled(found is not None and not closed)
        if closed:
            note = "⚠ " + closed_month_line(day[:7])
        elif found is not None:
            note = self.tr("已登记：{collector} {time} 接走。如有错误，请先作废再重新登记。"
                           ).format(collector=found.collector_name, time=found.collected_at)
        else:
            note = ""
        self.done_label.setText(note)
        self.done_label.setVisible(bool(note))

    def _default_time(self, day: str) -> str:
        """Now for today; the closing time for an earlier day."""
        if day == self._today.isoformat():
            return self._db.clock.now().strftime("%H:%M")
        return closing_time(self._db)

    def _other_chosen(self) -> None:
        other = self.pickup_combo.currentData() == OTHER and self.pickup_combo.isEnabled()
        self.name_edit.setEnabled(other)
        self.reason_edit.setEnabled(other)

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    def record(self) -> None:
        """Record the hand-over of the selected member as the form says."""
        member = self.selected_member()
        if member is None or not self.record_button.isEnabled():
            return
        chosen = self.pickup_combo.currentData()
        pickup_id = None if chosen == OTHER else int(chosen)
        self._errors.show({})
        try:
            done = succeeded(self, lambda: handover.record_handover(
                self._db, member.person_id, self.selected_day(), pickup_id=pickup_id,
                collector_name=self.name_edit.text() if pickup_id is None else "",
                collected_at=self.time_edit.text(), reason=self.reason_edit.text(),
                actor=self._actor), status=self.status_label, title=self.tr("无法登记接走"),
                passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            widget = {"pickup_id": self.pickup_combo, "collector_name": self.name_edit,
                      "reason": self.reason_edit, "collected_at": self.time_edit}.get(
                          next(iter(exc.fields), ""))
            if widget is not None:
                widget.setFocus()
            self.status_label.show_result(self.tr("未登记：请按提示修改"), problem=True)
            return
        if done:
            self.reload()
            # On to the next member still here, so the next hand-over needs no arrow keys.
            following = [m for m in self.model.rows() if m.still_here]
            if following:
                self.select_member(following[0].person_id)
            self.status_label.show_result(self.tr("已登记 {name} 离站").format(name=member.name))
            self.table.setFocus()

    def make_void_dialog(self) -> ReasonDialog | None:
        """The reason dialog for voiding the selected member's hand-over, wired to void."""
        member = self.selected_member()
        if member is None or member.handover is None or not self.void_button.isEnabled():
            return None
        handover_id = member.handover.id
        dialog = ReasonDialog(
            self.tr("作废离站交接"),
            self.tr("作废 {name} 由 {collector} {time} 接走的记录；随交接记下的签退时间一并撤回。"
                    "作废后可重新登记。").format(name=member.name,
                                         collector=member.handover.collector_name,
                                         time=member.handover.collected_at),
            self.tr("作废"), self, placeholder=self.tr("如：时间记错、接走人选错"),
            max_length=handover.REASON_MAX)
        dialog.accepted.connect(lambda: self._void(handover_id, dialog.reason()))
        return dialog

    def void_selected(self) -> None:
        """Ask for a reason and void the selected member's hand-over."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            dialog.open()

    def _void(self, handover_id: int, reason: str) -> None:
        if succeeded(self, lambda: handover.void_handover(self._db, handover_id, reason=reason,
                                                          actor=self._actor),
                     title=self.tr("无法作废"), status=self.status_label):
            self.reload()
            self.status_label.show_result(self.tr("已作废这条离站交接，可以重新登记"))

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Sign-ins arrive from the kiosk: read the day again whenever the tab shows."""
        self.day_edit.setMaximumDate(QDate(self._today.year, self._today.month,
                                           self._today.day))
        self.reload()

    def size_columns(self) -> None:
        """Fit the table to the font (large text)."""
        if hasattr(self, "table"):
            fit_columns(self.table, ())  # the rows' height
            self._columns.apply()


def make_tab(context: PageContext) -> HandoverTab:
    """The 离站交接 tab of the 日间照料 page."""
    return HandoverTab(context.db, context.actor)
