"""The form that adds a medication schedule to a member's care profile (添加用药)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.care import medication_schedule
from desktop.models.care.day_care import SUPPLIERS
from desktop.models.care.medication_schedule import MedicationInput
from desktop.models.db import Database
from desktop.ui.care.care_dialog_parts import FormDialog, date_field, iso_day
from desktop.ui.care.care_words import care_label


class MedicationDialog(FormDialog):
    """Add a medication schedule: medicine, dose, times, who supplies it, from when."""

    def __init__(self, db: Database, actor: Actor, person_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加用药"))
        self._db, self._actor, self._person_id = db, actor, person_id
        self.medication_id: int | None = None
        self.medicine_edit = QLineEdit()
        self.medicine_edit.setMaxLength(medication_schedule.MEDICINE_MAX)
        self.medicine_edit.setPlaceholderText(self.tr("如：丙戊酸钠缓释片"))
        self.dose_edit = QLineEdit()
        self.dose_edit.setMaxLength(medication_schedule.DOSE_MAX)
        self.dose_edit.setPlaceholderText(self.tr("如：0.5g、1片"))
        self.times_edit = QLineEdit()
        self.times_edit.setPlaceholderText(self.tr("如：08:00, 12:30"))
        self.supplier_combo = QComboBox()
        for supplier in SUPPLIERS:
            self.supplier_combo.addItem(care_label(supplier), supplier)
        self.starts_edit = date_field(db.clock.today(), self.tr("开始服药日期"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setMaxLength(medication_schedule.NOTES_MAX)
        self.notes_edit.setPlaceholderText(self.tr("如：饭后服、需碾碎"))
        self._errors.add_row("medicine", self.tr("药品(&M):"), self.medicine_edit)
        self._errors.add_row("dose", self.tr("每次剂量(&D):"), self.dose_edit)
        self._errors.add_row("times", self.tr("服药时间(&T):"), self.times_edit)
        self._errors.add_row("supplied_by", self.tr("药品提供方(&P):"), self.supplier_combo)
        self._errors.add_row("starts_on", self.tr("开始服药(&B):"), self.starts_edit)
        self._errors.add_row("notes", self.tr("备注(&N):"), self.notes_edit)
        self._finish(self.tr("添加(&A)"), self.tr("添加用药"), 520)

    def medication_input(self) -> MedicationInput:
        """What the form holds."""
        return MedicationInput(self.medicine_edit.text(), self.dose_edit.text(),
                               self.times_edit.text(), iso_day(self.starts_edit),
                               self.supplier_combo.currentData(), "", self.notes_edit.text())

    def store(self) -> None:
        """Store the schedule (the model refuses what is wrong, by field)."""
        self.medication_id = medication_schedule.add_medication(
            self._db, self._person_id, self.medication_input(), actor=self._actor)
