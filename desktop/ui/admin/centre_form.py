"""The centre profile form, shared by the welcome dialog and the settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desktop.models.admin.centre import XICHENG_STREETS, CentreProfile, validate_profile
from desktop.ui.common.form_fields import FieldErrors, fit_to_text
from desktop.ui.common.labels import model_message


class CentreForm(QWidget):
    """Name, code, district, street, responsible person and phone, validated as typed."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self._errors = FieldErrors(form)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(50)
        self.name_edit.setPlaceholderText(self.tr("如：西长安街温馨家园"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(self.tr("区残联分配的编码，如 XC-XCAJ-01"))
        self.district_edit = QLineEdit(self.tr("西城区"))
        self.district_edit.setMaxLength(20)
        self.street_combo = QComboBox()
        self.street_combo.setEditable(True)
        self.street_combo.addItems(list(XICHENG_STREETS))
        self.street_combo.setCurrentIndex(-1)
        self.street_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_edit = QLineEdit()
        self.responsible_edit.setMaxLength(20)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText(self.tr("如 010-66012345 或手机号"))
        for edit in (self.name_edit, self.code_edit, self.phone_edit):
            fit_to_text(edit)  # the hints show whole
        self._errors.add_row("name", self.tr("中心名称(&N):"), self.name_edit)
        self._errors.add_row("code", self.tr("中心编码(&C):"), self.code_edit)
        self._errors.add_row("district", self.tr("所属区(&D):"), self.district_edit)
        self._errors.add_row("street", self.tr("街道(&S):"), self.street_combo)
        self._errors.add_row("responsible_person", self.tr("负责人(&R):"), self.responsible_edit)
        self._errors.add_row("phone", self.tr("联系电话(&P):"), self.phone_edit)
        for edit in (self.name_edit, self.code_edit, self.district_edit,
                     self.responsible_edit, self.phone_edit):
            edit.textChanged.connect(self.revalidate)
        self.street_combo.currentTextChanged.connect(self.revalidate)
        self.revalidate()

    def profile(self) -> CentreProfile:
        """The profile as currently typed."""
        return CentreProfile(
            name=self.name_edit.text(), code=self.code_edit.text(),
            district=self.district_edit.text(), street=self.street_combo.currentText(),
            responsible_person=self.responsible_edit.text(), phone=self.phone_edit.text(),
        )

    def set_profile(self, profile: CentreProfile) -> None:
        """Fill the form from a stored profile."""
        self.name_edit.setText(profile.name)
        self.code_edit.setText(profile.code)
        self.district_edit.setText(profile.district)
        self.street_combo.setCurrentText(profile.street)
        self.responsible_edit.setText(profile.responsible_person)
        self.phone_edit.setText(profile.phone)
        self.revalidate()

    def errors(self) -> dict[str, str]:
        """Current problems, field → message."""
        return validate_profile(self.profile())

    def revalidate(self) -> bool:
        """Show errors for fields that have been typed in; return whether the form is valid."""
        errors = self.errors()
        typed = {name: model_message(msg) for name, msg in errors.items()
                 if self._field_has_text(name)}
        self._errors.show(typed)
        valid = not errors
        self.validity_changed.emit(valid)
        return valid

    def show_all_errors(self) -> None:
        """Show every error, including those of fields never typed in."""
        self._errors.show({k: model_message(v) for k, v in self.errors().items()})

    def _field_has_text(self, name: str) -> bool:
        widget = {"name": self.name_edit, "code": self.code_edit,
                  "district": self.district_edit, "responsible_person": self.responsible_edit,
                  "phone": self.phone_edit}.get(name)
        if widget is None:
            return bool(self.street_combo.currentText())
        return bool(widget.text()) or name == "district"

    def error_text(self, name: str) -> str:
        """The error shown under a field ('' if none), for tests and screen readers."""
        return self._errors.text(name)
