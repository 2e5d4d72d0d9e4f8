"""The staff password that leaves the kiosk: only an account that may edit people may.

A 签到台 account's own password must not open the way out, or a member who saw it typed at
the start of the day could leave the kiosk and reach the member register.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import accounts
from desktop.models.admin.accounts import Account
from desktop.models.admin.permissions import Permission
from desktop.models.db import Database
from desktop.ui.admin.account_form import password_edit
from desktop.ui.common.model_action import attempt


class StaffPasswordDialog(QDialog):
    """User name and password of a staff member or administrator; ``account`` once accepted."""

    def __init__(self, db: Database, staff_mode: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.account: Account | None = None
        self.setObjectName("kioskStaffDialog")  # the kiosk's sheet styles it (kiosk_style)
        self.setWindowTitle(self.tr("工作人员验证"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("切换到工作人员界面需要工作人员或管理员的密码。") if staff_mode
                       else self.tr("关闭签到台需要工作人员或管理员的密码。"))
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(32)
        self.username_edit.setAccessibleName(self.tr("工作人员用户名"))
        self.password_edit = password_edit()
        self.password_edit.setAccessibleName(self.tr("密码"))
        form.addRow(self.tr("用户名(&U):"), self.username_edit)
        form.addRow(self.tr("密码(&P):"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("验证结果"))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.ok_button.setAccessibleName(self.tr("确定"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("返回签到台"))
        self.cancel_button.setAccessibleName(self.tr("返回签到台"))
        buttons.accepted.connect(self.try_password)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username_edit.setFocus()

    def try_password(self) -> None:
        """Accept a staff or administrator password; otherwise say why and stay open."""
        account = attempt(self, lambda: accounts.sign_in(self._db, self.username_edit.text(),
                                                         self.password_edit.text()),
                          show=self._refuse)
        if account is None:
            return
        if not account.as_actor().can(Permission.EDIT_PEOPLE):
            self._refuse(self.tr("此账户不能离开签到台，请用工作人员或管理员账户"))
            return
        self.account = account
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error_label.setText("⚠ " + message)
        self.password_edit.clear()
        self.password_edit.setFocus()
