"""The care profile dialog (编辑档案): the member's profile on the left, their medication
schedule and the people allowed to collect them on the right.

The profile is saved with 保存档案 (the dialog stays open); schedules and pick-up people
are added (``medication_dialog``, ``pickup_dialog``) and stopped/deactivated one at a time,
each change stored at once. Both lists need the profile to exist first: until it is saved
their buttons say so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin.permissions import Actor
from desktop.models.care import medication_schedule, pickups, profile
from desktop.models.care.day_care import DIET_TEXTURES, SELF_CARE_LEVELS
from desktop.models.care.medication_schedule import MedicationSchedule
from desktop.models.care.pickups import Pickup
from desktop.models.care.profile import RISK_FLAGS, CareProfileInput
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.people.identity import mask_phone
from desktop.ui.care.care_dialog_parts import DayDialog, save_close_buttons
from desktop.ui.care.care_words import care_label
from desktop.ui.care.medication_dialog import MedicationDialog
from desktop.ui.care.pickup_dialog import PickupDialog
from desktop.ui.common.column_fit import ContentColumns
from desktop.ui.common.columns import Column
from desktop.ui.common.dialog_parts import named_button
from desktop.ui.common.form_fields import FieldErrors
from desktop.ui.common.labels import model_message
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel, fit_columns
from desktop.ui.common.record_table import record_table


# -- the profile dialog -------------------------------------------------------------------------
def _medication_columns() -> list[Column[MedicationSchedule]]:
    def ended(s: MedicationSchedule) -> str:
        return s.ends_on or QCoreApplication.translate("ProfileDialog", "服用中")
    return [
        Column(lambda: QCoreApplication.translate("ProfileDialog", "药品"), lambda s: s.medicine),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "剂量"), lambda s: s.dose),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "服药时间"),
               lambda s: ", ".join(s.times)),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "提供方"),
               lambda s: care_label(s.supplied_by)),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "开始"), lambda s: s.starts_on),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "停药"), ended),
    ]


def _pickup_columns() -> list[Column[Pickup]]:
    def guardian(p: Pickup) -> str:
        return QCoreApplication.translate("ProfileDialog", "监护人") if p.is_guardian else ""
    return [
        Column(lambda: QCoreApplication.translate("ProfileDialog", "姓名"), lambda p: p.name),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "关系"), lambda p: p.relation),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "电话"),
               lambda p: mask_phone(p.phone)),
        Column(lambda: QCoreApplication.translate("ProfileDialog", "身份"), guardian),
    ]


# Characters a medication column shows at most (0: all): a long medicine name is cut, the rest
# (dose, times, who supplies it, the dates) always shows in full.
_MEDICATION_MAX_CHARS = (10, 6, 0, 0, 0, 0)


class ProfileDialog(QDialog):
    """One member's care profile, medication schedule and pick-up list."""

    def __init__(self, db: Database, actor: Actor, person_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self.person_id = db, actor, person_id
        self.changed = False
        name = profile.person_name(db, person_id)
        self.setWindowTitle(self.tr("照料档案 – {name}").format(name=name))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.addWidget(self._profile_box(), 5)
        right = QVBoxLayout()
        right.addWidget(self._medication_box(), 1)
        right.addWidget(self._pickup_box(), 1)
        columns.addLayout(right, 6)
        layout.addLayout(columns, 1)
        self.status_label = StatusLabel(self.tr("档案保存结果"))
        layout.addWidget(self.status_label)
        buttons, self.save_button = save_close_buttons(
            self, self.tr("保存档案(&S)"), self.tr("保存照料档案"), self.save)
        layout.addWidget(buttons)
        self._load()
        self.self_care_combo.setFocus()

    # -- building ------------------------------------------------------------------------------
    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("基本情况"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self._errors = FieldErrors(form)
        self.self_care_combo = QComboBox()
        for level in SELF_CARE_LEVELS:
            self.self_care_combo.addItem(care_label(level), level)
        self.texture_combo = QComboBox()
        for texture in DIET_TEXTURES:
            self.texture_combo.addItem(care_label(texture), texture)
        self.restrictions_edit = QLineEdit()
        self.restrictions_edit.setMaxLength(profile.MAX_LENGTHS["diet_restrictions"])
        self.restrictions_edit.setPlaceholderText(self.tr("如：低盐、不吃猪肉"))
        self.allergies_edit = QLineEdit()
        self.allergies_edit.setMaxLength(profile.MAX_LENGTHS["allergies"])
        self.allergies_edit.setPlaceholderText(self.tr("如：青霉素、花生；没有请留空"))
        self.doctor_edit = QLineEdit()
        self.doctor_edit.setMaxLength(profile.MAX_LENGTHS["doctor"])
        self.hospital_edit = QLineEdit()
        self.hospital_edit.setMaxLength(profile.MAX_LENGTHS["hospital"])
        self.doctor_phone_edit = QLineEdit()
        self.doctor_phone_edit.setPlaceholderText(self.tr("手机11位，或座机如 010-66012345"))
        risks = QWidget()
        grid = QGridLayout(risks)
        grid.setContentsMargins(0, 0, 0, 0)
        self.risk_checks: dict[str, QCheckBox] = {}
        for number, flag in enumerate(RISK_FLAGS):
            check = QCheckBox(care_label(flag))
            check.setAccessibleName(self.tr("风险：{flag}").format(flag=care_label(flag)))
            grid.addWidget(check, number // 3, number % 3)
            self.risk_checks[flag] = check
        self.risk_notes_edit = QPlainTextEdit()
        self.risk_notes_edit.setTabChangesFocus(True)
        self.risk_notes_edit.setPlaceholderText(self.tr("如：听到大声会紧张，需安静角落；"
                                                        "发作时侧卧，记录时间并通知家属"))
        self.risk_notes_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self._errors.add_row("self_care", self.tr("自理能力(&C):"), self.self_care_combo)
        self._errors.add_row("diet_restrictions", self.tr("饮食禁忌(&R):"),
                             self.restrictions_edit)
        self._errors.add_row("allergies", self.tr("过敏(&A):"), self.allergies_edit)
        self._errors.add_row("diet_texture", self.tr("饮食性状(&X):"), self.texture_combo)
        self._errors.add_row("doctor", self.tr("医生(&O):"), self.doctor_edit)
        self._errors.add_row("hospital", self.tr("医院(&H):"), self.hospital_edit)
        self._errors.add_row("doctor_phone", self.tr("医生电话(&L):"), self.doctor_phone_edit)
        self._errors.add_row("risks", self.tr("风险:"), risks)
        risks.setAccessibleName(self.tr("风险"))
        self._errors.add_row("risk_notes", self.tr("风险说明(&K):"), self.risk_notes_edit)
        return box

    def _medication_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("用药安排"))
        layout = QVBoxLayout(box)
        self.medication_model: ListTableModel[MedicationSchedule] = ListTableModel(
            _medication_columns(), self, key=lambda s: s.id)
        self.medication_table = record_table(self.medication_model, self.tr("用药安排"),
                                             wrap=False)
        layout.addWidget(self.medication_table, 1)
        # Sized by what the cells hold, and the table kept wide enough to show every column
        # (with fixed widths the last columns, the dates, went off the right edge).
        self.medication_columns = ContentColumns(self.medication_table,
                                                 _MEDICATION_MAX_CHARS, grow=(0,))
        row = QHBoxLayout()
        self.add_medication_button = named_button(
            self.tr("添加用药(&M)…"), self.tr("添加用药"), self.add_medication)
        self.stop_medication_button = named_button(
            self.tr("停药(&T)…"), self.tr("停用选中的药品"), self.stop_medication)
        row.addWidget(self.add_medication_button)
        row.addWidget(self.stop_medication_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.medication_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        return box

    def _pickup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("接送人（可接走会员的人）"))
        layout = QVBoxLayout(box)
        self.pickup_model: ListTableModel[Pickup] = ListTableModel(
            _pickup_columns(), self, key=lambda p: p.id)
        self.pickup_table = record_table(self.pickup_model, self.tr("接送人"), wrap=False)
        layout.addWidget(self.pickup_table, 1)
        self.guardian_note = QLabel()
        self.guardian_note.setWordWrap(True)
        layout.addWidget(self.guardian_note)
        row = QHBoxLayout()
        self.add_pickup_button = named_button(
            self.tr("添加接送人(&J)…"), self.tr("添加接送人"), self.add_pickup)
        self.deactivate_pickup_button = named_button(
            self.tr("停用接送人(&U)"), self.tr("停用选中的接送人"), self.deactivate_pickup)
        row.addWidget(self.add_pickup_button)
        row.addWidget(self.deactivate_pickup_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pickup_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        return box

    # -- data ----------------------------------------------------------------------------------
    def _load(self) -> None:
        stored = profile.load_profile(self._db, self.person_id, actor=self._actor)
        self.has_profile = stored is not None
        data = stored.data if stored is not None else CareProfileInput()
        self.self_care_combo.setCurrentIndex(max(self.self_care_combo.findData(data.self_care),
                                                 0))
        self.texture_combo.setCurrentIndex(max(self.texture_combo.findData(data.diet_texture),
                                               0))
        self.restrictions_edit.setText(data.diet_restrictions)
        self.allergies_edit.setText(data.allergies)
        self.doctor_edit.setText(data.doctor)
        self.hospital_edit.setText(data.hospital)
        self.doctor_phone_edit.setText(data.doctor_phone)
        for flag, check in self.risk_checks.items():
            check.setChecked(flag in data.risks)
        self.risk_notes_edit.setPlainText(data.risk_notes)
        if stored is None:
            self.status_label.show_result(self.tr("还没有照料档案：填写后按“保存档案”，"
                                                  "再添加用药和接送人"), problem=True)
        self._reload_lists()

    def _reload_lists(self) -> None:
        self.medication_model.set_rows(medication_schedule.schedules(
            self._db, self.person_id, actor=self._actor) if self.has_profile else [])
        people = pickups.pickups(self._db, self.person_id, actor=self._actor) \
            if self.has_profile else []
        self.pickup_model.set_rows(people)
        if any(p.is_guardian for p in people):
            self.guardian_note.setText("")
        else:
            self.guardian_note.setText("⚠ " + self.tr("还没有监护人：请添加至少一位监护人"))
        self.guardian_note.setVisible(bool(self.guardian_note.text()))
        self._fit_medication()
        fit_columns(self.pickup_table, (5, 4, 7, 4))
        self._update_buttons()

    def _fit_medication(self) -> None:
        """Every column of the medication table in view, in the dialog's current font."""
        self.medication_columns.keep_in_view()

    def showEvent(self, event: QShowEvent) -> None:
        # The theme's font (large text) reaches the table when the dialog is shown.
        super().showEvent(event)
        self._fit_medication()

    def _update_buttons(self) -> None:
        need = self.tr("请先保存照料档案")
        for button in (self.add_medication_button, self.add_pickup_button):
            button.setEnabled(self.has_profile)
            button.setToolTip("" if self.has_profile else need)
        schedule = self.selected_medication()
        self.stop_medication_button.setEnabled(schedule is not None)
        person = self.selected_pickup()
        self.deactivate_pickup_button.setEnabled(person is not None)

    def selected_medication(self) -> MedicationSchedule | None:
        """The schedule selected in the table, if any."""
        rows = self.medication_table.selectionModel().selectedRows()
        return self.medication_model.row_data(rows[0].row()) if rows else None

    def selected_pickup(self) -> Pickup | None:
        """The pick-up person selected in the table, if any."""
        rows = self.pickup_table.selectionModel().selectedRows()
        return self.pickup_model.row_data(rows[0].row()) if rows else None

    def profile_input(self) -> CareProfileInput:
        """What the profile form holds."""
        return CareProfileInput(
            self_care=self.self_care_combo.currentData(),
            diet_restrictions=self.restrictions_edit.text(),
            allergies=self.allergies_edit.text(),
            diet_texture=self.texture_combo.currentData(),
            doctor=self.doctor_edit.text(), hospital=self.hospital_edit.text(),
            doctor_phone=self.doctor_phone_edit.text(),
            risks=tuple(flag for flag, check in self.risk_checks.items() if check.isChecked()),
            risk_notes=self.risk_notes_edit.toPlainText())

    def field_error(self, name: str) -> str:
        """The message shown beside a field ('' if none)."""
        return self._errors.text(name)

    # -- actions -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the profile; say so on the status line, or show why by the fields."""
        data = self.profile_input()
        try:
            saved = succeeded(self, lambda: profile.save_profile(
                self._db, self.person_id, data, actor=self._actor),
                status=self.status_label, passing=(ValidationError,))
        except ValidationError as exc:
            self._errors.show({k: model_message(v) for k, v in exc.fields.items()})
            self.status_label.show_result(self.tr("未保存：请按提示修改"), problem=True)
            return False
        if not saved:
            return False
        self._errors.show({})
        self.changed = True
        first = not self.has_profile
        self.has_profile = True
        self._reload_lists()
        self.status_label.show_result(
            self.tr("档案已保存；现在可以添加用药和接送人") if first else self.tr("档案已保存"))
        return True

    def add_medication(self) -> None:
        """Open the schedule form; the list shows the new schedule."""
        dialog = MedicationDialog(self._db, self._actor, self.person_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self._reload_lists()
            self.status_label.show_result(self.tr("已添加用药"))

    def stop_medication(self) -> None:
        """Ask for the last day of the selected medicine and store it."""
        schedule = self.selected_medication()
        if schedule is None:
            return
        dialog = DayDialog(self.tr("停药"), self.tr(
            "“{medicine}”最后服用的日期；之后不再提示服药，已有的服药记录保留。").format(
            medicine=schedule.medicine), self.tr("最后服药日期(&D):"), self._db.clock.today(),
            self.tr("停药(&T)"), lambda day: medication_schedule.stop_medication(
                self._db, schedule.id, day, actor=self._actor), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self._reload_lists()
            self.status_label.show_result(self.tr("已停药：{medicine}").format(
                medicine=schedule.medicine))

    def add_pickup(self) -> None:
        """Open the pick-up form; the list shows the new person."""
        dialog = PickupDialog(self._db, self._actor, self.person_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self._reload_lists()
            self.status_label.show_result(self.tr("已添加接送人"))

    def deactivate_pickup(self) -> None:
        """The selected person may no longer collect the member (kept on record)."""
        person = self.selected_pickup()
        if person is None:
            return
        if succeeded(self, lambda: pickups.deactivate_pickup(self._db, person.id,
                                                             actor=self._actor),
                     status=self.status_label):
            self.changed = True
            self._reload_lists()
            self.status_label.show_result(self.tr("已停用接送人：{name}").format(
                name=person.name))
