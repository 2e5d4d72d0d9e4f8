"""The issue's "Done when": on a demo month, the hours of two volunteers agree everywhere they
are shown: the certificate for the month, the ledger (服务时长), ``warmhome volunteers hours
--json`` (a real process), the 志愿北京 export, and the monthly workbook (the 志愿服务 sheet's
rows and total, 汇总's ``volunteers.service_hours``). All count the same valid service rows;
each shows minutes / 60 to its own precision (the ledger and certificate one decimal, the
workbook hundredths), so the minutes are compared through each one's rounding."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.excel.reporting.monthly_workbook import export_monthly_workbook
from desktop.excel.volunteers.month_sheet import HEADERS
from desktop.excel.volunteers.platform_export import export_platform
from desktop.models.db import open_database
from desktop.models.demo import demo
from desktop.models.volunteers import certificates, ledger, rules, service_entries
from desktop.models.volunteers.service_entries import ServiceEntry
from tests.cli.conftest import Run
from tests.conftest import ADMIN, STAFF

TODAY = date(2024, 6, 1)
MONTH = "2024-05"
FIRST, LAST = "2024-05-01", "2024-05-31"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agree") / "demo.db"
    with open_database(path) as db:
        demo.generate(db, demo.DemoOptions(seed=7, members=60, years=2, today=TODAY))
    return path


def _summary_values(workbook: Any) -> dict[str, Any]:
    sheet = workbook["汇总"]
    headers = [c.value for c in sheet[3]]
    key, this = headers.index("指标代码"), headers.index("本月")
    return {row[key]: row[this] for row in sheet.iter_rows(min_row=4, values_only=True)}


def _sheet_rows(workbook: Any) -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
    """The 志愿服务 sheet's volunteer rows (hours, days, cumulative, …) and its total row."""
    rows: list[tuple[Any, ...]] = []
    for row in workbook["志愿服务"].iter_rows(min_row=4, values_only=True):
        if row[0] == "合计":
            return rows, row[:len(HEADERS)]
        rows.append(row[:len(HEADERS)])
    raise AssertionError("no total row on 志愿服务")


def _staff_changes(db: Any) -> tuple[int, int]:
    """The demo's service is all from sign-outs in half hours: void one entry of the busiest
    volunteer and, with the rounding step set to 5 minutes (entries are rounded down to the
    step like sign-outs), enter 25 minutes by hand for the least busy, so that voided rows and
    odd minutes are part of what must agree. Returns the two person ids."""
    before = ledger.month_ledger(db, MONTH, actor=STAFF)
    served = sorted((r for r in before if r.minutes), key=lambda r: (-r.minutes, r.person_id))
    assert len(served) >= 2
    busiest, least = served[0].person_id, served[-1].person_id
    wrong = db.scalar("SELECT id FROM volunteer_service WHERE person_id = ? AND day BETWEEN ?"
                      " AND ? AND voided_at IS NULL ORDER BY id LIMIT 1", (busiest, FIRST, LAST))
    service_entries.void_service(db, int(wrong), reason="记错了人", actor=STAFF)
    free_day = next(f"{MONTH}-{d:02d}" for d in range(1, 32) if not db.scalar(
        "SELECT 1 FROM volunteer_service WHERE person_id = ? AND day = ?",
        (least, f"{MONTH}-{d:02d}")))
    post = int(db.scalar("SELECT id FROM volunteer_post ORDER BY sort, id LIMIT 1"))
    rules.save_settings(db, rounding=5, max_daily_hours=8, star_text="100,300,600,1000,1500",
                        actor=ADMIN)
    service_entries.add_service(db, ServiceEntry(least, free_day, post, 25, "整理活动室"),
                                actor=STAFF)
    return busiest, least


def test_a_demo_months_hours_agree_everywhere(run: Run, demo_db: Path, tmp_path: Path) -> None:
    with open_database(demo_db) as db:
        chosen = _staff_changes(db)
        rows = ledger.month_ledger(db, MONTH, actor=STAFF)
        served = [r for r in rows if r.minutes]
        two = [next(r for r in rows if r.person_id == p) for p in chosen]
        assert two[1].minutes % 30 == 25
        total = sum(r.minutes for r in rows)
        issued = {r.person_id: certificates.issue(db, r.person_id, FIRST, LAST, actor=STAFF)
                  for r in two}
        platform = export_platform(db, STAFF, MONTH, tmp_path / "志愿北京.xlsx")
        export_monthly_workbook(db, MONTH, tmp_path / "month.xlsx", generated_by="staff",
                                today=TODAY)
    result = run("volunteers", "hours", "--month", MONTH, "--json", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    by_cli = {r["person_id"]: r for r in figures["rows"]}
    by_platform = Counter[int]()
    for record in platform.records:
        by_platform[record.person_id] += record.minutes
    workbook = load_workbook(tmp_path / "month.xlsx")
    sheet_rows, sheet_total = _sheet_rows(workbook)
    sheet_pairs = Counter((row[1], row[3]) for row in sheet_rows)

    for row in two:
        certificate = issued[row.person_id]
        assert certificate.minutes == row.minutes
        assert sum(minutes for _, minutes in certificate.posts) == row.minutes
        assert certificate.hours == f"{row.minutes / 60:.1f}"
        assert by_cli[row.person_id]["hours"] == round(row.minutes / 60, 1)
        assert by_cli[row.person_id]["cumulative_hours"] == round(row.cumulative_minutes / 60, 1)
        assert by_platform[row.person_id] == row.minutes
        assert sheet_pairs[(round(row.minutes / 60, 2),
                            round(row.cumulative_minutes / 60, 2))] >= 1
    # And the month as a whole.
    assert figures["hours"] == round(total / 60, 1)
    assert figures["volunteers"] == len(served) == len([r for r in sheet_rows if r[1]])
    assert platform.minutes == total
    assert sheet_total[1] == round(total / 60, 2)
    assert _summary_values(workbook)["volunteers.service_hours"] == round(total / 60, 2)
    assert Counter(r[1] for r in sheet_rows if r[1]) == Counter(
        round(r.minutes / 60, 2) for r in served)
