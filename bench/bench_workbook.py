"""The monthly workbook for the busiest month of the reference data set, against bare openpyxl.

Measured, in the same run and the same (normal, not write-only) openpyxl mode:

- ``export_monthly_workbook``: indicators (this month, last month, year to date), validation,
  every sheet with its layout (the 日间照料 sheet of the ten years of demo care included), the
  checksum, and the atomic save (target ≤ 3 s);
- bare openpyxl: a new workbook with the very same cell values appended sheet by sheet (empty
  positions left out, as the app does) and saved to a file, with no computing, styling, checking
  or fsync;
- the ratio of the two medians (target ≤ 2×).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from bench.common import WORK_DIR, Figure, median
from bench.reference import TODAY
from desktop.excel.reporting.monthly_workbook import (
    BlockedExport,
    build_workbook,
    export_monthly_workbook,
)
from desktop.models.db import Database, open_database

WORKBOOK_TARGET_MS = 3000.0
RATIO_TARGET = 2.0


def busiest_month(db: Database) -> tuple[str, int]:
    """The month with the most valid sign-ins, and that number."""
    row = db.query_one("SELECT substr(day, 1, 7) AS month, count(*) AS n FROM sign_in"
                       " WHERE voided_at IS NULL GROUP BY month ORDER BY n DESC, month LIMIT 1")
    assert row is not None, "the reference data set has no sign-ins"
    return str(row["month"]), int(row["n"])


def _values(db: Database, month: str) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet's cell values of the month's workbook, built once in memory."""
    workbook, _ = build_workbook(db, month, revision=1, generated_by="bench", today=TODAY)
    return [(sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)])
            for sheet in workbook.worksheets]


def _bare(sheets: list[tuple[str, list[list[Any]]]], target: Path) -> None:
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            # Only the values: an empty position makes no cell, as in the app's workbook.
            sheet.append({c: v for c, v in enumerate(row, start=1) if v is not None})
    workbook.save(target)


def run_workbook(path: Path, runs: int) -> list[Figure]:
    """Median milliseconds of the app's export and of bare openpyxl, and their ratio."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    ours_file, bare_file = WORK_DIR / "monthly.xlsx", WORK_DIR / "monthly-bare.xlsx"
    with open_database(path) as db:
        month, sign_ins = busiest_month(db)
        name = f"monthly workbook, busiest month {month} ({sign_ins:,} sign-ins)"
        try:
            sheets = _values(db, month)
        except BlockedExport as exc:
            return [Figure(name, None, "ms", WORKBOOK_TARGET_MS, skipped=exc.message)]
        ours: list[float] = []
        bare: list[float] = []
        # Alternate the two so that a slow moment of the machine hits both alike.
        for _ in range(runs):
            started = time.perf_counter()
            export_monthly_workbook(db, month, ours_file, generated_by="bench", today=TODAY)
            ours.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            _bare(sheets, bare_file)
            bare.append((time.perf_counter() - started) * 1000)
    cells = sum(v is not None for _, rows in sheets for row in rows for v in row)
    titles = [title for title, _ in sheets]
    care = "日间照料 included" if "日间照料" in titles else "no 日间照料 sheet"
    for file in (ours_file, bare_file):
        file.unlink(missing_ok=True)
    ours_ms, bare_ms = median(ours), median(bare)
    return [
        Figure(name, ours_ms, "ms", WORKBOOK_TARGET_MS,
               note=f"{runs} runs, {len(sheets)} sheets ({care}), {cells:,} cells"),
        Figure("  the same cell values with bare openpyxl", bare_ms, "ms",
               note="normal mode, no styles"),
        Figure("  monthly workbook ÷ bare openpyxl", ours_ms / bare_ms if bare_ms else None,
               "×", RATIO_TARGET),
    ]
