"""The first-start dialog: the centre profile, and an offer to load demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import centre
from desktop.models.db import Database
from desktop.models.errors import ValidationError, WarmHomeError
from desktop.ui.centre_form import CentreForm
from desktop.ui.labels import model_message


class WelcomeDialog(QDialog):
    """Asks for the centre profile on a new, empty database."""

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("欢迎使用温馨家园工作台"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>欢迎使用温馨家园工作台</h2>"
            "<p>请先填写本中心的信息。这些信息会印在每月报送区残联的报表上，"
            "以后可在“设置”中修改。</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = CentreForm()
        layout.addWidget(self.form)
        self.demo_check = QCheckBox(self.tr("载入演示数据（虚构的会员和志愿者，便于熟悉软件）(&D)"))
        self.demo_check.setAccessibleName(self.tr("载入演示数据"))
        layout.addWidget(self.demo_check)
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
        self.form.validity_changed.connect(self.ok_button.setEnabled)
        self.ok_button.setEnabled(not self.form.errors())
        self.form.name_edit.setFocus()

    def finish(self) -> None:
        """Save the profile (and demo data if asked) and close."""
        try:
            centre.save_profile(self._db, self.form.profile(), actor=self._actor)
            if self.demo_check.isChecked():
                from desktop.models import demo  # Faker loads only when demo data is wanted

                # About a second on an old PC: show that the app is busy, not frozen.
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    demo.generate(self._db, demo.DemoOptions())
                finally:
                    QApplication.restoreOverrideCursor()
        except ValidationError:
            self.form.show_all_errors()
            return
        except WarmHomeError as exc:
            QMessageBox.critical(self, self.tr("无法保存"), model_message(exc.message))
            return
        self.accept()
