"""Sign-in: at start (any account) and on the idle lock (the signed-in account only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from desktop.models.db import Database
from desktop.ui.admin.account_form import password_edit
from desktop.ui.common.model_action import attempt


class LoginDialog(QDialog):
    """User name and password; ``account`` is set once sign-in succeeds."""

    def __init__(self, db: Database, centre_name: str, locked_username: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.account: Account | None = None
        self._locked = locked_username
        self._giving_up = False
        self.setWindowTitle(self.tr("已锁定") if locked_username else self.tr("登录"))
        layout = QVBoxLayout(self)
        if locked_username:
            text = self.tr("<h2>屏幕已锁定</h2><p>长时间未操作，为保护会员信息已锁定。"
                           "请输入 {user} 的密码继续，未保存的内容仍在。</p>").format(
                user=locked_username)
        else:
            text = self.tr("<h2>温馨家园工作台</h2><p>{centre}</p>").format(centre=centre_name)
        title = QLabel(text)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.username_edit = QLineEdit(locked_username or "")
        self.username_edit.setMaxLength(32)
        self.username_edit.setReadOnly(bool(locked_username))
        self.username_edit.setAccessibleName(self.tr("用户名"))
        self.password_edit = password_edit()
        self.password_edit.setAccessibleName(self.tr("密码"))
        form.addRow(self.tr("用户名(&U):"), self.username_edit)
        form.addRow(self.tr("密码(&P):"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("登录结果"))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("解锁") if locked_username else self.tr("登录"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("退出软件") if locked_username else self.tr("退出"))
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.try_sign_in)
        # While locked, only this explicit button leaves (and closes the app): Esc or the
        # window's close must not throw away the forms kept behind the lock.
        cancel.clicked.connect(self.give_up)
        layout.addWidget(buttons)
        (self.password_edit if locked_username else self.username_edit).setFocus()
        if locked_username:
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def give_up(self) -> None:
        """The 退出 / 退出软件 button."""
        self._giving_up = True
        super().reject()

    def reject(self) -> None:
        """Esc or closing the window: ignored while locked, cancels the sign-in otherwise."""
        if self._locked and not self._giving_up:
            self.password_edit.setFocus()
            return
        super().reject()

    def try_sign_in(self) -> None:
        """Check the password; on success accept, else say why and clear the password."""
        username = self._locked or self.username_edit.text()
        account = attempt(self, lambda: accounts.sign_in(self._db, username,
                                                         self.password_edit.text()),
                          show=self._refused)
        if account is None:
            return
        self.account = account
        self.accept()

    def _refused(self, reason: str) -> None:
        self.error_label.setText("⚠ " + reason)
        self.adjustSize()  # the message must not push the explanation out of view
        self.password_edit.clear()
        self.password_edit.setFocus()
