"""Shared fixtures: a real temporary database, builders for valid form input, and
``python main.py`` run as its own process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.db import Database, open_database
from desktop.models.people.identity import id_check_char
from desktop.models.people.person_input import PersonInput
from tests.disk_helpers import make_read_only_fixture  # noqa: F401 - the make_read_only fixture

# The project folder, where `python main.py` runs.
ROOT = Path(__file__).resolve().parents[1]
# What a finished `python main.py` gave: return code, stdout and stderr as text.
MainResult = subprocess.CompletedProcess[str]

T = TypeVar("T")


def not_none(value: T | None) -> T:
    """``value``, asserted present (a widget, row or record the test expects to be there)."""
    assert value is not None
    return value


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
    from desktop.models.admin import centre

    centre.save_profile(db, centre.CentreProfile(name=name, code=code, district="西城区",
                                                 street=street), actor=ADMIN)


def log_export(db: Database, month: str, revision: int = 1, content: bytes | None = None,
               data_sha256: str = "b" * 64) -> Path:
    """A stand-in for an exported workbook: ``content`` written to a file in an ``exports``
    folder beside the database and logged as the month's export with its real SHA-256 (报送
    reads the file again). Returns the file."""
    import hashlib

    from desktop.models.reporting import month_close

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
    from desktop.models.reporting import month_close

    log_export(db, month)
    month_close.close_month(db, month, actor=STAFF, today=today)


def zone_not_on_a_months_last_day() -> tuple[str, date]:
    """A TZ value (POSIX, no time zone database needed) under which today is not the last day
    of a month, and today's date there: for a check about "later this month", which has
    nothing to find on a month's last day. The local dates of UTC−12 and UTC+14 are a day
    apart at every moment, so one of them always has a tomorrow in the same month."""
    for zone, hours in (("WEST+12", -12), ("EAST-14", 14)):  # POSIX signs are reversed
        today = datetime.now(timezone(timedelta(hours=hours))).date()
        if (today + timedelta(days=1)).month == today.month:
            return zone, today
    raise AssertionError("unreachable: the two zones' dates are a day apart")


def main_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for ``python main.py`` in a subprocess: the user's folders (so the
    default database, the settings and the backups) inside ``home``, UTF-8 output and no
    display; a WARMHOME_DB or WARMHOME_QUIT_AFTER_READY of the caller's own is left out, and
    ``extra`` is added (e.g. ``WARMHOME_QUIT_AFTER_READY="1"`` for a GUI start)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("WARMHOME_DB", "WARMHOME_QUIT_AFTER_READY")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONIOENCODING="utf-8",
               QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run_main(home: Path, *args: str | Path, stdin: str = "", prefix: Sequence[str] = (),
             **env: str) -> MainResult:
    """``python main.py ARGS`` in the project folder as its own process, as a user or a
    script starts it: environment ``main_env(home, **env)``, ``stdin`` piped in, the output
    captured. ``prefix`` goes before the interpreter (e.g. a command that sets up a mount).
    A failing command is returned, not raised: the tests look at its code and stderr."""
    return subprocess.run([*prefix, sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          env=main_env(home, **env), input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)


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
