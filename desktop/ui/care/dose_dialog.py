"""The small choice a medication cell opens: 已服 / 拒服 / 漏服, the time (now unless told) and
who gave it (the signed-in account unless told). Enter records 已服 as shown; Alt+R and Alt+M
the others. The dialog saves through the function it is given and stays open, with the reason
shown, when the models refuse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.care.doses import ScheduledDose
from desktop.ui.common.form_fields import accessible_label
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.page_parts import StatusLabel


def name_editor(editor: QAbstractSpinBox, name: str) -> None:
    """Name a date or time editor and the text field inside it for screen readers."""
    editor.setAccessibleName(name)
    inner = editor.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(name)


@dataclass(frozen=True)
class DoseChoice:
    """What staff chose: the medicines, how it went, when, by whom, and a note."""

    medication_ids: tuple[int, ...]
    status: str
    at_time: str
    given_by: str
    note: str


class DoseDialog(QDialog):
    """Record the doses of one member at one scheduled time."""

    def __init__(self, doses: Sequence[ScheduledDose], at: time, giver: str,
                 save: Callable[[DoseChoice], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doses = [d for d in doses if not d.recorded]
        self._save = save
        self.choice: DoseChoice | None = None
        first = self._doses[0]
        self.setWindowTitle(self.tr("记录服药"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{name}　{time} 的药").format(name=first.name, time=first.time))
        layout.addWidget(heading)
        self.medicine_boxes: list[QCheckBox] = []
        for dose in self._doses:
            box = QCheckBox(self.tr("{medicine} {dose}").format(medicine=dose.medicine,
                                                                dose=dose.dose))
            box.setChecked(True)
            box.setAccessibleName(box.text())
            # One medicine: nothing to choose, the box only says which it is.
            box.setEnabled(len(self._doses) > 1)
            layout.addWidget(box)
            self.medicine_boxes.append(box)
        form = QFormLayout()
        time_label = self.tr("服药时间(&T):")
        self.time_edit = QTimeEdit(QTime(at.hour, at.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        name_editor(self.time_edit, accessible_label(time_label))
        form.addRow(time_label, self.time_edit)
        giver_label = self.tr("给药人(&B):")
        self.giver_edit = QLineEdit(giver)
        self.giver_edit.setMaxLength(50)
        self.giver_edit.setAccessibleName(accessible_label(giver_label))
        form.addRow(giver_label, self.giver_edit)
        note_label = self.tr("备注(&N):")
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.note_edit.setAccessibleName(accessible_label(note_label))
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)
        self.status_label = StatusLabel(self.tr("结果"))
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox()
        self.given_button = self._status_button(buttons, self.tr("已服(&Y)"), "given",
                                                self.tr("记录为已服"))
        self.refused_button = self._status_button(buttons, self.tr("拒服(&R)"), "refused",
                                                  self.tr("记录为拒服"))
        self.missed_button = self._status_button(buttons, self.tr("漏服(&M)"), "missed",
                                                 self.tr("记录为漏服"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消，不记录"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.given_button.setDefault(True)
        self.given_button.setFocus()

    def _status_button(self, buttons: QDialogButtonBox, text: str, status: str,
                       name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.record(status))
        return button

    def record(self, status: str) -> bool:
        """Save the chosen medicines as ``status``; closes the dialog when saved."""
        shown = self.time_edit.time()
        choice = DoseChoice(
            tuple(d.medication_id for d, box in zip(self._doses, self.medicine_boxes,
                                                     strict=True) if box.isChecked()),
            status, f"{shown.hour():02d}:{shown.minute():02d}", self.giver_edit.text(),
            self.note_edit.text())
        if not choice.medication_ids:
            self.status_label.show_result(self.tr("请至少选择一种药"), problem=True)
            return False
        if not succeeded(self, lambda: self._save(choice), status=self.status_label):
            return False
        self.choice = choice
        self.accept()
        return True
