"""Dialogs of the activities page: add or edit an activity, and ask for a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.activities import activities
from desktop.models.activities.activities import ActivityInput
from desktop.models.admin.permissions import Actor
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import month_close
from desktop.ui.activities.activities_model import kind_label
from desktop.ui.common.dialog_parts import (
    accept_cancel_buttons,
    error_line,
    note_line,
    show_error,
)
from desktop.ui.common.form_fields import FieldErrors, accessible_label, use_calendar_popup
from desktop.ui.common.labels import closed_month_line, closed_month_tip, model_message
from desktop.ui.common.model_action import succeeded


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _iso(edit: QDateEdit) -> str:
    shown = edit.date()
    return f"{shown.year():04d}-{shown.month():02d}-{shown.day():02d}"


class ActivityDialog(QDialog):
    """The activity form: title, kind, date, place, organiser; problems shown by each field."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, activity_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.activity_id = activity_id
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("新建活动") if activity_id is None else self.tr("编辑活动"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("活动可以提前一年内安排；参加者在活动当天或之后登记。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self._errors = FieldErrors(form)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(activities.TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("如：书法练习、柔力球、春节慰问"))
        self.kind_combo = QComboBox()
        for kind in activities.KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.day_edit = QDateEdit(_qdate(self._today))
        use_calendar_popup(self.day_edit)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        # Outside this range the models refuse the date anyway; the calendar need not offer it.
        self.day_edit.setDateRange(_qdate(activities.EARLIEST_DAY),
                                   _qdate(self._today + timedelta(days=activities.MAX_PLAN_DAYS)))
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(activities.PLACE_MAX)
        self.place_edit.setPlaceholderText(self.tr("如：活动室、社区广场"))
        self.organiser_edit = QLineEdit()
        self.organiser_edit.setMaxLength(activities.ORGANISER_MAX)
        self.organiser_edit.setPlaceholderText(self.tr("如：温馨家园、街道残联、志愿者服务队"))
        self._errors.add_row("title", self.tr("活动名称(&T):"), self.title_edit)
        self._errors.add_row("kind", self.tr("类型(&K):"), self.kind_combo)
        self._errors.add_row("day", self.tr("日期(&D):"), self.day_edit)
        inner = self.day_edit.lineEdit()
        if inner is not None:
            # Screen readers may land on the text field inside the date edit.
            inner.setAccessibleName(self.tr("日期"))
        self._errors.add_row("place", self.tr("地点(&L):"), self.place_edit)
        self._errors.add_row("organiser", self.tr("组织者(&O):"), self.organiser_edit)
        layout.addLayout(form)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        # A date in a closed month (or an activity of one) cannot be saved: said before typing.
        self.closed_label = note_line()
        layout.addWidget(self.closed_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("保存(&S)"), self.tr("保存活动"), self.tr("取消"), self.save)
        layout.addWidget(buttons)
        self._stored_month = ""
        if activity_id is not None:
            self._load(activity_id)
        self._show_closed()
        self.day_edit.dateChanged.connect(lambda _date: self._show_closed())
        self.title_edit.textChanged.connect(lambda _text: self._touch("title"))
        self.place_edit.textChanged.connect(lambda _text: self._touch("place"))
        self.organiser_edit.textChanged.connect(lambda _text: self._touch("organiser"))
        self.day_edit.dateChanged.connect(lambda _date: self._touch("day"))
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._touch("kind"))
        self.resize(560, self.sizeHint().height())

    @property
    def _today(self) -> date:
        """Today by the database's clock."""
        return self._db.clock.today()

    def _load(self, activity_id: int) -> None:
        activity = activities.get_activity(self._db, activity_id)
        self.title_edit.setText(activity.title)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(activity.kind), 0))
        day = _qdate(date.fromisoformat(activity.day))
        # Never let the range silently clamp a stored date into another day.
        self.day_edit.setDateRange(min(day, self.day_edit.minimumDate()),
                                   max(day, self.day_edit.maximumDate()))
        self.day_edit.setDate(day)
        self._stored_month = activity.day[:7]
        self.place_edit.setText(activity.place)
        self.organiser_edit.setText(activity.organiser)

    def _show_closed(self) -> None:
        """Disable saving when the chosen date's month, or the stored activity's, is closed."""
        months = {m for m in (self._stored_month, _iso(self.day_edit)[:7]) if m}
        closed = sorted(m for m in months if month_close.is_closed(self._db, m))
        show_error(self.closed_label, closed_month_line(closed[0]) if closed else "")
        self.save_button.setEnabled(not closed)
        self.save_button.setToolTip(closed_month_tip(closed[0]) if closed else "")

    def activity_input(self) -> ActivityInput:
        """What the form holds."""
        return ActivityInput(title=self.title_edit.text(), kind=self.kind_combo.currentData(),
                             day=_iso(self.day_edit), place=self.place_edit.text(),
                             organiser=self.organiser_edit.text())

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    def _touch(self, name: str) -> None:
        # Problems appear once a field was edited (or Save pressed), not on an empty form.
        self._touched.add(name)
        self._show(activities.validate_activity(activities.normalised(self.activity_input()),
                                                self._today), only_touched=True)

    def _show(self, errors: dict[str, str], *, only_touched: bool = False) -> None:
        shown = {k: model_message(v) for k, v in errors.items()
                 if not only_touched or k in self._touched}
        self._errors.show(shown)

    def save(self) -> None:
        """Validate and store; on success emit ``saved`` and close, otherwise show why."""
        data = self.activity_input()
        self.error_label.setVisible(False)
        try:
            saved = succeeded(self, lambda: self._store(data), show=self._refused,
                              passing=(ValidationError,))
        except ValidationError as exc:
            self._touched.update(exc.fields)
            self._show(exc.fields)
            first = next(iter(exc.fields), "")
            widget = {"title": self.title_edit, "kind": self.kind_combo, "day": self.day_edit,
                      "place": self.place_edit, "organiser": self.organiser_edit}.get(first)
            if widget is not None:
                widget.setFocus()
            return
        if not saved:
            return
        self.saved.emit(self.activity_id)
        self.accept()

    def _store(self, data: ActivityInput) -> None:
        if self.activity_id is None:
            self.activity_id = activities.create_activity(self._db, data, actor=self._actor,
                                                          today=self._today)
        else:
            activities.update_activity(self._db, self.activity_id, data, actor=self._actor,
                                       today=self._today)

    def _refused(self, reason: str) -> None:
        show_error(self.error_label, reason)


class ReasonDialog(QDialog):
    """Asks why (voiding an activity, removing a participant); OK waits for a reason."""

    def __init__(self, title: str, explanation: str, ok_text: str,
                 parent: QWidget | None = None, *, placeholder: str | None = None,
                 max_length: int = activities.REASON_MAX) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(max_length)
        self.reason_edit.setPlaceholderText(
            placeholder if placeholder is not None else self.tr("如：录入错误、重复登记、活动取消"))
        self.reason_edit.setAccessibleName(self.tr("原因"))
        form.addRow(self.tr("原因(&R):"), self.reason_edit)
        layout.addLayout(form)
        # Said in words while the reason is empty (a greyed button alone does not say why).
        self.need_label = QLabel(self.tr("请先填写原因，才能“{ok}”").format(
            ok=accessible_label(ok_text)))
        self.need_label.setWordWrap(True)
        self.need_label.setAccessibleName(self.tr("还需要填写的内容"))
        layout.addWidget(self.need_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._reason_typed)
        # Wide enough for the hint in the reason field at any text size (30 Han characters).
        self.resize(max(460, self.fontMetrics().horizontalAdvance("汉") * 30),
                    self.sizeHint().height())

    def _reason_typed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        self.need_label.setVisible(not text.strip())

    def reason(self) -> str:
        """The reason typed."""
        return self.reason_edit.text().strip()
