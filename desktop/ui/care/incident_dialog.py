"""The incident form (突发事件): report a new incident or complete an open one.

Every field of the report: when, whom it concerned, kind, severity, place, what happened
(required), what staff did, which family member was told and when, and the follow-up.
Problems are shown under the field they are about. For an incident of a closed month, the
time and the severity (what the monthly report counts) are shown but cannot be changed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.care import incidents
from desktop.models.care.day_care import INCIDENT_KINDS, SEVERITIES
from desktop.models.care.incidents import IncidentInput
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import month_close
from desktop.ui.care.incident_print import kind_label, severity_label
from desktop.ui.common.dialog_parts import (
    accept_cancel_buttons,
    error_line,
    note_line,
    show_error,
)
from desktop.ui.common.form_fields import FieldErrors, use_calendar_popup
from desktop.ui.common.labels import closed_month_line, model_message
from desktop.ui.common.model_action import succeeded

_FORMAT = "yyyy-MM-dd HH:mm"
# Lines of room for each free-text field (more scrolls).
_TEXT_LINES = 4


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromString(moment.strftime("%Y-%m-%d %H:%M"), _FORMAT)


def _stamp(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toString("yyyy-MM-ddTHH:mm")


class IncidentDialog(QDialog):
    """New or edit: ``incident_id`` None reports a new incident."""

    saved = Signal(int)

    def __init__(self, db: Database, actor: Actor, incident_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.incident_id = incident_id
        self._stored_month = ""
        self.setWindowTitle(self.tr("登记突发事件") if incident_id is None
                            else self.tr("编辑突发事件"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("较重和严重的事件会一直显示在首页，直到结案；"
                              "结案前须通知家属并写明后续跟进。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self._left_errors, self._right_errors = FieldErrors(left), FieldErrors(right)
        self._build_facts(left, self._left_errors)
        self._build_accounts(self._right_errors)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)
        self.error_label = error_line()
        layout.addWidget(self.error_label)
        self.closed_label = note_line()
        layout.addWidget(self.closed_label)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("保存(&S)"), self.tr("保存突发事件"), self.tr("取消"), self.save)
        layout.addWidget(buttons)
        self._fill_people()
        if incident_id is not None:
            self._load(incident_id)
        self._told_toggled()
        self._show_closed()
        self.occurred_edit.dateTimeChanged.connect(lambda _t: self._occurred_changed())
        self.resize(940, 600)

    # -- building ------------------------------------------------------------------------------
    def _build_facts(self, form: QFormLayout, errors: FieldErrors) -> None:
        now = self._db.clock.now()
        self.occurred_edit = QDateTimeEdit(_qdatetime(now))
        self.occurred_edit.setDisplayFormat(_FORMAT)
        use_calendar_popup(self.occurred_edit)
        self.occurred_edit.setMaximumDateTime(_qdatetime(now))
        self.person_combo = QComboBox()
        self.kind_combo = QComboBox()
        for kind in INCIDENT_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.severity_combo = QComboBox()
        for severity in SEVERITIES:
            self.severity_combo.addItem(severity_label(severity), severity)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(incidents.PLACE_MAX)
        self.place_edit.setPlaceholderText(self.tr("如：餐厅、活动室、卫生间"))
        self.told_check = QCheckBox(self.tr("已通知家属(&G)"))
        self.told_check.setAccessibleName(self.tr("已通知家属"))
        self.told_check.toggled.connect(lambda _on: self._told_toggled())
        self.told_name_edit = QLineEdit()
        self.told_name_edit.setMaxLength(incidents.NAME_MAX)
        self.told_name_edit.setPlaceholderText(self.tr("如：王建国（父亲）"))
        self.told_at_edit = QDateTimeEdit(_qdatetime(now))
        self.told_at_edit.setDisplayFormat(_FORMAT)
        use_calendar_popup(self.told_at_edit)
        self.told_at_edit.setMaximumDateTime(_qdatetime(now))
        errors.add_row("occurred_at", self.tr("发生时间(&W):"), self.occurred_edit)
        errors.add_row("person_id", self.tr("当事人(&P):"), self.person_combo)
        errors.add_row("kind", self.tr("类型(&K):"), self.kind_combo)
        errors.add_row("severity", self.tr("严重程度(&L):"), self.severity_combo)
        errors.add_row("place", self.tr("地点(&A):"), self.place_edit)
        form.addRow("", self.told_check)
        errors.add_row("guardian_told_name", self.tr("通知了谁(&O):"), self.told_name_edit)
        errors.add_row("guardian_told_at", self.tr("通知时间(&I):"), self.told_at_edit)
        for edit, name in ((self.occurred_edit, self.tr("发生时间")),
                           (self.told_at_edit, self.tr("通知时间"))):
            inner = edit.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(name)

    def _text_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * _TEXT_LINES + 12)
        return edit

    def _build_accounts(self, errors: FieldErrors) -> None:
        self.what_edit = self._text_edit(
            self.tr("必填：什么时间、在哪里、发生了什么、当事人的情况"))
        self.action_edit = self._text_edit(self.tr("如：冰敷，测血压，拨打120，陪同就医"))
        self.follow_edit = self._text_edit(self.tr("如：次日电话询问复查结果，调整座位"))
        errors.add_row("what_happened", self.tr("事件经过(&H):"), self.what_edit)
        errors.add_row("action_taken", self.tr("处理措施(&M):"), self.action_edit)
        errors.add_row("follow_up", self.tr("后续跟进(&F):"), self.follow_edit)

    # -- behaviour -----------------------------------------------------------------------------
    def _fill_people(self, keep: int | None = None) -> None:
        """Whom the incident may concern on the chosen day (keeps ``keep`` in the list)."""
        combo = self.person_combo
        current = keep if keep is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（不涉及具体人员）"), None)
        people = incidents.incident_people(self._db, _stamp(self.occurred_edit)[:10],
                                           actor=self._actor)
        names = [name for _id, name in people]
        for person_id, name in people:
            text = name if names.count(name) == 1 else self.tr("{name}（编号 {id}）").format(
                name=name, id=person_id)
            combo.addItem(text, person_id)
        if current is not None and combo.findData(current) < 0:
            name = self._db.scalar("SELECT name FROM person WHERE id = ?", (current,))
            combo.addItem(str(name or current), current)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _load(self, incident_id: int) -> None:
        found = incidents.get_incident(self._db, incident_id, actor=self._actor)
        self._stored_month = found.month
        occurred = datetime.fromisoformat(found.occurred_at)
        self.occurred_edit.setMaximumDateTime(max(
            self.occurred_edit.maximumDateTime(), _qdatetime(occurred)))
        self.occurred_edit.setDateTime(_qdatetime(occurred))
        self._fill_people(found.person_id)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(found.kind), 0))
        self.severity_combo.setCurrentIndex(max(self.severity_combo.findData(found.severity), 0))
        self.place_edit.setText(found.place)
        self.what_edit.setPlainText(found.what_happened)
        self.action_edit.setPlainText(found.action_taken)
        self.follow_edit.setPlainText(found.follow_up)
        if found.guardian_told_name or found.guardian_told_at:
            self.told_check.setChecked(True)
            self.told_name_edit.setText(found.guardian_told_name)
            if found.guardian_told_at:
                self.told_at_edit.setDateTime(_qdatetime(
                    datetime.fromisoformat(found.guardian_told_at)))

    def _occurred_changed(self) -> None:
        self._fill_people()
        self._show_closed()

    def _told_toggled(self) -> None:
        told = self.told_check.isChecked()
        self.told_name_edit.setEnabled(told)
        self.told_at_edit.setEnabled(told)

    def _show_closed(self) -> None:
        """A new incident in a closed month cannot be saved; a stored one of a closed month
        keeps its time and severity."""
        new_month = _stamp(self.occurred_edit)[:7]
        stored_closed = bool(self._stored_month) and month_close.is_closed(
            self._db, self._stored_month)
        new_closed = not stored_closed and month_close.is_closed(self._db, new_month)
        if stored_closed:
            text = self.tr("{line}：发生时间和严重程度不能再改，其余内容仍可补充").format(
                line=closed_month_line(self._stored_month))
        elif new_closed:
            text = closed_month_line(new_month)
        else:
            text = ""
        self.occurred_edit.setEnabled(not stored_closed)
        self.severity_combo.setEnabled(not stored_closed)
        self.save_button.setEnabled(not new_closed)
        show_error(self.closed_label, text)

    def incident_input(self) -> IncidentInput:
        """What the form holds."""
        told = self.told_check.isChecked()
        return IncidentInput(
            occurred_at=_stamp(self.occurred_edit), person_id=self.person_combo.currentData(),
            kind=self.kind_combo.currentData(), severity=self.severity_combo.currentData(),
            what_happened=self.what_edit.toPlainText(), place=self.place_edit.text(),
            action_taken=self.action_edit.toPlainText(),
            guardian_told_name=self.told_name_edit.text() if told else "",
            guardian_told_at=_stamp(self.told_at_edit) if told else "",
            follow_up=self.follow_edit.toPlainText())

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._left_errors.text(name) or self._right_errors.text(name)

    def _show(self, errors: dict[str, str]) -> None:
        shown = {k: model_message(v) for k, v in errors.items()}
        self._left_errors.show(shown)
        self._right_errors.show(shown)

    def save(self) -> None:
        """Validate and store; on success emit ``saved`` and close, otherwise show why."""
        data = self.incident_input()
        self.error_label.setVisible(False)
        try:
            done = succeeded(self, lambda: self._store(data), show=self._refused,
                             passing=(ValidationError,))
        except ValidationError as exc:
            self._show(exc.fields)
            widget = {"occurred_at": self.occurred_edit, "person_id": self.person_combo,
                      "kind": self.kind_combo, "severity": self.severity_combo,
                      "place": self.place_edit, "what_happened": self.what_edit,
                      "action_taken": self.action_edit, "follow_up": self.follow_edit,
                      "guardian_told_name": self.told_name_edit,
                      "guardian_told_at": self.told_at_edit}.get(next(iter(exc.fields), ""))
            if widget is not None:
                widget.setFocus()
            return
        if not done:
            return
        assert self.incident_id is not None
        self.saved.emit(self.incident_id)
        self.accept()

    def _store(self, data: IncidentInput) -> None:
        if self.incident_id is None:
            self.incident_id = incidents.report_incident(self._db, data, actor=self._actor)
        else:
            incidents.update_incident(self._db, self.incident_id, data, actor=self._actor)

    def _refused(self, reason: str) -> None:
        show_error(self.error_label, reason)
