"""The indicator registry: providers are discovered, keys are unique, periods are right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.models.db import Database
from desktop.models.errors import ValidationError
from desktop.models.reporting import indicators


def test_every_capability_registers_itself() -> None:
    names = [p.name for p in indicators.providers()]
    assert names == ["people", "attendance", "activities", "care", "volunteers", "subsidy",
                     "sales", "training"]
    keys = [i.key for p in indicators.providers() for i in p.indicators]
    assert len(keys) == len(set(keys))
    assert all(p.validate is not None for p in indicators.providers())


CLASHING_PACKAGE = """
from desktop.models.reporting.indicators import Indicator, Provider

INDICATORS = (Provider("another", 99, (Indicator({key!r}, "x", "人", cumulative=True),),
                       lambda db, span: {{{key!r}: 0}}),)
"""


def test_a_clashing_key_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A capability declaring a key another already has: refused, not silently replaced.
    taken = indicators.providers()[0].indicators[0]
    package = tmp_path / "clashing_capability"
    package.mkdir()
    (package / "__init__.py").write_text(CLASHING_PACKAGE.format(key=taken.key),
                                         encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ValueError, match=taken.key):
        indicators.providers(extra=["clashing_capability"])
    assert "another" not in [p.name for p in indicators.providers()]


def test_periods() -> None:
    assert indicators.previous_month("2024-01") == "2023-12"
    assert indicators.year_to_date_span("2024-03") == indicators.Span(
        "2024-01-01", "2024-03-31", ("2024-01", "2024-02", "2024-03"))
    assert indicators.month_span("2024-02").last == "2024-02-29"


def test_future_month_refused_this_month_allowed(db: Database) -> None:
    with pytest.raises(ValidationError):
        indicators.compute(db, "2024-07", date(2024, 6, 30))
    report = indicators.compute(db, "2024-06", date(2024, 6, 1))
    assert report.value("attendance.sign_ins").this_month == 0
    # The month runs on: a warning (not an error) says how far the figures go.
    assert [(f.rule, f.severity, f.message) for f in report.findings] == [
        ("month.unfinished", indicators.Severity.WARNING, "本月尚未结束，数据截至 2024-06-01")]
    assert indicators.compute(db, "2024-05", date(2024, 6, 1)).findings == []
