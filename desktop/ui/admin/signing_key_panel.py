"""设置 → 月报签名: this centre's signing key's fingerprint, the key file for the district,
and changing the key (a new PC)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.models.admin import signing_keys
from desktop.models.admin.centre import load_profile
from desktop.models.admin.permissions import Actor, Permission
from desktop.models.db import Database
from desktop.ui.common.model_action import attempt
from desktop.ui.common.page_parts import StatusLabel


class SigningKeyPanel(QGroupBox):
    """The fingerprint the district compares, 导出公钥文件 and 更换签名密钥."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("月报签名"), parent)
        self._db = db
        self._actor = actor
        form = QFormLayout(self)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setAccessibleName(self.tr("签名公钥指纹"))
        form.addRow(self.tr("签名公钥指纹:"), self.fingerprint_label)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出公钥文件(&Z)…"))
        self.export_button.setAccessibleName(self.tr("导出公钥文件"))
        self.export_button.clicked.connect(self.choose_key_file)
        self.rotate_button = QPushButton(self.tr("更换签名密钥(&J)…"))
        self.rotate_button.setAccessibleName(self.tr("更换签名密钥"))
        self.rotate_button.clicked.connect(self.ask_rotate)
        allowed = actor.can(Permission.EDIT_SETTINGS)
        self.export_button.setEnabled(allowed)
        self.rotate_button.setEnabled(allowed)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.rotate_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.status_label = StatusLabel(self.tr("签名密钥操作结果"))
        form.addRow("", self.status_label)
        self.refresh()

    def refresh(self) -> None:
        """Show the current key's fingerprint (made at the first export)."""
        key = signing_keys.current_key(self._db)
        self.fingerprint_label.setText(key.fingerprint if key is not None else self.tr(
            "尚未生成（第一次导出月报或导出公钥文件时生成）"))

    def export_key_file(self, path: str | Path) -> Path | None:
        """Write the key file the district imports; None with the reason shown."""
        profile = load_profile(self._db)
        if not profile.code.strip():
            self.status_label.show_result(self.tr("请先填写并保存中心编码"), problem=True)
            return None
        key = attempt(self, lambda: signing_keys.ensure_key(self._db, by=self._actor.username),
                      status=self.status_label)
        if key is None:
            return None
        try:
            written = signing_keys.write_key_file(path, key, profile.code, profile.name)
        except OSError as exc:
            self.status_label.show_result(self.tr("无法写入 {file}（{reason}）").format(
                file=path, reason=exc.strerror or type(exc).__name__), problem=True)
            return None
        self.refresh()
        self.status_label.show_result(self.tr(
            "已导出 {file}：请交给区残联导入，并电话核对指纹").format(file=written))
        return written

    def choose_key_file(self) -> None:
        """Ask where to save the key file, then save it."""
        code = load_profile(self._db).code or "centre"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出公钥文件"), str(Path.home() / f"{code}_签名公钥.whkey"),
            self.tr("温馨家园公钥文件 (*.whkey)"))
        if path:
            self.export_key_file(path)

    def rotate(self, reason: str) -> bool:
        """Retire the key and make a new one; False with the reason shown."""
        key = attempt(self, lambda: signing_keys.rotate_key(self._db, reason, actor=self._actor),
                      status=self.status_label)
        if key is None:
            return False
        self.refresh()
        self.status_label.show_result(self.tr(
            "已更换签名密钥，新指纹 {fingerprint}；请导出公钥文件交给区残联导入").format(
            fingerprint=key.fingerprint))
        return True

    def ask_rotate(self) -> None:
        """Ask why, then change the key."""
        reason, ok = QInputDialog.getText(self, self.tr("更换签名密钥"), self.tr(
            "更换的原因（例如：更换了电脑）。更换后区残联要导入新的公钥文件:"))
        if ok:
            self.rotate(reason)
