"""用药: today's doses, one row per medicine and time for the day-care members present, with
what was recorded; 已服 / 拒服 / 漏服 record the selected dose (at the time and by the giver
shown above the buttons: now and the signed-in account unless changed). Below, the day's
history of records, voided ones too; 作废 takes a wrong record back with a reason, after which
the dose is recorded again (that is how a dose is corrected)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.care import doses
from desktop.models.care.doses import DoseRecord, ScheduledDose
from desktop.models.db import Database
from desktop.ui.care.care_log_model import status_word
from desktop.ui.care.dose_dialog import name_editor
from desktop.ui.common.columns import CENTER, Column
from desktop.ui.common.form_fields import accessible_label, fit_to_text
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import attempt, succeeded
from desktop.ui.common.page_parts import RefreshingPage, StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.models.admin.permissions import Actor
    from desktop.ui.shell.pages import PageContext




def _state(dose: ScheduledDose, now: str) -> str:
    """已服 / 拒服 / 漏服; or not recorded: 未到时间, 待服（到时间了）, or long past."""
    if dose.recorded:
        return status_word(dose.status)
    if dose.time > now:
        return QCoreApplication.translate("MedicationTab", "未到时间")
    since = datetime.strptime(now, "%H:%M") - datetime.strptime(dose.time, "%H:%M")
    return QCoreApplication.translate(
        "MedicationTab", "待服（到时间了）") if since <= doses.DUE_WINDOW else \
        QCoreApplication.translate("MedicationTab", "超时未记录")


def due_columns(now: Callable[[], str]) -> list[Column[ScheduledDose]]:
    """The columns of today's doses; ``now()`` (HH:MM) tells due from not yet."""
    return [
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "应服时间"), lambda d: d.time, align=CENTER),
        Column(lambda: QCoreApplication.translate("MedicationTab", "姓名"), lambda d: d.name),
        Column(lambda: QCoreApplication.translate("MedicationTab", "药品"), lambda d: d.medicine),
        Column(lambda: QCoreApplication.translate("MedicationTab", "剂量"), lambda d: d.dose),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "情况"), lambda d: _state(d, now())),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "服药时间"), lambda d: d.at_time, align=CENTER),
        Column(lambda: QCoreApplication.translate("MedicationTab", "给药人"), lambda d: d.given_by),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "备注"), lambda d: d.note, tooltip=lambda d: d.note or None),
    ]


def history_columns() -> list[Column[DoseRecord]]:
    """The columns of the day's records (voided ones say so in words)."""
    return [
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "登记时间"), lambda r: r.created_at[11:16], align=CENTER),
        Column(lambda: QCoreApplication.translate("MedicationTab", "姓名"), lambda r: r.name),
        Column(lambda: QCoreApplication.translate("MedicationTab", "药品"), lambda r: r.medicine),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "应服时间"), lambda r: r.scheduled_time, align=CENTER),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "情况"), lambda r: status_word(r.status)),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "服药时间"), lambda r: r.at_time, align=CENTER),
        Column(lambda: QCoreApplication.translate("MedicationTab", "给药人"), lambda r: r.given_by),
        Column(lambda: QCoreApplication.translate(
            "MedicationTab", "登记人"), lambda r: r.recorded_by),
        Column(lambda: QCoreApplication.translate("MedicationTab", "作废"),
               lambda r: QCoreApplication.translate("MedicationTab", "已作废：{reason}").format(
                   reason=r.void_reason) if r.voided_at else ""),
    ]


class MedicationTab(RefreshingPage):
    """Today's doses due and recorded, the buttons to record one, and the day's history."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database = context.db
        self._actor: Actor = context.actor
        layout = QVBoxLayout(self)
        self.day_label = QLabel()
        layout.addWidget(self.day_label)
        self._now = ""
        self.due_model: ListTableModel[ScheduledDose] = ListTableModel(
            due_columns(lambda: self._now), self)
        self.due_table = record_table(self.due_model, self.tr("今天的服药：每行一种药的一次"))
        layout.addWidget(self.due_table, 2)
        # One line under the list: when, by whom, a note, then what happened.
        form = QHBoxLayout()
        time_label = QLabel(self.tr("服药时间(&T):"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        name_editor(self.time_edit, accessible_label(time_label.text()))
        time_label.setBuddy(self.time_edit)
        giver_label = QLabel(self.tr("给药人(&B):"))
        self.giver_edit = QLineEdit(doses.default_giver(self._db, self._actor))
        self.giver_edit.setMaxLength(doses.MAX_GIVER)
        self.giver_edit.setAccessibleName(accessible_label(giver_label.text()))
        fit_to_text(self.giver_edit, 6)
        giver_label.setBuddy(self.giver_edit)
        note_label = QLabel(self.tr("备注(&N):"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(doses.MAX_NOTE)
        self.note_edit.setAccessibleName(accessible_label(note_label.text()))
        note_label.setBuddy(self.note_edit)
        for label, field in ((time_label, self.time_edit), (giver_label, self.giver_edit),
                             (note_label, self.note_edit)):
            form.addWidget(label)
            form.addWidget(field, 1 if field is self.note_edit else 0)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.given_button = self._button(buttons, self.tr("已服(&Y)"),
                                         self.tr("把选中的一次服药记录为已服"), "given")
        self.refused_button = self._button(buttons, self.tr("拒服(&R)"),
                                           self.tr("把选中的一次服药记录为拒服"), "refused")
        self.missed_button = self._button(buttons, self.tr("漏服(&M)"),
                                          self.tr("把选中的一次服药记录为漏服"), "missed")
        self.void_button = QPushButton(self.tr("作废记录(&V)…"))
        self.void_button.setAccessibleName(self.tr("作废选中的服药记录，写明原因"))
        self.void_button.clicked.connect(self.ask_void)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        history_label = QLabel(self.tr("今天的服药记录（含已作废）"))
        layout.addWidget(history_label)
        self.history_model: ListTableModel[DoseRecord] = ListTableModel(history_columns(), self)
        self.history_table = record_table(self.history_model, history_label.text())
        layout.addWidget(self.history_table, 1)
        self.due_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh()

    def _button(self, row: QHBoxLayout, text: str, name: str, status: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: self.record(status))
        row.addWidget(button)
        return button

    def selected(self) -> ScheduledDose | None:
        """The dose of the current row."""
        return self.due_model.row_data(self.due_table.currentIndex().row())

    def _offer_time(self) -> None:
        """The time field: now, or the selected dose's own time when it is entered late."""
        now = self._db.clock.now()
        dose = self.selected()
        offered = doses.default_time(now.date(), dose.time, now) if dose is not None \
            else f"{now:%H:%M}"
        self.time_edit.setTime(QTime(int(offered[:2]), int(offered[3:])))

    def _enable(self) -> None:
        self._offer_time()
        dose = self.selected()
        pending = dose is not None and not dose.recorded
        for button in (self.given_button, self.refused_button, self.missed_button):
            button.setEnabled(pending)
        self.void_button.setEnabled(dose is not None and dose.recorded)

    def refresh(self) -> None:
        """Today's doses and records again; the time field back to now."""
        now = self._db.clock.now()
        self.day_label.setText(self.tr("今天：{day}　现在 {time}").format(
            day=now.date().isoformat(), time=f"{now:%H:%M}"))
        self.time_edit.setTime(QTime(now.hour, now.minute))
        chosen = self.selected()
        due = attempt(self, lambda: doses.day_doses(self._db, now.date(), actor=self._actor),
                      status=self.status_label)
        history = attempt(self, lambda: doses.dose_history(self._db, now.date(),
                                                            actor=self._actor),
                          status=self.status_label)
        self._now = f"{now:%H:%M}"
        self.due_model.set_rows(due or [])
        self.history_model.set_rows(history or [])
        keep = next((n for n, d in enumerate(due or []) if chosen is not None
                     and (d.medication_id, d.time) == (chosen.medication_id, chosen.time)), 0)
        if due:
            self.due_table.selectRow(keep)
        self._enable()
        self.size_columns()

    def size_columns(self) -> None:
        fit_columns(self.due_table, [4, 4, 8, 4, 9, 4, 4, 8])
        fit_columns(self.history_table, [4, 4, 8, 4, 3, 4, 4, 4, 8])

    def record(self, status: str) -> bool:
        """Record the selected dose as ``status`` with the time, giver and note shown."""
        dose = self.selected()
        if dose is None or dose.recorded:
            return False
        shown = self.time_edit.time()
        at = f"{shown.hour():02d}:{shown.minute():02d}"
        giver, note = self.giver_edit.text(), self.note_edit.text()
        day = self._db.clock.today()
        if not succeeded(self, lambda: doses.record_dose(
                self._db, dose.medication_id, day, dose.time, status, at, giver, note,
                actor=self._actor, person_id=dose.person_id), status=self.status_label):
            return False
        self.note_edit.clear()
        self.refresh()
        self.status_label.show_result(self.tr("已记录：{name} {time} {medicine} {status}").format(
            name=dose.name, time=dose.time, medicine=dose.medicine, status=status_word(status)))
        return True

    def void(self, reason: str) -> bool:
        """Void the selected dose's record with ``reason`` (to record it again)."""
        dose = self.selected()
        if dose is None or dose.dose_id is None:
            return False
        dose_id = dose.dose_id
        if not succeeded(self, lambda: doses.void_dose(self._db, dose_id, reason=reason,
                                                       actor=self._actor),
                         status=self.status_label):
            return False
        self.refresh()
        self.status_label.show_result(self.tr(
            "已作废：{name} {time} {medicine}；可以重新记录").format(
            name=dose.name, time=dose.time, medicine=dose.medicine))
        return True

    def ask_void(self) -> None:
        """Ask why, then void the selected record."""
        reason, ok = QInputDialog.getText(self, self.tr("作废服药记录"),
                                          self.tr("作废的原因（例如：记错了人）:"))
        if ok:
            self.void(reason)


def make_tab(context: PageContext) -> MedicationTab:
    """The 用药 tab of the 日间照料 page."""
    return MedicationTab(context)
