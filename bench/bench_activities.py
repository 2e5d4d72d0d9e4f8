"""Activities and attendance on ten years of data: the yearly count per member, and `demo`.

The data is the reference data set, whose sign-ins, activities and participants come from
the app's own demo extension (``desktop.models.demo.demo_attendance``); it is cached by
``bench.reference`` under a key that includes that generator's source.

Measured:

- the activities-this-year count for every member (``activities.member_counts``, what the
  activities page shows), on a fresh connection and then warm (target ≤ 200 ms);
- the same year's list of members below three (informative);
- a month's subsidy table and attendance summary (informative: the CLI and the subsidy page);
- how long ``warmhome demo`` takes for 400 members × 10 years, as a separate process into an
  empty file (target: well under a minute).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import REPO_ROOT, WORK_DIR, Figure, median, percentile, subprocess_env
from bench.reference import MEMBERS, SEED, TODAY, YEARS
from desktop.models.activities import activities
from desktop.models.attendance import attendance_month
from desktop.models.db import Database, open_database
from desktop.models.subsidy import subsidy

COUNT_TARGET_MS = 200.0
DEMO_TARGET_S = 60.0
DEMO_TIMEOUT_S = 600.0


def _timed_ms(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


def data_set_sizes(path: Path) -> dict[str, int]:
    """Sign-ins, activities and participants in a database file."""
    with open_database(path) as db:
        return {table: int(db.scalar(f"SELECT count(*) FROM {table}"))
                for table in ("sign_in", "activity", "activity_participant")}


def _month_before(year: int, month: int) -> str:
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def time_counts(path: Path, runs: int) -> list[Figure]:
    """The yearly count for all members: first query on a fresh connection, then warm runs."""
    year = TODAY.year
    with open_database(path) as db:
        first_ms, rows = _timed_ms(lambda: activities.member_counts(db, year))
    with open_database(path) as db:
        warm = [_timed_ms(lambda: activities.member_counts(db, year))[0] for _ in range(runs)]
        below_ms = median([_timed_ms(lambda: activities.members_below_target(db, year))[0]
                           for _ in range(runs)])
        below = len(activities.members_below_target(db, year))
        month = _month_before(TODAY.year, TODAY.month)
        subsidy_ms, table = _timed_ms(lambda: subsidy.month_table(db, month))
        summary_ms = median([_timed_ms(lambda: attendance_month.summary(db, month))[0]
                             for _ in range(max(3, runs // 4))])
    label = f"{len(rows)} members, {year}"
    return [
        Figure(f"activities this year, all members ({label}): first query", first_ms, "ms",
               COUNT_TARGET_MS, note="fresh connection"),
        Figure(f"activities this year, all members ({label}): median", median(warm), "ms",
               COUNT_TARGET_MS, note=f"{runs} runs, p95 {percentile(warm, 0.95):.1f} ms"),
        Figure(f"members below three activities, {year}", below_ms, "ms",
               note=f"{below} of {len(rows)} members"),
        Figure(f"subsidy table, {month}", subsidy_ms, "ms",
               note=f"{len(table.rows)} 职康站 members, {table.total_days} days"),
        Figure(f"attendance summary, {month}", summary_ms, "ms",
               note="all programmes, as `warmhome attendance summary`"),
    ]


def time_demo() -> Figure:
    """`warmhome demo` for the reference size as its own process, into an empty file."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    target = WORK_DIR / "demo-timing.db"
    for path in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        path.unlink(missing_ok=True)
    command = [sys.executable, "main.py", "demo", "--db", str(target), "--members",
               str(MEMBERS), "--years", str(YEARS), "--seed", str(SEED), "--today",
               TODAY.isoformat()]
    name = f"`warmhome demo`, {MEMBERS} members × {YEARS} years"
    started = time.perf_counter()
    try:
        result = subprocess.run(command, cwd=REPO_ROOT, env=subprocess_env(),
                                capture_output=True, text=True, encoding="utf-8",
                                timeout=DEMO_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return Figure(name, None, "s", DEMO_TARGET_S,
                      skipped=f"did not finish in {DEMO_TIMEOUT_S:.0f} s")
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        return Figure(name, None, "s", DEMO_TARGET_S,
                      skipped=(result.stderr.strip().splitlines() or ["failed"])[-1])
    with open_database(target) as db:
        sign_ins = _count(db, "sign_in")
    for path in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        path.unlink(missing_ok=True)
    return Figure(name, seconds, "s", DEMO_TARGET_S,
                  note=f"{sign_ins:,} sign-in rows, a process start included")


def _count(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}"))


def run_activities(path: Path, runs: int, *, with_demo: bool = True) -> list[Figure]:
    """Every figure of this benchmark on the reference database at ``path``."""
    figures = time_counts(path, runs)
    if with_demo:
        figures.append(time_demo())
    return figures
