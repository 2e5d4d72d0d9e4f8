"""The form that adds a person allowed to collect a day-care member (添加接送人)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.models.admin.permissions import Actor
from desktop.models.care import pickups
from desktop.models.care.pickups import PickupInput
from desktop.models.db import Database
from desktop.ui.care.care_dialog_parts import FormDialog


class PickupDialog(FormDialog):
    """Add a person allowed to collect the member."""

    def __init__(self, db: Database, actor: Actor, person_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加接送人"))
        self._db, self._actor, self._person_id = db, actor, person_id
        self.pickup_id: int | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(pickups.NAME_MAX)
        self.relation_edit = QLineEdit()
        self.relation_edit.setMaxLength(pickups.RELATION_MAX)
        self.relation_edit.setPlaceholderText(self.tr("如：母亲、哥哥、邻居"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("手机11位，或座机如 010-66012345"))
        self.guardian_check = QCheckBox(self.tr("是监护人(&G)"))
        self.guardian_check.setAccessibleName(self.tr("是监护人"))
        self._errors.add_row("name", self.tr("姓名(&N):"), self.name_edit)
        self._errors.add_row("relation", self.tr("与会员关系(&R):"), self.relation_edit)
        self._errors.add_row("phone", self.tr("联系电话(&P):"), self.phone_edit)
        self.form.addRow("", self.guardian_check)
        self._finish(self.tr("添加(&A)"), self.tr("添加接送人"), 480)

    def pickup_input(self) -> PickupInput:
        """What the form holds."""
        return PickupInput(self.name_edit.text(), self.relation_edit.text(),
                           self.phone_edit.text(), self.guardian_check.isChecked())

    def store(self) -> None:
        """Store the person (the model refuses what is wrong, by field)."""
        self.pickup_id = pickups.add_pickup(self._db, self._person_id, self.pickup_input(),
                                            actor=self._actor)
