"""The monthly workbook with subsidy settings from a month: a later change leaves a reported
month's 上月 and 本年累计 as they were, and a change within the year sums at each month's rate."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.models.db import Database
from desktop.models.reporting import month_close
from desktop.models.reporting.month_close import MonthClosedError
from desktop.models.subsidy import subsidy
from tests.conftest import STAFF
from tests.excel.reporting.test_monthly_workbook import (
    NOW,
    TODAY,
    _check_summary,
    _summary,
    small_db,
)

__all__ = ["small_db"]  # the fixture, shared with test_monthly_workbook
MAY = "2024-05"


def _export(db: Database, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return export_monthly_workbook(db, MAY, folder, generated_by="staff", today=TODAY,
                                   now=NOW).path


def _amounts(path: Path) -> tuple[Decimal, ...]:
    """本月, 上月, 本年累计 of 生活补助金额 in yuan."""
    return tuple(Decimal(str(v)).quantize(Decimal("0.01"))
                 for v in _summary(path)["subsidy.amount_fen"])


def test_a_change_from_the_next_month_leaves_the_workbook_as_it_was(
        small_db: Database, tmp_path: Path) -> None:
    # April: 2 days, May: 1 day that stayed 4 h, all at 40.00 元 (small_db).
    first = _export(small_db, tmp_path / "first")
    assert _amounts(first) == (Decimal("40.00"), Decimal("80.00"), Decimal("120.00"))
    month_close.close_month(small_db, MAY, actor=STAFF, today=TODAY)  # submits the export
    subsidy.save_settings(small_db, subsidy.SubsidySettings(5000, 240), actor=STAFF,
                          effective_from="2024-06", today=TODAY)
    again = _export(small_db, tmp_path / "again")  # closed: only with the submitted figures
    assert _amounts(again) == _amounts(first)
    assert _summary(again) == _summary(first)


def test_a_change_within_the_year_sums_each_month_at_its_own_rate(
        small_db: Database, tmp_path: Path) -> None:
    subsidy.save_settings(small_db, subsidy.SubsidySettings(5000, 240), actor=STAFF,
                          effective_from=MAY, today=TODAY)
    path = _export(small_db, tmp_path / "out")
    assert _amounts(path) == (Decimal("50.00"), Decimal("80.00"), Decimal("130.00"))
    _check_summary(small_db, path, MAY)  # every figure against the independent count


def test_after_a_close_the_month_cannot_get_a_new_rate(small_db: Database,
                                                       tmp_path: Path) -> None:
    first = _export(small_db, tmp_path / "first")
    month_close.close_month(small_db, MAY, actor=STAFF, today=TODAY)
    with pytest.raises(MonthClosedError):
        subsidy.save_settings(small_db, subsidy.SubsidySettings(5000, 240), actor=STAFF,
                              effective_from="2024-04", today=TODAY)
    assert _summary(_export(small_db, tmp_path / "again")) == _summary(first)
