"""Fixtures shared by the backup and restore tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models.admin import backup
from desktop.models.db import Database
from tests.backup_helpers import PASSPHRASE, fill_centre
from tests.conftest import ADMIN


@pytest.fixture
def centre_db(db: Database) -> Database:
    """The test database with a centre profile and three members."""
    fill_centre(db)
    return db


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """A second backup folder that exists, as a plugged-in USB stick."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def encrypted_db(centre_db: Database, usb: Path) -> Database:
    """Backups also go, encrypted, to the USB folder."""
    backup.save_backup_settings(centre_db, actor=ADMIN, second_folder=str(usb),
                                passphrase=PASSPHRASE)
    return centre_db
