"""The first-start dialog: the centre profile, the administrator account, and demo data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.admin import accounts, centre
from desktop.models.admin.accounts import Account
from desktop.models.admin.centre import validate_profile
from desktop.models.admin.permissions import Role
from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.ui.admin.account_form import AccountForm
from desktop.ui.admin.centre_form import CentreForm
from desktop.ui.common.labels import model_message
from desktop.ui.common.long_job import run_long_job
from desktop.ui.common.model_action import attempt


class WelcomeDialog(QDialog):
    """Asks for the centre profile and creates the administrator on a new database.

    On a database that has a profile but no account yet (made by an older release), the
    profile is filled in and only the administrator needs entering.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.account: Account | None = None
        self.setWindowTitle(self.tr("欢迎使用温馨家园工作台"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>欢迎使用温馨家园工作台</h2>"
            "<p>请先填写本中心的信息，并设置管理员账户。中心信息会印在每月报送区残联的报表上，"
            "以后可在“设置”中修改。</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        profile_box = QGroupBox(self.tr("中心信息"))
        QVBoxLayout(profile_box).addWidget(form := CentreForm())
        self.form = form
        if centre.is_configured(db):
            self.form.set_profile(centre.load_profile(db))
        # Side by side, so the dialog fits a 1024x768 screen even with large text.
        boxes = QHBoxLayout()
        boxes.addWidget(profile_box, 3)
        layout.addLayout(boxes)
        admin_box = QGroupBox(self.tr("管理员账户（可管理账户、恢复备份）"))
        QVBoxLayout(admin_box).addWidget(account_form := AccountForm(ask_name=True))
        self.account_form = account_form
        boxes.addWidget(admin_box, 2)
        self.demo_check = QCheckBox(self.tr("载入演示数据（虚构的会员和志愿者，便于熟悉软件）(&J)"))
        self.demo_check.setAccessibleName(self.tr("载入演示数据"))
        self.demo_check.setEnabled(not db.scalar("SELECT 1 FROM person LIMIT 1"))
        layout.addWidget(self.demo_check)
        self.hint_label = QLabel()
        self.hint_label.setProperty("role", "warning")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("还需要填写的内容"))
        layout.addWidget(self.hint_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("开始使用"))
        self.ok_button.setAccessibleName(self.tr("开始使用"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("退出"))
        cancel.setAccessibleName(self.tr("退出"))
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.validity_changed.connect(self._update_ok)
        self.account_form.validity_changed.connect(self._update_ok)
        self._update_ok()
        self.form.name_edit.setFocus()

    def _update_ok(self, *_: object) -> None:
        problems = [*self.form.errors().values(), *self.account_form.errors().values()]
        self.ok_button.setEnabled(not problems)
        # Say what is still missing, so a greyed-out button is never a riddle.
        self.hint_label.setText(self.tr("还需要：{reason}").format(
            reason=model_message(problems[0])) if problems else "")

    def finish(self) -> None:
        """Check everything first, then create the administrator, save the profile, load demo."""
        if validate_profile(self.form.profile()) or self.account_form.errors():
            self.form.show_all_errors()
            self.account_form.show_all_errors()
            return
        username = self.account_form.username_edit.text()
        password = self.account_form.password_edit.text()
        display_name = self.account_form.display_name()
        profile = self.form.profile()
        with_demo = self.demo_check.isChecked() and self.demo_check.isEnabled()

        def set_up(db: Database) -> Account:
            # One action: the administrator, the profile and the demo data commit together.
            with db.transaction():
                account = accounts.create_account(
                    db, username, password, Role.ADMIN,
                    actor=accounts.first_admin_actor(username), display_name=display_name)
                centre.save_profile(db, profile, actor=account.as_actor())
                if with_demo:
                    from desktop.models.demo import demo  # Faker loads only when wanted

                    # Two years of attendance (~150,000 sign-ins): seconds of work, done
                    # off the window's thread with a progress dialog.
                    demo.generate(db, demo.DemoOptions(years=2, today=db.clock.today()))
            return account

        title = self.tr("正在载入演示数据，请稍候…") if with_demo else self.tr("正在保存…")
        try:
            account = attempt(self, lambda: run_long_job(self, title, self._db, set_up),
                              title=self.tr("无法保存"), icon=QMessageBox.Icon.Critical,
                              passing=(ValidationError,))
        except ValidationError:
            self.form.show_all_errors()
            self.account_form.show_all_errors()
            return
        if account is None:
            return
        self.account = account
        self.accept()
