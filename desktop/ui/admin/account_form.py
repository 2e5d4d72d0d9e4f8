"""User name, password and confirmation, validated as typed (welcome dialog, users page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from desktop.models.admin.accounts import validate_password, validate_username
from desktop.ui.common.form_fields import FieldErrors, fit_to_text
from desktop.ui.common.labels import model_message

# accounts.create_account refuses longer names.
DISPLAY_NAME_MAX = 20
PASSWORD_CHARS_SHOWN = 16


def password_edit() -> QLineEdit:
    """A password field: hidden characters, no copy, sensible maximum, and wide enough for
    a long password's dots to show."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    fit_to_text(edit, PASSWORD_CHARS_SHOWN)
    return edit


class AccountForm(QWidget):
    """A new account's user name and password (typed twice); with ``ask_name`` also the
    person's real name (shown as 姓名 on the users page), required."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, ask_username: bool = True, *,
                 ask_name: bool = False) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._errors = FieldErrors(form)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(DISPLAY_NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("如：王芳"))
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.username_edit.setPlaceholderText(self.tr("如：admin 或 王芳"))
        fit_to_text(self.username_edit)
        self.password_edit = password_edit()
        self.password_edit.setPlaceholderText(self.tr("至少8位"))
        self.confirm_edit = password_edit()
        if ask_name:
            self._errors.add_row("display_name", self.tr("姓名(&E):"), self.name_edit)
        else:
            self.name_edit.hide()
        if ask_username:
            self._errors.add_row("username", self.tr("用户名(&U):"), self.username_edit)
        else:
            self.username_edit.hide()
        self._errors.add_row("password", self.tr("密码(&W):"), self.password_edit)
        self._errors.add_row("confirm", self.tr("再次输入密码(&A):"), self.confirm_edit)
        self._ask_username = ask_username
        self._ask_name = ask_name
        for edit in (self.name_edit, self.username_edit, self.password_edit, self.confirm_edit):
            edit.textChanged.connect(self.revalidate)

    def errors(self) -> dict[str, str]:
        """Current problems, field → message (already translated where the UI owns it)."""
        errors: dict[str, str] = {}
        if self._ask_name and not self.name_edit.text().strip():
            errors["display_name"] = self.tr("请填写姓名")
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
        typed = {"display_name": self.name_edit.text(), "username": self.username_edit.text(),
                 "password": self.password_edit.text(), "confirm": self.confirm_edit.text()}
        self._errors.show({k: v for k, v in errors.items() if typed.get(k)})
        self.validity_changed.emit(not errors)
        return not errors

    def show_all_errors(self) -> None:
        """Show every problem, typed or not."""
        self._errors.show(self.errors())

    def display_name(self) -> str:
        """The real name typed ('' when not asked)."""
        return self.name_edit.text().strip() if self._ask_name else ""

    def error_text(self, name: str) -> str:
        """The message under a field ('' if none)."""
        return self._errors.text(name)
