"""User name, password and confirmation, validated as typed (welcome dialog, users page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from desktop.models.accounts import validate_password, validate_username
from desktop.ui.form_fields import FieldErrors
from desktop.ui.labels import model_message


def password_edit() -> QLineEdit:
    """A password field: hidden characters, no copy, sensible maximum."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class AccountForm(QWidget):
    """A new account's user name and password (typed twice)."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, ask_username: bool = True) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._errors = FieldErrors(form)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.username_edit.setPlaceholderText(self.tr("如：admin 或 王芳"))
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(self.tr("至少8位"))
        self.confirm_edit = password_edit()
        if ask_username:
            self._errors.add_row("username", self.tr("用户名(&U):"), self.username_edit)
        else:
            self.username_edit.hide()
        self._errors.add_row("password", self.tr("密码(&W):"), self.password_edit)
        self._errors.add_row("confirm", self.tr("再次输入密码(&A):"), self.confirm_edit)
        self._ask_username = ask_username
        for edit in (self.username_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self.revalidate)

    def errors(self) -> dict[str, str]:
        """Current problems, field → message (already translated where the UI owns it)."""
        errors: dict[str, str] = {}
        if self._ask_username:
            problem = validate_username(self.username_edit.text().strip())
            if problem:
                errors["username"] = model_message(problem)
        problem = validate_password(self.password_edit.text())
        if problem:
            errors["password"] = model_message(problem)
        if self.confirm_edit.text() != self.password_edit.text():
            errors["confirm"] = self.tr("两次输入的密码不一致")
        return errors

    def revalidate(self) -> bool:
        """Show errors of fields typed in; return validity."""
        errors = self.errors()
        typed = {"username": self.username_edit.text(), "password": self.password_edit.text(),
                 "confirm": self.confirm_edit.text()}
        self._errors.show({k: v for k, v in errors.items() if typed.get(k)})
        self.validity_changed.emit(not errors)
        return not errors

    def show_all_errors(self) -> None:
        """Show every problem, typed or not."""
        self._errors.show(self.errors())

    def error_text(self, name: str) -> str:
        """The message under a field ('' if none)."""
        return self._errors.text(name)
