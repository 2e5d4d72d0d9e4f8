"""District consolidation of 15 centres' workbooks of the reference data set's busiest month.

The 15 workbooks are real exports: the reference database's busiest month, exported 15 times
with a different centre profile (code, name, street) each time. They are made once and kept
in ``bench/data/consolidation-…/`` (named after the reference database, so a new reference
makes new workbooks). Measured: reading and verifying all 15 (checksum of every hashed sheet,
汇总 parsed) and adding them up (target ≤ 5 s), and, for information, writing the district
workbook.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from bench.bench_workbook import busiest_month
from bench.common import DATA_DIR, WORK_DIR, Figure, median, working_copy
from bench.reference import TODAY
from desktop.excel.reporting.consolidation import ACCEPTED, consolidate
from desktop.excel.reporting.consolidation_output import write_consolidation
from desktop.excel.reporting.monthly_workbook import BlockedExport, export_monthly_workbook
from desktop.models.admin import centre
from desktop.models.admin.centre import XICHENG_STREETS
from desktop.models.admin.permissions import CLI_ACTOR
from desktop.models.clock import FixedClock
from desktop.models.db import open_database

CENTRES = 15
CONSOLIDATION_TARGET_MS = 5000.0
PREFIX = "consolidation-"


def _workbooks(reference: Path) -> tuple[str, list[Path]]:
    """The busiest month and its 15 centres' workbooks, exported unless already cached."""
    folder = DATA_DIR / f"{PREFIX}{reference.stem}"
    with open_database(reference) as db:
        month, _ = busiest_month(db)
    files = sorted(folder.glob(f"*_{month}_v1.xlsx"))
    if (folder / "complete").exists() and len(files) == CENTRES:
        return month, files
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.iterdir():
        stale.unlink()
    copy = working_copy(reference, "consolidation.db")
    with open_database(copy) as db:
        for number in range(1, CENTRES + 1):
            street = XICHENG_STREETS[(number - 1) % len(XICHENG_STREETS)]
            profile = centre.load_profile(db)
            profile.code, profile.name, profile.street = (f"XC-BENCH-{number:02d}",
                                                          f"{street}温馨家园", street)
            centre.save_profile(db, profile, actor=CLI_ACTOR)
            export_monthly_workbook(db, month, folder, generated_by="bench", today=TODAY)
    (folder / "complete").write_text("15 workbooks exported\n", encoding="utf-8")
    for old in DATA_DIR.glob(f"{PREFIX}*"):
        if old.is_dir() and old != folder:
            shutil.rmtree(old)  # workbooks of an older reference database
    return month, sorted(folder.glob(f"*_{month}_v1.xlsx"))


def run_consolidation(reference: Path, runs: int) -> list[Figure]:
    """Median milliseconds to consolidate 15 workbooks, and to write the district workbook."""
    name = f"consolidate {CENTRES} centres' workbooks (busiest month)"
    try:
        month, files = _workbooks(reference)
    except BlockedExport as exc:
        return [Figure(name, None, "ms", CONSOLIDATION_TARGET_MS, skipped=exc.message)]
    size = sum(f.stat().st_size for f in files)
    reading: list[float] = []
    writing: list[float] = []
    out = WORK_DIR / "district.xlsx"
    for _ in range(runs):
        started = time.perf_counter()
        result = consolidate(files, month, clock=FixedClock(TODAY))
        reading.append((time.perf_counter() - started) * 1000)
        if result.count(ACCEPTED) != CENTRES:
            reasons = "; ".join(o.reason for o in result.rejected)
            return [Figure(name, None, "ms", CONSOLIDATION_TARGET_MS,
                           skipped=f"only {result.count(ACCEPTED)} accepted: {reasons}")]
        started = time.perf_counter()
        write_consolidation(result, out)
        writing.append((time.perf_counter() - started) * 1000)
    out.unlink(missing_ok=True)
    return [
        Figure(name, median(reading), "ms", CONSOLIDATION_TARGET_MS,
               note=f"{runs} runs, {month}, {size / 1e6:.1f} MB of xlsx, checksums verified"),
        Figure("  writing the district workbook", median(writing), "ms",
               note="汇总, 完成情况, 问题, atomic save"),
    ]
