"""点名: pick a day, then one of its sessions; its trainees are listed as a tick list and each
is marked with one key — 1 出勤, 2 迟到, 3 早退, 4 请假, 5 缺勤 (shown above the list) — which
moves on to the next trainee, so a roll call of 30 is 30 key presses and 保存点名. A trainee
who signed in at the kiosk that day shows 出勤（签到台签到，待确认） until staff confirm it
with a key (or 其余都出勤); saving with pre-marks nobody confirmed asks first whether to save
them all as 出勤. Everything is saved in one action; a closed month, a cancelled session or
one still to come is said above the list and cannot be saved (and a month closed meanwhile is
refused with the reason, nothing written).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.reporting import month_close
from desktop.models.training import roll_call as roll_calls
from desktop.models.training import rules
from desktop.models.training.roll_call import RollCall
from desktop.models.training.sessions import Session, sessions_on
from desktop.ui.common.dialog_parts import named_button, note_line
from desktop.ui.common.labels import closed_month_tip
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table
from desktop.ui.training.course_fields import day_edit, iso
from desktop.ui.training.roll_call_model import (
    KEY_DIGITS,
    MARK_COLUMN,
    MARK_KEYS,
    RollRow,
    mark_name,
    roll_call_model,
)

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.ui.shell.pages import PageContext


class _MarkKeys(QObject):
    """Keys 1–5 on the list mark the current trainee and move to the next one."""

    def __init__(self, tab: RollCallTab) -> None:
        super().__init__(tab)
        self._tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mark = MARK_KEYS.get(event.key())
            if mark is not None and not event.modifiers() & ~(
                    Qt.KeyboardModifier.KeypadModifier):
                self._tab.mark_current(mark)
                return True
        return False


class RollCallTab(RefreshingPage):
    """A day's sessions and the roll call of the one chosen."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        self.roll: RollCall | None = None
        # Marks typed but not saved, by session: kept when staff look at another day or
        # session and come back (a roll call of 30 is not typed twice).
        self.drafts: dict[int, dict[int, str]] = {}
        self.pre_mark_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        day_label = QLabel(self.tr("日期(&D):"))
        self.day_edit = day_edit(self._db.clock.today().isoformat(), self.tr("点名的日期"))
        day_label.setBuddy(self.day_edit)
        self.previous_button = named_button(self.tr("前一天(&P)"), self.tr("看前一天的课"),
                                            lambda: self.move_day(-1))
        self.next_button = named_button(self.tr("后一天(&X)"), self.tr("看后一天的课"),
                                        lambda: self.move_day(1))
        self.today_button = named_button(self.tr("今天(&T)"), self.tr("回到今天的课"),
                                         self.go_today)
        session_label = QLabel(self.tr("课次(&C):"))
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("这一天的课"))
        self.session_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        session_label.setBuddy(self.session_combo)
        for made in (day_label, self.day_edit, self.previous_button, self.next_button,
                     self.today_button, session_label, self.session_combo):
            top.addWidget(made)
        top.addStretch(1)
        layout.addLayout(top)
        self.keys_label = QLabel(self.tr(
            "按键标记当前学员并跳到下一位：{keys}；↑↓ 换人，标完按“保存点名”").format(
            keys=self.tr("　").join(self.tr("{key} {mark}").format(key=digit, mark=mark_name(mark))
                          for mark, digit in KEY_DIGITS.items())))
        self.keys_label.setWordWrap(True)
        layout.addWidget(self.keys_label)
        self.note_label = note_line()
        layout.addWidget(self.note_label)
        self.model = roll_call_model(self)
        self.table = record_table(self.model, self.tr("点名名单：按 1 到 5 标记当前学员"),
                                  wrap=False)
        self.table.installEventFilter(_MarkKeys(self))
        self.table.activated.connect(lambda _index: self.mark_current("present"))
        layout.addWidget(self.table, 1)
        marks = QHBoxLayout()
        self.mark_buttons: dict[str, QPushButton] = {}
        for mark, digit in KEY_DIGITS.items():
            made = named_button(f"{digit} {mark_name(mark)}",
                                self.tr("把当前学员标为{mark}").format(mark=mark_name(mark)),
                                self._marker(mark))
            made.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the focus
            marks.addWidget(made)
            self.mark_buttons[mark] = made
        self.rest_present_button = named_button(
            self.tr("其余都出勤(&A)"), self.tr("把还没有标记或签到台待确认的学员都标为出勤"),
            self.mark_rest_present)
        marks.addWidget(self.rest_present_button)
        marks.addStretch(1)
        self.save_button = named_button(self.tr("保存点名(&S)"),
                                        self.tr("保存这次课所有学员的出勤情况"), self.save)
        marks.addWidget(self.save_button)
        layout.addLayout(marks)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.day_edit.dateChanged.connect(lambda _day: self.show_day())
        self.session_combo.currentIndexChanged.connect(lambda _i: self.show_session())
        self.show_day()

    # -- choosing the session ------------------------------------------------------------------
    def refresh(self) -> None:
        """The day's sessions again (a session may have been added or cancelled); marks
        typed but not saved stay."""
        self.show_day()

    def move_day(self, days: int) -> None:
        """Show the day ``days`` before or after the one shown."""
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def go_today(self) -> None:
        """Show today's sessions."""
        today = self._db.clock.today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))

    def show_day(self) -> None:
        """List the sessions of the day chosen (the first not yet called is chosen)."""
        self._keep_draft()
        chosen = self.session_combo.currentData()
        found = attempt(self, lambda: sessions_on(self._db, iso(self.day_edit)),
                        status=self.status_label) or []
        names = self._course_names({s.course_id for s in found})
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for session in found:
            self.session_combo.addItem(self._session_text(session, names), session.id)
        keep = self.session_combo.findData(chosen) if chosen is not None else -1
        if keep < 0:
            keep = next((n for n, s in enumerate(found)
                         if not s.cancelled and s.roll_called_at is None), 0)
        self.session_combo.setCurrentIndex(keep if found else -1)
        self.session_combo.blockSignals(False)
        self.show_session()

    def _course_names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {int(r["id"]): str(r["name"]) for r in self._db.query(
            f"SELECT id, name FROM training_course WHERE id IN ({marks})", sorted(ids))}

    def _session_text(self, session: Session, names: dict[int, str]) -> str:
        name = names.get(session.course_id, "")
        if session.cancelled:
            state = self.tr("已取消")
        elif session.id in self.drafts:
            state = self.tr("有未保存的标记")
        elif session.roll_called_at is not None:
            state = self.tr("已点名")
        else:
            state = self.tr("未点名")
        return self.tr("{starts}–{ends} {course}（{state}）").format(
            starts=session.starts_at, ends=session.ends_at, course=name, state=state)

    def show_session(self) -> None:
        """Show the roll call of the session chosen (none: an empty list saying why)."""
        self._keep_draft()
        session_id = self.session_combo.currentData()
        self.roll = None
        if session_id is not None:
            self.roll = attempt(self, lambda: roll_calls.roll_call(self._db, int(session_id)),
                                status=self.status_label)
        draft = self.drafts.get(int(session_id), {}) if session_id is not None else {}
        rows = [RollRow(line, draft.get(line.enrolment_id, line.mark),
                        touched=line.enrolment_id in draft)
                for line in self.roll.lines] if self.roll else []
        self.model.set_rows(rows)
        fit_columns(self.table, (8, 16, 4))
        if rows:
            self.table.selectRow(next((n for n, r in enumerate(rows) if r.mark is None), 0))
        self._show_state()

    def _keep_draft(self) -> None:
        """Remember the marks typed on the session shown, if any (a kiosk pre-mark
        confirmed but not saved too)."""
        if self.roll is None:
            return
        typed = {r.line.enrolment_id: r.mark for r in self.model.rows()
                 if r.mark is not None and (r.mark != r.line.mark
                                            or (r.touched and not r.line.confirmed))}
        if typed:
            self.drafts[self.roll.session.id] = typed
        else:
            self.drafts.pop(self.roll.session.id, None)

    def _show_state(self) -> None:
        roll = self.roll
        note = ""
        can_save = roll is not None and bool(roll.lines)
        if roll is None:
            note = self.tr("{day} 没有课：换一天，或在“课程”里给课程排课").format(
                day=iso(self.day_edit))
        elif roll.session.cancelled:
            note = self.tr("这次课已取消（{reason}），不用点名").format(
                reason=roll.session.cancel_reason or "")
            can_save = False
        elif roll.session.day > self._db.clock.today().isoformat():
            note = self.tr("这次课还没上，上课当天再点名")
            can_save = False
        elif month_close.is_closed(self._db, roll.session.day[:7]):
            note = closed_month_tip(roll.session.day[:7])
            can_save = False
        elif not roll.lines:
            note = self.tr("这次课没有学员：请先在“课程”里给课程报名")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.save_button.setEnabled(can_save)
        self.rest_present_button.setEnabled(can_save)
        for made in self.mark_buttons.values():
            made.setEnabled(can_save)
        self._count()

    def _count(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.count_label.setText("")
            return
        counts = {mark: sum(r.mark == mark for r in rows) for mark in rules.MARKS}
        unmarked = sum(r.mark is None for r in rows)
        pending = sum(r.pre_marked for r in rows)
        parts = [self.tr("{mark} {n}").format(mark=mark_name(mark), n=counts[mark])
                 for mark in rules.MARKS]
        if unmarked:
            parts.append(self.tr("未标记 {n}").format(n=unmarked))
        if pending:
            parts.append(self.tr("签到台待确认 {n}").format(n=pending))
        text = self.tr("共 {total} 人：{counts}").format(total=len(rows),
                                                       counts=self.tr("，").join(parts))
        if self.roll is not None and self.roll.taken:
            text += self.tr("（已保存过，可以更正后再保存）")
        self.count_label.setText(text)

    # -- marking -------------------------------------------------------------------------------
    def mark_current(self, mark: str) -> None:
        """Give the current trainee ``mark`` and move to the next one."""
        if not self.save_button.isEnabled():
            return
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.setData(self.model.index(row, MARK_COLUMN), mark)
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)
        self._count()

    def _marker(self, mark: str) -> Callable[[], None]:
        return lambda: self.mark_current(mark)

    def mark_rest_present(self) -> None:
        """Mark every trainee without a mark present (a kiosk pre-mark is so confirmed)."""
        if not self.save_button.isEnabled():
            return
        for row, found in enumerate(self.model.rows()):
            if found.mark is None or found.pre_marked:
                self.model.setData(self.model.index(row, MARK_COLUMN), "present")
        self._count()

    def marks(self) -> dict[int, str]:
        """The marks shown, by enrolment (trainees not marked left out: the models name
        them)."""
        return {r.line.enrolment_id: r.mark for r in self.model.rows() if r.mark is not None}

    def save(self) -> bool:
        """Save every trainee's mark in one action; the list shows them as saved. Kiosk
        pre-marks nobody confirmed are not saved silently: staff are asked first (the box
        is kept in ``pre_mark_box``; its Yes saves them as 出勤) and False is returned."""
        roll = self.roll
        if roll is None or not self.save_button.isEnabled():
            return False
        pending = [n for n, r in enumerate(self.model.rows()) if r.pre_marked]
        if pending:
            self._ask_pre_marks(pending)
            return False
        return self._save_marks()

    def _ask_pre_marks(self, pending: list[int]) -> None:
        """Ask whether to save the unconfirmed kiosk pre-marks as 出勤; No goes to the
        first of them to confirm one by one."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("确认签到台预标"), self.tr(
            "还有 {n} 位签到台预标的学员未确认，全部按出勤保存？"
            "选“否”逐一确认（按 1 到 5）后再保存。").format(n=len(pending)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setAccessibleName(
            self.tr("全部按出勤保存"))
        box.button(QMessageBox.StandardButton.No).setAccessibleName(self.tr("逐一确认"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self._save_marks)
        box.rejected.connect(lambda: self._go_to_pre_mark(pending[0]))
        self.pre_mark_box = box
        box.open()

    def _go_to_pre_mark(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()
        self.status_label.show_result(self.tr(
            "未保存：请确认标着“签到台签到，待确认”的学员（按 1 到 5），再保存点名"),
            problem=True)

    def _save_marks(self) -> bool:
        """Save the marks shown (kiosk pre-marks as 出勤)."""
        roll = self.roll
        if roll is None:
            return False
        marks = self.marks()
        saved = attempt(self, lambda: roll_calls.save_roll_call(
            self._db, roll.session.id, marks, actor=self._actor), status=self.status_label)
        if saved is None:
            return False
        self.drafts.pop(roll.session.id, None)
        self.roll = None  # nothing left to keep
        self.show_day()
        attended = sum(line.mark in rules.ATTENDED_MARKS for line in saved.lines)
        self.status_label.show_result(self.tr(
            "已保存点名：{course} {day}，{total} 人中出勤 {attended} 人").format(
            course=saved.course_name, day=saved.session.day, total=len(saved.lines),
            attended=attended))
        return True


def make_tab(context: PageContext) -> RollCallTab:
    """The 点名 tab of the 职业培训 page."""
    return RollCallTab(context)



