"""Month close on the reference data set: export v1, submit, reopen, edit, export v2, submit.

For the busiest month, on a fresh working copy each run:

- submitting v1 (the export of the current revision is looked up, and the audit log is read
  for changes since that export);
- the v2 export after a reopen and ``EDITS`` voided sign-ins: the whole workbook plus the
  变更 sheet read from the audit log (target ≤ 3 s, as the monthly workbook);
- submitting v2.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.bench_workbook import WORKBOOK_TARGET_MS, busiest_month
from bench.common import WORK_DIR, Figure, median, working_copy
from bench.reference import BENCH_USERNAME, TODAY
from desktop.excel.reporting.monthly_workbook import BlockedExport, export_monthly_workbook
from desktop.models.admin.permissions import Actor, Role
from desktop.models.attendance import attendance
from desktop.models.db import open_database
from desktop.models.reporting import month_close

EDITS = 100
CLOSE_TARGET_MS = 500.0
ACTOR = Actor(BENCH_USERNAME, Role.ADMIN)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _one_run(path: Path, out: Path) -> tuple[str, int, float, float, float, int]:
    with open_database(path) as db:
        month, sign_ins = busiest_month(db)
        export_monthly_workbook(db, month, out, generated_by=BENCH_USERNAME, actor=ACTOR,
                                today=TODAY)
        started = time.perf_counter()
        month_close.close_month(db, month, actor=ACTOR, today=TODAY)
        close_v1 = _ms(started)
        month_close.reopen_month(db, month, reason="基准测试：重新开账", actor=ACTOR)
        ids = [int(r[0]) for r in db.query(
            "SELECT id FROM sign_in WHERE substr(day, 1, 7) = ? AND voided_at IS NULL"
            # Sign-ins no daily care rests on: voiding those is refused until the care is.
            " AND person_id NOT IN (SELECT person_id FROM care_profile)"
            " ORDER BY id LIMIT ?", (month, EDITS))]
        for sign_in_id in ids:
            attendance.void_sign_in(db, sign_in_id, actor=ACTOR, reason="基准测试")
        started = time.perf_counter()
        result = export_monthly_workbook(db, month, out, generated_by=BENCH_USERNAME,
                                         actor=ACTOR, today=TODAY)
        export_v2 = _ms(started)
        started = time.perf_counter()
        month_close.close_month(db, month, actor=ACTOR, today=TODAY)
        close_v2 = _ms(started)
        return month, sign_ins, close_v1, export_v2, close_v2, result.row_counts["变更"]


def run_month_close(reference: Path, runs: int) -> list[Figure]:
    """Median milliseconds of submitting, of the v2 export with its 变更 sheet, of resubmitting."""
    out = WORK_DIR / "month-close"
    out.mkdir(parents=True, exist_ok=True)
    closes, exports, recloses = [], [], []
    month, sign_ins, changes = "", 0, 0
    try:
        for _ in range(runs):
            copy = working_copy(reference, "month-close.db")
            month, sign_ins, close_v1, export_v2, close_v2, changes = _one_run(copy, out)
            closes.append(close_v1)
            exports.append(export_v2)
            recloses.append(close_v2)
    except BlockedExport as exc:
        return [Figure("month close", None, "ms", skipped=exc.message)]
    finally:
        for file in out.glob("*.xlsx"):
            file.unlink()
    label = f"busiest month {month} ({sign_ins:,} sign-ins)"
    return [
        Figure(f"submit (close) v1, {label}", median(closes), "ms", CLOSE_TARGET_MS,
               note=f"{runs} runs"),
        Figure(f"  export v2 with 变更 ({changes} rows) after a reopen", median(exports), "ms",
               WORKBOOK_TARGET_MS, note=f"{EDITS} voided sign-ins"),
        Figure("  submit (close) v2", median(recloses), "ms", CLOSE_TARGET_MS),
    ]
