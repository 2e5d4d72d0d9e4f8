"""What the care-profile tests share: a database whose clock stands at CARE_NOW, the kiosk
account, and counts of the rows a refused write must leave alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.models.admin.permissions import Actor, Role
from desktop.models.clock import FixedClock
from desktop.models.db import Database, open_database
from tests.care_support import CARE_NOW

KIOSK = Actor("kiosk", Role.KIOSK)
CARE_TABLES = ("care_profile", "care_medication", "care_pickup", "care_plan",
               "care_plan_service", "audit_log", "setting")


@pytest.fixture
def care_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database whose clock stands at noon on CARE_DAY."""
    database = open_database(tmp_path / "care.db", clock=FixedClock(CARE_NOW))
    try:
        yield database
    finally:
        database.close()


def care_rows(db: Database) -> dict[str, int]:
    """Rows per table the profile, schedule, pick-up and plan writes touch."""
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in CARE_TABLES}


def audit_rows(db: Database, table: str) -> list[dict[str, Any]]:
    """The audit entries about ``table``, oldest first."""
    return [dict(r) for r in db.query(
        "SELECT action, record_id, before, after, actor FROM audit_log WHERE table_name = ?"
        " ORDER BY id", (table,))]
