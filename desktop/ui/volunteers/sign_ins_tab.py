"""The 签到记录 tab of the 志愿服务 page: a day's volunteer sign-ins (from the kiosk or by
staff) and the day's no-shows.

Staff confirm unplanned service (post and content), credit a volunteer who never signed out
with the shift's end, correct times and void a wrong sign-in (each with a reason), sign a
volunteer in or out by hand, mark the ended shifts' missing volunteers as 未到, change a wrong
未到 to 请假 or undo it, and undo a wrong 请假 (back to 未到). Every change is made by the
models in one audited transaction; a refusal is shown on the result line and in a box, and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.reporting import month_close
from desktop.models.volunteers import no_shows, rules, sign_ins, staff_sign_ins
from desktop.models.volunteers.no_shows import NoShow
from desktop.models.volunteers.sign_ins import SignInState, VolunteerSignIn
from desktop.ui.activities.activity_dialogs import ReasonDialog
from desktop.ui.attendance.sign_in_dialogs import name_editor
from desktop.ui.common.columns import RIGHT, Column
from desktop.ui.common.form_fields import accessible_label, use_calendar_popup
from desktop.ui.common.labels import closed_month_line
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.volunteers.auto_no_shows import mark_ended_shifts
from desktop.ui.volunteers.sign_in_dialogs import (
    ConfirmServiceDialog,
    CorrectTimesDialog,
    StaffSignInDialog,
)

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.models.db import Database
    from desktop.ui.shell.pages import PageContext


def shift_words(record: VolunteerSignIn) -> str:
    """The post and time of the sign-in's shift, or 临时服务."""
    if record.shift_id is None:
        return QCoreApplication.translate("SignInsTab", "临时服务")
    return f"{record.post_name} {record.starts_at}–{record.ends_at}"


def state_words(record: VolunteerSignIn) -> str:
    """Where the sign-in stands, in words."""
    state = record.state
    if state is SignInState.VOID:
        return QCoreApplication.translate("SignInsTab", "已作废：{reason}").format(
            reason=record.void_reason or "")
    if state is SignInState.OPEN:
        return QCoreApplication.translate("SignInsTab", "未签退")
    if state is SignInState.PENDING:
        return QCoreApplication.translate("SignInsTab", "待确认")
    return QCoreApplication.translate("SignInsTab", "已确认")


def _hours(record: VolunteerSignIn) -> str:
    return rules.hours_text(record.minutes) if record.minutes is not None else ""


def _absence(row: NoShow) -> str:
    if row.status == "excused":
        return QCoreApplication.translate("SignInsTab", "请假")
    return QCoreApplication.translate("SignInsTab", "未到")


SIGN_IN_COLUMNS: list[Column[VolunteerSignIn]] = [
    Column(lambda: QCoreApplication.translate("SignInsTab", "姓名"), lambda s: s.name),
    Column(lambda: QCoreApplication.translate("SignInsTab", "班次"), shift_words),
    Column(lambda: QCoreApplication.translate("SignInsTab", "签到"), lambda s: s.time_in),
    Column(lambda: QCoreApplication.translate("SignInsTab", "签退"), lambda s: s.time_out),
    Column(lambda: QCoreApplication.translate("SignInsTab", "计时长（小时）"), _hours,
           align=RIGHT),
    Column(lambda: QCoreApplication.translate("SignInsTab", "状态"), state_words,
           tooltip=state_words),
]

NO_SHOW_COLUMNS: list[Column[NoShow]] = [
    Column(lambda: QCoreApplication.translate("SignInsTab", "姓名"), lambda n: n.name),
    Column(lambda: QCoreApplication.translate("SignInsTab", "班次"),
           lambda n: f"{n.post_name} {n.starts_at}–{n.ends_at}"),
    Column(lambda: QCoreApplication.translate("SignInsTab", "状态"), _absence),
    Column(lambda: QCoreApplication.translate("SignInsTab", "原因"), lambda n: n.reason or "",
           tooltip=lambda n: n.reason or ""),
]

_SIGN_IN_CHARS = (5, 12, 4, 4, 6, 10)
_NO_SHOW_CHARS = (5, 12, 4, 16)


class SignInsTab(RefreshingPage):
    """签到记录: the day, its sign-ins with their actions, its no-shows with theirs."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.sign_in_model: ListTableModel[VolunteerSignIn] = ListTableModel(
            SIGN_IN_COLUMNS, self, key=lambda s: s.id)
        self.no_show_model: ListTableModel[NoShow] = ListTableModel(
            NO_SHOW_COLUMNS, self, key=lambda n: n.signup_id)
        layout = QVBoxLayout(self)
        layout.addLayout(self._day_row())
        heading = QLabel(self.tr("志愿者签到"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.sign_in_table = record_table(self.sign_in_model, self.tr("当天的志愿者签到"),
                                          wrap=False)
        layout.addWidget(self.sign_in_table, 3)
        layout.addLayout(self._sign_in_buttons())
        heading = QLabel(self.tr("未到和请假"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.no_show_table = record_table(self.no_show_model, self.tr("当天班次的未到和请假"),
                                          wrap=False)
        layout.addWidget(self.no_show_table, 2)
        layout.addLayout(self._no_show_buttons())
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(False)
        layout.addWidget(self.closed_label)
        self.status_label = StatusLabel(self.tr("操作结果"))
        layout.addWidget(self.status_label)
        self.sign_in_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.no_show_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        self.reload()
        self.size_columns()

    # -- building ------------------------------------------------------------------------------
    def _day_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("日期(&D):"))
        today = self._db.clock.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        use_calendar_popup(self.date_edit)
        name_editor(self.date_edit, accessible_label(label.text()))
        label.setBuddy(self.date_edit)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        note = QLabel(self.tr("志愿者在签到台刷卡或找名字签到、签退；有班次的签退时自动计服务时长，"
                              "临时服务由工作人员确认后才计。"))
        note.setWordWrap(True)
        self.mark_button = QPushButton(self.tr("标记未到(&M)"))
        self.mark_button.setAccessibleName(self.tr("把已结束班次中没有签到的报名标记为未到"))
        self.mark_button.clicked.connect(self.mark_no_shows)
        row.addWidget(label)
        row.addWidget(self.date_edit)
        row.addWidget(note, 1)
        row.addWidget(self.mark_button)
        return row

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _sign_in_buttons(self) -> QVBoxLayout:
        self.staff_in_button = self._button(
            self.tr("员工代签到(&S)…"), self.tr("为没有在签到台签到的志愿者代为签到"),
            self.staff_sign_in)
        self.staff_out_button = self._button(
            self.tr("代签退(&O)"), self.tr("为所选志愿者按现在的时间代为签退"), self.staff_sign_out)
        self.confirm_button = self._button(
            self.tr("确认临时服务(&C)…"), self.tr("确认所选临时服务的岗位和内容，计服务时长"),
            self.confirm_unplanned)
        self.shift_end_button = self._button(
            self.tr("按班次结束计(&E)…"), self.tr("所选志愿者忘记签退：按班次结束时间计服务时长"),
            self.confirm_shift_end)
        self.correct_button = self._button(
            self.tr("更正时间(&T)…"), self.tr("更正所选签到的签到、签退时间"), self.correct_times)
        self.void_button = self._button(
            self.tr("作废(&V)…"), self.tr("作废所选签到和它的服务时长"), self.void_selected)
        # Two rows: the six in one made the page wider than the window in English at large
        # text.
        rows = QVBoxLayout()
        for line in ((self.staff_in_button, self.staff_out_button, self.confirm_button,
                      self.shift_end_button), (self.correct_button, self.void_button)):
            row = QHBoxLayout()
            for button in line:
                row.addWidget(button)
            row.addStretch(1)
            rows.addLayout(row)
        return rows

    def _no_show_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.excuse_button = self._button(
            self.tr("改为请假(&L)…"), self.tr("所选志愿者事先请过假：把未到改为请假"),
            self.excuse_selected)
        self.undo_button = self._button(
            self.tr("撤销未到(&U)…"), self.tr("所选志愿者其实来了：撤销未到"), self.undo_selected)
        self.undo_excuse_button = self._button(
            self.tr("撤销请假(&X)…"), self.tr("所选志愿者并没有请假：撤销请假，恢复为未到"),
            self.undo_excuse_selected)
        row.addWidget(self.excuse_button)
        row.addWidget(self.undo_button)
        row.addWidget(self.undo_excuse_button)
        row.addStretch(1)
        return row

    # -- state -----------------------------------------------------------------------------------
    def day(self) -> date:
        """The day shown."""
        shown = self.date_edit.date()
        return date(shown.year(), shown.month(), shown.day())

    def set_day(self, day: date) -> None:
        """Show another day."""
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def selected_sign_in(self) -> VolunteerSignIn | None:
        """The sign-in on the selected row, if any."""
        rows = self.sign_in_table.selectionModel().selectedRows()
        return self.sign_in_model.row_data(rows[0].row()) if rows else None

    def select_sign_in(self, sign_in_id: int) -> None:
        """Select a sign-in's row."""
        row = self.sign_in_model.row_of(sign_in_id)
        if row >= 0:
            self.sign_in_table.selectRow(row)

    def selected_no_show(self) -> NoShow | None:
        """The no-show on the selected row, if any."""
        rows = self.no_show_table.selectionModel().selectedRows()
        return self.no_show_model.row_data(rows[0].row()) if rows else None

    def reload(self) -> None:
        """Read the day's sign-ins and no-shows again, keeping the selections."""
        chosen = self.selected_sign_in()
        absent = self.selected_no_show()
        day = self.day()
        self.sign_in_model.set_rows(attempt(
            self, lambda: sign_ins.day_sign_ins(self._db, day, actor=self._actor),
            status=self.status_label) or [])
        self.no_show_model.set_rows(attempt(
            self, lambda: no_shows.day_no_shows(self._db, day, actor=self._actor),
            status=self.status_label) or [])
        if chosen is not None:
            self.select_sign_in(chosen.id)
        if self.selected_sign_in() is None and self.sign_in_model.rowCount():
            self.sign_in_table.selectRow(0)
        if absent is not None and self.no_show_model.row_of(absent.signup_id) >= 0:
            self.no_show_table.selectRow(self.no_show_model.row_of(absent.signup_id))
        elif self.no_show_model.rowCount():
            self.no_show_table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        month = self.day().isoformat()[:7]
        closed = month_close.is_closed(self._db, month)
        self.closed_label.setText("⚠ " + closed_month_line(month) if closed else "")
        self.closed_label.setVisible(closed)
        record = None if closed else self.selected_sign_in()
        state = record.state if record is not None else None
        self.staff_in_button.setEnabled(not closed)
        self.staff_out_button.setEnabled(state is SignInState.OPEN)
        self.confirm_button.setEnabled(
            state is SignInState.PENDING and record is not None and record.shift_id is None)
        self.shift_end_button.setEnabled(
            state is SignInState.OPEN and record is not None and record.shift_id is not None)
        self.correct_button.setEnabled(record is not None and state is not SignInState.VOID)
        self.void_button.setEnabled(record is not None and state is not SignInState.VOID)
        absent = None if closed else self.selected_no_show()
        self.excuse_button.setEnabled(absent is not None and absent.status == "no_show")
        self.undo_button.setEnabled(absent is not None and absent.status == "no_show")
        self.undo_excuse_button.setEnabled(absent is not None and absent.status == "excused")

    def _done(self, message: str, sign_in_id: int | None = None) -> None:
        self.reload()
        if sign_in_id is not None:
            self.select_sign_in(sign_in_id)
        self.status_label.show_result(message)

    def _run(self, action: Callable[[], object], title: str) -> bool:
        if succeeded(self, action, title=title, status=self.status_label):
            return True
        # What changed meanwhile (a month closed, a sign-out at the kiosk) shows at once.
        self.reload()
        return False

    # -- sign-ins --------------------------------------------------------------------------------
    def make_staff_sign_in_dialog(self) -> StaffSignInDialog | None:
        """The 员工代签到 form (a volunteer found by name or pinyin, one of their shifts of
        the day with its times), wired to sign in on OK (tests drive it)."""
        if not self.staff_in_button.isEnabled():
            return None
        now = self._db.clock.now()
        day = self.day()
        today = day == now.date()
        at = now.time() if today else time(9, 0)
        dialog = StaffSignInDialog(
            self._db, self._actor,
            lambda person_id: staff_sign_ins.shifts_to_sign(self._db, person_id, day),
            at.replace(second=0, microsecond=0),
            now.time().replace(second=0, microsecond=0) if today else None, self)
        dialog.submit = lambda: self._staff_sign_in(dialog, day)
        return dialog

    def staff_sign_in(self) -> None:
        """Ask which volunteer came when, and sign them in."""
        dialog = self.make_staff_sign_in_dialog()
        if dialog is not None:
            dialog.open()

    def _staff_sign_in(self, dialog: StaffSignInDialog, day: date) -> bool:
        person_id = dialog.person_id()
        if not person_id:
            dialog.show_error(self.tr("请先输入姓名或拼音找到志愿者，再选中一位"))
            dialog.search_edit.setFocus()
            return False
        result = attempt(self, lambda: staff_sign_ins.staff_sign_in(
            self._db, person_id, day=day, signed_in=dialog.signed_in(),
            signed_out=dialog.signed_out(), shift_id=dialog.shift_id(), actor=self._actor),
            show=dialog.show_error, status=self.status_label)
        if result is None:
            return False
        record = result.sign_in
        if result.status == sign_ins.SignInOutcome.ALREADY:
            message = self.tr("{name} 已于 {time} 签到，还没有签退：没有再记一次").format(
                name=record.name, time=record.time_in)
        elif record.signed_out_at:
            message = self.tr("已为 {name} 签到、签退（{shift}），计 {hours} 小时").format(
                name=record.name, shift=shift_words(record), hours=_hours(record) or "0.0")
        else:
            message = self.tr("已为 {name} 签到（{shift}）").format(
                name=record.name, shift=shift_words(record))
        self._done(message, record.id)
        return True

    def staff_sign_out(self) -> None:
        """Sign the selected volunteer out now."""
        record = self.selected_sign_in()
        if record is None or not self.staff_out_button.isEnabled():
            return
        out = attempt(self, lambda: sign_ins.volunteer_sign_out(
            self._db, record.id, actor=self._actor, method="staff"),
            title=self.tr("无法签退"), status=self.status_label)
        if out is not None:
            self._done(self.tr("已为 {name} 签退（{time}）").format(
                name=out.name, time=out.time_out), out.id)

    def make_confirm_dialog(self) -> ConfirmServiceDialog | None:
        """The 确认临时服务 form for the selected sign-in, wired to confirm on OK."""
        record = self.selected_sign_in()
        if record is None or not self.confirm_button.isEnabled():
            return None
        dialog = ConfirmServiceDialog(record.name, sign_ins.posts_to_choose(self._db), self)
        dialog.submit = lambda: self._confirm(dialog, record, dialog.post_id(),
                                              dialog.content())
        return dialog

    def confirm_unplanned(self) -> None:
        """Ask the post and content of the selected unplanned service, and confirm it."""
        dialog = self.make_confirm_dialog()
        if dialog is not None:
            dialog.open()

    def _confirm(self, dialog: ConfirmServiceDialog, record: VolunteerSignIn, post_id: int,
                 content: str) -> bool:
        if not succeeded(self, lambda: sign_ins.confirm_unplanned(
                self._db, record.id, post_id, content, actor=self._actor),
                show=dialog.show_error, status=self.status_label):
            return False
        self._done(self.tr("已确认 {name} 的临时服务").format(name=record.name), record.id)
        return True

    def make_shift_end_dialog(self) -> ReasonDialog | None:
        """The reason asked before crediting the selected sign-in up to its shift's end."""
        record = self.selected_sign_in()
        if record is None or not self.shift_end_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("按班次结束计"),
            self.tr("{name} 没有签退。确认 TA 服务到班次结束（{end}）后，按班次结束时间签退并"
                    "计服务时长。").format(name=record.name, end=record.ends_at),
            self.tr("确认"), self, placeholder=self.tr("如：忘记签退，带班老师确认服务到结束"),
            max_length=sign_ins.REASON_MAX)
        dialog.accepted.connect(lambda: self._shift_end(record, dialog.reason()))
        return dialog

    def confirm_shift_end(self) -> None:
        """Ask why, and credit the selected sign-in up to its shift's end."""
        dialog = self.make_shift_end_dialog()
        if dialog is not None:
            dialog.open()

    def _shift_end(self, record: VolunteerSignIn, reason: str) -> None:
        if self._run(lambda: sign_ins.confirm_shift_end(
                self._db, record.id, actor=self._actor, reason=reason),
                self.tr("无法按班次结束计")):
            self._done(self.tr("已按班次结束 {end} 为 {name} 签退").format(
                end=record.ends_at, name=record.name), record.id)

    def make_correct_dialog(self) -> CorrectTimesDialog | None:
        """The 更正时间 form for the selected sign-in, wired to correct on OK."""
        record = self.selected_sign_in()
        if record is None or not self.correct_button.isEnabled():
            return None
        came = time.fromisoformat(record.time_in)
        left = time.fromisoformat(record.time_out) if record.time_out else None
        dialog = CorrectTimesDialog(record.name, came, left, self)
        dialog.submit = lambda: self._correct(dialog, record, dialog.signed_in(),
                                              dialog.signed_out(), dialog.reason())
        return dialog

    def correct_times(self) -> None:
        """Ask the right times and why, and correct the selected sign-in."""
        dialog = self.make_correct_dialog()
        if dialog is not None:
            dialog.open()

    def _correct(self, dialog: CorrectTimesDialog, record: VolunteerSignIn, came: time,
                 left: time | None, reason: str) -> bool:
        day = date.fromisoformat(record.day)
        out = datetime.combine(day, left) if left is not None else None
        if not succeeded(self, lambda: sign_ins.correct_times(
                self._db, record.id, datetime.combine(day, came), out, reason=reason,
                actor=self._actor), show=dialog.show_error, status=self.status_label):
            return False
        self._done(self.tr("已更正 {name} 的签到时间").format(name=record.name), record.id)
        return True

    def make_void_dialog(self) -> ReasonDialog | None:
        """The reason asked before voiding the selected sign-in."""
        record = self.selected_sign_in()
        if record is None or not self.void_button.isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("作废签到"),
            self.tr("作废后 {name} {time} 的这次签到和它的服务时长不再计入；记录仍保留。").format(
                name=record.name, time=record.time_in),
            self.tr("作废"), self, placeholder=self.tr("如：误刷卡、重复签到"),
            max_length=sign_ins.REASON_MAX)
        dialog.accepted.connect(lambda: self._void(record, dialog.reason()))
        return dialog

    def void_selected(self) -> None:
        """Ask why, and void the selected sign-in."""
        dialog = self.make_void_dialog()
        if dialog is not None:
            dialog.open()

    def _void(self, record: VolunteerSignIn, reason: str) -> None:
        if self._run(lambda: sign_ins.void_sign_in(self._db, record.id, reason=reason,
                                                   actor=self._actor), self.tr("无法作废")):
            self._done(self.tr("已作废 {name} 的签到").format(name=record.name), record.id)

    # -- no-shows --------------------------------------------------------------------------------
    def mark_no_shows(self) -> None:
        """Mark the ended shifts' sign-ups without a sign-in as 未到 (up to now)."""
        marked = attempt(self, lambda: no_shows.mark_no_shows(
            self._db, self._db.clock.now(), actor=self._actor),
            title=self.tr("无法标记未到"), status=self.status_label)
        if marked is None:
            return
        self._done(self.tr("已标记 {n} 人次未到").format(n=len(marked)) if marked
                   else self.tr("没有需要标记的未到：已结束班次的报名都已签到或已处理"))

    def _reason_dialog(self, title: str, explanation: str, ok: str,
                       placeholder: str) -> ReasonDialog:
        return ReasonDialog(title, explanation, ok, self, placeholder=placeholder,
                            max_length=no_shows.REASON_MAX)

    def make_excuse_dialog(self) -> ReasonDialog | None:
        """The reason asked before changing the selected 未到 to 请假."""
        absent = self.selected_no_show()
        if absent is None or not self.excuse_button.isEnabled():
            return None
        dialog = self._reason_dialog(
            self.tr("改为请假"),
            self.tr("{name} 事先请过假：把 {post} 班次的未到改为请假。").format(
                name=absent.name, post=absent.post_name),
            self.tr("改为请假"), self.tr("如：前一天电话请假"))
        dialog.accepted.connect(lambda: self._excuse(absent, dialog.reason()))
        return dialog

    def excuse_selected(self) -> None:
        """Ask why, and change the selected 未到 to 请假."""
        dialog = self.make_excuse_dialog()
        if dialog is not None:
            dialog.open()

    def _excuse(self, absent: NoShow, reason: str) -> None:
        if self._run(lambda: no_shows.excuse(self._db, absent.signup_id, reason,
                                             actor=self._actor), self.tr("无法改为请假")):
            self._done(self.tr("已把 {name} 改为请假").format(name=absent.name))

    def make_undo_dialog(self) -> ReasonDialog | None:
        """The reason asked before undoing the selected 未到."""
        absent = self.selected_no_show()
        if absent is None or not self.undo_button.isEnabled():
            return None
        dialog = self._reason_dialog(
            self.tr("撤销未到"),
            self.tr("{name} 其实来了：撤销 {post} 班次的未到，恢复为已报名。请再为 TA 补签到。"
                    ).format(name=absent.name, post=absent.post_name),
            self.tr("撤销未到"), self.tr("如：来了但忘记签到"))
        dialog.accepted.connect(lambda: self._undo(absent, dialog.reason()))
        return dialog

    def undo_selected(self) -> None:
        """Ask why, and undo the selected 未到."""
        dialog = self.make_undo_dialog()
        if dialog is not None:
            dialog.open()

    def _undo(self, absent: NoShow, reason: str) -> None:
        if self._run(lambda: no_shows.undo_no_show(self._db, absent.signup_id, reason,
                                                   actor=self._actor), self.tr("无法撤销未到")):
            self._done(self.tr("已撤销 {name} 的未到").format(name=absent.name))

    def make_undo_excuse_dialog(self) -> ReasonDialog | None:
        """The reason asked before undoing the selected 请假 (back to 未到)."""
        absent = self.selected_no_show()
        if absent is None or not self.undo_excuse_button.isEnabled():
            return None
        dialog = self._reason_dialog(
            self.tr("撤销请假"),
            self.tr("{name} 并没有请假：撤销 {post} 班次的请假，恢复为未到。"
                    "如果 TA 其实来了，之后再按“撤销未到”。").format(
                name=absent.name, post=absent.post_name),
            self.tr("撤销请假"), self.tr("如：请假记错了人"))
        dialog.accepted.connect(lambda: self._undo_excuse(absent, dialog.reason()))
        return dialog

    def undo_excuse_selected(self) -> None:
        """Ask why, and undo the selected 请假."""
        dialog = self.make_undo_excuse_dialog()
        if dialog is not None:
            dialog.open()

    def _undo_excuse(self, absent: NoShow, reason: str) -> None:
        if self._run(lambda: no_shows.undo_excuse(self._db, absent.signup_id, reason,
                                                  actor=self._actor), self.tr("无法撤销请假")):
            self._done(self.tr("已撤销 {name} 的请假，恢复为未到").format(name=absent.name))

    # -- refreshing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The kiosk signs volunteers in and out elsewhere: read again whenever shown (after
        marking the ended shifts' sign-ups without a sign-in as 未到)."""
        mark_ended_shifts(self, self._db, self._actor)
        today = self._db.clock.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reload()

    def size_columns(self) -> None:
        """Fit the tables to the font (large text)."""
        if hasattr(self, "no_show_table"):
            fit_columns(self.sign_in_table, _SIGN_IN_CHARS)
            fit_columns(self.no_show_table, _NO_SHOW_CHARS)


def make_tab(context: PageContext) -> SignInsTab:
    """The 签到记录 tab for the 志愿服务 page."""
    return SignInsTab(context.db, context.actor)
