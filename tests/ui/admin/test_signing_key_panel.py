"""设置 → 月报签名 driven as staff would: the fingerprint, the key file, a key change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.models.admin import centre
from desktop.models.admin.centre import CentreProfile
from desktop.models.admin.permissions import Actor, Role
from desktop.models.admin.signing_keys import all_keys, current_key, read_key_file
from desktop.models.db import Database
from desktop.ui.admin.signing_key_panel import SigningKeyPanel
from tests.conftest import ADMIN, STAFF
from tests.ui.conftest import unnamed_interactive_widgets


def _panel(qtbot, db: Database, actor: Actor = STAFF) -> SigningKeyPanel:
    panel = SigningKeyPanel(db, actor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_key_file_export_and_rotation(qtbot, db: Database, tmp_path: Path) -> None:
    panel = _panel(qtbot, db)
    assert unnamed_interactive_widgets(panel) == []
    assert panel.fingerprint_label.text().startswith("尚未生成")
    # Without a centre code the key file could not say whose key it is.
    assert panel.export_key_file(tmp_path) is None
    assert panel.status_label.text() == "⚠ 请先填写并保存中心编码"
    assert current_key(db) is None
    centre.save_profile(db, CentreProfile(name="月坛温馨家园", code="XC-YT-01", street="月坛"),
                        actor=ADMIN)
    written = panel.export_key_file(tmp_path)
    key = current_key(db)
    assert key is not None and written == tmp_path / "XC-YT-01_签名公钥.whkey"
    assert panel.fingerprint_label.text() == key.fingerprint
    assert read_key_file(written).fingerprint == key.fingerprint
    assert panel.status_label.text().startswith(f"✓ 已导出 {written}")
    # A key change needs a reason; nothing changes without one.
    audit_before = db.scalar("SELECT count(*) FROM audit_log")
    assert not panel.rotate("  ")
    assert panel.status_label.text().startswith("⚠ 请填写更换签名密钥的原因")
    assert db.scalar("SELECT count(*) FROM audit_log") == audit_before and current_key(db) == key
    assert panel.rotate("更换了电脑")
    new = current_key(db)
    assert new is not None and new.fingerprint != key.fingerprint
    assert panel.fingerprint_label.text() == new.fingerprint
    assert [k.retire_reason for k in all_keys(db)] == ["更换了电脑", None]


def test_the_kiosk_account_cannot_export_or_change_the_key(qtbot, db: Database) -> None:
    panel = _panel(qtbot, db, Actor("kiosk", Role.KIOSK))
    assert not panel.export_button.isEnabled() and not panel.rotate_button.isEnabled()
    qtbot.mouseClick(panel.rotate_button, Qt.MouseButton.LeftButton)
    assert current_key(db) is None
