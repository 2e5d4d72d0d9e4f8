"""The users page (administrators): add, disable, reset passwords, change roles.

Also the dialog in which anyone changes their own password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import accounts
from desktop.models.admin.accounts import Account
from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.ui.admin.account_form import AccountForm, password_edit
from desktop.ui.common.columns import Column
from desktop.ui.common.labels import role_name
from desktop.ui.common.list_model import ListTableModel
from desktop.ui.common.model_action import succeeded
from desktop.ui.common.record_table import record_table

if TYPE_CHECKING:
    from desktop.ui.shell.pages import PageContext


def _status(account: Account) -> str:
    if account.disabled:
        return QCoreApplication.translate("AccountsModel", "已停用")
    if account.locked_until:
        return QCoreApplication.translate("AccountsModel", "已锁定")
    return QCoreApplication.translate("AccountsModel", "正常")


# Headers are literal translate calls so lupdate finds them.
ACCOUNT_COLUMNS: list[Column[Account]] = [
    Column(lambda: QCoreApplication.translate("AccountsModel", "用户名"), lambda a: a.username),
    Column(lambda: QCoreApplication.translate("AccountsModel", "姓名"),
           lambda a: a.display_name),
    Column(lambda: QCoreApplication.translate("AccountsModel", "角色"),
           lambda a: role_name(a.role)),
    Column(lambda: QCoreApplication.translate("AccountsModel", "状态"), _status),
]


class AccountsModel(ListTableModel[Account]):
    """The accounts (a short list: a centre has a handful of staff)."""

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(ACCOUNT_COLUMNS, parent)
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database."""
        self.set_rows(accounts.list_accounts(self._db))

    def account(self, row: int) -> Account | None:
        """The account on a row."""
        return self.row_data(row)


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_name(role), role.value)
    return combo


class _FormDialog(QDialog):
    """A small dialog: a form, a line for the refusal reason, OK and Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定"))
        self.ok_button.setAccessibleName(self.tr("确定"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAccessibleName(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """Add the error line and buttons under the form."""
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)

    def submit(self) -> None:
        """Try the action; accept on success, else show why."""
        # A ValidationError's message joins its fields' messages.
        if succeeded(self, self.apply,
                     show=lambda reason: self.error_label.setText("⚠ " + reason)):
            self.accept()

    def apply(self) -> None:
        """The action itself (subclasses)."""
        raise NotImplementedError


class AddAccountDialog(_FormDialog):
    """New account: user name, name, role, password twice."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加账户"), parent)
        self._db, self._actor = db, actor
        self.account_form = AccountForm()
        extra = QFormLayout()
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setMaxLength(20)
        self.display_name_edit.setAccessibleName(self.tr("姓名"))
        self.role_combo = _role_combo()
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.STAFF.value))
        self.role_combo.setAccessibleName(self.tr("角色"))
        extra.addRow(self.tr("姓名(&N):"), self.display_name_edit)
        extra.addRow(self.tr("角色(&R):"), self.role_combo)
        self.body.addWidget(self.account_form)
        self.body.addLayout(extra)
        self.finish_layout()
        self.account_form.validity_changed.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(False)

    def apply(self) -> None:
        """Create the account."""
        accounts.create_account(
            self._db, self.account_form.username_edit.text(),
            self.account_form.password_edit.text(), Role(self.role_combo.currentData()),
            actor=self._actor, display_name=self.display_name_edit.text())


class ResetPasswordDialog(_FormDialog):
    """An administrator sets a new password for someone."""

    def __init__(self, db: Database, actor: Actor, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重设 {user} 的密码").format(user=username), parent)
        self._db, self._actor, self._username = db, actor, username
        self.account_form = AccountForm(ask_username=False)
        self.body.addWidget(self.account_form)
        self.finish_layout()
        self.account_form.validity_changed.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(False)

    def apply(self) -> None:
        """Set the password (and lift a lock)."""
        accounts.reset_password(self._db, self._actor, self._username,
                                self.account_form.password_edit.text())


class ChangePasswordDialog(_FormDialog):
    """Anyone changes their own password, giving the old one."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改我的密码"), parent)
        self._db, self._actor = db, actor
        form = QFormLayout()
        self.old_edit = password_edit()
        self.old_edit.setAccessibleName(self.tr("原密码"))
        form.addRow(self.tr("原密码(&O):"), self.old_edit)
        self.body.addLayout(form)
        self.account_form = AccountForm(ask_username=False)
        self.body.addWidget(self.account_form)
        self.finish_layout()

    def apply(self) -> None:
        """Change the password after checking the old one."""
        if self.account_form.errors():
            self.account_form.show_all_errors()
            raise ValidationError(self.account_form.errors())
        accounts.change_own_password(self._db, self._actor, self.old_edit.text(),
                                     self.account_form.password_edit.text())


class UsersPage(QWidget):
    """Accounts of this centre; administrators only."""

    accounts_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.model = AccountsModel(db, self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("管理员可管理账户和恢复备份；工作人员负责日常登记；"
                               "签到台账户只能打开签到台。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = record_table(self.model, self.tr("账户列表"), stretch=True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加账户(&N)…"))
        self.reset_button = QPushButton(self.tr("重设密码(&P)…"))
        self.disable_button = QPushButton(self.tr("停用(&D)"))
        self.role_combo = _role_combo()
        self.role_combo.setAccessibleName(self.tr("新角色"))
        self.role_button = QPushButton(self.tr("改为此角色(&R)"))
        for button in (self.add_button, self.reset_button, self.disable_button):
            button.setAccessibleName(button.text().split("(")[0])
            row.addWidget(button)
        self.role_button.setAccessibleName(self.tr("改为所选角色"))
        row.addStretch(1)
        row.addWidget(self.role_combo)
        row.addWidget(self.role_button)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "error")
        self.status_label.setAccessibleName(self.tr("操作结果"))
        layout.addWidget(self.status_label)
        self.add_button.clicked.connect(lambda: self.make_add_dialog().open())
        self.reset_button.clicked.connect(self._open_reset)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.role_button.clicked.connect(self.apply_role)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Account | None:
        """The selected account."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def _update_buttons(self, *_: object) -> None:
        account = self.selected()
        for widget in (self.reset_button, self.disable_button, self.role_button):
            widget.setEnabled(account is not None)
        if account is not None:
            self.disable_button.setText(self.tr("启用(&D)") if account.disabled
                                        else self.tr("停用(&D)"))
            self.role_combo.setCurrentIndex(self.role_combo.findData(account.role.value))

    def _changed(self) -> None:
        self.model.refresh()
        self.accounts_changed.emit()

    def make_add_dialog(self) -> AddAccountDialog:
        """The add-account dialog wired to refresh the list."""
        dialog = AddAccountDialog(self._db, self._actor, self)
        dialog.accepted.connect(self._changed)
        return dialog

    def make_reset_dialog(self) -> ResetPasswordDialog | None:
        """The reset-password dialog for the selected account."""
        account = self.selected()
        if account is None:
            return None
        dialog = ResetPasswordDialog(self._db, self._actor, account.username, self)
        dialog.accepted.connect(self._changed)
        return dialog

    def _open_reset(self) -> None:
        dialog = self.make_reset_dialog()
        if dialog is not None:
            dialog.open()

    def _run(self, action: Any) -> None:
        if not succeeded(self, action,
                         show=lambda reason: self.status_label.setText("⚠ " + reason)):
            return
        self.status_label.setText("")
        self._changed()

    def toggle_disabled(self) -> None:
        """Disable the selected account, or enable it again."""
        account = self.selected()
        if account is not None:
            self._run(lambda: accounts.set_disabled(self._db, self._actor, account.username,
                                                    not account.disabled))

    def apply_role(self) -> None:
        """Give the selected account the role chosen in the combo box."""
        account = self.selected()
        if account is not None:
            role = Role(self.role_combo.currentData())
            self._run(lambda: accounts.set_role(self._db, self._actor, account.username, role))


def make_page(context: PageContext) -> UsersPage:
    """The accounts page for the main window (administrators only, by its declaration)."""
    return UsersPage(context.db, context.actor)
