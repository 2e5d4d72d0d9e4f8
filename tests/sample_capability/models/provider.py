"""Volunteers on the register (a point-in-time figure) and a warning when there are none."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.models.db import Database
from desktop.models.reporting.dashboard import Alert
from desktop.models.reporting.indicators import Finding, Indicator, Number, Provider, Severity, Span

if TYPE_CHECKING:
    from desktop.models.demo.demo import DemoRun


def volunteers(db: Database) -> int:
    """People registered as volunteers and not archived."""
    return int(db.scalar("SELECT count(*) FROM person p JOIN volunteer v ON v.person_id = p.id"
                         " WHERE p.archived_at IS NULL"))


def compute(db: Database, span: Span) -> dict[str, Number]:
    """The number of volunteers (the same for every span)."""
    return {"sample.volunteers": volunteers(db)}


def validate(db: Database, month: str, today: date) -> list[Finding]:
    """A warning when no volunteer is registered."""
    if volunteers(db):
        return []
    return [Finding("sample.no_volunteers", Severity.WARNING, 0, "样例：还没有登记志愿者")]


def alerts(db: Database, now: datetime) -> list[Alert]:
    """The home page's alert: no volunteer registered by ``now``'s month."""
    if volunteers(db):
        return []
    return [Alert("sample.none", Severity.WARNING, f"{now:%Y-%m} 还没有志愿者", "sample")]


def demo(db: Database, run: DemoRun) -> dict[str, int]:
    """The demo step: counts the volunteers the people step made (after it, by order)."""
    return {"sample_volunteers_seen": volunteers(db)}


PROVIDER = Provider("sample", 90, (Indicator("sample.volunteers", "样例志愿者人数", "人",
                                             cumulative=False),),
                    compute, validate, page="sample")
