"""Staff changes to a day's sign-ins: add one (补签), correct its times, void it.

Each dialog asks for a reason, calls the model once, and on a refusal stays open with the
model's message under the field it is about; nothing is written unless the model accepted.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.attendance import attendance
from desktop.models.attendance.attendance import SignIn
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.messages import MessageList
from desktop.models.people.people_query import ArchivedFilter, PeopleQuery, fetch_rows, search_ids
from desktop.models.people.person_input import PersonRole
from desktop.ui.attendance.attendance_labels import method_label
from desktop.ui.common.form_fields import FieldErrors, accessible_label, use_calendar_popup
from desktop.ui.common.labels import model_message
from desktop.ui.common.model_action import attempt

MAX_MATCHES = 20
DEFAULT_ARRIVAL = time(9, 0)
DEFAULT_LEAVING = time(16, 0)
_PERSON = Qt.ItemDataRole.UserRole


def name_editor(editor: QAbstractSpinBox, name: str) -> None:
    """Name a date or time editor and the text field inside it for screen readers."""
    editor.setAccessibleName(name)
    inner = editor.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(name)


def time_edit(value: time, name: str) -> QTimeEdit:
    """An HH:mm editor, named for screen readers."""
    editor = QTimeEdit(QTime(value.hour, value.minute))
    editor.setDisplayFormat("HH:mm")
    name_editor(editor, name)
    return editor


def date_edit(value: date, name: str) -> QDateEdit:
    """A yyyy-MM-dd editor with a calendar pop-up, named for screen readers."""
    editor = QDateEdit(QDate(value.year, value.month, value.day))
    editor.setDisplayFormat("yyyy-MM-dd")
    use_calendar_popup(editor)
    name_editor(editor, name)
    return editor


def python_time(editor: QTimeEdit) -> time:
    """The editor's time as a datetime.time (minutes)."""
    shown = editor.time()
    return time(shown.hour(), shown.minute())


def python_date(editor: QDateEdit) -> date:
    """The editor's date as a datetime.date."""
    shown = editor.date()
    return date(shown.year(), shown.month(), shown.day())


class _SignInDialog(QDialog):
    """A form with an error line under each field, a general error line, OK and Cancel."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, title: str, ok_text: str,
                 ok_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.layout_.addLayout(self.form)
        # Refusals that are about the record, not one field (e.g. already voided).
        self.general_error = QLabel()
        self.general_error.setProperty("role", "error")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self.layout_.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_name)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, width_in_chars: int = 26) -> None:
        self.layout_.addWidget(self.buttons)
        # Wide enough for the hints and messages in Chinese and English, at any text size.
        han = self.fontMetrics().horizontalAdvance("汉")
        self.resize(max(self.sizeHint().width(), han * width_in_chars),
                    self.sizeHint().height())
        self.fit_height()

    def fit_height(self) -> None:
        """Grow tall enough for every line at the current width. Wrapped labels (the
        explanation, an error that appears) need more height than sizeHint() says, and a
        dialog that does not grow squeezes them until their text is cut off."""
        self.layout_.activate()
        needed = self.layout_.totalHeightForWidth(self.width()) \
            if self.layout_.hasHeightForWidth() else self.layout_.totalSizeHint().height()
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _reason_row(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(attendance.REASON_MAX)
        edit.setPlaceholderText(placeholder)
        self.errors.add_row("reason", self.tr("原因(&R):"), edit)
        return edit

    def _sign_out_row(self, current: time | None) -> tuple[QCheckBox, QTimeEdit]:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox(self.tr("已签退(&O)"))
        check.setAccessibleName(self.tr("已签退"))
        editor = time_edit(current or DEFAULT_LEAVING, self.tr("签退时间"))
        check.setChecked(current is not None)
        editor.setEnabled(current is not None)
        check.toggled.connect(editor.setEnabled)
        box.addWidget(check)
        box.addWidget(editor, 1)
        self.errors.add_row("signed_out_at", self.tr("签退时间:"), row)
        return check, editor

    def show_problems(self, fields: dict[str, str], general: str = "") -> None:
        """Show messages under their fields (and one about the whole record)."""
        known = self.errors.names()
        self.errors.show({k: model_message(v) for k, v in fields.items() if k in known})
        # A message about a field this dialog does not have is still shown, never dropped.
        others = [text for text in (general, *(v for k, v in fields.items() if k not in known))
                  if text]
        # Joined as a MessageList, so that each part is still translated.
        self.general_error.setText(("⚠ " + model_message(MessageList(others))) if others else "")
        self.general_error.setVisible(bool(others))
        self.fit_height()

    def error_text(self, name: str) -> str:
        """The message shown for a field, or for the record as a whole with name ''."""
        if not name:
            return self.general_error.text().removeprefix("⚠ ") \
                if not self.general_error.isHidden() else ""
        return self.errors.text(name)

    def save(self) -> None:
        """Call the model; close on success, else show why and stay open."""
        try:
            saved_id = attempt(self, self._apply, show=self._refused, passing=(ValidationError,))
        except ValidationError as exc:
            self.show_problems(exc.fields)
            return
        if saved_id is None:
            return
        self.saved.emit(saved_id)
        self.accept()

    def _refused(self, message: str) -> None:
        self.show_problems({}, message)

    def _apply(self) -> int | None:  # pragma: no cover - each dialog defines its action
        raise NotImplementedError


class AddSignInDialog(_SignInDialog):
    """补签: a sign-in for a member chosen by search, with times and a reason."""

    def __init__(self, db: Database, actor: Actor, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, self.tr("补签"), self.tr("补签(&S)"),
                         self.tr("保存补签"), parent)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(50)
        self.search_edit.setPlaceholderText(self.tr("姓名、拼音首字母(如 zs)或卡号"))
        label = self.tr("查找会员(&M):")
        self.form.addRow(label, self.search_edit)
        self.search_edit.setAccessibleName(accessible_label(label))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("找到的会员"))
        # Room for about five matches with the theme's roomy list rows.
        self.results.setMinimumHeight(self.fontMetrics().height() * 12)
        self.form.addRow("", self.results)
        person_error = QLabel()
        self.form.addRow("", person_error)
        self.errors.attach("person", self.results, person_error)
        self.date_edit = date_edit(day, self.tr("日期"))
        self.errors.add_row("day", self.tr("日期(&D):"), self.date_edit)
        self.in_edit = time_edit(DEFAULT_ARRIVAL, self.tr("签到时间"))
        self.errors.add_row("signed_in_at", self.tr("签到时间(&I):"), self.in_edit)
        self.out_check, self.out_edit = self._sign_out_row(None)
        self.reason_edit = self._reason_row(self.tr("如：忘带卡、签到台故障"))
        self._finish_layout(30)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._first_match)
        self._search("")
        self.search_edit.setFocus()

    def _search(self, text: str) -> None:
        # Archived members are listed (and marked) so that choosing one explains why not.
        query = PeopleQuery(text=text, role=PersonRole.MEMBER, archived=ArchivedFilter.ALL)
        ids = search_ids(self._db, query)[:MAX_MATCHES]
        rows = fetch_rows(self._db, ids)
        self.results.clear()
        for person_id in ids:
            row = rows[person_id]
            text_shown = f"{row.name}（{row.card_number}）" if row.card_number else row.name
            if row.archived:
                text_shown += self.tr("（已归档）")
            item = QListWidgetItem(text_shown)
            item.setData(_PERSON, person_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _first_match(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.in_edit.setFocus()

    def select_person(self, person_id: int) -> bool:
        """Choose a member in the results list (False if not listed)."""
        for row in range(self.results.count()):
            if self.results.item(row).data(_PERSON) == person_id:
                self.results.setCurrentRow(row)
                return True
        return False

    def person_id(self) -> int | None:
        """The member chosen, if any."""
        item = self.results.currentItem()
        return int(item.data(_PERSON)) if item is not None else None

    def _refused(self, message: str) -> None:
        # Archived, not on the register, already signed in: all about the member chosen.
        self.show_problems({"person": message})

    def _apply(self) -> int | None:
        person_id = self.person_id()
        if person_id is None:
            self.show_problems({"person": self.tr("请先查找并选择会员")})
            return None
        day = python_date(self.date_edit)
        signed_in = datetime.combine(day, python_time(self.in_edit))
        signed_out = (datetime.combine(day, python_time(self.out_edit))
                      if self.out_check.isChecked() else None)
        return attendance.staff_sign_in(self._db, person_id, signed_in, signed_out,
                                        actor=self._actor, reason=self.reason_edit.text())


class CorrectSignInDialog(_SignInDialog):
    """更正时间: new sign-in and sign-out times for one sign-in, with a reason."""

    def __init__(self, db: Database, actor: Actor, sign_in: SignIn,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, self.tr("更正签到时间"), self.tr("保存更正(&S)"),
                         self.tr("保存更正"), parent)
        self.sign_in = sign_in
        about = QLabel(self.tr("{name}，{day}，{method}签到").format(
            name=sign_in.name, day=sign_in.day, method=method_label(sign_in.method)))
        about.setWordWrap(True)
        self.form.addRow(about)
        self._was_in = datetime.fromisoformat(sign_in.signed_in_at)
        self._was_out = (datetime.fromisoformat(sign_in.signed_out_at)
                         if sign_in.signed_out_at else None)
        self.in_edit = time_edit(self._was_in.time(), self.tr("签到时间"))
        self.errors.add_row("signed_in_at", self.tr("签到时间(&I):"), self.in_edit)
        self.out_check, self.out_edit = self._sign_out_row(
            self._was_out.time() if self._was_out else None)
        self.reason_edit = self._reason_row(self.tr("如：按纸质签到本更正"))
        self._finish_layout()
        self.in_edit.setFocus()

    def _moment(self, editor: QTimeEdit, was: datetime | None) -> datetime:
        chosen = python_time(editor)
        # An unchanged HH:mm keeps the recorded seconds: a correction changes only what
        # the user changed.
        if was is not None and (was.hour, was.minute) == (chosen.hour, chosen.minute):
            return was
        return datetime.combine(self._was_in.date(), chosen)

    def _apply(self) -> int | None:
        signed_in = self._moment(self.in_edit, self._was_in)
        signed_out = (self._moment(self.out_edit, self._was_out)
                      if self.out_check.isChecked() else None)
        attendance.correct_sign_in(self._db, self.sign_in.id, signed_in, signed_out,
                                   actor=self._actor, reason=self.reason_edit.text())
        return self.sign_in.id


class VoidSignInDialog(_SignInDialog):
    """作废: a wrong sign-in is kept on record, marked void with the reason."""

    def __init__(self, db: Database, actor: Actor, sign_in: SignIn,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, self.tr("作废签到"), self.tr("作废(&V)"),
                         self.tr("确认作废"), parent)
        self.sign_in = sign_in
        about = QLabel(self.tr("作废 {name} 在 {day} {time} 的签到。记录会保留并标明已作废，"
                               "不计入出勤。").format(name=sign_in.name, day=sign_in.day,
                                                     time=sign_in.time_in))
        about.setWordWrap(True)
        self.form.addRow(about)
        self.reason_edit = self._reason_row(self.tr("如：签错人、重复录入"))
        self._finish_layout()
        self.reason_edit.setFocus()

    def _apply(self) -> int | None:
        attendance.void_sign_in(self._db, self.sign_in.id, actor=self._actor,
                                reason=self.reason_edit.text())
        return self.sign_in.id

