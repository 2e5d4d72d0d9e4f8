"""Shared fixtures: a real temporary database and builders for valid form input."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.models.db import Database, open_database
from desktop.models.identity import id_check_char
from desktop.models.permissions import Actor, Role
from desktop.models.person_input import PersonInput
from tests.disk_helpers import make_read_only_fixture  # noqa: F401 - the make_read_only fixture

# Actors for model calls: staff may do daily work; admin everything.
STAFF = Actor("staff", Role.STAFF)
ADMIN = Actor("admin", Role.ADMIN)

# A fixed "today" for everything that depends on the date (birth dates, joined dates).
TODAY = date(2024, 6, 1)


def make_id_number(born: date = date(1980, 5, 17), seq: int = 1, *, male: bool = True,
                   area: str = "110102") -> str:
    """A valid resident ID for this birth date; ``seq`` (0–49) keeps numbers apart."""
    sex_digit = 2 * (seq % 5) + (1 if male else 0)
    first17 = f"{area}{born:%Y%m%d}{seq // 5 % 100:02d}{sex_digit}"
    return first17 + id_check_char(first17)


def make_person_input(**overrides: Any) -> PersonInput:
    """A member form that passes every check; override any field by keyword."""
    values: dict[str, Any] = {
        "name": "张三",
        "id_number": make_id_number(),
        "phone": "13812345678",
        "address": "北京市西城区西长安街街道砖塔胡同1号",
        "street": "西长安街",
        "community": "西单社区",
        "is_member": True,
        "programmes": ["温馨家园"],
        "joined_on": "2020-01-01",
        "card_number": "WH000001",
    }
    values.update(overrides)
    if "cert_number" not in overrides and values.get("is_member") and values.get("id_number"):
        values["cert_number"] = f"{values['id_number']}43"
    return PersonInput(**values)


def save_centre_profile(db: Database, code: str = "XC-T-01", name: str = "测试温馨家园",
                        street: str = "月坛") -> None:
    """Store a complete centre profile (the monthly export needs the centre code)."""
    from desktop.models import centre

    centre.save_profile(db, centre.CentreProfile(name=name, code=code, district="西城区",
                                                 street=street), actor=ADMIN)


def log_export(db: Database, month: str, revision: int = 1, content: bytes | None = None,
               data_sha256: str = "b" * 64) -> Path:
    """A stand-in for an exported workbook: ``content`` written to a file in an ``exports``
    folder beside the database and logged as the month's export with its real SHA-256 (报送
    reads the file again). Returns the file."""
    import hashlib

    from desktop.models import month_close

    folder = db.path.parent / "exports"
    folder.mkdir(exist_ok=True)
    path = folder / f"{month}_v{revision}.xlsx"
    path.write_bytes(content if content is not None else f"{month} v{revision}".encode())
    month_close.record_export(db, month, revision=revision, path=path,
                              file_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                              data_sha256=data_sha256, actor=STAFF)
    return path


def submit_month(db: Database, month: str, today: date | None = None) -> None:
    """Close ``month`` as if its workbook had been exported and submitted (a stand-in file
    logged as its export, then close_month): for tests about what a closed month refuses."""
    from desktop.models import month_close

    log_export(db, month)
    month_close.close_month(db, month, actor=STAFF, today=today)


ROW_TABLES = ("person", "member", "volunteer", "family_link", "member_programme",
              "person_photo", "audit_log", "setting")


def count_rows(db: Database) -> dict[str, int]:
    """How many rows each table a person write touches holds (for "nothing written")."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in ROW_TABLES}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test database lives."""
    return tmp_path / "t.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A freshly created, migrated database, closed after the test."""
    database = open_database(db_path)
    try:
        yield database
    finally:
        _close_open_dialogs()
        database.close()


def _close_open_dialogs() -> None:
    """Close dialogs a UI test left open, before their database closes under them.

    A form with unsaved edits answers the test's close with "放弃修改？" and stays open; when
    the focus later leaves one of its fields it would check the form against a closed
    database. Its signals are silenced first, so closing it checks nothing.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return  # a test without widgets
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QDialog

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            for child in widget.findChildren(QObject):
                child.blockSignals(True)
            if widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)


@pytest.fixture
def person_input() -> Callable[..., PersonInput]:
    """Build a valid member's PersonInput; keywords override fields."""
    return make_person_input


@pytest.fixture
def row_counts() -> Callable[[Database], dict[str, int]]:
    """``row_counts(db)``: rows per table, to compare before and after a refused write."""
    return count_rows


@pytest.fixture
def id_number() -> Callable[..., str]:
    """Build a valid resident ID: ``id_number(date(1990, 1, 1), seq=3, male=False)``."""
    return make_id_number
